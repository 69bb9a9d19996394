"""The contradiction check: each comparison, the lexicon, and the seed."""

from __future__ import annotations

import pytest

from conftest import SEED, make_linter, need_shared
from lint.errors import RuleFileError
from lint.ruleset.load import bundled_rule_files, load_rule_file, load_rules
from lint.ruleset.selftest import run_data_tests
from lint.fix import fix_texts
from lint.engine.batch import lint_texts
from lint.engine.selection import Selection


@pytest.fixture(scope="module")
def linter():
    from lint.engine import Linter

    return Linter(load_rules([]), Selection(["contradiction"], []))


def post(details: str, points: str, summary: str = "") -> str:
    head = "試験の記事2025年01月02日 03:04\n"
    if summary:
        head += f"【概要】\n {summary}\n"
    return head + f"【詳細】\n {details}\n【要点】\n" + "".join(f" ・{p}\n" for p in points.split("|"))


def found(linter, text):
    return [d for d in lint_texts(linter, {"post.txt": text}) if d.category == "contradiction"]


def test_number_conflict_is_reported_with_an_unsafe_fix(linter):
    text = post("政府によると、無人機は7機が撃墜された。", "無人機9機が撃墜された。")
    [d] = found(linter, text)
    assert d.rule == "contradiction.number"
    assert text[d.location.start:d.location.end] == "9機"
    assert "7機" in d.message and d.fix.replacement == "7機" and not d.fix.safe
    assert d.related and "7機" in d.related[0].text and d.related[0].location.line == 3
    assert fix_texts(linter, {"p.txt": text}).texts == {}  # unsafe: not applied by default
    fixed = fix_texts(linter, {"p.txt": text}, unsafe=True).texts["p.txt"]
    assert "無人機7機が撃墜" in fixed


@pytest.mark.parametrize("details, point", [
    ("会談は約2時間30分にわたって続いた。", "会談は約2時間半続いた。"),
    ("会談は150分にわたって続いた。", "会談は2時間半続いた。"),
    ("予算は約11億ドル(約1600億円)削減される。", "約1600億円の予算が削減される。"),
    ("参加者は100人を超えた。", "参加者は120人だった。"),
    ("死者は30人、負傷者は50人に上った。", "負傷者は50人。"),
])
def test_equal_or_unrelated_numbers_are_not_reported(linter, details, point):
    assert found(linter, post(details, point)) == []


def test_polarity_conflict_and_support(linter):
    text = post("政府は新しい制度の導入は検討されていないと説明した。", "新しい制度の導入が検討されている。")
    [d] = found(linter, text)
    assert d.rule == "contradiction.polarity"
    assert "検討されている" in d.message and "検討されていない" in d.message
    same = post("政府は新しい制度の導入が検討されていると説明した。", "新しい制度の導入が検討されている。")
    assert found(linter, same) == []
    double = post("政府は制度の導入を検討していないわけではないと述べた。", "制度の導入を検討している。")
    assert found(linter, double) == []


def test_antonym_conflict(linter):
    text = post("統計によると、今年の輸出は前年より減少した。", "今年の輸出は前年より増加した。")
    [d] = found(linter, text)
    assert d.rule == "contradiction.antonym"
    assert "増加" in d.message and "減少" in d.message
    # Opposite words about different things are no contradiction.
    assert found(linter, post("輸入は減少した。", "観光客は増加した。")) == []
    # Negated on the other side: 減少しなかった does not contradict 増加.
    assert found(linter, post("今年の輸出は減少しなかった。", "今年の輸出は増加した。")) == []


def test_entity_substitution_but_not_more_or_fewer(linter):
    text = post("欧州軍はドイツ・シュトゥットガルトに司令部を置いている。",
                "欧州軍はフランス・シュトゥットガルトに司令部を置いている。")
    [d] = found(linter, text)
    assert d.rule == "contradiction.entity"
    assert text[d.location.start:d.location.end] == "フランス"
    assert found(linter, post("ドイツの首脳が会談に臨んだ。", "ドイツとフランスの首脳が会談に臨んだ。")) == []
    assert found(linter, post("ドイツとフランスの首脳が会談に臨んだ。", "ドイツの首脳が会談に臨んだ。")) == []
    swapped = post("パキスタンが過激派を支援してきた経緯がある。", "中国が過激派を支援してきた。")
    assert [x.rule for x in found(linter, swapped)] == ["contradiction.entity"]


