"""Where a text names a spelling on purpose: alternatives, readings, titles.

「ヴァイオリン（バイオリンとも表記される）」, 「キシナウ（キシニョフ）」,
「ルハンシク州（ロシア語名ルガンスク）」, 「ブカレスト、ブクレシュティ」:
the second spelling is given as another name, not written by mistake.
「ビルマ暦（ビルマれき）」 repeats a term to give its reading, and
「ボーカル、ヴォーカル」 or 「イスラムほう）、イスラーム」 list spellings side
by side.  These helpers look at the characters around a span; they never
parse.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from lint.cache.programs import compile_re
from lint.text.scripts import FULLWIDTH_KATAKANA, HIRAGANA, KANJI

OPEN, CLOSE = "（(", "）)"
# How far back an enclosing parenthesis is looked for.
REACH = 40
# Inside a parenthesis, before the span: a language, a former or other name.
_NAMES_MARKER = compile_re(r"語|旧|称|名|綴|表記|別|現地|原|英|略|読み|ラテン文字|[:：]")
# After the span: 「…とも表記される」「…とも呼ばれる」.
_ALSO = compile_re(rf"[」』]?とも(?:表記|書|呼|称|い[うわ]|言|訳|綴|[）)、。])|[{KANJI}]{{0,3}}と(?:表記|綴|記載)"
                   # the span as the head of a term or the first of a list of
                   # spellings: 「サヴァナ気候とも呼ばれる」「オーボー、オーボワとも」
                   rf"|[ \t\u3000]*[{KANJI}]{{0,3}}(?:[、，・][{FULLWIDTH_KATAKANA}]+[{KANJI}]{{0,3}})*[」』]?"
                   r"(?:など)?とも(?:表記|書|呼|称|い[うわ]|言|訳|綴)"
                   # a name introduced as such, or glossed with its original:
                   # 「カルバンという名称」「ペンシルバニア大学、英: …」
                   r"|[ \t\u3000]*という(?:名称|名前|呼称|呼び名|通称|組織名|名)"
                   rf"|[{KANJI}]{{0,3}}[、,（(]?[ \t\u3000]*(?:英|仏|独|[{KANJI}]{{1,4}}語)[:：]")
# Before the span: 「または」「旧称」「通称」…
_BEFORE = compile_re(r"(?:または|あるいは|もしくは|ないし|旧称|旧名|別名|別称|通称|略称|異表記|"
                     rf"[{FULLWIDTH_KATAKANA}{KANJI}]語(?:名|では|で|表記)?)[、\s\u3000]?$")
# Separators of an apposition: 「ブカレスト、ブクレシュティ」.
_APPOSITION = "、，,/／。 \u3000"
_HIRAGANA_READING = compile_re(f"[{HIRAGANA}]+[）)]")


def enclosing_paren(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """(open, close) of the parenthesis on the same line that holds the span, if any."""
    depth = 0
    i = start - 1
    lo = max(0, start - REACH)
    while i >= lo and text[i] != "\n":
        c = text[i]
        if c in CLOSE:
            depth += 1
        elif c in OPEN:
            if depth == 0:
                break
            depth -= 1
        i -= 1
    else:
        return None
    if i < lo or text[i] not in OPEN:
        return None
    j = end
    hi = min(len(text), end + REACH * 2)
    depth = 0
    while j < hi and text[j] != "\n":
        c = text[j]
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            if depth == 0:
                return i, j
            depth -= 1
        j += 1
    return None


def _ends_with_any(text: str, pos: int, words: Iterable[str], slack: int = 2) -> bool:
    """Does one of ``words`` end at ``pos``, or up to ``slack`` kanji before it (キシナウ市（…）)?"""
    for w in words:
        if not w:
            continue
        for gap in range(slack + 1):
            at = pos - gap
            if gap and not re.match(f"[{KANJI}]{{{gap}}}", text[at:pos]):
                break
            if text.startswith(w, at - len(w)):
                return True
    return False


_NAME_PARTS = compile_re(rf"[{FULLWIDTH_KATAKANA}・＝=\s\u3000]*")
_WORD_BEFORE = compile_re(f"[{FULLWIDTH_KATAKANA}{KANJI}]$")


def named_alternative(text: str, start: int, end: int, others: Optional[Iterable[str]] = None) -> bool:
    """Is ``text[start:end]`` given as another name or spelling of something?

    ``others`` are the spellings it would be an alternative to (a rule's
    expected form and patterns); None stands for any word, for a
    parenthesis only (not an apposition).  A span is an alternative
    when a parenthesis right after one of them holds it, when it is marked
    as such (「…とも表記」「ロシア語名…」「旧称…」「または…」), or when it
    stands in apposition right after one of them (「ブカレスト、ブクレシュティ」).
    A term repeated in a parenthesis to give its reading (「ビルマ暦（ビルマれき）」)
    counts as well.
    """
    others = None if others is None else [o for o in others if o]
    if _ALSO.match(text, end) or _BEFORE.search(text, max(0, start - 12), start):
        return True
    paren = enclosing_paren(text, start, end)
    if paren is not None:
        open_, close = paren
        inside_before = text[open_ + 1:start]
        if _NAMES_MARKER.search(inside_before):
            return True
        if others is not None and _NAME_PARTS.fullmatch(inside_before) and _ends_with_any(text, open_, others):
            return True  # 「ヴィエンチャン都（ナコーンルアン・ヴィエンチャン）」: the name in full
        if not inside_before.strip():
            surface = text[start:end]
            if others is None and _WORD_BEFORE.search(text, max(0, open_ - 1), open_):
                return True
            # The same term right before the parenthesis: a reading or a gloss.
            if surface in text[max(0, open_ - 12):open_] and _HIRAGANA_READING.match(text, end):
                return True
        return False
    if others is None:
        return False
    i = start
    while i > 0 and text[i - 1] in _APPOSITION:
        i -= 1
    return i < start and _ends_with_any(text, i, others, slack=0)


# What may stand between two terms listed side by side: separators, list
# words, the rest of a full name, a reading in hiragana (「ペルシアご」), or
# the kanji of a term and the parenthesis of its reading (「イスラム法（」).
# Never a predicate, nor a full stop: the writer who slips uses the other
# spelling in another clause.
_LIST_GAP = compile_re(r"(?:[、，,・/／ \t\u3000「」『』（）():：]"
                       r"|または|又は|あるいは|或いは|もしくは|ないし|および|及び|のほか"
                       rf"|[・＝=][{FULLWIDTH_KATAKANA}]+"  # 「デイビッド・ボウイ、デイヴィッド」
                       rf"|[{KANJI}]{{1,3}}(?=[（(])|[{HIRAGANA}]{{1,8}}(?=[、，,）)。 \t\u3000]|$))*")
# Terms further apart than this are not one list.
LIST_REACH = 12


def listed_together(text: str, spans: list[tuple[int, int, str]]) -> set[int]:
    """Which of ``spans`` (start, end, form) stand in one list with a span of another form.

    Spans whose gaps are list gaps (:data:`_LIST_GAP`, at most
    :data:`LIST_REACH` characters on one line) form a chain; a chain that
    holds two forms gives them side by side on purpose: 「インスツルメンタル、
    インストルメンタル」, 「ジョージアごグルジアご…」, 「イスラム法（イスラムほう）、
    イスラーム法（イスラームほう）」.
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i][:2])
    out: set[int] = set()
    chain: list[int] = []
    for i in order + [-1]:
        if i >= 0 and chain:
            gap_start, gap_end = spans[chain[-1]][1], spans[i][0]
            if 0 <= gap_end - gap_start <= LIST_REACH and _LIST_GAP.fullmatch(text, gap_start, gap_end):
                chain.append(i)
                continue
        if len({spans[j][2] for j in chain}) > 1:
            out.update(chain)
        chain = [i]
    return out


# How far from a span its brackets are looked for, on its line.
BRACKET_REACH = 400


def in_brackets(text: str, start: int, end: int, open_: str, close: str) -> bool:
    """Is the span inside ``open_`` … ``close`` on its line (within reach)?"""
    floor = max(0, start - BRACKET_REACH)
    line_start = text.rfind("\n", floor, start) + 1 or floor
    before = text[line_start:start]
    i = before.rfind(open_)
    if i < 0 or close in before[i:]:
        return False
    ceiling = min(len(text), end + BRACKET_REACH)
    line_end = text.find("\n", end, ceiling)
    return close in text[end:ceiling if line_end < 0 else line_end]
