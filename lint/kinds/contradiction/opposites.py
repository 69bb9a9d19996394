"""Words of quantity, time and certainty that exclude each other.

Beside the antonyms of the rule files (増加 / 減少), a claim contradicts its
details when it says *how many*, *when* or *how sure* the other way round:
唯一 where the details say 複数, 再び where they say 初めて, 翌年 where they
say 前年, 確認 where they say 予測.  These are general Japanese words,
compared by the antonym comparison (same thing, same polarity, the claim
not naming both), and reported under their own kind.

Each entry is (kind, left forms, right forms, boundary, characters that may
not follow); see :class:`~lint.kinds.contradiction.file_data.AntonymPair`.
Readings go with them: an adverb whose sense turns with its verb
(ほとんど変わらなかった says few); a part counted out of a whole
(4階級のうち3階級), quoted whole; one order told from each end (Xの9日前 /
…その9日後にX); the first of a thing the claim never names (初の金メダリスト).
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.file_data import AntonymPair
from lint.kinds.contradiction.predicates import FORGONE_AFTER, ONLY_AND_MORE, is_negative_tail, polarity_at
from lint.kinds.contradiction.quantities import NUMERAL
from lint.kinds.contradiction.units import WORD_RUN, Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, is_unified_kanji
from lint.text.tokens import clause_bounds

# Words for "all of them" that count nothing themselves.
ALL_OF_THEM = ("両方", "双方", "いずれも", "どちらも", "両者とも", "そろって", "両機", "両者", "両軍")

# Some of a whole counted out (4階級のうち3階級, 加盟国のうち20か国).
SOME_OF = tuple("のうち" + numeral for numeral in "123456789１２３４５６７８９一二三四五六七八九十数")

# Spans counted back from an event, and on from it (9日前 / 9日後).
SPANS_BACK = ("日前", "年前", "か月前", "カ月前", "ヶ月前", "週間前", "時間前")
SPANS_ON = ("日後", "年後", "か月後", "カ月後", "ヶ月後", "週間後", "時間後")
# Most of a whole against some of it.
MOST = ("大半", "大部分", "大多数", "圧倒的多数", "ほとんど", "多く", "多い")
SOME = ("一部", "少数", "わずか")
# Many of a kind, against only one.
MANY = ("多く", "複数", "数多く", "いくつも")
# One of several people, with its particle (優勝者の一人は; not 一人娘, the only daughter).
ONE_OF_THEM = tuple("の" + one + particle for one in ("一人", "ひとり") for particle in "はがでにとだ")
# Only one, in words (千歳川ただ一つ, ただ一人選ばれた).
JUST_ONE = ("ただ一つ", "ただひとつ", "ただ一人", "ただひとり", "ただ1つ", "ただ1人", "たった一つ", "たった一人", "たった1つ",
            "たった1人")
# Words of how many did a thing: a verb of forgoing after one (唯一植民地化を
# 免れた) tells what those counted forwent, not that the count is denied.
HOW_MANY = ("唯一", "すべて", "全て", "一部", "半数") + MOST + SOME + MANY
# Words of a first time.
FIRSTS = ("初めて", "史上初", "最初", "初")
OPPOSITES: list[tuple[str, tuple[str, ...], tuple[str, ...], str, str]] = [
    # How many: one of a kind against several, all against some.
    ("quantifier", ("唯一",), ("複数", "数多く", "いくつも", "いくつか"), "auto", ""),
    ("quantifier", ("特有", "固有", "独特"), ("共通",), "auto", ""),
    ("quantifier", ("すべて", "全て", "あらゆる", "全部", "全員", "全域", "全土", "どれも", "ことごとく", "例外なく",
                    "いずれも", "残らず"),
     ("一部", "半数", "半分") + SOME_OF, "auto", ""),
    # Every vote against a majority.
    ("quantifier", ("満場一致", "全会一致", "全員一致"), ("賛成多数", "反対多数", "多数決"), "auto", ""),
    # Without exception against as a rule; none against not a few.
    ("quantifier", ("例外なく", "いかなる場合も"), ("原則として", "原則的に"), "auto", ""),
    ("quantifier", ("皆無", "一人もいな", "ひとりもいな"), ("少なからず", "少なくな"), "auto", ""),
    ("quantifier", ALL_OF_THEM + ("人とも", "体とも", "つとも", "頭とも", "社とも", "校とも", "国とも"), ("だけ", "のみ"),
     "auto", "でな"),
    # The only one against one of a few.
    ("quantifier", ("唯一", "だけ", "のみ", "しかな") + JUST_ONE,
     ("数少ない", "の一つ", "のひとつ", "複数ある", "複数あり", "いくつかある", "いくつかあり") + ONE_OF_THEM,
     "auto", "でな"),
    ("quantifier", ("一切",), ("一部",), "auto", ""),
    ("quantifier", MOST, SOME, "auto", ""),
    # Only one against many (…だけでなく, …のみならず say the opposite of only).
    ("quantifier", ("だけ", "のみ", "唯一", "しかな", "ほかにな") + JUST_ONE, MANY + ("各地", "諸説"),
     "auto", "でな"),
    # The first time against a repetition.
    ("quantifier", FIRSTS,
     ("再び", "再度", "またも", "二度目", "2度目", "２度目", "二回目", "2回目", "２回目", "三度目", "3度目", "二番目",
      "2番目", "２番目", "三番目", "3番目", "2人目", "２人目", "二人目", "3人目", "三人目", "に続いて", "に続き", "に次いで",
      "にならって", "に倣って"), "start",
     "頭期旬日夏春秋冬め版代回戦"),
    # The greatest of a kind against one of many.
    ("quantifier", ("最大", "最高", "最長", "最古", "最多", "随一"), ("の一つにすぎ", "のひとつにすぎ", "一つにすぎ"), "auto", ""),
    # The first of a ranking against the second or third (世界最北 / 世界で2番目に北).
    ("quantifier", ("最大", "最長", "最古", "最多", "最北", "最南", "最東", "最西", "最も", "もっとも"),
     ("2番目", "二番目", "２番目", "3番目", "三番目", "３番目"), "auto", ""),
    # Before against after.
    ("temporal", ("前日", "前年", "前月", "前週", "前夜"), ("翌日", "翌年", "翌月", "翌週", "翌朝", "翌"), "word", ""),
    ("temporal", ("以前", "より前", "直前", "に先立"), ("以降", "以後", "直後"), "word", ""),
    ("temporal", ("戦前",), ("戦後",), "word", ""),
    ("temporal", ("生前", "存命中", "在世中"), ("死後", "没後"), "word", ""),
    ("temporal", ("在任中", "在位中", "在職中"), ("退任後", "退位後", "辞任後", "退陣後", "退職後"), "word", ""),
    # A span counted back or on from an event (宝永地震の49日後 / 50日前).
    ("temporal", SPANS_BACK, SPANS_ON, "auto", "後半"),
    # Before an event against a span after it (大会に先立って / 大会の2か月後).
    ("temporal", ("以前", "より前", "直前", "に先立"), SPANS_ON, "auto", "後半"),
    ("temporal", SPANS_BACK, ("以降", "以後", "直後"), "auto", ""),
    ("temporal", ("前半",), ("後半",), "word", ""),
    ("temporal", ("上旬",), ("下旬",), "word", ""),
    ("temporal", ("最初", "最も早く", "最も早い"), ("最後", "最も遅く", "最も遅い"), "word", ""),
    ("temporal", ("開始", "始ま", "始め", "始動"), ("終了", "終わ", "終え", "終結"), "word", ""),
    # Known against supposed, decided against still open.
    ("modality", ("確認", "判明", "実証", "確定"), ("予測", "予想", "推測", "推定", "想定", "仮説"), "word", ""),
    ("modality", ("決定", "決ま", "正式に"), ("検討", "見送", "先送", "保留", "時期尚早"), "word", ""),
    ("modality", ("確実",), ("可能性", "不確実"), "word", ""),
]


def built_in_pairs() -> list[AntonymPair]:
    return [AntonymPair(left, right, kind=kind, boundary=boundary, not_followed_by=after)
            for kind, left, right, boundary, after in OPPOSITES]


# Adverbs of quantity whose sense turns with the verb they qualify:
# ほとんど変わらなかった means hardly, as わずか does.
TURNING_ADVERBS = ("ほとんど",)


# The kana ending a clause, before any aside in brackets (…ことはない(第1条2項)).
CLAUSE_END_KANA = compile_re(f"[{HIRAGANA}]+(?=(?:[（(][^（）()]*[）)])?$)")


# A frame that reports what comes before it (…と考えられている, …とみられる).
_REPORTED = compile_re("(?<=[たいだ])と(?:考え|思わ|思われ|み|見ら|さ|言わ|いわ|推定|推測)")
_ONLY_SO_MUCH = compile_re("しか[^、。]{0,4}$")
_NOT_WAITED = compile_re("を待(?:たず|たないで|たない)")
_NOT_YET = compile_re("(?:は|も)(?:まだ|いまだ|なお)先")
_NOT_REACHED = compile_re("(?:に|には|にまでは)(?:至ら|いたら)(?:ず|なかっ|ない)")
_NOUN_THEN_NO = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+の(?=[{KANJI_UNIFIED}{PLAIN_KATAKANA}])")
# A verb right after an adverb: its stem (or none: ほとんどない) and the kana after it.
_VERB_AFTER = compile_re(f"(?P<stem>[{KANJI_UNIFIED}]{{0,4}})(?P<tail>[{HIRAGANA}]+)")
CASE_MARKS = ("の", "が", "を", "に", "は", "も", "と", "で")
_SUBJECT_AFTER = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{1,6}}[がはもを](?=[{KANJI_UNIFIED}])")


# A verb of forgoing after the word, or after the noun it starts (マイナス|成長を免れた),
# or one of doing away with it or of its end (君主制を廃して共和国となった, 一党独裁が
# 放棄され, 一党独裁が終わり).
# (Not 廃止, which the details say of counted things too: 二つの航路はいずれも廃止された.)
_FORGONE_AFTER = compile_re(f"[{KANJI_UNIFIED}]{{0,4}}(?:{FORGONE_AFTER.pattern}|"
                            f"(?:を|は|も|が|の|に(?=歯止め))(?P<away>廃(?=し|す|さ)|撤廃|放棄|捨て|やめ|止め|終わ|終焉|崩壊|崩れ|"
                            # (…or curbed: 給付の伸びを自動的に抑える, 増加に歯止めをかける.)
                            f"倒れ|(?:[{KANJI_UNIFIED}]{{1,4}}的に)?(?:抑え|抑制|食い止め)|歯止めを(?:かけ|掛け)|歯止めが(?:かか|掛か)|"
                            # (…or brought to an end: インフレを収束させた, 病気を克服した.)
                            f"収束|沈静化|鎮静化|鎮め|鎮圧|克服|根絶|撲滅|払拭)"
                            f"(?P<away_tail>[{HIRAGANA}]*))")


# A harm undergone, its verb's polarity the harm's (被害を受けなかった).
_SUFFERED_AFTER = compile_re(f"[をもは](?:受け|被|こうむ|見(?=[{HIRAGANA}]))([{HIRAGANA}]*)")
_LEFT_OUT_AFTER = compile_re("の対象(?:から(?:外れ|外さ|除外|除か)|外)")
_HINDERED = compile_re("ことは(?:難し|困難|でき(?:な|ず))")


def word_polarity(u: Unit, s: int, e: int) -> bool:
    """Whether the word at ``[s, e)`` is asserted: its own tail's polarity, or
    for a turning adverb that of the verb ending its clause (人がいない), and
    so for a word that describes a noun with な (十分な恩賞を与えることが
    できなかった: the reward was not enough)."""
    if _NOT_WAITED.match(u.text, e, u.end) or _NOT_YET.match(u.text, e, u.end) or _NOT_REACHED.match(u.text, e, u.end):
        return False  # 卒業を待たずに退学した, 完成はまだ先, 受賞には至らなかった: it did not come about
    if ONLY_AND_MORE.match(u.text, e, u.end) or _ONLY_SO_MUCH.search(u.text, max(u.start, s - 6), s):
        return True  # 所蔵の確認だけでなく: said, and more besides; 1円しか上がらなかった: it rose, that little
    # 終了で点を示すことは難しい: what is hard to do is not done.
    _, hi = clause_bounds(u.text, e, u.start, u.end)
    if _HINDERED.search(u.text, e, hi):
        return False
    suffered = _SUFFERED_AFTER.match(u.text, e, u.end)
    if suffered is not None:
        return not is_negative_tail(suffered.group(1))  # 破壊を受けずに済んだ, 完成を見ずに: neither came about
    if _LEFT_OUT_AFTER.match(u.text, e, u.end):
        return False  # 保護の対象から外れた: no longer protected
    forgone = None if u.text[s:e] in HOW_MANY else _FORGONE_AFTER.match(u.text, e, u.end)
    if forgone is not None:
        # 加盟を見送った, マイナス成長を免れた: the act or the state forgone
        # is denied (見送らなかった: done).
        return is_negative_tail(forgone.group("tail") if forgone.group("verb") else forgone.group("away_tail"))
    if u.text[s:e] in TURNING_ADVERBS:
        # (…or after its subject: ほとんど雨が降らない.)
        subject = _SUBJECT_AFTER.match(u.text, e, u.end)
        verb = _VERB_AFTER.match(u.text, subject.end() if subject else e, u.end)
        # (A noun before ない tells its absence, not the verb denied: 例外なく.)
        if verb is not None and not verb.group("tail").startswith(CASE_MARKS) and not (
                verb.group("stem") and verb.group("tail").startswith("な")):
            # The verb the adverb qualifies (ほとんど出さない一方、…): its own
            # tail, not the end of a clause it is only the first part of.
            return not is_negative_tail(verb.group("tail"))
    # 危険なので…使えず: a reason the word gives, asserted whatever follows.
    if _REASON_AFTER.match(u.text, e, hi):
        return True
    # An adjective in い describing the object of a verb takes the verb's
    # polarity (強い執着を持っていなかった: the attachment was not strong).
    obj = _OBJECT_AFTER.match(u.text, e, hi) if u.text[e - 1] == "い" else None
    if obj is not None:
        verb = _VERB_AFTER.match(u.text, obj.end(), u.end)
        if verb is not None and verb.group("stem"):
            return not is_negative_tail(verb.group("tail"))
    # (…and for one that ends in な itself: 大きな差はない.)
    if (u.text[s:e] in TURNING_ADVERBS or u.text.startswith("な", e) and not u.text.startswith(("ない", "なく", "なし"), e)
            or e - s >= 2 and u.text[e - 1] == "な"):
        # (A noun it describes that qualifies another, 豊富な鉱物資源の開発も
        # 進んでいない: the denial is the other's.)
        described = _NOUN_THEN_NO.match(u.text, e + 1 if u.text.startswith("な", e) else e, hi)
        # (What is said, before the frame that reports it: …なかったと考えられている.)
        reported = _REPORTED.search(u.text, e, hi)
        ending = CLAUSE_END_KANA.search(u.text, e, reported.start() if reported else hi)
        if ending is not None and "しか" in u.text[e:ending.start() + 2]:
            return True  # わずかな作品しか収録していない: limited, and said
        # (…な保護国を独立国と認めなかった: the judgement of the noun described
        # is denied, not the word; …な行為とはみなされない denies the word.)
        return (ending is None or described is not None or not is_negative_tail(ending.group())
                or _JUDGED_AS.match(u.text, e, hi) is not None)
    # An adjective set apart by は or も (激しくはない, 多くもない): the tail after it.
    if u.text[e - 1:e] == "く" and u.text.startswith(("は", "も"), e):
        return polarity_at(u.text, e + 1, u.end)
    # A noun taken as an aim, had or achieved, by a verb denied (営利を目的と
    # しない, 声調を持たない, 成功を収められなかった): the noun's quality is denied.
    taken = _TAKEN_AS.match(u.text, e, hi)
    if taken is not None:
        return not is_negative_tail(taken.group("tail"))
    # Only X (現業の職員にしか認めていない): granted to X, no denial.
    lo, _ = clause_bounds(u.text, s, u.start, u.end)
    return polarity_at(u.text, e, u.end) or _ONLY_BEFORE.search(u.text, lo, s) is not None


_OBJECT_AFTER = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+を")
_TAKEN_AS = compile_re(f"を(?:(?:目的|前提|主|原則)と|持|伴|含|有|収め|遂げ|果た)(?P<tail>[{HIRAGANA}]+)")
_REASON_AFTER = compile_re("な(?:ので(?!は)|のに|ため|だけに)")
_JUDGED_AS = compile_re("な?[^、。]{0,12}?を[^、。]{1,12}?と(?:は|も)?(?:認め|みな|見な|呼ば|呼べ)")
_ONLY_BEFORE = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+(?:に|で|から|を|が|と)?しか(?:[{KANJI_UNIFIED}]|$)")


_WHOLE_BEFORE = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}0-9０-９]+$")
_COUNT_AFTER = compile_re(f"[0-9０-９{KANJI_UNIFIED}]*(?:[かカヶヵ]?[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{1,3}})?")


_GONE = compile_re("(?:は|が|も)?なくな[っりるれ]")


def told_gone(u: Unit, e: int) -> bool:
    """A word in な describing a noun whose passing its clause tells (大規模な
    炭鉱はなくなった): the noun is gone, the word is not denied of it."""
    if not u.text.startswith("な", e) or u.text.startswith(("ない", "なく", "なし"), e):
        return False
    _, hi = clause_bounds(u.text, e, u.start, u.end)
    ending = CLAUSE_END_KANA.search(u.text, e, hi)
    return ending is not None and _GONE.match(ending.group()) is not None


def partitive_span(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int]:
    """A part counted out of a whole quoted whole (3基のうち2基), not as
    its joint (のうち2)."""
    if not text.startswith(SOME_OF, s):
        return s, e
    before = _WHOLE_BEFORE.search(text, max(lo, s - 12), s)
    after = _COUNT_AFTER.match(text, e, hi)
    return (before.start() if before else s), (after.end() if after else e)


def only_a_number(text: str, s: int, e: int) -> bool:
    """わずか before a number (わずか4か月ほどで) says the number is small,
    not that few of a whole did something."""
    return text[s:e] in ("わずか", "僅か") and (NUMERAL.match(text, e) is not None or text.startswith("数", e))


def with_numeral(text: str, lo: int, at: int) -> int:
    """Where a word that starts with its counter starts, numeral included
    (4|人とも)."""
    k = at
    while k > lo and NUMERAL.match(text, k - 1):
        k -= 1
    # A kanji numeral inside a word (唯一|プラス) is no count of it.
    return at if k < at and text[k - 1:k + 1] == "唯一" else k


_NOUN_AFTER = compile_re(f"の([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})")


def first_of_another(unit: Unit, us: int, ue: int, claim_body: str) -> bool:
    """初の金メダリスト: the first of a thing the claim never names."""
    if unit.text[us:ue] not in ("初", "最初", "史上初"):
        return False
    m = _NOUN_AFTER.match(unit.text, ue, unit.end)
    return m is not None and m.group(1)[-2:] not in claim_body


FOLLOWING = ("に続いて", "に続き", "に次いで")
_KATAKANA_NAME = compile_re(f"[{PLAIN_KATAKANA}ー・]{{2,}}[0-9０-９]*")
_FOLLOWED = compile_re(f"(?:「([^」]{{1,20}})」|([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,}}))$")


def followed_is_first(claim: Unit, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Xに続き tells X came before the next (童話では「蜘蛛の糸」に続き、
    「杜子春」を発表した): the claim's first (初の童話「蜘蛛の糸」) is X."""
    if unit.text[us:ue] not in FOLLOWING:
        return False
    m = _FOLLOWED.search(unit.text, max(unit.start, us - 22), us)
    if m is not None:
        return (m.group(1) or m.group(2)) in claim.text[e:min(claim.end, e + 24)]
    if not unit.text.startswith("の", us - 1):
        return False
    # An act followed (英国がチャレンジャー2の供与を表明したのに続き): a name
    # of its clause is the claim's first (英国のチャレンジャー2が最初に表明され).
    lo, _ = clause_bounds(unit.text, us - 1, unit.start, unit.end)
    near = claim.text[max(claim.start, e - 24):min(claim.end, e + 24)]
    return any(name.group() in near for name in _KATAKANA_NAME.finditer(unit.text, lo, us))


