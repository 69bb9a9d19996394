"""Each check kind's pass / fail / fix behaviour, through the engine."""

from __future__ import annotations

import random

from conftest import make_linter
from lint.fix import fix_texts
from lint.engine.batch import lint_texts

VARIANTS = """
rules:
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
  - id: virus
    kind: variants
    expected: ウイルス
    patterns: ["/ウィルス(感染症)?/"]
  - id: server
    kind: variants
    expected: $1サーバー
    patterns: ["/(Web|ウェブ)サーバ(?!ー)/"]
  - id: long-name
    kind: variants
    expected: ニューデリー市
    patterns: [ニュー・デリー市]
  - id: short-name
    kind: variants
    expected: ニューデリー
    patterns: [ニュー・デリー]
"""


def diags(linter, text, path="t.txt"):
    return lint_texts(linter, {path: text})


def test_variants_report_each_occurrence_with_a_fix(tmp_path):
    linter = make_linter(VARIANTS, tmp_path)
    found = diags(linter, "インディアとインディア。インドネシアは別。")
    assert [(d.rule, d.location.column, d.fix.replacement) for d in found] == [
        ("india", 1, "インド"), ("india", 7, "インド")]
    assert found[0].category == "spelling"
    assert found[0].message == "「インディア」は「インド」と表記します"


def test_variants_regex_and_group_substitution(tmp_path):
    linter = make_linter(VARIANTS, tmp_path)
    found = diags(linter, "Webサーバとウェブサーバーとウィルス感染症")
    assert [(d.rule, d.fix.replacement) for d in found] == [("server", "Webサーバー"), ("virus", "ウイルス")]


def test_variants_overlap_earlier_start_then_longer_wins(tmp_path):
    linter = make_linter(VARIANTS, tmp_path)
    found = diags(linter, "ニュー・デリー市で")
    assert [d.rule for d in found] == ["long-name"]
    out = fix_texts(linter, {"t.txt": "ニュー・デリー市で"})
    assert out.texts["t.txt"] == "ニューデリー市で"


def test_variants_exceptions_and_custom_message(tmp_path):
    linter = make_linter("""
rules:
  - id: kyiv
    kind: variants
    expected: キーウ
    patterns: [キエフ]
    exceptions: [キエフ大公国]
    message: "{matched}→{expected}"
    severity: error
""", tmp_path)
    found = diags(linter, "キエフ大公国の首都はキエフ。")
    assert len(found) == 1
    assert found[0].message == "キエフ→キーウ"
    assert found[0].severity == "error"


CONSISTENCY = """
rules:
  - id: timofeev
    kind: consistency
    forms: [ティモフェエフ, ティモフェーエフ]
  - id: timofeev-file
    kind: consistency
    scope: file
    forms: [チモフェエフ, チモフェーエフ]
  - id: vance
    kind: consistency
    scope: run
    forms: [バンス, ヴァンス]
"""


def test_consistency_majority_wins_within_a_post(tmp_path):
    linter = make_linter(CONSISTENCY, tmp_path)
    text = "ティモフェーエフ氏とティモフェエフ氏とティモフェエフ氏。"
    found = diags(linter, text)
    assert [(d.location.column, d.fix.replacement) for d in found] == [(1, "ティモフェエフ")]
    assert "2回" in found[0].message and "1回" in found[0].message


def test_consistency_tie_goes_to_the_form_listed_first(tmp_path):
    linter = make_linter(CONSISTENCY, tmp_path)
    found = diags(linter, "ティモフェーエフ氏とティモフェエフ氏。")
    assert [d.fix.replacement for d in found] == ["ティモフェエフ"]
    assert found[0].location.column == 1


def test_consistency_post_scope_judges_each_post_alone(tmp_path):
    linter = make_linter(CONSISTENCY, tmp_path)
    text = ("一つ目2025年01月01日 00:00\nティモフェーエフ氏。ティモフェーエフ氏。\n"
            "二つ目2025年01月02日 00:00\nティモフェエフ氏。\n")
    assert diags(linter, text) == []
    text_file_scope = text.replace("ティモフェ", "チモフェ")
    found = diags(linter, text_file_scope)
    assert [(d.rule, d.location.line) for d in found] == [("timofeev-file", 4)]


def test_consistency_run_scope_spans_files(tmp_path):
    linter = make_linter(CONSISTENCY, tmp_path)
    found = lint_texts(linter, {"a.txt": "バンス氏。バンス氏。", "b.txt": "ヴァンス氏。"})
    assert [(d.path, d.fix.replacement) for d in found] == [("b.txt", "バンス")]
    out = fix_texts(linter, {"a.txt": "バンス氏。バンス氏。", "b.txt": "ヴァンス氏。"})
    assert out.texts == {"b.txt": "バンス氏。"}
    assert out.diagnostics == []


