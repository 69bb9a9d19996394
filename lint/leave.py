"""Ending the process without tearing the interpreter down.

A run ends holding every module, rule set and lexicon it loaded.  Freeing
them one by one on the way out, which a normal exit does, takes longer than
checking a short post; the operating system takes the memory back at once.
So the ``yure`` command and the language server leave through
:func:`leave`, which first does the little a normal exit would have done
that matters: flushing the output and the log, stopping worker processes
a run that failed may have left waiting, and saving a coverage measurement
of this process.  Files are written and closed before it is called.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import NoReturn


def leave(status: int) -> NoReturn:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            # A reader that went away (yure check | head) or a stream
            # already closed: there is nobody left to write to.
            pass
    _stop_workers()
    _save_coverage()
    os._exit(status)


def _stop_workers() -> None:
    """A pool told to shut down without waiting (a run stopped by an error)
    leaves its workers blocked on their queue: nothing would ever end them."""
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is not None:
        for child in multiprocessing.active_children():
            child.terminate()


def exit_status(exc: SystemExit) -> int:
    """The status a normal exit would give for ``exc`` (printing a text
    code to stderr, as the interpreter does)."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _save_coverage() -> None:
    """os._exit skips atexit handlers: a coverage run measuring this
    process (the test suite's) saves its data before the process goes."""
    coverage = sys.modules.get("coverage")
    current = coverage.Coverage.current() if coverage is not None else None
    if current is not None:
        current.stop()
        current.save()
