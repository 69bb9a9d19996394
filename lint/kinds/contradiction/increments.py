"""Increments: a count of those added, a sum, a difference, are not the count itself.

「北欧の2か国が新たに加盟した」 counts the new members; 「加盟国は32か国に
達した」 counts them all.  「アメリカとの条約と合わせて五カ国条約」 sums;
「帰還は予定より3年遅れた」 is a difference, no span of anything, and
「危機から2年後」 an offset from an event.  A number
said as one of these is compared only with one said the same way.

    pass: 2か国が新たに加盟した / 加盟国は32か国に達した
    fail: 3か国が新たに加盟した / 新たに2か国が加わった
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import predicates
from lint.kinds.contradiction.quantities import Quantity
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

# Words of addition or of a sum near a count, in its clause.
_FRESH = r"新たに|新しく|追加"
_NEW_WORDS = _FRESH + r"|さらに|増え|増加"
ADDED = compile_re(_NEW_WORDS + r"|加わ|加え")
SUM = compile_re(r"合わせ|あわせ")
JOINING = compile_re(r"加わ|加え")
_REACHED = compile_re(r"(?:に|へと?|まで|と)[^、。をがは]{0,6}?(?:増え|増加|拡大|伸び|膨ら)")
_NEW_ONES = compile_re(_FRESH)
# A difference: the number right before a word of more or less (3年遅れた,
# 2時間早く, 1時間短縮した, 2割削減) or of a margin (4票差で).
DIFFERENCE = compile_re(r"(?:も|ほど)?(?:遅|早|長く|短く|多く|少なく|上回|下回|延び|縮ま|縮め|前倒|短縮|延長|削減|増や|減ら"
                        r"|引き[上下]げ)|差")
# An offset: a span counted from an event (2年後, 10年ぶり, 3日目), no span
# of the event itself (13日間).
OFFSET = compile_re(r"(?:以上|余り|あまり|ほど)?(?:後|前|ぶり|目)")
# How far from the number the words may stand (characters).
REACH = 12
CLAUSE_ENDS = "、。，,；;"


def _clause_around(u: Unit, q: Quantity) -> tuple[int, int]:
    text = u.text
    lo = max(max(text.rfind(c, u.start, q.start) for c in CLAUSE_ENDS) + 1, u.start, q.start - REACH)
    ends = [i for i in (text.find(c, q.end, u.end) for c in CLAUSE_ENDS) if i != -1]
    hi = min(min(ends, default=u.end), q.end + REACH)
    return lo, hi


def reading(u: Unit, q: Quantity) -> str:
    """How a number is said: "added" (新たに2か国), "sum" (合わせて五カ国),
    "difference" (3年遅れた), "offset" (危機から2年後), or "" for the thing itself."""
    if q.unit == "date":
        return ""
    if DIFFERENCE.match(u.text, q.end, u.end):
        return "difference"
    if OFFSET.match(u.text, q.end, u.end):
        return "offset"
    if not q.unit.startswith(("count:", "people")):
        return ""
    lo, hi = _clause_around(u, q)
    # …を加えた20か国: the count after the addition, a sum.
    if SUM.search(u.text, lo, hi) or u.text.endswith(("加えた", "加えて"), lo, q.start):
        return "sum"
    # The count others join (18か国に…が加わり) is the base, not those added.
    if u.text.startswith("に", q.end) and JOINING.search(u.text, q.end, hi):
        return ""
    # The count a growth reaches (23.5万人に増えた, 9.4万人と増えた) is the whole, not those added.
    if _REACHED.match(u.text, q.end, hi) and not _NEW_ONES.search(u.text, lo, hi):
        return ""
    return "added" if ADDED.search(u.text, lo, hi) else ""


# The word a verb takes right before it (洗礼を|受け).
_WORD_BEFORE = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}}(?:を|が|に|へ|で)?$")


def act_after(u: Unit, q: Quantity) -> Optional[tuple[str, str]]:
    """The act a number is said of: the first verb after it in its clause,
    with the word that verb takes (約3,000人が|洗礼を|受け: 洗礼を, 受)."""
    hi = clause_bounds(u.text, q.end, u.start, u.end)[1]
    for p in predicates(u.text, q.end, hi):
        word = _WORD_BEFORE.search(u.text, q.end, p.start)
        return (word.group(), p.key) if word else None
    return None


def same_act(a: Unit, q: Quantity, b: Unit, e: Quantity) -> bool:
    """Two numbers said of one act (約5,000人が…洗礼を受け / 約3,000人が
    洗礼を受けて仲間に加わった): a word of addition further on does not
    make the second a count of those added."""
    # (Not where the details say new (新たに12か国が批准して加わった) or the
    # claim says all (合計40か国): then one counts those added, one the whole.)
    lo, hi = _clause_around(b, e)
    if q.prefix in _TOTALS or _NEWLY.search(b.text, lo, hi) is not None:
        return False
    mine = act_after(a, q)
    return mine is not None and mine == act_after(b, e)


_NEWLY = compile_re(_NEW_WORDS)
_TOTALS = ("計", "合計", "総計", "総額")
