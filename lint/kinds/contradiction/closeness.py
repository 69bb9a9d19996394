"""How close two words of two sentences are: the words around them, their
clauses, and the subjects they are said of.

Every comparison of one word with another (a predicate and its denial, two
opposites, a plan and its act) first asks whether the two are said of the
same thing: :func:`about_the_same` answers, with how close they are, so that
the closest counterpart in the details is the one compared.
"""

from __future__ import annotations

import os

from lint.cache.programs import compile_re
from lint.kinds.contradiction.align import words_in
from lint.kinds.contradiction.chunks import clause_subject, near, neighbours, subject_right_before, unit_chunks
from lint.kinds.contradiction.restated import word_grams
from lint.kinds.contradiction.subjects import compared_alike
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import KANJI, KATAKANA, clause_bounds, overlap, same_arguments, script

# A cleft (務められるのは2期まで) says the limit; the verb only sets the scene.
CLEFT = ("のは", "のが")

ARGUMENT_WINDOW = 24


def arguments(text: str, pred_start: int, pred_end: int, lo: int, hi: int) -> set[str]:
    """Content bigrams of the words before the predicate (its arguments).

    A window of the sentence rather than the clause: writers split
    coordinated arguments with 、 (…の低下や、…の影響が懸念), and the
    window still sees them.  After the predicate only the rest of its clause.
    """
    a = max(lo, pred_start - ARGUMENT_WINDOW)
    b = _clause_end(text, pred_end, lo, hi)
    # Single-character words count too (案を支持, 港を封鎖).
    return word_grams(text[a:pred_start] + " " + text[pred_end:b])


_TOPIC_AFTER = compile_re(f"(?:.{{0,1}}|の[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{1,6}})は")  # 大半は, 一部の国は


def _clause_end(text: str, pred_end: int, lo: int, hi: int) -> int:
    """Where the clause of a predicate ending at ``pred_end`` ends; a cleft's
    goes on past the comma, where it names its subject (優勝したのは、…
    ロケット号で)."""
    _, b = clause_bounds(text, pred_end, lo, hi)
    if b < hi and (text.endswith(CLEFT, lo, pred_end) or _TOPIC_AFTER.fullmatch(text, pred_end, b)
                   and text[b] in "、，"):
        # A word heading its topic before the comma (運営資金の大半は、…で
        # 賄われ) is what the next clause is said of.
        _, b = clause_bounds(text, b + 1, lo, hi)
    # A list of names (上流のセーヌ川、マルヌ川、オーブ川に…建設され) is one
    # clause: its commas part the names, not the clauses.
    listed = _NAME_LIST.match(text, b - 1, hi) if b > lo else None
    if listed is not None:
        _, b = clause_bounds(text, listed.end(), lo, hi)
    return b


# A bare name before the comma and two or more after it, the last with its particle.
_NAME_LIST = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}](?:、[{KANJI_UNIFIED}{PLAIN_KATAKANA}・]{{2,}}){{2,}}"
                        f"(?=[にをがはのでとや])")


_CAUSE_ENDS = compile_re(r"(?<=[たいるだ])ため(?:に)?|(?<=[たいる])ことで(?!あ|は|も|し|き|す)|(?<=[たい])結果")


_BARE_TIME = compile_re(f"(?:の|、)?[0-9０-９{KANJI_UNIFIED}]*(?:年|年代|世紀|月|日|ごろ|頃)(?:ごろ|頃|末|初め|半ば)?(?:に|には|は|から)?")


