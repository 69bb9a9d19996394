"""Event words: the verbal noun a word ends with (石油輸出国機構への加盟 →
加盟), words for one event (完成 / 竣工), the native verb of a verbal noun
(開催 / 開かれる), and the words that leave an event open (検討, 予定)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, KANJI_UNIFIED_FIRST, KANJI_UNIFIED_LAST, PLAIN_KATAKANA


# Words that leave an event open: intention, possibility, expectation.
OPEN_WORDS = ("検討", "計画", "構想", "予定", "見通", "見込", "目指", "模索", "準備", "視野", "可能性",
              "方針", "協議", "未定", "未完", "計画中", "交渉", "申請", "要請", "打診", "準備中", "画策",
              # (導入が議論されている, 制限が提案されている: weighed, not yet done.)
              "議論", "提案", "候補")


# Verbal nouns that name one event (完成 / 完遂 / 完了): compared as the first.
SAME_EVENT = [("完成", "完遂", "完了", "竣工", "完工"), ("加盟", "加入"), ("設立", "創設", "創立"),
              ("結成", "発足"), ("廃止", "撤廃"), ("合併", "統合"), ("開始", "着手"), ("成立", "制定")]
_CANONICAL = {word: group[0] for group in SAME_EVENT for word in group}
_FORMS = {group[0]: group for group in SAME_EVENT}


# Verbal nouns and the native verb that tells the same act (開催が計画 /
# 見本市が開かれる; 開設が検討 / 養生所が開かれた; 改正 / 改められた).
NATIVE_VERBS = {"開催": "v:開", "開設": "v:開", "開業": "v:開", "改正": "v:改", "改定": "v:改", "改称": "v:改",
                "設置": "v:設", "設立": "v:設", "建設": "v:建", "建造": "v:建", "採取": "v:採", "制定": "v:定",
                "移転": "v:移", "変更": "v:変", "作成": "v:作", "制作": "v:作"}


@lru_cache(maxsize=4096)
def event_of(word: str) -> Optional[str]:
    """The verbal noun a word ends with (words repeat: memoised)."""
    word = kanji_run_at_end(word[-4:])
    if word is None:
        return None
    word = word[-2:] if len(word) > 2 and word[-2:] not in OPEN_WORDS else word
    return _CANONICAL.get(word, word)


def forms_of(event: str) -> tuple[str, ...]:
    """How an event is written in a sentence (a verb by its stem)."""
    return _FORMS.get(event, (event[2:] if event.startswith("v:") else event,))


def kanji_run_at_end(text: str) -> Optional[str]:
    """The first run of two kanji or more (of the unified block) in ``text``, if it ends ``text``."""
    i, n = 0, len(text)
    while i < n:
        if KANJI_UNIFIED_FIRST <= text[i] <= KANJI_UNIFIED_LAST:
            j = i + 1
            while j < n and KANJI_UNIFIED_FIRST <= text[j] <= KANJI_UNIFIED_LAST:
                j += 1
            if j - i >= 2:
                return text[i:j] if j == n else None
            i = j
        i += 1
    return None


_OWNER = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})の$")


def owned_elsewhere(unit: Unit, at: int, claim_body: str) -> bool:
    """The event word at ``at`` is owned by a thing the claim never names
    (その交響曲の出版を計画 / 歌曲は…から出版されている): another event."""
    m = _OWNER.search(unit.text, max(unit.start, at - 12), at)
    return m is not None and m.group(1) not in claim_body
