"""What kind of name a word is, for the substitution test: katakana or
Latin names, kanji names by their ending (…州, …海峡, …重工業), and, with
Sudachi, kanji proper nouns by their kind (people, places, bodies).  Two
words of the dictionary (コップ / テーブル) are things, not names, and two
spellings of one word (グランド / グラウンド) are one name."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.name_roles import kin_of_named
from lint.text import morph
from lint.text.lexicon import lexicon
from lint.text.scripts import KE, chars, is_kanji
from lint.text.tokens import _KATAKANA_CLASS, find_all

# A katakana name of three letters or more, or a Latin one.
NAME = compile_re(f"^[{_KATAKANA_CLASS}・＝]{{3,}}$|^[A-Za-zＡ-Ｚａ-ｚ]{{2,}}$")
# The letters of a katakana name, and of the kanji ending it may have (…石油).
NAME_LETTERS = chars(_KATAKANA_CLASS + "・＝")
_SHORT_NAME = compile_re(f"^[{_KATAKANA_CLASS}]{{2}}$")
ENDING_LETTERS = chars(KE)


def looks_like_name(word: str) -> bool:
    """A katakana or Latin name (three katakana letters at least)."""
    return NAME.match(word) is not None


# Endings that make a kanji word a name of a place, a house, a body or a
# firm (…州, …朝, …海峡, …重工業): two such names with one ending are two of a kind.
NAME_ENDINGS = ("州", "県", "省", "市", "町", "村", "郡", "島", "諸島", "海峡", "湾", "川", "山", "山脈", "半島",
                "朝", "王朝", "家", "氏", "党", "派", "社", "会社", "工業", "重工業", "電力", "銀行", "大学",
                "石油", "鉄道", "航空", "新聞", "放送", "女王", "国王", "皇帝", "王", "帝", "条約", "協定",
                "宣言", "戦争", "事件", "帝国", "王国", "共和国", "連邦", "公国", "機構", "連合", "同盟",
                "大臣", "庁", "天皇", "書房", "文庫", "区", "新聞社", "裁判所", "地方裁判所", "高等裁判所")
ENDINGS_LONGEST_FIRST = tuple(sorted(NAME_ENDINGS, key=len, reverse=True))
# Endings that name a country by its form of state (ロシア帝国 is ロシア).
STATE_ENDINGS = ("大公国", "共和国", "帝国", "王国", "連邦", "公国")


def named_as_state(name: str, text: str) -> bool:
    """``text`` names the country ``name`` by a form of its state (ロシア帝国)."""
    return any(name + end in text for end in STATE_ENDINGS)


# Latin abbreviations for kinds of things, no names (AMラジオ, GDP), which the
# katakana lexicon of the default install cannot tell.
COMMON_LATIN = frozenset({"AM", "FM", "TV", "PC", "IT", "AI", "OS", "CM", "DJ", "SNS", "GPS", "LED", "CD", "DVD",
                          "PR", "GDP", "GNP", "CEO", "CPU", "IC", "LAN", "URL", "HP", "ID"})


@lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """A word of the dictionary that is no proper noun (コップ, テーブル,
    ランキング), by Sudachi when it is installed, else by the katakana
    lexicon shipped with yure: the word itself, or two words it knows
    (テレビゲーム).  Names it does not know (ブラザヴィル) and names joined
    by ・ are not common words."""
    if "・" in word:
        return False
    if word.upper() in COMMON_LATIN:
        return True
    tok = morph.active()
    if tok is not None:
        found = tok.tokenize(morph.encodable(word))
        return all(m.part_of_speech()[1] != "固有名詞" and not m.is_oov() for m in found)
    words = lexicon()

    def common(part: str) -> bool:
        return part in words and not words.is_proper(part)

    if common(word):
        return True
    return any(common(word[:i]) and common(word[i:]) for i in range(2, len(word) - 1))


@lru_cache(maxsize=4096)
def proper_kind(word: str) -> Optional[str]:
    """With Sudachi: the kind of proper noun (人名, 地名, 一般 for a body)
    that every part of a kanji word is (川端康成, 仁川, 国際通貨基金);
    None for any other word, and without Sudachi."""
    tok = morph.active()
    # One kanji is a verb's stem as often as a name (続, 始); a dynasty and 代 is an age (明代, 清代), whatever
    # the dictionary reads (田代 and 加代 are names).
    if len(word) < 2 or not is_kanji(word[0]) or tok is None or len(word) == 2 and word[1] == "代" and word[0] in "殷周秦漢晋隋唐宋元明清魏":
        return None
    found = tok.tokenize(morph.encodable(word))
    kinds = {m.part_of_speech()[2] for m in found if m.part_of_speech()[1] == "固有名詞" and not m.is_oov()}
    if len(kinds) != 1 or any(m.part_of_speech()[1] != "固有名詞" for m in found):
        return None
    return kinds.pop()


_ACRONYM = compile_re(r"[A-Z]{2,5}(?![A-Za-z])")
_LATIN_WORD = compile_re(r"[A-Za-z]")


def same_kind(a: str, b: str) -> bool:
    """Two different names of one kind: katakana or Latin, a kanji name
    ending, or (with Sudachi) two kanji proper nouns of one kind."""
    if a == b or a in b or b in a:
        return False
    # Capitals may stand for any name spelt out in another script (BC州 / ブリティッシュコロンビア州).
    if bool(_ACRONYM.match(a)) != bool(_ACRONYM.match(b)) and not (_LATIN_WORD.match(a) and _LATIN_WORD.match(b)):
        return False
    kind, other = proper_kind(a), proper_kind(b)
    if kind is not None and kind == other:
        return True
    if NAME.match(a) and NAME.match(b):
        # Two words of the dictionary are two things, not two names (ケーキ / スイーツ).
        return not (common_word(a) and common_word(b))
    # A name of two letters (レン) against a longer one, neither a word of the dictionary.
    if (NAME.match(a) and _SHORT_NAME.match(b) or _SHORT_NAME.match(a) and NAME.match(b)) and not (
            common_word(a) or common_word(b)):
        return True
    # A katakana name and one that starts with a katakana name (…石油).
    lead_a, lead_b = leading_name(a), leading_name(b)
    if lead_a and lead_b and (NAME.match(a) or NAME.match(b)):
        return not (common_word(a) and common_word(b))
    for ending in ENDINGS_LONGEST_FIRST:
        if a.endswith(ending) and b.endswith(ending):
            stem_a, stem_b = a[:-len(ending)], b[:-len(ending)]
            # (Two words of the dictionary ending alike are two kinds of
            # thing, not two names: 邦船社 / 海運会社.)
            # 会社 ends a word for a kind of company (海運会社), with or without a dictionary.
            return (len(stem_a) >= 2 and len(stem_b) >= 2 and stem_a[-1] != stem_b[-1]
                    and not (common_word(a) and common_word(b)) and not (a + b).count("会社"))
    return False


# Regions written short by one kanji (西欧 is 西ヨーロッパ, 北米 北アメリカ).
_SHORT_REGIONS = {"欧": "ヨーロッパ", "米": "アメリカ"}
_SHORT_REGION = compile_re("^([東西南北中]?)([欧米])$")


def _region_in_full(word: str) -> str:
    m = _SHORT_REGION.match(word)
    return m.group(1) + _SHORT_REGIONS[m.group(2)] if m else word


def variant(a: str, b: str) -> bool:
    """Two spellings or a short form of one word: グランド / グラウンド share
    most letters; スケボー is スケートボード with letters left out; 西欧 is
    西ヨーロッパ."""
    if _region_in_full(a) == _region_in_full(b):
        return True
    # Kanji names alike but for their own stems, which share no letter
    # (東京都|渋谷|区 / 東京都|港|区, 読売|新聞社 / 産経|新聞社): two names.
    head = len(os.path.commonprefix([a, b]))
    tail = len(os.path.commonprefix([a[head:][::-1], b[head:][::-1]]))
    stem_a, stem_b = a[head:len(a) - tail], b[head:len(b) - tail]
    # (Stems that are endings themselves, 大阪|市 / 大阪|府, name one place by two kinds.)
    if stem_a and stem_b and all(map(is_kanji, stem_a + stem_b)) and set(stem_a).isdisjoint(stem_b) and not (
            stem_a in NAME_ENDINGS or stem_b in NAME_ENDINGS):
        return False
    shared = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    if shared >= 0.6 * max(len(a), len(b)):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return letters_in_order(short, long_)


def letters_in_order(short: str, long_: str) -> bool:
    """Every letter of ``short`` in ``long_``, in its order (スケボー in スケートボード)."""
    letters = iter(long_)
    return all(ch in letters for ch in short)


ENDS_LIKE_A_NAME = compile_re(f"..(?:{'|'.join(ENDINGS_LONGEST_FIRST)})$")


def leading_name(word: str) -> bool:
    """A katakana name, alone or with a name ending (スタンダード石油, not セウタ攻略)."""
    ending = name_ending(word)
    return ending is not None and (not ending or ending in NAME_ENDINGS)


def name_ending(word: str) -> Optional[str]:
    """For a word of three katakana letters or more and up to three kanji
    (the whole word, or before a final line break), those kanji ("" for
    none); None for any other word."""
    n = 0
    while n < len(word) and word[n] in NAME_LETTERS:
        n += 1
    if n < 3:
        return None
    rest = word[n:-1] if word.endswith("\n") else word[n:]
    if len(rest) <= 3 and all(is_kanji(c) or c in ENDING_LETTERS for c in rest):
        return rest
    return None


@lru_cache(maxsize=8192)
def name_like(word: str) -> bool:
    """Could be one of two names of a kind (see :func:`same_kind`); a Roman
    numeral (附属書VII) numbers, it names nothing."""
    return not _ROMAN.fullmatch(word) and bool(NAME.match(word) or leading_name(word)
                                               or ENDS_LIKE_A_NAME.search(word) or proper_kind(word) is not None)


_ROMAN = compile_re("[IVXLCDM]+")


def listed(word: str, details_text: str) -> bool:
    """The word is one member of a list joined by ・ that shares its last
    word (通貨同盟 in 通貨・経済・社会同盟)."""
    for i in range(2, len(word) - 1):
        at = details_text.find(word[:i] + "・")
        while at >= 0:
            rest = details_text[at + i + 1:at + i + 1 + LIST_REACH]
            ends = [k for k in (rest.find(mark) for mark in LIST_ENDS) if k >= 0]
            if word[i:] in rest[:min(ends, default=len(rest))]:
                return True
            at = details_text.find(word[:i] + "・", at + 1)
    return False


# How far a list joined by ・ reaches for its last word, and what ends it.
LIST_REACH = 40
LIST_ENDS = ("、", "。", "\n", " ")


_KATAKANA_HEAD = compile_re(f"[{_KATAKANA_CLASS}]{{3,}}")
_ORDINAL_BEFORE = compile_re("^第[0-9０-９〇一二三四五六七八九十百千]+[代世次回期]")


def new_name(word: str, rest: str, details_text: str) -> bool:
    """A name-like word (``rest``: the rest of its compound) the details never
    use, nor the last part of it joined by ・ (インド・バングラデシュ ends
    with a country the details name), nor two of their names joined, nor a
    short form of it, nor a family of a name they use.  A ・ at either end
    separates list items (東スラヴ・西スラヴ), and an ordinal before it (第九十代
    亀山天皇) counts, however written: neither is part of the name."""
    word = _ORDINAL_BEFORE.sub("", word.strip("・"))
    if word in details_text or not name_like(word) or kin_of_named(word, details_text):
        return False
    # Of a name joined by ・, the last part names the thing (ウクライナ・フリヴニャ);
    # a long first part may be the name a person goes by (ナポレオン・ボナパルト).
    parts = word.split("・")
    if len(parts[-1]) >= 3 and parts[-1] in details_text or listed(word, details_text) or (
            len(parts) > 1 and len(parts[0]) >= 4 and parts[0] in details_text):
        return False
    # Two names the details use, joined (米国 + ニューメキシコ州), the first
    # perhaps by its first letter (米 + ニューメキシコ州).
    if any(word[:k] in details_text and word[k:] in details_text for k in range(2, len(word) - 2)) or (
            len(word) >= 4 and is_kanji(word[0]) and word[0] in details_text and word[1:] in details_text):
        return False
    # A place and a kanji noun the details both use (バンコク宣言 / バンコクで設立宣言).
    head = _KATAKANA_HEAD.match(word)
    if head is not None and len(word) - head.end() >= 2 and is_kanji(word[head.end()]) and (
            head.group() in details_text and word[head.end():] in details_text):
        return False
    # A long name the details shorten to its first letter and a later kanji (ソビエト連邦 / ソ連).
    whole = word + rest
    return not (len(whole) >= 4 and any(whole[0] + c in details_text for c in whole[2:] if is_kanji(c)))


# Endings of regions that hold places, by level (本州 / 山口県, テキサス州 /
# スピンドルトップ): a region may hold the other name, unless both are
# regions of one level (長野県 / 新潟県).
REGIONS = {"州": "州", "県": "県", "省": "省", "郡": "郡", "地方": "地方", "地域": "地方"}
# A part of a place by the compass (イングランド南東部) is a region too.
_COMPASS_PART = compile_re(r"[東西南北]{1,2}部$")


def _level(name: str) -> str:
    return "地方" if _COMPASS_PART.search(name) else next((v for k, v in REGIONS.items() if name.endswith(k)), "")


def places_of_other_kinds(a: str, a_rest: str, a_kinds: frozenset, b: str, b_rest: str, b_kinds: frozenset) -> bool:
    """Two names that cannot stand for each other: a country for its city
    (イギリスへ留学 / ロンドンへ留学) says less, not otherwise, and so does
    a state or a province for a place in it; a continent or a sea
    (ヨーロッパへ渡った / メキシコ市へ向かった) holds places of any kind, and
    only another region stands in its place.  A known place before a word
    of an event (イタリア|大会: the games held there) names that event by its
    place, which a bare name of no known kind (ワールドカップ) does not
    stand for.  ``*_rest``: the rest of the name's compound (ドーバー|海峡)."""
    return (bool(a_kinds and b_kinds) and a_kinds.isdisjoint(b_kinds) or ("region" in a_kinds) != ("region" in b_kinds)
            or _level(a + a_rest) != _level(b + b_rest)
            or _by_its_place(a_rest, a_kinds, b_rest, b_kinds) or _by_its_place(b_rest, b_kinds, a_rest, a_kinds))


