"""Literals a regular expression cannot match without.

Running a thousand regexes over an 11 MB archive costs a thousand passes.
Most dictionary rules, though, cannot match unless some literal text occurs:
``/つく([らりるれろっ])/`` needs one of つくら, つくり, … つくっ.  This module
reads a pattern's parse tree and returns such a set of literals (every match
contains at least one of them), so the caller can find all of them for all
rules in one pass (:class:`LiteralScan`) and run each regex only where its
literals are.  ``None`` means "no such set": the regex must run everywhere.

The analysis is the classic prefilter construction: each node has an
*exact* set (every string it can match, when that set is small) and a
*required* set; a sequence combines exact sets by concatenation and keeps
the best required set of its parts; an alternative needs one of its
branches' sets; a repeat that may match nothing requires nothing.
"""

from __future__ import annotations

import os
import re
from typing import Any, Iterable, Optional
from lint.cache.programs import compile_re

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]


# Exact sets larger than this are given up (the Latin spread of prh,
# [CcＣｃ][OoＯｏ]…, would otherwise grow fourfold per letter).
MAX_EXACT = 64
MAX_CLASS = 8  # characters of a [...] class enumerated as literals

Literals = frozenset  # of str


def _score(lits: Optional[Literals]) -> tuple[int, int]:
    """Longer literals are rarer; fewer alternatives are cheaper."""
    if not lits:
        return (-1, 0)
    return (min(len(x) for x in lits), -len(lits))


def _best(*candidates: Optional[Literals]) -> Optional[Literals]:
    best = None
    for c in candidates:
        if c and "" not in c and _score(c) > _score(best):
            best = c
    return best


def _class_chars(items: list) -> Optional[Literals]:
    chars: list[str] = []
    for op, arg in items:
        if op is C.LITERAL:
            chars.append(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < MAX_CLASS:
            chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
        else:  # NEGATE, CATEGORY, big ranges
            return None
        if len(chars) > MAX_CLASS:
            return None
    return frozenset(chars)


class _Analysis:
    def __init__(self) -> None:
        self.ignorecase = False

    def node(self, op, arg) -> tuple[Optional[Literals], Optional[Literals]]:
        """(exact, required) of one parse-tree node."""
        if op is C.LITERAL:
            lit = frozenset({chr(arg)})
            return lit, lit
        if op is C.IN:
            chars = _class_chars(arg)
            return chars, chars
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            # Zero width: the match itself contains nothing of them.
            return frozenset({""}), None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, seq = arg
            if add_flags & re.IGNORECASE:
                self.ignorecase = True
            return self.sequence(seq)
        if op is getattr(C, "ATOMIC_GROUP", None):
            return self.sequence(arg)
        if op is C.BRANCH:
            exacts, requireds = [], []
            for seq in arg[1]:
                e, r = self.sequence(seq)
                exacts.append(e)
                requireds.append(r if r else e)
            exact = None
            if all(e is not None for e in exacts):
                union = frozenset().union(*exacts)
                exact = union if len(union) <= MAX_EXACT else None
            required = None
            if all(r and "" not in r for r in requireds):
                required = frozenset().union(*requireds)
            return exact, required
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, seq = arg
            e, r = self.sequence(seq)
            if lo == 0:
                return (frozenset({""}) | e if hi == 1 and e is not None and len(e) < MAX_EXACT else None), None
            exact = None
            if lo == hi and e is not None and len(e) ** lo <= MAX_EXACT:
                exact = frozenset({""})
                for _ in range(lo):
                    exact = frozenset(a + b for a in exact for b in e)
            return exact, _best(r, e)
        # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, CATEGORY …: anything.
        return None, None

    def sequence(self, seq) -> tuple[Optional[Literals], Optional[Literals]]:
        exact: Optional[Literals] = frozenset({""})
        required: Optional[Literals] = None
        run: Optional[Literals] = frozenset({""})  # exact set of the current stretch
        for op, arg in seq:
            e, r = self.node(op, arg)
            required = _best(required, r)
            if e is None:
                required = _best(required, run)
                run = frozenset({""})
                exact = None
                continue
            product = frozenset(a + b for a in run for b in e) if len(run) * len(e) <= MAX_EXACT else None
            if product is None:
                required = _best(required, run)
                run = e
            else:
                run = product
            if exact is not None:
                joined = frozenset(a + b for a in exact for b in e) if len(exact) * len(e) <= MAX_EXACT else None
                exact = joined
        required = _best(required, run, exact)
        return exact, required


def required_literals(pattern: str, flags: int = 0) -> tuple[Optional[Literals], bool]:
    """(literals every match contains, whether they compare ignoring case).

    ``pattern`` is a Python regex; patterns this parser cannot read (the
    ``regex`` module's own syntax) give ``(None, False)``.
    """
    try:
        parsed = sre_parse.parse(pattern, flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE))
    except Exception:  # noqa: BLE001 - any syntax the stdlib parser rejects
        return None, False
    analysis = _Analysis()
    exact, required = analysis.sequence(parsed)
    lits = _best(required, exact)
    ignorecase = bool(flags & re.IGNORECASE or parsed.state.flags & re.IGNORECASE or analysis.ignorecase)
    if lits is None:
        return None, False
    if ignorecase:
        # Case-insensitive literals are looked up by their ASCII lower case,
        # so only literals whose cased letters are all ASCII can be used.
        if any(c.lower() != c.upper() and not c.isascii() for lit in lits for c in lit):
            return None, False
        lits = frozenset(lit.lower() for lit in lits)
    return lits, ignorecase


