"""When a name rule's match is not a name to rewrite.

Rules for names (``name: true``, set for the bundled news names) meet
historical, quoted and parenthesised uses that a safe fix would spoil:
「ラングーン事件」 (an event's name), 「ルハンシク州（ロシア語名ルガンスク）」
(the other language's form, on purpose), 「ウラジミール・ケッペン」 (a
person whose name is spelled so, not the rule's person), 「太平洋戦争中…
ビルマ」 (the name of the time, before the rule's ``since`` year),
「ジョージアご グルジアご」 (names listed side by side), 「ルガンスク、ドネツクの
両人民共和国」 (states of the time, named together).
:func:`verdict` says, for one match, whether to report it as usual, with
an unsafe fix, or not at all.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable, Optional

from lint.cache.programs import compile_re
from lint.text.asides import in_brackets, listed_together, named_alternative
from lint.text.scripts import FULLWIDTH_KATAKANA, HIRAGANA

REPORT, UNSAFE, SILENT = "report", "unsafe", "silent"

# Kanji that make the name part of the name of an event, a treaty, a
# historical state or period: 「ラングーン事件」「ジュネーヴ協定」「ヴェネツィア共和国」.
# A regime or a system (キエフ政権, …体制) is named as it is today: not here.
_EVENT = compile_re(r"(?:事件|会議|事変|条約|協定|協約|議定書|宣言|会談|合意|憲章|戦争|紛争|戦役|の戦い|戦い|攻防戦|包囲戦|"
                    r"会戦|作戦|空襲|爆撃|暴動|蜂起|革命|虐殺|人民共和国|共和国|大公国|公国|王国|帝国|王朝|朝|時代|"
                    r"学派|楽派|派|包囲)")
_JOINED = compile_re(f"[{FULLWIDTH_KATAKANA}]+(?:[・＝=][{FULLWIDTH_KATAKANA}]+)+")
_YEAR = compile_re(r"(\d{3,4})年")
_CENTURY = compile_re(r"(\d{1,2})世紀")
# Words that set a sentence in the past.
_PAST = compile_re(r"かつて|当時|戦前|戦中|戦時|大戦|戦争中|植民地|旧|明治|大正|王朝|時代に|時代の")
_SENTENCE_END = "。！？!?\n"
# How far a sentence or a line is followed from a match: a line of
# megabytes with a name every few hundred characters must cost its length,
# not its length times its matches.
_REACH = 500


def _sentence(text: str, start: int, end: int) -> str:
    floor, ceiling = max(0, start - _REACH), min(len(text), end + _REACH)
    lo = max(text.rfind(c, floor, start) for c in _SENTENCE_END)
    hi = min((i for i in (text.find(c, end, ceiling) for c in _SENTENCE_END) if i >= 0), default=ceiling)
    return text[floor if lo < 0 else lo + 1:hi]


# 「ルガンスク、ドネツクの両人民共和国」: names coordinated under one head
# noun.  Between the name and 「両」 only a short list: no full stop, no
# word of more than two kana (a predicate).
_BOTH = compile_re(r"[^。！？\n]{0,30}?両")
_PREDICATE = compile_re(f"[{HIRAGANA}]{{3,}}")
# A language named as the label of a native spelling: 「グルジア語: …」.
_LABEL = compile_re(r"語[:：]")
# How far around a match other spellings are looked for.
_AROUND = 60


def _coordinated_event(text: str, end: int) -> bool:
    m = _BOTH.match(text, end)
    return bool(m and not _PREDICATE.search(m.group()) and _EVENT.match(text, m.end()))


def _listed(text: str, start: int, end: int, spellings: list[str]) -> bool:
    """Does the match stand in a list with another occurrence of the rule's spellings?"""
    line_start = max(text.rfind("\n", max(0, start - _AROUND), start) + 1, start - _AROUND)
    line_end = text.find("\n", end, end + _AROUND)
    line_end = min(len(text) if line_end < 0 else line_end, end + _AROUND)
    spans = [(start, end, "match")]
    for form in sorted(set(spellings), key=len, reverse=True):
        at = text.find(form, line_start, line_end)
        while at >= 0:
            if not any(s < at + len(form) and at < e for s, e, _ in spans):
                spans.append((at, at + len(form), form))
            at = text.find(form, at + 1, line_end)
    return 0 in listed_together(text, spans)


def _stray(text: str, start: int, end: int) -> bool:
    """A name left alone after a sentence, at the end of its line: a list that lost its brackets."""
    line_end = text.find("\n", end, end + _REACH)
    if line_end < 0 and end + _REACH < len(text):
        return False  # the line goes on
    rest = text[end:len(text) if line_end < 0 else line_end]
    return not rest.strip() and text[max(0, start - _REACH):start].rstrip(" \u3000").endswith("。")


def _historical(sentence: str, since: Optional[int]) -> bool:
    if since is None:
        return False
    sentence = unicodedata.normalize("NFKC", sentence)
    if any(int(y) < since for y in _YEAR.findall(sentence)):
        return True
    if any((int(c) - 1) * 100 < since for c in _CENTURY.findall(sentence)):
        return True
    return bool(_PAST.search(sentence))


def _longer_name(text: str, start: int, end: int) -> Optional[list[str]]:
    """The other parts of a ・-joined name the match is part of, or None."""
    lo = max(0, start - 40)
    for m in _JOINED.finditer(text, lo, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end() and (m.start(), m.end()) != (start, end):
            whole = m.group()
            inner = text[start:end]
            rest = whole[:start - m.start()] + whole[end - m.start():]
            return [p for p in re.split("[・＝=]", rest) if p and p not in inner]
    return None


def verdict(text: str, start: int, end: int, rule: Any, others: list[str], persons: Iterable[str]) -> str:
    """REPORT, UNSAFE or SILENT for a match of a name rule at ``[start, end)``;
    ``others``: the rule's literal spellings."""
    o = rule.options
    if named_alternative(text, start, end, others) or _listed(text, start, end, others):
        return SILENT
    if _LABEL.match(text, end) or _stray(text, start, end):
        return SILENT
    if in_brackets(text, start, end, "『", "』"):
        return SILENT  # a title of a work
    if o.get("since") is not None and (_EVENT.match(text, end) or _coordinated_event(text, end)):
        return SILENT  # a renamed place keeps its old name in events and states of the time
    parts = _longer_name(text, start, end)
    if parts is not None and rule.entity == "person":
        # A person's full name is the rule's person only when the rule set
        # knows the other names.
        if not (parts and all(p in persons for p in parts)):
            return SILENT
    elif parts is not None:
        return UNSAFE  # part of a longer proper noun (a title, a native name)
    if _historical(_sentence(text, start, end), o.get("since")):
        return SILENT
    if in_brackets(text, start, end, "「", "」"):
        return UNSAFE  # quoted: perhaps a title or the other form on purpose
    return REPORT


def person_names(spellings: Iterable[list[str]]) -> frozenset[str]:
    """The parts of the names (spellings of each person rule) the rule set knows."""
    out: set[str] = set()
    for forms in spellings:
        for form in forms:
            out.update(re.split("[・＝=]", form))
    return frozenset(out)
