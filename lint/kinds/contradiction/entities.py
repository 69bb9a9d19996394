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

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Optional

from lint.text.tokens import CONTENT_RE, KANJI, KATAKANA, LATIN, bigrams, overlap, script
from lint.text.matcher import HitPool, KatakanaLexicon, Phrase, PhraseMatcher
from lint.text.spans import Spans
from lint.kinds.contradiction.units import Conflict
from lint.kinds.contradiction.units import Settings
from lint.kinds.contradiction.units import Unit

TITLES = ("氏", "大統領", "副大統領", "首相", "副首相", "外相", "国防相", "財務相", "国務長官", "長官", "議長",
          "報道官", "総裁", "書記長", "国王", "首長", "司令官", "大使", "大臣", "外務大臣", "委員長", "事務総長",
          "総統", "主席", "最高指導者", "元首相", "元大統領", "前大統領", "前首相", "次官", "補佐官")
TITLE_RE = re.compile("(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")")
# An unknown name followed by a personal title (see EntityFinder.mentions):
# a whole katakana run before any title, or two or three kanji before 氏.
# The run is found first and the title looked for after it: a pattern with
# the title in a look-ahead, tried at every letter of a long run with no
# title after it, scanned to the run's end from each (the square of its length).
KATAKANA_NAME_RE = re.compile(r"[\u30A1-\u30FA\u30FC・]{2,}")
KANJI_NAME_BEFORE_SHI_RE = re.compile(r"[\u4E00-\u9FFF]{2,3}(?=氏)")
JOINERS = re.compile(r"^(?:・|と|や|、|，|及び|および|ならびに|並びに|とも|または|又は|か|対|\s)+$")
LINKS_AFTER_ANCHOR = ("", "の", "な", "・")
TOPIC_PARTICLE = re.compile(r"(?:は|が|も|では|には)")


@dataclass(slots=True)
class Mention:
    start: int
    end: int  # includes a following title (トランプ大統領)
    name: str  # canonical name
    types: frozenset


@dataclass
class Slot:
    names: set
    types: set
    relation: str  # the particle after the entity (の, が, に, …)
    anchors: list  # content words after it, up to the next case particle
    start: int
    end: int
    text: str
    before: str = ""  # the content word right before the entity (これまで米国は)
    members: list = field(default_factory=list)
    topic: bool = False  # Xは / Xが with no content word after it in the clause

    def names_of(self, kind: str) -> set:
        return {m.name for m in self.members if kind in m.types}


@dataclass
class Gazetteer:
    canonical: dict = field(default_factory=dict)  # written form → canonical
    types: dict = field(default_factory=dict)  # canonical → set of types

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


class EntityFinder:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.matcher = gazetteer.matcher()
        self._types = {canon: frozenset(kinds) for canon, kinds in gazetteer.types.items()}

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
            out.append(Mention(start + h.start, start + h.end, canon, types.get(canon, _NO_TYPES)))
            last = h.end
        # Unknown names with a personal title after them are people.
        # Katakana before any title (ギャバード長官); kanji only before 氏
        # (石破氏), since kanji before a title is usually a position (最高司令官).
        titled = [m.span() for m in KATAKANA_NAME_RE.finditer(text, start, end)
                  if TITLE_RE.match(text, m.end(), end)]
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


def anchors_match(a: list[str], b: list[str]) -> bool:
    for x in a:
        for y in b:
            if x == y:
                return True
            n = 0
            while n < min(len(x), len(y)) and x[n] == y[n]:
                n += 1
            if n >= 2 and n * 3 >= 2 * min(len(x), len(y)):
                return True
    return False


def _mentions(u: Unit, cache: dict, finder: EntityFinder) -> list[Mention]:
    key = ("m", u.start, u.end)
    if key not in cache:
        cache[key] = finder.mentions(u.text, u.start, u.end, cache.get("ent-pool"))
    return cache[key]


