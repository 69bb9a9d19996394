"""Named entities: the claim puts a different country, person or place in a slot.

A *slot* is what an entity is attached to: the particle after it and the
next content words — ロシア **の** 正当な **安全保障** — so ロシアの安全保障 and
ウクライナの安全保障 fill the same slot with different countries.  Entities
joined by と, や, ・ or 、 form one group, so naming more or fewer entities
(ドイツとフランスの首脳 vs ドイツの首脳) is never reported.  The claim's
entity must be absent from the evidence sentence, and both must share a
type (a person is not swapped for a country).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

from lint.cache.programs import compile_re
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import CONTENT_RE
from lint.text.matcher import HitPool, KatakanaLexicon, Phrase, PhraseMatcher
from lint.text.spans import Spans

TITLES = ("氏", "大統領", "副大統領", "首相", "副首相", "外相", "国防相", "財務相", "国務長官", "長官", "議長",
          "報道官", "総裁", "書記長", "国王", "首長", "司令官", "大使", "大臣", "外務大臣", "委員長", "事務総長",
          "総統", "主席", "最高指導者", "元首相", "元大統領", "前大統領", "前首相", "次官", "補佐官")
TITLE_RE = compile_re("(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")")
# An unknown name followed by a personal title (see EntityFinder.mentions):
# a whole katakana run before any title, or a run of two or three kanji
# before 氏 (not the end of a longer one: 奥州藤原氏 has no name 州藤原).
# The run is found first and the title looked for after it: a pattern with
# the title in a look-ahead, tried at every letter of a long run with no
# title after it, scanned to the run's end from each (the square of its length).
KATAKANA_NAME_RE = compile_re(f"[{PLAIN_KATAKANA}・]{{2,}}")
KANJI_NAME_BEFORE_SHI_RE = compile_re(f"(?<![{KANJI_UNIFIED}])[{KANJI_UNIFIED}]{{2,3}}(?=氏)")
JOINERS = compile_re(r"^(?:・|と|や|、|，|及び|および|ならびに|並びに|とも|または|又は|か|対|\s)+$")
LINKS_AFTER_ANCHOR = ("", "の", "な", "・")
TOPIC_PARTICLE = compile_re(r"(?:は|が|も|では|には)")


class Mention:
    """A name of the gazetteer found in a text."""

    __slots__ = ("start", "end", "name", "types")

    def __init__(self, start: int, end: int, name: str, types: frozenset):
        self.start = start
        self.end = end  # includes a following title (トランプ大統領)
        self.name = name  # canonical name
        self.types = types

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self.name, self.types) == (other.start, other.end, other.name,  # type: ignore[attr-defined]
                                                                 other.types)  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, {self.name!r}, {set(self.types)!r})"


class Slot:
    """A named entity in a sentence with the role its particle gives it."""

    __slots__ = ("names", "types", "relation", "anchors", "start", "end", "text", "before", "members", "topic")

    def __init__(self, names: set, types: set, relation: str, anchors: list, start: int, end: int, text: str,
                 before: str = "", members: Optional[list] = None, topic: bool = False):
        self.names = names
        self.types = types
        self.relation = relation  # the particle after the entity (の, が, に, …)
        self.anchors = anchors  # content words after it, up to the next case particle
        self.start = start
        self.end = end
        self.text = text
        self.before = before  # the content word right before the entity (これまで米国は)
        self.members: list = [] if members is None else members
        self.topic = topic  # Xは / Xが with no content word after it in the clause

    def __repr__(self) -> str:
        return f"Slot({self.text!r}, {self.relation!r}, anchors={self.anchors!r})"

    def names_of(self, kind: str) -> set:
        return {m.name for m in self.members if kind in m.types}


class Gazetteer:
    """The known names: every written form, its canonical name and its types."""

    def __init__(self) -> None:
        self.canonical: dict[str, str] = {}  # written form → canonical
        self.types: dict[str, set[str]] = {}  # canonical → set of types

    def add(self, forms: list[str], kind: str) -> None:
        if not forms:
            return
        canon = self.canonical.get(forms[0], forms[0])
        for f in forms:
            self.canonical.setdefault(f, canon)
        self.types.setdefault(canon, set()).add(kind)

    def matcher(self) -> PhraseMatcher:
        lexicon = KatakanaLexicon(self.canonical)
        return PhraseMatcher([Phrase(literal=f, boundary="auto", data=c) for f, c in self.canonical.items()],
                             lexicon)


_NO_TYPES: frozenset = frozenset()
# The longest name looked for inside a word.
_LONGEST_INNER_NAME = 12


class EntityFinder:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.matcher = gazetteer.matcher()
        self._types = {canon: frozenset(kinds) for canon, kinds in gazetteer.types.items()}

    def spelled_as_names(self, word: str) -> str:
        """The word with each name of the lexicon inside it, longest first and
        inside longer words too (西豪州), spelled as the lexicon's own name for it."""
        canonical = self.gaz.canonical
        out, at = [], 0
        while at < len(word):
            size = next((k for k in range(min(len(word) - at, _LONGEST_INNER_NAME), 1, -1)
                         if word[at:at + k] in canonical), 0)
            out.append(canonical[word[at:at + size]] if size else word[at])
            at += size or 1
        return "".join(out)

    def mentions(self, text: str, start: int, end: int, pool: Optional[HitPool] = None) -> list[Mention]:
        """Entities in ``text[start:end]``; ``pool`` as in :meth:`AntonymLexicon.find`."""
        found = pool.within(start, end) if pool is not None else self.matcher.find(text[start:end])
        hits = sorted(found, key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Mention] = []
        last = -1
        types = self._types
        for h in hits:
            if h.start < last:
                continue
            canon = h.phrase.data
            if not whole_name(text, start + h.start, start + h.end):
                continue
            out.append(Mention(start + h.start, start + h.end, canon, types.get(canon, _NO_TYPES)))
            last = h.end
        # Unknown names with a personal title after them are people.
        # Katakana before any title (ギャバード長官); kanji only before 氏
        # (石破氏), since kanji before a title is usually a position (最高司令官).
        titled = [m.span() for m in KATAKANA_NAME_RE.finditer(text, start, end)
                  if TITLE_RE.match(text, m.end(), end)]
        if text.find("氏", start, end) > -1:
            titled += [m.span() for m in KANJI_NAME_BEFORE_SHI_RE.finditer(text, start, end)]
        for s, e in titled:
            if text[s] == "・" or any(o.start < e and s < o.end for o in out):
                continue
            out.append(Mention(s, e, text[s:e], frozenset({"person"})))
        out.sort(key=lambda m: m.start)
        # A title right after a name belongs to the mention.
        for m in out:
            t = TITLE_RE.match(text, m.end, end)
            if t:
                m.end = t.end()
        return out


