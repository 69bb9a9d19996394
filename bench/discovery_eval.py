#!/usr/bin/env python3
"""How many variant families does discovery find in prose nobody here wrote?

Runs the discovered-variant grouping over each corpus in ../shared/corpora
(every file as one scope, the way a post is one scope) and prints, per
corpus, the characters read, the families found, families per 100,000
characters, and every family, so that they can be judged by hand.

Usage: python bench/discovery_eval.py [--sudachi] [--one-edit]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.kinds.discovery.families import allowed, mine  # noqa: E402
from lint.ruleset.load import load_rules  # noqa: E402

# The reference data: beside the checkout, or where YURE_TEST_DATA points.
CORPORA = Path(os.environ.get("YURE_TEST_DATA") or ROOT.parent / "shared") / "corpora"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sudachi", action="store_true", help="also the Sudachi tiers (needs yure[sudachi])")
    ap.add_argument("--one-edit", action="store_true", help="also one-substitution grouping")
    args = ap.parse_args()
    if not CORPORA.exists():
        print(f"skipped: {CORPORA} not found (the reference data lives beside the project, "
              "or set YURE_TEST_DATA to its folder)", file=sys.stderr)
        return 0
    allow = [e for r in load_rules([]).rules if r.kind == "discovery" for e in r.compiled]
    total_chars = total_groups = 0
    for corpus in sorted(p for p in CORPORA.iterdir() if p.is_dir()):
        texts = {str(f): f.read_text(encoding="utf-8") for f in sorted(corpus.glob("*.txt"))}
        chars = sum(len(t) for t in texts.values())
        t0 = time.perf_counter()
        groups = [g for g in mine(texts, scope="file", one_edit=args.one_edit, sudachi=args.sudachi)
                  if not allowed(g, allow)]
        elapsed = time.perf_counter() - t0
        total_chars += chars
        total_groups += len(groups)
        print(f"{corpus.name}: {chars:,} characters, {len(groups)} families "
              f"({len(groups) / chars * 1e5:.1f} per 100k), {elapsed:.2f} s")
        for g in groups:
            print("    " + " / ".join(f"{f} ×{n}" for f, n in g.counts().most_common()) + f"  ({g.tier})")
    print(f"all: {total_chars:,} characters, {total_groups} families "
          f"({total_groups / max(1, total_chars) * 1e5:.1f} per 100k)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