# Words of an event a place may name (イタリア大会, パリ会議).
EVENT_BY_PLACE = ("大会", "会議", "会談", "五輪", "万博")


def _by_its_place(rest: str, kinds: frozenset, other_rest: str, other_kinds: frozenset) -> bool:
    """A known place before a word of an event (イタリア|大会) against a bare
    name of no known kind (ワールドカップ)."""
    return bool(kinds) and rest in EVENT_BY_PLACE and not other_rest and not other_kinds


def part_of_name(a: str, b: str) -> bool:
    """Is one a part of the other written with ・ or ＝, or several parts in
    a row, the title both end with aside (アビー首相 / アビー・アハメド首相,
    ペレス・モリーナ大統領 / オットー・ペレス・モリーナ大統領)?"""
    def parts(x: str, y: str) -> bool:
        return bool(x and y) and (_run_of(x, y) or _run_of(y, x))
    if parts(a, b):
        return True
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    return parts(a, b)


_NAME_PARTS = compile_re("[・＝]")


def _run_of(x: str, y: str) -> bool:
    """``x`` is one part of ``y`` written with ・ or ＝, or several parts in
    a row (ペレス・モリーナ of オットー・ペレス・モリーナ)."""
    mine, theirs = _NAME_PARTS.split(x), _NAME_PARTS.split(y)
    n = len(mine)
    return n <= len(theirs) and any(theirs[i:i + n] == mine for i in range(len(theirs) - n + 1))


