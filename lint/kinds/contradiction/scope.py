"""The scope of a negation: what a denial covers, and so what it can contradict.

A claim that denies in a place the details do not name (まだ日本で開かれて
おらず / 会議が初めて開かれた), and details that deny at a time set by a
clause the claim lacks (北海道に届くころには…続かない / 雨が長く続く),
deny less than the other side asserts; a denial that one party does it
alone denies nothing of the act (政府だけで決めない / 代表も加わって決める).
And two words said of one kind of act by two doers (フランスの運河建設は
失敗 / 米国による運河建設の成功), or a beginning and an end said of two
things (打ち上げは…始まり / 任務を終える), speak of two acts.
Used by :mod:`~lint.kinds.contradiction.polarity`, which reads a place on
the claim's side only: in the details 純粋な形で is as often a manner.

    pass: 会議はまだ国内で開かれておらず / 会議が初めて開かれた
    fail: 会議は開かれておらず / 会議が初めて開かれた
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import unit_chunks
from lint.kinds.contradiction.name_kinds import common_word, name_like
from lint.kinds.contradiction.predicates import Predicate, is_negative_tail
from lint.kinds.contradiction.role_words import matches
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, chars, is_unified_kanji
from lint.text.tokens import clause_bounds


# Grammar after a word that sets where a statement holds (日本で, 国内では).
SETTING = ("で", "では")

# Adverbs the chunker leaves in a word's grammar (日本ではまだ開かれていない).
_TRAILING_ADVERBS = ("まだ", "もう", "すでに", "いまだ", "なお", "ほとんど", "あまり", "まったく", "一度も")


def _sets_place(grammar: str) -> bool:
    for adverb in _TRAILING_ADVERBS:
        if grammar.endswith(adverb):
            grammar = grammar[:-len(adverb)]
            break
    return grammar in SETTING


def with_before(unit: Unit, details: list[Unit]) -> str:
    """A detail sentence with the one before it, which may set its scene."""
    k = next((i for i, u in enumerate(details) if u.start == unit.start), 0)
    return (details[k - 1].body if k else "") + unit.body


def narrowed(u: Unit, p: Predicate, other: str, cache: dict, whole: bool = False) -> bool:
    """The negated predicate holds only where its clause sets it, and the
    other sentence (or the one before it) does not name that place (まだ
    日本で開かれておらず / 会議が初めて開かれた): a narrower denial
    contradicts nothing.  ``whole``: a setting set apart with は (地方では),
    no word of whose phrase is named (国連の基準では / 国連が定める)."""
    lo, _ = clause_bounds(u.text, p.start, u.start, u.end)
    for c in unit_chunks(u, cache):
        if c.start >= p.start:
            break
        # Dates, words pointing back (同日) and acts the other text does (協調減産で / 減産して) set no place.
        if (c.start >= lo and _sets_place(c.grammar) and not c.word[0].isdigit() and c.word[0] != "同"
                and c.word not in other and _ORDINAL.sub("", c.word) not in other
                and not (c.word[-2:] + "し" in other or c.word[-2:] + "す" in other)
                and not (whole and (not c.grammar.endswith("は") or _any_word_in(u.text[lo:c.end], other)))):
            return True
    return False


# An ordinal before a name (第1回|UFC), which the other text may put after it (UFCの第1回大会).
_ORDINAL = compile_re("^第[0-9０-９一二三四五六七八九十]+[回代期次]?")


def _any_word_in(phrase: str, other: str) -> bool:
    return any(m.group()[k:k + 2] in other for m in _KANJI_RUN.finditer(phrase) for k in range(len(m.group()) - 1))


def contrasted(u: Unit, p: Predicate, other: str, cache: dict) -> bool:
    """The negated predicate is said of one thing set apart with には right
    before it, which the other sentence never names (準加盟国は関税同盟には
    参加せず / 準加盟国という形で参加している): denied of that thing only."""
    before = [c for c in unit_chunks(u, cache) if c.start < p.start]
    if not before or before[-1].grammar != "には" or before[-1].word in other:
        return False
    # A thing, not a manner (正式には, 実際には, 法的には): a name, or a
    # compound of three letters or more.
    word = before[-1].word
    return name_like(word) or len(word) >= 3 and not word.endswith("的")


# Words that one does a thing alone (政府だけで, 日本が独自に決める); the
# adverbs deny nothing when the other sentence says them too.
ONLY = ("だけ", "のみ")
ALONE = ("独自に", "単独で", "一方的に", "自由に")
# A way of doing a claim may deny alone (人から人へ直接うつることはなく:
# through a mosquito it does).
MANNER = ("直接",)


def only_denied(u: Unit, p: Predicate, other: Optional[str] = None) -> bool:
    """The negation denies that one alone does it (政府だけで決めない: others
    decide with it), not the act.  ``other``: for a denial in the details,
    the claim, which says the act with no word of doing it alone
    (独自に決めることはできない / 協議で決めるものとされた)."""
    lo, _ = clause_bounds(u.text, p.start, u.start, u.end)
    return (any(u.text.find(word, lo, p.start) != -1 for word in ONLY) or other is not None
            and any(u.text.find(word, lo, p.start) != -1 and word not in other for word in ALONE))


def manner_denied(u: Unit, p: Predicate, other: str) -> bool:
    """The negation denies one way of doing it, which ``other`` does not say
    (the way may head the predicate's own word: 直接感染), or a verb in て
    right before it (分け隔てして扱うことは許されない)."""
    lo, _ = clause_bounds(u.text, p.start, u.start, u.end)
    how = _HOW_BEFORE.search(u.text, max(lo, p.start - 8), p.start)
    return (how is not None and not set(how.group(1)) & _PARTICLES and how.group(1)[:2] not in other) or any(
        u.text.find(word, lo, p.start + len(word)) != -1 and word not in other for word in MANNER)


# A verb in て right before another (分け隔てして|扱う, 急いで|食べる), not
# a noun with a particle (公園として|整備).
_HOW_BEFORE = compile_re(f"([{KANJI_UNIFIED}][{KANJI_UNIFIED}{HIRAGANA}]{{0,4}}?)(?:して|って|いて|いで|んで)$")
_PARTICLES = set("がをにはとでもの")


# Grammar that ends a clause of time (前線が北海道に届くころには).
WHEN = ("ころには", "ころは", "ときには", "ときは", "際には", "頃には")


def timed(u: Unit, p: Predicate, other: str, cache: dict) -> bool:
    """The negated predicate holds only at a time its sentence sets by a
    clause whose words the claim lacks (北海道に届くころには…雨が長く続か
    ない / 雨が長く続く)."""
    for c in unit_chunks(u, cache):
        if c.start >= p.start:
            break
        if (c.word + c.grammar).endswith(WHEN):
            lo, _ = clause_bounds(u.text, c.start, u.start, u.end)
            words = [w.word for w in unit_chunks(u, cache) if lo <= w.start <= c.start and len(w.word) >= 2]
            if words and not any(w in other for w in words):
                return True
    return False


# A doer and the act it does or owns: フランスのパナマ運河建設, 米国による運河建設.
_DOER = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})(?:の|による|が)([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})")


def _proper(word: str) -> bool:
    return name_like(word) and not common_word(word)


def other_doers(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Before the two words, one kind of act (the same last two letters)
    with a doer each, named by no common word and one at least a name, and
    neither named by the other sentence: two acts."""
    mine = [m.groups() for m in _DOER.finditer(claim.text, claim.start, s)]
    theirs = [m.groups() for m in _DOER.finditer(unit.text, unit.start, us)]
    return any(a[-2:] == b[-2:] and (_proper(x) or _proper(y)) and not (common_word(x) or common_word(y))
               and not matches(x, y)
               and x not in unit.body and y not in claim.body for x, a in mine for y, b in theirs)


# A topic: a word of kanji or katakana before は (貫流ボイラーは).
_TOPIC = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})は")


