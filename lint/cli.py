"""The ``yure`` command line: parse arguments, call :mod:`lint.app`, render, exit.

Exit codes follow ruff: 0 nothing found, 1 findings (or, with ``--diff``, a
diff to show), 2 an error — a bad option, config or rule file, a path that
cannot be read, or a file skipped as not text.
"""

from __future__ import annotations

import gc
import os
import sys

# Importing yure and its rules makes tens of thousands of lasting objects;
# with the default thresholds the collector walks them over and over before
# the first line is read (main turns it off meanwhile; _tune_gc freezes them).
gc.set_threshold(20_000, 20, 100)
from pathlib import Path
from typing import Any, Optional

import click

from lint import __version__
from lint.errors import YureError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _tune_gc() -> None:
    """Keep the cycle collector from re-walking what every run keeps.

    The rule set lives for the whole run and holds no garbage: frozen, the
    collector skips it.  A large file makes millions of small, acyclic
    objects; collecting less often saves a third of the time on 11 MB and
    costs no memory, since reference counting frees them anyway.
    """
    gc.freeze()
    gc.set_threshold(20_000, 20, 100)
    gc.enable()


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


def _project(config_path: Optional[str], isolated: bool, rules: tuple[str, ...], no_builtin: bool) -> Any:
    from lint.app import Project, RuleOptions

    return Project(RuleOptions(config_path, isolated, rules, no_builtin))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="yure")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """yure: keep Japanese prose consistent (表記ゆれ, structure, contradictions)."""
    # Only check loads what lasts the whole run (it turns the collector on
    # itself, once loaded); every other command collects from the start.
    if ctx.invoked_subcommand != "check":
        gc.enable()


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
    from lint.app import CheckOptions, run
    from lint.report import render

    from_stdin = list(paths) == ["-"]
    if "-" in paths and not from_stdin:
        raise click.UsageError("'-' (standard input) cannot be mixed with other paths")
    options = CheckOptions(config_path, isolated, rules, no_builtin, select, ignore, paths=paths, fix=fix,
                           diff=diff, unsafe_fixes=unsafe_fixes, stdin_filename=stdin_filename,
                           encoding=encoding, jobs=jobs, no_cache=no_cache)
    if from_stdin:
        options.stdin = sys.stdin.buffer.read()
    _tune_gc()
    result = run(options)
    for skipped in result.skipped:
        _notice(skipped.message)
    for error in result.errors:
        _notice(error)
    status = EXIT_ERROR if result.skipped or result.errors else EXIT_CLEAN
    if diff:
        from lint.report.diff import file_diff

        for path, new_text in result.fixed.items():
            click.echo(file_diff(path, result.sources[path], new_text), nl=False)
        if result.fixed:
            status = max(status, EXIT_FINDINGS)
        sys.exit(status if not exit_zero or status == EXIT_ERROR else EXIT_CLEAN)
    if fix and from_stdin:
        shown = next(iter(result.sources))
        sys.stdout.buffer.write(result.sources[shown].encode(result.fixed.get(shown, result.texts[shown])))
        sys.stdout.flush()
    colour = _colour(color)
    out = render(fmt or result.format or "text", result.diagnostics, colour=colour, unsafe_fixes=result.unsafe,
                 summary=not quiet, rules=result.linter.rule_for_id, skipped=[s.reason for s in result.skipped])
    written = sum(result.written.values())
    if fix and (fmt or result.format or "text") == "text" and written and not quiet:
        listing = ""
        if show_fixes:
            from lint.report.fix_listing import fix_listing

            listing = fix_listing([f for f in result.applied if f.path in result.written], result.texts)
        out = f"Fixed {written} problem{'s' if written != 1 else ''}{':' if listing else '.'}\n" + listing + out
    if from_stdin and fix:
        sys.stderr.write(out)
    else:
        # click strips colour codes when stdout is not a terminal unless told.
        click.echo(out, nl=False, color=colour)
    if result.diagnostics and not exit_zero:
        status = max(status, EXIT_FINDINGS)
    sys.exit(status)


