#!/usr/bin/env python3
"""yure against textlint + textlint-rule-prh, on the same inputs with the same rules.

    python bench/compare_textlint.py            # 5 runs of each, alternating
    python bench/compare_textlint.py --repeat 3 --skip-slow

What it does:

* installs textlint and textlint-rule-prh from the npm registry into
  ``bench/.cache/textlint`` (once; versions pinned below);
* builds the inputs from ``../shared/seeds/``: the seed, the seed ×200 as one
  file (about 11 MB), 20 files of 10 copies, and the seed's posts ×200 as
  1,000 files of one post each, in ``bench/.cache/inputs``;
* runs each case several times, yure and textlint alternating, and reports
  the median wall time, the peak memory of the process (``ru_maxrss`` from
  ``wait4``) and the ratio;
* checks that both tools report the same number of findings (or, fixing,
  write the same text) whenever they run the same prh dictionary.

yure runs as a user's install would: its bytecode compiled (as ``pip
install`` does) and its rule-set cache warm (one untimed run first; textlint
gets the same warm-up).  Its cache of findings (:mod:`lint.cache.results`) is
emptied before every run, so each row measures the linting itself; three
rows at the end measure that cache on purpose, against ``textlint --cache``:
an unchanged 11 MB file, 20 files one of which was edited since the last
run, and the 11 MB file with its last post edited since the last run.
Four more time fixing the 11 MB file (``--fix``, against ``textlint
--fix``; the file is put back before every run, and with the same
dictionary both tools must write the same bytes) and previewing the fixes
(``--diff``, against ``textlint --fix --dry-run``).  ``--cold`` also times
WEB+DB_PRESS.yml with the rule-set cache emptied before every run.  Results go to stdout as a Markdown
table and to ``bench/out/compare_textlint.json``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The checkout's yure, installed or not (the yure processes get PYTHONPATH=ROOT too).
sys.path.insert(0, str(ROOT))
# The reference data: beside the checkout, or where YURE_TEST_DATA points.
SHARED = Path(os.environ.get("YURE_TEST_DATA") or ROOT.parent / "shared")
SEED = SHARED / "seeds" / "000_579c7d98fbda4370.txt"
SEED_PRH = SHARED / "oracles" / "textlint-reference" / "seed-prh.yml"
WEBDB = SHARED / "oracles" / "prh-rules" / "media" / "WEB+DB_PRESS.yml"
SMALL_POST = ROOT / "examples" / "news-digest.txt"
CACHE = ROOT / "bench" / ".cache"
OUT = ROOT / "bench" / "out"
TEXTLINT_VERSIONS = {"textlint": "15.8.0", "textlint-rule-prh": "6.1.0"}


def need(path: Path) -> None:
    if not path.exists():
        sys.exit(f"compare_textlint: {path} is missing (the reference data lives beside the project, "
                 "or set YURE_TEST_DATA to its folder)")


def install_textlint() -> Path:
    folder = CACHE / "textlint"
    binary = folder / "node_modules" / ".bin" / "textlint"
    if binary.exists():
        return binary
    if shutil.which("npm") is None:
        sys.exit("compare_textlint: npm is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "package.json").write_text(json.dumps(
        {"name": "yure-bench-textlint", "private": True, "version": "0.0.0",
         "dependencies": TEXTLINT_VERSIONS}, indent=2), encoding="utf-8")
    print(f"installing {TEXTLINT_VERSIONS} into {folder} …", file=sys.stderr)
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=folder, check=True)
    return binary


def textlintrc(name: str, dictionary: Path) -> Path:
    path = CACHE / "textlint" / f"{name}.textlintrc.json"
    path.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(dictionary)]}}}), encoding="utf-8")
    return path


def build_inputs() -> dict[str, Path]:
    folder = CACHE / "inputs"
    folder.mkdir(parents=True, exist_ok=True)
    seed = SEED.read_text(encoding="utf-8")
    unit = seed if seed.endswith("\n") else seed + "\n"
    inputs = {"seed": folder / "seed.txt", "seed×200": folder / "seed-x200.txt", "20 files": folder / "twenty"}
    inputs["seed"].write_text(seed, encoding="utf-8")
    inputs["seed×200"].write_text(unit * 200, encoding="utf-8")
    inputs["20 files"].mkdir(exist_ok=True)
    for i in range(20):
        (inputs["20 files"] / f"part{i:02d}.txt").write_text(unit * 10, encoding="utf-8")
    inputs["2 KB post"] = SMALL_POST
    # A blog archive as most are kept: a file per post (the seed's posts, 200
    # times over, 1,000 files).
    from lint.parse import parse

    inputs["1,000 post files"] = folder / "posts"
    shutil.rmtree(inputs["1,000 post files"], ignore_errors=True)
    inputs["1,000 post files"].mkdir()
    posts = [unit[p.start:p.end] for p in parse(unit, "seed.txt").posts]
    for i in range(200):
        for j, post in enumerate(posts):
            (inputs["1,000 post files"] / f"post{i:03d}-{j}.txt").write_text(post, encoding="utf-8")
    return inputs


def run(cmd: list[str], env: dict, cwd: Path) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MiB, stdout) of one run."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"compare_textlint: {' '.join(cmd)} exited with {proc.returncode}")
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return wall, int(round(peak)), text


def forget_findings(cache: Path) -> None:
    """Empty yure's cache of findings, per file and per post (the rule-set cache stays warm)."""
    from lint.cache.results import forget

    forget(cache)


