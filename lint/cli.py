"""The ``yure`` command line.

Exit codes follow ruff: 0 nothing found, 1 findings (or, with ``--diff``, a
diff to show), 2 an error — a bad option, config or rule file, a path that
cannot be read, or a file skipped as not text.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Optional

import click

from lint import __version__
from lint.errors import YureError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: tuple[str, ...]) -> list[str]:
    out = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


class Settings:
    """Configuration file and command-line options, merged."""

    def __init__(self, config_path: Optional[str], isolated: bool, rules: tuple[str, ...], no_builtin: bool,
                 select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()):
        from lint.config import Config, discover, load_config

        if config_path:
            self.config = load_config(Path(config_path))
        elif isolated:
            self.config = Config()
        else:
            self.config = discover(Path.cwd()) or Config()
        self.rule_files = list(self.config.rules) + [Path(r) for r in rules]
        from lint.kinds.prh import scope_from

        self.prh_scope = scope_from(self.config.prh, str(self.config.source or ""))
        self.builtin: Any = False if no_builtin else self.config.builtin
        self.select = _split(select) or list(self.config.select)
        self.ignore = list(self.config.ignore) + _split(ignore)

    def ruleset(self):
        from lint.ruleset.load import load_rules

        ruleset = load_rules(self.rule_files, self.builtin, self.prh_scope, cache=self.config.cache)
        if self.config.discover:
            from lint.kinds.discovery import configure

            for rule in ruleset.rules:
                if rule.kind == "discovery":
                    configure(rule, self.config.discover, str(self.config.source or ""))
        return ruleset

    def identity(self, linter: Any) -> str:
        """The configuration and options that shape a run's findings, as text (see lint.cache.results)."""
        return repr((self.config, self.rule_files, self.builtin, self.prh_scope, linter.selection,
                     linter.regex_timeout))

    def selection(self, ruleset):
        from lint.engine.selection import Selection

        sel = Selection(self.select, self.ignore, list(self.config.per_file_ignores))
        sel.validate(ruleset.rules)
        return sel


def _fix_listing(fixed: list, texts: dict[str, str]) -> str:
    """``  path:line:col: rule 'before' → 'after'`` for every applied fix, in file order."""
    from lint.model import LineIndex

    indexes: dict[str, Any] = {}
    lines = []
    for f in sorted(fixed, key=lambda f: (f.path, f.start, f.round)):
        index = indexes.setdefault(f.path, LineIndex(texts[f.path]))
        line, column = index.position(f.start)
        before = texts[f.path][f.start:f.end]
        lines.append(f"  {f.path}:{line}:{column}: {f.rule} {before!r} → {f.replacement!r}")
    return "\n".join(lines) + "\n" if lines else ""


def _report_problems(linter: Any, status: int) -> int:
    """Rules stopped by their time limit: the findings are incomplete, so exit 2."""
    for problem in linter.problems:
        _notice(f"error: {problem}")
        status = EXIT_ERROR
    return status


def _tune_gc() -> None:
    """Keep the cycle collector from re-walking what every run keeps.

    The rule set lives for the whole run and holds no garbage: frozen, the
    collector skips it.  A large file makes millions of small, acyclic
    objects; collecting less often saves a third of the time on 11 MB and
    costs no memory, since reference counting frees them anyway.
    """
    import gc

    gc.freeze()
    gc.set_threshold(20_000, 20, 100)


