#!/usr/bin/env python3
"""Does yure's time grow linearly with its input, whatever shape the input has?

    python bench/scaling.py                 # every shape at 1×, 2× and 4×
    python bench/scaling.py --shape links --repeat 5
    python bench/scaling.py --fix           # the same inputs, fixed (or --diff)

The textlint comparison grows one input (the sample, repeated); this grows
inputs of other shapes, each built here from generated text, to catch the
faults a repeated sample hides: a source list of thousands of links, one
post of hundreds of key points, one very long sentence, long runs of
numerals and katakana, thousands of dates or names in a sentence, a long
katakana run full of matches, a directive on every other line, thousands of
disable comments left open, thousands of distinct katakana words, Markdown
brackets, comments and directives that never close, quotations a
dictionary's targets leave alone, a word two dictionary entries turn into
each other.  Each shape is linted at three sizes with the default rules
(plus, for the last two, a prh dictionary), with ``yure check --isolated``:
the fastest of ``--repeat`` runs, with the rule sets cached and the findings
of earlier runs forgotten.  With ``--fix`` or ``--diff`` each run fixes (or
previews the fixes of) a fresh copy instead.  The time of an empty file is
taken off, and the growth from each size to the next is printed: 2.0 is
linear.  A growth more than 30 % above what the shape should cost is marked,
and the script then exits 1.  A growth from a time under 0.1 s is shown in
brackets and not judged: on a shared machine it is noise.

Results go to stdout as a Markdown table and to ``bench/out/scaling.json``
(``scaling-fix.json``, ``scaling-diff.json``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's yure, installed or not
OUT = ROOT / "bench" / "out"

PLACES = ["東京", "大阪", "札幌", "福岡", "名古屋", "仙台", "広島", "神戸", "京都", "那覇"]
BODIES = ["市役所", "県警", "大学", "商工会議所", "保健所", "気象台", "図書館", "港湾局", "水道局", "消防局"]
DEEDS = [("予算を増加", "予算を減少"), ("計画を承認", "計画を拒否"), ("規制を強化", "規制を緩和"),
         ("路線を拡大", "路線を縮小"), ("施設を開設", "施設を閉鎖")]
KATAKANA = [chr(c) for c in range(0x30A2, 0x30F3)]


def sentence(rng: random.Random, flip: bool = False) -> str:
    """One generated news sentence: a place, a body, a year, a count, a deed."""
    deed = rng.choice(DEEDS)[1 if flip else 0]
    return (f"{rng.choice(PLACES)}の{rng.choice(BODIES)}は{rng.randrange(1990, 2030)}年に"
            f"{rng.randrange(2, 900)}人の職員で{deed}した。")


def post(rng: random.Random, points: int, details: int, title: str = "記録") -> str:
    lines = [f"{title} 2025年03月20日 17:36", "【要点】"]
    lines += [f" ・{sentence(rng, flip=rng.random() < 0.1)}" for _ in range(points)]
    lines += ["【詳細】", " " + "".join(sentence(rng) for _ in range(details))]
    lines += ["【引用・参照・底本】", " 市の発表 2025.03.20", " https://example.jp/news/1", ""]
    return "\n".join(lines)


def posts(n: int) -> str:
    """n posts of a few key points and details each (the archive shape)."""
    rng = random.Random(1)
    return "\n".join(post(rng, 3, 6, f"記録{i}") for i in range(n))


def long_post(n: int) -> str:
    """One post of 20 key points whose details grow."""
    return post(random.Random(2), 20, n)


def long_post_many_points(n: int) -> str:
    """One post whose key points and details both grow."""
    return post(random.Random(2), n, 4 * n)


def long_sentence(n: int) -> str:
    """One detail sentence of n clauses, joined by 、 (antonyms and names all along it)."""
    rng = random.Random(3)
    clause = "、".join(sentence(rng)[:-3] for _ in range(n))
    return f"記録 2025年03月20日 17:36\n【要点】\n ・東京の市役所は予算を減少した。\n【詳細】\n {clause}した。\n"


def unbroken_runs(n: int) -> str:
    """A key point and a detail sentence, each holding runs of n digits and
    n kanji numerals with no unit after them, and n katakana with no title."""
    runs = "1234567890" * (n // 10) + "と" + "三千二百" * (n // 4) + "の" + "アイウエオカキクケコ" * (n // 10)
    return (f"記録 2025年03月20日 17:36\n【要点】\n ・東京の予算は{runs}だ。\n"
            f"【詳細】\n 東京の予算は{runs}ではない。\n")


def dated_counts(n: int) -> str:
    """A key point and a detail sentence, each holding n dates, each date with a count."""
    def clauses(shift: int) -> str:
        return "".join(f"{2000 + i % 25}年{1 + i % 12}月{1 + i % 28}日に{i + shift}人、" for i in range(n))
    return (f"記録 2025年03月20日 17:36\n【要点】\n ・{clauses(0)}来た。\n"
            f"【詳細】\n {clauses(1)}来た。\n")


COUNTRIES = ["ドイツ", "フランス", "イタリア", "スペイン", "ロシア", "ウクライナ", "米国", "英国"]


def many_names(n: int) -> str:
    """A key point naming n countries over a detail naming three, and a key
    point naming three over a detail naming n (two posts: each long sentence
    is compared only with short ones)."""
    many = "".join(f"{COUNTRIES[i % 8]}の首相と" for i in range(n)) + "会談した。"
    three = "英国の首相とカナダの首相とドイツの首相が会談した。"
    return (f"記録1 2025年03月20日 17:36\n【要点】\n ・{many}\n【詳細】\n {three}\n"
            f"記録2 2025年03月21日 17:36\n【要点】\n ・{three}\n【詳細】\n {many}\n")


def katakana_run(n: int) -> str:
    """A katakana run of n known words (each one a match), in one sentence."""
    return "前置き。" + "インディア" * n + "。\n"


def links(n: int) -> str:
    """One source section listing n links, each under a title."""
    rows = "".join(f" 第{i}報 2025.03.20\n https://example{i % 50}.jp/news/{i}\n" for i in range(n))
    return f"記録 2025年03月20日 17:36\n【要点】\n ・点。\n【詳細】\n 本文。\n【引用・参照・底本】\n{rows}"


def directives(n: int) -> str:
    """n lines, every other one with a disable-line comment."""
    return "".join("インディアの記録。<!-- yure: disable-line -->\n" if i % 2 else "インディアの記録。\n"
                   for i in range(n))


def range_directives(n: int) -> str:
    """n ``disable`` comments naming one rule, every other one closed by an ``enable``."""
    return "".join(f"<!-- yure: disable kyiv -->\nインディアの記録{i}。\n"
                   + ("<!-- yure: enable kyiv -->\n" if i % 2 else "") for i in range(n))


def katakana_words(n: int) -> str:
    """n distinct katakana words, each in a sentence (variant discovery's vocabulary)."""
    rng = random.Random(4)
    return "".join("この" + "".join(rng.choice(KATAKANA) for _ in range(rng.randrange(4, 9))) + "を見た。\n"
                   for _ in range(n))


def markdown(n: int) -> str:
    """n Markdown blocks: heading, link, inline code, fenced code, table."""
    return "".join(f"## 節{i}\n\nインディアの[記事{i}](https://example.jp/{i})と`code{i}`。\n\n"
                   f"```\nprint('インディア {i}')\n```\n\n| 国 | 数 |\n|---|---|\n| インディア | {i} |\n\n"
                   for i in range(n))


def unclosed_markdown(n: int) -> str:
    """A line of n link brackets that no "]" closes, a line of n autolinks
    that no ">" closes, then n lines opening a comment that never ends and
    n opening a yure directive that never ends."""
    return ("".join(f"[未完{i}の記録。" for i in range(n)) + "\n\n"
            + "".join(f"<https://example.jp/{i}の記録。" for i in range(n)) + "\n\n"
            + "".join(f"<!--記録{i}。\n" for i in range(n))
            + "".join(f"<!-- yure: disable kyiv 記録{i}。\n" for i in range(n)))


def quotations(n: int) -> str:
    """n paragraphs, each a quotation and a word outside it (see QUOTE_RULES)."""
    return "".join(f"彼は「サーバ{i}だ」と言い、サーバを見た。\n\n" for i in range(n))


# A prh dictionary whose fixes stay out of quotations (prh's targets).
QUOTE_RULES = """version: 1
targets:
  - file: /\\.md$/
    excludes:
      - /「[^」]*」/
rules:
  - expected: サーバー
    pattern: /サーバ(?!ー)/
"""


def undoing_rules(n: int) -> str:
    """n lines, each with a word two rules of UNDOING_RULES turn into each other."""
    return "".join(f"コンピュータの話{i}。\n" for i in range(n))


# Two dictionary entries that undo each other: --fix must find that out and
# leave every such place unfixed.
UNDOING_RULES = """version: 1
rules:
  - expected: コンピューター
    pattern: /コンピュータ(?!ー)/
  - expected: コンピュータ
    pattern: コンピューター
"""


def sections(n: int) -> str:
    """One post with n sections of its own."""
    return "記録 2025年03月20日 17:36\n" + "".join(f"【節{i}】\n 本文{i}。\n" for i in range(n))


# shape → (builder, file suffix, base size, expected growth per doubling);
# a shape in RULES runs with that rule file added to the default rules.
# Every key point is aligned with every detail sentence of its post, so a
# post whose points and details both double costs four times as much.
SHAPES: dict[str, tuple[Callable[[int], str], str, int, float]] = {
    "posts": (posts, ".txt", 1000, 2.0),
    "long-post": (long_post, ".txt", 1500, 2.0),
    "long-post-many-points": (long_post_many_points, ".txt", 150, 4.0),
    "long-sentence": (long_sentence, ".txt", 6000, 2.0),
    "unbroken-runs": (unbroken_runs, ".txt", 50000, 2.0),
    "dated-counts": (dated_counts, ".txt", 4000, 2.0),
    "many-names": (many_names, ".txt", 2000, 2.0),
    "katakana-run": (katakana_run, ".txt", 4000, 2.0),
    "links": (links, ".txt", 8000, 2.0),
    "directives": (directives, ".txt", 10000, 2.0),
    "range-directives": (range_directives, ".txt", 4000, 2.0),
    "katakana-words": (katakana_words, ".txt", 30000, 2.0),
    "markdown": (markdown, ".md", 2000, 2.0),
    "unclosed-markdown": (unclosed_markdown, ".md", 16000, 2.0),
    "sections": (sections, ".txt", 12000, 2.0),
    "quotations": (quotations, ".md", 4000, 2.0),
    "undoing-rules": (undoing_rules, ".txt", 4000, 2.0),
}
RULES = {"quotations": QUOTE_RULES, "undoing-rules": UNDOING_RULES}
# A growth this much above the expected one is marked.
SLACK = 1.3
# A growth from a time shorter than this (after the baseline) is noise on
# a shared machine: it is shown in brackets and not judged.
TOO_QUICK = 0.1


def timed(path: Path, repeat: int, mode: list[str], cache: Path) -> float:
    """The fastest of ``repeat`` runs, each on the original text with no findings kept."""
    from lint.cache.results import forget

    command = [sys.executable, "-m", "lint", "check", "--isolated", "-q", "--format", "json", *mode, str(path)]
    # The rule sets stay cached, as on a user's machine; findings do not.
    env = dict(os.environ, PYTHONPATH=str(ROOT), YURE_CACHE_DIR=str(cache))
    original = path.read_bytes()
    best = float("inf")
    for _ in range(repeat):
        path.write_bytes(original)  # --fix rewrites it
        forget(cache)
        started = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):
            sys.exit(f"scaling: yure failed on {path.name}: {done.stderr.decode(errors='replace').strip()}")
        best = min(best, elapsed)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--fix", action="store_const", const=["--fix"], dest="mode", default=[],
                        help="time fixing the inputs")
    action.add_argument("--diff", action="store_const", const=["--diff"], dest="mode", help="time previewing fixes")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "lint")], check=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="yure-scaling-") as tmp:
        cache = Path(tmp) / "cache"
        empty = Path(tmp) / "empty.txt"
        empty.write_text("", encoding="utf-8")
        timed(empty, 1, [], cache)  # fills the rule-set cache
        baseline = timed(empty, args.repeat, args.mode, cache)
        print(" ".join(["yure check", *args.mode]) + f": baseline (an empty file) {baseline:.3f} s\n")
        print("| shape | size at 1× | 1× | 2× | 4× | growth 1→2× | growth 2→4× | expected |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for name in args.shape or SHAPES:
            build, suffix, base, expected = SHAPES[name]
            mode = list(args.mode)
            if name in RULES:
                rule_file = Path(tmp) / f"{name}-rules.yml"
                rule_file.write_text(RULES[name], encoding="utf-8")
                mode += ["--rules", str(rule_file)]
            times, sizes = [], []
            for factor in (1, 2, 4):
                path = Path(tmp) / f"{name}-{factor}{suffix}"
                text = build(base * factor)
                path.write_text(text, encoding="utf-8")
                sizes.append(len(text))
                times.append(max(timed(path, args.repeat, mode, cache) - baseline, 1e-3))
            growth = [times[1] / times[0], times[2] / times[1]]
            # A growth is judged only from a time long enough to measure.
            judged = [times[k] >= TOO_QUICK for k in range(2)]
            over = [judged[k] and growth[k] > expected * SLACK for k in range(2)]
            marks = [f"**{g:.2f}**" if o else f"{g:.2f}" if j else f"({g:.2f})"
                     for g, j, o in zip(growth, judged, over)]
            print(f"| {name} | {sizes[0]:,} chars | {times[0]:.2f} s | {times[1]:.2f} s | {times[2]:.2f} s "
                  f"| {marks[0]} | {marks[1]} | {expected:.1f} |", flush=True)
            rows.append({"shape": name, "chars": sizes, "seconds": times, "growth": growth, "expected": expected,
                         "judged": judged, "marked": any(over)})
    OUT.mkdir(parents=True, exist_ok=True)
    name = "scaling" + "".join(m.replace("--", "-") for m in args.mode) + ".json"
    (OUT / name).write_text(json.dumps({"mode": args.mode, "baseline": baseline, "rows": rows}, indent=2) + "\n",
                            encoding="utf-8")
    marked = [r["shape"] for r in rows if r["marked"]]
    print("\ngrowing faster than expected: " + (", ".join(marked) if marked else "none"))
    return 1 if marked else 0


if __name__ == "__main__":
    sys.exit(main())
