"""Spelling findings that hold on text nobody tuned them to (issue 17, patterns 1-6).

Each pattern is checked on sentences written for this test, and on the
reduced false alarms in ../shared/fp-cases (read at run time).
"""

from __future__ import annotations

import pytest

from conftest import SHARED, need_shared
from lint.engine.batch import lint_texts
from lint.kinds.discovery.families import katakana_groups, katakana_occurrences, same_word
from lint.text.lexicon import lexicon


def spelling(linter, text, name="a.txt"):
    return [d for d in lint_texts(linter, {name: text}) if d.category == "spelling"]


def groups_of(text):
    return sorted(sorted(g.forms) for g in katakana_groups(katakana_occurrences(text)))


# 1. alternatives given on purpose
def test_a_spelling_named_as_an_alternative_is_not_a_variant(default_linter):
    text = "チェロ（セロとも表記される）を習う。ヴィオラ（ビオラとも書く）も弾く。ヴィオラは低い音が出る。"
    assert spelling(default_linter, text) == []
    assert spelling(default_linter, "ヴィオラを弾いた。ビオラは重い。ヴィオラは低い。") != []


def test_a_name_rule_leaves_the_other_language_form_in_parentheses(default_linter):
    text = "ハルキウ州（ロシア語名ハリコフ）を訪れた。ジュネーブ（フランス語ではジュネーヴ）に着いた。"
    assert spelling(default_linter, text) == []
    assert [d.rule for d in spelling(default_linter, "ハリコフを訪れた。")] == ["kharkiv"]


# 2. line wraps
@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_a_word_cut_by_a_line_break_is_compared_whole(default_linter, name):
    text = "プリンターを買った。新しいプリンタ\nーは速い。プリンターの色もよい。\n"
    assert spelling(default_linter, text, name) == []


def test_pieces_of_cut_words_in_text_tables_are_not_compared():
    table = "| 名前 | 説明                |\n| cups | 印刷用のプリンタ|\n|      | ーを管理する        |\nプリンターを買う。\n"
    assert groups_of(table) == []


# 3. distinct words, and the variants a dictionary knows
@pytest.mark.parametrize("a, b", [("ビル", "ビール"), ("ホイル", "ホイール"), ("キャッチ", "キャッチー"),
                                  ("ルーブル", "ルーヴル")])
def test_the_lexicon_tells_apart_words_spelled_alike(a, b):
    assert same_word(a, b) is False
    assert groups_of(f"{a}と{b}と{a}。") == []


def test_a_compound_is_compared_by_the_part_that_differs():
    assert groups_of("アルミホイルで包み、アルミホイールを磨いた。") == []


@pytest.mark.parametrize("a, b", [("サーバー", "サーバ"), ("チーム", "ティーム"), ("ユーザー", "ユーザ")])
def test_the_lexicon_joins_spellings_of_one_word(a, b):
    assert same_word(a, b) is True
    assert groups_of(f"{a}と{a}と{b}。") == [sorted([a, b])]


def test_server_three_to_one_is_reported(default_linter):
    text = "サーバーを起動する。サーバーの設定を見る。サーバーを止める。サーバを再起動する。"
    found = spelling(default_linter, text)
    assert [(d.rule, text[d.location.start:d.location.end]) for d in found] == [("discovered-variant", "サーバ")]
    assert found[0].fix.replacement == "サーバー"


def test_the_lexicon_loads_lazily_and_is_compact():
    from lint.text.lexicon import DATA

    assert DATA.stat().st_size < 500_000
    assert len(lexicon()) > 50_000 and "サーバー" in lexicon()


# 4. ー as a dash
def test_a_long_vowel_mark_used_as_a_dash_is_not_part_of_the_word():
    assert groups_of("カルシウムー硫酸塩泉に入り、カルシウムを摂る。") == []


# 5. names spelled by their owners
def test_a_katakana_part_of_an_owner_spelled_name_is_not_a_variant(default_linter):
    text = "富士フイルムの工場でフィルムを作る。フィルムは薄い。"
    assert spelling(default_linter, text) == []


# 6. safe fixes that would change meaning
@pytest.mark.parametrize("text", [
    "1983年のラングーン事件を調べた。",            # an event's name
    "カルカッタ会議の記録を読んだ。",              # a renamed city in an event's name
    "『キエフの夜』という小説を読んだ。",            # a title of a work
    "戦時中、記者はビルマを取材した。",              # set before the rule's year
    "オーストリアの作曲家ウラジミール・ハウザー。",  # another person's name
    "ホー・チ・ミンは独立運動を率いた。",           # the person, not the city
])
def test_a_name_rule_stays_silent_where_a_fix_would_change_meaning(default_linter, text):
    assert spelling(default_linter, text) == []


def test_a_name_rule_still_fixes_plain_uses(default_linter):
    found = spelling(default_linter, "ウラジミール・ラブロフ氏がキエフを訪れた。")
    assert sorted((d.rule, d.fix.safe) for d in found) == [("kyiv", True), ("vladimir", True)]
    quoted = spelling(default_linter, "声明は「キエフで会う」とした。")
    assert [(d.rule, d.fix.safe) for d in quoted] == [("kyiv", False)]


@pytest.mark.parametrize("name", ["alt.txt", "alt2.txt", "names.txt", "names2.txt", "dash.txt", "words.txt",
                                  "wrap.txt", "wrap.md"])
def test_fp_cases_report_no_spelling_finding(default_linter, name):
    path = need_shared(SHARED / "fp-cases" / name)
    assert spelling(default_linter, path.read_text(encoding="utf-8"), name) == []
