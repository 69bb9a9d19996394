"""The contradiction check's comparisons beyond numbers and antonyms: roles,
order, dates, modality, quantifiers, substitutions, and what each must leave
alone.  Every example is written for these tests."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED, need_shared
from lint.engine import Linter
from lint.engine.batch import lint_texts
from lint.engine.selection import Selection
from lint.report import render
from lint.ruleset.load import load_rules


@pytest.fixture(scope="module")
def linter():
    return Linter(load_rules([]), Selection(["contradiction"], []))


def post(details: str, points: str) -> str:
    return ("試験の記事2025年01月02日 03:04\n【詳細】\n " + details + "\n【要点】\n"
            + "".join(f" ・{p}\n" for p in points.split("|")))


def found(linter, text):
    return [d for d in lint_texts(linter, {"post.txt": text}) if d.category == "contradiction"]


def rules(linter, details, point):
    return [d.rule for d in found(linter, post(details, point))]


# -- each kind: reported, and the consistent wording left alone ------------

@pytest.mark.parametrize("kind, details, wrong, right", [
    ("role", "統計では、ブラジルからチリへの輸出が前年を上回った。",
     "統計では、チリからブラジルへの輸出が前年を上回った。",
     "ブラジルからチリへの輸出は前年を上回った。"),
    ("role", "決勝では北高が南高を破って優勝した。", "決勝では南高が北高を破って優勝した。",
     "決勝では南高は北高に破れた。"),
    ("role", "委員会は3月4日に東案を、3月11日に西案を採択した。", "委員会は3月4日に西案、3月11日に東案を採択した。",
     "委員会は3月4日に東案、3月11日に西案を採択した。"),
    ("causal", "長雨が続いた結果、稲の収穫が大きく減った。", "稲の収穫が減った結果、長雨が続いた。",
     "長雨の結果、稲の収穫が減った。"),
    ("causal", "新しい橋の開通によって、島の観光客が増えた。", "島の観光客の増加が新しい橋の開通をもたらした。",
     "新しい橋の開通が島の観光客の増加をもたらした。"),
    ("temporal", "協定の調印後に、両国は国境を開いた。", "両国は協定の調印より前に国境を開いた。",
     "両国は協定の調印後に国境を開いた。"),
    ("temporal", "港の拡張は1960年代以降、急速に進んだ。", "港の拡張は1960年代を迎える前に急速に進んだ。",
     "港の拡張は1960年代以降に急速に進んだ。"),
    ("modality", "同市は2019年に姉妹都市協定に加盟した。", "同市の姉妹都市協定への加盟はまだ検討段階にある。",
     "同市は2019年に姉妹都市協定に加盟している。"),
    ("modality", "調査では湖底に遺跡がある可能性が予測されている。", "調査で湖底の遺跡の存在が確認された。",
     "調査では湖底に遺跡がある可能性が予測された。"),
    ("quantifier", "この町は県内で唯一、港を持たない町である。", "この町は港を持たない県内の複数の町の一つである。",
     "この町は県内で唯一、港を持たない町だ。"),
    ("quantifier", "同校は創立以来初めて全国大会に出場した。", "同校は創立以来再び全国大会に出場した。",
     "同校は創立以来初めての全国大会に出場した。"),
    ("temporal", "新しい規則は翌年に施行された。", "新しい規則は前年に施行された。", "新しい規則は翌年施行された。"),
    ("polarity", "この地域は条約の対象に含まれている。", "この地域は条約の対象には含まれていない。",
     "この地域は条約の対象に入っている。"),
    ("polarity", "島には人口1万人を超える町は存在しない。", "島には人口1万人を超える町が数多くある。",
     "島には人口1万人を超える町はない。"),
])
def test_each_kind_is_reported_and_its_consistent_wording_is_not(linter, kind, details, wrong, right):
    assert f"contradiction.{kind}" in rules(linter, details, wrong)
    assert rules(linter, details, right) == []


def test_an_order_the_details_date_the_other_way_round(linter):
    details = "1961年に内戦が始まり、国は二つに分かれた。その後、1968年に新しい憲法が公布された。"
    assert rules(linter, details, "1968年に憲法が公布された後に内戦が始まった。") == ["contradiction.temporal"]
    assert rules(linter, details, "内戦が始まった後、1968年に憲法が公布された。") == []
    # The claim dates both events itself: the cause comes after its effect.
    assert rules(linter, "1975年の協定は、1980年代の経済成長につながったとされる。",
                 "1980年代の経済成長が、1975年の協定につながった。") == ["contradiction.causal"]


def test_a_name_the_details_never_use_in_the_place_of_theirs(linter):
    details = "同社の本社はパルマノーヴァにあり、社員は約300人である。"
    assert rules(linter, details, "同社の本社はヴィラフランカにある。") == ["contradiction.entity"]
    # Another spelling or a short form of the same word is no other name.
    assert rules(linter, "会場はグラウンドの西側にある。", "会場はグランドの西側にある。") == []
    assert rules(linter, "選手はスケートボードで技を競った。", "選手はスケボーで技を競った。") == []
    # A reading in brackets is not a claim.
    assert rules(linter, "SIGMAは、世界の研究所が使う略号である。", "SIGMA（シグマ）は研究所が使う略号である。") == []


def test_names_inside_longer_names_are_not_the_place(linter):
    text = post("島々はフランスの海外県に属する。", "島々は西インド諸島の一部である。")
    assert found(linter, text) == []


# -- numbers: like with like -------------------------------------------------

@pytest.mark.parametrize("details, point", [
    # A year agrees with a date in that year; an era year with its western year.
    ("2016年7月に首都で衝突が起きた。", "2016年に首都で衝突が起きた。"),
    ("昭和39年に新幹線が開業した。", "1964年に新幹線が開業した。"),
    # Two papers' founding years, said of two named papers.
    ("姉妹紙のウィークリー・ポストは1950年に創刊された。", "デイリー・ポストは1888年に創刊された新聞である。"),
    # A range holds its members; 数千年 is no calendar year.
    ("改訂版は1911年に出た。", "改訂は1910年から1911年にかけて行われた。"),
    ("この地域には数千年前から人が住んでいた。", "1975年に遺跡が見つかった地域には数千年前から人が住んでいた。"),
    # Parts of a sum are not the total; a share each is not the total.
    ("机を男性2人と女性1人が囲んでいる。", "机を3人が囲んでいる。"),
    ("棚に箱が2段に3個ずつ並んでいる。", "棚に箱が6個並んでいる。"),
])
def test_numbers_of_different_things_are_not_compared(linter, details, point):
    assert rules(linter, details, point) == []


def test_numbers_of_the_same_thing_are_compared(linter):
    assert rules(linter, "面積は町全体のおよそ半分にあたる。", "面積は町全体のおよそ3分の1にあたる。") == [
        "contradiction.number"]
    assert rules(linter, "会議には12の国が参加した。", "会議には15の国が参加した。") == ["contradiction.number"]
    # The last unmatched pair of two closely aligned sentences.
    details = "輸出は総生産の40%を占め、そのうち近隣国向けが75%を占める。"
    assert rules(linter, details, "輸出は総生産の40%を占め、近隣国依存度は57%に達する。") == ["contradiction.number"]


# -- what a reader sees --------------------------------------------------------

def test_the_span_and_the_related_entry_cover_exactly_the_quoted_words(linter):
    text = post("国々は反対の一枚岩として団結しているわけでもないと述べた。", "国々は反対の一枚岩として団結しているが、内部に違いもある。")
    [d] = found(linter, text)
    assert d.rule == "contradiction.polarity"
    quoted = text[d.location.start:d.location.end]
    assert quoted == "団結している" and f"「{quoted}」" in d.message
    [rel] = d.related
    assert rel.text == "団結しているわけでもない" and f"「{rel.text}」" in d.message
    line = text.split("\n")[rel.location.line - 1]
    assert line[rel.location.column - 1:rel.location.end_column - 1] == rel.text
    assert "（肯否）" in d.message
    [row] = json.loads(render("json", [d]))
    assert (row["related"][0]["line"], row["related"][0]["column"]) == (rel.location.line, rel.location.column)
    assert row["related"][0]["text"] == "団結しているわけでもない"
    assert row["end_column"] - row["column"] == len("団結している")


@pytest.mark.parametrize("kind, name", [("role", "役割"), ("causal", "因果関係"), ("temporal", "時間の前後"),
                                        ("modality", "確からしさ"), ("quantifier", "数量の表現")])
def test_the_message_names_the_kind(linter, kind, name):
    cases = {
        "role": ("統計では、ブラジルからチリへの輸出が増えた。", "統計では、チリからブラジルへの輸出が増えた。"),
        "causal": ("長雨が続いた結果、稲の収穫が大きく減った。", "稲の収穫が減った結果、長雨が続いた。"),
        "temporal": ("協定の調印後に、両国は国境を開いた。", "両国は協定の調印より前に国境を開いた。"),
        "modality": ("同市は2019年に姉妹都市協定に加盟した。", "同市の姉妹都市協定への加盟はまだ検討段階にある。"),
        "quantifier": ("同校は創立以来初めて全国大会に出場した。", "同校は創立以来再び全国大会に出場した。"),
    }
    [d] = [d for d in found(linter, post(*cases[kind])) if d.rule == f"contradiction.{kind}"]
    assert d.message.endswith(f"（{name}）")


# -- data nobody on the project wrote (skipped without ../shared) -----------------

def test_no_finding_on_the_reduced_false_alarms(linter):
    for name in ("number.txt", "entity.txt"):
        path = need_shared(SHARED / "fp-cases" / name)
        assert found(linter, path.read_text(encoding="utf-8")) == [], name


def test_posts_built_from_encyclopedia_leads_are_nearly_silent(linter):
    path = need_shared(SHARED / "corpora" / "jglue-jsquad-wikipedia" / "jsquad-as-posts.txt")
    assert len(found(linter, path.read_text(encoding="utf-8"))) <= 3
