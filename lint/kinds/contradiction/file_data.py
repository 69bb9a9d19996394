"""The contradiction check's sections of rule files: ``antonyms:`` and ``entities:``."""

from __future__ import annotations

from typing import Any, NamedTuple, Optional

from lint.errors import RuleFileError
from lint.ruleset.model import ENTITY_TYPES
from lint.ruleset.yamltypes import LineDict, item_line


class AntonymPair(NamedTuple):
    """Two opposing words, each side with its forms: an ``antonyms:`` entry or a built-in pair."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    example: Optional[tuple[str, str]] = None
    path: str = ""
    line: int = 0
    kind: str = "antonym"  # or quantifier, temporal, modality: what a conflict over the pair is called
    # As a phrase's: "word" keeps a kanji form out of longer kanji words;
    # "start" keeps a one-kanji form from ending one (初優勝 holds 初, 当初 does not).
    boundary: str = "auto"
    not_followed_by: str = ""  # characters after a form that make another word of it (初頭, 初期)
    # The right side undoes the left (建設 / 撤去, 加盟 / 脱退): what the
    # details undo, they say was done first.
    undoes: bool = False
    # The left side in the passive is the right (撃破された is 敗れた): a
    # pair of one act seen from its two parties.
    converse: bool = False


def _side(value: Any) -> Optional[tuple[str, ...]]:
    if isinstance(value, str) and value:
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return tuple(value)
    return None


def parse_antonyms(raw: Any, path: str, where: Optional[int]) -> list[AntonymPair]:
    """``antonyms:`` entries: ``{pair: [A, B], test: [sentence with A, sentence with B]}``,
    with ``undoes: true`` where B undoes A (建設 / 撤去), and ``converse:
    true`` where A in the passive is B (撃破された / 敗れた).

    Each side is a word or a list of its forms (高い, 高く, 高かっ).
    """
    if not isinstance(raw, list):
        raise RuleFileError("'antonyms' must be a list", path, where)
    pairs = []
    for i, item in enumerate(raw):
        line = item_line(raw, i, where)
        if isinstance(item, list):
            item = {"pair": item}
        if not isinstance(item, dict) or set(item) - {"pair", "test", "undoes", "converse"}:
            raise RuleFileError("each antonym entry is {pair: [A, B], test: [sentence A, sentence B]}", path, line)
        for flag in ("undoes", "converse"):
            if not isinstance(item.get(flag, False), bool):
                raise RuleFileError(f"'{flag}' is true or false", path, line)
        pair = item.get("pair")
        if not isinstance(pair, list) or len(pair) != 2:
            raise RuleFileError("'pair' must list exactly two sides", path, line)
        left, right = _side(pair[0]), _side(pair[1])
        if left is None or right is None:
            raise RuleFileError("each side of a pair is a word or a list of words", path, line)
        if set(left) & set(right):
            raise RuleFileError("a word cannot be on both sides of a pair", path, line)
        test = item.get("test")
        example = None
        if test is not None:
            if not (isinstance(test, list) and len(test) == 2 and all(isinstance(t, str) for t in test)):
                raise RuleFileError("'test' must be two sentences", path, line)
            if not any(f in test[0] for f in left) or not any(f in test[1] for f in right):
                raise RuleFileError("'test' sentences must use the left and the right word in turn", path, line)
            example = (test[0], test[1])
        pairs.append(AntonymPair(left, right, example, path, line or 0, undoes=item.get("undoes", False),
                                 converse=item.get("converse", False)))
    return pairs


def parse_entities(raw: Any, path: str, where: Optional[int]) -> list[tuple[str, list[str]]]:
    """``entities:`` maps a type to names; a name may be a list of its spellings."""
    if not isinstance(raw, dict):
        raise RuleFileError("'entities' must map a type to a list of names", path, where)
    out = []
    for kind, names in raw.items():
        line = raw.line_of(kind) if isinstance(raw, LineDict) else where
        if kind not in ENTITY_TYPES:
            raise RuleFileError(f"unknown entity type {kind!r} (known: {', '.join(ENTITY_TYPES)})", path, line)
        if not isinstance(names, list):
            raise RuleFileError(f"entities.{kind} must be a list", path, line)
        for name in names:
            forms = _side(name)
            if forms is None:
                raise RuleFileError(f"entities.{kind}: each entry is a name or a list of spellings", path, line)
            out.append((kind, list(forms)))
    return out
