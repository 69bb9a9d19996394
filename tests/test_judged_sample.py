"""The judged-sample script (bench/judged/spelling_sample.py) re-judges a change against its sample."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample():
    spec = importlib.util.spec_from_file_location("spelling_sample", ROOT / "bench" / "judged" / "spelling_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def finding(n, group="discovered-variant", fix="サーバー", family=("サーバ", "サーバー")):
    rule = "discovered-variant" if group == "discovered-variant" else "kyiv"
    return {"path": "c/a.txt", "line": n, "column": 1, "rule": rule, "group": group, "word": "サーバ",
            "severity": "warning", "fix": fix, "family": list(family)}


def test_every_name_finding_and_a_stable_third_of_the_others_are_in_the_sample(sample):
    assert all(sample.in_sample(finding(n, group="news-names")) for n in range(50))
    drawn = [n for n in range(600) if sample.in_sample(finding(n))]
    assert 120 < len(drawn) < 280
    assert drawn == [n for n in range(600) if sample.in_sample(finding(n))]


def test_new_findings_and_judged_ones_that_changed_need_a_judgement(sample):
    found = [finding(n) for n in range(600) if sample.in_sample(finding(n))][:3]
    judged = {sample.key(found[0]): {**found[0], "ok": True, "why": "one word"},
              sample.key(found[1]): {**found[1], "fix": "サーバ", "ok": True, "why": "one word"}}
    assert [f["line"] for f in sample.pending(found, judged)] == [found[1]["line"], found[2]["line"]]
    judged[sample.key(found[1])]["fix"] = "サーバー"
    judged[sample.key(found[0])]["family"] = ["サーバ", "サーバー", "サーヴァー"]
    assert [f["line"] for f in sample.pending(found, judged)] == [found[0]["line"], found[2]["line"]]


def test_the_report_counts_judged_findings_still_reported_and_gone(sample):
    found = [finding(n) for n in range(600) if sample.in_sample(finding(n))][:4]
    judged = {sample.key(f): {**f, "ok": i != 1, "why": "slip" if i != 1 else "two words"} for i, f in enumerate(found)}
    gone = {**found[0], "line": 9999, "ok": False, "why": "a list"}
    judged[sample.key(gone)] = gone
    lines = sample.report(found, judged)
    assert "judged right 3/4 (75.0%)" in lines[0]
    assert "  judged, no longer reported: 1 (0 right, 1 wrong)" in lines
    assert "    ×1 two words" in lines


def test_the_script_exits_1_until_every_finding_of_the_sample_is_judged(sample, tmp_path, monkeypatch):
    corpora = tmp_path / "corpora" / "mine"
    corpora.mkdir(parents=True)
    lines = [f"サーバーを起動した{n}。サーバーの設定{n}。サーバーを止めた{n}。サーバを再起動した{n}。" for n in range(12)]
    (corpora / "a.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(sample, "CORPORA", tmp_path / "corpora")
    monkeypatch.setattr(sample, "SAMPLE", tmp_path / "sample.jsonl")
    found = sample.findings(tmp_path / "corpora")
    assert found and all(f["group"] == "discovered-variant" and f["word"] == "サーバ" for f in found)
    monkeypatch.setattr(sys, "argv", ["spelling_sample.py", "--template"])
    assert any(sample.in_sample(f) for f in found)
    assert sample.main() == 1
    records = [{**{k: f[k] for k in ("path", "line", "column", "rule", "group", "word", "severity", "fix",
                                     "family")}, "ok": True, "why": "サーバ / サーバー: one word"}
               for f in found if sample.in_sample(f)]
    (tmp_path / "sample.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                           encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["spelling_sample.py"])
    assert sample.main() == 0