def kinds_of_one_thing(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The last topics before the two words name two kinds of one thing (丸ボイラーは…多く /
    貫流ボイラーは…少なく): one head, another word before it, neither named by the other sentence."""
    mine = [m.group(1) for m in _TOPIC.finditer(claim.text, claim.start, s)]
    theirs = [m.group(1) for m in _TOPIC.finditer(unit.text, unit.start, us)]
    if not mine or not theirs:
        return False
    x, y = mine[-1], theirs[-1]
    head = 0
    while head < min(len(x), len(y)) and x[-1 - head] == y[-1 - head]:
        head += 1
    return head >= 2 and head < min(len(x), len(y)) and x not in unit.body and y not in claim.body


# Verbs of aiming: what they take is sought, not had (単独開催を目指して, 導入は目標とされ).
_AIMED = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]*(?:を(?:目指|めざ|望|求め|狙|希望|要求)|(?:は|が)目標)")


def aimed_at(u: Unit, end: int) -> bool:
    """The word ending at ``end`` (or its compound) is what someone sought."""
    return _AIMED.match(u.text, end, u.end) is not None


# Words that set a statement in a past since ended (かつては…が、今は…).
# …and an early stage or age (弥生時代前期の紀元前5世紀ごろ、…小規模な集落;
# 古代の斐伊川は西へ流れ), which a claim sets itself in only by the same word.
EARLY_STAGES = ("前期の", "前期には", "前期は", "初期の", "初期には", "初期は", "最初は", "はじめは", "初めは",
                "古代の", "古代には", "古代は", "古くは")
FORMERLY = ("かつて", "以前は", "当初は", "もともと", "元々", "昔は") + EARLY_STAGES
# A bare marker's time ends at a noun it describes (かつて曇っていた空は), unless the word is a past state.
_FORMER_BARE = compile_re("(?:かつて|もともと|元々)(?![は、])")
_DESCRIBED_AFTER = compile_re(f"た[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{1,8}}[はがをも]")
_PAST_STATE = compile_re("(?:てい|でい)た|かった|だった|であった")
_PAST_END = ("た", "だ")

# A clause set in the past (かつては, not かつてない or かつての), or now (現在は, not 現在の).
THEN_SET = ("かつては", "かつて、", "以前は", "当初は", "昔は")
NOW = ("現在は", "現在、", "今日は", "今日、", "いまでは", "今では", "いまは", "今は")


def formerly(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The details' word tells a past state (かつては…認められていたが) the claim is not set in; or the
    claim's word a past state, the details' the present (かつては南部が豊かで / 現在は北部…が豊かに)."""
    lo = clause_bounds(unit.text, us, unit.start, unit.end)[0]
    mine = max(claim.text.rfind(w, claim.start, s) for w in THEN_SET)
    if mine > -1 and "が、" not in claim.text[mine:s] and any(unit.text.find(w, lo, us) > -1 for w in NOW):
        return True
    before = unit.text[unit.start:us]
    at = max(before.rfind(w) for w in FORMERLY)
    # (…が、 turns to what came after.)
    if at < 0 or "が、" in before[at:] or _FORMER_BARE.match(before, at) and _DESCRIBED_AFTER.search(before, at) and (
            _PAST_STATE.search(unit.text, us, clause_bounds(unit.text, us, unit.start, unit.end)[1]) is None):
        return False
    # The claim sets itself there too, unless it turns to later times (当初は…だったが、…).
    stage = next((w for w in EARLY_STAGES if before.startswith(w, at)), None)
    # (A stage sets a sentence told in the past, not one told of now: 前期の古墳は…残っている.)
    if stage is not None and not unit.text[unit.start:unit.end].rstrip("。").endswith(_PAST_END):
        return False
    mine = max(claim.text.rfind(w, claim.start, s) for w in ((stage,) if stage else FORMERLY))
    return mine < 0 or "が、" in claim.text[mine:s]


# Words that deny an act only for a while (すぐには認めず, 直ちには公表し
# なかった): it may still have come later.
# (すぐに also finds すぐには.)
NOT_AT_ONCE = ("すぐに", "直ちに", "ただちに", "なかなか", "しばらく")


def not_at_once(u: Unit, p: Predicate) -> bool:
    """A denied predicate whose clause says it was denied only for a while."""
    lo, _ = clause_bounds(u.text, p.start, u.start, u.end)
    return not p.positive and any(u.text.find(w, lo, p.start) >= 0 for w in NOT_AT_ONCE)


# What was once thought (反応しないと考えられていた): a belief, no fact told.
_BELIEVED = tuple("と" + verb + "ていた" for verb in ("考えられ", "思われ", "みられ", "見られ", "信じられ"))


def believed(u: Unit, p: Predicate) -> bool:
    """Is the predicate only what was once believed (反応しないと考えられていた
    リチウム7も核反応を起こした)?"""
    return u.text.startswith(_BELIEVED, p.end - 1 if p.tail.endswith("と") else p.end)


# A right that a party lacks (取り締まる権限はなく) is that party's alone.
RIGHTS = ("権限", "権利", "資格")


def right_of_another(claim: Unit, unit: Unit, p: Predicate, cache: dict) -> bool:
    """The details deny a right (IMO自身には…取り締まる権限はなく) to a
    holder the claim never names: the act may still be done by others."""
    if not any(r in p.tail for r in RIGHTS):
        return False
    lo, _ = clause_bounds(unit.text, p.start, unit.start, unit.end)
    holders = [c.word for c in unit_chunks(unit, cache) if lo <= c.start < p.start and c.grammar in ("には", "は", "にも")]
    return bool(holders) and not any(h in claim.body for h in holders)


# Two sides of one thing: a word said of one is not said of the other.
SIDES = (("東側", "西側"), ("南側", "北側"), ("東部", "西部"), ("南部", "北部"), ("東岸", "西岸"), ("左岸", "右岸"),
         ("上流", "下流"), ("前半", "後半"), ("前期", "後期"), ("上院", "下院"), ("国内", "国外"),
         ("乾季", "雨季"), ("夏季", "冬季"), ("北半球", "南半球"), ("午前", "午後"))


def other_side(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The claim's clause names one side (東側の国境) and the details' the
    other (西側の国境), each without the other's: two things."""
    lo, hi = clause_bounds(claim.text, s, claim.start, claim.end)
    ulo, uhi = clause_bounds(unit.text, us, unit.start, unit.end)
    mine, theirs = claim.text[lo:hi], unit.text[ulo:uhi]
    return any(a in mine and b in theirs and b not in mine and a not in theirs
               for pair in SIDES for a, b in (pair, pair[::-1]))


SIDE_WORDS = frozenset(w for pair in SIDES for w in pair)


def sides_told_apart(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Two sides of one thing (下流では…国境をなし / 上流のレソトでは…計画が
    進められている) whose clauses share no kanji word but the sides, names
    in katakana at most: two things said of two parts, not one denied."""
    if claim.text[s:e] not in SIDE_WORDS or unit.text[us:ue] not in SIDE_WORDS:
        return False
    # The sentence names the claim's side too (選挙で選ばれる下院と、…任命
    # される上院): each side has its own words there.
    if claim.text[s:e] in unit.body:
        return True
    # From the clause on, what the sentence says there, lists of names
    # included (上流のセーヌ川、マルヌ川…に貯水池が).
    mine = _kanji_words(claim.text[clause_bounds(claim.text, s, claim.start, claim.end)[0]:claim.end])
    theirs = _kanji_words(unit.text[clause_bounds(unit.text, us, unit.start, unit.end)[0]:unit.end])
    return not (mine & theirs) - SIDE_WORDS


# Kanji bigrams, and a kanji standing alone between kana (町は川の), not
# one of a name written in two scripts (南アフリカ).
_KANJI_RUN = compile_re(f"[{KANJI_UNIFIED}]+")
_KATAKANA_SIDE = chars(PLAIN_KATAKANA)


def _kanji_words(text: str) -> set:
    out = set()
    for m in _KANJI_RUN.finditer(text):
        run, a, b = m.group(), m.start(), m.end()
        if len(run) > 1:
            out.update(run[i:i + 2] for i in range(len(run) - 1))
        elif not (a and text[a - 1] in _KATAKANA_SIDE or b < len(text) and text[b] in _KATAKANA_SIDE):
            out.add(run)
    return out


def kind_denied(unit: Unit, p: Predicate) -> bool:
    """A predicate that picks out a kind (期間が定められた病気) in a clause
    whose own verb is negated (…に含まれていない): nothing is said of it."""
    if not p.adnominal:
        return False
    _, hi = clause_bounds(unit.text, p.end, unit.start, unit.end)
    return is_negative_tail(unit.text[p.end:hi])


# The thing an act is done to, right before it (大陸の領土の大半を失い).
_OBJECT = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ーの]+)を$")


# A thing set apart as topic right before the verb, once the sentence has
# its doer already (裁判所は…、結びつきは認めた); its head is what follows
# the last の or と (モロッコとの結びつき).
_TOPIC_OBJECT = compile_re(r"([^\s、。，はがをにで]{1,12})は$")


def _phrase_head(phrase: str) -> set[str]:
    return set(phrase[max(phrase.rfind("の"), phrase.rfind("と")) + 1:])


def objects_differ(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Both words take an object, and the two share no letter (領土の大半を
    失い / 海上の優位を握った), or the one set apart as topic shares no
    letter with the other's head (主張を退けた / 裁判所は…結びつきは認めた):
    two acts on two things."""
    a = _OBJECT.search(claim.text, max(claim.start, s - 12), s)
    b = _OBJECT.search(unit.text, max(unit.start, us - 12), us)
    if a is not None and b is not None:
        return not _share(a.group(1), b.group(1))
    for mine, other in ((a, _topic_object(unit, us)), (b, _topic_object(claim, s))):
        if mine is not None and other is not None:
            return not _phrase_head(mine.group(1)) & _phrase_head(other)
    return False


def _share(a: str, b: str) -> bool:
    """A kanji in common, or two letters together (イタリア / エチオピア share ア only)."""
    return bool({c for c in a if is_unified_kanji(c)} & set(b)) or any(a[k:k + 2] in b for k in range(len(a) - 1))


def _topic_object(u: Unit, at: int):
    found = _TOPIC_OBJECT.search(u.text, max(u.start, at - 12), at)
    if found is None or "は" not in u.text[u.start:found.start()]:
        return None
    return found.group(1)


_NAMING = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}・]{{2,}})と(?:呼|称|名付|名づ|いう|言う)")


