"""Sentences cut into chunks: a content word and the grammar after it.

Japanese marks a word's role with the hiragana that follow it (が, を, に,
から, への, によって …) and a predicate's tense, voice and polarity with the
hiragana of its inflection (された, していない).  A change of script is a
good word boundary, so without a dictionary a sentence reads as a list of
*chunks*: a run of content characters (kanji, katakana, Latin letters,
digits, and the joiners between them: ・ ー ＝ . , %) and the hiragana run
after it.  「サスヌゲソ派がリスバ・コレラ連合を破り」 is
(サスヌゲソ派, が) (リスバ・コレラ連合, を) (破, り).

Punctuation ends a chunk's grammar; 、 and 。 also end a clause.  Brackets
are skipped, so a quoted name is a chunk like any other.
"""

from __future__ import annotations

from typing import NamedTuple

from lint.cache.programs import compile_re
from lint.text.scripts import HIRAGANA, is_kanji
from lint.text.tokens import _KANJI_CLASS, _KATAKANA_CLASS, _LATIN_CLASS

_CONTENT = f"{_KANJI_CLASS}{_KATAKANA_CLASS}{_LATIN_CLASS}"
# Joiners count as content only between two content characters (3.5%, A・B, AT&T).
CHUNK_RE = compile_re(
    f"(?P<word>[{_CONTENT}]+(?:[・＝=ー\\-.,，．%％&＆][{_CONTENT}]+)*[%％]?)(?P<grammar>[{HIRAGANA}]*)"
)
CLAUSE_END = "、。，,；;！？!?:：\n"


class Chunk(NamedTuple):
    start: int  # of the word
    end: int  # of the word
    word: str
    grammar: str  # the hiragana after the word ("" before punctuation or another script)
    clause: int  # clauses are counted from 0 within the analysed span, cut at 、 。 etc.

    @property
    def grammar_end(self) -> int:
        return self.end + len(self.grammar)


def chunks(text: str, start: int, end: int) -> list[Chunk]:
    """The chunks of ``text[start:end]``, in order."""
    out: list[Chunk] = []
    clause = 0
    pos = start
    breaks = _BREAK.search
    make = Chunk
    for m in CHUNK_RE.finditer(text, start, end):
        s = m.start()
        if s > pos and breaks(text, pos, s):
            clause += 1
        word, grammar = m.groups()
        word_end = s + len(word)
        if s == start and (marker := _LIST_MARKER.match(word)):
            s, word = s + marker.end(), word[marker.end():]  # 3.アルフレッド大王: an item's number is no part of it
        if not grammar and (gloss := _GLOSS.match(text, word_end, end)):
            grammar = gloss.group(1)  # アルフレッド大王(在位871年〜899年)は: the particle is the name's
        elif not grammar and s > start and text[s - 1] in QUOTE_OPEN and (quoted := _QUOTED.match(text, word_end, end)):
            grammar = quoted.group(1)  # 「英連邦王国」は: a word quoted whole takes the particle after the quote
        out.append(make(s, word_end, word, grammar, clause))
        pos = max(pos, word_end + len(grammar))
    return out


_BREAK = compile_re(f"[{CLAUSE_END}]")
_LIST_MARKER = compile_re(r"[0-9０-９]{1,2}[.．](?=[^0-9０-９])")
# A quote that holds one word, and the particle after it.
QUOTE_OPEN = "「『"
_QUOTED = compile_re(f"[」』]([{HIRAGANA}]+)")
# A gloss in brackets between a word and its particle.
_GLOSS = compile_re(f"[(（][^()（）、。]{{1,30}}[)）]([{HIRAGANA}]+)")


