"""Project configuration: ``[tool.yure]`` in pyproject.toml, or ``.yure.yaml``.

The nearest configuration above the working directory wins (the search
stops at the repository root).  Paths in it are relative to the file that
names them.  Command-line options override it.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any, Optional

from lint.cache.programs import compile_re
from lint.errors import DEFAULT_REGEX_TIMEOUT, ConfigError
from lint.kinds import KINDS
from lint.report import FORMATS
from lint.ruleset.yamltypes import LineDict

KEYS = {
    "rules": "rule files to load after the bundled ones",
    "builtin": "true (all bundled rule sets), false (none) or a list of their names",
    "select": "rule ids, categories or rule-set names to enable (default: all)",
    "ignore": "rule ids, categories or rule-set names to disable",
    "exclude": "glob patterns of files and folders to skip",
    "extensions": "file extensions linted in folders (default: .txt .md .markdown)",
    "per-file-ignores": "mapping of glob pattern → rule ids ignored in matching files",
    "posts": "glob patterns of files that hold blog posts even without a timestamped title line",
    "unsafe-fixes": "apply fixes marked unsafe with --fix",
    "format": "default output format",
    "encoding": "force the encoding of linted files",
    "jobs": "number of parallel worker processes",
    "cache": "cache compiled rule sets, and findings of unchanged files, on disk (default true)",
    "regex-timeout": "seconds one rule's regexes may run on one file before the rule is stopped there (default 2)",
}
# Keys a rule kind reads (a mapping each): prh's options, discovery's.
KIND_KEYS = {kind.config_key: kind for kind in KINDS.values() if kind.config_key}
KEYS.update({key: kind.config_doc for key, kind in KIND_KEYS.items()})


class Config:
    """The settings of ``[tool.yure]`` or ``yure.toml``, with their defaults."""

    def __init__(self, source: Optional[Path] = None):
        self.rules: list[Path] = []
        self.builtin: Any = True
        self.select: list[str] = []
        self.ignore: list[str] = []
        self.exclude: list[str] = []
        self.extensions: Optional[list[str]] = None
        self.per_file_ignores: list[tuple[str, list[str]]] = []
        self.posts: list[str] = []
        self.unsafe_fixes = False
        self.format: Optional[str] = None
        self.encoding: Optional[str] = None
        self.jobs: Optional[int] = None
        self.cache = True
        self.regex_timeout: float = DEFAULT_REGEX_TIMEOUT
        # Per rule kind, by its config key: the mapping given for it.
        self.kinds: dict[str, dict] = {}
        self.source = source

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Config({vars(self)!r})"


def _strs(value: Any, key: str, where: str, line: Optional[int]) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' must be a list of strings", where, line)
    return list(value)


def from_mapping(data: Any, source: Path, where: Optional[str] = None) -> Config:
    """The configuration ``data`` read from ``source`` holds; ``where`` names
    the place in errors that have no line (``pyproject.toml [tool.yure]``)."""
    try:
        return _from_mapping(data, source, where or str(source))
    except ConfigError as exc:
        if exc.line:  # file:line, as editors expect
            exc.path = str(source)
        raise


def _from_mapping(data: Any, source: Path, where: str) -> Config:
    if not isinstance(data, dict):
        raise ConfigError("configuration must be a mapping", where)
    cfg = Config(source=source)
    base = source.parent
    for raw_key, value in data.items():
        key = str(raw_key).replace("_", "-")
        line = data.line_of(raw_key) if hasattr(data, "line_of") else None
        if key not in KEYS:
            raise ConfigError(f"unknown key {raw_key!r} (known: {', '.join(sorted(KEYS))})", where, line)
        if key == "rules":
            cfg.rules = [base / p for p in _strs(value, key, where, line)]
        elif key == "builtin":
            if isinstance(value, bool):
                cfg.builtin = value
            else:
                cfg.builtin = _strs(value, key, where, line)
        elif key in ("select", "ignore", "exclude", "extensions", "posts"):
            setattr(cfg, key, _strs(value, key, where, line))
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError("'per-file-ignores' must be a mapping of pattern to rule ids", where, line)
            cfg.per_file_ignores = [(str(k), _strs(v, key, where, value.line_of(k) if hasattr(value, "line_of") else line))
                                    for k, v in value.items()]
        elif key in ("unsafe-fixes", "cache"):
            if not isinstance(value, bool):
                raise ConfigError(f"'{key}' must be true or false", where, line)
            setattr(cfg, key.replace("-", "_"), value)
        elif key == "format":
            if value not in FORMATS:
                raise ConfigError(f"'format' must be one of {', '.join(FORMATS)}", where, line)
            cfg.format = value
        elif key == "encoding":
            if not isinstance(value, str):
                raise ConfigError("'encoding' must be a string", where, line)
            try:
                codecs.lookup(value)
            except LookupError:
                raise ConfigError(f"unknown encoding {value!r}", where, line) from None
            cfg.encoding = value
        elif key in KIND_KEYS:
            if not isinstance(value, dict):
                raise ConfigError(f"'{key}' must be a mapping", where, line)
            cfg.kinds[key] = dict(value)
        elif key == "regex-timeout":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise ConfigError("'regex-timeout' must be a positive number of seconds", where, line)
            cfg.regex_timeout = float(value)
        elif key == "jobs":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError("'jobs' must be a positive integer", where, line)
            cfg.jobs = value
    return cfg


# A key, bare or quoted, at the start of a TOML line, and a table header.
TOML_KEY = compile_re(r"""^[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([A-Za-z0-9_-]+))[ \t]*=""")
TOML_TABLE = compile_re(r"^[ \t]*\[\[?[ \t]*([^\]\n]+?)[ \t]*\]")


def _toml_key_lines(text: str) -> dict[str, int]:
    """The line of each key of ``[tool.yure]`` (a sub-table's header counts as
    its key's line), so that errors can name it; tomllib gives no positions."""
    lines: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        header = TOML_TABLE.match(line)
        if header:
            table = re.sub(r"[ \t]*\.[ \t]*", ".", header.group(1).replace('"', ""))
            if table.startswith("tool.yure."):
                lines.setdefault(table[len("tool.yure."):].split(".")[0], number)
            continue
        key = TOML_KEY.match(line)
        if key and table == "tool.yure":
            lines.setdefault(next(k for k in key.groups() if k), number)
    return lines


def _load_toml(path: Path) -> Optional[dict]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        text = path.read_bytes().decode("utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"invalid TOML: {exc}", str(path), int(m.group(1)) if m else None) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"invalid TOML: not UTF-8 (byte {exc.start})", str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", str(path)) from None
    table = data.get("tool", {}).get("yure")
    if not isinstance(table, dict):
        return table
    found = LineDict(table)
    found.key_lines = _toml_key_lines(text)
    return found


def load_config(path: Path) -> Config:
    if not path.is_file():
        raise ConfigError("configuration file not found", str(path))
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        data = _load_toml(path)
        if data is None:
            raise ConfigError("no [tool.yure] table", str(path))
        return from_mapping(data, path, f"{path} [tool.yure]")
    from lint.ruleset.yamlload import load_yaml_text  # only .yure.yaml needs the YAML reader

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", str(path)) from None
    try:
        data = load_yaml_text(text, str(path))
    except Exception as exc:  # RuleFileError carries file and line already
        raise ConfigError(getattr(exc, "message", str(exc)), str(path), getattr(exc, "line", None)) from None
    return from_mapping(data if data is not None else {}, path)


def discover(start: Path) -> Optional[Config]:
    """The nearest configuration at or above ``start``, or None."""
    here = start.resolve()
    for folder in (here, *here.parents):
        for name in (".yure.yaml", ".yure.yml"):
            candidate = folder / name
            if candidate.is_file():
                return load_config(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            data = _load_toml(pyproject)
            if data is not None:
                return from_mapping(data, pyproject, f"{pyproject} [tool.yure]")
        if (folder / ".git").exists():
            break
    return None
