"""An act the claim says was forgone, which the details tell as done.

A verb of forgoing names the act it denies (批准を見送った, 攻略に失敗した,
改宗を拒んだ, 受賞には至らなかった).  When the details tell that act as done
(批准している, 攻略した, 改宗した), to the same thing and in a sentence
that holds most of the claim's clause, and say nothing against it anywhere
they name it (no negation, no word of forgoing, failing or undoing in any
sentence holding the act), the claim's denial has nothing to stand on: in
a summary, a forgone act is one the details tell of.

Pass (no finding)::

    要点: 日本はこの条約の批准を見送った。
    詳細: 日本は当初この条約を批准しなかったが、2010年に批准した。

    要点: 東洋電機は北海製紙の買収に失敗した。
    詳細: 東洋電機は翌年、南海化学を買収した。

Fail::

    要点: その作品は全国コンクールの最優秀賞の選定を逃した。
    詳細: その作品は昨年、全国コンクールの最優秀賞に選ばれた。
"""

from __future__ import annotations

from typing import NamedTuple

from lint.cache.programs import compile_re
from lint.kinds.contradiction.being import same_word
from lint.kinds.contradiction.dated import span_dated_apart
from lint.kinds.contradiction.denials import offer_declined, quoted
from lint.kinds.contradiction.polarity import NEGATION_HINT, unit_predicates
from lint.kinds.contradiction.predicates import FORGOING, Predicate, forgone
from lint.kinds.contradiction.restated import word_grams
from lint.kinds.contradiction.same_acts import verb_starts_noun
from lint.kinds.contradiction.subjects import other_subject, subject_before
from lint.kinds.contradiction.units import Conflict, Unit, containing
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds


# Words that undo, refuse or put off an act, beyond the plain negations:
# a detail sentence with one of them may be what the claim's forgoing sums up.
_UNDOING = compile_re("否定|退け|却下|棄却|否決|撤回|中止|頓挫|白紙|廃案|断ら|断っ|辞退|延期|凍結|保留|先送|持ち越|"
                      "失|反対|阻|叶わ|至らず|見合わ|取り下げ|取りや|打ち切|廃止|解除|終わ|防が|撤退|退却|敗れ|敗北|敗退")

# An act: a verbal noun of kanji (批准, 改宗); of a compound the last two tell it (集会開催 → 開催).
_ACT = compile_re(f"[{KANJI_UNIFIED}]{{2,}}")
# An act not reached (受賞には至らなかった, 撲滅に至らず).
_NOT_REACHED = compile_re(f"([{KANJI_UNIFIED}]{{2,}})(?:に|には|にまでは)(?:至ら|いたら)(?:ず|なかっ|ない)")
# A verb's act forgone, with its object before it (紙面の質を高めることには失敗した).
_VERB_FORGONE = compile_re(f"([{KANJI_UNIFIED}]+)を[^、。]{{0,8}}?([{KANJI_UNIFIED}])([{HIRAGANA}]{{0,3}}?)"
                           f"(?:る|す|く|う|つ|ぶ|む|ぐ)(?:こと|の)(?:に|には|を|は|も)(?:{FORGOING})")
# What an act is done to or is about, right before it (北海製紙の|買収, 清への|降伏,
# 事業に|選ば, 扱いについて|合意).
_THING_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー0-9０-９]{{2,}}|[{KANJI_UNIFIED}]+[{HIRAGANA}])"
                           f"(?:の|への|に|との|を|について|に関して|をめぐって|での)$")
_KANA_TAIL = compile_re(f"[{HIRAGANA}]*")


class Forgoing(NamedTuple):
    """An act the claim denies with a verb of forgoing: the act's word, the
    span to report (the verb's tail with it), and what the act is done to,
    when the claim says it."""

    act: str
    start: int
    end: int
    thing: str


def _forgoing(claim: Unit, act: str, start: int, end: int, act_start: int, thing: str = "") -> Forgoing:
    if not thing:
        m = _THING_BEFORE.search(claim.text, max(claim.start, act_start - 16), act_start)
        # (…or the head of a compound: 集会|開催, 新駅|建設.)
        thing = m.group(1) if m else act[:-2] if len(act) >= 4 else ""
    return Forgoing(act, start, _KANA_TAIL.match(claim.text, end, claim.end).end(), thing)


def _forgoings(claim: Unit, cache: dict) -> list[Forgoing]:
    """The claim's forgone acts, once per post (the gate and the comparison both ask)."""
    key = ("forgoings", claim.start, claim.end)
    found = cache.get(key)
    if found is not None:
        return found
    text = claim.text
    found = [_forgoing(claim, p.key, p.start, p.end, p.start) for p in forgone(text, claim.start, claim.end)
             if not p.positive and not p.adnominal and _ACT.fullmatch(p.key)]
    found += [_forgoing(claim, m.group(1), m.start(), m.end(), m.start())
              for m in _NOT_REACHED.finditer(text, claim.start, claim.end)]
    found += [_forgoing(claim, m.group(2), m.start(2), m.end(), m.start(2), m.group(1))
              for m in _VERB_FORGONE.finditer(text, claim.start, claim.end)]
    cache[key] = found
    return found