def last_part_told(name: str, text: str) -> bool:
    """A kanji name's last part, a word of its own in the post (尊氏 of 足利尊氏): the name is the post's."""
    if not all(map(is_kanji, name)):
        return False
    for k in range(1, len(name) - 1):
        tail = name[k:]
        if tail in NAME_ENDINGS:
            return False
        at = text.find(tail)
        while at >= 0:
            if at == 0 or not is_kanji(text[at - 1]):
                return True
            at = text.find(tail, at + 1)
    return False


# Answers depend on whether Sudachi is used: forgotten when a check switches it.
morph.when_switched(common_word.cache_clear, proper_kind.cache_clear, name_like.cache_clear)


def told_in_part(name: str, text: str) -> bool:
    """A kanji name the post tells in part: shortened (国交省 of 国土交通省, see
    :func:`abbreviation_told`), or a place by the word its name adds a region
    of two letters or more to (薩摩川内市 where the post names 川内, a word
    of its own).  Not after a direction (北九州市 is no 九州, 東大阪市 no 大阪).

        pass: 薩摩川内市 / 水俣や川内を通るルート
        pass: 大阪府羽曳野市 / 羽曳野市誉田にある古墳
        fail: 北九州市 / 九州を訪れ、福岡市で演説した
    """
    if abbreviation_told(name, text):
        return True
    stem = _PLACE_ENDING.sub("", name)
    if stem == name or stem[0] in _DIRECTIONS or not all(map(is_kanji, stem)):
        return False
    for k in range(2, len(stem) - 1):
        if stem[k:] in NAME_ENDINGS:
            continue
        for at in find_all(text, stem[k:]):
            end = at + len(stem) - k
            # (Or ending as the name after a wider place, or of a prefecture: 大阪府羽曳野市, 一時高知県; not 武蔵村山市.)
            own_ending = text[end:end + 1] == name[-1] and (stem[k - 1] in "都道府県郡市区" or name[-1] in "県府")
            if (at == 0 or not is_kanji(text[at - 1])) and (end >= len(text) or not is_kanji(text[end]) or own_ending):
                return True
    return False