def named_otherwise(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Each clause names what its word picks out, two names (合流点より上流を
    ソリモンエス川と呼ぶ / 下流だけをアマゾン川と呼ぶ): two parts, each named."""
    a = _NAMING.search(claim.text, *clause_bounds(claim.text, s, claim.start, claim.end))
    b = _NAMING.search(unit.text, *clause_bounds(unit.text, us, unit.start, unit.end))
    return a is not None and b is not None and not matches(a.group(1), b.group(1))


_TRIED = compile_re(r"[^。]*?(?:ようと(?:し|する)|を試み|を図)")


def attempted(u: Unit, p: Predicate) -> bool:
    """The act leads, by て, to what was only tried (天皇と将軍に会って許可を得ようと
    したが): part of an attempt, not said to be done; or it was undertaken, but (が)
    the sentence goes on to its failure (玉壁を包囲したが、…撤退した): a claim that it failed agrees."""
    if p.tail.endswith("て") and _TRIED.match(u.text, p.end, u.end) is not None:
        return True
    failed = THWARTED.search(u.text, p.end, u.end) if p.tail.endswith("が") else None
    # (…of the act's own doer: 建設したが、競合他社は…撤退した tells of another.)
    return failed is not None and _NEW_TOPIC.search(u.text, p.end, failed.start()) is None


# Words that tell an undertaking failed.
THWARTED = compile_re("防が|阻ま|撤退|退却|敗れ|敗北|撃退|挫折|失敗|引き揚げ|果たせ|果たさ")
_NEW_TOPIC = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]は")