# Kanji before a name that make another place of it (西インド諸島, 北朝鮮
# is a name of its own, 旧ソ連).
OTHER_PLACE_PREFIXES = set("東西南北旧新大小")
# Words after a name that make a new name of it: a sea, an island group, a
# language, a union, a state of another country (インド洋, 西インド諸島,
# フランス語, イギリス連邦, イタリア半島, ジョージア州).  Other words still
# speak of the place (ロシア軍, 中国政府, ルワンダ虐殺).
OTHER_PLACE_SUFFIXES = ("諸島", "洋", "海", "湾", "半島", "大陸", "語", "連邦", "帝国", "王国", "共和国", "島", "州",
                        "川", "山脈", "山", "高原", "平野", "海峡", "地方", "料理", "風", "式", "学", "系")


def whole_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the name of the place itself, not part of another name?"""
    if start > 0 and text[start - 1] in OTHER_PLACE_PREFIXES:
        return False
    # 米国外の, 国外で: the place's outside, not the place (米国外交 is its diplomacy).
    if text.startswith("外", end) and text[end + 1:end + 2] in _AFTER_OUTSIDE:
        return False
    return not text.startswith(OTHER_PLACE_SUFFIXES, end)


_AFTER_OUTSIDE = frozenset("のでにへかをは")


def _content_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in CONTENT_RE.finditer(text, start, end)]


def slots(text: str, start: int, end: int, mentions: list[Mention]) -> list[Slot]:
    """Entity groups with the particle after them and the words they attach to."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and JOINERS.match(text[groups[-1][-1].end:m.start] or "x"):
            groups[-1].append(m)
        else:
            groups.append([m])
    # Content runs, cut where a mention starts or ends (米国|防総省).
    cuts = sorted({m.start for m in mentions} | {m.end for m in mentions})
    runs = []
    for rs, re_ in _content_runs(text, start, end):
        inner = cuts[bisect_right(cuts, rs):bisect_left(cuts, re_)]
        if not inner:
            runs.append((rs, re_))
            continue
        points = [rs, *inner, re_]
        runs.extend(zip(points, points[1:]))
    run_starts = [r[0] for r in runs]
    run_ends = [r[1] for r in runs]
    mention_spans = Spans([(m.start, m.end) for m in mentions])
    out: list[Slot] = []
    for group in groups:
        g_end = group[-1].end
        k = bisect_left(run_starts, g_end)
        nxt = runs[k:k + 4]  # the runs after the group (only four are looked at)
        relation = text[g_end:nxt[0][0]].rstrip("、，") if nxt else ""
        if len(relation) > 4 or any(c in relation for c in "、。，！？\n"):
            relation, nxt = "", []
        anchors = []
        pos = g_end
        for k, (rs, re_) in enumerate(nxt[:4]):
            link = text[pos:rs]
            if k > 0 and link not in LINKS_AFTER_ANCHOR:
                break
            if mention_spans.covers(rs):
                break  # another entity: the slot ends
            anchors.append(text[rs:re_])
            pos = re_
        k = bisect_right(run_ends, group[0].start)
        prev = runs[k - 1:k] if k else []
        before = ""
        if prev and len(text[prev[-1][1]:group[0].start]) <= 2 and not any(
                c in text[prev[-1][1]:group[0].start] for c in "、。，！？\n"):
            before = text[prev[-1][0]:prev[-1][1]]
            if mention_spans.covers(prev[-1][0]):
                before = ""
        after = text[g_end:g_end + 3]
        topic_match = None if anchors else TOPIC_PARTICLE.match(after)
        topic = topic_match is not None
        if anchors or topic:
            if topic_match is not None:
                relation = topic_match.group()
            out.append(Slot({m.name for m in group}, set().union(*(m.types for m in group)), relation, anchors,
                            group[0].start, group[-1].end, text[group[0].start:group[-1].end], before,
                            list(group), topic))
    return out