def unit_chunks(unit, cache: dict) -> list[Chunk]:
    """:func:`chunks` of a claim or evidence unit, once per post."""
    key = ("chunks", unit.start, unit.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = chunks(unit.text, unit.start, unit.end)
    return found


TOPIC_GRAMMAR = ("は", "が", "では", "も")


# Words that point back, which the chunker glues to a particle before them (コモロは|これに).
POINTING = ("これ", "それ", "この", "その")


def marked(grammar: str, marks: tuple[str, ...] = TOPIC_GRAMMAR) -> str | None:
    """The mark among ``marks`` the grammar is, alone or before a word that
    points back (エムデンは|この施設を): else None."""
    if grammar in marks:
        return grammar
    head = grammar[:1]
    return head if head in marks and grammar[1:].startswith(POINTING) else None


def topic_before(found: list[Chunk], pos: int, marks: tuple[str, ...] = TOPIC_GRAMMAR) -> Chunk | None:
    """The nearest word marked as topic or subject (Xは, Xが) before ``pos``."""
    best = None
    for c in found:
        if c.start >= pos:
            break
        if marked(c.grammar, marks) is not None:
            best = c
    return best


def clause_subject(found: list[Chunk], pos: int) -> str | None:
    """The word marked as topic or subject (Xは, Xが, Xでは, Xも) nearest
    before ``pos`` in the clause ``pos`` is in, if any."""
    holder = next((c for c in found if c.end > pos), None)  # the chunk holding pos, or the first after it
    if holder is None:
        return None
    best = topic_before(found, holder.start)
    return best.word if best is not None and best.clause == holder.clause else None


def verbal_noun(c: Chunk) -> bool:
    """A kanji word made a verb by the する after it (独立|した, 加盟|し), not
    one followed by しか, さえ or すら."""
    return (len(c.word) >= 2 and is_kanji(c.word[0]) and c.grammar.startswith(("し", "す", "さ", "せ"))
            and not c.grammar.startswith(("しか", "さえ", "すら")))


_NAME_RE = compile_re(f"[{_KATAKANA_CLASS}]{{2,}}|[A-Za-zＡ-Ｚａ-ｚ]{{2,}}")


def is_name(word: str) -> bool:
    """A word with a katakana or Latin run of two letters or more (a name, most often)."""
    return _NAME_RE.search(word) is not None


# (A chunk's word holds kanji: adverbs in kana are read as grammar already.)
DEGREE = frozenset({"大きく", "大幅に", "急速に", "急激に", "著しく", "徐々に", "次第に", "一気に", "一段と",
                    "大いに", "急に", "最も", "更に", "特に", "極めて", "非常に"})


def neighbours(found: list[Chunk], start: int, end: int) -> tuple[str, str]:
    """The words right before and right after ``[start, end)`` within its
    clause: the rest of a compound (貿易|赤字) or the next chunk over."""
    left = right = ""
    for k, c in enumerate(found):
        if c.end <= start:
            continue
        if c.start > start:
            break
        # c holds the span's start.
        left = c.word[:start - c.start]
        before = _before_degree(found, k)
        if not left and k and found[before].clause == c.clause:
            left = found[before].word
        last = c
        j = k
        while last.end < end and j + 1 < len(found):
            j += 1
            last = found[j]
        right = last.word[end - last.start:] if last.end > end else ""
        if not right and j + 1 < len(found) and found[j + 1].clause == last.clause:
            right = found[j + 1].word
        break
    return left, right


def _before_degree(found: list[Chunk], k: int) -> int:
    """The chunk before chunk ``k``, past an adverb of degree in its clause
    (大きく落ち込み, 急速に減った): it stands between a thing and what is
    said of it."""
    before = k - 1
    adverb = before > 0 and (found[before].word + found[before].grammar in DEGREE or (
        found[before].word.endswith("的") and found[before].grammar == "に"))  # 劇的に, 飛躍的に
    if adverb and (
            found[before - 1].clause == found[k].clause):
        before -= 1
    return before


def subject_right_before(found: list[Chunk], start: int) -> str | None:
    """The subject said right before the word at ``start`` (賃金が|上がり,
    権威は大きく|揺らいだ), in its clause, if there is one."""
    k = next((i for i, c in enumerate(found) if c.end > start), None)
    if not k or found[k].start < start:
        return None
    c = found[_before_degree(found, k)]
    # (An adverb may follow the particle: 影響力は|さらに|強まった.)
    return c.word if c.clause == found[k].clause and c.grammar[:1] in ("は", "が", "も") else None


def near(a: str, b: str) -> bool:
    """Do two neighbouring words share a character pair, or are both one same kanji?"""
    if not a or not b:
        return False
    if a == b:
        return True
    pairs = {a[i:i + 2] for i in range(len(a) - 1)}
    return any(b[i:i + 2] in pairs for i in range(len(b) - 1))