def _told_against(act: str, details: list[Unit], cache: dict) -> bool:
    """Some detail clause that names the act, or a clause beside it, says
    something against it (計画を取り下げ、…建設した; 持ち越された; a negation)."""
    for u in containing(details, (act,), cache):
        pos = u.text.find(act, u.start, u.end)
        while pos != -1:
            lo, hi = clause_bounds(u.text, pos, u.start, u.end)
            lo = clause_bounds(u.text, lo - 2, u.start, u.end)[0] if lo - 2 >= u.start else lo
            hi = clause_bounds(u.text, hi + 1, u.start, u.end)[1] if hi + 1 < u.end else hi
            if NEGATION_HINT.search(u.text, lo, hi) or _UNDOING.search(u.text, lo, hi):
                return True
            pos = u.text.find(act, pos + 1, u.end)
    return False


def _done(f: Forgoing, u: Unit, cache: dict, failed: bool = False) -> Predicate | None:
    """The detail predicate of ``u`` that tells the act as done to the
    claim's thing: the act itself (批准している), or, when the claim names
    what the act is done to, a verb its first kanji is the stem of (清に降り /
    清への降伏, 事業に選ばれ / 事業の選定)."""
    act = f.act
    for p in unit_predicates(u, cache):
        if not p.positive or p.adnominal or p.unrealised:
            continue
        exact = same_word(p.key, act) or act.endswith(p.key) and len(p.key) >= 2 or _carried_out(act, u, p, failed)
        if not (exact or f.thing and (verb_starts_noun(p.key, act[-2:]) or len(act) == 1 and p.key == act)):
            continue
        if f.thing and not word_grams(f.thing) & word_grams(u.text[slice(*clause_bounds(u.text, p.start, u.start, u.end))]):
            continue  # done to another thing (南海化学を買収した / 北海製紙の買収)
        return p
    return None


# Verbs that carry out, try or announce the act named before them
# (直訴を試みた, 公演を行い, 辞任を表明した).
_CARRYING_OUT = frozenset(("行", "試", "表明", "実施", "実行", "果", "遂", "敢行"))
# Verbs of an act tried and not brought about, which trying agrees with (登頂に失敗した / 登頂を試みた).
_FAILING = ("失敗", "逃", "断念")


def _carried_out(act: str, u: Unit, p: Predicate, failed: bool) -> bool:
    """``p`` carries out the act named right before it, with を or が (trying
    it carries out nothing an act failed denies)."""
    if p.key not in _CARRYING_OUT or failed and p.key == "試":
        return False
    head = act[-2:]
    return u.text.endswith((head + "を", head + "が"), u.start, p.start)


# A clause that tells from when the next one holds (…てから、).
_SINCE = ("てから", "でから", "以降", "以後", "以来", "のち")
# Who a clause is about, which says nothing of when (彼は体を壊してから).
_PERSONS = frozenset({"彼", "彼女", "彼ら"})


def may_conflict(claim: Unit, cache: dict) -> bool:
    """The claim forgoes an act named by a verbal noun."""
    return bool(_forgoings(claim, cache))


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cache: dict) -> list[Conflict]:
    """``aligned``: the detail sentences aligned with the claim, best first."""
    out: list[Conflict] = []
    for f in _forgoings(claim, cache):
        act = f.act
        if quoted(claim.text, f.start, claim.start, claim.end):
            continue
        # The claim says the act both ways, or the details do somewhere: nothing to stand on is not shown.
        if act in claim.text[f.end:claim.end] or _told_against(act[-2:], details, cache):
            continue
        lo, hi = clause_bounds(claim.text, f.start, claim.start, claim.end)
        # A clause before that tells from when (体を壊してから、…控えた): the
        # details must tell that time too.
        since = frozenset()
        if lo > claim.start and claim.text.endswith(_SINCE, claim.start, lo - 1):
            since = word_grams(claim.text[clause_bounds(claim.text, lo - 2, claim.start, claim.end)[0]:lo])
        subject = subject_before(claim, f.start, cache)
        found = []
        failed = any(v in claim.text[f.start:f.end] for v in _FAILING)
        for rank, unit in enumerate(aligned):
            pe = _done(f, unit, cache, failed)
            if pe is None or span_dated_apart(claim, lo, hi, unit, cache, or_sentence=True):
                continue
            if offer_declined(claim, f.start, f.end, unit, pe):
                continue
            if since and not since - _PERSONS <= word_grams(unit.body):
                continue
            # (A verb told for the act, 開いた for 開催: its own denials count too.)
            if pe.key != act and _told_against(pe.key, details, cache):
                continue
            if other_subject(claim, f.start, subject, unit, pe.start, cache):
                continue
            # The act's own word before a verb of its stem (批准した before 降り for 降伏).
            found.append((pe.key != act, rank, unit, pe))
        if found:
            _, _, unit, pe = min(found, key=lambda candidate: candidate[:2])
            out.append(Conflict("polarity", f.start, f.end, unit, pe.start, pe.end,
                                claim.text[f.start:f.end], unit.text[pe.start:pe.end]))
    return out
