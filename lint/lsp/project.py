"""The language server's one way into yure: configuration, rule set, linting,
fixes, explanations and suppression comments for one folder.

Every call into yure's internals is here, so that the server follows a
change of them in one place.  What leaves this module is plain data
(:class:`Finding`, :class:`Problem`, offsets into the texts given), never
yure's own objects.  Methods that lint are called from one thread at a time.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from lint.errors import YureError
from lint.lsp.edits import Edit, applied, one_edit, unshift

CONFIG_NAMES = (".yure.yaml", ".yure.yml", "pyproject.toml")


@dataclass(frozen=True)
class Evidence:
    path: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: str  # error | warning | info
    message: str
    start: int
    end: int
    fix: Optional[Edit] = None
    related: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Problem:
    """A configuration or rule file yure could not use, or a rule stopped by its time limit."""

    message: str
    path: Optional[str]
    line: Optional[int]
    rule: Optional[str] = None
    stopped: bool = False  # a rule stopped by its time limit, not a file that cannot be used

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}: " if self.path and self.line else f"{self.path}: " if self.path else ""
        return f"{where}{'rule ' + repr(self.rule) + ': ' if self.rule else ''}{self.message}"


def _problem(exc: YureError) -> Problem:
    from lint.errors import RegexTimeout

    path = exc.path
    if path and not path.startswith("<"):
        # A configuration error names its table: "…/pyproject.toml [tool.yure]".
        path = str(Path(path.removesuffix(" [tool.yure]")).resolve())
    return Problem(exc.message, path, exc.line, exc.rule, isinstance(exc, RegexTimeout))


class ProjectError(Exception):
    def __init__(self, problem: Problem, watched: dict[str, Any]):
        super().__init__(str(problem))
        self.problem = problem
        self.watched = watched


def stamp(path: str) -> Any:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def _config_candidates(root: Path) -> list[str]:
    """Every file whose appearance or change could change the configuration
    found from ``root`` (the search the CLI makes, up to the repository root)."""
    out = []
    for folder in (root, *root.parents):
        out.extend(str(folder / name) for name in CONFIG_NAMES)
        if (folder / ".git").exists():
            break
    return out


@dataclass
class Project:
    """What ``yure check`` run in ``root`` would use."""

    root: Path
    config_path: Optional[str]
    config: Any  # lint.config.Config
    linter: Any
    watched: dict[str, Any]  # path → (mtime, size) or None when missing
    fingerprint: Optional[str]
    _memo: dict[str, tuple[str, Any]] = field(default_factory=dict)  # path → (text, FileResult)
    _posts: dict[str, dict] = field(default_factory=dict)  # path → per-post results of its last lint
    _stored: dict[str, str] = field(default_factory=dict)  # path → the text last put in the results cache

    # -- loading ----------------------------------------------------------

    @classmethod
    def load(cls, root: Path) -> "Project":
        """Raises :class:`ProjectError` for a configuration or rule file yure cannot use."""
        from lint.app import Project as Configured, RuleOptions

        root = root.resolve()
        watched = {p: stamp(p) for p in _config_candidates(root)}
        try:
            configured = Configured(RuleOptions(root=root))
            for rule_file in configured.rule_files:
                watched[str(Path(rule_file).resolve())] = stamp(str(rule_file))
            ruleset = configured.ruleset()
            for source in ruleset.sources:
                if not source.startswith("<"):
                    watched[str(Path(source).resolve())] = stamp(source)
            linter = configured.linter(ruleset)
        except YureError as exc:
            problem = _problem(exc)
            if problem.path:
                watched[problem.path] = stamp(problem.path)
            raise ProjectError(problem, watched) from None
        config = configured.config
        fp = None
        if config.cache:
            from lint.cache import cache_dir
            from lint.cache.results import fingerprint

            if cache_dir() is not None:
                fp = fingerprint(ruleset.sources, configured.identity(linter))
        return cls(root, str(config.source) if config.source else None, config, linter, watched, fp)

    def stale(self) -> bool:
        """Has a configuration or rule file this project was built from changed?"""
        return any(stamp(path) != seen for path, seen in self.watched.items())

    def wants(self, path: str) -> bool:
        """Would ``yure check`` of the folder lint ``path`` (relative to the root)?"""
        from lint.files import DEFAULT_EXTENSIONS

        config = self.config
        exts = tuple(e.lower() if e.startswith(".") else "." + e.lower()
                     for e in (config.extensions or DEFAULT_EXTENSIONS))
        if not path.lower().endswith(exts):
            return False
        parts = Path(path).parts
        for i in range(1, len(parts) + 1):
            rel = "/".join(parts[:i])
            for pattern in config.exclude:
                pattern = pattern.rstrip("/")
                if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(parts[i - 1], pattern):
                    return False
        return True

    @property
    def unsafe_fixes(self) -> bool:
        return bool(self.config.unsafe_fixes)

    # -- linting ----------------------------------------------------------

    def lint(self, texts: dict[str, str], saved: frozenset = frozenset()
             ) -> tuple[dict[str, list[Finding]], list[Problem]]:
        """Findings per path of ``texts`` (all linted as one run, so ``scope:
        run`` rules compare them), and the rules stopped by their time limit.

        Unchanged texts are answered from the last lint, texts stored by an
        earlier ``yure check`` from its cache; ``saved`` paths (their text is
        the file's) are stored there in turn.  Within a changed text, posts
        that did not change (nor move) are not checked again by the per-post kinds.
        """
        from lint.engine.batch import file_results
        from lint.engine.linter import FileResult

        cache = self._cache()
        results: dict[str, Any] = {}
        pending: dict[str, str] = {}
        keys: dict[str, str] = {}
        for path, text in texts.items():
            known = self._memo.get(path)
            if known is not None and known[0] == text:
                results[path] = known[1]
                if cache is not None and path in saved and self._stored.get(path) != text:
                    self._store(cache, path, text, known[1])
                continue
            if cache is not None:
                keys[path] = cache.key(path, text)
                found = cache.get(keys[path], FileResult)
                if found is not None:
                    results[path] = found
                    self._stored[path] = text
                    continue
            pending[path] = text
        if pending:
            memos = {path: self._post_memo(path, cache) for path in pending}
            for result in file_results(self.linter, pending, 1, memos):
                path = result.path
                if result.post_memo is not None:
                    self._posts[path] = result.post_memo
                if cache is not None and path in saved:
                    self._store(cache, path, pending[path], result)
                results[path] = result
        if cache is not None:
            cache.prune()
        for path in list(self._memo):
            if path not in texts:
                del self._memo[path]
                self._posts.pop(path, None)
                self._stored.pop(path, None)
        for path, result in results.items():
            self._memo[path] = (texts[path], result)
        linter = self.linter
        linter.problems.clear()
        ordered = [results[path] for path in texts]
        diagnostics = linter.finish(ordered, self.unsafe_fixes)
        findings: dict[str, list[Finding]] = {path: [] for path in texts}
        for d in diagnostics:
            if d.path in findings:
                findings[d.path].append(_finding(d))
        problems = [_problem(p) for p in linter.problems]
        return findings, problems

    def _store(self, cache: Any, path: str, text: str, result: Any) -> None:
        """Keep ``result`` for ``yure check`` (and the next server) to find."""
        from lint.engine.batch import store_result

        posts = self._posts.get(path) if result.post_memo is None else result.post_memo
        store_result(cache, cache.key(path, text), result.with_post_memo(posts))
        self._stored[path] = text

    def _cache(self) -> Any:
        if self.fingerprint is None:
            return None
        from lint.cache import cache_dir
        from lint.cache.results import ResultCache

        folder = cache_dir()
        return None if folder is None else ResultCache(folder, self.fingerprint)

    def _post_memo(self, path: str, cache: Any) -> Any:
        from lint.engine.per_post import PostMemo

        if path in self._posts:
            return PostMemo(self._posts[path])
        return PostMemo(cache.posts_of(path) if cache is not None else None)

    def _lint_alone(self, path: str, text: str) -> list[Finding]:
        from lint.engine.batch import lint_texts

        return [_finding(d) for d in lint_texts(self.linter, {path: text}, 1, None, self.unsafe_fixes)
                if d.path == path]

    # -- fixes ------------------------------------------------------------

    def fix_all(self, texts: dict[str, str], path: str) -> Optional[tuple[str, list[Edit]]]:
        """``path``'s text after ``yure check --fix`` (the fixes check offers,
        applied once), and edits that turn the text into it; None if nothing
        changes.

        The other ``texts`` are linted with it when a ``scope: run`` rule
        with a fix could compare them.
        """
        from lint.fix import fix_texts

        run_wide = any(r.scope == "run" and r.fix != "none" for r in self.linter.rules)
        batch = dict(texts) if run_wide else {path: texts[path]}
        outcome = fix_texts(self.linter, batch, self.unsafe_fixes, jobs=1, report=False)
        new_text = outcome.texts.get(path)
        if new_text is None:
            return None
        old_text = texts[path]
        done = sorted((f for f in outcome.fixed if f.path == path), key=lambda f: f.start)
        edits = [Edit(f.start, f.end, f.replacement) for f in done]
        if applied(old_text, edits) == new_text:
            return new_text, edits
        return new_text, [one_edit(old_text, new_text)]

    # -- suppression comments ---------------------------------------------

    def suppression(self, path: str, text: str, finding: Finding) -> Optional[Edit]:
        """An insertion that silences ``finding`` with yure's comment for its
        line: ``<!-- yure: disable-line RULE -->`` at the end of the line, or
        ``disable-next-line`` on a line above it where a comment at the end
        would change what the line is (a heading, a post title).  The one
        chosen removes the finding and adds none; None if neither does.
        """
        from lint.model import LineIndex

        index = LineIndex(text)
        line, _ = index.position(min(finding.start, len(text)))
        start, end = index.line_span(line)
        body = text[start:end].rstrip("\r\n")
        line_break = text[start + len(body):end] or ("\r\n" if "\r\n" in text else "\n")
        candidates = [
            Edit(start + len(body), start + len(body), f"<!-- yure: disable-line {finding.rule} -->"),
            Edit(start, start, f"<!-- yure: disable-next-line {finding.rule} -->{line_break}"),
        ]
        before = {_key(f) for f in self._lint_alone(path, text)}
        shape = self._shape(path, text)
        target = _key(finding)
        for edit in candidates:
            if self._shape(path, applied(text, [edit])) != shape:
                continue
            size = len(edit.replacement)
            after = set()
            for f in self._lint_alone(path, applied(text, [edit])):
                s, e = unshift(f.start, edit.start, size, True), unshift(f.end, edit.start, size, False)
                after.add((f.rule, s, e))
            if target not in after and after <= before:
                return edit
        return None

    def _shape(self, path: str, text: str) -> tuple:
        """What the parser makes of ``text``: posts, their sections and kinds of block."""
        doc = self.linter.parse(text, path)
        return tuple((p.has_title, p.timestamp, tuple(b.kind for b in p.preamble),
                      tuple((s.name, tuple(b.kind for b in s.blocks)) for s in p.sections),
                      tuple(h.name for h in p.unknown_headings)) for p in doc.posts)

    # -- explanations -----------------------------------------------------

    def explain(self, rule_id: str) -> Optional[str]:
        """What ``yure explain RULE_ID`` prints, or None for an unknown id."""
        from lint.describe import explain

        try:
            return explain(self.linter.ruleset, rule_id)
        except YureError:
            return None


def _finding(d: Any) -> Finding:
    fix = d.fix
    loc = d.location
    return Finding(
        d.rule, d.category, d.severity, d.message, loc.start, loc.end,
        Edit(fix.start, fix.end, fix.replacement, fix.safe) if fix is not None else None,
        tuple(Evidence(r.location.path, r.location.start, r.location.end, r.text) for r in d.related))


def _key(f: Finding) -> tuple:
    return (f.rule, f.start, f.end)


def relative(root: Path, path: str) -> str:
    """``path`` as ``yure check`` run in ``root`` names it."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return path