def may_conflict(claim: Unit, cache: dict, finder: EntityFinder) -> bool:
    """The claim names an entity of a known type (every comparison starts from one)."""
    return any(m.types for m in _mentions(claim, cache, finder))


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cfg: Settings, cache: dict,
            finder: EntityFinder) -> list[Conflict]:
    def mentions_of(u: Unit) -> list[Mention]:
        return _mentions(u, cache, finder)

    def analyse(u: Unit):
        key = ("e", u.start, u.end)
        if key not in cache:
            ms = mentions_of(u)
            cache[key] = (ms, slots(u.text, u.start, u.end, ms) if ms else [])
        return cache[key]

    if not _may_swap(claim, aligned, cfg, mentions_of, cache):
        return []
    out: list[Conflict] = []
    claim_mentions, claim_slots = analyse(claim)
    claim_names = {m.name for m in claim_mentions}
    for sc in claim_slots:
        if not sc.types:
            continue
        mine = {kind: sc.names_of(kind) for kind in sc.types}
        best = None
        for unit in aligned:
            if unit.score < cfg.entity_align_min:
                continue
            unit_names = _names(unit, mentions_of, cache)
            # Slots are costly to build; a sentence none of whose names could
            # differ from the claim's (see _differing_type) needs none.
            if not any(kind in y.types and y.name not in names and not (names & unit_names)
                       for y in mentions_of(unit) for kind, names in mine.items()):
                continue
            _, unit_slots = analyse(unit)
            for se in unit_slots:
                if se.relation != sc.relation:
                    continue
                kind = _differing_type(sc, se, unit_names)
                if kind is None:
                    continue
                if sc.names & se.names:
                    pinned = True  # ドイツ・シュトゥットガルト / 英国・シュトゥットガルト: the city pins the slot
                elif sc.names & unit_names:
                    pinned = False  # the claim's entity is in the evidence: not a substitution
                elif anchors_match(sc.anchors, se.anchors) or (sc.before and sc.before == se.before):
                    pinned = True
                else:
                    # Two sentence topics (これまで米国は、… / これまで英国は、…) in
                    # closely aligned sentences, each naming only its own.
                    pinned = (sc.topic and se.topic and unit.score >= cfg.predicate_solo_align
                              and not (se.names & claim_names))
                if not pinned:
                    continue
                if any(other is not sc for other in _claim_slots_like(claim, claim_slots, se, cache)):
                    continue  # the claim names that entity in that slot too: it names more, not others
                if best is None or unit.score > best[0]:
                    best = (unit.score, unit, se, kind)
        if best is None:
            continue
        _, unit, se, kind = best
        cm = next(m for m in sc.members if kind in m.types)
        em = next(m for m in se.members if kind in m.types)
        out.append(Conflict("entity", cm.start, cm.end, unit, em.start, em.end,
                            claim.text[cm.start:cm.end], unit.text[em.start:em.end]))
    out.extend(_substitutions(claim, claim_mentions, aligned, details, cfg, mentions_of, cache))
    out.extend(_foreign(claim, claim_mentions, aligned, details, cfg, mentions_of, cache))
    return out


