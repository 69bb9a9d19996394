"""Safe YAML loading that remembers the line of every mapping and key.

Rule-file errors must name the line, so mappings load as :class:`LineDict`
(a dict with ``line`` and ``key_lines``).  Duplicate keys, which plain
PyYAML silently collapses, are an error here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from lint.errors import RuleFileError
from lint.ruleset.yamltypes import LineDict, LineList

MAX_RULE_FILE_BYTES = 20 * 1024 * 1024
# An alias is a reference to an earlier node; a handful is normal.  What
# matters is the size once aliases are expanded: nested aliases ("billion
# laughs") make a tiny file describe an enormous document.
MAX_ALIASES = 10_000
MAX_EXPANDED_NODES = 2_000_000


class _Loader(yaml.SafeLoader):
    def __init__(self, stream: Any, path: str):
        super().__init__(stream)
        self._path = path
        self._aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise RuleFileError(f"more than {MAX_ALIASES} YAML aliases; refusing a possible expansion bomb",
                                    self._path, self.peek_event().start_mark.line + 1)
        return super().compose_node(parent, index)

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        if self._aliases:
            size = _expanded_size(node, {})
            if size > MAX_EXPANDED_NODES:
                raise RuleFileError(f"YAML aliases expand to {size:,} nodes; refusing a possible expansion bomb",
                                    self._path, node.start_mark.line + 1)
        return self.construct_document(node)


def _expanded_size(node: Any, memo: dict[int, int]) -> int:
    """Node count with every alias expanded (shared nodes counted each time)."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1  # guards against recursive structures
    total = 1
    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            total += _expanded_size(child, memo)
            if total > MAX_EXPANDED_NODES:
                break
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            total += _expanded_size(k, memo) + _expanded_size(v, memo)
            if total > MAX_EXPANDED_NODES:
                break
    memo[key] = total
    return total


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise RuleFileError("a mapping key must be a plain value", loader._path, key_node.start_mark.line + 1)
        if key in result:
            raise RuleFileError(f"duplicate key {key!r}", loader._path, key_node.start_mark.line + 1)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode, deep: bool = False) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml_text(text: str, path: str) -> Any:
    loader = _Loader(text, path)
    try:
        return loader.get_single_data()
    except RuleFileError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise RuleFileError(f"invalid YAML: {problem}", path, line) from None
    except yaml.YAMLError as exc:
        raise RuleFileError(f"invalid YAML: {exc}", path) from None
    except RecursionError:
        raise RuleFileError("YAML nesting is too deep", path) from None
    finally:
        loader.dispose()


def read_yaml_file(path: Path) -> tuple[Any, bytes]:
    """Load a YAML file; return the data and the raw bytes (for cache keys)."""
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_RULE_FILE_BYTES:
            raise RuleFileError(f"rule file is {size} bytes; the limit is {MAX_RULE_FILE_BYTES}", shown)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RuleFileError("rule file not found", shown) from None
    except IsADirectoryError:
        raise RuleFileError("is a directory, not a rule file", shown) from None
    except PermissionError:
        raise RuleFileError("permission denied", shown) from None
    except OSError as exc:
        raise RuleFileError(f"cannot read: {exc.strerror}", shown) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RuleFileError("rule file is not valid UTF-8", shown, line) from None
    return load_yaml_text(text, shown), raw