def test_summary_sentences_are_claims_too(linter):
    text = post("停戦は30日間続く見通しだと当局者は述べた。", "停戦が合意された。", summary="停戦は60日間続く見通しだ。")
    [d] = found(linter, text)
    assert d.location.line == 3 and d.message.startswith("概要の")


def test_numbered_headings_in_key_points_are_not_claims(linter):
    text = ("記事2025年01月02日 03:04\n【詳細】\n 制度の導入は検討されていない。\n【要点】\n"
            " 1. 制度の導入が検討されている\n")
    assert found(linter, text) == []


def test_threshold_options_are_validated(tmp_path):
    with pytest.raises(RuleFileError) as info:
        make_linter("rules:\n  - id: c\n    kind: contradiction\n    align_min: 1.5\n", tmp_path)
    assert "between 0 and 1" in info.value.message and info.value.line == 4
    with pytest.raises(RuleFileError) as info:
        make_linter("rules:\n  - id: c\n    kind: contradiction\n    checks: [numbers, vibes]\n", tmp_path)
    assert "unknown check 'vibes'" in info.value.message


def test_checks_can_be_switched_off(tmp_path):
    linter = make_linter("rules:\n  - id: c\n    kind: contradiction\n    checks: [polarity]\n", tmp_path)
    text = post("無人機は7機が撃墜された。", "無人機9機が撃墜された。")
    assert found(linter, text) == []


def test_the_antonym_lexicon_is_large_and_every_pair_is_tested():
    ruleset = load_rule_file([p for p in bundled_rule_files() if p.stem == "antonyms"][0])
    assert len(ruleset.file_data("antonyms")) >= 150
    assert all(p.example for p in ruleset.file_data("antonyms"))
    count, failures = run_data_tests(ruleset)
    assert count == 3 * len(ruleset.file_data("antonyms"))
    assert not failures, "\n".join(map(str, failures[:10]))


