"""The application: one function per thing a user asks yure to do.

:func:`run` is ``yure check`` without the command line: read the files,
lint them (or fix them), write what was fixed, and say what happened in a
:class:`RunResult`.  The CLI parses arguments into :class:`CheckOptions`,
calls it, renders the result and sets the exit code; the language server
and tests call the same functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple, Optional

from lint.config import Config, discover, load_config
from lint.diagnostics import Diagnostic
from lint.engine.linter import Linter
from lint.engine.selection import Selection
from lint.errors import YureError
from lint.kinds import KINDS
from lint.ruleset.load import load_rules
from lint.ruleset.model import RuleSet


def split_list(values: tuple[str, ...] | list[str]) -> list[str]:
    """Comma-separated option values, flattened."""
    out = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


class RuleOptions:
    """Where the configuration and rules come from."""

    def __init__(self, config_path: Optional[str] = None, isolated: bool = False, rules: tuple[str, ...] = (),
                 no_builtin: bool = False, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 root: Optional[Path] = None):
        self.config_path = config_path
        self.isolated = isolated
        self.rules = rules
        self.no_builtin = no_builtin
        self.select = select
        self.ignore = ignore
        # The folder whose configuration applies (default: the working directory).
        self.root = root

    def __repr__(self) -> str:
        return f"{type(self).__name__}({vars(self)!r})"


class Project:
    """A configuration and the rule set it loads, merged with command-line options."""

    def __init__(self, options: RuleOptions):
        if options.config_path:
            self.config = load_config(Path(options.config_path))
        elif options.isolated:
            self.config = Config()
        else:
            self.config = discover(options.root or Path.cwd()) or Config()
        self.where = str(self.config.source or "")
        self.rule_files = list(self.config.rules) + [Path(r) for r in options.rules]
        # Per kind: configuration that shapes how its foreign dictionaries load.
        self.foreign: dict[str, Any] = {}
        for kind in KINDS.values():
            if kind.config_key:
                settings = kind.loading_settings(self.config.kinds.get(kind.config_key), self.where)
                if settings is not None:
                    self.foreign[kind.name] = settings
        self.builtin: Any = False if options.no_builtin else self.config.builtin
        given = split_list(options.select) + split_list(options.ignore)
        self.select = split_list(options.select) or list(self.config.select)
        self.ignore = list(self.config.ignore) + split_list(options.ignore)
        configured = {*self.config.select, *self.config.ignore,
                      *(s for _, sels in self.config.per_file_ignores for s in sels)}
        # Selectors written in the configuration file (a wrong one names the file).
        self._from_config = configured - set(given)

    def ruleset(self) -> RuleSet:
        ruleset = load_rules(self.rule_files, self.builtin, self.foreign, cache=self.config.cache)
        by_kind = ruleset.by_kind()
        for kind in KINDS.values():
            value = self.config.kinds.get(kind.config_key) if kind.config_key else None
            if value is not None:
                kind.configure(by_kind.get(kind.name, []), value, self.where)
        return ruleset

    def selection(self, ruleset: RuleSet) -> Selection:
        sel = Selection(self.select, self.ignore, list(self.config.per_file_ignores), list(self.config.posts))
        sel.validate(ruleset.rules, where=lambda s: self.where if s in self._from_config and self.where else None)
        return sel

    def linter(self, ruleset: Optional[RuleSet] = None) -> Linter:
        ruleset = ruleset if ruleset is not None else self.ruleset()
        return Linter(ruleset, self.selection(ruleset), regex_timeout=self.config.regex_timeout)

    def identity(self, linter: Linter) -> str:
        """The configuration and options that shape a run's findings, as text (see lint.cache.results)."""
        return repr((self.config, self.rule_files, self.builtin, sorted(self.foreign.items()), linter.selection,
                     linter.regex_timeout))


class CheckOptions(RuleOptions):
    """``yure check``'s options."""

    def __init__(self, config_path: Optional[str] = None, isolated: bool = False, rules: tuple[str, ...] = (),
                 no_builtin: bool = False, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 root: Optional[Path] = None, paths: tuple[str, ...] = (), fix: bool = False, diff: bool = False,
                 unsafe_fixes: Optional[bool] = None, stdin: Optional[bytes] = None,
                 stdin_filename: Optional[str] = None, encoding: Optional[str] = None, jobs: Optional[int] = None,
                 no_cache: bool = False):
        super().__init__(config_path, isolated, rules, no_builtin, select, ignore, root)
        self.paths = paths
        self.fix = fix
        self.diff = diff
        self.unsafe_fixes = unsafe_fixes
        # Text read from standard input (path "-"), shown under this name.
        self.stdin = stdin
        self.stdin_filename = stdin_filename
        self.encoding = encoding
        self.jobs = jobs
        self.no_cache = no_cache


