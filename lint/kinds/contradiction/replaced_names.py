"""Replaced names: the claim names someone or somewhere the post never
names, where the sentence telling the rest of its clause names another of
the kind.

「ド・ゴールはブラントと仏独協力条約を結んだ」 against 「1963年1月に
アデナウアー首相との間で仏独協力条約を結んで」: ブラント appears nowhere
in the post, the detail sentence holds the claim clause's other words, and
it has one name of the kind the claim does not use.  Where the position of
the name can be read, :mod:`~lint.kinds.contradiction.substitution` finds
it already; this asks only that the rest of the clause be told, and so it
asks more of the name: a proper name, new to the whole post, with exactly
one unused name of its kind in that sentence.

    pass: ド・ゴールはアデナウアーと条約を結んだ / 1963年にアデナウアー首相と条約を結んだ
    fail: ド・ゴールはブラントと条約を結んだ / 1963年にアデナウアー首相と条約を結んだ
"""

from __future__ import annotations

from typing import Callable

from lint.cache.programs import compile_re
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.name_context import placed_name
from lint.kinds.contradiction.name_kinds import (common_word, last_part_told, part_of_name, places_of_other_kinds,
                                                 proper_kind, same_kind, told_in_part, variant)
from lint.kinds.contradiction.name_tokens import Token, titled_then, tokens
from lint.kinds.contradiction.seats import SEATS
from lint.kinds.contradiction.tense import past_against_present
from lint.kinds.contradiction.units import Conflict, Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA, is_kanji
from lint.text.tokens import clause_bounds

# Share of the claim clause's other words the detail sentence must hold, and
# how many letters of them at least; the clause's topic (ド・ゴールは), which
# the details often leave unsaid, is not one of them.
CLAUSE_HELD = 0.6
MIN_HELD = 2
# Words for a kind of land or water, or of language, after a name (ウラル|山脈, フリウリ|語).
KIND_WORDS = frozenset(("大陸", "山脈", "山地", "山", "川", "河", "湖", "海", "湾", "島", "諸島", "列島", "半島", "海峡",
                       "平原", "平野", "高原", "盆地", "砂漠", "大洋", "語", "語族", "語派", "語群", "諸語"))


def _kind_word(rest: str) -> str:
    """The word for a kind of land, water or language a compound's rest opens with (川 of 川沿い)."""
    return max((w for w in KIND_WORDS if rest.startswith(w)), key=len, default="")


# Endings that name a kind of place or thing (北極海, 北極点, 東京湾).
_KIND_LETTERS = frozenset("海洋湾川湖山島岬点線県市府町村区駅港橋城寺宮")
# Kinds of kanji proper noun that name one person or place.
NAME_KINDS = ("人名", "地名")


def _proper(word: str) -> bool:
    """A name and not a word of the dictionary: katakana of three letters or
    more, or (with Sudachi) a kanji name of a person or place of three
    letters or more (two kanji are a verb's stem or a word as often: 相次)."""
    if _KATAKANA_NAME.fullmatch(word):
        return not common_word(word)
    named = _PLACE_NAME.fullmatch(word)
    if named and (word.endswith(("都市", "省庁", "衛星", "惑星")) or named.group(1) in _KINDS_OF_PLACE):
        return False  # a kind of place or body (大都市, 政令市, 中央省庁, 総理大臣), no name
    if named:
        # (A ministry, an agency or a paper is a word of the dictionary by its parts: 総務省.)
        return named.group(2) in _BODIES or not common_word(word)
    return len(word) >= 3 and proper_kind(word) in NAME_KINDS


def _spelled_alike(x: str, y: str) -> bool:
    """Two spellings of one name (グランド / グラウンド); kanji names of one
    ending by their stems alone (宮城県 / 茨城県 share 城県 and are two)."""
    a, b = _PLACE_NAME.fullmatch(x), _PLACE_NAME.fullmatch(y)
    if a is not None and b is not None and a.group(2) == b.group(2):
        return variant(a.group(1), b.group(1))
    return variant(x, y)


def _same_ending(x: str, y: str) -> bool:
    """Two names by one ending, each with a stem of its own (宮城県 / 茨城県, 総務省 / 経済産業省)."""
    a, b = _PLACE_NAME.fullmatch(x), _PLACE_NAME.fullmatch(y)
    return a is not None and b is not None and a.group(2) == b.group(2) and a.group(1) != b.group(1)


# The last letter of a name that tells a kind of land or water.
_TERRAIN = {**dict.fromkeys("海洋湾灘浦潟", "sea"), **dict.fromkeys("湖沼池", "lake"), **dict.fromkeys("川河江", "river"),
            **dict.fromkeys("原野", "plain"), **dict.fromkeys("山岳峰", "mountain"), **dict.fromkeys("島", "island"),
            **dict.fromkeys("岬崎", "cape"), **dict.fromkeys("峠", "pass")}


