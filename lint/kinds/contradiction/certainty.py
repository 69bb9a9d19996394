"""Certainty: the claim says as settled what the details only suppose.

「初期の生物が残した跡であることが確認された」 against 「生物が残した跡で
ある可能性があると発表した」; 「住居番号が必ず変わる」 against 「住居番号が
変わる可能性もある」: the claim's clause carries a word of proof or of
necessity (確認されている, 証明した, 確定している, 必ず, 義務づけられている,
正式に決まった), and the detail sentence that tells the rest of that clause
carries a word of supposition, of chance or of a plan (考えられている,
推測, 可能性, 説, はっきりしない, ことがある, 予定, 検討) and no word of
proof of its own.  The claim's own hedges are left alone: a summary may be
more careful than its details, never surer.

The reverse too: a claim that only expects what the details say was done
(「ヒット作になることが見込まれている」 against 「ヒット作になった」): a
word of expectation (見込まれ, 有力視, 予想され, 検討したにとどま), no word
of a time to come (今後, 将来, 再び), against a detail sentence that tells
the rest of the clause in the past and leaves nothing open.

    pass: 痕跡の可能性があると発表した / 痕跡である可能性があると発表した
    fail: 痕跡であることが確認された / 痕跡である可能性があると発表した
    fail: ヒット作となることが見込まれている / 発行部数でヒット作になった
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.name_tokens import tokens
from lint.kinds.contradiction.units import WORD_RUN, Conflict, Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

# Words of proof or necessity: the claim says the thing is settled.
SETTLED = compile_re(
    r"(?:確認|証明|確定|実証|断定)(?:さ|し|でき|済)|確かめられ|突き止め|"
    r"必ず|義務(?:づけ|付け)|(?:しなければ|なければ)ならな|正式に(?:決ま|決定)|(?<![不未])確実(?:だ|である|視|と|に)|"
    r"間違いな[いく]|ことが(?:分か|わか)っている|はっきりしている|判明し|ことが(?:決ま|決定)|"
    # …or done already (すでに開通している, 就航を果たした, 遠征を成し遂げた).
    r"(?:すでに|既に)(?!検討|計画|予定)|(?<=を)果たし|成し遂げ")
# Words of supposition, chance, custom or plan: the details leave it open.
OPEN = compile_re(
    rf"考えられ|推測|推察|推定|可能性|とみられ|と見られ|とみ[たて]|(?<![{KANJI_UNIFIED}])説(?:が|も|など)|諸説|はっきりしな|"
    r"はっきりせず|分かっていな|わかっていな|(?<!行方)不明|予定(?!通り|どおり)|検討|方針|目標|期待|見込み|予測|"
    r"予想|試算|場合もあ|場合があ|ことがあ|こともあ|かもしれ|疑い|疑わせ|示唆|有力(?!者)|てもよい|てもかまわ|"
    r"てもよく|見送|否定し|報じ|報道|計画(?!通り|どおり)|見通し")
# Words that report a thing as held, not proved: they leave open only what a
# claim says was proved (判明している / …とされる), and only where the sentence
# has no stronger open word to quote.
# (とされた after a ruling, 無効とされた, is the ruling itself; とされるもの
# names a thing by what is held of it, and the sentence may prove it otherwise.)
REPORTED = compile_re(r"とされ(?:る(?!もの)|ている|ており|てきた)|異説|見方")
# A decision (ことが決まっている) agrees with the plan it makes (予定, 方針).
DECIDED = compile_re(r"(?:ことが|正式に)(?:決ま|決定)")
PLANNED = compile_re(r"予定|方針|計画|目標|見通し")
PROOF = compile_re(r"確認|証明|確定|実証|断定|確かめ|突き止め|判明|(?:分か|わか)っている|はっきりして|間違いな")
_TAIL = compile_re(f"[{HIRAGANA}]{{0,6}}?(?=[、。]|と|が|$|[^{HIRAGANA}])")


def _tail_end(text: str, at: int, end: int) -> int:
    """Where the kana ending a verb at ``at`` stop (none past six: the word alone)."""
    m = _TAIL.match(text, at, end)
    return m.end() if m is not None else at


def describes_noun(unit: Unit, at: int) -> bool:
    """The verb whose stem ends at ``at`` ends in た or る right before a noun."""
    end = _tail_end(unit.text, at, unit.end)
    return end > at and unit.text[end - 1] in "たる" and WORD_RUN.match(unit.text, end) is not None


_ALREADY = ("すでに", "既に")
_SUBJECT = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})(?:が|は)")
_DENIED = compile_re(r"[^、。]{0,4}?(?:ない|なかっ|ず|ぬ|ません)")
# Share of the claim clause's other words the detail sentence must hold.
HELD = 0.5
MIN_HELD = 2


def may_conflict(claim: Unit) -> bool:
    return SETTLED.search(claim.text, claim.start, claim.end) is not None


def _with_clause_before(claim: Unit, at: int) -> tuple[int, int]:
    """The clause of the word at ``at`` and the one before it (…であることが|確認された)."""
    lo, hi = clause_bounds(claim.text, at, claim.start, claim.end)
    if lo > claim.start:
        lo = clause_bounds(claim.text, lo - 1, claim.start, claim.end)[0]
    return lo, hi


def _clause_words(claim: Unit, lo: int, hi: int, cache: dict) -> list[str]:
    return [t.text for t in tokens(claim, cache) if lo <= t.start and t.end <= hi and len(t.text) >= 2
            and SETTLED.search(t.text) is None and OPEN.search(t.text) is None]


def compare(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the claim's closest detail sentences, best first."""
    for m in SETTLED.finditer(claim.text, claim.start, claim.end):
        # Proof denied (確認されていない) or 必ずしも…ない settles nothing.
        if _DENIED.match(claim.text, m.end(), claim.end) or claim.text.startswith("しも", m.end()):
            continue
        lo, hi = _with_clause_before(claim, m.start())
        words = _clause_words(claim, lo, hi, cache)
        # (A clause that hedges itself, すでに検討が始まっている, settles nothing.)
        if len(words) < MIN_HELD or OPEN.search(claim.text, m.end(), hi) or REPORTED.search(claim.text, m.end(), hi):
            continue
        found = _open_counterpart(words, aligned, PROOF.match(m.group()) is not None,
                                  DECIDED.match(m.group()) is not None, claim.body)
        if found is not None:
            unit, os, oe = found
            # The quote runs on to the end of the verb (確認し|た, 考えられ|ている).
            end = hi if m.group() in _ALREADY else _tail_end(claim.text, m.end(), hi)  # すでに…決まっている whole
            oe = _tail_end(unit.text, oe, unit.end)
            return [Conflict("modality", m.start(), end, unit, os, oe, claim.text[m.start():end], unit.text[os:oe])]
    return []


