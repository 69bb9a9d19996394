"""The contradiction check's character scans written in Python agree with
the regular expressions they stand for (those hold the kanji class, which
costs Python's ``re`` about a millisecond to compile at each use).

Each scan is compared, on generated strings of mixed scripts, with the
pattern it replaces, compiled here."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.kinds.contradiction.event_words import kanji_run_at_end as _kanji_run_at_end
from lint.kinds.contradiction.relations import _topic_after
from lint.text.tokens import last_word
from lint.kinds.contradiction.name_kinds import leading_name, name_ending
from lint.text.scripts import KANJI, KANJI_UNIFIED, KATAKANA, PLAIN_KATAKANA, KE, LATIN
from lint.text.tokens import CONTENT_RE

# Letters of every script the scans tell apart, and the edges of their classes:
# ヶ (kanji and katakana), 々 and an extension-B kanji (kanji, not unified),
# half-width katakana, ー, ・, full-width and ASCII Latin, a line break.
LETTERS = "漢字氏計画はがのたるいアイウヶーｱ・＝々\U00020B9FAz０Ｚ、。 \n"
texts = st.text(alphabet=LETTERS, max_size=14)

KANJI_CLASS = KANJI + KE
LAST_WORD = re.compile(f"(?:{CONTENT_RE.pattern})(?=[^{KANJI_CLASS}{KATAKANA}{LATIN}]*$)")
TOPIC_AFTER = re.compile(f"(?<=[{KANJI_UNIFIED}{PLAIN_KATAKANA}])は")
VERBAL_NOUN = re.compile(f"[{KANJI_UNIFIED}]{{2,}}")
LEADING_NAME = re.compile(f"^[{KATAKANA}・＝]{{3,}}(?P<ending>[{KANJI_CLASS}]{{1,3}})?$")


@settings(max_examples=200, deadline=None)
@given(texts)
def test_last_word_is_the_pattern_s_match(text):
    m = LAST_WORD.search(text)
    assert last_word(text) == (m.group() if m else "")


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(0, 14), st.integers(0, 14))
def test_topic_after_is_the_pattern_s_match(text, lo, hi):
    m = TOPIC_AFTER.search(text, lo, hi)
    assert _topic_after(text, lo, hi) == (m.start() if m else -1)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_kanji_run_at_end_is_the_pattern_s_match(text):
    m = VERBAL_NOUN.search(text)
    assert _kanji_run_at_end(text) == (m.group() if m and m.end() == len(text) else None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="アイウヶｱ・＝漢字石油々\U00020B9Fー\nA", max_size=9))
def test_name_ending_is_the_pattern_s_match(word):
    m = LEADING_NAME.match(word)
    assert name_ending(word) == (None if m is None else m.group("ending") or "")


def test_leading_name_examples():
    assert leading_name("スタンダード石油")
    assert leading_name("ルハーンシク")
    assert not leading_name("セウタ攻略")
    assert not leading_name("アイ石油")


CLASSING = {"見な", "みな", "位置づけ", "位置付け", "分類", "指定", "規定", "定義", "定め", "数え"}
JUDGED = re.compile(
    f"(?P<noun>[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}})(?:だ|である)?(?P<particle>と|とは|として|に|には|が|は|も)"
    r"(?P<verb>認め|見な|みな|含ま|含め|位置づけ|位置付け|分類|指定|規定|定義|定め|認定|登録|数え|求め|必要|義務付け|義務づけ)"
    r"(?P<tail>[ぁ-ゟ]*)"
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["許可", "国", "ア", "イウ", "ー", "が", "は", "と", "に", "だ", "である", "必要", "認め",
                                 "分類", "法", "ない", "られて", "いる", "、", "。", "ｱ", "々"]), max_size=12),
       st.integers(0, 6))
def test_judged_reads_the_pattern_s_matches(pieces, start):
    from lint.kinds.contradiction.classed import judged

    text = "".join(pieces)
    start = min(start, len(text))
    # (A verb of classing after が, は or も classes the noun itself: no predicate.)
    expected = [(m.group("noun"), m.start("noun"), m.end(), m.group("tail"))
                for m in JUDGED.finditer(text, start, len(text))
                if not (m.group("verb") in CLASSING and m.group("particle") in ("が", "は", "も")
                        and m.start("particle") == m.end("noun"))]
    assert [(p.key, p.start, p.end, p.tail) for p in judged(text, start, len(text))] == expected