class Skipped(NamedTuple):
    """A file the run could not read, and why."""

    path: str
    message: str  # one line naming the file
    reason: str  # a short phrase: binary, undecodable…


class RunResult:
    """What a run found, and what it did."""

    def __init__(self, diagnostics: list[Diagnostic], linter: Linter, unsafe: bool, texts: dict[str, str],
                 sources: dict[str, Any], skipped: Optional[list[Skipped]] = None, format: Optional[str] = None):
        self.diagnostics = diagnostics
        self.linter = linter
        self.unsafe = unsafe
        self.texts = texts  # path → text as read
        self.sources = sources  # path → lint.textio.Source (encoding, BOM, line endings)
        self.fixed: dict[str, str] = {}  # path → fixed text (only changed files)
        self.written: dict[str, int] = {}  # path → fixes written into it
        self.applied: list = []  # lint.fix.AppliedFix, in the original texts
        self.skipped: list[Skipped] = [] if skipped is None else skipped  # files not linted
        self.errors: list[str] = []  # one line each: rules stopped, files not written
        self.format = format  # from the configuration


def run(options: CheckOptions) -> RunResult:
    """Lint, fix or preview fixes, as ``options`` ask; raise YureError on bad input."""
    from lint.cache import set_enabled as set_cache_enabled
    from lint.engine.batch import auto_jobs, lint_texts
    from lint.files import DEFAULT_EXTENSIONS, collect_files
    from lint.textio import NotText, decode, read_source

    project = Project(options)
    cfg = project.config
    if options.no_cache:
        cfg.cache = False
    set_cache_enabled(cfg.cache)
    ruleset = project.ruleset()
    linter = project.linter(ruleset)
    unsafe = cfg.unsafe_fixes if options.unsafe_fixes is None else options.unsafe_fixes
    encoding = options.encoding or cfg.encoding

    sources: dict[str, Any] = {}
    files: dict[str, Path] = {}
    skipped: list[Skipped] = []
    if options.stdin is not None:
        shown = options.stdin_filename or "-"
        sources[shown] = decode(options.stdin, shown, encoding)
    else:
        for path in collect_files(options.paths or ["."], cfg.extensions or DEFAULT_EXTENSIONS, cfg.exclude):
            shown = str(path)
            try:
                sources[shown] = read_source(path, shown, encoding)
            except NotText as exc:
                skipped.append(Skipped(shown, str(exc), exc.reason))
                continue
            files[shown] = path
    texts = {p: s.text for p, s in sources.items()}
    chosen_jobs = options.jobs or cfg.jobs
    cache = None
    if cfg.cache and not options.diff:
        from lint.cache.results import ResultCache

        # --fix stores what it finds in the fixed texts but reads nothing:
        # what it writes into files is never taken from an earlier run.
        cache = ResultCache.open(ruleset.sources, project.identity(linter), read=not options.fix)
    result = RunResult([], linter, unsafe, texts, sources, skipped=skipped, format=cfg.format)
    if options.fix or options.diff:
        from lint.fix import fix_texts

        # --diff shows only the changes: the checks that offer no fix need not run.
        outcome = fix_texts(linter, texts, unsafe, jobs=chosen_jobs or auto_jobs(texts), cache=cache,
                            report=not options.diff)
        result.diagnostics = outcome.diagnostics
        result.fixed = outcome.texts
        result.applied = outcome.fixed
        if options.fix and options.stdin is None:
            _write(result, files, outcome.per_file)
    else:
        # Without --jobs, the number of processes suits the files left to lint.
        result.diagnostics = lint_texts(linter, texts, chosen_jobs, cache, unsafe)
    # Rules stopped by their time limit: the findings are incomplete.
    result.errors[:0] = [f"error: {problem}" for problem in linter.problems]
    from lint.cache.programs import save as save_programs

    save_programs()
    return result


def _write(result: RunResult, files: dict[str, Path], per_file: dict[str, int]) -> None:
    """Write the fixed texts back, each in its own encoding, atomically."""
    from lint.textio import write_atomic

    for path, new_text in result.fixed.items():
        source = result.sources[path]
        try:
            write_atomic(files[path], source.encode(new_text), source.seen)
            result.written[path] = per_file.get(path, 0)
        except YureError as exc:
            result.errors.append(str(exc))
        except OSError as exc:
            result.errors.append(f"{path}: cannot write: {exc.strerror or exc}")
