"""Spellings a text gives on purpose, and families that are not one word (issue 17, round 2).

Every text here was written for this test.  Each mechanism is checked both
ways: what it leaves alone, and the slip it still reports.
"""

from __future__ import annotations

import pytest

from lint.engine.batch import lint_texts
from lint.kinds.discovery.families import katakana_groups, katakana_occurrences
from lint.text import morph
from lint.text.asides import listed_together


def spelling(linter, text, name="a.txt"):
    return [d for d in lint_texts(linter, {name: text}) if d.category == "spelling"]


def reported(linter, text):
    return sorted((d.rule, text[d.location.start:d.location.end]) for d in spelling(linter, text))


def groups_of(text):
    return sorted(sorted(g.forms) for g in katakana_groups(katakana_occurrences(text)))


@pytest.fixture
def sudachi():
    # Asked when the test runs, not when the module is collected: loading the
    # dictionary imports its package, which other tests expect to find unimported.
    if not morph.available():
        pytest.skip("needs yure[sudachi] (SudachiPy and its dictionary)")


# -- spellings listed side by side ---------------------------------------------

def test_a_list_gap_holds_separators_readings_and_list_words_but_no_predicate():
    def listed(text, forms):
        spans = []
        for form in forms:
            at = text.find(form)
            while at >= 0:
                if not any(s <= at < e for s, e, _ in spans):
                    spans.append((at, at + len(form), form))
                at = text.find(form, at + 1)
        return sorted(spans[i][2] for i in listed_together(text, spans))

    forms = ["ヴォーカル", "ボーカル"]
    assert listed("担当はヴォーカル、またはボーカルと書く。", forms) == ["ボーカル", "ヴォーカル"]
    assert listed("ヴォーカルぶボーカルぶという二つの読み。", forms) == ["ボーカル", "ヴォーカル"]
    assert listed("ヴォーカルを探したが、ボーカルが来た。", forms) == []
    assert listed("ヴォーカルが来た。ボーカルが歌った。", forms) == []  # a full stop ends the list


def test_spellings_listed_side_by_side_are_not_reported(default_linter):
    assert reported(default_linter, "この語はヴォーカル、ボーカルの二通りに書かれる。ヴォーカルは歌い手だ。") == []
    slip = "ヴォーカルが一曲目を歌った。二曲目でもボーカルが歌った。ヴォーカルは喝采を浴びた。"
    assert reported(default_linter, slip) == [("discovered-variant", "ボーカル")]


def test_alternatives_listed_before_tomo_are_given_on_purpose(default_linter):
    assert reported(default_linter, "オーボー、オーボワとも呼ばれた楽器を、今はオーボワと書く人が多い。") == []
    assert reported(default_linter, "その草原はサヴァナ気候とも呼ばれる。サバナ気候の草原は広い。") == []


def test_a_name_rule_leaves_names_listed_side_by_side(default_linter):
    assert reported(default_linter, "国名はグルジア、ジョージアの二通りで書かれてきた。") == []
    assert reported(default_linter, "ジョージアの首都を訪ねた。グルジアのワインを飲んだ。") == [("georgia", "グルジア")]


def test_a_name_rule_leaves_a_name_repeated_in_full_in_parentheses(default_linter):
    assert reported(default_linter, "ハルキウ州（スロボダ・ハリコフ）の東部を訪れた。") == []


def test_a_name_rule_leaves_a_language_label_and_a_stray_name(default_linter):
    assert reported(default_linter, "首都の名はグルジア語: Tbilisi と綴る。") == []
    assert reported(default_linter, "首都はトビリシである。グルジア\n次の話題に移る。") == []


def test_a_renamed_place_keeps_its_old_name_in_states_named_together(default_linter):
    assert reported(default_linter, "ロシアはルガンスク、ドネツクの両人民共和国を承認した。") == []
    assert reported(default_linter, "代表団はルガンスクとドネツクを訪れた。") == [("luhansk", "ルガンスク")]