class EditOne:
    """Before each run, give one of the files a text no earlier run saw (a new last line)."""

    def __init__(self, folder: Path):
        self.path = sorted(folder.iterdir())[0]
        self.original = self.path.read_text(encoding="utf-8")
        self.count = 0

    def __call__(self) -> None:
        self.count += 1
        self.path.write_text(self.original + f"編集{self.count}回目。\n", encoding="utf-8")

    def restore(self) -> None:
        self.path.write_text(self.original, encoding="utf-8")


class Fresh:
    """Before every run of either tool, put back the text to fix (``--fix`` rewrites it)."""

    def __init__(self, source: Path, folder: Path):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        self.source, self.path = source, folder / source.name
        self()

    def __call__(self) -> None:
        shutil.copyfile(self.source, self.path)


def count_yure(stdout: str, cmd: list[str]) -> int:
    """Findings left (with ``--fix``, those it could not fix), or lines added by ``--diff``."""
    if "--diff" in cmd:
        return sum(line.startswith("+") and not line.startswith("+++") for line in stdout.splitlines())
    return len(json.loads(stdout))


def count_textlint(stdout: str, cmd: list[str]) -> int:
    """As :func:`count_yure`: ``--dry-run`` prints a diff, ``--fix`` what it could not fix."""
    if "--dry-run" in cmd:
        return sum(line.startswith("+") for line in stdout.splitlines())
    key = "remainingMessages" if "--fix" in cmd else "messages"
    return sum(len(f[key]) for f in json.loads(stdout))