# The ending of a place's name (市, 町, 村, 区, 郡, 県, 府), and letters of direction
# that make another place of a name (北九州, 東大阪).
_PLACE_ENDING = compile_re("(?<=..)[市町村区郡県府]$")
_DIRECTIONS = "東西南北"


def abbreviation_told(name: str, text: str) -> bool:
    """A kanji name that shortens a longer word of the post in order: of
    three letters or more keeping its first and last (国交省 of 国土交通省),
    of two a body's name of four or more (理研 of 理化学研究所, 日銀 of 日本銀行).

        pass: 国交省 / 建設省は統合されて国土交通省となった
        fail: 運輸省 / 建設省は統合されて国土交通省となった
    """
    if len(name) < 2 or not all(map(is_kanji, name)):
        return False
    at = text.find(name[0])
    while at >= 0:
        end = at
        while end < len(text) and is_kanji(text[end]) and end - at < _LONGEST_SHORTENED:
            end += 1
        run = text[at:end]
        if len(name) == 2 and len(run) >= 4 and run[-1] in _BODY_ENDINGS and name[1] in run[2:] or len(name) > 2 and any(
                run[k] == name[-1] and letters_in_order(name, run[:k + 1]) for k in range(len(name), len(run))):
            return True
        at = text.find(name[0], at + 1)
    return False


_BODY_ENDINGS = "所会学院局省庁社団行部盟合"
# The longest word a short name is read from.
_LONGEST_SHORTENED = 12
