"""The source-date kind beyond its fixtures (tests/kinds/source-date/):
where a finding points, option checks, and what it reports on real posts
whose source dates are moved."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from conftest import SHARED, make_linter, need_shared

from lint.engine.batch import lint_texts
from lint.errors import RuleFileError

RULE = "rules:\n  - id: source-date\n    kind: source-date\n"


def _findings(tmp_path, text, rules=RULE, path="post.txt"):
    return lint_texts(make_linter(rules, tmp_path), {path: text})


def test_a_finding_spans_the_date_and_points_at_the_post_timestamp(tmp_path):
    text = ("水門の点検2024年07月01日 06:45\n【引用・参照・底本】\n"
            "Floodgate inspection Example Wire 2024年7月3日（水）\nhttps://wire.example.org/gate\n")
    (diag,) = _findings(tmp_path, text)
    assert diag.rule == "source-date.future"
    assert text[diag.location.start:diag.location.end] == "2024年7月3日"
    assert (diag.location.line, diag.location.column) == (3, 35)
    assert diag.fix is None
    (rel,) = diag.related
    assert rel.text == "2024年07月01日 06:45" and rel.location.line == 1
    assert "2024年7月3日" in diag.message and "2024年07月01日 06:45" in diag.message


def test_the_old_subcode_says_how_old(tmp_path):
    rules = RULE + "    max_age_days: 10\n"
    text = ("水門の点検2024年07月01日 06:45\n【引用・参照・底本】\n"
            "Floodgate plan Example Wire 2024.06.01\nhttps://wire.example.org/plan\n")
    (diag,) = _findings(tmp_path, text, rules)
    assert diag.rule == "source-date.old"
    assert "30日前" in diag.message and "10日" in diag.message
    assert _findings(tmp_path, text) == []


@pytest.mark.parametrize("option, value", [("utc_offset", "15"), ("utc_offset", "-13"), ("max_age_days", "0"),
                                           ("max_age_days", "ten")])
def test_options_out_of_range_stop_loading(tmp_path, option, value):
    with pytest.raises(RuleFileError) as caught:
        make_linter(RULE + f"    {option}: {value}\n", tmp_path)
    assert caught.value.line == 4
    assert option in str(caught.value)


# -- real posts, with their source dates moved --------------------------------

POST_FILES = [SHARED / "seeds" / "000_579c7d98fbda4370.txt",
              *sorted((SHARED / "contradiction" / "posts-dev").glob("*.txt")),
              SHARED / "corpora" / "jglue-jsquad-wikipedia" / "jsquad-as-posts.txt"]
TITLE = re.compile(r"(\d{4})年(\d{2})月(\d{2})日[ \t]*(\d{2}):(\d{2})[ \t]*$")
SOURCE_DATE = re.compile(r"(?<=[ \t])\d{4}\.\d{2}\.\d{2}(?=[ \t]*$)")


def _real_posts() -> dict[str, str]:
    for path in POST_FILES:
        need_shared(path)
    return {str(p): p.read_text(encoding="utf-8") for p in POST_FILES}


def _moved(text: str, days: int, show) -> tuple[str, dict[int, datetime]]:
    """``text`` with each source date replaced by its post's day plus ``days``;
    the 1-based line numbers changed, with the post time each belongs to."""
    lines = text.split("\n")
    posted = None
    changed = {}
    for i, line in enumerate(lines):
        title = TITLE.search(line)
        if title:
            posted = datetime(*map(int, title.groups()))
            continue
        found = SOURCE_DATE.search(line)
        if found and posted is not None:
            day = posted.date() + timedelta(days=days)
            lines[i] = line[:found.start()] + show(day) + line[found.end():]
            changed[i + 1] = posted
    return "\n".join(lines), changed


FORMATS = {
    "dots": lambda d: f"{d.year}.{d.month:02}.{d.day:02}",
    "slashes": lambda d: f"{d.year}/{d.month}/{d.day}",
    "kanji": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "english": lambda d: f"{d:%B} {d.day}, {d.year}",
}


@pytest.fixture(scope="module")
def real_posts():
    return _real_posts()


@pytest.fixture(scope="module")
def bundled():
    from lint.engine import Linter
    from lint.engine.selection import Selection
    from lint.ruleset.load import load_rules

    return Linter(load_rules([]), Selection(["source-date"], []))


def test_real_posts_cite_no_source_from_their_future(real_posts, bundled):
    assert [d for d in lint_texts(bundled, real_posts) if d.rule.startswith("source-date")] == []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_sources_moved_past_their_posts_are_reported_line_by_line(real_posts, bundled, fmt):
    texts, changed = {}, {}
    for path, text in real_posts.items():
        texts[path], changed[path] = _moved(text, 2, FORMATS[fmt])
    assert sum(map(len, changed.values())) >= 100
    found = {(d.location.path, d.location.line) for d in lint_texts(bundled, texts)}
    assert found == {(path, line) for path, lines in changed.items() for line in lines}


def test_a_source_one_day_ahead_is_reported_unless_the_post_was_written_late(real_posts, bundled):
    texts, expected = {}, set()
    for path, text in real_posts.items():
        texts[path], changed = _moved(text, 1, FORMATS["dots"])
        # At 19:00 in Japan (UTC+9) the next day has begun at UTC+14.
        expected |= {(path, line) for line, posted in changed.items() if posted.hour < 19}
    found = {(d.location.path, d.location.line) for d in lint_texts(bundled, texts)}
    assert found == expected
    assert 0 < len(expected) < sum(len(_moved(t, 1, FORMATS["dots"])[1]) for t in real_posts.values())


@pytest.mark.parametrize("days", [0, -1, -400])
def test_sources_from_before_their_posts_are_not_reported(real_posts, bundled, days):
    texts = {path: _moved(text, days, FORMATS["kanji"])[0] for path, text in real_posts.items()}
    assert lint_texts(bundled, texts) == []