# A non-ASCII character that a case-insensitive regex takes for an ASCII
# letter (K KELVIN SIGN for k, ſ for s): with one in the text, the ASCII
# lower-case lookup could miss a match, so case-insensitive rules run everywhere.
# (tests/test_prefilter.py checks that this list is complete.)
CASE_TWINS = "\u0130\u017f\u212a"  # İ, ſ, K
CASE_TWIN = compile_re(f"[{CASE_TWINS}]")


def trie_pattern(literals: Iterable[str]) -> str:
    """A regex matching the longest literal at a position (a trie of alternatives)."""
    trie: dict = {}
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        terminal = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        if len(branches) == 1:
            body = branches[0]
            if terminal:
                return f"(?:{body})?" if len(body) > 1 else f"{body}?"
            return body
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if terminal else body

    return emit(trie)


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def dispatch_pattern(literals: Iterable[str], fan: int = 2) -> str:
    """Like :func:`trie_pattern`, shaped for Python's regex engine.

    A flat alternative of hundreds of first characters is tried one by one
    at every position.  Here the pattern starts with one character class
    (which the engine skips along in C) and then descends a balanced tree of
    look-behinds to the trie of the literals starting with that character.
    """
    by_first: dict[str, list[str]] = {}
    for lit in literals:
        by_first.setdefault(lit[0], []).append(lit[1:])
    firsts = sorted(by_first)

    def leaf(first: str) -> str:
        rests = [r for r in by_first[first] if r]
        body = trie_pattern(rests) if rests else ""
        if rests and len(rests) < len(by_first[first]):
            body = f"(?:{body})?"  # the one-character literal itself
        return f"(?<={re.escape(first)})" + body

    def build(group: list[str]) -> str:
        if len(group) <= fan:
            return "(?:" + "|".join(leaf(f) for f in group) + ")"
        size = -(-len(group) // fan)
        parts = [f"(?<={_char_class(group[i:i + size])})" + build(group[i:i + size])
                 for i in range(0, len(group), size)]
        return "(?:" + "|".join(parts) + ")"

    return _char_class(firsts) + build(firsts)


_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}

try:  # the accelerator: a dependency where pyahocorasick ships wheels (see pyproject.toml)
    if os.environ.get("YURE_PURE_PYTHON"):
        raise ImportError("YURE_PURE_PYTHON is set")
    import ahocorasick as _ahocorasick  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the environment
    _ahocorasick = None

# Without the accelerator, each literal is searched with str.find when there
# are at most FEW_LITERALS (str.find scans 11 MB in about 2.5 ms, a pattern
# in 160 ms or more), or until the finder has done SMALL_WORK (characters ×
# literals) that way — a hook run on one post never pays for compiling a
# pattern.  After that, texts up to LONG_TEXT characters use one trie
# pattern (compiled once per finder) and longer ones a pattern of only the
# literals whose characters occur (see :func:`dispatch_pattern`).
FEW_LITERALS = 32
SMALL_WORK = 20_000_000
LONG_TEXT = 200_000


def _prefix_table(literals: Iterable[str]) -> dict[str, list[str]]:
    """For each literal, itself and its shorter prefixes among ``literals``,
    longest first: the literals a longest-match scan has also found there."""
    known = set(literals)
    return {lit: [lit[:k] for k in range(len(lit), 0, -1) if lit[:k] in known] for lit in known}


