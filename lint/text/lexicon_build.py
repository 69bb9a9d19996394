"""Build ``lint/data/katakana-lexicon.txt.xz`` from Sudachi's core dictionary.

The spelling-variant discovery has to know which katakana spellings are one
word (サーバ / サーバー, ティーム / チーム) and which are two (ビル / ビール,
ホイル / ホイール).  Sudachi knows, but its dictionary is 200 MB; this script
keeps only what discovery asks about, so the default install knows it too:

* every katakana entry that is its own normalised form, one a line, after
  ``[heads]`` (``[name-heads]`` when every entry of the word is a proper
  noun: the dictionary lists many spellings of one foreign name without
  linking them, so two names it lists apart are not known to differ);
* every other katakana entry with its normalised forms, after ``[forms]``
  or ``[name-forms]`` (``word<TAB>form<TAB>…``; an empty field stands for
  the word itself);
* proper nouns whose owners spell a katakana part in a way the dictionary
  normalises to another spelling (富士フイルム, エイベックス・エンタテインメント),
  after a ``[names]`` line.

Needs ``pip install 'yure[sudachi]'`` (SudachiPy 0.7 or newer, for
``Dictionary.entries``).  The output is deterministic for one dictionary
version: ``tests/test_katakana_lexicon.py`` rebuilds it and compares.

Usage: python -m lint.text.lexicon_build [--check] [OUTPUT]
"""

from __future__ import annotations

import argparse
import lzma
import re
import sys
from pathlib import Path

from lint.text.scripts import PLAIN_KATAKANA

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "katakana-lexicon.txt.xz"
KATAKANA_WORD = re.compile(f"^[{PLAIN_KATAKANA}]+$")
KATAKANA_RUN = re.compile(f"[{PLAIN_KATAKANA}]{{2,}}")


def dictionary_version() -> str:
    from importlib.metadata import version

    return f"sudachidict_core {version('sudachidict_core')}"


def collect() -> tuple[dict[str, set[str]], set[str], set[str]]:
    """Katakana words with their normalised forms, the common ones among them, and mixed proper nouns."""
    from sudachipy import Dictionary  # type: ignore[import-not-found]

    words: dict[str, set[str]] = {}
    common: set[str] = set()
    proper: set[str] = set()
    for m in Dictionary().entries():
        surface = m.surface()
        is_proper = m.part_of_speech()[1] == "固有名詞"
        if KATAKANA_WORD.match(surface):
            words.setdefault(surface, set()).add(m.normalized_form())
            if not is_proper:
                common.add(surface)
        elif is_proper and KATAKANA_RUN.search(surface):
            proper.add(surface)
    return words, common, proper


def owner_spelled(words: dict[str, set[str]], proper: set[str]) -> list[str]:
    """Proper nouns with a katakana part the dictionary spells otherwise."""
    out = []
    for name in proper:
        for run in re.findall(f"[{PLAIN_KATAKANA}]+", name):
            forms = words.get(run)
            if forms and run not in forms and any(KATAKANA_WORD.match(f) for f in forms):
                out.append(name)
                break
    return sorted(out)


def render(words: dict[str, set[str]], common: set[str], names: list[str]) -> bytes:
    lines = [f"# katakana lexicon derived from {dictionary_version()} (Apache-2.0); see NOTICE"]
    for section, wanted in (("", True), ("name-", False)):
        chosen = [w for w in sorted(words) if (w in common) == wanted]
        lines.append(f"[{section}heads]")
        lines.extend(w for w in chosen if words[w] == {w})
        lines.append(f"[{section}forms]")
        lines.extend("\t".join([w] + sorted("" if f == w else f for f in words[w]))
                     for w in chosen if words[w] != {w})
    lines.append("[names]")
    lines.extend(names)
    return ("\n".join(lines) + "\n").encode("utf-8")


def build() -> bytes:
    words, common, proper = collect()
    return lzma.compress(render(words, common, owner_spelled(words, proper)), preset=9 | lzma.PRESET_EXTREME)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 if OUTPUT differs from a fresh build")
    args = ap.parse_args()
    data = build()
    if args.check:
        same = args.output.exists() and lzma.decompress(args.output.read_bytes()) == lzma.decompress(data)
        print("up to date" if same else f"{args.output} differs from a fresh build")
        return 0 if same else 1
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
