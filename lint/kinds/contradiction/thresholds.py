"""Thresholds: two sides of one boundary are no contradiction.

「樹齢1,000年以上の杉を屋久杉と呼び、それより若いものは小杉と呼ぶ」
and 「樹齢1,000年未満の杉は小杉」 name the same value with bounds that
face each other: a definition tells both sides of its threshold, so a claim
may pick either.

    pass: 1,000年未満 / 1,000年以上
    pass: 耐用年数の40年を過ぎた水道管 / 耐用年数は40年
    fail: 12%を下回った / 12%を超えた (what a measure did)
"""

from __future__ import annotations

from lint.kinds.contradiction.quantities import INF, Quantity
from lint.kinds.contradiction.units import WORD_RUN



def _open_side(q: Quantity) -> int:
    """1 for a bound from below (以上, 超), -1 from above (未満, 以下), 0 for none."""
    if q.high == INF and q.low != -INF:
        return 1
    if q.low == -INF and q.high != INF:
        return -1
    return 0


# Bounds that set a category (以上, 未満); verbs of crossing (を超えた,
# を下回った) tell what a measure did, and two of them do disagree.
CATEGORY_BOUNDS = ("以上", "以下", "未満", "超")


# Nouns a bound picks out a part with (2,500万円を超える部分): the bound names
# the threshold, and states no measure.
_PARTS = ("部分", "分", "額", "金額", "範囲", "場合")


def same_threshold(a: Quantity, b: Quantity, a_text: str = "") -> bool:
    """One value, bounded from the two sides (1,000年未満 / 1,000年以上), or
    ``a`` a bound that picks out a part (in ``a_text``) and ``b`` its value."""
    if a.unit != b.unit or a.value != b.value:
        return False
    if _open_side(a) * _open_side(b) == -1 and a.suffix in CATEGORY_BOUNDS and b.suffix in CATEGORY_BOUNDS:
        return True
    after = a.end + 1 if a_text.startswith("の", a.end) else a.end
    if not a_text or _open_side(a) == 0 or _open_side(b) != 0:
        return False
    # A crossing verb that modifies a noun (40年を過ぎた水道管, 65歳を超える人,
    # 50キロに届かない車両) picks out those past the value, which the details
    # may give alone.
    return a_text.startswith(_PARTS, after) or (
        a.suffix.endswith(("る", "た", "ない")) and WORD_RUN.match(a_text, a.end) is not None
        and not a_text.startswith(_STATES, a.end))


# Nouns after a crossing verb that say when or how the measure itself stood
# (30%を下回った状態が続いた, 100キロを超えた時期もあった): no group picked out.
_STATES = ("状態", "状況", "時期", "期間", "時", "頃", "年", "月", "日", "週", "水準", "値", "局面", "段階", "程度", "事態",
           "速度", "速さ", "規模", "高さ", "長さ", "重さ", "大きさ", "小さな", "小規模")


