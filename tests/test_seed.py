"""The acceptance checks on the real sample posts in ../shared/seeds."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import SEED, need_shared, run_yure
from lint.engine.batch import lint_texts


@pytest.fixture(scope="module")
def seed_text():
    need_shared(SEED)
    return SEED.read_text(encoding="utf-8")


def occurrences(text, word):
    return [m.start() for m in re.finditer(re.escape(word), text)]


def test_every_known_variant_is_reported_with_a_fix(seed_text, default_linter):
    found = lint_texts(default_linter, {"seed.txt": seed_text})
    spelling = {(d.location.start, d.location.end): d for d in found if d.category == "spelling"}
    expected = {"インディア": "インド", "ティモフェーエフ": "ティモフェエフ", "コンスタンティン": "コンスタンチン",
                "イワン": "イヴァン", "ブラックシー": "黒海"}
    counts = {w: 0 for w in expected}
    for word, replacement in expected.items():
        for start in occurrences(seed_text, word):
            d = spelling.get((start, start + len(word)))
            assert d is not None, (word, start)
            assert d.fix is not None and d.fix.replacement == replacement
            counts[word] += 1
    assert counts == {"インディア": 18, "ティモフェーエフ": 2, "コンスタンティン": 2, "イワン": 1, "ブラックシー": 1}


def test_untouched_seed_has_only_the_citation_fault_of_post_three(seed_text, default_linter):
    doc = default_linter.parse(seed_text, "seed.txt")
    found = lint_texts(default_linter, {"seed.txt": seed_text})
    structure = [d for d in found if d.category == "structure"]
    assert {d.rule for d in structure} == {"citation.duplicate-url", "citation.outlet"}
    third = doc.posts[2]
    for d in structure:
        assert third.start <= d.location.start < third.end
        assert seed_text[d.location.start:d.location.end].startswith("https://korybko.substack.com/")
    dup = [d for d in structure if d.rule == "citation.duplicate-url"][0]
    second = doc.posts[1]
    assert second.start <= dup.related[0].location.start < second.end


@pytest.mark.parametrize("post_index", range(5))
def test_removing_key_points_gives_exactly_one_structure_finding(seed_text, default_linter, post_index):
    doc = default_linter.parse(seed_text, "seed.txt")
    post = doc.posts[post_index]
    heading = post.section("要点")
    line_start = seed_text.rfind("\n", 0, heading.heading_start) + 1
    line_end = seed_text.index("\n", heading.heading_end) + 1
    edited = seed_text[:line_start] + seed_text[line_end:]
    # Findings are compared by rule and the text they point at (lines shift).
    before = {(d.rule, seed_text[d.location.start:d.location.end])
              for d in lint_texts(default_linter, {"s.txt": seed_text}) if d.category == "structure"}
    after = [d for d in lint_texts(default_linter, {"s.txt": edited}) if d.category == "structure"]
    new = [d for d in after if (d.rule, edited[d.location.start:d.location.end]) not in before]
    assert [d.rule for d in new] == ["sections.missing"]
    assert "要点" in new[0].message
    edited_doc = default_linter.parse(edited, "s.txt")
    assert edited_doc.post_at(new[0].location.start).index == post_index


def test_fix_on_a_copy_changes_only_the_reported_spans(seed_text, tmp_path):
    copy = tmp_path / "seed.txt"
    shutil.copyfile(SEED, copy)
    before = run_yure("check", "--format", "json", str(copy))
    assert before.code == 1
    reported = [d for d in before.json() if d["fix"] is not None and d["fix"]["safe"]
                and d["category"] == "spelling"]
    fixed = run_yure("check", "--fix", "--format", "json", str(copy))
    assert fixed.code == 1  # the citation fault and the contradictions have no safe fix
    remaining = fixed.json()
    # Spellings quoted from the other side (「…キエフ政権…」) carry only an unsafe fix.
    assert all(d["fix"] is not None and not d["fix"]["safe"] for d in remaining if d["category"] == "spelling")
    assert {d["rule"] for d in remaining} == {"citation.duplicate-url", "citation.outlet", "kyiv",
                                              "contradiction.polarity", "contradiction.entity",
                                              "contradiction.role"}
    after_text = copy.read_text(encoding="utf-8")
    assert not after_text.endswith("\n") and not seed_text.endswith("\n")
    # Rebuild the expected text from the reported spans alone.
    lines = seed_text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    expected = seed_text
    for d in sorted(reported, key=lambda d: (d["line"], d["column"]), reverse=True):
        start = starts[d["line"] - 1] + d["column"] - 1
        end = starts[d["end_line"] - 1] + d["end_column"] - 1
        expected = expected[:start] + d["fix"]["replacement"] + expected[end:]
    assert after_text == expected
    again = run_yure("check", "--fix", "--format", "json", str(copy))
    assert copy.read_text(encoding="utf-8") == after_text
    assert again.json() == remaining
