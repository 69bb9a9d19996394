"""Per-post checks of one large document, in worker processes.

``--jobs`` spreads *files* over processes; a run of one big file (an archive
of a thousand posts) would use one core.  Check kinds whose findings for a
document are just their findings for each post (``PER_POST = True``, and no
run-wide part) can split the posts instead: forked workers each check a
share of the posts while the parent runs the other kinds, and the findings
come back in post order, so the output is the same as with one process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from lint.kinds import KINDS

if TYPE_CHECKING:
    from concurrent.futures import Future

    from lint.engine import Context, Linter

# Below these a document is checked in one process: forking costs more.
MIN_CHARS = 200_000
MIN_POSTS = 8
# Shares per worker: small enough that an uneven share does not leave a
# worker idle at the end.
SHARES_PER_WORKER = 4

_JOB: Optional[tuple[Any, Any]] = None  # (linter, context), inherited by forked workers


def parallel_kinds(linter: "Linter", ctx: "Context") -> list[str]:
    doc = ctx.doc
    if len(doc.text) < MIN_CHARS or len(doc.posts) < MIN_POSTS:
        return []
    return [kind for kind in linter.by_kind
            if getattr(KINDS[kind], "PER_POST", False) and not hasattr(KINDS[kind], "collect")]


def start(linter: "Linter", ctx: "Context", jobs: int) -> dict[str, list["Future"]]:
    """Submit the per-post kinds' shares to ``jobs`` workers; ``{}`` when it is not worth it."""
    kinds = parallel_kinds(linter, ctx)
    if not kinds:
        return {}
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return {}  # pragma: no cover - a spawned worker would re-read everything
    from concurrent.futures import ProcessPoolExecutor

    global _JOB
    for kind in kinds:
        # Lexicons and indexes are built here once, not once per worker.
        prepare = getattr(KINDS[kind], "prepare", None)
        if prepare is not None:
            prepare(linter.by_kind[kind], ctx)
    posts = len(ctx.doc.posts)
    workers = min(jobs, posts)
    size = max(1, -(-posts // (workers * SHARES_PER_WORKER)))
    shares = [(i, min(i + size, posts)) for i in range(0, posts, size)]
    _JOB = (linter, ctx)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    try:
        pending = {kind: [pool.submit(_check_share, kind, lo, hi) for lo, hi in shares] for kind in kinds}
    finally:
        # The workers are forked as tasks are submitted; they hold their copy.
        pool.shutdown(wait=False)
        _JOB = None
    return pending


def _check_share(kind: str, lo: int, hi: int) -> tuple[list, list, dict]:
    assert _JOB is not None
    linter, parent = _JOB
    from lint.engine import Context

    ctx = Context(linter, parent.doc)
    ctx.posts = parent.doc.posts[lo:hi]
    memo = parent.post_memo
    if memo is not None:
        # The parent's memo, as forked; what this share adds goes back with its findings.
        ctx.post_memo = memo = memo.fresh_copy()
    found = list(KINDS[kind].check(parent.doc, linter.by_kind[kind], ctx))
    return found, ctx.problems, (memo.now if memo is not None else {})


def finish(pending: dict[str, list["Future"]]) -> dict[str, tuple[list, list, dict]]:
    """Each kind's findings, problems and per-post results to keep, shares joined in post order."""
    out: dict[str, tuple[list, list, dict]] = {}
    for kind, futures in pending.items():
        found: list = []
        problems: list = []
        remembered: dict = {}
        for future in futures:
            share_found, share_problems, share_remembered = future.result()
            found.extend(share_found)
            problems.extend(share_problems)
            remembered.update(share_remembered)
        out[kind] = (found, problems, remembered)
    return out
