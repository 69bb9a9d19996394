#!/usr/bin/env python3
"""Where the contradiction check spends its time, per comparison.

For posts-dev, the 110 posts built from encyclopedia articles and the seed
(../shared), the CPU milliseconds per post of the check alone (documents
parsed beforehand; the least of several runs), split into each comparison
(its cheap test ``may_conflict`` and its ``compare``), the alignment, and
the rest (claims and evidence, the lexicons' scans of the post, reporting).
A unit analysed by one comparison is cached for the others, so the split
shows which comparison asks first, not only what each costs alone.

Also the start-up cost of the comparisons: CPU milliseconds to import
``lint.kinds.contradiction.compare`` in a fresh interpreter (once the
modules every run imports are loaded), and how much of it is compiling
regular expressions.  Run it with ``YURE_NO_SUDACHI=1`` for the default
install's figures.

Usage: python bench/contradiction_timing.py [--runs N] [--only SET ...] [--no-startup]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = Path(os.environ.get("YURE_TEST_DATA") or ROOT.parent / "shared")
SETS = {
    "posts-dev": lambda: [p.read_text(encoding="utf-8")
                          for p in sorted((SHARED / "contradiction" / "posts-dev").glob("[0-9][0-9]-*.txt"))],
    "jsquad-as-posts": lambda: [(SHARED / "corpora" / "jglue-jsquad-wikipedia" / "jsquad-as-posts.txt")
                                .read_text(encoding="utf-8")],
    "seed": lambda: [(SHARED / "seeds" / "000_579c7d98fbda4370.txt").read_text(encoding="utf-8")],
}
COMPARISONS = {"numbers": "number_check", "polarity": "polarity_check", "antonyms": "antonym_check",
               "entities": "entity_check", "modality": "modality_check", "roles": "role_check",
               "order": "order_check", "substitution": "substitution_check", "frames": "frames",
               "units": "unit_swap"}

# Run in a fresh interpreter: the import of the comparisons, and its regex compiling.
STARTUP = """
import re, sys, time
sys.path.insert(0, sys.argv[1])
import lint.kinds.contradiction, lint.kinds.base, lint.text.tokens, lint.text.matcher, lint.text.morph
compiling = [0.0]
compiler = getattr(re, "_compiler", None)  # Python 3.11+
if compiler is not None:
    compile_pattern = compiler.compile
    def timed(p, flags=0):
        t = time.process_time()
        try:
            return compile_pattern(p, flags)
        finally:
            compiling[0] += time.process_time() - t
    compiler.compile = timed
t = time.process_time()
import lint.kinds.contradiction.compare
print(1000 * (time.process_time() - t), 1000 * compiling[0])
"""


def _timed(spent: dict, label: str, function):
    def wrapper(*args, **kwargs):
        t = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - t
    return wrapper


def per_comparison(runs: int, only: list[str]) -> None:
    from lint.engine import Linter
    from lint.engine.selection import Selection
    from lint.kinds.contradiction import compare
    from lint.ruleset.load import load_rules
    from lint.text import morph

    spent: dict = defaultdict(float)
    for label, name in COMPARISONS.items():
        module = getattr(compare, name)
        module.compare = _timed(spent, label, module.compare)
        if hasattr(module, "may_conflict"):
            module.may_conflict = _timed(spent, label, module.may_conflict)
    compare.align = _timed(spent, "alignment", compare.align)
    compare.BM25 = _timed(spent, "alignment", compare.BM25)
    linter = Linter(load_rules([]), Selection(["contradiction"], []))
    print(f"Sudachi: {'yes' if morph.available() else 'no'}")
    for name in only:
        docs = [linter.parse(text, f"{name}.txt") for text in SETS[name]()]
        posts = sum(1 for doc in docs for p in doc.posts if p.sections)
        best = None
        for _ in range(runs):
            spent.clear()
            t = time.process_time()
            for doc in docs:
                linter.lint_document(doc)
            total = time.process_time() - t
            if best is None or total < best[0]:
                best = (total, dict(spent))
        total, parts = best
        parts["rest"] = total - sum(parts.values())
        shown = ", ".join(f"{k} {1000 * v / posts:.2f}" for k, v in sorted(parts.items(), key=lambda kv: -kv[1]))
        print(f"{name}: {1000 * total / posts:.2f} ms per post ({posts} posts, CPU, least of {runs} runs): {shown}")


def startup(runs: int) -> None:
    # As installed: the bytecode written once, then read.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    figures = []
    for _ in range(runs + 1):
        done = subprocess.run([sys.executable, "-c", STARTUP, str(ROOT)], capture_output=True, text=True,
                              check=True, env=env)
        figures.append(tuple(float(x) for x in done.stdout.split()))
    total, compiling = min(figures)
    print(f"start-up: importing the comparisons took {total:.1f} ms CPU, {compiling:.1f} ms of it compiling "
          f"regular expressions (least of {runs} fresh interpreters)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="runs of each set; the least is kept")
    ap.add_argument("--only", nargs="*", choices=list(SETS), default=list(SETS), help="which sets of posts")
    ap.add_argument("--no-startup", action="store_true", help="leave out the start-up figure")
    args = ap.parse_args()
    if not (SHARED / "contradiction" / "posts-dev").exists():
        print(f"contradiction_timing: the reference data is not at {SHARED} (set YURE_TEST_DATA); nothing to time")
        return 0
    if not args.no_startup:
        startup(args.runs)
    per_comparison(args.runs, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