def clause_arguments(u: Unit, start: int, end: int, cache: dict) -> set[str]:
    """Grams of the clause around the word at ``[start, end)``, the word left out.

    The clause alone: a window reaches into the clause before it
    (…383億ドルと、貿易赤字が続いている), which a short clause cannot outweigh.
    """
    key = ("clause-args", start, end, u.start, u.end)
    found = cache.get(key)
    if found is None:
        a, _ = clause_bounds(u.text, start, u.start, u.end)
        b = _clause_end(u.text, end, u.start, u.end)
        # A time that opens the sentence, with no verb of its own (戦後の1948年
        # ごろ、…考案し), is the time of the clause after it.
        if a == start and b < u.end and u.text[b] == "、" and _BARE_TIME.fullmatch(u.text, end, b):
            _, b = clause_bounds(u.text, b + 1, u.start, u.end)
        # A cause ends at its connective (取水が増えたために|河口まで…少なく
        # なり): what follows is another event.
        cause_end = _CAUSE_ENDS.search(u.text, end, b)
        if cause_end is not None:
            b = cause_end.start()
        # …and a word after the connective is said of that event, not of
        # the cause (進学率が低いため|肩書の価値が高く).
        for cause_end in _CAUSE_ENDS.finditer(u.text, a, start):
            a = cause_end.end()
        found = cache[key] = word_grams(u.text[a:start] + " " + u.text[end:b])
    return found


# Alignment at which one subject right before two words makes them said of one thing.
SUBJECT_ALIGN = 0.4


def about_the_same(claim: Unit, cs: int, ce: int, unit: Unit, es: int, ee: int, cache: dict,
                   threshold: float, strict: bool = False) -> tuple[bool, float]:
    """Do two words (a predicate, an antonym) speak of the same thing?  Their
    arguments overlap, in a window of the sentence or in the clause alone
    (two shared grams at least, and like words right beside them).
    ``strict``: for a sentence aligned with one clause of the claim only,
    like words beside them are always needed.  Returns the verdict and how
    close the two are: the grams their clauses share, then the best overlap."""
    args_c, args_e = unit_arguments(claim, cs, ce, cache), unit_arguments(unit, es, ee, cache)
    near_c, near_e = clause_arguments(claim, cs, ce, cache), clause_arguments(unit, es, ee, cache)
    window = overlap(args_c, args_e)
    clause = overlap(near_c, near_e)
    shared = len(near_c & near_e)
    same = not strict and same_arguments(args_c, args_e, threshold)
    if not same and (clause >= 0.5 and len(near_c & near_e) >= 2 or strict and same_arguments(
            args_c, args_e, threshold)):
        # A clause is short: its words must also stand right beside the two
        # words (貿易は|黒字|が続いている, 貿易|赤字|が続いている).
        lc, rc = neighbours(unit_chunks(claim, cache), cs, ce)
        le, re_ = neighbours(unit_chunks(unit, cache), es, ee)
        # …or be said of one subject (賠償金は減額 / 賠償金も…800万両に増額).
        subject = clause_subject(unit_chunks(claim, cache), cs)
        # (…or every word of the claim's clause is in the other's: 戦前に
        # 名古屋で考案された「正村ゲージ」 / 戦後の…、名古屋の…「正村ゲージ」を考案し.)
        same = (near(lc[-2:], le[-2:]) or near(rc[:2], re_[:2]) or near_c <= near_e and words_in(near_c) >= 3
                or subject is not None and len(subject) >= 2 and subject == clause_subject(unit_chunks(unit, cache), es))
    if not same and unit.score >= SUBJECT_ALIGN:
        # One subject right before both words in closely aligned sentences
        # (人手不足で賃金が下がり / 働き手が減ったことで賃金が上がり).
        # (…or the one a word of the other ends: 影響力は|強まった / 力は|弱まった.)
        subject = subject_right_before(unit_chunks(claim, cache), cs)
        theirs = subject_right_before(unit_chunks(unit, cache), es)
        same = subject is not None and theirs is not None and max(len(subject), len(theirs)) >= 2 and (
            subject.endswith(theirs) or theirs.endswith(subject))
    # …or of one side of a comparison (北部のほうが貧しい / 北部…のほうが豊か).
    same = same or compared_alike(claim, cs, unit, es) or topic_carried(claim, cs, unit, es, cache) and shared >= 1
    return same, (shared, max(window, clause))