def test_users_can_add_antonym_pairs(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("rules: []\nantonyms:\n  - pair: [黒星, 白星]\n    test: [横綱は黒星だった, 横綱は白星だった]\n",
                    encoding="utf-8")
    from lint.engine import Linter

    linter = Linter(load_rules([path]), Selection(["contradiction"], []))
    assert [d.rule for d in found(linter, post("横綱は白星だった。", "横綱は黒星だった。"))] == ["contradiction.antonym"]


def test_sudachi_compares_one_kanji_verbs_when_installed(linter):
    from lint.text import morph

    if not morph.available():
        pytest.skip("sudachipy with sudachidict_core is not installed (pip install yure[sudachi])")
    text = post("同国は過去にその要求を認めなかったと報じられた。", "同国は過去にその要求を認めた。")
    assert [d.rule for d in found(linter, text)] == ["contradiction.polarity"]


def test_seed_contradictions(linter):
    need_shared(SEED)
    text = SEED.read_text(encoding="utf-8")
    diags = found(linter, text)
    lines = text.split("\n")
    claims = {lines[d.location.line - 1] for d in diags}
    assert any("反西側として団結している" in c for c in claims)
    assert any("ロシアの正当な安全保障" in c for c in claims)
    # 2時間半 / 2時間30分 and 11億ドル / 1600億円 are the same values.
    assert not any("2時間半" in c or "1600億円" in c for c in claims)
    assert len(diags) <= 4


def test_the_entity_gate_only_skips_claims_with_nothing_to_report(linter, monkeypatch):
    # names._may_swap lets most claims skip the slot and context work;
    # with it switched off every comparison must come out the same.
    need_shared(SEED)
    from lint.kinds.contradiction import names as entities

    texts = {"seed.txt": SEED.read_text(encoding="utf-8"),
             "swapped.txt": post("ロシアの正当な安全保障を脅かすと述べた。米国はこれに反対した。",
                                 "ウクライナの正当な安全保障を脅かすと述べた。|米国は反対した。")}
    gated = [(d.path, d.location.start, d.message) for d in lint_texts(linter, texts)]
    monkeypatch.setattr(entities, "_may_swap", lambda *args: True)
    ungated = [(d.path, d.location.start, d.message) for d in lint_texts(linter, texts)]
    assert gated == ungated
    assert any(path == "swapped.txt" for path, _, _ in gated)


def test_detail_values_answer_exactly_as_comparing_every_pair():
    # DetailValues replaces "any(compatible(q, e) for every detail e)" with a
    # bisection (plain values) and set lookups (dates); it must agree with
    # the pairwise test on ranges, open ends, approximations and partial dates.
    import random

    from lint.kinds.contradiction.units import Unit
    from lint.kinds.contradiction.detail_values import DetailValues
    from lint.kinds.contradiction.quantities import Quantity, compatible, extract

    rng = random.Random(7)
    inf = float("inf")

    def gives(q: Quantity, e: Quantity) -> bool:
        # A detail date must also give one of the parts the claim's gives:
        # a day of no year supports no year.
        return compatible(q, e) and (q.unit != "date" or q.date is None or e.date is None or any(
            a is not None and b is not None for a, b in zip(q.date, e.date)))

    def quantity(unit: str) -> Quantity:
        if unit == "date":
            if rng.random() < 0.05:
                return Quantity(0, 1, "x", "date", 0, 0, 0, date=None)
            parts = tuple(rng.choice([None, *range(1, 4)]) for _ in range(3))
            return Quantity(0, 1, "x", "date", 0, 0, 0, date=parts)
        value = float(rng.randrange(1, 40))
        low, high = rng.choice([(value, value), (value * 0.9, value * 1.1), (value, inf), (-inf, value),
                                (value * (1 + 1e-6), inf), (-inf, value * (1 - 1e-6))])
        return Quantity(0, 1, "x", unit, value, low, high)

    for _ in range(300):
        units = ["people", "date", "percent"]
        details = [quantity(rng.choice(units)) for _ in range(rng.randrange(0, 12))]
        # One detail sentence, its quantities already in the per-post cache.
        values = DetailValues([Unit(0, 1, "x", "詳細")], {("quantities", 0, 1): details})
        for _ in range(20):
            q = quantity(rng.choice(units))
            same = [e for e in details if e.unit == q.unit]
            assert values.has_unit(q.unit) == bool(same)
            if same:
                assert values.any_compatible(q) == any(gives(q, e) for e in same), (q, same)

    # Ranges that touch exactly where compatible() widens the high end.
    edge = 10 * (1 + 1e-9)
    for q, e, expected in [(Quantity(0, 1, "x", "people", 10, 10, 10), Quantity(0, 1, "x", "people", edge, edge, 20),
                            True),
                           (Quantity(0, 1, "x", "people", edge, edge, 20), Quantity(0, 1, "x", "people", 10, 10, 10),
                            True),
                           (Quantity(0, 1, "x", "people", 11, edge * 1.0001, 20),
                            Quantity(0, 1, "x", "people", 10, 10, 10), False)]:
        assert compatible(q, e) == expected
        values = DetailValues([Unit(0, 1, "x", "詳細")], {("quantities", 0, 1): [e]})
        assert values.any_compatible(q) == expected

    # And on quantities the extractor reads from real sentences.
    text = "約11億ドル、2時間半、20%以上、2025年3月18日、3月、150分、1,200機、三十人、25%、2024年、18日。"
    found = extract(text)
    for i, q in enumerate(found):
        rest = found[:i] + found[i + 1:]
        values = DetailValues([Unit(0, len(text), text, "詳細")], {("quantities", 0, len(text)): rest})
        same = [e for e in rest if e.unit == q.unit]
        assert values.has_unit(q.unit) == bool(same)
        if same:
            assert values.any_compatible(q) == any(gives(q, e) for e in same)


def test_antonym_words_inside_longer_words_are_dropped_as_by_definition():
    # find() drops a hit that lies inside another, different hit; it does so
    # in one sorted pass and must agree with testing every pair.
    import random

    from lint.kinds.contradiction.antonym_words import AntonymLexicon, AntonymPair

    lexicon = AntonymLexicon([AntonymPair(("安定", "不安定化"), ("不安定", "安定化")),
                              AntonymPair(("部分", "分割"), ("全体", "統合")),
                              AntonymPair(("増", "増加"), ("減", "減少")),
                              # 増加 again: two hits on one span, neither inside the other.
                              AntonymPair(("増加",), ("縮小",))])

    def by_definition(text):
        hits = lexicon.matcher.find(text)
        spans = {(h.start, h.end) for h in hits}
        return [(h.phrase.data[0], h.phrase.data[1], h.start, h.end)
                for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
                if not any(a <= h.start and h.end <= b and (a, b) != (h.start, h.end) for a, b in spans)]

    rng = random.Random(5)
    pieces = ["安定", "不", "化", "部分", "割", "全体", "統合", "増加", "減少", "の", "が"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
        assert lexicon.find(text, 0, len(text)) == by_definition(text), text
    assert [h[2:] for h in lexicon.find("不安定化した", 0, 6)] == [(0, 4)]


def test_names_before_a_title_are_found_as_the_look_ahead_pattern_defines_them():
    # A katakana run is found first and a title looked for after it; the
    # names must be those of one pattern with the title in a look-ahead.
    import random
    import re

    from lint.kinds.contradiction.entities import TITLE_RE, EntityFinder, Gazetteer

    # Two or three kanji before 氏 are a name only as a whole run (奥州藤原氏 has no name 州藤原).
    by_pattern = re.compile(r"([\u30A1-\u30FA\u30FC・]{2,})(?=" + TITLE_RE.pattern
                            + r")|(?<![\u4E00-\u9FFF])([\u4E00-\u9FFF]{2,3})(?=氏)")
    finder = EntityFinder(Gazetteer())  # no known names: every mention is a titled one
    rng = random.Random(9)
    pieces = ["ギャ", "バ", "ード", "ー", "・", "長官", "氏", "大統領", "石破", "茂", "の", "は", "国防相", "ア"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14)))
        start = rng.randrange(0, len(text))
        end = rng.randrange(start, len(text) + 1)
        want = []
        for m in by_pattern.finditer(text, start, end):
            g = 1 if m.group(1) else 2
            if not m.group(g).startswith("・"):
                want.append((m.start(g), m.group(g)))
        assert [(m.start, m.name) for m in finder.mentions(text, start, end)] == want, (text, start, end)
        found += len(want)
    assert found > 250
    assert [m.name for m in finder.mentions("奥州藤原氏の祖となった清原氏", 0, 15)] == ["清原"]


