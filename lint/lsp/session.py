"""Which folder each open document belongs to, and linting them there.

Each workspace folder is linted as ``yure check`` run in it would be: its
configuration, its rule files, paths relative to it, and ``scope: run``
rules comparing the folder's open documents.  A document outside every
folder is linted as from its own folder.  The methods that lint run in the
server's one lint thread.
"""

from __future__ import annotations

import gc
import logging
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from lint.lsp.documents import LANGUAGE_SUFFIX, Document
from lint.lsp.positions import PositionMap
from lint.lsp.project import Finding, Problem, Project, ProjectError, relative, stamp

log = logging.getLogger("yure.lsp")
# More findings than this in one document are not shown (editors slow down
# long before), and a log message says so.
MAX_SHOWN = 10_000


@dataclass
class Snapshot:
    """One open document as a lint saw it."""

    uri: str
    version: Optional[int]
    name: str  # the path yure reports, relative to the folder
    text: str
    saved: bool
    positions: Optional[PositionMap] = None


@dataclass
class Outcome:
    root: Path
    linted: dict[str, tuple[Snapshot, list[Finding]]] = field(default_factory=dict)  # uri → what was found
    skipped: list[str] = field(default_factory=list)  # uris of documents yure does not lint here
    problems: list[Problem] = field(default_factory=list)  # configuration, rule files, time limits
    logs: list[tuple[int, str]] = field(default_factory=list)  # (logging level, message)


class Folders:
    def __init__(self) -> None:
        self.roots: list[Path] = []
        self.projects: dict[Path, Project] = {}
        # A folder whose configuration or rule files are broken: the problem,
        # and the files whose change may mend it (path → stamp).
        self.broken: dict[Path, ProjectError] = {}

    def set_roots(self, paths: list[str]) -> None:
        self.roots = sorted({Path(p).resolve() for p in paths}, key=lambda p: -len(p.parts))

    def root_of(self, doc: Document) -> Path:
        path = doc.path
        if path is None:
            return self.roots[-1] if self.roots else Path.cwd().resolve()
        resolved = Path(path).resolve()
        for root in self.roots:  # the deepest folder first
            if resolved == root or root in resolved.parents:
                return root
        return resolved.parent

    def name_of(self, doc: Document, root: Path) -> str:
        path = doc.path
        if path is not None:
            return relative(root, path)
        name = doc.uri.rsplit("/", 1)[-1].rsplit(":", 1)[-1] or "untitled"
        suffix = LANGUAGE_SUFFIX.get(doc.language_id, "")
        return name if not suffix or name.lower().endswith(suffix) else name + suffix

    def watches(self, path: str) -> bool:
        """Is ``path`` a configuration or rule file of a folder?"""
        resolved = str(Path(path).resolve())
        return any(resolved in p.watched for p in self.projects.values()) or \
            any(resolved in e.watched for e in self.broken.values())

    # -- in the lint thread ---------------------------------------------

    def project(self, root: Path, outcome: Outcome) -> Optional[Project]:
        """The folder's project, loaded again when its files changed.  A
        configuration that cannot be used leaves the last one that could in
        place, and becomes a problem of the outcome."""
        current = self.projects.get(root)
        broken = self.broken.get(root)
        if broken is not None:
            if not any(stamp(path) != seen for path, seen in broken.watched.items()):
                outcome.problems.append(broken.problem)
                return current
        elif current is not None and not current.stale():
            return current
        try:
            project = Project.load(root)
        except ProjectError as exc:
            self.broken[root] = exc
            outcome.problems.append(exc.problem)
            outcome.logs.append((logging.ERROR, f"yure: {exc.problem}" + (
                "; the last configuration that loaded is used" if current is not None else "")))
            return current
        self.broken.pop(root, None)
        self.projects[root] = project
        # The rule set lives as long as the project and holds no garbage:
        # frozen, the cycle collector stops walking it at every collection.
        gc.freeze()
        outcome.logs.append((logging.INFO, f"yure: {root}: configuration "
                             f"{project.config_path or '(none: defaults)'}, "
                             f"{len(project.linter.rules)} rules enabled"))
        return project

    def lint(self, root: Path, snapshots: list[Snapshot]) -> Outcome:
        outcome = Outcome(root)
        try:
            project = self.project(root, outcome)
            if project is None:
                outcome.skipped = [s.uri for s in snapshots]
                return outcome
            texts: dict[str, str] = {}
            chosen: dict[str, Snapshot] = {}
            for s in snapshots:
                if not project.wants(s.name) or s.name in texts:
                    outcome.skipped.append(s.uri)
                elif "\x00" in s.text:
                    outcome.skipped.append(s.uri)
                    outcome.logs.append((logging.WARNING, f"yure: {s.name}: binary (NUL byte), not linted"))
                else:
                    texts[s.name] = s.text
                    chosen[s.name] = s
            found, problems = project.lint(texts, frozenset(n for n, s in chosen.items() if s.saved))
            outcome.problems.extend(problems)
            for problem in problems:
                outcome.logs.append((logging.WARNING, f"yure: {problem}"))
            for name, snapshot in chosen.items():
                findings = found.get(name, [])
                if len(findings) > MAX_SHOWN:
                    outcome.logs.append((logging.WARNING, f"yure: {name}: {len(findings)} findings, "
                                         f"the first {MAX_SHOWN} shown"))
                    findings = findings[:MAX_SHOWN]
                outcome.linted[snapshot.uri] = (snapshot, findings)
        except Exception as exc:  # a fault in yure must not stop the server
            log.error("lint failed:\n%s", traceback.format_exc())
            outcome.logs.append((logging.ERROR, f"yure: internal error while linting {root}: "
                                 f"{type(exc).__name__}: {exc}"))
        return outcome

