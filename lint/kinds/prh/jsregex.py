"""JavaScript regular expressions, run by Python's ``regex`` module.

prh dictionaries are written for JavaScript.  The syntax is nearly the same
as Python's, but some escapes mean different things: in JavaScript ``\\d``,
``\\w`` and ``\\b`` are ASCII-only while ``\\s`` covers Unicode spaces
(the ideographic space U+3000 among them), and ``.`` stops at ``\\r`` and
the line/paragraph separators too.  :func:`translate` rewrites those so a
pattern matches exactly what it matched in prh.
"""

from __future__ import annotations

import re

import regex

JS_SPACE = "\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
WORD = "A-Za-z0-9_"
BOUNDARY = f"(?:(?<=[{WORD}])(?![{WORD}])|(?<![{WORD}])(?=[{WORD}]))"
NOT_BOUNDARY = f"(?:(?<=[{WORD}])(?=[{WORD}])|(?<![{WORD}])(?![{WORD}]))"
DOT = "[^\\n\\r\\u2028\\u2029]"

CLASS_ESCAPES = {"d": "0-9", "w": WORD, "s": JS_SPACE}
OUTSIDE_ESCAPES = {
    "d": "[0-9]", "D": "[^0-9]", "w": f"[{WORD}]", "W": f"[^{WORD}]", "s": f"[{JS_SPACE}]",
    "S": f"[^{JS_SPACE}]", "b": BOUNDARY, "B": NOT_BOUNDARY,
}


class JSRegexError(ValueError):
    pass


def translate(source: str) -> str:
    """A Python ``regex`` pattern equivalent to JavaScript ``source``."""
    out: list[str] = []
    i, n = 0, len(source)
    in_class = False
    while i < n:
        c = source[i]
        if c == "\\":
            if i + 1 >= n:
                raise JSRegexError("\\ at end of pattern")
            d = source[i + 1]
            if d == "u" and i + 2 < n and source[i + 2] == "{":
                end = source.find("}", i + 3)
                if end == -1:
                    raise JSRegexError("unterminated \\u{...}")
                out.append(f"\\x{{{source[i + 3:end]}}}")
                i = end + 1
                continue
            if d == "k" and i + 2 < n and source[i + 2] == "<":
                end = source.find(">", i + 3)
                out.append(f"(?P={source[i + 3:end]})")
                i = end + 1
                continue
            if in_class:
                if d in CLASS_ESCAPES:
                    out.append(CLASS_ESCAPES[d])
                elif d == "b":
                    out.append("\\x08")  # backspace inside a class, as in JavaScript
                elif d in "DWS":
                    raise JSRegexError(f"\\{d} inside a character class is not supported")
                else:
                    out.append("\\" + d)
            elif d in OUTSIDE_ESCAPES:
                out.append(OUTSIDE_ESCAPES[d])
            elif d == "/":
                out.append("/")
            else:
                out.append("\\" + d)
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
                out.append("]")
            elif c == "[":
                out.append("\\[")  # literal in JavaScript; a nested set in some Python modes
            else:
                out.append(c)
            i += 1
            continue
        if c == "[":
            if source.startswith("[^]", i):
                out.append("[\\s\\S]")
                i += 3
                continue
            if source.startswith("[]", i):
                out.append("(?!)")  # JavaScript's empty class matches nothing
                i += 2
                continue
            in_class = True
            out.append("[")
            i += 1
            if i < n and source[i] == "^":
                out.append("^")
                i += 1
            if i < n and source[i] == "]":
                out.append("\\]")
                i += 1
            continue
        if c == ".":
            out.append(DOT)
        elif c == "(" and source.startswith("(?<", i) and not source.startswith(("(?<=", "(?<!"), i):
            out.append("(?P<")
            i += 3
            continue
        else:
            out.append(c)
        i += 1
    if in_class:
        raise JSRegexError("unterminated character class")
    return "".join(out)


def translate_js(source: str, flags: str) -> tuple[str, int]:
    """(Python ``regex`` pattern, ``regex`` flags) for a JavaScript regex."""
    f = regex.V0
    if "i" in flags:
        f |= regex.IGNORECASE
    if "m" in flags:
        f |= regex.MULTILINE
    if "s" in flags:
        f |= regex.DOTALL
    translated = translate(source)
    if "s" in flags:
        translated = translated.replace(DOT, "[\\s\\S]")
    return translated, f


def compile_js(source: str, flags: str) -> "regex.Pattern":
    """Compile a JavaScript regex (flags g, i, m, y, u, s are understood)."""
    try:
        translated, f = translate_js(source, flags)
        return regex.compile(translated, f)
    except (regex.error, JSRegexError, OverflowError, RecursionError) as exc:
        raise JSRegexError(str(exc)) from None


def escape_special(text: str) -> str:
    """prh's escaping of a literal pattern (the characters it escapes, and no others)."""
    return re.sub(r"[\\*+.?{}()|^$\[\]/]", lambda m: "\\" + m.group(), text)


HALF = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
FULL = "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９"


def spread_alphanumerics(text: str) -> str:
    """prh's pattern for an expected-only rule: Cookie → [CcＣｃ][OoＯｏ]…

    Letters also match their other case and full-width forms, digits their
    full-width form.  Other characters are kept as written — unescaped, as
    prh does, so a ``.`` in the expected text matches any character.
    """
    out = []
    for ch in text:
        upper, lower = HALF.find(ch.upper()), HALF.find(ch.lower())
        if upper == -1 and lower == -1:
            out.append(ch)
        elif upper == lower:
            out.append(f"[{ch}{FULL[upper]}]")
        else:
            out.append(f"[{ch.upper()}{ch.lower()}{FULL[upper]}{FULL[lower]}]")
    return "".join(out)


def js_flags(flags: set[str]) -> str:
    """Flags in the order JavaScript prints them (``/…/gimu``)."""
    return "".join(f for f in "dgimsuvy" if f in flags)