class LiteralFinder:
    """Every occurrence of a fixed set of literals (overlapping ones too)."""

    def __init__(self, literals: Iterable[str], accelerate: bool = True) -> None:
        self.literals = sorted(set(literals))
        self.automaton = None
        if accelerate and _ahocorasick is not None and self.literals:
            automaton = _ahocorasick.Automaton()
            for lit in self.literals:
                automaton.add_word(lit, lit)
            automaton.make_automaton()
            self.automaton = automaton
        self._trie: Any = None
        self._prefixes: dict[str, list[str]] = {}
        self._patterns: dict[frozenset, Any] = {}
        self._work = 0

    def occurrences(self, text: str) -> list[tuple[int, str]]:
        """(start, literal) of every occurrence, in no particular order."""
        if self.automaton is not None:
            return [(end - len(lit) + 1, lit) for end, lit in self.automaton.iter(text)]
        work = len(text) * len(self.literals)
        if len(self.literals) <= FEW_LITERALS or self._work + work <= SMALL_WORK:
            self._work += work
            out = []
            for lit in self.literals:
                i = text.find(lit)
                while i != -1:
                    out.append((i, lit))
                    i = text.find(lit, i + 1)
            return out
        if len(text) <= LONG_TEXT:
            if self._trie is None:
                self._trie = compile_re(trie_pattern(self.literals))
                self._prefixes = _prefix_table(self.literals)
            return self._scan(text, self._trie, self._prefixes)
        # A long text: only literals whose characters all occur can match.
        chars = set(text)
        alive = frozenset(lit for lit in self.literals if all(c in chars for c in lit))
        if not alive:
            return []
        entry = self._patterns.get(alive)
        if entry is None:
            entry = self._patterns[alive] = (compile_re(dispatch_pattern(alive)), _prefix_table(alive))
        return self._scan(text, *entry)

    @staticmethod
    def _scan(text: str, pattern: Any, prefixes: dict[str, list[str]]) -> list[tuple[int, str]]:
        # The pattern finds the longest literal at a start; the shorter ones
        # starting there are its prefixes.
        out: list[tuple[int, str]] = []
        search = pattern.search
        m = search(text)
        while m is not None:
            start = m.start()
            out.extend((start, lit) for lit in prefixes[m.group()])
            m = search(text, start + 1)
        return out


class LiteralScan:
    """Where the literals of many keys occur, found in one pass per case mode.

    ``keys`` maps a key (a rule) to ``(literals, ignorecase)``; a key with
    ``None`` literals is *unfiltered* and is reported as found everywhere
    (``None`` in :meth:`positions`).
    """

    def __init__(self, keys: dict, accelerate: bool = True) -> None:
        self.unfiltered = [k for k, (lits, _) in keys.items() if lits is None]
        self._owners: list[dict[str, list]] = [{}, {}]  # [case-sensitive, ignore-case]
        for key, (lits, ignorecase) in keys.items():
            if lits is None:
                continue
            for lit in lits:
                self._owners[int(ignorecase)].setdefault(lit, []).append(key)
        self._finders = [LiteralFinder(owners, accelerate) if owners else None for owners in self._owners]

    def positions(self, text: str) -> dict:
        """key → sorted start positions of its literals; unfiltered keys → None.

        Keys none of whose literals occur are absent.
        """
        found: dict = {k: None for k in self.unfiltered}
        for mode, finder in enumerate(self._finders):
            if finder is None:
                continue
            if mode and CASE_TWIN.search(text):
                # See CASE_TWIN: case-insensitive keys cannot trust the lookup here.
                for keys in self._owners[1].values():
                    for k in keys:
                        found[k] = None
                continue
            subject = text
            if mode:
                # str.lower is fast; it keeps offsets unless a character
                # lowers to two (İ), and then only ASCII letters are lowered.
                subject = text.lower()
                if len(subject) != len(text):
                    subject = text.translate(_ASCII_LOWER)
            owners = self._owners[mode]
            for start, lit in finder.occurrences(subject):
                for k in owners[lit]:
                    spots = found.get(k, ())
                    if spots is None:
                        continue  # runs everywhere anyway
                    if spots == ():
                        found[k] = [start]
                    else:
                        spots.append(start)
        for spots in found.values():
            if spots:
                spots.sort()
        return found