# Words of expecting what the details say happened.
EXPECTED = compile_re(r"見込まれ|見込みだ|有力視|予想され|予測され|(?:検討|計画)(?:した|された)?に(?:とどま|留ま)")
_TIME_TO_COME = compile_re(r"今後|将来|再び|いずれ|近く(?![のに])|来年|次回")
# A sentence that ends telling a thing done: past, not the copula of now (課題だ).
_DONE = compile_re(f"[{HIRAGANA}]*(?:た|だった)(?=。|$)")
# Share of the claim clause's words a detail sentence telling it as done must hold.
CLAUSE_HELD = 0.75


def expected_done(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    """The claim expects what the detail sentence holding its clause tells as done."""
    for m in EXPECTED.finditer(claim.text, claim.start, claim.end):
        lo, hi = _with_clause_before(claim, m.start())
        words = _clause_words(claim, lo, m.start(), cache)
        if len(words) < MIN_HELD or _TIME_TO_COME.search(claim.text, lo, hi):
            continue
        for unit in aligned:
            held = sum(w in unit.body for w in words)
            if held < MIN_HELD or held < CLAUSE_HELD * len(words):
                continue
            if OPEN.search(unit.text, unit.start, unit.end) or EXPECTED.search(unit.text, unit.start, unit.end) or (
                    _DENIED.search(unit.text, unit.start, unit.end)):
                break
            done = _DONE.search(unit.text, unit.start, unit.end)
            if done is None:
                break
            end = _tail_end(claim.text, m.end(), hi)
            # The evidence: the clause that ends the sentence, done.
            vs = clause_bounds(unit.text, done.start(), unit.start, unit.end)[0]
            return [Conflict("modality", m.start(), end, unit, vs, done.end(), claim.text[m.start():end],
                             unit.text[vs:done.end()])]
    return []


def _open_counterpart(words: list[str], aligned: list[Unit], proof: bool,
                      decided: bool, claim_body: str) -> Optional[tuple[Unit, int, int]]:
    """The first aligned sentence that holds most of ``words``, leaves the
    thing open and settles nothing itself: it and its open word (``proof``:
    against a claim of proof, a word that only reports will do; ``decided``:
    against a decision, a word of plan will not)."""
    for unit in aligned:
        body = unit.body
        held = sum(w in body for w in words)
        if held < MIN_HELD or held < HELD * len(words):
            continue
        # The last open word in a clause telling some of the words: an open
        # word of another clause (現在は延伸が計画されている) leaves another thing open.
        found, told = None, 0
        # (A supposition describing a noun, それまで安定と考えられていた
        # ビスマス209, tells what was held of it, which the sentence may go on to overturn.)
        opening = [m for m in OPEN.finditer(unit.text, unit.start, unit.end)
                   if not (decided and PLANNED.match(m.group())) and not describes_noun(unit, m.end())
                   and not _name_shared(unit, m.start(), m.end(), claim_body)]
        if not opening and proof:
            opening = list(REPORTED.finditer(unit.text, unit.start, unit.end))
        for m in opening:
            lo, hi = clause_bounds(unit.text, m.start(), unit.start, unit.end)
            if unit.text.endswith("は、", unit.start, lo):  # (its topic before the comma: 住居番号は、…可能性もある)
                lo = clause_bounds(unit.text, lo - 1, unit.start, unit.end)[0]
            # (A clause with a subject of its own the claim never names is about that.)
            if any(w in unit.text[lo:hi] for w in words) or not any(
                    s.group(1) not in words for s in _SUBJECT.finditer(unit.text, lo, m.start())):
                found, told = m, sum(w in unit.text[lo:hi] for w in words)
        # A word of proof in the sentence settles it, unless its clauses tell
        # fewer of the words than the open one (カラフトマスに食べられることが
        # 確かめられており、サクラマスについても…食べている可能性が指摘される).
        for m in SETTLED.finditer(unit.text, unit.start, unit.end):
            lo, hi = _with_clause_before(unit, m.start())
            if found is None or sum(w in unit.text[lo:hi] for w in words) >= told:
                return None
        return (unit, found.start(), found.end()) if found is not None else None
    return None


_NAME_CHARS = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-z・]*")


def _name_shared(unit: Unit, start: int, end: int, claim_body: str) -> bool:
    """The open word is part of a longer word the claim says too (国連環境計画
    in both): a name, no plan the details leave open."""
    lo = start
    while lo > unit.start and _NAME_CHARS.fullmatch(unit.text[lo - 1]):
        lo -= 1
    hi = _NAME_CHARS.match(unit.text, end, unit.end).end()
    return (lo < start or hi > end) and unit.text[lo:hi] in claim_body