def _colour(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _notice(message: str) -> None:
    click.echo(f"yure: {message}", err=True)


common_rule_options = [
    click.option("--config", "config_path", type=click.Path(dir_okay=False),
                 help="Configuration file (pyproject.toml or .yure.yaml); default: discovered."),
    click.option("--isolated", is_flag=True, help="Ignore configuration files."),
    click.option("--rules", "rules", multiple=True, type=click.Path(),
                 help="Extra rule file (YAML, yure or prh format); repeatable."),
    click.option("--no-builtin", is_flag=True, help="Do not load the bundled rule sets."),
]


def with_rule_options(f: Any) -> Any:
    for option in reversed(common_rule_options):
        f = option(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="yure")
def cli() -> None:
    """yure: keep Japanese prose consistent (表記ゆれ, structure, contradictions)."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@with_rule_options
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, default=None, help="Also apply fixes marked unsafe.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github", "sarif"]), default=None,
              help="Output format (default: text).")
@click.option("--select", multiple=True, help="Rule ids, categories or rule sets to enable (comma-separated).")
@click.option("--ignore", multiple=True, help="Rule ids, categories or rule sets to disable (comma-separated).")
@click.option("--stdin-filename", help="Name to use for text read from '-' (decides .txt/.md handling).")
@click.option("--encoding", help="Read (and write) files in this encoding instead of detecting it.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when problems are found.")
@click.option("--color", "color", type=click.Choice(["auto", "always", "never"]), default="auto",
              help="Colour text output (default: only on a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Lint files in this many processes (default: every CPU when there are many files).")
@click.option("--show-fixes", is_flag=True, help="With --fix: list every fix applied, where it was in the file.")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write cached rule sets and findings of unchanged files.")
def check(paths: tuple[str, ...], config_path: Optional[str], isolated: bool, rules: tuple[str, ...],
          no_builtin: bool, fix: bool, diff: bool, unsafe_fixes: Optional[bool], fmt: Optional[str],
          select: tuple[str, ...], ignore: tuple[str, ...], stdin_filename: Optional[str],
          encoding: Optional[str], exit_zero: bool, color: str, quiet: bool, jobs: Optional[int],
          show_fixes: bool, no_cache: bool) -> None:
    """Lint PATHS (files or folders; '-' reads standard input)."""
    from lint.engine import Linter
    from lint.files import DEFAULT_EXTENSIONS, collect_files
    from lint.textio import NotText, decode, read_source

    settings = Settings(config_path, isolated, rules, no_builtin, select, ignore)
    cfg = settings.config
    if no_cache:
        cfg.cache = False
    ruleset = settings.ruleset()
    linter = Linter(ruleset, settings.selection(ruleset), regex_timeout=cfg.regex_timeout)
    _tune_gc()
    fmt = fmt or cfg.format or "text"
    unsafe = cfg.unsafe_fixes if unsafe_fixes is None else unsafe_fixes
    encoding = encoding or cfg.encoding

    status = EXIT_CLEAN
    sources: dict[str, Any] = {}
    files: dict[str, Path] = {}
    from_stdin = list(paths) == ["-"]
    if from_stdin:
        shown = stdin_filename or "-"
        sources[shown] = decode(sys.stdin.buffer.read(), shown, encoding)
    else:
        if "-" in paths:
            raise click.UsageError("'-' (standard input) cannot be mixed with other paths")
        targets = collect_files(paths or ["."], cfg.extensions or DEFAULT_EXTENSIONS, cfg.exclude)
        for path in targets:
            shown = str(path)
            try:
                sources[shown] = read_source(path, shown, encoding)
            except NotText as exc:
                _notice(str(exc))
                status = EXIT_ERROR
                continue
            files[shown] = path

    texts = {p: s.text for p, s in sources.items()}
    from lint.engine.batch import auto_jobs

    chosen_jobs = jobs or cfg.jobs
    jobs = chosen_jobs or auto_jobs(texts)
    written = 0
    written_paths: set[str] = set()
    cache = None
    if cfg.cache and not diff:
        from lint.cache.results import ResultCache

        # --fix stores what it finds in the fixed texts but reads nothing:
        # what it writes into files is never taken from an earlier run.
        cache = ResultCache.open(ruleset.sources, settings.identity(linter), read=not fix)
    if fix or diff:
        from lint.fix import fix_texts
        from lint.report.diff import unified_diff

        # --diff shows only the changes: the checks that offer no fix need not run.
        outcome = fix_texts(linter, texts, unsafe, jobs=jobs, cache=cache, report=not diff)
        diagnostics = outcome.diagnostics
        status = _report_problems(linter, status)
        if diff:
            for path, new_text in outcome.texts.items():
                click.echo(unified_diff(path, texts[path], new_text), nl=False)
            if outcome.texts:
                status = max(status, EXIT_FINDINGS)
            if not exit_zero or status == EXIT_ERROR:
                sys.exit(status)
            sys.exit(EXIT_CLEAN)
        if from_stdin:
            shown = next(iter(sources))
            sys.stdout.buffer.write(sources[shown].encode(outcome.texts.get(shown, texts[shown])))
            sys.stdout.flush()
        else:
            from lint.textio import write_atomic

            for path, new_text in outcome.texts.items():
                try:
                    write_atomic(files[path], sources[path].encode(new_text), sources[path].seen)
                    written += outcome.per_file.get(path, 0)
                    written_paths.add(path)
                except YureError as exc:
                    _notice(str(exc))
                    status = EXIT_ERROR
                except OSError as exc:
                    _notice(f"{path}: cannot write: {exc.strerror or exc}")
                    status = EXIT_ERROR
    else:
        from lint.engine.batch import lint_texts

        # Without --jobs, the number of processes suits the files left to lint.
        diagnostics = lint_texts(linter, texts, chosen_jobs, cache)
        status = _report_problems(linter, status)

    from lint.report import render

    colour = _colour(color)
    out = render(fmt, diagnostics, colour=colour, unsafe_fixes=unsafe, summary=not quiet,
                 rules=linter.rule_for_id)
    if fix and fmt == "text" and written and not quiet:
        listing = ""
        if show_fixes:
            listing = _fix_listing([f for f in outcome.fixed if f.path in written_paths], texts)
        out = f"Fixed {written} problem{'s' if written != 1 else ''}{':' if listing else '.'}\n" + listing + out
    if from_stdin and fix:
        sys.stderr.write(out)
    else:
        # click strips colour codes when stdout is not a terminal unless told.
        click.echo(out, nl=False, color=colour)
    if diagnostics and not exit_zero:
        status = max(status, EXIT_FINDINGS)
    sys.exit(status)


@cli.command("rules")
@with_rule_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def list_rules(config_path: Optional[str], isolated: bool, rules: tuple[str, ...], no_builtin: bool,
               fmt: str) -> None:
    """List every loaded rule with its id."""
    import json

    settings = Settings(config_path, isolated, rules, no_builtin)
    ruleset = settings.ruleset()
    rows = []
    for rule in ruleset.rules:
        rows.append({
            "id": rule.id, "kind": rule.kind, "category": rule.category, "severity": rule.severity,
            "fix": rule.fix, "set": rule.set_name, "source": f"{rule.path}:{rule.line}",
            "summary": _summary(rule), "reports": rule.emitted_ids(),
        })
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max((len(r["id"]) for r in rows), default=10)
    for r in rows:
        fix = {"safe": "fix", "unsafe": "unsafe", "none": "-"}[r["fix"]]
        click.echo(f"{r['id']:<{width}}  {r['category']:<13} {r['severity']:<7} {fix:<6} {r['summary']}")
    click.echo(f"{len(rows)} rules from {len(ruleset.sources)} file(s).")


def _summary(rule: Any) -> str:
    o = rule.options
    if rule.kind == "variants":
        pats = list(o.get("patterns") or []) + list(o.get("pattern") or [])
        return f"{' / '.join(pats)} → {o['expected']}"
    if rule.kind == "consistency":
        return " / ".join(o["forms"]) + " (one per " + rule.scope + ")"
    if rule.kind == "prh":
        return f"{o['patterns'][0]} → {o['expected']}"
    if rule.description:
        first = rule.description.strip().split("。")[0].split(". ")[0]
        return first if len(first) < 80 else first[:77] + "…"
    return rule.kind


@cli.command()
@click.argument("rule_id")
@with_rule_options
def explain(rule_id: str, config_path: Optional[str], isolated: bool, rules: tuple[str, ...],
            no_builtin: bool) -> None:
    """Explain one rule: what it checks, its fix, and examples."""
    settings = Settings(config_path, isolated, rules, no_builtin)
    ruleset = settings.ruleset()
    rule = ruleset.get(rule_id)
    sub = None
    if rule is None and "." in rule_id:
        base, _, sub = rule_id.rpartition(".")
        rule = ruleset.get(base)
        if rule is not None and sub not in (getattr(rule.module, "SUBCODES", None) or {}):
            rule = None
    if rule is None:
        raise YureError(f"unknown rule id {rule_id!r} (see `yure rules`)")
    click.echo(_explain(rule, sub))


def _explain(rule: Any, sub: Optional[str]) -> str:
    import textwrap

    lines = [f"{rule.id}  ({rule.set_name}, {rule.path}:{rule.line})", ""]
    fix = {"safe": "safe fix (applied by --fix)", "unsafe": "unsafe fix (needs --unsafe-fixes)",
           "none": "no fix"}[rule.fix]
    lines.append(f"kind: {rule.kind}   category: {rule.category}   severity: {rule.severity}   "
                 f"scope: {rule.scope}   {fix}")
    lines.append("")
    if rule.description:
        lines.extend(textwrap.wrap(" ".join(rule.description.split()), 78))
    else:
        module_doc = (rule.module.__doc__ or "").strip().split("\n\n")[0]
        lines.extend(textwrap.wrap(" ".join(module_doc.split()), 78))
    lines.append("")
    if rule.kind == "variants":
        pats = list(rule.options.get("patterns") or []) + list(rule.options.get("pattern") or [])
        lines.append(f"expected: {rule.options['expected']}")
        lines.append(f"patterns: {', '.join(pats)}")
    elif rule.kind == "consistency":
        lines.append(f"forms: {', '.join(rule.options['forms'])}")
    subcodes = getattr(rule.module, "SUBCODES", None) or {}
    if subcodes:
        lines.append("reports:")
        for code, text in subcodes.items():
            if sub is None or code == sub:
                lines.append(f"  {rule.id}.{code}: {text}")
    if rule.exceptions:
        lines.append(f"exceptions: {', '.join(rule.exceptions)}")
    examples = [t for t in rule.tests if "\n" not in t.text.strip()][:4]
    if examples:
        lines.append("examples:")
        for t in examples:
            if t.kind == "pass":
                lines.append(f"  ok:    {t.text.strip()}")
            else:
                lines.append(f"  found: {t.text.strip()}" + (f"  →  {t.fixed.strip()}" if t.fixed else ""))
    return "\n".join(lines).rstrip() + "\n"


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--scope", type=click.Choice(["file", "run"]), default="run",
              help="Compare spellings within each file, or across all of them (default).")
@click.option("--emit-yaml", is_flag=True, help="Print the families as a yure rule file to adopt and edit.")
@click.option("--min-count", type=int, default=1, help="Ignore families seen fewer times in all.")
@click.option("--one-edit", is_flag=True, help="Also group long words one substitution apart (noisier).")
@click.option("--sudachi/--no-sudachi", default=True,
              help="Use Sudachi, when installed, for okurigana variants and synonyms.")
@with_rule_options
def discover(paths: tuple[str, ...], scope: str, emit_yaml: bool, min_count: int, one_edit: bool,
             sudachi: bool, config_path: Optional[str], isolated: bool, rules: tuple[str, ...],
             no_builtin: bool) -> None:
    """Find spelling-variant families in PATHS (a corpus, a blog archive).

    Families the allow-list of the discovered-variant rule accepts are left out.
    """
    from lint.kinds.discovery.families import allowed, mine, render_text, render_yaml
    from lint.files import DEFAULT_EXTENSIONS, collect_files
    from lint.textio import NotText, read_source

    texts = {}
    status = EXIT_CLEAN
    for path in collect_files(paths or ["."], DEFAULT_EXTENSIONS):
        try:
            texts[str(path)] = read_source(path).text
        except NotText as exc:
            _notice(str(exc))
            status = EXIT_ERROR
    ruleset = Settings(config_path, isolated, rules, no_builtin).ruleset()
    allow = [entry for r in ruleset.rules if r.kind == "discovery" for entry in r.compiled]
    groups = mine(texts, scope=scope, one_edit=one_edit, sudachi=sudachi)
    groups = [g for g in groups if sum(g.counts().values()) >= min_count and not allowed(g, allow)]
    click.echo(render_yaml(groups, len(texts)) if emit_yaml else render_text(groups), nl=False)
    sys.exit(status)


@cli.command("test-rules")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("-q", "--quiet", is_flag=True, help="Print failures only.")
def test_rules(files: tuple[str, ...], quiet: bool) -> None:
    """Run the test cases embedded in rule FILES; exit 2 if any fails."""
    from lint.ruleset.load import load_rule_file
    from lint.ruleset.selftest import run_antonym_tests, run_rule_tests

    total = 0
    failed = 0
    for name in files:
        ruleset = load_rule_file(Path(name))
        count, failures = run_rule_tests(ruleset)
        pair_count, pair_failures = run_antonym_tests(ruleset)
        # prh specs run when the file loads: a failing one stops the load
        # (exit 2), so reaching here means they all passed.
        count += pair_count + sum(r.options.get("specs", 0) for r in ruleset.rules if r.kind == "prh")
        failures = [*failures, *pair_failures]
        total += count
        failed += len(failures)
        for f in failures:
            click.echo(str(f), err=True)
        if not quiet:
            click.echo(f"{name}: {count - len(failures)}/{count} cases passed")
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


@cli.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default; some clients pass it).")
def lsp(stdio: bool) -> None:
    """Run the language server on standard input and output (needs yure[lsp])."""
    from lint.lsp import main as serve

    sys.exit(serve())


def main(argv: Optional[list[str]] = None) -> None:
    try:
        cli.main(args=argv, prog_name="yure", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_ERROR)
    except YureError as exc:
        click.echo(f"yure: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_CLEAN)
    except Exception as exc:  # a bug in yure: say so in one line, not a traceback
        if os.environ.get("YURE_DEBUG"):
            raise
        click.echo(f"yure: internal error: {type(exc).__name__}: {exc} (set YURE_DEBUG=1 for a traceback)",
                   err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()
