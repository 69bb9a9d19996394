"""An act the claim says was forgone, which the details tell as done.

A verb of forgoing names the act it denies (批准を見送った, 攻略に失敗した,
改宗を拒んだ).  When the details tell that act as done (批准している,
攻略した, 改宗した) and say nothing against it anywhere they name it (no
negation, no word of forgoing, failing or undoing in any clause holding
the act), the claim's denial has nothing to stand on: in a summary, a
forgone act is one the details tell of.

Pass (no finding)::

    要点: 日本はこの条約の批准を見送った。
    詳細: 日本は当初この条約を批准しなかったが、2010年に批准した。

Fail::

    要点: 日本は国際労働条約181号の批准を見送っている。
    詳細: 日本はこの181号を批准している。
"""

from __future__ import annotations

from typing import NamedTuple

from lint.cache.programs import compile_re
from lint.kinds.contradiction.being import same_word
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.denials import quoted
from lint.kinds.contradiction.polarity import NEGATION_HINT, unit_predicates
from lint.kinds.contradiction.predicates import FORGOING, Predicate, forgone
from lint.kinds.contradiction.same_acts import verb_starts_noun
from lint.kinds.contradiction.subjects import other_subject, subject_before
from lint.kinds.contradiction.units import Conflict, Unit, containing
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED
from lint.text.tokens import clause_bounds


# Words that undo, refuse or put off an act, beyond the plain negations:
# a detail clause with one of them may be what the claim's forgoing sums up.
_UNDOING = compile_re("否定|退け|却下|棄却|否決|撤回|中止|頓挫|白紙|廃案|断ら|断っ|辞退|延期|凍結|保留|先送|"
                      "失|反対|阻|叶わ|至らず|見合わ|取り下げ|取りや|打ち切|廃止|解除|終わ")

# An act: a verbal noun of kanji (批准, 改宗); of a compound the last two tell it (集会開催 → 開催).
_ACT = compile_re(f"[{KANJI_UNIFIED}]{{2,}}")
# An act not reached (受賞には至らなかった, 撲滅に至らず).
_NOT_REACHED = compile_re(f"([{KANJI_UNIFIED}]{{2,}})(?:に|には|にまでは)(?:至ら|いたら)(?:ず|なかっ|ない)")
# A verb's act forgone, with its object before it (紙面の質を高めることには失敗した).
_VERB_FORGONE = compile_re(f"([{KANJI_UNIFIED}]+)を[^、。]{{0,8}}?([{KANJI_UNIFIED}])([{HIRAGANA}]{{0,3}}?)"
                           f"(?:る|す|く|う|つ|ぶ|む|ぐ)(?:こと|の)(?:に|には|を|は|も)(?:{FORGOING})")


class Forgoing(NamedTuple):
    """An act the claim denies with a verb of forgoing: the act's word, the
    span to report, and the object the act is done to (for a verb's stem)."""

    act: str
    start: int
    end: int
    thing: str = ""


def _forgoings(claim: Unit) -> list[Forgoing]:
    found = [Forgoing(p.key, p.start, p.end) for p in forgone(claim.text, claim.start, claim.end)
             if not p.positive and not p.adnominal and _ACT.fullmatch(p.key)]
    found += [Forgoing(m.group(1), m.start(), m.end()) for m in _NOT_REACHED.finditer(claim.text, claim.start, claim.end)]
    found += [Forgoing(m.group(2), m.start(2), m.end(), m.group(1)[-2:])
              for m in _VERB_FORGONE.finditer(claim.text, claim.start, claim.end)]
    return found


def _told_against(act: str, details: list[Unit], cache: dict) -> bool:
    """Some detail clause that names the act says something against it."""
    for u in containing(details, (act,), cache):
        pos = u.text.find(act, u.start, u.end)
        while pos != -1:
            lo, hi = clause_bounds(u.text, pos, u.start, u.end)
            if NEGATION_HINT.search(u.text, lo, hi) or _UNDOING.search(u.text, lo, hi):
                return True
            pos = u.text.find(act, pos + 1, u.end)
    return False


def _done(f: Forgoing, u: Unit, cache: dict) -> Predicate | None:
    """The detail predicate of ``u`` that tells the act as done: the act
    itself (批准している) or a verb its first kanji is the stem of (降り /
    降伏, 選ばれ / 選定); a verb's stem with the claim's object before it."""
    act = f.act
    for p in unit_predicates(u, cache):
        if not p.positive or p.adnominal or p.unrealised:
            continue
        if f.thing:
            if p.key == act and f.thing in u.text[clause_bounds(u.text, p.start, u.start, u.end)[0]:p.start]:
                return p
        elif same_word(p.key, act) or act.endswith(p.key) and len(p.key) >= 2 or verb_starts_noun(p.key, act[-2:]):
            return p
    return None


def may_conflict(claim: Unit) -> bool:
    """The claim forgoes an act named by a verbal noun."""
    return bool(_forgoings(claim))


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the detail sentences aligned with the claim, best first."""
    out: list[Conflict] = []
    for f in _forgoings(claim):
        act = f.act
        if quoted(claim.text, f.start, claim.start, claim.end):
            continue
        # The claim says the act both ways, or the details do somewhere: nothing to stand on is not shown.
        if act in claim.text[f.end:claim.end] or _told_against(act[-2:], details, cache):
            continue
        lo, hi = clause_bounds(claim.text, f.start, claim.start, claim.end)
        subject = subject_before(claim, f.start, cache)
        found = []
        for rank, unit in enumerate(aligned):
            pe = _done(f, unit, cache)
            if pe is None or span_dated_apart(claim, lo, hi, unit, cache, or_sentence=True):
                continue
            # (A verb told for the act, 開いた for 開催: its own denials count too.)
            if pe.key != act and _told_against(pe.key, details, cache):
                continue
            if other_subject(claim, f.start, subject, unit, pe.start, cache):
                continue
            # The act's own word before a verb of its stem (批准した before 降り for 降伏).
            found.append((pe.key != act, rank, unit, pe))
        if found:
            _, _, unit, pe = min(found, key=lambda f: f[:2])
            out.append(Conflict("polarity", f.start, f.end, unit, pe.start, pe.end,
                                claim.text[f.start:f.end], unit.text[pe.start:pe.end]))
    return out
