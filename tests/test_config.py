"""Project configuration: every key, its validation, TOML and YAML, discovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_yure
from lint.config import KEYS, Config, discover, load_config
from lint.errors import ConfigError

EVERY_KEY_YAML = """\
rules: [house.yaml, more/names.yml]
builtin: [news-names]
select: spelling
ignore: [india, sections.missing]
exclude: [drafts/*]
extensions: [.txt]
per-file-ignores:
  "notes/*.md": [spelling]
  "*.txt": structure
posts: [posts/*.txt]
unsafe_fixes: true
format: json
encoding: shift_jis
jobs: 3
cache: false
regex-timeout: 0.5
prh: {checkLink: true}
discover: {scope: file}
"""

EVERY_KEY_TOML = """\
[project]
name = "someone-else"

[tool.yure]
rules = ["house.yaml", "more/names.yml"]
builtin = ["news-names"]
select = "spelling"
ignore = ["india", "sections.missing"]
exclude = ["drafts/*"]
extensions = [".txt"]
posts = ["posts/*.txt"]
unsafe-fixes = true
format = "json"
encoding = "shift_jis"
jobs = 3
cache = false
regex_timeout = 0.5

[tool.yure.per-file-ignores]
"notes/*.md" = ["spelling"]
"*.txt" = "structure"

[tool.yure.prh]
checkLink = true

[tool.yure.discover]
scope = "file"
"""


def written(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name, text", [(".yure.yaml", EVERY_KEY_YAML), ("pyproject.toml", EVERY_KEY_TOML)])
def test_every_key_is_read(tmp_path, name, text):
    cfg = load_config(written(tmp_path, name, text))
    assert cfg.source == tmp_path / name
    assert cfg.rules == [tmp_path / "house.yaml", tmp_path / "more" / "names.yml"]  # relative to the file
    assert cfg.builtin == ["news-names"]
    assert cfg.select == ["spelling"]  # one string is a list of one
    assert cfg.ignore == ["india", "sections.missing"]
    assert cfg.exclude == ["drafts/*"] and cfg.extensions == [".txt"] and cfg.posts == ["posts/*.txt"]
    assert cfg.per_file_ignores == [("notes/*.md", ["spelling"]), ("*.txt", ["structure"])]
    assert cfg.unsafe_fixes is True and cfg.cache is False
    assert (cfg.format, cfg.encoding, cfg.jobs, cfg.regex_timeout) == ("json", "shift_jis", 3, 0.5)
    assert cfg.kinds == {"prh": {"checkLink": True}, "discover": {"scope": "file"}}


def test_the_keys_test_every_key_covers_are_all_the_keys():
    read = {line.split(":")[0].replace("_", "-") for line in EVERY_KEY_YAML.splitlines() if not line.startswith(" ")}
    assert read == set(KEYS)


def test_an_empty_file_gives_the_defaults(tmp_path):
    cfg = load_config(written(tmp_path, ".yure.yaml", "# nothing yet\n"))
    assert cfg == Config(source=tmp_path / ".yure.yaml")
    assert cfg.builtin is True and cfg.cache is True and cfg.jobs is None and cfg.format is None


def test_a_byte_order_mark_is_allowed(tmp_path):
    path = tmp_path / ".yure.yaml"
    path.write_bytes("\ufeffjobs: 2\n".encode("utf-8"))
    assert load_config(path).jobs == 2


BAD_VALUES = [
    ("rules", "3", "'rules' must be a list of strings"),
    ("builtin", "3", "'builtin' must be a list of strings"),
    ("select", "[india, 3]", "'select' must be a list of strings"),
    ("ignore", "{a: b}", "'ignore' must be a list of strings"),
    ("exclude", "true", "'exclude' must be a list of strings"),
    ("extensions", "[[.txt]]", "'extensions' must be a list of strings"),
    ("posts", "1.5", "'posts' must be a list of strings"),
    ("per-file-ignores", "[a, b]", "'per-file-ignores' must be a mapping of pattern to rule ids"),
    ("unsafe-fixes", "yes please", "'unsafe-fixes' must be true or false"),
    ("cache", "1", "'cache' must be true or false"),
    ("format", "xml", "'format' must be one of text, json, github, sarif"),
    ("format", "[json]", "'format' must be one of"),
    ("encoding", "8", "'encoding' must be a string"),
    ("encoding", "no-such-codec", "unknown encoding 'no-such-codec'"),
    ("jobs", "0", "'jobs' must be a positive integer"),
    ("jobs", "true", "'jobs' must be a positive integer"),
    ("jobs", "2.5", "'jobs' must be a positive integer"),
    ("regex-timeout", "-1", "'regex-timeout' must be a positive number of seconds"),
    ("regex-timeout", "false", "'regex-timeout' must be a positive number of seconds"),
    ("prh", "[checkLink]", "'prh' must be a mapping"),
    ("discover", "file", "'discover' must be a mapping"),
]


@pytest.mark.parametrize("key, value, message", BAD_VALUES, ids=[f"{k}={v}" for k, v, _ in BAD_VALUES])
def test_a_wrong_value_names_the_file_and_line(tmp_path, key, value, message):
    other = "cache: true" if key != "cache" else "jobs: 2"
    path = written(tmp_path, ".yure.yaml", f"# project settings\n{other}\n{key}: {value}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.startswith(message)
    assert (caught.value.path, caught.value.line) == (str(path), 3)
    assert str(caught.value) == f"{path}:3: {caught.value.message}"


TOML_VALUES = {"3": "3", "[india, 3]": '["india", 3]', "{a: b}": '{a = "b"}', "true": "true", "[[.txt]]": '[[".txt"]]',
               "1.5": "1.5", "[a, b]": '["a", "b"]', "yes please": '"yes please"', "1": "1", "xml": '"xml"',
               "[json]": '["json"]', "8": "8", "no-such-codec": '"no-such-codec"', "0": "0", "2.5": "2.5",
               "-1": "-1", "false": "false", "[checkLink]": '["checkLink"]', "file": '"file"'}


@pytest.mark.parametrize("key, value, message", BAD_VALUES, ids=[f"{k}={v}" for k, v, _ in BAD_VALUES])
def test_a_wrong_value_in_pyproject_names_the_file_and_line(tmp_path, key, value, message):
    other = "cache = true" if key != "cache" else "jobs = 2"
    path = written(tmp_path, "pyproject.toml", f'[project]\nname = "x"\n\n[tool.yure]\n{other}\n'
                                               f"{key} = {TOML_VALUES[value]}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.startswith(message)
    assert (caught.value.path, caught.value.line) == (str(path), 6)


def test_a_wrong_value_in_a_pyproject_sub_table_names_its_header(tmp_path):
    path = written(tmp_path, "pyproject.toml", '[tool.yure]\njobs = 2\n\n[tool.yure.per-file-ignores]\n"*.txt" = 3\n')
    with pytest.raises(ConfigError, match="'per-file-ignores' must be a list of strings") as caught:
        load_config(path)
    assert caught.value.line == 4


def test_a_wrong_rule_list_for_one_pattern_names_its_line(tmp_path):
    path = written(tmp_path, ".yure.yaml", 'per-file-ignores:\n  "*.md": [spelling]\n  "*.txt": 3\n')
    with pytest.raises(ConfigError, match="'per-file-ignores' must be a list of strings") as caught:
        load_config(path)
    assert caught.value.line == 3


@pytest.mark.parametrize("name, text, line", [
    (".yure.yaml", "jobs: 2\ncolour: auto\n", 2),
    ("pyproject.toml", '[tool.yure]\njobs = 2\n"colour" = "auto"\n', 3),
])
def test_an_unknown_key_lists_the_known_ones(tmp_path, name, text, line):
    path = written(tmp_path, name, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.startswith("unknown key 'colour' (known: builtin, cache,")
    assert all(key in caught.value.message for key in KEYS)
    assert caught.value.line == line


@pytest.mark.parametrize("name, text, message, line", [
    (".yure.yaml", "- jobs: 2\n", "configuration must be a mapping", None),
    (".yure.yaml", "jobs: [2\n", "invalid YAML", 2),
    (".yure.yaml", "jobs: 2\njobs: 3\n", "duplicate key", 2),
    ("pyproject.toml", "[tool]\nyure = 3\n", "configuration must be a mapping", None),
    ("pyproject.toml", "[tool.yure\njobs = 2\n", "invalid TOML", 1),
    ("pyproject.toml", '[project]\nname = "x"\n', "no [tool.yure] table", None),
    ("yure.toml", "[tool.yure]\njobs = 0\n", "'jobs' must be a positive integer", 2),
])
def test_unreadable_configurations(tmp_path, name, text, message, line):
    path = written(tmp_path, name, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in caught.value.message
    assert caught.value.path.startswith(str(path)) and caught.value.line == line


def test_a_pyproject_that_is_not_utf8_is_an_error(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_bytes('[tool.yure]\nencoding = "シフトJIS"\n'.encode("shift_jis"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="configuration file not found") as caught:
        load_config(tmp_path / "nowhere.yaml")
    assert caught.value.path == str(tmp_path / "nowhere.yaml")


# -- discovery ---------------------------------------------------------------

@pytest.fixture
def repo(tmp_path):
    """A repository (its root has .git) with a nested folder, inside a folder holding a configuration."""
    written(tmp_path, ".yure.yaml", "jobs: 9\n")  # outside the repository: never used
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "docs" / "posts").mkdir(parents=True)
    return root


def test_discovery_stops_at_the_repository_root(repo):
    assert discover(repo / "docs" / "posts") is None


def test_the_nearest_configuration_wins(repo):
    written(repo, ".yure.yaml", "jobs: 1\n")
    written(repo / "docs", "pyproject.toml", "[tool.yure]\njobs = 2\n")
    assert discover(repo / "docs" / "posts").jobs == 2
    assert discover(repo / "docs").jobs == 2
    assert discover(repo).jobs == 1
    written(repo / "docs" / "posts", ".yure.yml", "jobs: 3\n")
    assert discover(repo / "docs" / "posts").source == repo / "docs" / "posts" / ".yure.yml"


def test_a_pyproject_without_yure_settings_is_passed_over(repo):
    written(repo, "pyproject.toml", "[tool.yure]\njobs = 4\n")
    written(repo / "docs", "pyproject.toml", '[project]\nname = "docs"\n')
    assert discover(repo / "docs" / "posts").jobs == 4


def test_yure_yaml_comes_before_pyproject_in_one_folder(repo):
    written(repo, "pyproject.toml", "[tool.yure]\njobs = 4\n")
    written(repo, ".yure.yaml", "jobs: 5\n")
    assert discover(repo).jobs == 5


def test_a_bad_discovered_configuration_is_an_error(repo):
    written(repo, "pyproject.toml", '[tool.yure]\nselect = ["a"]\nselect-all = true\n')
    with pytest.raises(ConfigError, match="unknown key 'select-all'") as caught:
        discover(repo / "docs")
    assert (caught.value.path, caught.value.line) == (str(repo / "pyproject.toml"), 3)


def test_the_command_line_reports_a_configuration_error_as_file_and_line(repo):
    (repo / "post.txt").write_text("本文。\n", encoding="utf-8")
    written(repo, ".yure.yaml", "# settings\nrules: 3\n")
    r = run_yure("check", "post.txt", cwd=repo)
    assert r.code == 2
    assert r.err.strip() == f"yure: error: {repo / '.yure.yaml'}:2: 'rules' must be a list of strings"
    # --isolated ignores it; --config names another.
    assert run_yure("check", "--isolated", "post.txt", cwd=repo).code == 0
    written(repo, "other.yaml", "jobs: 0\n")
    r = run_yure("check", "--config", "other.yaml", "post.txt", cwd=repo)
    assert r.code == 2 and "other.yaml:1: 'jobs' must be a positive integer" in r.err


DISCOVER_ERRORS = [
    ("{scope: galaxy}", "discover.scope must be post, file or run"),
    ("{katakana: maybe}", "discover.katakana must be true or false"),
    ("{one-edit: 1}", "discover.one-edit must be true or false"),
    ("{allow: [サーバー]}", "discover.allow must be a list of lists of forms"),
    ("{allow: [[サーバー]]}", "discover.allow must be a list of lists of forms"),
    ("{colour: red}", "unknown discover option 'colour' (known: scope, katakana, one-edit, sudachi, allow)"),
]


@pytest.mark.parametrize("value, message", DISCOVER_ERRORS, ids=[m for _, m in DISCOVER_ERRORS])
def test_a_wrong_discover_option_stops_the_run_naming_the_file(repo, value, message):
    (repo / "post.txt").write_text("サーバーを再起動した。サーバを再起動した。サーバーは動いた。\n", encoding="utf-8")
    written(repo, ".yure.yaml", f"# settings\ndiscover: {value}\n")
    r = run_yure("check", "post.txt", cwd=repo)
    assert r.code == 2, r.err
    assert r.err.strip().startswith("yure: error: ") and str(repo / ".yure.yaml") in r.err
    assert r.err.strip().endswith(message)


def test_discover_options_change_what_discovery_reports(repo):
    (repo / "post.txt").write_text("サーバーを再起動した。サーバを再起動した。サーバーは動いた。\n", encoding="utf-8")
    found = run_yure("check", "--format", "json", "--exit-zero", "post.txt", cwd=repo).json()
    assert [f["rule"] for f in found] == ["discovered-variant"]
    # a pair allowed in the project, and katakana discovery turned off, both silence it
    for value in ("{allow: [[サーバー, サーバ]]}", "{katakana: false}"):
        written(repo, ".yure.yaml", f"discover: {value}\n")
        r = run_yure("check", "--format", "json", "post.txt", cwd=repo)
        assert (r.code, r.json()) == (0, []), (value, r.err)
