"""Where lints run: a thread of their own, one lint of a folder at a time.

A document of more than :data:`BIG` characters can take a minute to lint
(its first time, or after each edit of it).  The other documents of its
folder are then also linted on a *quick lane*, without it, so that their
diagnostics do not wait; the full lint, with ``scope: run`` rules
comparing every document, follows on the main lane and has the last word.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Optional

from lint.lsp.session import Folders, Outcome, Snapshot

log = logging.getLogger("yure.lsp")
BIG = 500_000  # characters


class _Runs:
    """The lint of one folder on one lane: at most one running, one waiting."""

    def __init__(self) -> None:
        self.running = False
        self.again = False


class Lane:
    def __init__(self, name: str, folders: Optional[Folders] = None):
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self.folders = folders or Folders()
        self._runs: dict[Path, _Runs] = {}

    async def run(self, root: Path, snapshots: Callable[[], list[Snapshot]],
                  publish: Callable[[Outcome], None]) -> None:
        """Lint ``root``'s documents as they are now; if a lint of it is
        running, one more follows it (with the texts of then)."""
        runs = self._runs.setdefault(root, _Runs())
        if runs.running:
            runs.again = True
            return
        runs.running = True
        try:
            while True:
                runs.again = False
                loop = asyncio.get_running_loop()
                outcome = await loop.run_in_executor(self.thread, self.folders.lint, root, snapshots())
                publish(outcome)
                if not runs.again:
                    break
        except Exception:  # noqa: BLE001 - the server outlives any fault of one lint
            log.exception("lint of %s failed", root)
        finally:
            runs.running = False

    async def call(self, fn: Callable, *args: object) -> object:
        """Run ``fn`` in this lane's thread: it may use the lane's projects."""
        return await asyncio.get_running_loop().run_in_executor(self.thread, fn, *args)