SECTIONS = """
rules:
  - id: sections
    kind: sections
    sections:
      - {name: 概要, required: true}
      - {name: 詳細, required: true}
      - {name: 要点, required: true}
      - 参考
      - {name: 引用・参照・底本, required: true, aliases: [出典]}
"""

GOOD_POST = """良い記事2025年01月02日 03:04
【概要】
 要約。
【詳細】
 説明。
【要点】
 ・点。
【参考】
 補足。
【引用・参照・底本】
Source 2025.01.02
https://example.com/a
"""


def structure(linter, text):
    return [(d.rule, d.location.line) for d in diags(linter, text) if d.category == "structure"]


def test_sections_pass_on_a_complete_post(tmp_path):
    assert structure(make_linter(SECTIONS, tmp_path), GOOD_POST) == []


def test_sections_missing_is_reported_on_the_title_line(tmp_path):
    text = GOOD_POST.replace("【要点】\n ・点。\n", "")
    assert structure(make_linter(SECTIONS, tmp_path), text) == [("sections.missing", 1)]


def test_sections_order_reports_the_misplaced_heading(tmp_path):
    text = GOOD_POST.replace("【概要】\n 要約。\n", "").replace("【要点】", "【概要】\n 要約。\n【要点】")
    assert structure(make_linter(SECTIONS, tmp_path), text) == [("sections.order", 4)]


def test_sections_empty_duplicate_heading_and_typo(tmp_path):
    linter = make_linter(SECTIONS, tmp_path)
    empty = GOOD_POST.replace(" 補足。\n", "")
    assert structure(linter, empty) == [("sections.empty", 8)]
    dup = GOOD_POST.replace("【参考】\n 補足。\n", "【詳細】\n 重複。\n")
    assert structure(linter, dup) == [("sections.duplicate", 8)]
    spaced = GOOD_POST.replace("【詳細】", "【詳 細】")
    found = [d for d in diags(linter, spaced) if d.category == "structure"]
    assert [(d.rule, d.fix.replacement) for d in found] == [("sections.heading", "【詳細】")]
    typo = GOOD_POST.replace("【要点】", "【要典】")
    assert sorted(structure(linter, typo)) == [("sections.missing", 1), ("sections.unknown", 6)]


def test_sections_alias_is_accepted_silently(tmp_path):
    text = GOOD_POST.replace("【引用・参照・底本】", "【出典】")
    assert structure(make_linter(SECTIONS, tmp_path), text) == []


def test_sections_skip_unstructured_documents(tmp_path):
    assert structure(make_linter(SECTIONS, tmp_path), "普通の文書です。\n見出しもない。\n") == []


def test_sections_exceptions_skip_posts_by_title(tmp_path):
    yaml = SECTIONS + "    exceptions: [お知らせ]\n"
    text = "お知らせ2025年01月02日 03:04\n本文だけ。\n"
    assert structure(make_linter(yaml, tmp_path), text) == []


CITATION = SECTIONS + """
  - id: citation
    kind: citation
    scope: run
    outlets:
      - {name: RT, aliases: [RT], domains: [rt.com]}
      - {name: Sputnik, aliases: [Sputnik, "Sputnik 日本"], domains: [sputniknews.jp, sputniknews.com]}
"""


def cite(title, url, name="記事", ts="2025年01月02日 03:04"):
    return f"{name}{ts}\n【引用・参照・底本】\n{title}\n{url}\n"


def test_citation_outlet_must_match_domain(tmp_path):
    linter = make_linter(CITATION, tmp_path)

    def problems(text):
        return [d.rule for d in diags(linter, text) if d.rule.startswith("citation")]

    assert problems(cite("A story RT 2025.01.02", "https://www.rt.com/news/1/")) == []
    assert problems(cite("A story RT 2025.01.02", "https://blog.example.com/1")) == ["citation.outlet"]
    assert problems(cite("記事 sputnik 日本 2025.01.02", "https://sputniknews.jp/1.html")) == []
    assert problems(cite("記事 sputnik 日本 2025.01.02", "https://example.jp/1.html")) == ["citation.outlet"]
    assert problems(cite("記事 SPUTNIK\u3000日本 2025.01.02", "https://example.jp/1.html")) == ["citation.outlet"]
    assert problems(cite("記事 Sputnik\t日本", "https://example.jp/1.html")) == ["citation.outlet"]
    # "ART" is not the outlet RT; the name must stand alone before the date.
    assert problems(cite("Modern ART 2025.01.02", "https://example.com/art")) == []


def test_citation_missing_url(tmp_path):
    linter = make_linter(CITATION, tmp_path)
    found = [d.rule for d in diags(linter, cite("Only a title 2025.01.02", ""))]
    assert "citation.missing-url" in found