def linearity(inputs: dict[str, Path], repeat: int) -> dict[str, float]:
    """Lint time of seed×200 over that of the seed, in process (200 = linear).

    Measured inside one process so that start-up, which a whole run of the
    seed is mostly made of, does not hide how the work grows.
    """
    import gc

    from lint.kinds.prh import scope_from
    from lint.cli import _tune_gc
    from lint.engine import Linter
    from lint.ruleset.load import load_rules
    from lint.engine.batch import lint_texts

    small = inputs["seed"].read_text(encoding="utf-8")
    big = inputs["seed×200"].read_text(encoding="utf-8")
    out = {}
    for name, files, builtin in (("seed-prh.yml", [SEED_PRH], False), ("default rules", [], True)):
        linter = Linter(load_rules(files, builtin, scope_from({})))
        lint_texts(linter, {"warm.txt": small})
        _tune_gc()  # as `yure check` does

        def timed(text: str) -> float:
            start = time.perf_counter()
            lint_texts(linter, {"t.txt": text})
            return time.perf_counter() - start

        t_small = statistics.median(timed(small) for _ in range(max(20, repeat)))
        t_big = statistics.median(timed(big) for _ in range(max(1, repeat // 2)))
        out[f"seed×200 over seed, {name}, in process (200 = linear)"] = round(t_big / t_small, 1)
        gc.unfreeze()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="timed runs of each command (default 5)")
    ap.add_argument("--skip-slow", action="store_true", help="leave out textlint with WEB+DB_PRESS.yml on 11 MB")
    ap.add_argument("--cold", action="store_true", help="also time WEB+DB_PRESS.yml with an empty rule cache")
    ap.add_argument("--only", metavar="TEXT", help="time only the cases whose name contains TEXT")
    args = ap.parse_args()
    for path in (SEED, SEED_PRH, WEBDB, SMALL_POST):
        need(path)

    textlint = install_textlint()
    rc_seed, rc_webdb = textlintrc("seed", SEED_PRH), textlintrc("webdb", WEBDB)
    inputs = build_inputs()

    import lint

    # What `pip install` does: compile the bytecode once, up front.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(lint.__file__).parent)], check=True,
                   stdout=subprocess.DEVNULL)
    rule_cache = CACHE / "yure-rule-cache"
    env = dict(os.environ, YURE_CACHE_DIR=str(rule_cache), PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pure_env = dict(env, YURE_PURE_PYTHON="1")
    yure = [sys.executable, "-m", "lint", "check", "--isolated", "-q", "--format", "json"]
    prh_only = ["--no-builtin", "--rules"]
    tl = [str(textlint), "--no-color", "-f", "json", "-c"]
    tl_cache = CACHE / "textlint-cache"
    shutil.rmtree(tl_cache, ignore_errors=True)
    # textlint's own cache: it skips a file only if that file had no findings.
    tl_cached = [str(textlint), "--no-color", "-f", "json", "--cache", "--cache-location", str(tl_cache) + "/", "-c"]
    edited = CACHE / "inputs" / "twenty-edited"
    shutil.rmtree(edited, ignore_errors=True)
    shutil.copytree(inputs["20 files"], edited)
    inputs["20 files, one edited"] = edited
    edit_one = EditOne(edited)
    archive = CACHE / "inputs" / "archive-edited"
    shutil.rmtree(archive, ignore_errors=True)
    archive.mkdir()
    shutil.copy(inputs["seed×200"], archive / "archive.txt")
    inputs["seed×200, its last post edited"] = archive
    edit_archive = EditOne(archive)
    fresh = Fresh(inputs["seed×200"], CACHE / "inputs" / "to-fix")
    inputs["seed×200, to fix"] = fresh.path.parent
    tl_fix = [str(textlint), "--no-color", "--fix", "-f", "json", "-c"]
    tl_diff = [str(textlint), "--no-color", "--fix", "--dry-run", "-f", "diff", "-c"]
    from lint.text.prefilter import _ahocorasick

    # name, input, yure command, textlint command (None: no counterpart), same rules?
    # Then, optionally: keep yure's findings cache between runs, and a step before every run.
    cases: list[tuple] = [
        ("2 KB post, yure default rules vs textlint seed-prh (6 rules)", "2 KB post", yure, [str(rc_seed)], False),
        ("seed, seed-prh.yml", "seed", yure + prh_only + [str(SEED_PRH)], [str(rc_seed)], True),
        ("seed, WEB+DB_PRESS.yml", "seed", yure + prh_only + [str(WEBDB)], [str(rc_webdb)], True),
        ("seed, yure default rules vs textlint seed-prh", "seed", yure, [str(rc_seed)], False),
        ("seed×200, seed-prh.yml", "seed×200", yure + prh_only + [str(SEED_PRH)], [str(rc_seed)], True),
        ("seed×200, WEB+DB_PRESS.yml", "seed×200", yure + prh_only + [str(WEBDB)],
         None if args.skip_slow else [str(rc_webdb)], True),
        ("seed×200, yure default rules vs textlint seed-prh", "seed×200", yure, [str(rc_seed)], False),
        ("seed×200, yure default rules --jobs 1", "seed×200", yure + ["--jobs", "1"], None, False),
        # Everything but the contradiction check, in one process: what the
        # rest of the default set costs.
        ("seed×200, yure default rules --ignore contradiction --jobs 1", "seed×200",
         yure + ["--ignore", "contradiction", "--jobs", "1"], None, False),
        ("20 files, yure default rules --jobs 1", "20 files", yure + ["--jobs", "1"], [str(rc_seed)], False),
        ("20 files, yure default rules --jobs 2", "20 files", yure + ["--jobs", "2"], None, False),
        ("1,000 post files, seed-prh.yml", "1,000 post files", yure + prh_only + [str(SEED_PRH)], [str(rc_seed)],
         True),
        ("1,000 post files, yure default rules vs textlint seed-prh", "1,000 post files", yure, [str(rc_seed)],
         False),
        ("seed×200 unchanged since the last run: yure default rules (findings cache) vs textlint seed-prh --cache",
         "seed×200", yure, ["--cache"], False, True, None),
        ("20 files, one edited since the last run: yure default rules (findings cache) vs textlint seed-prh --cache",
         "20 files, one edited", yure, ["--cache"], False, True, edit_one),
        ("seed×200 with its last post edited since the last run: yure default rules (per-post results) vs "
         "textlint seed-prh --cache", "seed×200, its last post edited", yure, ["--cache"], False, True, edit_archive),
        # Fixing: the file is put back before every run of either tool. With
        # the same dictionary, both tools must write the same bytes.
        ("seed×200 --fix, seed-prh.yml", "seed×200, to fix", yure + ["--fix"] + prh_only + [str(SEED_PRH)],
         ["--fix"], True, False, None, fresh),
        ("seed×200 --fix, yure default rules vs textlint --fix seed-prh", "seed×200, to fix", yure + ["--fix"],
         ["--fix"], False, False, None, fresh),
        ("seed×200 --diff, seed-prh.yml vs textlint --fix --dry-run", "seed×200",
         yure + ["--diff"] + prh_only + [str(SEED_PRH)], ["--dry-run"], True),
        ("seed×200 --diff, yure default rules vs textlint --fix --dry-run seed-prh", "seed×200", yure + ["--diff"],
         ["--dry-run"], False),
    ]
    rows = []
    for name, key, ycmd, tl_rc, same_rules, *more in cases:
        if args.only and args.only not in name:
            continue
        keep_findings, before_run, before_each = (more + [False, None, None][len(more):])
        where = inputs[key]
        target = [str(p) for p in sorted(where.iterdir())] if where.is_dir() else [str(where)]
        runs: dict[str, list] = {"yure": [], "textlint": []}
        commands = {"yure": (ycmd + target, env)}
        special = {"--cache": tl_cached, "--fix": tl_fix, "--dry-run": tl_diff}
        if tl_rc is not None and tl_rc[0] in special:
            commands["textlint"] = (special[tl_rc[0]] + [str(rc_seed)] + target, env)
        elif tl_rc is not None:
            commands["textlint"] = (tl + tl_rc + target, env)

        def one_run(tool: str, cmd: list[str], e: dict) -> tuple[float, int, str]:
            if tool == "yure" and not keep_findings:
                forget_findings(rule_cache)
            if before_each is not None:
                before_each()
            return run(cmd, e, ROOT)

        counts = {}
        fixed = {}
        if before_run is not None:
            before_run()
        for tool, (cmd, e) in commands.items():  # warm-up (rule cache, file cache), untimed
            counts[tool] = (count_yure if tool == "yure" else count_textlint)(one_run(tool, cmd, e)[2], cmd)
            if before_each is not None:
                fixed[tool] = before_each.path.read_bytes()
        for _ in range(args.repeat):
            if before_run is not None:
                before_run()
            for tool, (cmd, e) in commands.items():
                wall, peak, _ = one_run(tool, cmd, e)
                runs[tool].append((wall, peak))
        row = {"case": name, "input": key, "chars": sum(len(p.read_text(encoding="utf-8")) for p in (
            [inputs[key]] if inputs[key].is_file() else sorted(inputs[key].iterdir())))}
        for tool in commands:
            row[tool] = {"median_s": round(statistics.median(w for w, _ in runs[tool]), 3),
                         "peak_mib": max(p for _, p in runs[tool]), "findings": counts[tool]}
        if "textlint" in row:
            row["ratio"] = round(row["textlint"]["median_s"] / row["yure"]["median_s"], 1)
            if same_rules:
                row["same_count"] = counts["yure"] == counts["textlint"]
                if fixed:
                    row["same_count"] = row["same_count"] and fixed["yure"] == fixed["textlint"]
        rows.append(row)
        print(f"done: {name}", file=sys.stderr)
    edit_one.restore()
    edit_archive.restore()
    fresh()

    extra: dict = {}
    figures: dict = {}
    if args.only:  # a part of the table: no figures across rows, and the saved results stay whole
        _print_table(rows, args.repeat)
        return 0 if all(r.get("same_count", True) for r in rows) else 1
    if _ahocorasick is not None:
        cmd = yure + prh_only + [str(WEBDB), str(inputs["seed×200"])]
        walls = []
        for _ in range(args.repeat + 1):  # the first run is a warm-up
            forget_findings(rule_cache)
            walls.append(run(cmd, pure_env, ROOT)[0])
        extra["seed×200, WEB+DB_PRESS.yml, pure Python (no automaton, YURE_PURE_PYTHON=1)"] = round(
            statistics.median(walls[1:]), 3)
    if args.cold:
        cmd = yure + prh_only + [str(WEBDB), str(inputs["seed"])]
        walls = []
        for _ in range(args.repeat):
            shutil.rmtree(rule_cache, ignore_errors=True)
            walls.append(run(cmd, env, ROOT)[0])
        extra["seed, WEB+DB_PRESS.yml, empty rule cache"] = round(statistics.median(walls), 3)

    by = {r["case"]: r for r in rows}
    figures = {**linearity(inputs, args.repeat),
        "WEB+DB_PRESS.yml cost over seed-prh.yml on seed×200 (yure)": round(
            by["seed×200, WEB+DB_PRESS.yml"]["yure"]["median_s"] / by["seed×200, seed-prh.yml"]["yure"]["median_s"], 2),
        "--jobs 1 over --jobs 2 on 20 files": round(
            by["20 files, yure default rules --jobs 1"]["yure"]["median_s"]
            / by["20 files, yure default rules --jobs 2"]["yure"]["median_s"], 2),
    }
    machine = {"date": datetime.date.today().isoformat(), "cores": os.cpu_count(), "python": platform.python_version(),
               "node": subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip(),
               "textlint": TEXTLINT_VERSIONS, "yure_fast": _ahocorasick is not None, "repeat": args.repeat}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "compare_textlint.json").write_text(json.dumps(
        {"machine": machine, "rows": rows, "figures": figures, "extra": extra}, ensure_ascii=False, indent=2),
        encoding="utf-8")

    _print_table(rows, args.repeat)
    print()
    for k, v in {**figures, **extra}.items():
        print(f"- {k}: {v}")
    return 0 if all(r.get("same_count", True) for r in rows) else 1


def _print_table(rows: list[dict], repeat: int) -> None:
    from lint.text.prefilter import _ahocorasick

    yure_fast = _ahocorasick is not None
    versions = TEXTLINT_VERSIONS
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    print(f"Measured {datetime.date.today().isoformat()} on {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, node {node}, textlint {versions['textlint']} + textlint-rule-prh "
          f"{versions['textlint-rule-prh']}; automaton (pyahocorasick) {'installed' if yure_fast else 'absent'}; "
          f"median of {repeat} runs.\n")
    print("| case | yure | textlint | ratio | peak MiB yure / textlint | findings yure / textlint |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        y, t = r["yure"], r.get("textlint")
        same = "" if "same_count" not in r else (" (equal)" if r["same_count"] else " (DIFFER)")
        print(f"| {r['case']} | {y['median_s']:.2f} s | " + (f"{t['median_s']:.2f} s | {r['ratio']}× | "
              f"{y['peak_mib']} / {t['peak_mib']} | {y['findings']} / {t['findings']}{same} |" if t else
              f"– | – | {y['peak_mib']} / – | {y['findings']} / – |"))


if __name__ == "__main__":
    sys.exit(main())