def _one_kind(x: str, y: str, kinds: Callable[[str], frozenset]) -> bool:
    """Two names of one known kind, or both of none (two people): a country
    does not stand for a city, nor a continent for a country, nor a name of
    no known kind (ワールドカップ) for a country."""
    kx, ky = kinds(x), kinds(y)
    # A sea and a plain (玄界灘 / 深江田原) are places of two kinds, whatever a dictionary knows of them;
    # surnames end so too (長谷川 / 小笠原).
    if (x[-1] in _TERRAIN and y[-1] in _TERRAIN and _TERRAIN[x[-1]] != _TERRAIN[y[-1]]
            and "人名" not in (proper_kind(x), proper_kind(y))):
        return False
    if bool(kx) != bool(ky):
        # One known, one not: two places of one ending (奈良県 / 三重県) still are of a kind.
        return _same_ending(x, y)
    return (not kx or bool(kx & ky)) and not places_of_other_kinds(x, "", kx, y, "", ky)


def _clause_words(words: list[Token], x: Token) -> list[str]:
    """The other words of the name's clause but its topic: a slot and its
    filler alone (首都はマプト) are the seats' reading, which knows more of
    what holds a seat.  A clause with no other word of two letters (聖武天皇
    の詔を受け、) goes on into the next."""
    def of(clauses: tuple[int, ...]) -> list[str]:
        return [t.text for t in words if t.clause in clauses and len(t.text) >= 2 and not t.topic
                and not (t.start < x.end and x.start < t.end) and not t.text.isdigit() and t.text not in SEATS]
    return of((x.clause,)) or of((x.clause, x.clause + 1))


def compare(claim: Unit, aligned: list[Unit], post_text: str, cache: dict,
            kinds: Callable[[str], frozenset]) -> list[Conflict]:
    """``aligned``: the detail sentences aligned with the claim or a clause of it;
    ``post_text``: every claim and detail sentence of the post, joined;
    ``kinds``: the known kinds of a name (country, city, …)."""
    words = tokens(claim, cache)
    body = claim.body
    # The post without this claim: its own words tell none of its names.
    rest_of_post = post_text.replace(body, "")

    def elsewhere(word: str) -> bool:
        return post_text.count(word) > body.count(word)

    out: list[Conflict] = []
    for x in words:
        # (A member of a list joined by ・, ドイツ語・フランス語・イタリア語, is one more member, no other.)
        if not _proper(x.text) or x.text.startswith("・") or claim.text.startswith("・", x.end + len(x.rest)):
            continue
        # A long or short form of a name the post uses (ペレンズ / ブルース・ペレンズ).
        # (Nor a name after a title of another time: かつての首都サン・ルイ.)
        # (A place the post names without its ending, 大阪 for 大阪市, is no new one.)
        place = _PLACE_NAME.fullmatch(x.text)
        if elsewhere(x.text) or place and elsewhere(place.group(1)) or any(
                w in x.text and elsewhere(w) for w in _post_names(post_text, cache)) or titled_then(claim, x.start) or (
                last_part_told(x.text, post_text) or told_in_part(x.text, rest_of_post)) or _gloss_told(claim, x, rest_of_post):
            continue
        lo, hi = clause_bounds(claim.text, x.start, claim.start, claim.end)
        others = _clause_words(words, x)
        total = sum(map(len, others))
        if total < MIN_HELD:
            continue
        # The sentence holding most of the clause (by letters: a long word,
        # 仏独協力条約, places the clause more than a short one, 一方).
        best, most = None, 0
        for unit in aligned:
            # A sentence of other years, or of the past against a claim of now, tells another time.
            if span_dated_apart(claim, lo, hi, unit, cache, or_sentence=True) or past_against_present(claim, unit, cache):
                continue
            held = sum(_held(w, unit.body) for w in others)
            if held > most:
                best, most = unit, held
        if best is None or most < MIN_HELD or most < CLAUSE_HELD * total:
            continue
        # (A longer form of a claim word, ブルース・ペレンズ for ペレンズ, is no other name.)
        names = [t for t in tokens(best, cache)
                 if t.text not in body and _proper(t.text) and (same_kind(x.text, t.text) or _same_ending(x.text, t.text))
                 and _one_kind(x.text, t.text, kinds)
                 and not _spelled_alike(x.text, t.text) and not part_of_name(x.text, t.text)
                 # (One stem, two endings of kinds: 北極海 / 北極点 are two things.)
                 and not (len(x.text) == len(t.text) >= 3 and x.text[:-1] == t.text[:-1]
                          and x.text[-1] in _KIND_LETTERS and t.text[-1] in _KIND_LETTERS)
                 # (A continent, a mountain range: ユーラシア|大陸 / ウラル|山脈.)
                 and _kind_word(x.rest) == _kind_word(t.rest)
                 and not any(len(w.text) >= 2 and w.text in t.text for w in words)
                 and not _EVENT_LABEL.match(best.text, t.end)]
        y = _nearest(names, [p for w in others for p in _parts_in(w, best.body)], best)
        # (Two examples of a set, レイトレーシングなど / メッシュシェーダーなど, name no one thing.)
        if y is not None and not _placing_a_told_name(claim, x, best, y) and _level(claim, x) == _level(best, y) and not (
                claim.text.startswith("など", x.end) and best.text.startswith("など", y.end)):
            out.append(Conflict("entity", x.start, x.end, best, y.start, y.end, x.text, y.text))
    return out


