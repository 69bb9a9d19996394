#!/usr/bin/env python3
"""Re-judge the spelling findings on ../shared/corpora against a judged sample.

Lints every .txt file under ../shared/corpora with the bundled rules and
keeps the findings of ``discovered-variant`` and of the news-names rules.
``spelling-sample.jsonl`` (beside this script) holds judged findings, one a
line: the file, line, column, rule, the matched word, ``ok`` (true: a real
variant or a right fix; false: a false alarm, or debatable) and ``why``.

Prints, per rule group, how many judged findings are still reported and
their precision, and lists the reported findings that are not judged yet
(judge them and add them).  ``--draw N`` writes N unjudged
discovered-variant findings, drawn at random with a fixed seed, and every
unjudged name finding as new lines to judge (``ok`` null) to standard
output.

Usage: python bench/judged/spelling_sample.py [--draw N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

CORPORA = ROOT.parent / "shared" / "corpora"
SAMPLE = HERE / "spelling-sample.jsonl"


def findings() -> list[dict]:
    from lint.engine import Linter
    from lint.engine.batch import lint_texts
    from lint.ruleset.load import load_rules

    ruleset = load_rules([])
    names = {r.id for r in ruleset.rules if r.set_name == "news-names"}
    linter = Linter(ruleset)
    out = []
    for path in sorted(CORPORA.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rel = str(path.relative_to(CORPORA))
        for d in lint_texts(linter, {rel: text}):
            if d.rule != "discovered-variant" and d.rule not in names:
                continue
            loc = d.location
            out.append({"path": rel, "line": loc.line, "column": loc.column, "rule": d.rule,
                        "group": "discovered-variant" if d.rule == "discovered-variant" else "news-names",
                        "word": text[loc.start:loc.end], "severity": d.severity,
                        "fix": None if d.fix is None else d.fix.replacement})
    return out


def key(f: dict) -> tuple:
    return f["path"], f["line"], f["column"], f["rule"], f["word"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draw", type=int, default=0)
    args = ap.parse_args()
    if not CORPORA.exists():
        print(f"skipped: {CORPORA} not found (the reference data lives beside the project)", file=sys.stderr)
        return 0
    judged = {}
    if SAMPLE.exists():
        for line in SAMPLE.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                judged[key(j)] = j
    found = findings()
    if args.draw:
        fresh = [f for f in found if key(f) not in judged]
        rng = random.Random(17)
        variants = [f for f in fresh if f["group"] == "discovered-variant"]
        chosen = rng.sample(variants, min(args.draw, len(variants))) + [f for f in fresh if f["group"] == "news-names"]
        for f in sorted(chosen, key=key):
            print(json.dumps({**f, "ok": None, "why": ""}, ensure_ascii=False))
        return 0
    reported = {key(f) for f in found}
    for group in ("discovered-variant", "news-names"):
        still = [j for k, j in judged.items() if j["group"] == group and k in reported]
        gone = [j for k, j in judged.items() if j["group"] == group and k not in reported]
        right = sum(1 for j in still if j["ok"])
        share = f"{right / len(still):.1%}" if still else "n/a"
        total = sum(1 for f in found if f["group"] == group)
        print(f"{group}: {len(still)} judged findings still reported, {right} right ({share}); "
              f"{len(gone)} judged no longer reported ({sum(1 for j in gone if not j['ok'])} of them wrong); "
              f"{total} reported in all")
    unjudged = [f for f in found if key(f) not in judged]
    names = [f for f in unjudged if f["group"] == "news-names"]
    print(f"not judged: {len(unjudged)} ({len(names)} of the name rules)")
    for f in names:
        print(f"  {f['path']}:{f['line']}:{f['column']} {f['rule']} {f['word']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
