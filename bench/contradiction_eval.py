#!/usr/bin/env python3
"""Measure the contradiction check on data it was not built from.

* posts-dev (../shared/contradiction/posts-dev): each hand-written edit is
  applied alone to its post; a contradiction edit is found when a
  contradiction finding starts on the edited line (as
  ../shared/eval/score_posts.py counts), a consistent edit is a false alarm
  when one does, and every finding on an unedited post is a false alarm.
  Figures are given for all posts and separately for posts 09–12, kept
  aside while the check was developed on 01–08.
* the 110 posts built from encyclopedia articles (lead as 概要 and 要点,
  body as 詳細): a lead summarises its body, so every finding is suspect.
* ../shared/fp-cases/number.txt and entity.txt: findings seen on real text
  and known to be wrong.
* JNLI pairs (sentence1 as 詳細, sentence2 as a 要点 item): recall on every
  contradiction pair, false alarms on entailment and neutral pairs.
* the seed posts: the three contradictions known to be in them, and any
  other finding.
* the CPU time the check takes per post (parsing excluded) on posts-dev,
  the built posts and the seed, in this interpreter: run it from an
  install without Sudachi for the default figure.

Usage: python bench/contradiction_eval.py [--show] [--json] [--only PART ...]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.engine import Linter  # noqa: E402
from lint.engine.selection import Selection  # noqa: E402
from lint.ruleset.load import load_rules  # noqa: E402
from lint.text import morph  # noqa: E402

# The reference data: beside the checkout, or where YURE_TEST_DATA points.
SHARED = Path(os.environ.get("YURE_TEST_DATA") or ROOT.parent / "shared")
POSTS_DEV = SHARED / "contradiction" / "posts-dev"
JSQUAD = SHARED / "corpora" / "jglue-jsquad-wikipedia" / "jsquad-as-posts.txt"
FP_CASES = [SHARED / "fp-cases" / "number.txt", SHARED / "fp-cases" / "entity.txt"]
JNLI = SHARED / "contradiction" / "jglue-jnli"
SEED = SHARED / "seeds" / "000_579c7d98fbda4370.txt"
HELD_OUT = ("09", "10", "11", "12")
# The seed's real contradictions: a piece of the claim's line and of the
# evidence (README of ../shared).
SEED_KNOWN = [("反西側として団結している", "団結しているわけでもない"),
              ("過去にイスラム過激派を抑えていた", "影響を強く受けていた"),
              ("ロシアの正当な安全保障上の利益", "ウクライナの合法的な安全保障の要求")]
PARTS = ("posts", "jsquad", "fp", "jnli", "seed", "timing")


class Checker:
    def __init__(self) -> None:
        self.rules = load_rules([])
        self.linter = Linter(self.rules, Selection(["contradiction"], []))

    def findings(self, text: str, path: str = "post.txt") -> list:
        return [d for d in self.linter.finish([self.linter.lint_text(text, path)])
                if d.category == "contradiction"]


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def describe(d, text: str) -> str:
    rel = d.related[0] if d.related else None
    where = f" ← {rel.location.line}行目「{rel.text}」" if rel else ""
    return f"{d.location.line}行目 {d.rule}: {d.message}{where}"


def evaluate_posts(checker: Checker, show: bool) -> dict:
    posts = {p.name: p.read_text(encoding="utf-8") for p in sorted(POSTS_DEV.glob("[0-9][0-9]-*.txt"))}
    edits = [json.loads(s) for s in (POSTS_DEV / "edits.jsonl").read_text(encoding="utf-8").splitlines() if s.strip()]
    clean = {name: checker.findings(text, name) for name, text in posts.items()}
    out: dict = {"all": defaultdict(lambda: [0, 0]), "held_out": defaultdict(lambda: [0, 0])}
    consistent = {"all": [0, 0], "held_out": [0, 0]}
    lines: list[str] = []
    for e in edits:
        text = posts[e["post"]]
        s = text.find(e["find"])
        edited = text[:s] + e["replace"] + text[s + len(e["find"]):]
        line = line_of(text, s)
        found = [d for d in checker.findings(edited, e["post"]) if d.location.line == line]
        # A finding the clean post has on the same line is not this edit's.
        before = {(d.rule, d.message) for d in clean[e["post"]] if d.location.line == line}
        new = [d for d in found if (d.rule, d.message) not in before]
        groups = ["all", "held_out"] if e["post"][:2] in HELD_OUT else ["all"]
        if e["label"] == "contradiction":
            for g in groups:
                out[g][e["type"]][1] += 1
                out[g][e["type"]][0] += bool(found)
            if show:
                mark = "hit " if found else "miss"
                lines.append(f"{mark} {e['type']}: {e['post'][:2]} 「{e['find']}」→「{e['replace']}」")
                lines.extend(f"       {describe(d, edited)}" for d in new)
        else:
            for g in groups:
                consistent[g][1] += 1
                consistent[g][0] += bool(found)
            if found and show:
                lines.append(f"FALSE {e['type']}: {e['post'][:2]} 「{e['find']}」→「{e['replace']}」")
                lines.extend(f"       {describe(d, edited)}" for d in found)
    clean_false = {name: [describe(d, posts[name]) for d in ds] for name, ds in clean.items() if ds}
    result = {}
    for g in ("all", "held_out"):
        by_type = dict(sorted(out[g].items()))
        hit = sum(h for h, _ in by_type.values())
        total = sum(n for _, n in by_type.values())
        names = posts if g == "all" else [n for n in posts if n[:2] in HELD_OUT]
        result[g] = {"recall": [hit, total], "by_type": by_type, "consistent_flagged": consistent[g],
                     "clean_post_findings": sum(len(clean_false.get(n, [])) for n in names)}
    result["clean_findings"] = clean_false
    result["lines"] = lines
    return result


def evaluate_file(checker: Checker, path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [describe(d, text) for d in checker.findings(text, path.name)]


def jnli_pairs():
    for name in ("jnli-valid-v1.3.jsonl", "jnli-test-v1.3.jsonl"):
        with (JNLI / name).open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


def evaluate_jnli(checker: Checker, show: bool) -> dict:
    total: dict = defaultdict(int)
    flagged: dict = defaultdict(int)
    alarms = []
    for pair in jnli_pairs():
        s1, s2, label = pair["sentence1"], pair["sentence2"], pair["label"]
        post = f"題2025年01月01日 00:00\n【詳細】\n {s1}\n【要点】\n ・{s2}\n"
        found = checker.findings(post)
        total[label] += 1
        flagged[label] += bool(found)
        if found and label != "contradiction":
            alarms.append(f"{label}: {s1} / {s2}: {found[0].rule} {found[0].message}")
    fa_total = total["entailment"] + total["neutral"]
    fa = flagged["entailment"] + flagged["neutral"]
    return {"pairs": dict(total), "flagged": dict(flagged),
            "contradiction_recall": round(flagged["contradiction"] / max(1, total["contradiction"]), 4),
            "false_alarm_rate": round(fa / max(1, fa_total), 4),
            "false_alarms": alarms if show else alarms[:10]}


def evaluate_seed(checker: Checker) -> dict:
    text = SEED.read_text(encoding="utf-8")
    found = checker.findings(text, SEED.name)
    known, other = [], []
    lines = text.split("\n")
    for d in found:
        line = lines[d.location.line - 1]
        rel = d.related[0].text if d.related else ""
        match = [k for k in SEED_KNOWN if k[0] in line and k[1] in rel + lines[d.related[0].location.line - 1]]
        (known if match else other).append(describe(d, text))
    hit = sum(any(k[0] in lines[d.location.line - 1] for d in found) for k in SEED_KNOWN)
    return {"known_found": [hit, len(SEED_KNOWN)], "known": known, "other": other}


def evaluate_timing(checker: Checker) -> dict:
    """CPU milliseconds per post for the check alone (the document parsed
    beforehand), the least of seven runs, for each set of posts."""
    sets = {"posts-dev": [p.read_text(encoding="utf-8") for p in sorted(POSTS_DEV.glob("[0-9][0-9]-*.txt"))],
            "jsquad-as-posts": [JSQUAD.read_text(encoding="utf-8")],
            "seed": [SEED.read_text(encoding="utf-8")] if SEED.exists() else []}
    out = {}
    for name, texts in sets.items():
        docs = [checker.linter.parse(text, "timing.txt") for text in texts]
        posts = sum(1 for doc in docs for p in doc.posts if p.sections)
        if not posts:
            continue
        runs = []
        for _ in range(7):
            t = time.process_time()
            for doc in docs:
                checker.linter.lint_document(doc)
            runs.append(time.process_time() - t)
        out[name] = {"posts": posts, "ms_per_post": round(1000 * min(runs) / posts, 2)}
    return {"sets": out, "sudachi": morph.available()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show", action="store_true", help="list every edit and every false alarm")
    ap.add_argument("--only", nargs="*", choices=PARTS, default=list(PARTS), help="which parts to run")
    args = ap.parse_args()
    if not POSTS_DEV.exists():
        print(f"skipped: {POSTS_DEV} not found (the reference data lives beside the project, "
              "or set YURE_TEST_DATA to its folder)", file=sys.stderr)
        return 0
    checker = Checker()
    report: dict = {"sudachi": morph.available()}
    if "posts" in args.only:
        report["posts_dev"] = evaluate_posts(checker, args.show)
    if "jsquad" in args.only:
        report["jsquad_findings"] = evaluate_file(checker, JSQUAD)
    if "fp" in args.only:
        report["fp_cases"] = {p.name: evaluate_file(checker, p) for p in FP_CASES}
    if "jnli" in args.only and JNLI.exists():
        report["jnli"] = evaluate_jnli(checker, args.show)
    if "seed" in args.only and SEED.exists():
        report["seed"] = evaluate_seed(checker)
    if "timing" in args.only:
        report["timing"] = evaluate_timing(checker)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print_report(report)
    return 0


def print_report(report: dict) -> None:
    print(f"Sudachi: {'yes' if report['sudachi'] else 'no'}")
    if "posts_dev" in report:
        p = report["posts_dev"]
        for line in p["lines"]:
            print(line)
        for g, title in (("all", "posts-dev (12 posts)"), ("held_out", "posts-dev 09-12 (held out)")):
            r = p[g]
            h, n = r["recall"]
            types = ", ".join(f"{k} {a}/{b}" for k, (a, b) in r["by_type"].items())
            print(f"{title}: contradiction edits found {h}/{n} ({h / max(1, n):.0%}): {types}")
            print(f"  consistent edits flagged {r['consistent_flagged'][0]}/{r['consistent_flagged'][1]}; "
                  f"findings on clean posts {r['clean_post_findings']}")
        for name, found in p["clean_findings"].items():
            for line in found:
                print(f"  clean {name[:2]}: {line}")
    if "jsquad_findings" in report:
        found = report["jsquad_findings"]
        print(f"jsquad-as-posts (110 posts): {len(found)} findings")
        for line in found:
            print(f"  {line}")
    if "fp_cases" in report:
        for name, found in report["fp_cases"].items():
            print(f"fp-cases/{name}: {len(found)} findings")
            for line in found:
                print(f"  {line}")
    if "jnli" in report:
        j = report["jnli"]
        fa_total = j["pairs"].get("entailment", 0) + j["pairs"].get("neutral", 0)
        fa = j["flagged"].get("entailment", 0) + j["flagged"].get("neutral", 0)
        print(f"jnli: contradiction pairs found {j['flagged'].get('contradiction', 0)}/"
              f"{j['pairs'].get('contradiction', 0)} ({j['contradiction_recall']:.1%}); false alarms on "
              f"entailment+neutral {fa}/{fa_total} ({j['false_alarm_rate']:.2%}) "
              f"[entailment {j['flagged'].get('entailment', 0)}, neutral {j['flagged'].get('neutral', 0)}]")
        for line in j["false_alarms"]:
            print(f"  {line}")
    if "seed" in report:
        s = report["seed"]
        print(f"seed: known contradictions found {s['known_found'][0]}/{s['known_found'][1]}; "
              f"other findings {len(s['other'])}")
        for line in s["known"] + s["other"]:
            print(f"  {line}")
    if "timing" in report:
        for name, t in report["timing"]["sets"].items():
            print(f"timing: the check alone on {name}: {t['ms_per_post']} ms per post ({t['posts']} posts, CPU time, "
                  f"least of 7 runs)")


if __name__ == "__main__":
    sys.exit(main())