def _gloss_told(claim: Unit, x: Token, rest_of_post: str) -> bool:
    """The name's gloss in brackets is a word of the post (コンパクト・ディスク(CD) / …開発したCD;
    ロングボウ(長弓) / 長弓兵)."""
    gloss = _GLOSS_AFTER.match(claim.text, x.end, claim.end)
    return gloss is not None and gloss.group(1) in rest_of_post


_GLOSS_AFTER = compile_re(f"[(（]([A-Za-zＡ-Ｚａ-ｚ{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,12}})[)）]")


# A name with the level of its place after it (カリフォルニア州, 長野県):
# another level than an unmarked name's (ハリウッド), no replacement of it.
_LEVEL = "州県市町村区郡"


def _level(u: Unit, t: Token) -> str:
    return u.text[t.end] if t.end < u.end and u.text[t.end] in _LEVEL else ""


def _placing_a_told_name(claim: Unit, x: Token, best: Unit, y: Token) -> bool:
    """The claim's name places another that the detail sentence tells
    (カリフォルニア州バーバンク / …近郊のバーバンク; オーストリアの首都
    ウィーン / ウィーンへ移された): it adds where that is,
    unless the other name places it there (宮城県の那珂川 / 茨城県の那珂川)."""
    placed = placed_name(claim.text, x.end, claim.end, best.body)
    if len(placed) < 3:
        return False
    return placed_name(best.text, y.end, best.end, placed) != placed


# A name that labels an event by its place (カイロネイアの戦い, ヤルタ会談):
# no party to stand for one.
_EVENT_LABEL = compile_re(f"の?(?:戦い|戦|会戦|海戦|合戦|乱|変|役|会議|会談|条約|協定|宣言|事件)(?![{KANJI_UNIFIED}])")


def _parts_in(word: str, body: str) -> list[str]:
    """The word, or the pairs of its letters, that ``body`` holds."""
    if word in body:
        return [word]
    return [word[i:i + 2] for i in range(len(word) - 1) if word[i:i + 2] in body]


def _held(word: str, body: str) -> float:
    """Letters of ``word`` told in ``body``: all when it is there whole, else
    by the share of its letter pairs there when half of them are (雇用事業 /
    「緑の雇用」事業)."""
    if word in body:
        return len(word)
    # (Letters of a katakana word inside another, フランス in クラレンス, tell nothing.)
    if not any(is_kanji(ch) for ch in word):
        return 0.0
    pairs = len(word) - 1
    found = len(_parts_in(word, body))
    return len(word) * found / pairs if pairs and 2 * found >= pairs else 0.0


# How far the other name may stand from the clause's words it goes with.
NEAR = 15


def _nearest(names: list[Token], held: list[str], unit: Unit) -> Token | None:
    """The one name closest to the words of the claim's clause in the
    sentence, within :data:`NEAR` letters of one, and closer than any other
    name (アデナウアー首相との間で仏独協力条約 against マクミラン later on)."""
    spans = []
    for w in held:
        at = unit.text.find(w, unit.start, unit.end)
        while at >= 0:
            spans.append((at, at + len(w)))
            at = unit.text.find(w, at + 1, unit.end)

    def gap(t: Token) -> int:
        return min((max(s - t.end, t.start - e, 0) for s, e in spans), default=NEAR + 1)

    # Each name by its nearest occurrence.
    nearest: dict[str, tuple[int, Token]] = {}
    for t in names:
        g = gap(t)
        if t.text not in nearest or g < nearest[t.text][0]:
            nearest[t.text] = (g, t)
    ranked = sorted(nearest.values(), key=lambda gt: gt[0])
    if not ranked or ranked[0][0] > NEAR or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]


_KATAKANA_WORD = compile_re(f"[{PLAIN_KATAKANA}ー]{{3,}}")
_KATAKANA_NAME = compile_re(f"[{PLAIN_KATAKANA}ー・]{{3,}}")
# A kanji name by its ending (奈良県, 仁川市, 総務省, 毎日新聞, 天津条約), two
# letters before it at least.
_PLACE_NAME = compile_re(f"([{KANJI_UNIFIED}]{{2,}}?)(県|州|省|庁|市|郡|島|諸島|半島|海峡|湾|山脈|川|湖|星|大臣|新聞|書房|条約|天皇|大学)")
_BODIES = ("省", "庁", "大臣", "新聞", "星", "天皇", "大学")
_KINDS_OF_PLACE = frozenset({"政令", "中核", "特例", "指定", "地方", "周辺", "近隣", "沿岸", "内陸", "離島", "主要", "関係",
                             "総理", "内閣総理", "国務", "各", "同"})


def _post_names(post_text: str, cache: dict) -> frozenset:
    """The katakana words of the post, once per post."""
    found = cache.get("post-names")
    if found is None:
        found = cache["post-names"] = frozenset(_KATAKANA_WORD.findall(post_text))
    return found
