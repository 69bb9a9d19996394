"""Required-literal prefilters: sound on real dictionaries, exact in the engine."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lint.text.prefilter as prefilter
from conftest import SEED, SHARED, need_shared
from lint.kinds.prh import PrhEngine
from lint.parse import parse
from lint.text.prefilter import LiteralFinder, LiteralScan, dispatch_pattern, required_literals, trie_pattern
from lint.kinds.prh.dictionary import load_prh
from lint.ruleset.load import load_rule_file

# The automaton is used where pyahocorasick is installed (and YURE_PURE_PYTHON unset).
ACCELERATED = LiteralFinder(["x"]).automaton is not None
BACKENDS = [False] + ([True] if ACCELERATED else [])


@pytest.mark.parametrize("pattern, expected", [
    ("つく([らりるれろっ])", {"つくら", "つくり", "つくる", "つくれ", "つくろ", "つくっ"}),
    ("(?:結びつ|むすびつ)", {"結びつ", "むすびつ"}),
    ("ウェブ(?!ページ)", {"ウェブ"}),
    ("(?<=[0-9])件", {"件"}),
    ("a+bc", {"bc"}),
    ("[Jj]ava[Ss]cript", {"java", "Java"}),  # the longer literal run wins
    ("x{2}y", {"xxy"}),
    ("colou?r", {"color", "colour"}),
])
def test_required_literals(pattern, expected):
    literals, ignorecase = required_literals(pattern)
    assert not ignorecase
    if pattern == "[Jj]ava[Ss]cript":
        # Either stretch is a valid requirement; the analysis keeps the longest.
        assert literals in ({"javaScript", "javascript", "JavaScript", "Javascript"},
                            {"java", "Java"}, {"Script", "script"})
    else:
        assert literals == expected


@pytest.mark.parametrize("pattern", [".+", "a*", r"\d+", "(a)|.", r"(\w)\1", "[^あ]い?", ""])
def test_patterns_without_required_literals(pattern):
    assert required_literals(pattern)[0] is None


def test_ignorecase_literals_are_lowered_and_only_ascii():
    assert required_literals("(?i)JavaScript") == (frozenset({"javascript"}), True)
    assert required_literals("Straße", re.IGNORECASE) == (None, False)
    assert required_literals("ｊＱｕｅｒｙ", re.IGNORECASE) == (None, False)


@given(st.lists(st.text("アイウあいう", min_size=1, max_size=4), min_size=1, max_size=12),
       st.text("アイウあいうx\n", max_size=200))
@settings(max_examples=150, deadline=None)
def test_finder_reports_every_occurrence(literals, text):
    expected = sorted((i, lit) for lit in set(literals) for i in range(len(text)) if text.startswith(lit, i))
    for accelerate in BACKENDS:
        finder = LiteralFinder(literals, accelerate)
        assert sorted(finder.occurrences(text)) == expected
    # The combined patterns used once str.find has done its share: the trie
    # for texts of moderate length, the dispatch pattern for long ones.
    old = prefilter.FEW_LITERALS, prefilter.SMALL_WORK, prefilter.LONG_TEXT
    try:
        prefilter.FEW_LITERALS = prefilter.SMALL_WORK = 0
        assert sorted(LiteralFinder(literals, False).occurrences(text)) == expected
        prefilter.LONG_TEXT = 0
        assert sorted(LiteralFinder(literals, False).occurrences(text)) == expected
    finally:
        prefilter.FEW_LITERALS, prefilter.SMALL_WORK, prefilter.LONG_TEXT = old


def test_dispatch_pattern_finds_what_the_trie_finds():
    words = ["イン", "インド", "インドネシア", "ロシア", "ロ", "あい", "い", "うえお"]
    text = "インドネシアとインドとロシアのあいうえお、い"
    a, b = re.compile(trie_pattern(words)), re.compile(dispatch_pattern(words))
    for pos in range(len(text)):
        ma, mb = a.search(text, pos), b.search(text, pos)
        assert (ma and (ma.start(), ma.group())) == (mb and (mb.start(), mb.group()))


def test_case_insensitive_keys_run_everywhere_when_a_case_twin_is_present():
    scan = LiteralScan({"js": (frozenset({"javascript"}), True), "plain": (frozenset({"ウェブ"}), False)})
    assert scan.positions("JAVASCRIPT と ウェブ") == {"js": [0], "plain": [13]}
    # KELVIN SIGN matches k under IGNORECASE; the lower-case lookup cannot know.
    assert scan.positions("\u212a と javascript")["js"] is None
    assert "js" not in scan.positions("ウェブだけ")


def _texts() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    for path in sorted((SHARED / "corpora").rglob("*.txt")):
        texts.append(path.read_text(encoding="utf-8", errors="replace")[:60_000])
    return texts


def _dictionaries() -> list[Path]:
    return sorted(p for p in (SHARED / "oracles").rglob("*.yml") if "prh" in str(p).lower())


def test_every_match_of_a_real_dictionary_contains_a_required_literal():
    need_shared(SHARED / "oracles")
    texts = _texts()
    checked = 0
    for path in _dictionaries():
        try:
            dictionary = load_prh(path)
        except Exception:  # noqa: BLE001 - files that are not prh dictionaries
            continue
        for rule in dictionary.rules:
            samples = texts + [spec.source for spec in rule.specs]
            if rule.literals is None:
                continue
            for text in samples:
                for m in rule.pattern.finditer(text):
                    found = m.group().lower() if rule.ignorecase else m.group()
                    assert any(lit in found for lit in rule.literals), (path.name, rule.js(), m.group())
                    checked += 1
    assert checked > 100


def _brute_force(rules, text, segments):
    out = []
    for rule in rules:
        prh = rule.compiled
        for start, end in segments:
            for m in prh.pattern.finditer(text, start, end):
                if m.end() == m.start():
                    continue
                if prh.must_empty is not None and m.group(prh.must_empty):
                    continue
                if m.group() == prh.expected:
                    continue
                out.append((m.start(), m.end(), rule.id))
    return out


@pytest.mark.parametrize("accelerate", BACKENDS)
@pytest.mark.parametrize("path", ["find", "trie", "dispatch"])
def test_prh_engine_equals_running_every_rule_everywhere(accelerate, path, monkeypatch):
    need_shared(SHARED / "oracles")
    if accelerate and path != "find":
        pytest.skip("the automaton has one path")
    if path != "find":
        monkeypatch.setattr(prefilter, "FEW_LITERALS", 0)
        monkeypatch.setattr(prefilter, "SMALL_WORK", 0)
    if path == "dispatch":
        monkeypatch.setattr(prefilter, "LONG_TEXT", 0)
    texts = _texts()
    compared = 0
    for path in _dictionaries():
        try:
            ruleset = load_rule_file(path, cache=False)
        except Exception:  # noqa: BLE001
            continue
        engine = PrhEngine(ruleset.rules)
        engine.scan = LiteralScan({i: (r.compiled.literals, r.compiled.ignorecase)
                                   for i, r in enumerate(ruleset.rules)}, accelerate)
        for text in texts:
            segments = parse(text, "t.txt").paragraphs
            got = [(s, e, r.id) for s, e, r, _ in engine.hits(text, segments)]
            assert got == _brute_force(ruleset.rules, text, segments), path.name
            compared += len(got)
    assert compared > 0


def test_case_twin_list_is_complete():
    import regex

    ascii_letter = regex.compile("[a-z]", regex.IGNORECASE)
    twins = {chr(c) for c in range(128, 0x30000) if ascii_letter.match(chr(c))}
    assert twins == set(prefilter.CASE_TWINS)


def test_the_pure_python_scan_finds_what_the_automaton_finds(tmp_path):
    # YURE_PURE_PYTHON stands for an install without pyahocorasick.  The
    # news-names rules have hundreds of literals, and a text of 300,000
    # characters takes the scan past str.find to its combined patterns.
    from conftest import ROOT, run_yure

    if not ACCELERATED:
        pytest.skip("pyahocorasick is not installed: only the pure-Python scan to test")
    posts = [(ROOT / "examples" / name).read_text(encoding="utf-8") for name in ("news-digest.txt", "briefing.md")]
    (tmp_path / ".git").mkdir()
    (tmp_path / "archive.txt").write_text("\n".join(posts * 240), encoding="utf-8")
    assert len((tmp_path / "archive.txt").read_text(encoding="utf-8")) > 300_000
    for name in ("news-digest.txt", "briefing.md"):
        (tmp_path / name).write_text((ROOT / "examples" / name).read_text(encoding="utf-8"), encoding="utf-8")
    args = ("check", "--isolated", "--no-cache", "--format", "json", "--select", "news-names", ".")
    probe = "from lint.text.prefilter import LiteralFinder as F; print(F(['x']).automaton is not None)"
    results = {}
    for pure in ("", "1"):
        env = {"YURE_PURE_PYTHON": pure}
        used = subprocess.run([sys.executable, "-c", probe], env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
                              capture_output=True, text=True, check=True).stdout.strip()
        assert used == ("False" if pure else "True")
        r = run_yure(*args, cwd=tmp_path, env=env)
        assert r.code == 1, r.err
        results[pure] = r.json()
    assert len(results[""]) > 100 and {d["path"] for d in results[""]} == {"archive.txt", "news-digest.txt",
                                                                          "briefing.md"}
    assert results["1"] == results[""]
