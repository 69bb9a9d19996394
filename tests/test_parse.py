"""The document model: offsets, posts, sections, blocks, sentences, masking."""

from __future__ import annotations

from lint.model import LineIndex
from lint.parse import MASK, SectionNames, parse

NAMES = SectionNames.from_mapping({"概要": [], "詳細": [], "要点": [], "参考": [], "引用・参照・底本": ["出典"]})


def section_names(doc, post=0):
    return [s.name for s in doc.posts[post].sections]


def test_line_index_handles_every_line_ending():
    text = "a\r\nbb\rccc\nd"
    idx = LineIndex(text)
    assert idx.starts == [0, 3, 6, 10]
    assert idx.position(0) == (1, 1)
    assert idx.position(3) == (2, 1)
    assert idx.position(4) == (2, 2)
    assert idx.position(7) == (3, 2)
    assert idx.position(10) == (4, 1)


def test_line_starts_agree_with_walking_the_characters():
    # The plain definition: \r\n, a lone \r and \n each end a line.
    import random

    def walked(text):
        starts, i = [0], 0
        while i < len(text):
            if text[i] == "\r" and text[i + 1:i + 2] == "\n":
                i += 1
            if text[i] in "\r\n":
                starts.append(i + 1)
            i += 1
        return starts

    rng = random.Random(11)
    texts = ["".join(rng.choice("a\r\nあ") for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += ["\r", "\n", "\r\n", "\r\r\n", "\n\r", "a\r", "a\n\n"]
    for text in texts:
        assert LineIndex(text).starts == walked(text), repr(text)


def test_columns_count_characters_outside_the_bmp_as_one():
    text = "𠮷野家と😀インディア"
    idx = LineIndex(text)
    pos = text.index("インディア")
    assert idx.position(pos) == (1, 6)


def test_file_without_title_lines_is_one_post():
    doc = parse("ただの文章です。\n二行目です。\n", "note.txt", NAMES)
    assert len(doc.posts) == 1
    assert not doc.posts[0].has_title
    assert doc.posts[0].sections == []
    assert [b.kind for b in doc.posts[0].preamble] == ["paragraph"]
    assert len(doc.posts[0].preamble[0].sentences) == 2


def test_empty_text_parses():
    doc = parse("", "empty.txt", NAMES)
    assert len(doc.posts) == 1
    assert doc.posts[0].sections == []


POSTS = (
    "最初の記事2025年01月02日 03:04\n"
    "\n"
    "画像作成ツールで作成\n"
    "【概要】\n"
    "\n"
    " 一つ目の要約。二つ目の文。\n"
    "【詳細】 \n"
    " 詳しい説明。\n"
    "【要点】\n"
    " 1. 見出し\n"
    " ・一点目。\n"
    " (2)二点目\n"
    "【参考は著者が付記】\n"
    "【出典】\n"
    "Headline Example 2025.01.02\n"
    "https://example.com/x\n"
    "二番目の記事 ― 2025年1月3日 4:05\n"
    "【概要】\n"
    " 要約。"
)


def test_posts_start_at_title_lines_with_or_without_dash():
    doc = parse(POSTS, "posts.txt", NAMES)
    assert len(doc.posts) == 2
    first, second = doc.posts
    assert doc.text[first.title_start:first.title_end] == "最初の記事2025年01月02日 03:04"
    assert first.timestamp == "2025年01月02日 03:04"
    assert second.timestamp == "2025年1月3日 4:05"
    assert first.end == second.start
    assert second.end == len(POSTS)


def test_sections_come_from_the_rule_set_and_notes_stay_text():
    doc = parse(POSTS, "posts.txt", NAMES)
    assert section_names(doc) == ["概要", "詳細", "要点", "引用・参照・底本"]
    # The alias 【出典】 maps to the canonical name and keeps how it was written.
    assert doc.posts[0].sections[3].heading_text == "出典"
    # 【参考は著者が付記】 is not a section: it is a paragraph of 要点 and an unknown heading.
    assert [h.name for h in doc.posts[0].unknown_headings] == ["参考は著者が付記"]
    keypoints = doc.posts[0].sections[2]
    assert [b.kind for b in keypoints.blocks] == ["item", "item", "item", "paragraph"]
    assert [b.marker for b in keypoints.blocks if b.kind == "item"] == ["1.", "・", "(2)"]


def test_without_known_names_no_line_is_a_section():
    doc = parse(POSTS, "posts.txt")
    assert doc.posts[0].sections == []


def test_section_spans_and_block_content_offsets():
    doc = parse(POSTS, "posts.txt", NAMES)
    summary = doc.posts[0].sections[0]
    assert doc.text[summary.heading_start:summary.heading_end] == "【概要】"
    block = summary.blocks[0]
    assert doc.text[block.content_start:block.end] == "一つ目の要約。二つ目の文。"
    assert [doc.text[s.start:s.end] for s in block.sentences] == ["一つ目の要約。", "二つ目の文。"]
    item = doc.posts[0].sections[2].blocks[1]
    assert doc.text[item.content_start:item.end] == "一点目。"


def test_sentences_do_not_split_inside_quotes_or_parentheses():
    text = "彼は「準備はできた。明日始める」と述べた（詳細は未定。後日発表）。次の文！最後？"
    doc = parse(text, "q.txt", NAMES)
    sents = [doc.text[s.start:s.end] for s in doc.posts[0].preamble[0].sentences]
    assert sents == ["彼は「準備はできた。明日始める」と述べた（詳細は未定。後日発表）。", "次の文！", "最後？"]


def test_a_mark_inside_a_latin_name_ends_no_sentence():
    text = "旧Yahoo!の事業は移された。すごい!次へ。Hello! 元気?"
    doc = parse(text, "n.txt", NAMES)
    sents = [doc.text[s.start:s.end] for s in doc.posts[0].preamble[0].sentences]
    assert sents == ["旧Yahoo!の事業は移された。", "すごい!", "次へ。", "Hello!", "元気?"]


def test_unbalanced_bracket_does_not_swallow_the_next_line():
    text = "閉じない「引用。続き。\n次の段落も同じ塊。終わり。"
    doc = parse(text, "u.txt", NAMES)
    sents = [doc.text[s.start:s.end] for s in doc.posts[0].preamble[0].sentences]
    assert sents[-2:] == ["次の段落も同じ塊。", "終わり。"]


def test_crlf_offsets_and_sections():
    text = POSTS.replace("\n", "\r\n")
    doc = parse(text, "crlf.txt", NAMES)
    assert section_names(doc) == ["概要", "詳細", "要点", "引用・参照・底本"]
    summary = doc.posts[0].sections[0]
    assert doc.text[summary.heading_start:summary.heading_end] == "【概要】"
    line, col = doc.position(summary.heading_start)
    assert (line, col) == (4, 1)
    block = summary.blocks[0]
    assert doc.text[block.content_start:block.end] == "一つ目の要約。二つ目の文。"


MARKDOWN = """# 記事の題 ― 2025年02月03日 10:00

## 概要

要約の文。`インディア`はコードなので検査しない。

```
## 要点
インディア
```

## 【詳細】

本文。詳しくは https://example.com/インディア を参照。

<!-- 注記: インディア -->
"""


def test_markdown_headings_and_code_are_respected():
    doc = parse(MARKDOWN, "post.md", NAMES)
    assert doc.kind == "markdown"
    assert len(doc.posts) == 1 and doc.posts[0].has_title
    # The 要点 heading inside the fence is not a section.
    assert section_names(doc) == ["概要", "詳細"]
    # Code spans, fenced blocks, URLs and comments are masked for prose checks.
    visible = doc.masked.replace(MASK, "")
    assert "インディア" not in visible
    assert len(doc.masked) == len(doc.text)
    assert doc.masked.count("\n") == doc.text.count("\n")


def test_markdown_list_items_and_unclosed_fence():
    text = "## 要点\n\n- 一つ目\n* 二つ目\n\n```\nコードが閉じない\n"
    doc = parse(text, "list.md", NAMES)
    items = [b for b in doc.posts[0].sections[0].blocks if b.kind == "item"]
    assert [doc.text[b.content_start:b.end] for b in items] == ["一つ目", "二つ目"]
    assert "コードが閉じない" not in doc.masked


def test_links_and_comments_are_found_as_their_patterns_define_them():
    """Links are found by a scan worked out once per line, autolinks and
    yure directives by skipping to where an unclosed one stops, and comments
    only up to the last ``-->``; the spans must be those of the plain
    patterns tried at every position (which took time growing with the
    square of a line of unclosed brackets or autolinks, or of a text of
    unclosed comments or directives)."""
    import random
    import re

    from lint.parse.markdown import HTML_COMMENT_RE

    link_re = re.compile(r"!?\[(?:[^\[\]\n]|\[[^\]\n]*\])*\]"
                         r"(?:\((?P<target>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)|\[[^\]\n]*\])")
    rng = random.Random(11)
    found = 0
    for _ in range(3000):
        line = "".join(rng.choice("[[]]()!aあ ") for _ in range(rng.randrange(0, 30)))
        text = "前" + line + "後"
        matches = list(link_re.finditer(text, 1, 1 + len(line)))
        doc = parse(text, "l.md", NAMES)
        # A link is a link region; its (target), and only that, is hidden.
        assert doc.regions["link"] == [m.span() for m in matches], line
        hidden = set()
        for m in matches:
            if m.group("target") is not None:
                hidden.update(range(m.start("target") - 1, m.end()))
        assert {i for i, ch in enumerate(doc.masked) if ch == MASK} == hidden, line
        found += len(matches)
    assert found > 400
    autolink_re = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
    linked = 0
    for _ in range(3000):
        line = "".join(rng.choice(["<https:", "<mailto:", "<ftp", ">", "a", " ", "\u3000", "あ", "<"])
                       for _ in range(rng.randrange(0, 16)))
        text = "前" + line + "後"
        want = [m.span() for m in autolink_re.finditer(text, 1, 1 + len(line))]
        doc = parse(text, "a.md", NAMES)
        assert doc.regions["link"] == want, line
        assert {i for i, ch in enumerate(doc.masked) if ch == MASK} == {i for s, e in want for i in range(s, e)}, line
        linked += len(want)
    assert linked > 400
    directive_re = re.compile(r"<!--[ \t]*yure:[ \t]*(?P<action>disable-next-line|disable-line|disable-file|disable"
                              r"|enable)(?P<rules>[^>]*?)[ \t]*-->")
    directives = 0
    for _ in range(3000):
        text = "".join(rng.choice(["<!-- yure: disable", "<!--yure:enable", "<!-- yure:\tdisable-line", "-line",
                                   " kyiv", "\t", " ", "-->", "--", ">", "-", "\n", "<!--", "あ"])
                       for _ in range(rng.randrange(0, 12)))
        want = [(m.start(), m.end(), m.group("action"), tuple(m.group("rules").split()))
                for m in directive_re.finditer(text)]
        got = [(d.start, d.end, d.action, d.rules) for d in parse(text, "d.txt", NAMES).directives]
        assert got == want, text
        directives += len(want)
    assert directives > 400
    for _ in range(500):
        text = "".join(rng.choice(["<!--", "-->", "-", ">", "a", "\n", "<!-->"]) for _ in range(rng.randrange(0, 20)))
        assert ([m.span() for m in HTML_COMMENT_RE.finditer(text, 0, text.rfind("-->") + 3)]
                == [m.span() for m in HTML_COMMENT_RE.finditer(text)]), text
    # Through the parser: a link's text stays, its target is hidden, and the
    # URL in it ends with it, though no space follows (it used to run on
    # and hide the rest of the sentence).
    text = "見て[インディアの記事](https://example.jp/a)と[未完[の[括弧。[百科](https://w.org/K_(c))の話。\n"
    doc = parse(text, "l.md", NAMES)
    assert "インディアの記事" in doc.masked and "example" not in doc.masked
    assert "と[未完[の[括弧。" in doc.masked and "の話。" in doc.masked
    assert [text[s:e] for s, e in doc.urls] == ["https://example.jp/a", "https://w.org/K_(c)"]
    # Without a link around it, a URL still runs to a space or a stop.
    plain = parse("見て https://example.jp/a)と続く。\n", "p.md", NAMES)
    assert [plain.text[s:e] for s, e in plain.urls] == ["https://example.jp/a)と続く"]


def test_a_url_as_link_text_ends_with_the_text():
    """[https://…](https://…) is two URLs: the one in the text stops at "]"
    instead of running through "](" into the target."""
    text = "出典：[https://a.example/p](https://a.example/p)と[見出し](https://b.example/q)の二つ。\n"
    doc = parse(text, "l.md", NAMES)
    assert [text[s:e] for s, e in doc.urls] == ["https://a.example/p", "https://a.example/p", "https://b.example/q"]
    assert "と" in doc.masked and "見出し" in doc.masked and "の二つ。" in doc.masked
    # A bare URL before a link is not cut at the later link.
    text = "https://c.example/r を見て[記事](https://d.example/s)へ。\n"
    doc = parse(text, "m.md", NAMES)
    assert [text[s:e] for s, e in doc.urls] == ["https://c.example/r", "https://d.example/s"]

def test_urls_outside_markdown_links_are_what_the_url_pattern_finds():
    import random
    import re

    url_re = re.compile(r"https?://[^\s<>\"'（）「」『』【】、。]+")
    rng = random.Random(3)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(["https://", "http://", "a", " ", "。", "\n", "/", "http", "<", "「"])
                       for _ in range(rng.randrange(0, 20)))
        want = [m.span() for m in url_re.finditer(text)]
        assert parse(text, "p.txt", NAMES).urls == want, text
        found += len(want)
    assert found > 1000

def test_text_files_mask_urls_but_not_backticks():
    text = "`インディア` と https://example.com/インディア"
    doc = parse(text, "plain.txt", NAMES)
    assert doc.masked.startswith("`インディア`")
    assert "example" not in doc.masked
    assert doc.urls == [(text.index("https"), len(text))]


def test_headings_only_file():
    doc = parse("【概要】\n【詳細】\n【要点】", "h.txt", NAMES)
    assert section_names(doc) == ["概要", "詳細", "要点"]
    assert all(not s.blocks for s in doc.posts[0].sections)


def test_text_before_the_first_title_is_its_own_post():
    text = "前書き。\n記事2025年01月02日 03:04\n【概要】\n 要約。"
    doc = parse(text, "pre.txt", NAMES)
    assert len(doc.posts) == 2
    assert not doc.posts[0].has_title and doc.posts[1].has_title


def test_directives_are_found_and_masked():
    text = "本文。<!-- yure: disable-line india -->\n"
    doc = parse(text, "d.txt", NAMES)
    assert [(d.action, d.rules, d.line) for d in doc.directives] == [("disable-line", ("india",), 1)]
    assert "yure" not in doc.masked