# -- different people, different words ---------------------------------------------

def test_parts_of_the_full_names_of_different_people_are_not_grouped():
    text = "監督のアントニオ・ダ・オリヴェイラは撮った。選手のペドロ・オリベイラは走った。オリヴェイラは老いた。"
    assert groups_of(text) == []
    same = "イヴァン・ソコロフ氏が書いた。ソコロフ氏は言う。イワン・ソコロフ氏も来た。"
    assert groups_of(same) == [["イワン", "イヴァン"]]


def test_small_ya_yu_yo_stay_small_when_long_vowels_are_erased():
    assert groups_of("サッチャーの演説と、サティヤという語。") == []


def test_a_company_name_keeps_its_owners_spelling(default_linter):
    text = "ニューズ・コーポレーションが新聞を買った。ニュースが流れた。ニュースは続いた。"
    assert reported(default_linter, text) == []
    assert reported(default_linter, "古いキヤノン写真フイルム株式会社の工場。フィルムを巻く。フィルムは薄い。") == []
    # Two spellings of one company's name are still a slip.
    slip = ("ヴィクター・ピクチャーズが映画を撮った。ヴィクター・ピクチャーズの社長が語った。"
            "ビクター・ピクチャーズは上場した。")
    assert reported(default_linter, slip) == [("discovered-variant", "ビクター")]


def test_a_variant_in_a_title_is_still_a_variant(default_linter):
    text = "シェイクスピアの劇を観た。シェイクスピアは偉大だ。書棚に『シェークスピア全集』がある。"
    assert reported(default_linter, text) == [("discovered-variant", "シェークスピア")]


def test_a_writer_who_spells_a_word_with_its_long_vowel_everywhere_is_not_cut_before_kanji():
    assert groups_of("この本はフリーソフトウエアーです。フリーソフトウエアー運動が広がった。") == []


def test_an_unknown_spelling_used_more_often_does_not_win_over_the_dictionary_form(default_linter):
    text = ("リーモートデスクトップを開く。リーモートデスクトップで操作する。"
            "リーモートデスクトップを閉じる。リモートデスクトップの設定。")
    found = spelling(default_linter, text)
    assert {text[d.location.start:d.location.end] for d in found} == {"リーモートデスクトップ"}
    assert {d.fix.replacement for d in found} == {"リモートデスクトップ"}


# -- okurigana (Sudachi) ---------------------------------------------------------

def test_okurigana_of_one_word_are_reported(default_linter, sudachi):
    text = "来週の引越しの準備をした。引っ越しの日は晴れた。引っ越しは疲れる。"
    assert reported(default_linter, text) == [("discovered-variant", "引越し")]


@pytest.mark.parametrize("text", [
    "王は隣国を滅して領土を広げた。敵は国を滅ぼした。敵は町を滅ぼした。",  # 滅し: めっし or ほろぼし
    "古い歌に「帰るを忘る」とある。人は名を忘れる。人は顔を忘れる。",       # classical 忘る
    "退去強制手続令を読んだ。入国の手続きは長い。手続きは終わった。",       # a compound's own okurigana
])
def test_okurigana_that_may_be_another_word_are_not_compared(default_linter, sudachi, text):
    assert reported(default_linter, text) == []


def test_a_minus_sign_typed_for_a_long_vowel_is_read_as_one():
    assert groups_of("翻訳者やコントリビューターの助け。記事はコントリビュータ−によって直された。") == []


def test_a_name_introduced_or_glossed_with_its_original_is_given_on_purpose(default_linter):
    assert reported(default_linter, "この物質はメタナールという名称でも知られ、メタナル反応に使う。") == []
    assert reported(default_linter, "港湾局の本部はペンシルバニア大学、英: University に近い。ペンシルベニア州の都市。") == []
    assert reported(default_linter, "この物質はメタナールが知られ、メタナル反応に使う。") != []
