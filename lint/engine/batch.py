"""Linting many texts: findings of unchanged files from the cache, files
(or one large file's posts) in worker processes, then the run-wide pass.

Kept apart from the CLI so tests and other programs can call it directly.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Optional

from lint.diagnostics import Diagnostic
from lint.engine import per_post
from lint.engine.linter import FileResult, Linter
from lint.engine.per_post import PostMemo

if TYPE_CHECKING:
    from lint.cache.results import ResultCache


AUTO_MIN_FILES = 4
AUTO_MIN_CHARS = 100_000


def auto_jobs(texts: dict[str, str]) -> int:
    """``--jobs`` when not given: every CPU when there are many files to lint,
    or one file large enough to split by posts (see :mod:`lint.engine.per_post`)."""
    total = sum(len(t) for t in texts.values())
    if len(texts) == 1:
        return max(1, os.cpu_count() or 1) if total >= per_post.MIN_CHARS else 1
    if len(texts) < AUTO_MIN_FILES or total < AUTO_MIN_CHARS:
        return 1
    return max(1, min(os.cpu_count() or 1, len(texts)))


def lint_texts(linter: Linter, texts: dict[str, str], jobs: Optional[int] = 1,
               cache: Optional["ResultCache"] = None, unsafe: bool = False) -> list[Diagnostic]:
    """Every finding of the run, fixes settled for a run that applies unsafe
    fixes or not.  ``jobs=None``: :func:`auto_jobs` of the files left to
    lint; ``cache``: results of unchanged files from earlier runs."""
    return linter.finish(cached_results(linter, texts, jobs, cache), unsafe)


def cached_results(linter: Linter, texts: dict[str, str], jobs: Optional[int] = 1,
                   cache: Optional["ResultCache"] = None) -> list[FileResult]:
    """One result per text, in order: from ``cache`` where an earlier run
    linted the same text, else linted now (and kept there)."""
    if cache is None:
        return file_results(linter, texts, jobs or auto_jobs(texts))
    # Each text is hashed once (an 11 MB text takes a while).
    keys = {path: cache.key(path, text) for path, text in texts.items()}
    known: dict[str, Optional[FileResult]] = {path: cache.get(keys[path], FileResult) for path in texts}
    pending = {path: text for path, text in texts.items() if known[path] is None}
    # A changed file's posts that did not change need not be checked again.
    post_memos = {path: PostMemo(cache.posts_of(path)) for path in pending}
    fresh = {r.path: r for r in file_results(linter, pending, jobs or auto_jobs(pending), post_memos)} \
        if pending else {}
    for path, result in fresh.items():
        store_result(cache, keys[path], result)
    cache.prune()
    return [known[path] or fresh[path] for path in texts]


def store_result(cache: "ResultCache", key: str, result: FileResult) -> None:
    """Keep a fresh ``result`` for later runs, and its per-post results
    (which then leave the result: they are stored on their own).  A result
    with a rule stopped by its time limit is incomplete: not kept."""
    if result.post_memo:
        cache.put_posts(result.path, result.post_memo)
    result.post_memo = None
    if not result.problems:
        cache.put(key, result)


def file_results(linter: Linter, texts: dict[str, str], jobs: int = 1,
                 post_memos: Optional[dict[str, "PostMemo"]] = None) -> list[FileResult]:
    """One result per text, in the order of ``texts`` whatever ``jobs`` is.

    ``post_memos``: per path, the per-post results of its last run.
    """
    memos = post_memos or {}
    items = [(path, text, memos.get(path)) for path, text in texts.items()]
    if jobs <= 1 or len(items) < 2:
        # One file: checked here, its posts split over ``jobs`` processes
        # when it is large.
        return [linter.lint_text(text, path, post_jobs=jobs, post_memo=memo) for path, text, memo in items]
    return _in_workers(linter, items, min(jobs, len(items)))


_WORKER: Optional[Linter] = None


def _start_worker(ruleset: Any = None, selection: Any = None) -> None:
    global _WORKER
    # Forked workers inherit the parent's linter; spawned ones rebuild it.
    if ruleset is not None:
        _WORKER = Linter(ruleset, selection)


def _lint_in_worker(item: tuple[str, str, Optional["PostMemo"]]) -> FileResult:
    assert _WORKER is not None
    path, text, memo = item
    return _WORKER.lint_text(text, path, post_memo=memo)


def _in_workers(linter: Linter, items: list[tuple[str, str, Optional["PostMemo"]]], jobs: int) -> list[FileResult]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        _WORKER = linter
        initargs: tuple = ()
    else:  # pragma: no cover - macOS and Windows spawn fresh interpreters
        context = multiprocessing.get_context("spawn")
        initargs = (linter.ruleset, linter.selection)
    # Small chunks keep both workers busy when file sizes differ.
    chunk = max(1, len(items) // (jobs * 4))
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                                 initargs=initargs) as pool:
            return list(pool.map(_lint_in_worker, items, chunksize=chunk))
    finally:
        _WORKER = None
