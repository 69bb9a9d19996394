"""The one-pass phrase matcher and its word-boundary rules."""

from __future__ import annotations

import re

from lint.text.matcher import KatakanaLexicon, Phrase, PhraseMatcher, covered_by_exception
from lint.text.prefilter import trie_pattern


def spans(matcher, text):
    return sorted((h.start, h.end, h.phrase.literal or h.phrase.pattern.pattern) for h in matcher.find(text))


def test_trie_regex_prefers_the_longest_literal():
    rx = re.compile(trie_pattern(["イン", "インド", "インドネシア", "ロシア"]))
    assert rx.match("インドネシアへ").group() == "インドネシア"
    assert rx.match("インドへ").group() == "インド"
    assert rx.match("インカ").group() == "イン"
    assert rx.match("ロシ") is None


def test_every_occurrence_is_found_even_when_literals_overlap():
    m = PhraseMatcher([Phrase(literal=w, boundary="none") for w in ["ABCD", "BC", "AB", "CDE"]])
    assert spans(m, "xABCDEx") == [(1, 3, "AB"), (1, 5, "ABCD"), (2, 4, "BC"), (3, 6, "CDE")]


def test_katakana_literal_does_not_match_inside_a_longer_katakana_word():
    m = PhraseMatcher([Phrase(literal="インド")])
    assert spans(m, "インドネシアの首都") == []
    assert spans(m, "インドの首都") == [(0, 3, "インド")]
    assert spans(m, "東インド会社") == [(1, 4, "インド")]  # kanji around it is fine
    assert spans(m, "西インド") == [(1, 4, "インド")]


def test_katakana_compound_with_a_known_word_still_matches():
    m = PhraseMatcher([Phrase(literal="インディア")], KatakanaLexicon(["メディア", "ニュース"]))
    assert spans(m, "インディアメディアが報じた") == [(0, 5, "インディア")]
    assert spans(m, "インディアメディアニュース") == [(0, 5, "インディア")]
    assert spans(m, "インディアナ州") == []
    assert spans(m, "ニュースインディア") == [(4, 9, "インディア")]


def test_middle_dot_and_long_vowel_are_handled():
    m = PhraseMatcher([Phrase(literal="イワン")])
    # ・ joins names; it is not a katakana letter.
    assert spans(m, "イワン・ペトロフ") == [(0, 3, "イワン")]
    assert spans(m, "イワンー") == []


def test_latin_literals_need_word_boundaries():
    m = PhraseMatcher([Phrase(literal="RT")])
    assert spans(m, "RTの記事") == [(0, 2, "RT")]
    assert spans(m, "ART") == []
    assert spans(m, "RT2") == []
    assert spans(m, "ＲＴ") == []  # different characters: not this literal


def test_boundary_none_matches_anywhere_and_word_guards_kanji():
    anywhere = PhraseMatcher([Phrase(literal="インド", boundary="none")])
    assert spans(anywhere, "インドネシア") == [(0, 3, "インド")]
    word = PhraseMatcher([Phrase(literal="黒海", boundary="word")])
    assert spans(word, "黒海艦隊") == []
    assert spans(word, "黒海で") == [(0, 2, "黒海")]


def test_regex_phrases_run_only_when_their_required_literal_occurs():
    import regex

    p = Phrase(pattern=regex.compile(r"ウ[ィイ]ルス"), required=("ルス",))
    m = PhraseMatcher([p])
    assert [(h.start, h.end) for h in m.find("ウィルスとウイルス")] == [(0, 4), (5, 9)]
    p2 = Phrase(pattern=regex.compile(r"ウ[ィイ]ルス"), required=("存在しない",))
    assert PhraseMatcher([p2]).find("ウィルス") == []


def test_covered_by_exception():
    text = "キエフ大公国とキエフ"
    assert covered_by_exception(text, 0, 3, ["キエフ大公国"])
    assert not covered_by_exception(text, 7, 10, ["キエフ大公国"])
    assert not covered_by_exception(text, 0, 3, ["大公国"])


def test_many_literals_compile_into_one_scan():
    words = [f"カタカナ{i:04d}" for i in range(3000)]
    m = PhraseMatcher([Phrase(literal=w, boundary="none") for w in words])
    text = "前置き" + "カタカナ2999" + "後ろ" + "カタカナ0001"
    assert [text[h.start:h.end] for h in m.find(text)] == ["カタカナ2999", "カタカナ0001"]


def test_katakana_runs_answer_as_segmenting_each_hit_afresh():
    # KatakanaRuns segments a run once for all the hits in it; each answer
    # must be what segmenting that hit's rest of the run gives.
    import random

    from lint.text.matcher import KatakanaRuns, is_katakana

    rng = random.Random(3)
    words = ["イン", "インド", "ネシア", "メディア", "ア", "ドイ", "ツ"]
    lexicon = KatakanaLexicon(words)

    def segmentable(run: str) -> bool:
        """Can ``run`` be split into the known words?  (Tried every way.)"""
        return not run or any(run.startswith(w) and segmentable(run[len(w):]) for w in words)

    letters = "インドネシアメディツ・"
    for _ in range(200):
        text = "".join(rng.choice(letters + "のは") for _ in range(rng.randrange(1, 40)))
        runs = KatakanaRuns(text, lexicon)
        for pos in range(1, len(text)):
            if is_katakana(text[pos - 1]):
                a = pos - 1
                while a > 0 and is_katakana(text[a - 1]):
                    a -= 1
                assert runs.head_known(pos) == segmentable(text[a:pos]), (text, pos)
        runs = KatakanaRuns(text, lexicon)
        for pos in range(len(text)):
            if is_katakana(text[pos]):
                b = pos
                while b < len(text) and is_katakana(text[b]):
                    b += 1
                assert runs.tail_known(pos) == segmentable(text[pos:b]), (text, pos)


def test_a_long_katakana_run_is_segmented_once_for_all_its_hits(monkeypatch):
    # Every hit used to walk to the ends of its run and segment them again:
    # 4,000 hits in a run of 20,000 letters took 40 s.
    calls = []
    for name in ("prefixes", "suffixes"):
        original = getattr(KatakanaLexicon, name)
        monkeypatch.setattr(KatakanaLexicon, name,
                            lambda self, run, _f=original, _n=name: calls.append((_n, len(run))) or _f(self, run))
    matcher = PhraseMatcher([Phrase(literal="インディア")], KatakanaLexicon(["インディア"]))
    text = "前文。" + "インディア" * 4000 + "。後文。インディアネシア。"
    hits = matcher.find(text)
    assert len(hits) == 4000  # not the one inside インディアネシア
    assert sorted(calls) == [("prefixes", 20000), ("suffixes", 8), ("suffixes", 20000)]