def _claim_slots_like(claim: Unit, claim_slots: list[Slot], se: Slot, cache: dict) -> list[Slot]:
    """The claim's slots naming one of ``se``'s entities in the same relation
    and place; worked out once per evidence slot, not for each claim slot."""
    key = ("like", claim.start, claim.end, se.start, se.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [other for other in claim_slots if other.names & se.names
                              and other.relation == se.relation and anchors_match(other.anchors, se.anchors)]
    return found


def _may_swap(claim: Unit, aligned: list[Unit], cfg: Settings, mentions_of, cache: dict) -> bool:
    """Could any comparison below report this claim?  (Cheap: names only, no slots.)

    Every one of them needs an aligned sentence that lacks a typed name of
    the claim and names something else of that type; most claims have none.
    """
    mine = [x for x in mentions_of(claim) if x.types]
    if not mine:
        return False
    lowest = min(cfg.entity_align_min, cfg.foreign_align_min)
    for unit in aligned:
        if unit.score < lowest:
            continue
        names = _names(unit, mentions_of, cache)
        for x in mine:
            if x.name in names:
                continue
            if any(y.name != x.name and x.types & y.types for y in mentions_of(unit)):
                return True
    return False


CONTEXT = 16
TOPIC = re.compile(r"(?:は|が|も)")


def _is_topic(u: Unit, m: Mention) -> bool:
    """The sentence opens with this entity as its topic or subject (ロシアは、…)."""
    lead = u.text[u.start:m.start]
    return not any(script(c) in (KANJI, KATAKANA, LATIN) for c in lead) and bool(
        TOPIC.match(u.text, m.end, u.end))


def _context(u: Unit, m: Mention, cache: dict) -> set:
    """Content bigrams around a mention, the mention itself left out."""
    key = ("ctx", u.start, m.start, m.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = bigrams(u.text[max(u.start, m.start - CONTEXT):m.start] + " "
                                     + u.text[m.end:min(u.end, m.end + CONTEXT)])
    return found


SUBJECT = ("は", "が", "も", "では", "には", "こそ")


def _names(u: Unit, mentions_of, cache: dict) -> set:
    key = ("names", u.start, u.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = {m.name for m in mentions_of(u)}
    return found


def _detail_mentions(details: list, mentions_of, cache: dict) -> dict:
    """name → [(sentence, mention)] for every mention in the details (once per post)."""
    found = cache.get("detail-mentions")
    if found is None:
        found = cache["detail-mentions"] = {}
        for u in details:
            for m in mentions_of(u):
                found.setdefault(m.name, []).append((u, m))
    return found


def _said_alike(ctx_x: set, name: str, details: list, cfg: Settings, mentions_of, cache: dict) -> bool:
    """Do the details mention ``name`` somewhere in words like ``ctx_x``?

    Contexts are built only for the name asked about, and only until one
    matches: most mentions in the details are never compared.
    """
    for u, m in _detail_mentions(details, mentions_of, cache).get(name, ()):
        if overlap(ctx_x, _context(u, m, cache)) >= cfg.entity_context:
            return True
    return False


def _particle(u: Unit, m: Mention) -> str:
    """The hiragana right after a mention (の, は, との, …; empty before a kanji word).

    The subject markers は, が and も count as one: a summary often turns
    "Xが…" into "Xは…".
    """
    i = m.end
    while i < u.end and "\u3041" <= u.text[i] <= "\u309f":
        i += 1
    particle = u.text[m.end:i]
    return "は" if particle in SUBJECT else particle


def _foreign(claim: Unit, claim_mentions: list, aligned: list, details: list, cfg: Settings, mentions_of,
             cache: dict):
    """An entity the details never mention, where the aligned sentence names another.

    A claim that puts 英国 where every detail sentence talks of ロシア has
    swapped a name even when the words around it were rephrased.  The other
    name must be absent from the claim, so naming fewer is never reported.
    """
    detail_names = _detail_mentions(details, mentions_of, cache).keys()
    claim_names = {m.name for m in claim_mentions}
    out = []
    for x in claim_mentions:
        if not x.types or x.name in detail_names:
            continue
        best = None
        for unit in aligned:
            if unit.score < cfg.foreign_align_min:
                continue
            for y in mentions_of(unit):
                if y.name in claim_names or not (x.types & y.types):
                    continue
                if _particle(unit, y) != _particle(claim, x) and unit.score < cfg.predicate_solo_align:
                    continue
                if best is None or unit.score > best[0]:
                    best = (unit.score, unit, y)
        if best is not None:
            _, unit, y = best
            out.append(Conflict("entity", x.start, x.end, unit, y.start, y.end, claim.text[x.start:x.end],
                                unit.text[y.start:y.end]))
    return out


def _substitutions(claim: Unit, claim_mentions: list, aligned: list, details: list, cfg: Settings, mentions_of,
                   cache: dict):
    """X in the claim stands where Y stands in the evidence: same particle, similar surroundings.

    Naming more or fewer entities never qualifies: X must not appear in the
    evidence sentence, and Y may appear in the claim only in clearly
    different surroundings.
    """
    out = []
    for x in claim_mentions:
        if not x.types:
            continue
        ctx_x = _context(claim, x, cache)
        if not ctx_x:
            continue
        best = None
        for unit in aligned:
            if unit.score < cfg.entity_align_min:
                continue
            mentions = mentions_of(unit)
            if x.name in _names(unit, mentions_of, cache):
                continue  # the claim's entity is in this sentence: not swapped here
            for y in mentions:
                if not (x.types & y.types):
                    continue
                if _particle(unit, y) != _particle(claim, x):
                    continue  # a substitute takes the same particle (Xの… / Yの…)
                ctx_y = _context(unit, y, cache)
                sim = overlap(ctx_x, ctx_y)
                # Two sentence topics in closely aligned sentences stand in for
                # each other even when the words right after them differ.
                topics = unit.score >= cfg.predicate_solo_align and _is_topic(claim, x) and _is_topic(unit, y)
                if not (sim >= cfg.entity_context or topics):
                    continue
                # Y said in the claim in a like place: the claim names more, it
                # does not swap.
                rival = _rival(claim, claim_mentions, unit, y, cache)
                if rival >= min(sim, cfg.entity_context) * 0.75 and rival > 0:
                    continue
                if best is None or sim + unit.score > best[0]:
                    best = (sim + unit.score, unit, y)
        if best is None:
            continue
        _, unit, y = best
        # A sentence that names X and matches the claim at least as well is
        # more likely the one summarised.
        if any(u.score >= unit.score and x.name in _names(u, mentions_of, cache) for u in aligned):
            continue
        # Said the same way anywhere in the details: the claim is supported.
        # (Asked last: it is the costly test, and most claims never get here.)
        if _said_alike(ctx_x, x.name, details, cfg, mentions_of, cache):
            continue
        out.append(Conflict("entity", x.start, x.end, unit, y.start, y.end, claim.text[x.start:x.end],
                            unit.text[y.start:y.end]))
    return out


def _rival(claim: Unit, claim_mentions: list, unit: Unit, y: Mention, cache: dict) -> float:
    """How like ``y``'s surroundings the claim says ``y``'s name (0 if it does
    not): it depends on ``y`` alone, so it is worked out once per mention,
    not again for each of the claim's names compared with it."""
    key = ("rival", claim.start, claim.end, y.start, y.end)
    found = cache.get(key)
    if found is None:
        ctx_y = _context(unit, y, cache)
        found = cache[key] = max([overlap(_context(claim, m, cache), ctx_y) for m in claim_mentions
                                  if m.name == y.name] + [0.0])
    return found


def _differing_type(sc: Slot, se: Slot, unit_names: set) -> Optional[str]:
    """A type whose names differ between the slots, the claim's absent from the evidence."""
    for kind in sorted(sc.types & se.types):
        mine, theirs = sc.names_of(kind), se.names_of(kind)
        if mine and theirs and not (mine & theirs) and not (mine & unit_names):
            return kind
    return None