def test_one_finding_per_place_agrees_with_testing_every_kept_span():
    # Kept spans are searched by bisection; the conflicts kept must be those
    # testing every kept span gives, empty spans and shared starts included.
    import random
    from types import SimpleNamespace as NS

    from lint.kinds.contradiction.compare import one_per_place as _one_per_place

    def kept_by_definition(conflicts):
        seen, out = [], []
        for c in conflicts:
            if any(s < c.claim_end and c.claim_start < e for s, e in seen):
                continue
            seen.append((c.claim_start, c.claim_end))
            out.append(c)
        return out

    rng = random.Random(12)
    dropped = 0
    for _ in range(2000):
        conflicts = []
        for _ in range(rng.randrange(0, 12)):
            a = rng.randrange(0, 30)
            conflicts.append(NS(claim_start=a, claim_end=a + rng.choice([0, 1, 1, 2, 3, 5, 9])))
        kept = _one_per_place(conflicts)
        assert kept == kept_by_definition(conflicts), [(c.claim_start, c.claim_end) for c in conflicts]
        dropped += len(conflicts) - len(kept)
    assert dropped > 1000


@pytest.mark.parametrize("sudachi", [True, False], ids=["with-sudachi", "without-sudachi"])
def test_two_common_katakana_nouns_are_not_two_names(linter, monkeypatch, sudachi):
    """テーブル and タオル are things, not names: the shipped katakana
    lexicon tells so when Sudachi is absent; two names are still compared."""
    from lint.kinds.contradiction import name_kinds
    from lint.text import morph

    if sudachi and not morph.available():
        pytest.skip("sudachipy with sudachidict_core is not installed (pip install yure[sudachi])")
    if not sudachi:
        monkeypatch.setenv("YURE_NO_SUDACHI", "1")
    morph.tokenizer.cache_clear()
    name_kinds.common_word.cache_clear()
    try:
        things = post("棚の上にはパンとタオルが置かれている。", "棚の上にはパンとテーブルが置かれている。")
        assert found(linter, things) == []
        names = post("首脳会談はロシアの首都で開かれた。", "首脳会談はウクライナの首都で開かれた。")
        assert [d.rule for d in found(linter, names)] == ["contradiction.entity"]
    finally:
        monkeypatch.delenv("YURE_NO_SUDACHI", raising=False)
        morph.tokenizer.cache_clear()
        name_kinds.common_word.cache_clear()