@cli.command("rules")
@with_rule_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def list_rules(config_path: Optional[str], isolated: bool, rules: tuple[str, ...], no_builtin: bool,
               fmt: str) -> None:
    """List every loaded rule with its id."""
    import json

    from lint.describe import rule_rows

    ruleset = _project(config_path, isolated, rules, no_builtin).ruleset()
    rows = rule_rows(ruleset)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max((len(r["id"]) for r in rows), default=10)
    for r in rows:
        click.echo(f"{r['id']:<{width}}  {r['category']:<13} {r['severity']:<7} {r['fix']:<6} {r['summary']}")
    click.echo(f"{len(rows)} rules from {len(ruleset.sources)} file(s).")


@cli.command()
@click.argument("rule_id")
@with_rule_options
def explain(rule_id: str, config_path: Optional[str], isolated: bool, rules: tuple[str, ...],
            no_builtin: bool) -> None:
    """Explain one rule: what it checks, its fix, and examples."""
    from lint.describe import explain as explain_rule

    click.echo(explain_rule(_project(config_path, isolated, rules, no_builtin).ruleset(), rule_id), nl=False)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--scope", type=click.Choice(["file", "run"]), default="run",
              help="Compare spellings within each file, or across all of them (default).")
@click.option("--emit-yaml", is_flag=True, help="Print the families as a yure rule file to adopt and edit.")
@click.option("--min-count", type=int, default=1, help="Ignore families seen fewer times in all.")
@click.option("--one-edit", is_flag=True, help="Also group long words one substitution apart (noisier).")
@click.option("--sudachi/--no-sudachi", default=True,
              help="Use Sudachi, when installed, for okurigana variants.")
@with_rule_options
def discover(paths: tuple[str, ...], scope: str, emit_yaml: bool, min_count: int, one_edit: bool,
             sudachi: bool, config_path: Optional[str], isolated: bool, rules: tuple[str, ...],
             no_builtin: bool) -> None:
    """Find spelling-variant families in PATHS (a corpus, a blog archive).

    Families the allow-list of the discovered-variant rule accepts are left out.
    """
    from lint.files import DEFAULT_EXTENSIONS, collect_files
    from lint.kinds.discovery.command import families_report
    from lint.textio import NotText, read_source

    texts = {}
    status = EXIT_CLEAN
    for path in collect_files(paths or ["."], DEFAULT_EXTENSIONS):
        try:
            texts[str(path)] = read_source(path).text
        except NotText as exc:
            _notice(str(exc))
            status = EXIT_ERROR
    ruleset = _project(config_path, isolated, rules, no_builtin).ruleset()
    click.echo(families_report(texts, ruleset, scope=scope, emit_yaml=emit_yaml, min_count=min_count,
                               one_edit=one_edit, sudachi=sudachi), nl=False)
    sys.exit(status)


@cli.command("test-rules")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("-q", "--quiet", is_flag=True, help="Print failures only.")
def test_rules(files: tuple[str, ...], quiet: bool) -> None:
    """Run the test cases embedded in rule FILES; exit 2 if any fails."""
    from lint.ruleset.load import load_rule_file
    from lint.ruleset.selftest import run_file_tests

    failed = 0
    for name in files:
        count, failures = run_file_tests(load_rule_file(Path(name)))
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
    # Everything made before the first line is read lasts the whole run: no
    # collection until then (check's _tune_gc turns it back on).
    collecting = gc.isenabled()
    gc.disable()
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
    finally:
        gc.enable() if collecting else gc.disable()


def run() -> None:
    """The ``yure`` command: :func:`main`, then out without a teardown
    (:mod:`lint.leave`).  Tests call :func:`main`, which returns or raises."""
    from lint.leave import exit_status, leave

    try:
        main()
        status = EXIT_CLEAN
    except SystemExit as exc:
        status = exit_status(exc)
    leave(status)


if __name__ == "__main__":
    run()