def follows_the_first(claim: Unit, s: int, e: int, unit: Unit, us: int) -> bool:
    """The claim follows names (メルボルン、シドニーに続いて) one of which the
    details' clause calls the first (メルボルン大会は…初めての夏季五輪)."""
    if claim.text[s:e] not in FOLLOWING:
        return False
    followed = _FOLLOWED_LIST.search(claim.text, max(claim.start, s - 30), s)
    if followed is None:
        return False
    lo, hi = clause_bounds(unit.text, us, unit.start, unit.end)
    return any(len(m.group()) >= 3 and m.group() in unit.text[lo:hi]
               for m in _KATAKANA_NAME.finditer(claim.text, followed.start(), s))


# The names right before に続いて, a list of them included (メルボルン、シドニー|に続いて).
_FOLLOWED_LIST = compile_re(f"(?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]+[、・とや])*[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]+$")


_TOPIC_NOUN = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]+)は、?")


def counted_topic(u: Unit, ue: int) -> Optional[str]:
    """For a word of quantity said as the predicate (国は、南アフリカが唯一
    である) or as a subject (デルタは、…一部はウクライナ領に属する), the
    topic it counts."""
    if not u.text.startswith(("である", "だ", "で、", "。", "は", "が"), ue):
        return None
    found = [m.group(1) for m in _TOPIC_NOUN.finditer(u.text, u.start, ue)]
    return found[-1] if found else None


