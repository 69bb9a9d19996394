#!/usr/bin/env python3
"""Re-judge the spelling findings on ../shared/corpora against the judged sample.

Lints every .txt file under ../shared/corpora (or $YURE_TEST_DATA/corpora)
with the bundled rules and keeps the findings of ``discovered-variant`` and
of the news-names rules.  ``spelling-sample.jsonl`` (beside this script)
holds judged findings, one a line: the file, line, column, rule, the
matched word, the fix offered, the family it was grouped in, ``ok`` (true:
a real variant or a right fix; false: a false alarm, or debatable) and
``why`` (one reason per finding).

The sample: every finding of the name rules, and the discovered-variant
findings that a stable hash of their place selects (one in ``RATE``), so
that whatever a change adds is drawn at the same rate as what it keeps.
Judged findings outside it (drawn by an earlier version of this script)
are kept, and counted apart.

Prints, per rule group: the judged findings still reported and their
precision, the judged findings no longer reported (right and wrong), and
the findings of the sample that need a judgement — new ones, and judged
ones whose fix or family changed.  Exits 1 while any finding of the
sample needs a judgement, so that the next change is re-judged.

Usage: python bench/judged/spelling_sample.py [--show] [--template]
  --show      print each finding that needs a judgement with its context
  --template  print them as lines to judge (``ok`` null) for the sample file
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

CORPORA = Path(os.environ.get("YURE_TEST_DATA") or ROOT.parent / "shared") / "corpora"
SAMPLE = HERE / "spelling-sample.jsonl"
# One discovered-variant finding in RATE is in the sample.
RATE = 3
GROUPS = ("discovered-variant", "news-names")
_FORM = re.compile(r"「([^」]+)」\d+回")


def findings(corpora: Path = CORPORA) -> list[dict]:
    """The spelling findings of the bundled rules on every .txt file under ``corpora``."""
    from lint.engine import Linter
    from lint.engine.batch import lint_texts
    from lint.ruleset.load import load_rules

    ruleset = load_rules([])
    names = {r.id for r in ruleset.rules if r.set_name == "news-names"}
    linter = Linter(ruleset)
    out = []
    for path in sorted(corpora.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(corpora).as_posix()
        for d in lint_texts(linter, {rel: text}):
            if d.rule != "discovered-variant" and d.rule not in names:
                continue
            loc = d.location
            out.append({"path": rel, "line": loc.line, "column": loc.column, "rule": d.rule,
                        "group": GROUPS[0] if d.rule == GROUPS[0] else GROUPS[1],
                        "word": text[loc.start:loc.end], "severity": d.severity,
                        "fix": None if d.fix is None else d.fix.replacement,
                        "family": sorted(set(_FORM.findall(d.message))),
                        "message": d.message, "start": loc.start, "end": loc.end, "text": text})
    return out


def key(f: dict) -> tuple:
    return f["path"], f["line"], f["column"], f["rule"], f["word"]


def in_sample(f: dict) -> bool:
    if f["group"] != GROUPS[0]:
        return True
    place = "{}:{}:{}:{}".format(*key(f)[:3], f["word"])
    return int(hashlib.sha256(place.encode("utf-8")).hexdigest(), 16) % RATE == 0


def changed(judged: dict, found: dict) -> bool:
    """Did the finding change in a way its judgement may depend on?"""
    if judged.get("fix", found["fix"]) != found["fix"]:
        return True
    return "family" in judged and judged["family"] != found["family"]


def context(f: dict, width: int = 50) -> str:
    text, s, e = f["text"], f["start"], f["end"]
    snippet = text[max(0, s - width):s] + "【" + text[s:e] + "】" + text[e:e + width]
    return snippet.replace("\n", "⏎")


def share(right: int, n: int) -> str:
    return f"{right}/{n} ({right / n:.1%})" if n else "0/0"


def load_judged(sample: Path = SAMPLE) -> dict:
    judged = {}
    if sample.exists():
        for line in sample.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                judged[key(j)] = j
    return judged


def pending(found: list[dict], judged: dict) -> list[dict]:
    """The findings of the sample that need a judgement: new, or judged with another fix or family."""
    return [f for f in found if in_sample(f) and (key(f) not in judged or changed(judged[key(f)], f))]


def _kind(word: str) -> str:
    return "katakana" if re.fullmatch(r"[\u30A0-\u30FF・＝=\s]+", word) else "okurigana"


def report(found: list[dict], judged: dict) -> list[str]:
    """Per rule group: what is reported, how the sample is judged, and what changed since."""
    by_key = {key(f): f for f in found}
    lines = []
    for group in GROUPS:
        mine = [f for f in found if f["group"] == group]
        sampled = [f for f in mine if in_sample(f)]
        still = [(f, judged[key(f)]) for f in sampled if key(f) in judged and not changed(judged[key(f)], f)]
        right = sum(1 for _, j in still if j["ok"])
        lines.append(f"{group}: {len(mine)} reported, {len(sampled)} in the sample; "
                     f"judged right {share(right, len(still))}")
        breakdown = [("by corpus", lambda f: f["path"].split("/")[0])]
        if group == GROUPS[0]:
            breakdown.append(("by kind", lambda f: _kind(f["word"])))
        for label, part_of in breakdown:
            n, ok = Counter(), Counter()
            for f, j in still:
                n[part_of(f)] += 1
                ok[part_of(f)] += bool(j["ok"])
            if len(n) > 1:
                lines.append(f"  {label}: " + "; ".join(f"{p} {share(ok[p], n[p])}" for p in sorted(n)))
        outside = [judged[key(f)] for f in mine if not in_sample(f) and key(f) in judged]
        if outside:
            lines.append(f"  judged outside the sample, still reported: "
                         f"right {share(sum(j['ok'] for j in outside), len(outside))}")
        gone = [j for k, j in judged.items() if j["group"] == group and k not in by_key]
        lines.append(f"  judged, no longer reported: {len(gone)} "
                     f"({sum(1 for j in gone if j['ok'])} right, {sum(1 for j in gone if not j['ok'])} wrong)")
        wrong = Counter(j["why"] for _, j in still if not j["ok"])
        if wrong:
            lines.append("  wrong, still reported:")
        lines.extend(f"    ×{n} {why}" for why, n in wrong.most_common())
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print what needs a judgement, with context")
    ap.add_argument("--template", action="store_true", help="print what needs a judgement as lines to judge")
    args = ap.parse_args()
    if not CORPORA.exists():
        print(f"skipped: {CORPORA} not found (the reference data lives beside the project, "
              "or set YURE_TEST_DATA to its folder)", file=sys.stderr)
        return 0
    from lint.text import morph

    judged = load_judged(SAMPLE)
    found = findings(CORPORA)
    todo = pending(found, judged)
    print(f"Sudachi {'installed' if morph.available() else 'not installed'}; "
          f"sample: every name finding, 1 in {RATE} discovered-variant findings")
    print("\n".join(report(found, judged)))
    print(f"need a judgement: {len(todo)}")
    for f in todo:
        if args.template:
            record = {k: f[k] for k in ("path", "line", "column", "rule", "group", "word", "severity", "fix", "family")}
            print(json.dumps({**record, "ok": None, "why": ""}, ensure_ascii=False))
        else:
            tag = "changed" if key(f) in judged else "new"
            print(f"  {tag} {f['path']}:{f['line']}:{f['column']} {f['rule']} {f['word']} → {f['fix']}")
            if args.show:
                print(f"      {f['message']}\n      {context(f)}")
    return 1 if todo else 0


if __name__ == "__main__":
    sys.exit(main())