def test_citation_duplicate_url_across_files(tmp_path):
    linter = make_linter(CITATION, tmp_path)
    a = cite("First story Example 2025.01.02", "https://example.org/p/one?utm_source=x")
    b = cite("Another story Example 2025.01.03", "https://example.org/p/one")
    found = lint_texts(linter, {"a.txt": a, "b.txt": b})
    dup = [d for d in found if d.rule == "citation.duplicate-url"]
    assert [(d.path, d.location.line) for d in dup] == [("b.txt", 4)]
    assert dup[0].related[0].location.path == "a.txt"
    same = cite("First story Example 2025.01.09", "https://example.org/p/one")
    assert not [d for d in lint_texts(linter, {"a.txt": a, "c.txt": same}) if d.rule == "citation.duplicate-url"]


def test_a_markdown_link_whose_text_is_its_url_is_one_source(tmp_path):
    linter = make_linter(CITATION, tmp_path)
    link = "[https://news.example.com/a](https://news.example.com/a)"
    text = f"# 記事2025年01月02日 03:04\n\n## 引用・参照・底本\n\n港の話 RT\n\n{link}\n"
    outlet = [d for d in diags(linter, text, "post.md") if d.rule == "citation.outlet"]
    assert [(d.location.column, d.location.end_column) for d in outlet] == [(2, 28)]
    # Two different URLs on one line are two sources.
    two = text.replace(link, "https://news.example.com/a https://news.example.com/b")
    assert len([d for d in diags(linter, two, "post.md") if d.rule == "citation.outlet"]) == 2

def test_citation_titles_follow_their_definition(tmp_path):
    """The title of a cited URL is the last line above it that has text and
    does not start inside a URL (the citation check finds them in one walk
    down the lines).  Seen through duplicate URLs: a second file cites every
    URL again under a title of its own, and each finding there names the
    title the first file gave the URL."""
    from conftest import SEED
    from lint.kinds.citation import normalise_url

    linter = make_linter("""
rules:
  - id: cited
    kind: citation
    scope: run
    require_url: false
""", tmp_path)

    def by_definition(doc, section):
        urls = [(s, e) for s, e in doc.urls if section.body_start <= s < section.body_end]
        lines = [ln for blk in section.blocks for ln in blk.lines]
        out = []
        for start, end in urls:
            title, tloc = "", doc.location(start, start)
            for ln in lines:
                if ln.end > start:
                    break
                text = doc.text[ln.content_start:ln.end].strip()
                if text and not any(us <= ln.content_start < ue for us, ue in urls):
                    title, tloc = text, doc.location(ln.content_start, ln.end)
            out.append((title, (tloc.line, tloc.column, tloc.end_line, tloc.end_column), doc.text[start:end]))
        return out

    texts = [cite("Title one 2025.01.02", "https://a.example/1\nhttps://a.example/2\n\n  \nTitle two\n"
                  "See https://b.example/x and https://c.example/y\nhttps://d.example/z trailing words\n"
                  "Last title\n\nhttps://e.example/"),
             cite("", "https://only.example/1"),
             "記事2025年01月02日 03:04\n【引用・参照・底本】\n" + "".join(
                 f"{'見出し' + str(i) if i % 3 == 0 else ''}\nhttps://x{i % 4}.example/{i}\n" for i in range(40))]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    checked = 0
    for text in texts:
        doc = linter.parse(text, "a.txt")
        entries = [e for post in doc.posts for section in post.sections for e in by_definition(doc, section)]
        first = {}
        for title, where, url in entries:
            first.setdefault(normalise_url(url), (title, where))
        again = "出典集2025年02月03日 04:05\n【引用・参照・底本】\n" + "".join(
            f"別の出典{i}\n{url}\n" for i, (_, _, url) in enumerate(entries))
        found = [d for d in lint_texts(linter, {"a.txt": text, "b.txt": again})
                 if d.path == "b.txt" and d.rule == "cited.duplicate-url"]
        got = [(d.related[0].text, (d.related[0].location.line, d.related[0].location.column,
                                    d.related[0].location.end_line, d.related[0].location.end_column))
               for d in found]
        assert all(d.related[0].location.path == "a.txt" for d in found)
        assert got == [first[normalise_url(url)] for _, _, url in entries]
        checked += len(got)
    assert checked > 40