def test_sudachi_finds_two_kanji_names_of_one_kind(linter, monkeypatch):
    """With Sudachi, two kanji proper nouns of one kind (people, places)
    put in each other's place are a substitution; a one-kanji verb stem
    that Sudachi also reads as a name (始) is not one; without Sudachi
    neither is reported."""
    from lint.kinds.contradiction import name_kinds
    from lint.text import morph

    if not morph.available():
        pytest.skip("sudachipy with sudachidict_core is not installed (pip install yure[sudachi])")
    people = post("日本人として初めて受賞したのは、中間子の存在を予言した湯川秀樹で、1949年に物理学賞を受けた。",
                  "日本人で最初の受賞者は、1949年の川端康成である。")
    assert [(d.rule, d.message.split("「")[1].split("」")[0]) for d in found(linter, people)] == [
        ("contradiction.entity", "川端康成")]
    stems = post("調査は1876年(明治9年)に北の川で試験的に行われた。", "調査は1876年に北の川で始まった。")
    assert found(linter, stems) == []
    monkeypatch.setenv("YURE_NO_SUDACHI", "1")
    morph.tokenizer.cache_clear()
    name_kinds.proper_kind.cache_clear()
    name_kinds.name_like.cache_clear()
    try:
        assert found(linter, people) == []
    finally:
        monkeypatch.delenv("YURE_NO_SUDACHI", raising=False)
        morph.tokenizer.cache_clear()
        name_kinds.proper_kind.cache_clear()
        name_kinds.name_like.cache_clear()


@pytest.mark.parametrize("line, heading", [("加盟国と日本", True), ("加盟国は187か国にのぼる。", False),
                                           ("東京、大阪、名古屋、福岡、札幌、仙台、広島の七都市で開かれる予定の会議", False)])
def test_a_short_line_without_a_sentence_end_is_a_heading(line, heading):
    """Headings name a topic and state nothing: no antonym is read from them."""
    from lint.kinds.contradiction.units import Unit
    assert Unit(0, len(line), line).heading is heading


@pytest.mark.parametrize("text, key, positive", [("ほかの惑星には向かわなかった。", "向", False),
                                                 ("合意に強い不満を抱かなかった。", "抱", False),
                                                 ("会議は国内では開かれた。", "開", True)])
def test_a_verb_whose_forms_begin_with_ka_is_a_predicate(text, key, positive):
    """か after a verb's stem is its own okurigana, not the question particle."""
    from lint.kinds.contradiction.predicates import predicates
    assert any(p.key == key and p.positive is positive for p in predicates(text))


