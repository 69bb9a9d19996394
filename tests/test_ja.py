"""Japanese text analysis: quantities, predicates and their polarity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.kinds.contradiction.numerals import parse_kanji_number
from lint.kinds.contradiction.quantities import DATE_RE, NUMERAL, QUANTITY_RE, compatible, extract
from lint.kinds.contradiction.being import existence
from lint.kinds.contradiction.predicates import is_negative_tail, predicates, split_prefix, with_means
from lint.text.tokens import CONTENT_RE, bigrams, clause_bounds


def q(text):
    found = extract(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, unit, value", [
    ("約11億ドル", "money:USD", 1.1e9),
    ("1600億円", "money:JPY", 1.6e11),
    ("1兆2000億円", "money:JPY", 1.2e12),
    ("三十人", "people", 30),
    ("二千五百万人", "people", 2.5e7),
    ("１，２００機", "count:機", 1200),
    ("7機", "count:機", 7),
    ("2時間半", "duration", 150),
    ("2時間30分", "duration", 150),
    ("150分", "duration", 150),
    ("30日間", "duration", 30 * 1440),
    ("1年半", "duration", 1.5 * 525600),
    ("18か月", "duration", 1.5 * 525600),
    ("3.5%", "percent", 3.5),
    ("2倍", "times", 2),
    ("4千ドル", "money:USD", 4000),
    ("1万7千ヘクタール", "area", 1.7e8),
    ("35万kW", "power", 3.5e8),
    ("3シーズン", "count:シーズン", 3),
    # A katakana counter before the kind of thing it describes is still a count.
    ("8ビット機", "count:ビット", 8),
    ("64ビット版", "count:ビット", 64),
])
def test_quantities_are_normalised(text, unit, value):
    found = q(text)
    assert found.unit == unit
    assert found.value == pytest.approx(value)


def test_equal_values_written_differently_are_compatible():
    assert compatible(q("約2時間半"), q("2時間30分"))
    assert compatible(q("2時間半"), q("150分"))
    assert compatible(q("1年半"), q("18か月"))
    assert compatible(q("約100人"), q("105人"))
    assert not compatible(q("30日間"), q("60日間"))
    assert not compatible(q("7機"), q("9機"))
    assert not compatible(q("約11億ドル"), q("約21億ドル"))


def test_ranges():
    assert compatible(q("20%以上"), q("25%"))
    assert not compatible(q("20%以上"), q("15%"))
    assert compatible(q("100人未満"), q("90人"))
    assert not compatible(q("100人未満"), q("100人"))
    assert not compatible(q("1000人を超える"), q("1000人"))
    # A little over a number is near it, not any number above it.
    assert compatible(q("40時間あまり"), q("45時間"))
    assert not compatible(q("40時間あまり"), q("約200時間"))


def test_dates_compare_by_the_parts_both_give():
    full = extract("2025年3月18日")[0]
    assert full.unit == "date" and full.date == (2025, 3, 18)
    assert compatible(full, extract("2025年3月に")[0])
    assert not compatible(full, extract("2025年3月19日")[0])
    assert compatible(full, extract("3月18日")[0])


def test_a_year_of_an_era_not_known_is_no_quantity():
    # 正暦4年 is the year 993, not four years; 平成5年 is known.
    assert extract("正暦4年ごろに出仕した") == []
    assert extract("平成5年に")[0].date == (1993, None, None)
    assert extract("創業4年目")[0].unit == "duration"
    # An era not known with a month keeps the month; a western gloss is the year.
    assert [q.date for q in extract("天明7年5月に")] == [(None, 5, None)]
    assert [q.date for q in extract("天保8年(1837年)に")] == [(1837, None, None)]


def test_a_year_before_1000_told_as_a_year():
    assert extract("784年に都が移った")[0].date == (784, None, None)
    assert extract("966年ごろの生まれ")[0].date == (966, None, None)
    assert extract("300年にわたって続いた")[0].unit == "duration"
    assert extract("約500年の歴史")[0].unit == "duration"


def test_words_that_start_with_a_numeral_are_not_numbers():
    assert extract("一部の計画と一方の案") == []
    assert parse_kanji_number("二〇二五") == 2025
    assert parse_kanji_number("千二百三十四") == 1234


@pytest.mark.parametrize("tail, negative", [
    ("している", False),
    ("していない", True),
    ("しているわけでもない", True),
    ("しないわけではない", False),
    ("しなかった", True),
    ("せず", True),
    ("しなければならない", False),
    ("するかもしれない", False),
    ("するにすぎない", False),
    ("できない", True),
    ("されていません", True),
    ("するのではないか", False),
    # ず after ま is a verb's own (沈まず, 休まずに), not the adverb まず.
    ("まずに", True),
    ("まず", True),
    ("してまず", False),
    # いずれ (each of them) after a verb's て: a word, no ず of negation.
    ("していずれも", False),
    ("していずれも成功せず", True),
])
def test_negation_parity(tail, negative):
    assert is_negative_tail(tail) is negative


def test_predicates_and_prefix_negation():
    found = predicates("国々は団結しているが、ロシアを支持しているわけではない。")
    assert [(p.key, p.positive) for p in found] == [("団結", True), ("支持", False)]
    assert [(p.key, p.positive) for p in predicates("情勢は不安定だ")] == [("安定", False)]
    assert split_prefix("不動産") == ("不動産", False)
    assert split_prefix("未解決") == ("解決", True)
    # A noun followed by a case particle is not a predicate.
    assert predicates("団結の重要性") == []


def test_two_verbal_nouns_joined_by_a_dot_share_the_tail():
    assert [(p.key, p.positive) for p in predicates("船は保存・公開されていない。")] == [("保存", False), ("公開", False)]
    # Only words that end right at the dot: a place before a verb is no act.
    assert [p.key for p in predicates("東京・大阪に進出した")] == ["進出"]


def test_an_act_of_a_means_lacked_or_not_used_is_not_done():
    def read(text):
        return [(p.key, p.positive) for p in with_means(text, predicates(text) + existence(text, 0, len(text)))]

    assert ("守", False) in read("産業を守る手段がなかった。")
    assert ("守", False) in read("産業を守るという手段も使えなかった。")
    # A means used says only that the act was tried: it stays a modifier.
    used = "産業を守るという手段を使った。"
    assert [p.adnominal for p in with_means(used, predicates(used)) if p.key == "守"] == [True]


def test_content_runs_and_bigrams():
    assert CONTENT_RE.findall("米国はNATOと協議、ティモフェエフ氏") == ["米国", "NATO", "協議", "ティモフェエフ", "氏"]
    assert bigrams("国防総省は") == {"国防", "防総", "総省"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789０１２.,，一二三十百千万億〇年月日時間分半約以上未満人ドル円%機。、のはがを前後", max_size=24))
def test_the_numeral_shortcut_never_hides_a_quantity(text):
    # extract() skips the scans when no numeral (or, for dates, no 月) is
    # present; every match the scans can make must contain one.
    for m in QUANTITY_RE.finditer(text):
        assert NUMERAL.search(m.group()), m.group()
    for m in DATE_RE.finditer(text):
        assert NUMERAL.search(m.group()) and "月" in m.group(), m.group()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789０１２.,，一二三十百千万億〇零年月日時間分半約以上未満人円。のは前後", max_size=24))
def test_numbers_start_only_outside_a_longer_number(text):
    """The patterns refuse to start inside a number (after a numeral, or a
    digit and a separator).  Defined here by the same patterns without that
    lookbehind, tried position by position, refusing such starts."""
    import re

    def inside_number(p):
        return p > 0 and (text[p - 1] in "0123456789０１２３４５６７８９〇一二三四五六七八九十百千万億兆"
                          or p > 1 and text[p - 1] in ",，.．" and text[p - 2] in "0123456789０１２３４５６７８９")

    for pattern, group in ((QUANTITY_RE, "amount"), (DATE_RE, None)):
        plain = re.compile(pattern.pattern.replace(
            r"(?<![0-9０-９〇一二三四五六七八九十百千万億兆])(?<![0-9０-９][,，.．])", ""))
        assert plain.pattern != pattern.pattern
        want, p = [], 0
        while p < len(text):
            m = plain.match(text, p)
            if m and not inside_number(m.start(group) if group else p):
                want.append(m.span())
                p = m.end()
            else:
                p += 1
        assert [m.span() for m in pattern.finditer(text)] == want, text



def test_numbers_inside_any_of_several_dates_are_not_quantities():
    # Each amount is looked up among the dates by bisection: the parts of
    # the first, a middle and the last date must all be left out.
    text = "2024年1月5日と2025年3月1日に3人、2026年12月31日に5人が来た。"
    found = extract(text)
    assert [q.surface for q in found if q.unit == "date"] == ["2024年1月5日", "2025年3月1日", "2026年12月31日"]
    assert [q.surface for q in found if q.unit != "date"] == ["3人", "5人"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2025年3月1日", "3月9日", "12月", "に", "3人", "5日間", "1,000円", "と", "約2"]),
                max_size=12))
def test_no_quantity_starts_inside_a_date(pieces):
    found = extract("".join(pieces))
    dates = [(q.start, q.end) for q in found if q.unit == "date"]
    for q in found:
        if q.unit != "date":
            assert not any(a <= q.number_start < b for a, b in dates), (pieces, q)


@pytest.mark.parametrize("text, word, clause", [
    ("東芝は約9,656億円の最終赤字を計上した。", "赤字", "東芝は約9,656億円の最終赤字を計上した"),
    ("東芝は約９，６５６億円の赤字を計上した。", "赤字", "東芝は約９，６５６億円の赤字を計上した"),
    ("売上は伸びたが,赤字を計上した。", "赤字", "赤字を計上した"),
    ("1998年、赤字を計上した。", "赤字", "赤字を計上した"),
])
def test_a_clause_runs_past_the_comma_that_groups_digits(text, word, clause):
    at = text.index(word)
    a, b = clause_bounds(text, at)
    assert text[a:b] == clause


def test_clause_bounds_agree_with_walking_letter_by_letter():
    """The clause found by searching for breaks is the one found by walking
    each way from the position until a break that groups no digits."""
    import random

    from lint.text.tokens import CLAUSE_BREAKS, _in_number

    def walked(text, pos, lo, hi):
        a = pos
        while a > lo and (text[a - 1] not in CLAUSE_BREAKS or _in_number(text, a - 1)):
            a -= 1
        b = pos
        while b < hi and (text[b] not in CLAUSE_BREAKS or _in_number(text, b)):
            b += 1
        return a, b

    letters = "あ漢カ、。,，1５\n:！"
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 24)))
        pos = rng.randint(0, len(text))
        lo, hi = rng.randint(0, pos), rng.randint(pos, len(text))
        assert clause_bounds(text, pos, lo, hi) == walked(text, pos, lo, hi), (text, pos, lo, hi)
