"""Kanji verbs planned or done: 入る予定 against 入った, 向かう計画
against 向かっている.  An event named by a verb's stem is compared by that
stem: the same stem, with the same arguments, is the same act.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.chunks import Chunk
from lint.text.scripts import KANJI_UNIFIED_FIRST, KANJI_UNIFIED_LAST


# A verb's ending before an open word (入る予定, 向かう計画), and the endings
# of the same verb done (入った, 入っている).
VERB_BEFORE_OPEN = ("る", "う", "く", "す", "つ", "む", "ぶ", "ぐ", "ける", "せる", "れる", "える", "める", "てる")
VERB_DONE = compile_re(r"(?:[っいんしきぎりびみちえけせてれめべげね]|られ|され)(?:た|たが|ている|ていた|ており|てお)"
                       # …and a passive, done or done each time (開かれた, 年に一度開かれる).
                       r"|[かたまらわがば]れ(?:た|たが|ている|ていた|ており|る)")
VERB_OPEN_WORDS = ("予定", "計画", "見込", "見通", "方針", "可能性", "構想")
# A verb made a thing (設けること) before a word of weighing it.
_MADE_A_THING = compile_re("(.+)こと(?:を|が|も)")
THING_OPEN_WORDS = VERB_OPEN_WORDS + ("検討", "模索", "協議", "画策", "議論", "提案")
# A verb's stem form before 、 tells what happened next in a narrative
# (軌道に入り、観測を始めた).
CONTINUATIVE = ("り", "い", "き", "ぎ", "し", "ち", "み", "び", "に", "え", "け", "せ", "て", "れ", "め", "べ", "げ")


def verb_state(found: list[Chunk], k: int) -> Optional[tuple[str, int, int, bool]]:
    """A kanji verb planned or done (入る予定 / 入った), as an event named by
    its stem: the same stem, with the same arguments, is the same act."""
    c = found[k]
    if not (1 <= len(c.word) <= 2 and KANJI_UNIFIED_FIRST <= c.word[-1] <= KANJI_UNIFIED_LAST):
        return None
    event = "v:" + c.word
    nxt = found[k + 1] if k + 1 < len(found) else None
    # (…in any voice: 開かれる予定.)
    if (c.grammar.endswith(VERB_BEFORE_OPEN) and nxt is not None and nxt.clause == c.clause
            and nxt.start == c.end + len(c.grammar) and nxt.word.startswith(VERB_OPEN_WORDS)):
        return event, c.start, nxt.end, True
    # The verb made the thing considered (設けることを検討している).
    thing = _MADE_A_THING.fullmatch(c.grammar)
    if (thing is not None and thing.group(1) in VERB_BEFORE_OPEN and nxt is not None and nxt.clause == c.clause
            and nxt.start == c.end + len(c.grammar) and nxt.word.startswith(THING_OPEN_WORDS)):
        return event, c.start, nxt.end, True
    end = c.end + len(c.grammar)
    if VERB_DONE.fullmatch(c.grammar) or c.grammar in CONTINUATIVE and nxt is not None and nxt.clause != c.clause:
        return event, c.start, end, False
    return None
