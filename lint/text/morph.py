"""Optional morphological analysis with Sudachi (``pip install yure[sudachi]``).

Without it yure compares predicates by their written stem, and skips
one-kanji verbs (抑えた / 抑えなかった) as too ambiguous.  With it, verbs
and adjectives are compared by their dictionary form, so those are
compared too.  Nothing here is imported unless Sudachi is installed and a
check asks for it.  ``YURE_NO_SUDACHI=1`` makes an install with Sudachi
behave as the default install (the tests run both paths).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, Callable, Iterator, Optional


@lru_cache(maxsize=1)
def tokenizer() -> Optional[Any]:
    if os.environ.get("YURE_NO_SUDACHI"):
        return None
    try:
        from sudachipy import Dictionary, SplitMode  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        dictionary = Dictionary()
        tok = dictionary.tokenizer(SplitMode.C) if hasattr(dictionary, "tokenizer") else dictionary.create()
    except Exception:  # dictionary package missing or broken: behave as if absent
        return None
    return tok


# Set while a check runs that was told not to use Sudachi (the contradiction
# rule's ``morphology: false``): it then reads as the default install does.
_TURNED_OFF: ContextVar[bool] = ContextVar("yure_morphology_off", default=False)
# What to forget when that changes: caches of answers that hang on Sudachi.
_FORGETTERS: list[Callable[[], None]] = []


def when_switched(*forget: Callable[[], None]) -> None:
    """Call ``forget`` whenever a check turns analysis off or back on."""
    _FORGETTERS.extend(forget)


@contextmanager
def turned_off(off: bool) -> Iterator[None]:
    """Within the block, :func:`active` gives no tokenizer when ``off``.
    A run keeps one setting, so caches are only forgotten on a real switch."""
    switched = off != _TURNED_OFF.get()
    token = _TURNED_OFF.set(off)
    if switched:
        _forget()
    try:
        yield
    finally:
        _TURNED_OFF.reset(token)
        if switched:
            _forget()


def _forget() -> None:
    for forget in _FORGETTERS:
        forget()


def active() -> Optional[Any]:
    """The tokenizer, unless the running check turned analysis off."""
    return None if _TURNED_OFF.get() else tokenizer()


def available() -> bool:
    return active() is not None


def encodable(text: str) -> str:
    """``text`` with lone surrogates (an editor may send them) as U+FFFD,
    which Sudachi can read; offsets stay the same."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


@lru_cache(maxsize=4096)
def _analyse(text: str) -> tuple[tuple[int, int, str, str], ...]:
    out = []
    for m in tokenizer().tokenize(encodable(text)):
        out.append((m.begin(), m.end(), m.dictionary_form(), m.part_of_speech()[0]))
    return tuple(out)


def lemma_at(text: str, start: int, end: int, pos: int) -> Optional[str]:
    """Dictionary form of the verb or adjective covering ``pos`` in ``text[start:end]``."""
    if not available():
        return None
    for b, e, lemma, part in _analyse(text[start:end]):
        if b <= pos - start < e and part in ("動詞", "形容詞"):
            return lemma
    return None
