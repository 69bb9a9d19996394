#!/usr/bin/env python3
"""Measure the contradiction check: recall on planted edits, false alarms.

Reads the real posts in ../shared/seeds (split into posts), and for every
claim (要点 item, 概要 sentence) that the details back up — a detail sentence
aligns with it at BACKED or more and states the thing edited — plants one
edit at a time:

* number   — a quantity the details confirm gets a different value;
* polarity — a predicate the details assert is negated (or the reverse);
* antonym  — a word from the antonym lexicon is swapped for its opposite;
* entity   — a country, city or person named in the details is replaced by
             another of the same type that the post never mentions.

Recall is the share of edits reported on the edited claim.  False alarms
are findings on the untouched posts other than the contradictions known to
be in them, and findings on the untouched claims of edited posts that the
untouched post did not have.  It also scores the JNLI pairs in
../shared/contradiction/jglue-jnli: false alarms on entailment pairs, and
recall on contradiction pairs that differ by a negation or a number.

Usage: python bench/contradiction_eval.py [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.kinds.contradiction.align import BM25  # noqa: E402
from lint.kinds.contradiction import claims_and_evidence, resources  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.kinds.contradiction.quantities import compatible, extract  # noqa: E402
from lint.kinds.contradiction.predicates import polarity_at, predicates  # noqa: E402
from lint.cache.results import forget  # noqa: E402
from lint.ruleset.load import load_rules  # noqa: E402
from lint.engine.selection import Selection  # noqa: E402

# The reference data: beside the checkout, or where YURE_TEST_DATA points.
SHARED = Path(os.environ.get("YURE_TEST_DATA") or ROOT.parent / "shared")
SEED = SHARED / "seeds" / "000_579c7d98fbda4370.txt"
JNLI = SHARED / "contradiction" / "jglue-jnli"

# Alignment a claim needs with a detail sentence to count as backed up by
# the details (and so as a place where a planted edit is a contradiction).
BACKED = 0.35

# Contradictions that are really in the seed (reported, and right to be).
KNOWN = [("反西側として団結", "polarity"), ("正当な安全保障", "entity")]

# Tail rewrites that negate a predicate (and their reverses).
NEGATE = [
    ("しているわけではない", "している"), ("されていない", "されている"), ("していない", "している"),
    ("していなかった", "していた"), ("しなかった", "した"), ("されなかった", "された"), ("できない", "できる"),
    ("しない", "する"), ("されない", "される"), ("ではない", "である"),
]
AFFIRM = [(b, a) for a, b in NEGATE]


def split_posts(linter: Linter, text: str) -> list[str]:
    doc = linter.parse(text, "seed.txt")
    return [text[p.start:p.end] for p in doc.posts if p.has_title]


def findings(linter: Linter, text: str) -> list:
    return linter.finish([linter.lint_text(text, "post.txt")])


def on_span(diags: list, start: int, end: int) -> list:
    return [d for d in diags if start <= d.location.start < end]


def edits_for_claim(linter, doc, claim, aligned, evidence, lexicon, finder, used_names):
    """Yield (kind, start, end, replacement) edits of the claim, each checkable against the details."""
    text = doc.masked
    # numbers
    details_q = [q for u in evidence for q in extract(u.text, u.start, u.end)]
    aligned_q = [q for u in aligned for q in extract(u.text, u.start, u.end)]
    for q in extract(text, claim.start, claim.end):
        if q.unit in ("month", "year"):
            continue
        if not any(e.unit == q.unit and compatible(q, e) for e in aligned_q):
            continue
        if q.unit == "date":
            # Move the day of a date the details state in full.
            if not any(e.unit == "date" and e.date == q.date for e in aligned_q):
                continue
            day = re.search(r"([0-9]+)日", doc.text[q.start:q.end])
            if day:
                d = int(day.group(1))
                yield "number", q.start + day.start(1), q.start + day.end(1), str(d + 1 if d < 28 else d - 1)
            continue
        digits = doc.text[q.number_start:q.number_end]
        if not re.fullmatch(r"[0-9]+", digits):
            continue
        value = int(digits)
        new = value * 2 if value < 10 else value + max(1, value // 2)
        # the new value must not also be present in the details
        if any(e.unit == q.unit and abs(e.value - q.value * new / value) < 1e-6 for e in details_q):
            continue
        yield "number", q.number_start, q.number_end, str(new)
    # polarity
    for p in predicates(text, claim.start, claim.end):
        if len(p.key) < 2:
            continue
        supported = any(pe.key == p.key and pe.positive == p.positive
                        for u in aligned for pe in predicates(u.text, u.start, u.end))
        if not supported:
            continue
        tail_start = p.end - len(p.tail)
        for old, new in (NEGATE if not p.positive else AFFIRM):
            if p.tail.startswith(old):
                yield "polarity", tail_start, tail_start + len(old), new
                break
        else:
            for old, new in (("している", "していない"), ("された", "されなかった"), ("した", "しなかった"),
                             ("する", "しない"), ("される", "されない"), ("していた", "していなかった")):
                if p.positive and p.tail.startswith(old):
                    yield "polarity", tail_start, tail_start + len(old), new
                    break
    # antonyms
    claim_hits = lexicon.find(text, claim.start, claim.end)
    for index, side, s, e in claim_hits:
        pair = lexicon.pairs[index]
        same = pair.left if side == 0 else pair.right
        other = pair.right if side == 0 else pair.left
        word = text[s:e]
        if not any(word == f for f in same):
            continue
        # Swap whole words only: 可能性 or 建設的 would become nonsense.
        if (s > claim.start and _content(text[s - 1]) and _content(word[0])) or (
                e < claim.end and _content(text[e]) and _content(word[-1])):
            continue
        # The details must use the same word with the same polarity.
        pol = polarity_at(text, e, claim.end)
        if not any(j == index and sd == side and polarity_at(u.text, ue, u.end) == pol
                   for u in aligned for j, sd, _, ue in lexicon.find(u.text, u.start, u.end)):
            continue
        k = same.index(word)
        replacement = other[k] if len(other) == len(same) else other[0]
        yield "antonym", s, e, replacement
    # entities
    aligned_names = {m.name for u in aligned for m in finder.mentions(u.text, u.start, u.end)}
    for m in finder.mentions(text, claim.start, claim.end):
        if m.name not in aligned_names:
            continue
        kind = next((t for t in ("country", "city", "person") if t in m.types), None)
        if kind is None:
            continue
        written_end = m.start + len(_written_name(text, m))
        for candidate in finder.gaz.types:
            if kind in finder.gaz.types[candidate] and candidate not in used_names and len(candidate) >= 2:
                yield "entity", m.start, written_end, candidate
                break


def _content(ch: str) -> bool:
    from lint.text.tokens import KANJI, KATAKANA, script

    return script(ch) in (KANJI, KATAKANA)


def _written_name(text, mention):
    from lint.kinds.contradiction.entities import TITLE_RE

    span = text[mention.start:mention.end]
    t = TITLE_RE.search(span)
    return span[: t.start()] if t and t.end() == len(span) else span


def evaluate_seed(limit: int | None) -> dict:
    rules = load_rules([])
    linter = Linter(rules, Selection(["contradiction"], []))
    lexicon, finder = resources(rules)
    rule = rules.get("contradiction")
    posts = split_posts(linter, SEED.read_text(encoding="utf-8"))
    base_false = 0
    base_known = 0
    base_details = []
    attempts: Counter = Counter()
    hits: Counter = Counter()
    edited_false = 0
    edited_posts = 0
    misses = defaultdict(list)
    for pi, post in enumerate(posts):
        base = findings(linter, post)
        base_keys = {(d.rule, post[d.location.start:d.location.end]) for d in base}
        for d in base:
            line_text = post[d.location.start - 40:d.location.end + 40]
            if any(k in line_text for k, _ in KNOWN):
                base_known += 1
            else:
                base_false += 1
                base_details.append(f"post {pi + 1} line {d.location.line}: {d.message}")
        doc = linter.parse(post, "post.txt")
        used = {m.name for m in finder.mentions(doc.masked, 0, len(doc.masked))}
        for p in doc.posts:
            claims, evidence = claims_and_evidence(doc, p, rule)
            if not claims or not evidence:
                continue
            index = BM25([u.body for u in evidence])
            for claim in claims:
                # Only claims the details back up: with a closely aligned detail sentence.
                aligned = [evidence[a.index] for a in index.rank(claim.body, 3, BACKED)]
                if not aligned:
                    continue
                seen_kinds = Counter()
                for kind, s, e, repl in edits_for_claim(linter, doc, claim, aligned, evidence, lexicon, finder, used):
                    if seen_kinds[kind] >= 2:
                        continue  # at most two edits of a kind per claim
                    if limit is not None and attempts[kind] >= limit:
                        continue
                    seen_kinds[kind] += 1
                    edited = post[:s] + repl + post[e:]
                    delta = len(repl) - (e - s)
                    result = findings(linter, edited)
                    attempts[kind] += 1
                    edited_posts += 1
                    on_claim = on_span(result, claim.start, claim.end + delta)
                    if on_claim:
                        hits[kind] += 1
                    else:
                        misses[kind].append(f"{post[claim.start:claim.end]!r}: {post[s:e]!r} → {repl!r}")
                    for d in result:
                        if claim.start <= d.location.start < claim.end + delta:
                            continue
                        key = (d.rule, edited[d.location.start:d.location.end])
                        if key not in base_keys:
                            edited_false += 1
    return {
        "posts": len(posts),
        "known_found": base_known,
        "untouched_false_alarms": base_false,
        "untouched_false_alarm_details": base_details,
        "false_alarms_per_10_posts": round(10 * base_false / max(1, len(posts)), 2),
        "edits": dict(attempts),
        "detected": dict(hits),
        "recall": {k: round(hits[k] / attempts[k], 3) for k in attempts},
        "edited_posts": edited_posts,
        "false_alarms_on_untouched_claims_of_edited_posts": edited_false,
        "false_alarms_per_10_edited_posts": round(10 * edited_false / max(1, edited_posts), 2),
        "missed_examples": {k: v[:5] for k, v in misses.items()},
        "missed_all": dict(misses),
    }


NEG_RE = re.compile(r"(ない|ません|ず[、。に]|なかった|なし|無い|いない)")
NUM_RE = re.compile(r"[0-9０-９]+|[一二三四五六七八九十百千]+(?=[人匹頭台機本枚個羽名つ])")


def jnli_pairs():
    for name in ("jnli-valid-v1.3.jsonl", "jnli-test-v1.3.jsonl"):
        with (JNLI / name).open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


def differs_by_negation_or_number(s1: str, s2: str) -> str | None:
    n1, n2 = bool(NEG_RE.search(s1)), bool(NEG_RE.search(s2))
    if n1 != n2:
        return "negation"
    q1, q2 = NUM_RE.findall(s1), NUM_RE.findall(s2)
    if q1 and q2 and sorted(q1) != sorted(q2):
        return "number"
    return None


def evaluate_jnli() -> dict:
    rules = load_rules([])
    linter = Linter(rules, Selection(["contradiction"], []))
    ent_total = ent_alarm = 0
    con_total: Counter = Counter()
    con_hit: Counter = Counter()
    alarms = []
    for pair in jnli_pairs():
        s1, s2, label = pair["sentence1"], pair["sentence2"], pair["label"]
        if label == "entailment":
            kind = "entailment"
        elif label == "contradiction":
            kind = differs_by_negation_or_number(s1, s2)
            if kind is None:
                continue
        else:
            continue
        post = f"題2025年01月01日 00:00\n【詳細】\n {s1}\n【要点】\n ・{s2}\n"
        found = findings(linter, post)
        if kind == "entailment":
            ent_total += 1
            if found:
                ent_alarm += 1
                alarms.append(f"{s1} / {s2}: {found[0].message}")
        else:
            con_total[kind] += 1
            if found:
                con_hit[kind] += 1
    return {
        "entailment_pairs": ent_total,
        "entailment_false_alarms": ent_alarm,
        "entailment_false_alarm_rate": round(ent_alarm / max(1, ent_total), 4),
        "contradiction_pairs": dict(con_total),
        "contradiction_detected": dict(con_hit),
        "contradiction_recall": {k: round(con_hit[k] / con_total[k], 3) for k in con_total},
        "false_alarm_examples": alarms[:10],
    }


def timing() -> dict:
    """Median time of the contradiction check against every other check on the seed."""
    text = SEED.read_text(encoding="utf-8")
    rules = load_rules([])
    only = Linter(rules, Selection(["contradiction"], []))
    rest = Linter(rules, Selection([], ["contradiction"]))

    def measure(linter):
        runs = []
        for _ in range(7):
            t = time.perf_counter()
            linter.finish([linter.lint_text(text, "seed.txt")])
            runs.append(time.perf_counter() - t)
        runs.sort()
        return runs[len(runs) // 2]

    c, r = measure(only), measure(rest)

    import os
    import subprocess
    import tempfile

    def whole(cache: str, *extra):
        # A cache folder of its own: the rule sets warm (one untimed run), the
        # findings of the last run removed before each timed one, so every
        # run lints the seed.
        env = dict(os.environ, YURE_CACHE_DIR=cache)
        command = [sys.executable, "-m", "lint", "check", "-q", "--isolated", *extra, str(SEED)]
        runs = []
        for k in range(6):
            forget(Path(cache))
            t = time.perf_counter()
            subprocess.run(command, cwd=ROOT, capture_output=True, env=env)
            if k:
                runs.append(time.perf_counter() - t)
        runs.sort()
        return runs[2]

    with tempfile.TemporaryDirectory() as cache:
        full, without = whole(cache), whole(cache, "--ignore", "contradiction")
    return {"contradiction_s": round(c, 4), "everything_else_s": round(r, 4), "ratio": round(c / r, 2),
            "yure_check_s": round(full, 3), "yure_check_without_contradiction_s": round(without, 3),
            "contradiction_share_of_yure_check": round((full - without) / full, 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--limit", type=int, default=None, help="at most N edits per kind")
    args = ap.parse_args()
    if not SEED.exists():
        print(f"skipped: {SEED} not found (the reference data lives beside the project, "
              "or set YURE_TEST_DATA to its folder)", file=sys.stderr)
        return 0
    report = {"seed": evaluate_seed(args.limit), "timing": timing()}
    if JNLI.exists():
        report["jnli"] = evaluate_jnli()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    s = report["seed"]
    print(f"seed: {s['posts']} posts; known contradictions found: {s['known_found']}/{len(KNOWN)}")
    print(f"  false alarms on untouched posts: {s['untouched_false_alarms']} "
          f"({s['false_alarms_per_10_posts']} per 10 posts)")
    for line in s["untouched_false_alarm_details"]:
        print(f"    {line}")
    for kind in ("number", "polarity", "antonym", "entity"):
        n = s["edits"].get(kind, 0)
        print(f"  {kind:<9} recall {s['recall'].get(kind, 0):.1%} ({s['detected'].get(kind, 0)}/{n} edits)")
    print(f"  false alarms on untouched claims of {s['edited_posts']} edited posts: "
          f"{s['false_alarms_on_untouched_claims_of_edited_posts']}")
    t = report["timing"]
    print(f"timing on the seed (checks only, in process): contradiction {t['contradiction_s'] * 1000:.1f} ms, "
          f"every other check {t['everything_else_s'] * 1000:.1f} ms")
    print(f"timing of `yure check` on the seed: {t['yure_check_s'] * 1000:.0f} ms, "
          f"{t['yure_check_without_contradiction_s'] * 1000:.0f} ms with --ignore contradiction "
          f"(contradiction is {t['contradiction_share_of_yure_check']:.0%} of the run)")
    if "jnli" in report:
        j = report["jnli"]
        print(f"jnli: entailment false alarms {j['entailment_false_alarms']}/{j['entailment_pairs']} "
              f"({j['entailment_false_alarm_rate']:.1%})")
        for kind, n in j["contradiction_pairs"].items():
            print(f"  contradiction by {kind}: recall {j['contradiction_recall'][kind]:.1%} "
                  f"({j['contradiction_detected'].get(kind, 0)}/{n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