def test_suppressions_agree_with_testing_every_range():
    """Ranges are looked up by bisection per rule; the answer must be the
    one of testing the finding against every directive, as defined."""
    from types import SimpleNamespace as NS

    from lint.engine.selection import matches
    from lint.engine.suppress import Suppressions

    def by_definition(directives, line_count, blank, line, emitted, rule):
        ranges, open_ = [], []
        for d in directives:
            if d.action == "disable-file":
                ranges.append((1, line_count, d.rules))
            elif d.action == "disable-line":
                ranges.append((d.line, d.line, d.rules))
            elif d.action == "disable-next-line":
                target = d.line + 1
                while target in blank and target < line_count:
                    target += 1
                ranges.append((target, target, d.rules))
            elif d.action == "disable":
                open_.append((d.line, d.rules))
            elif d.action == "enable":
                ranges += [(s, d.line, r) for s, r in open_ if not d.rules or set(d.rules) == set(r)]
                open_ = [(s, r) for s, r in open_ if d.rules and set(d.rules) != set(r)]
        ranges += [(s, line_count, r) for s, r in open_]
        return any(first <= line <= last and (not sel or any(matches(x, emitted, rule) for x in sel))
                   for first, last, sel in ranges)

    rules = [NS(id="india", category="spelling", set_name="names"),
             NS(id="sections", category="structure", set_name="blog"),
             NS(id="contradiction", category="contradiction", set_name="blog")]
    selectors = [(), ("india",), ("spelling",), ("names",), ("sections.order",), ("structure", "india"),
                 ("india", "structure"), ("contradiction",), ("virus",)]
    actions = ["disable", "disable", "enable", "enable", "disable-line", "disable-next-line", "disable-file"]
    rng = random.Random(8)
    checked = suppressed = 0
    for _ in range(300):
        line_count = rng.randrange(1, 40)
        blank = {n for n in range(1, line_count + 1) if rng.random() < 0.2}
        directives = [NS(action=rng.choice(actions[:-1] if rng.random() < 0.97 else actions),
                         rules=rng.choice(selectors), line=rng.randrange(1, line_count + 1))
                      for _ in range(rng.randrange(0, 12))]
        directives.sort(key=lambda d: d.line)
        supp = Suppressions(directives, line_count, blank)
        for _ in range(30):
            rule = rng.choice(rules)
            emitted = rule.id + rng.choice(["", ".order", ".missing", ".number"])
            line = rng.randrange(1, line_count + 1)
            diag = NS(rule=emitted, location=NS(line=line))
            expected = by_definition(directives, line_count, blank, line, emitted, rule)
            assert supp.suppressed(diag, rule) == expected, (directives, line, emitted)
            checked += 1
            suppressed += expected
    assert checked == 9000 and 1000 < suppressed < 8000


def test_a_variant_whose_replacement_holds_its_pattern_has_no_fix_even_among_many(tmp_path):
    """The refire test looks only at matches over the replacement; the other
    findings packed around it in its window must neither hide it nor fake it."""
    rules = """
rules:
  - id: debian
    kind: variants
    expected: Debian GNU/Linux
    patterns: [Debian]
  - id: india
    kind: variants
    expected: インド
    patterns: [インディア]
    exceptions: [インディア洋]
"""
    linter = make_linter(rules, tmp_path)
    text = "Debian、インディア、" * 40 + "インディア洋。\n"
    found = diags(linter, text)
    by_rule = {rule: [d for d in found if d.rule == rule] for rule in ("debian", "india")}
    assert len(by_rule["debian"]) == 40 and all(d.fix is None for d in by_rule["debian"])
    assert len(by_rule["india"]) == 40 and all(d.fix and d.fix.replacement == "インド" for d in by_rule["india"])


def test_selection_by_sub_id_category_and_set(tmp_path):
    text = GOOD_POST.replace("【要点】\n ・点。\n", "").replace("要約。", "インディア。")
    yaml = SECTIONS + VARIANTS.replace("rules:\n", "")
    assert {d.rule for d in diags(make_linter(yaml, tmp_path, ignore=["sections.missing"]), text)} == {"india"}
    assert {d.rule for d in diags(make_linter(yaml, tmp_path, select=["structure"]), text)} == {"sections.missing"}
    assert {d.rule for d in diags(make_linter(yaml, tmp_path, select=["rules"]), text)} == {"india", "sections.missing"}
    assert {d.rule for d in diags(make_linter(yaml, tmp_path, ignore=["spelling"]), text)} == {"sections.missing"}


def test_inline_suppression_in_text_and_markdown(tmp_path):
    linter = make_linter(VARIANTS, tmp_path)
    text = ("インディア。<!-- yure: disable-line india -->\n"
            "<!-- yure: disable-next-line -->\n"
            "\n"
            "インディア。\n"
            "<!-- yure: disable spelling -->\n"
            "インディア。\n"
            "<!-- yure: enable spelling -->\n"
            "インディア。\n"
            "インディア。<!-- yure: disable-line virus -->\n"
            "<!-- yure: disable-next-line virus india -->\n"
            "インディア。\n")
    for path in ("a.txt", "a.md"):
        found = diags(linter, text, path)
        assert [d.location.line for d in found] == [8, 9], path
    whole = "<!-- yure: disable-file india -->\nインディア。\n"
    assert diags(linter, whole) == []
    other = "<!-- yure: disable-file virus -->\nインディア。\n"
    assert len(diags(linter, other)) == 1