@pytest.mark.parametrize("text, surfaces", [("錠剤は100mgの成分を含む", []), ("反応は5msで終わる", []),
                                            ("高架橋が約635mにわたって倒れた", ["約635m"]), ("2km先で止まった", ["2km"]),
                                            ("試料は数百キログラムにのぼる", [])])
def test_latin_units_end_where_the_letters_end(text, surfaces):
    """5m is a length, 5mg and 5ms are not; 数百 counts nothing."""
    from lint.kinds.contradiction.quantities import extract
    assert [q.surface for q in extract(text) if q.unit == "length" or q.surface.endswith("キログラム")] == surfaces


@pytest.mark.parametrize("claim, counted", [("21冊だけ", True), ("2カ国だけ", True), ("2つだけ", True),
                                            ("一方だけ", False), ("1人だけ", False), ("本田だけ", False)])
def test_only_a_count_of_two_or_more(claim, counted):
    """だけ after a count of two or more limits the count (and may agree with いずれも)."""
    from lint.kinds.contradiction.quantifier_scope import _counted_only
    from lint.kinds.contradiction.units import Unit
    assert _counted_only(Unit(0, len(claim), claim), len(claim) - 2, len(claim)) is counted


@pytest.mark.parametrize("body, negated", [("開通しなかったことが判明した。", True), ("建設されなかったため中止された。", True),
                                           ("従来の閘門を通れなかった幅の広い船も通れるようになった。", False)])
def test_a_negation_inside_a_relative_clause_does_not_negate_the_sentence(body, negated):
    from lint.kinds.contradiction.plans import _negated
    assert _negated(body) is negated


@pytest.mark.parametrize("a, b, same", [
    ("抱かなかった", "抱いた", True),  # a godan verb's negative and its past
    ("勝たなかった", "勝った", True),
    ("含められていない", "含む", False),  # an ichidan stem (含め) is another verb
    ("起きなかった", "起こした", False),
])
def test_one_kanji_verbs_compared_by_their_forms(a, b, same):
    from lint.kinds.contradiction.same_acts import stem
    from lint.kinds.contradiction.predicates import predicates

    def form(text):
        found = predicates(text)
        assert len(found) == 1, found
        return stem(found[0])

    assert (form(a) == form(b)) is same


def test_two_members_of_a_series_are_two_things():
    from lint.kinds.contradiction.quantifier_scope import other_ordinal as _other_ordinal
    from lint.kinds.contradiction.units import Unit

    claim = "ロケットは2号機で打ち上げに成功した。"
    detail = "ロケットは試験機1号機の打ち上げに失敗したが、試験機2号機で成功した。"
    text = claim + "\n" + detail
    c, d = Unit(0, len(claim), text), Unit(len(claim) + 1, len(text), text)
    failed, succeeded = text.index("失敗"), text.rindex("成功")
    assert _other_ordinal(c, claim.index("成功"), d, failed)
    assert not _other_ordinal(c, claim.index("成功"), d, succeeded)


@pytest.mark.parametrize("word, rest, details, new", [
    ("ソビエト", "連邦", "基地は、ソ連が開発した。", False),  # shortened to its first letter and a later kanji
    ("ソビエト", "連邦", "基地は、ロシアが開発した。", True),
    ("フランス", "", "本部はパリにある。", True),
    ("フランス", "", "本部はフランスにある。", False),
    ("インド・バングラデシュ", "", "バングラデシュが独立した。", False),  # the last part named
])
def test_a_name_is_new_unless_the_details_use_it_or_a_short_form(word, rest, details, new):
    from lint.kinds.contradiction.name_kinds import new_name
    assert new_name(word, rest, details) is new


SAME_PARTY_CASES = {
    # A place and a noun the details both use: no new name.
    "place-and-noun": ("1967年8月8日、5か国はバンコクで設立宣言に署名し、機構が発足した。",
                       "機構は1967年のバンコク宣言によって、5か国で発足した。"),
    # 泰時と時房 act as the office (として): one party, not two crossed.
    "acting-as": ("乱の後、泰時と時房は京都にとどまり、六波羅探題として朝廷の監視にあたった。",
                  "乱後、京都に六波羅探題が置かれ、泰時・時房が朝廷の監視にあたった。"),
}