def in_gloss(unit: Unit, us: int, claim: Unit, s: int) -> bool:
    """The details' word opens a gloss in brackets (…大橋(いずれも吊り橋)),
    which says something of the names before it: compared only when the
    claim's clause shares a word with the gloss."""
    if unit.text[us - 1:us] not in ("(", "（"):
        return False
    close = min((k for k in (unit.text.find(")", us, unit.end), unit.text.find("）", us, unit.end)) if k > -1),
                default=unit.end)
    gloss = WORD_RUN.findall(unit.text, us, close)
    lo, hi = clause_bounds(claim.text, s, claim.start, claim.end)
    return not any(w in claim.text[lo:hi] for w in gloss if len(w) >= 2)


_COMPOUND_END = compile_re(f"[{KANJI_UNIFIED}]{{1,2}}")
_DESCRIBED_NOUN = compile_re(f"[{KANJI_UNIFIED}]+")
_NOUN_OF = compile_re(f"の[{KANJI_UNIFIED}]+")
# Nouns that only place a thing among others (新しい部類の報道機関).
_RANKS = ("部類", "方", "類", "側", "層")


def heads_differ(claim: Unit, e: int, unit: Unit, ue: int) -> bool:
    """Both words, kanji, begin compounds whose ends share no letter (最低
    地点 / 最高峰): the lowest of one thing against the highest of another;
    or both, adjectives, describe nouns that share no letter (最も低い国 /
    最も高い地点)."""
    if claim.text[e - 1:e] == "い" and unit.text[ue - 1:ue] == "い":
        a = _DESCRIBED_NOUN.match(claim.text, e, claim.end)
        b = _DESCRIBED_NOUN.match(unit.text, ue, unit.end)
        return (a is not None and b is not None and not set(a.group()) & set(b.group())
                and not a.group().startswith(_RANKS) and not b.group().startswith(_RANKS))
    if not (e and ue and is_unified_kanji(claim.text[e - 1]) and is_unified_kanji(unit.text[ue - 1])):
        return False
    a = _COMPOUND_END.match(claim.text, e, claim.end)
    b = _COMPOUND_END.match(unit.text, ue, unit.end)
    # (…or one a compound's and the other a noun's it describes with の:
    # 広東語に独特の漢字 / 社会の共通語.)
    if (a is None) != (b is None):
        a = a or _NOUN_OF.match(claim.text, e, claim.end)
        b = b or _NOUN_OF.match(unit.text, ue, unit.end)
    return a is not None and b is not None and not set(a.group().removeprefix("の")) & set(b.group().removeprefix("の"))


def after_particle(text: str, at: int) -> bool:
    """だけ or のみ right after a particle (範囲でのみ, 一方向にだけ) limits a
    circumstance, not a count; after a word of degree (どれだけ重いか,
    できるだけ) it limits nothing."""
    return text[at - 1:at] in ("で", "に", "と") or text.endswith(_DEGREE, 0, at)


_DEGREE = ("どれ", "これ", "それ", "あれ", "できる")
# A superlative (最も大きく) tells the extreme of one state: the opposite
# word unqualified (密度は小さくなる) tells of the others.
_SUPERLATIVE = compile_re("(?:最も|もっとも|一番)[^、。]{0,8}$")


def superlative(u: Unit, at: int) -> bool:
    lo, _ = clause_bounds(u.text, at, u.start, u.end)
    return _SUPERLATIVE.search(u.text[lo:at]) is not None
