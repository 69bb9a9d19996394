"""Kinds checked post by post: their results kept between runs, and large
documents split over worker processes.

A kind with ``per_post = True`` promises that a post's findings depend on
that post alone.  Two things follow:

* **Memo.**  When one post of a large file is edited, the others need not
  be checked again: :class:`PostMemo` keeps each post's findings under a
  hash of the post's text (raw and masked) and the kind's rules.  A post
  that moved (an edit above it) keeps its findings, shifted to its new
  offsets and lines; so a per-post kind's messages must not name absolute
  places (they name distances within the post, and related locations
  carry the rest).
* **Workers.**  ``--jobs`` spreads *files* over processes; a run of one big
  file (an archive of a thousand posts) would use one core.  Forked
  workers each check a share of the posts while the parent runs the other
  kinds; the findings come back in post order, so the output is the same
  as with one process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from lint.cache import hash_of
from lint.diagnostics import Diagnostic, Location
from lint.kinds import KINDS
from lint.model import Document, Post

if TYPE_CHECKING:
    from concurrent.futures import Future

    from lint.engine.context import DocumentContext
    from lint.engine.linter import Linter

# Below these a document is checked in one process: forking costs more.
MIN_CHARS = 200_000
MIN_POSTS = 8
# Shares per worker: small enough that an uneven share does not leave a
# worker idle at the end.
SHARES_PER_WORKER = 4


class PostMemo:
    """One file's per-post findings: those of its last run (``earlier``) and this run's (``now``).

    Only the last run's are read: two identical posts in one run are each
    checked.  ``now`` collects what this run computed or reused, which is
    what the next run gets.
    """

    def __init__(self, earlier: Optional[dict] = None):
        self.earlier = earlier or {}
        self.now: dict = {}

    @staticmethod
    def key(kind: str, rules: list, doc: Document, post: Post) -> str:
        # The masked text carries what the rest of the file does to the post
        # (a code fence left open above it); the file's kind, how it is parsed.
        return hash_of(kind, ",".join(r.id for r in rules), doc.kind,
                       doc.text[post.start:post.end], doc.masked[post.start:post.end]).hexdigest()

    def get(self, key: str, post_start: int, post_line: int) -> Optional[list[Diagnostic]]:
        """The findings kept under ``key``, moved to a post that now starts at
        ``post_start`` on line ``post_line``."""
        found = self.earlier.get(key)
        if found is None:
            return None
        self.now[key] = found
        stored_start, stored_line, diagnostics = found
        shift, lines = post_start - stored_start, post_line - stored_line
        return [_shifted(d, shift, lines) for d in diagnostics] if shift or lines else list(diagnostics)

    def put(self, key: str, post_start: int, post_line: int, diagnostics: list[Diagnostic]) -> None:
        self.now[key] = (post_start, post_line, diagnostics)

    def fresh_copy(self) -> "PostMemo":
        """The same earlier results and nothing new (for a worker's share of the posts)."""
        return PostMemo(self.earlier)


def _moved(loc: Location, shift: int, lines: int) -> Location:
    # A post starts at the start of a line, so columns stay as they were.
    return loc._replace(start=loc.start + shift, end=loc.end + shift, line=loc.line + lines,
                   end_line=loc.end_line + lines)


def _shifted(d: Diagnostic, shift: int, lines: int) -> Diagnostic:
    """``d`` for its post moved by ``shift`` characters and ``lines`` lines."""
    fix = d.fix._replace(start=d.fix.start + shift, end=d.fix.end + shift) if d.fix is not None else None
    related = [r._replace(location=_moved(r.location, shift, lines)) for r in d.related]
    return Diagnostic(d.rule, d.category, d.severity, d.message, _moved(d.location, shift, lines), fix, related)


def check_posts(kind_name: str, doc: Document, rules: list, ctx: "DocumentContext",
                memo: Optional[PostMemo]) -> list[Diagnostic]:
    """A per-post kind's findings in ``ctx.posts``, from ``memo`` where it has them."""
    kind = KINDS[kind_name]
    found: list[Diagnostic] = []
    for post in ctx.posts:
        key = PostMemo.key(kind_name, rules, doc, post) if memo is not None else ""
        line = doc.position(post.start)[0] if memo is not None else 0
        stored = memo.get(key, post.start, line) if memo is not None else None
        if stored is None:
            stored = list(kind.check_post(doc, post, rules, ctx))
            if memo is not None:
                memo.put(key, post.start, line, stored)
        found.extend(stored)
    return found


def parallel_kinds(linter: "Linter", ctx: "DocumentContext") -> list[str]:
    doc = ctx.doc
    if len(doc.text) < MIN_CHARS or len(doc.posts) < MIN_POSTS:
        return []
    return [name for name in linter.by_kind if KINDS[name].per_post]


_JOB: Optional[tuple[Any, Any, Any]] = None  # (linter, context, memo), inherited by forked workers


def start(linter: "Linter", ctx: "DocumentContext", memo: Optional[PostMemo],
          jobs: int) -> dict[str, list["Future"]]:
    """Submit the per-post kinds' shares to ``jobs`` workers; ``{}`` when it is not worth it."""
    kinds = parallel_kinds(linter, ctx)
    if not kinds:
        return {}
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return {}  # pragma: no cover - a spawned worker would re-read everything
    from concurrent.futures import ProcessPoolExecutor

    global _JOB
    for name in kinds:
        # Lexicons and indexes are built here once, not once per worker.
        KINDS[name].prepare(linter.by_kind[name], ctx)
    posts = len(ctx.doc.posts)
    workers = min(jobs, posts)
    size = max(1, -(-posts // (workers * SHARES_PER_WORKER)))
    shares = [(i, min(i + size, posts)) for i in range(0, posts, size)]
    _JOB = (linter, ctx, memo)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    try:
        pending = {name: [pool.submit(_check_share, name, lo, hi) for lo, hi in shares] for name in kinds}
    finally:
        # The workers are forked as tasks are submitted; they hold their copy.
        pool.shutdown(wait=False)
        _JOB = None
    return pending


def _check_share(kind_name: str, lo: int, hi: int) -> tuple[list, list, dict]:
    assert _JOB is not None
    linter, parent, memo = _JOB
    ctx = parent.share(parent.doc.posts[lo:hi])
    if memo is not None:
        # The parent's memo, as forked; what this share adds goes back with its findings.
        memo = memo.fresh_copy()
    found = check_posts(kind_name, parent.doc, linter.by_kind[kind_name], ctx, memo)
    return found, ctx.problems, (memo.now if memo is not None else {})


def finish(pending: dict[str, list["Future"]]) -> dict[str, tuple[list, list, dict]]:
    """Each kind's findings, problems and per-post results to keep, shares joined in post order."""
    out: dict[str, tuple[list, list, dict]] = {}
    for name, futures in pending.items():
        found: list = []
        problems: list = []
        remembered: dict = {}
        for future in futures:
            share_found, share_problems, share_remembered = future.result()
            found.extend(share_found)
            problems.extend(share_problems)
            remembered.update(share_remembered)
        out[name] = (found, problems, remembered)
    return out