@pytest.mark.parametrize("sudachi", [True, False], ids=["with-sudachi", "without-sudachi"])
@pytest.mark.parametrize("case", sorted(SAME_PARTY_CASES))
def test_one_thing_told_two_ways_is_quiet_with_or_without_sudachi(linter, monkeypatch, sudachi, case):
    """Readings that the default install (no Sudachi) needs as much as the
    full one: a compound of two words the details use, and a party acting
    as another."""
    from lint.kinds.contradiction import clause_roles, name_kinds
    from lint.text import morph

    if sudachi and not morph.available():
        pytest.skip("sudachipy with sudachidict_core is not installed (pip install yure[sudachi])")
    if not sudachi:
        monkeypatch.setenv("YURE_NO_SUDACHI", "1")
    def clear():
        morph.tokenizer.cache_clear()
        for cached in (name_kinds.name_like, name_kinds.proper_kind, name_kinds.common_word, clause_roles._named_word):
            cached.cache_clear()
    clear()
    try:
        details, point = SAME_PARTY_CASES[case]
        assert found(linter, post(details, point)) == []
    finally:
        monkeypatch.delenv("YURE_NO_SUDACHI", raising=False)
        clear()


def test_latin_abbreviations_for_kinds_of_things_are_no_names(monkeypatch):
    # AMラジオ against MBS: with no dictionary, a Latin word looked like a name.
    from lint.kinds.contradiction import name_kinds
    from lint.text import morph

    monkeypatch.setattr(morph, "tokenizer", lambda: None)
    name_kinds.common_word.cache_clear()
    try:
        assert name_kinds.common_word("AM") and name_kinds.common_word("GDP")
        assert not name_kinds.common_word("MBS")
    finally:
        name_kinds.common_word.cache_clear()


@pytest.mark.parametrize("text, word, positive", [
    ("スイスは加盟国ではない。", "加盟", False),
    ("スイスは加盟国である。", "加盟", True),
    ("スイスは加盟していない。", "加盟", False),
    ("参加者でもない。", "参加", False),
])
def test_a_doer_noun_denied_denies_its_act(text, word, positive):
    from lint.kinds.contradiction.predicates import polarity_at
    end = text.index(word) + len(word)
    assert polarity_at(text, end, len(text), word) is positive


@pytest.mark.parametrize("text, held", [
    ("酸には必ず酸素が含まれると考えられていた時代の名残", True),
    ("地球は平らだと信じられていた", True),
    ("認められないとの従来の解釈", True),
    ("酸素が含まれると考えられている", False),  # a hedge of now, still the writer's
    ("酸素が含まれることを示した", False),
])
def test_a_view_held_names_what_is_not_asserted(text, held):
    from lint.kinds.contradiction.denials import held_as_a_view

    end = next(text.find(w) + len(w) for w in ("含まれる", "平らだ", "認められない") if w in text)
    assert held_as_a_view(text, end) is held


def test_decades_are_spans_of_years_and_no_slip_of_the_pen():
    from lint.kinds.contradiction.decades import decades
    from lint.kinds.contradiction.quantities import compatible
    from lint.kinds.contradiction.transposed import digits_transposed

    text = "1980年代前半、1980年代、1990年代以降、2000年代"
    early, whole, since, later = decades(text, 0, len(text))
    assert (early.low, early.high, whole.low, whole.high) == (1980, 1984, 1980, 1989)
    assert compatible(early, whole) and not compatible(whole, later)
    assert compatible(since, later)  # 1990年代以降 holds the 2000s
    # 1970年代 / 1990年代 differ in one digit, as a mistyped figure would:
    # two decades are two spans, never a slip.
    seventies, nineties = decades("1970年代と1990年代", 0, 13)
    assert not digits_transposed(seventies, nineties)
