"""Regular expressions whose compiled programs are kept between runs.

Python's ``re`` compiles a character class by visiting every code point of
its ranges, and yure's word patterns span the kanji blocks: compiling them
costs a hook run on one post more than reading and checking the post.
:func:`compile_re` is ``re.compile``, except that the program ``re`` builds
for a pattern is kept in the cache folder (marshal, one file per Python
build) and handed straight to the regular-expression engine by later runs.
The object returned is the ``re.Pattern`` that ``re.compile`` returns, so a
cached program matches exactly as a freshly compiled one does.

The table is read when the first pattern is compiled, which is when yure's
modules are imported, before any configuration is read: ``YURE_NO_CACHE``
keeps it from being read at all; ``--no-cache`` and ``cache = false`` keep
:func:`save` from writing.  Where this Python's ``re`` has no such internals,
every pattern is compiled by ``re.compile``.

    >>> compile_re("(?P<year>[0-9]+)年").search("1998年に").group("year")
    '1998'
"""

from __future__ import annotations

import marshal
import re
import sys
from array import array
from pathlib import Path
from typing import Any, Optional

try:
    import _sre
    from re import _compiler, _parser

    _ENGINE: Optional[str] = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _ENGINE = None

# A table grows with every pattern a run compiles (user rules' too); past
# this many programs it is written anew with only the last run's.
LIMIT = 4000

Program = tuple  # (flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile

# The code of a program is stored as the bytes of an unsigned array, which
# marshal reads several times faster than a list of ints.
_CODE_TYPE = "I" if array("I").itemsize == 4 else "L"

_session: dict[tuple[str, int], re.Pattern] = {}
_table: Optional[dict[tuple[str, int], Program]] = None
_new: dict[tuple[str, int], Program] = {}
_used: set[tuple[str, int]] = set()


def compile_re(pattern: str, flags: "int | re.RegexFlag" = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the kept program when there is one."""
    key = (pattern, int(flags))
    found = _session.get(key)
    if found is not None:
        return found
    if _ENGINE is None or not isinstance(pattern, str):
        found = re.compile(pattern, flags)
    else:
        found = _from_program(key)
        if found is None:
            found, program = _compile(pattern, key[1])
            if program is not None:
                _new[key] = program
        _used.add(key)
    _session[key] = found
    return found


def _from_program(key: tuple[str, int]) -> Optional[re.Pattern]:
    global _table
    if _table is None:
        _table = _read()
    program = _table.get(key)
    if program is None:
        return None
    try:
        flags, code, groups, groupindex, indexgroup = program
        if isinstance(code, bytes):
            words = array(_CODE_TYPE)
            words.frombytes(code)
            code = words.tolist()
        return _sre.compile(key[0], flags, code, groups, groupindex, indexgroup)
    except Exception:  # a damaged entry: compile the pattern instead
        return None


def _compile(pattern: str, flags: int) -> tuple[re.Pattern, Optional[Program]]:
    """What ``re._compiler.compile`` does, keeping the arguments it hands the engine."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # named opcodes are int subclasses
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[Optional[str]] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        program = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        return _sre.compile(pattern, *program), program
    except re.error:
        raise
    except Exception:  # pragma: no cover - internals that differ: the public way
        return re.compile(pattern, flags), None


def _entry() -> Optional[Path]:
    from lint.cache import cache_dir, hash_of

    folder = cache_dir()
    if folder is None or _ENGINE is None:
        return None
    return folder / "programs" / f"{hash_of(_ENGINE).hexdigest()[:32]}.marshal"


def _read() -> dict[tuple[str, int], Program]:
    entry = _entry()
    if entry is None:
        return {}
    try:
        table = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def save() -> None:
    """Keep the programs compiled by this run for the next ones, if caching is on."""
    from lint.cache import lazy_cache_dir, store_bytes

    if not _new or lazy_cache_dir() is None:
        return
    entry = _entry()
    if entry is None:
        return
    table: dict[Any, Program] = dict(_read())
    if len(table) + len(_new) > LIMIT:
        table = {key: program for key, program in table.items() if key in _used}
    table.update((key, _stored(program)) for key, program in _new.items())
    try:
        store_bytes(entry, marshal.dumps(table))
    except (OSError, ValueError):
        return  # a cache that cannot be written only costs time
    _new.clear()


def _stored(program: Program) -> Program:
    flags, code, groups, groupindex, indexgroup = program
    if array(_CODE_TYPE).itemsize == _sre.CODESIZE:
        try:
            code = array(_CODE_TYPE, code).tobytes()
        except OverflowError:  # pragma: no cover - a code word wider than the array's
            pass
    return (flags, code, groups, groupindex, indexgroup)


def forget_session() -> None:
    """Drop what this process has read or compiled (tests switch cache folders)."""
    global _table
    _session.clear()
    _new.clear()
    _used.clear()
    _table = None