def unit_arguments(u: Unit, start: int, end: int, cache: dict) -> set[str]:
    """:func:`arguments` of the word at ``[start, end)`` in ``u``, once per post."""
    key = ("args", start, end, u.start, u.end)
    if key not in cache:
        cache[key] = arguments(u.text, start, end, u.start, u.end)
    return cache[key]


# Words for a time that may stand as a clause's topic (その後は) while the
# sentence's topic goes on being what the clause is said of.
TIME_TOPICS = frozenset({"その後", "後", "以後", "以降", "近年", "現在", "今後", "当初", "当時", "最近", "戦後", "戦前"})


def topic_carried(claim: Unit, cs: int, unit: Unit, es: int, cache: dict) -> bool:
    """The claim's clause is said of its topic (出火件数は増加傾向), and the
    detail word's clause, with no topic of its own but a time, goes on from
    a sentence whose topic that is (国内の出火件数は、…が、その後は減少傾向)."""
    mine = clause_subject(unit_chunks(claim, cache), cs)
    if mine is None or len(mine) < 2 or mine in TIME_TOPICS:
        return False
    found = unit_chunks(unit, cache)
    theirs = clause_subject(found, es)
    if theirs is not None and theirs not in TIME_TOPICS:
        return False
    lead = next((c for c in found if c.grammar in ("は", "では")), None)
    return lead is not None and lead.word == mine and lead.start < es and lead.clause == 0


def same_phrase(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """The very word as a topic or subject in both, or before the very same
    words (反対する議員が / 支持する議員は…、反対する議員は左側に)."""
    if unit.text[us:ue] != claim.text[s:e]:
        return False
    if claim.text[e:e + 1] in ("は", "が") and unit.text[ue:ue + 1] == claim.text[e]:
        return True
    same = os.path.commonprefix([claim.text[e:min(e + 6, claim.end)], unit.text[ue:min(ue + 6, unit.end)]])
    # (…said of one subject: A社の売上は増加傾向 is not B社の売上は増加傾向.)
    return len(same) >= 3 and any(script(ch) in (KANJI, KATAKANA) for ch in same) and (
        _owned_subject(claim, s) == _owned_subject(unit, us))


def _owned_subject(u: Unit, at: int) -> str:
    """The subject or topic before ``at`` in its clause, with its owner (B社の売上), or ""."""
    lo, _ = clause_bounds(u.text, at, u.start, u.end)
    m = _SUBJECT_BEFORE.search(u.text, lo, at)
    return m.group(1) if m else ""


_SUBJECT_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-z0-9・ー]+(?:の[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)?)"
                             f"(?:は|が)(?=[^、。]*$)")


def told_by_another_clause(claim: Unit, cs: int, ce: int, unit: Unit, es: int, ee: int, cache: dict) -> bool:
    """The claim sets two facts side by side (…一方、…), and the other
    clause shares two words more with the detail word's than the claim
    word's own does (31の河川が流れ込む一方、湖から出ていく川は天竜川ただ1本 /
    湖から流れ出る川は…天竜川だけ): the detail word answers the other fact."""
    lo, hi = clause_bounds(claim.text, cs, claim.start, claim.end)
    if hi < claim.end and claim.text.endswith(_SIDE_BY_SIDE, claim.start, hi):
        other = clause_bounds(claim.text, hi + 1, claim.start, claim.end)
    elif lo > claim.start and claim.text.endswith(_SIDE_BY_SIDE, claim.start, lo - 1):
        other = clause_bounds(claim.text, lo - 2, claim.start, claim.end)
    else:
        return False
    theirs = clause_arguments(unit, es, ee, cache)
    return len(word_grams(claim.text[slice(*other)]) & theirs) >= len(clause_arguments(claim, cs, ce, cache) & theirs) + 2


_SIDE_BY_SIDE = ("一方", "に対し", "に対して")
