"""Subjects: the word a predicate is said of, and two predicates said of two
parties.

    subject_before: 韓国はこれに署名しておらず → 韓国
    other_subject: 米国、中国、インドといった大国は加わっていない /
                   2025年にウクライナが加わって → two parties
    topics_of_two_parties: 日本は…排除を目指したが / 南北アメリカ地域は…
                   排除を達成した → two parties
    places_apart: 中国での布教を目指した / 平戸で布教した → two places
    doers_apart: ノルウェーが…開くのは初めてではなかった / 旧ソ連諸国が
                   …初めて参加した → two doers
    described_of_other_party: ルターはカール5世が求めた撤回に応じなかった /
                   ルターはこれを拒んだ → the asker and the one who refused
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.certainty import describes_noun
from lint.kinds.contradiction.compass import COMPASS
from lint.kinds.contradiction.chunks import topic_before, unit_chunks
from lint.kinds.contradiction.name_kinds import name_like, same_kind
from lint.kinds.contradiction.role_words import matches
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA
from lint.text.tokens import clause_bounds

# は or が, then a pointing word the next chunk reads with (韓国はこれに, 日本政府はその計画を).
SUBJECT_THEN_POINTER = tuple(p + w for p in ("は", "が") for w in ("これ", "それ", "この", "その", "あの"))
# …and an adverb of time glued to the particle (中心部はまだ見つかっていない).
SUBJECT_THEN_ADVERB = tuple(p + a for p in ("は", "が") for a in ("まだ", "なお", "すでに", "いまだ", "ついに", "もう"))
# A subject that points back (同国, その国, 彼) may name anyone.
POINTING_PREFIXES = ("同", "その", "この", "彼", "本", "当")


def subject_before(u: Unit, pos: int, cache: dict) -> str | None:
    """The word marked by は or が nearest before ``pos`` in its clause."""
    clause = None
    for c in reversed(unit_chunks(u, cache)):
        if c.start >= pos:
            clause = c.clause
            continue
        if clause is not None and c.clause != clause:
            return None
        clause = c.clause
        if c.grammar in ("は", "が") or c.grammar.startswith(SUBJECT_THEN_POINTER) or c.grammar in SUBJECT_THEN_ADVERB:
            return c.word
    return None


def other_subject(claim: Unit, at: int, subject: str | None, unit: Unit, unit_at: int, cache: dict) -> bool:
    """The details' predicate (at ``unit_at``) is said of a name the claim
    never gives, the claim's (at ``at``, of ``subject``) of a subject that
    sentence never names, the claim naming others of that kind before it:
    two parties, each its own way."""
    theirs = subject_before(unit, unit_at, cache)
    if subject is None or theirs is None or subject.startswith(POINTING_PREFIXES):
        return False
    # The claim tells the details' subject apart, in a clause of its own
    # (多くの堂塔が焼けたが、金色堂は焼失を免れた / 多くの堂塔が焼失した).
    clause = _clause_at(claim, at, cache)
    # (…建物跡が出ているが、中心部は見つかっていない / …建物の跡が見つかっている).
    # (The claim's subject inside a longer word there, 首都機能, is not said.)
    subject_said = any(d.word == subject for d in unit_chunks(unit, cache))
    if theirs != subject and any((c.word == theirs or c.word.endswith(theirs) and not subject_said)
                                 and c.grammar in ("は", "が") and c.clause != clause for c in unit_chunks(claim, cache)):
        return True
    if subject in unit.body or not name_like(theirs) or theirs in claim.body:
        return False
    return any(c.start < at and same_kind(c.word, theirs) for c in unit_chunks(claim, cache))


def subjects_apart(subject: str | None, voices: tuple[bool, bool], unit: Unit, unit_at: int, details: list[Unit],
                   cache: dict, claim_clause: str = "") -> bool:
    """Each predicate has a subject of its own in its clause, both verbs in
    one voice (``voices``: passive or not, the claim's and the details'), the
    two subjects share no letter, and the details name the claim's subject
    elsewhere (平和条約は結ばれておらず / 休戦協定が結ばれた…その後も平和条約は
    締結されておらず): two things, each told its own way.  A topic the claim's
    clause also names (パナマは…紙幣を発行している / 独自の紙幣は発行して
    おらず) is the object set first, not another subject."""
    if voices[0] != voices[1]:
        return False  # 夏時間が実施されている / リビアは夏時間を実施していない: one act
    theirs = subject_before(unit, unit_at, cache)
    if subject is None or theirs is None or subject.startswith(POINTING_PREFIXES) or theirs.startswith(POINTING_PREFIXES):
        return False
    # (The subject of a verb describing a noun on the way is not this verb's:
    # 石油会社が握っていた石油産業を国有化した.)
    at = unit.text.rfind(theirs, unit.start, unit_at)
    # (…nor a list's last member where the claim's subject is another: 本堂と庫裡及び廊下は.)
    if _DESCRIBING_VERB.search(unit.text, at + len(theirs), unit_at) or _listed_before(
            unit.text[max(unit.start, at - 24):at], subject):
        return False
    return (len(subject) >= 2 and len(theirs) >= 2 and not set(subject) & set(theirs)
            and theirs not in claim_clause and any(subject in u.body for u in details))


_DESCRIBING_VERB = compile_re(f"[たるいう](?=[{KANJI_UNIFIED}{PLAIN_KATAKANA}])")


# What joins the members of a list (本堂と庫裡及び廊下).
_JOINED = compile_re("(?:と|や|及び|および|並びに|・|、)[^、。はがをにで]*$")


def _listed_before(before: str, word: str) -> bool:
    """``word`` is a member of the list ``before`` ends with (庫裡 in 本堂と庫裡及び|廊下)."""
    k = before.rfind(word)
    return k >= 0 and _JOINED.match(before, k + len(word)) is not None


def _clause_at(u: Unit, at: int, cache: dict) -> int:
    return next((c.clause for c in reversed(unit_chunks(u, cache)) if c.start <= at), -1)


def subject_as_goal(subject: str | None, unit: Unit, unit_at: int, cache: dict) -> bool:
    """The claim's ``subject`` is where the details' act goes (準加盟国は…
    加わらず / ガイアナも準加盟国に加わった): two acts, one on each."""
    if subject is None:
        return False
    # The goal right before the verb (準加盟国に|加わった), not a topic further
    # off (出資者には|経営に|参加する権利).
    before = [c for c in unit_chunks(unit, cache) if c.start < unit_at]
    return bool(before) and before[-1].word == subject and before[-1].grammar in ("に", "には", "へ")


def topics_of_two_parties(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """Each sentence says the event of its own subject, and the details'
    sentence never names the claim's (日本は…排除を目指したが / 南北アメリカ
    地域は…排除を達成した): two parties."""
    return _told_apart(_topic_before(claim, s, cache), claim, _topic_before(unit, us, cache), unit)


def _told_apart(mine: str | None, claim: Unit, theirs: str | None, unit: Unit) -> bool:
    """Two words, each of its own sentence: not alike, and neither named in
    the other sentence."""
    return (mine is not None and theirs is not None and not matches(mine, theirs) and mine not in unit.body
            and theirs not in claim.body)


def _topic_before(u: Unit, at: int, cache: dict) -> str | None:
    """The topic (Xは) of the clause that holds ``at``, if it has one: a
    subject marked が may be that of a clause inside it."""
    found = [c for c in unit_chunks(u, cache) if c.start < at]
    if not found:
        return None
    clause = found[-1].clause
    # (A time told as a topic, 帰国後は, names no party.)
    return next((c.word for c in reversed(found) if c.clause == clause and c.grammar == "は"
                 and _TIME_WORD.search(c.word) is None), None)


_TIME_WORD = compile_re("(?:後|前|中|時|頃|以降|以来|当初|現在|年|月|日|代|期)$")


_PLACE_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,}})(?:での|で)$")


def places_apart(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Each act is set in a place of its own (中国での布教を目指した / 平戸で
    布教した), neither named in the other sentence: two acts."""
    a = _PLACE_BEFORE.search(claim.text, max(claim.start, s - 12), s)
    b = _PLACE_BEFORE.search(unit.text, max(unit.start, us - 12), us)
    if a is None or b is None:
        return False
    x, y = a.group(1), b.group(1)
    # A name, not a means (自力で, 独力で).
    return (name_like(x) or name_like(y)) and _told_apart(x, claim, y, unit)


def _doer_before(u: Unit, at: int, cache: dict) -> str | None:
    """The nearest word marked by が or は before ``at`` in its sentence,
    not one that points back (同国が, その国は)."""
    doer = topic_before([c for c in unit_chunks(u, cache) if not c.word.startswith(POINTING_PREFIXES)], at, ("が", "は"))
    return doer.word if doer is not None else None


def doers_apart(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """Each word is said of a doer of its own, one at least a name, and
    neither named in the other sentence (ノルウェーが…開くのはこれが初めて /
    旧ソ連諸国が…初めて参加した): two doers' firsts."""
    mine, theirs = _doer_before(claim, s, cache), _doer_before(unit, us, cache)
    return _told_apart(mine, claim, theirs, unit) and (name_like(mine) or name_like(theirs))


def described_of_other_party(claim: Unit, s: int, e: int, unit: Unit, us: int, cache: dict) -> bool:
    """The claim's word describes a noun and is said of one party, the
    details' word of another, and each sentence names both (ルターは
    カール5世が求めた撤回に応じなかった / カール5世は撤回を迫ったが、
    ルターはこれを拒んだ): what one asked and the other refused."""
    if not describes_noun(claim, e):
        return False
    # (The details' doer is its clause's topic, not a が inside a clause describing
    # a noun: 英国は、フランスが提案した条約を拒否した.)
    topic = topic_before(unit_chunks(unit, cache), us, ("は",))
    mine, theirs = _doer_before(claim, s, cache), topic.word if topic is not None else _doer_before(unit, us, cache)
    return (mine is not None and theirs is not None and (name_like(mine) or name_like(theirs))
            and not matches(mine, theirs) and mine in unit.body and theirs in claim.body)


def describes_other_thing(claim: Unit, unit: Unit, us: int, ue: int) -> bool:
    """The details' word describes a noun and acts on a thing the claim never
    names (スエズ運河を成功させたレセップスは…建設に取りかかった): it tells
    who the noun is, nothing of the claim's act."""
    obj = _OBJECT_RIGHT_BEFORE.search(unit.text, max(unit.start, us - 12), us)
    return obj is not None and obj.group(1) not in claim.body and describes_noun(unit, ue) and (
        _TIME_OR_RESULT.match(unit.text, ue, min(unit.end, ue + 6)) is None)


# A time or a result after a verb (否決した翌日, した後, した結果): no noun described.
_TIME_OR_RESULT = compile_re(f"[{HIRAGANA}]{{0,4}}(?:後|直後|翌|前|際|時|結果|ところ|とき)")
_OBJECT_RIGHT_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})を$")


def owned_apart(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The details' act is done to a thing of a name the claim never names
    (エベレストの頂に立った), and the claim sets its own act by a name the
    sentence never names (カイラス山では…誰も頂に立っていない): two things."""
    theirs = _OWNER_OF_OBJECT.search(unit.text, max(unit.start, us - 12), us)
    if theirs is None or theirs.group(1) in claim.body or not name_like(theirs.group(1)):
        return False
    return any(name_like(m.group(1)) and m.group(1) not in unit.body
               for m in _NAME_SETTING.finditer(claim.text, claim.start, s))


# A name owning the noun the act is done to or goes to (エベレストの頂に).
_OWNER_OF_OBJECT = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,}})の[{KANJI_UNIFIED}]{{1,4}}(?:に|を|へ)$")
# A name that sets a sentence's scene or owns its thing (カイラス山では, 富士山の).
_NAME_SETTING = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,}})(?:では|でも|の)")


def located_apart(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """A side said of two things, each named in its own sentence, one at
    least a name (南オセチアは…山脈の南側 / 山脈の北側には…北オセチア
    共和国があり): where two places lie, not one place denied."""
    mine, theirs = _located(claim, s, cache), _located(unit, us, cache)
    # The side names a place of its own (南側のキプロス共和国と隔てられ):
    # that place lies there, whatever the sentence's topic.
    own = _SIDE_OF.match(claim.text, s)
    if own is not None and name_like(own.group(1)) and theirs is not None and own.group(1) not in unit.body:
        return not matches(own.group(1), theirs)
    return _told_apart(mine, claim, theirs, unit) and (name_like(mine) or name_like(theirs))


_SIDE_OF = compile_re(f"[東西南北]+(?:側|部)?の([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,}})")


def _located(u: Unit, at: int, cache: dict) -> str | None:
    """What a side word at ``at`` places: the topic of its clause, or else
    the subject after it (北側には…共和国があり)."""
    topic = _topic_before(u, at, cache)
    if topic is not None:
        return topic
    found = unit_chunks(u, cache)
    clause = next((c.clause for c in found if c.start >= at), None)
    return next((c.word for c in found if c.start > at and c.clause == clause
                 and (c.grammar == "は" or c.grammar.startswith("が"))), None)


# The thing a side is said of, right before it (カフカス山脈の|南西麓).
_REFERENCE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,}})(?:の|から)$")


def seen_from_each_other(claim: Unit, s: int, e: int, unit: Unit, us: int, ue: int) -> bool:
    """Opposite sides, each sentence placing one thing from the other (山脈の
    南西麓に位置する / 北東には山脈がそびえる): one place told both ways.
    The thing one side is said of is named after the other side, in its clause."""
    if not (set(claim.text[s:e]) <= set(COMPASS) and set(unit.text[us:ue]) <= set(COMPASS)):
        return False
    for a, x, b, y, z in ((claim, s, unit, us, ue), (unit, us, claim, s, e)):
        found = _REFERENCE.search(a.text, max(a.start, x - 16), x)
        if found is not None and found.group(1) in b.text[z:clause_bounds(b.text, y, b.start, b.end)[1]]:
            return True
    return False


# What a comparison sets above the other (北部のほうが, 北部フランデレン地域の方が).
_COMPARED = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})の(?:ほう|方)が")


def compared_alike(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """Both words are said, in their clauses, of the side a comparison sets
    above the other, and the two sides share a pair of letters (北部のほうが
    経済的に貧しい / 北部フランデレン地域のほうが豊かになっている)."""
    found = []
    for u, at in ((claim, s), (unit, us)):
        m = None
        for m in _COMPARED.finditer(u.text, clause_bounds(u.text, at, u.start, u.end)[0], at):
            pass
        if m is None:
            return False
        found.append(m.group(1))
    return any(found[1][i:i + 2] in found[0] for i in range(len(found[1]) - 1))


# Words that set a statement on the rest of a kind, apart from some
# (ネブラスカ州を除く他州はすべて…, 日本以外の国は…, ほかの加盟国も…).
_OTHERS = compile_re(f"(?<![{KANJI_UNIFIED}])他[{KANJI_UNIFIED}]{{1,2}}(?:は|が|も|では)|ほかの|他の|その他の|以外の|を除く|を除いた|を除き")


def said_of_others(claim: Unit, unit: Unit, unit_at: int) -> bool:
    """The details' predicate (at ``unit_at``) is said in its clause of the
    others of a kind, which the claim does not speak of: it says nothing of
    the one the claim is about (他州はすべて勝者総取りである / メイン州は
    勝者総取りをとらない)."""
    lo, _ = clause_bounds(unit.text, unit_at, unit.start, unit.end)
    others = _OTHERS.search(unit.text, lo, unit_at)
    return others is not None and others.group() not in claim.body


# A topic, quoted or not (「果物」は, fruitは), or a symbol (Mはmより).
_TOPIC_WORD = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-z]{{2,}}|(?<![A-Za-z])[A-Za-z])」?は")


# What a thing is compared with: より, に比べ(て|ると), と比べ.
_THAN = compile_re("(?<!に)より|[にと]比べ|に比して")  # (によって, により: a means, no comparison)


def compared_of_two(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """Each word compares its own topic with something (果物は…果実よりも
    狭い / fruitは…果実よりもさらに広い): two topics, two comparisons, and
    the opposite words do not meet."""
    def topic(u: Unit, at: int) -> str | None:
        if _THAN.search(u.text, max(u.start, at - 20), at) is None:
            return None
        found = None
        for found in _TOPIC_WORD.finditer(u.text, u.start, at):
            pass
        return found.group(1) if found is not None else None

    mine, theirs = topic(claim, s), topic(unit, us)
    # (One subject compared, 比重が1より大きい / 比重は1より小さく, is one comparison.)
    if mine is not None and theirs is not None and not matches(mine, theirs) and not matches(theirs, mine) and (
            not _one_subject(claim, s, unit, us)):
        return True
    # …or one compares with what the other is said of (fruitが…指すのに比べると
    # 狭い / fruitは…より広い): one comparison told from each end.
    return _standard_is_named(claim, s, unit, us) or _standard_is_named(unit, us, claim, s)


def _one_subject(claim: Unit, s: int, unit: Unit, us: int) -> bool:
    """The words nearest before both comparisons marked by が or は are one."""
    def subject(u: Unit, at: int) -> str | None:
        found = None
        for found in _SUBJECT_WORD.finditer(u.text, u.start, at):
            pass
        return found.group(1) if found is not None else None

    mine = subject(claim, s)
    return mine is not None and mine == subject(unit, us)


_SUBJECT_WORD = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-z]{{2,}})」?[はが]")


def _standard_is_named(a: Unit, x: int, b: Unit, y: int) -> bool:
    """What ``a`` compares with before ``x`` names a topic or subject ``b`` has before ``y``."""
    than = None
    for than in _THAN.finditer(a.text, max(a.start, x - 20), x):
        pass
    if than is None:
        return False
    lo, _ = clause_bounds(a.text, than.start(), a.start, a.end)
    # (Past the clause's topic: リチウムの反応は|ナトリウムよりも.)
    lo = max(lo, than.start() - 20, a.text.rfind("は", lo, than.start()) + 1)
    standard = a.text[lo:than.start()]
    # (A name or a long word: 初出 may be two things' firsts, 下関's and 赤間関's;
    # …or the side ``b`` sets above: 大阪は江戸より少なかった / 江戸の方が多かった.)
    # (…or the noun ``b``'s word describes: 規模の大きい第二次 / 第二次に比べると規模は小さく.)
    described = _DESCRIBED_NEXT.match(b.text, y, b.end)
    return any(m.group(1) in standard and (len(m.group(1)) >= 3 or name_like(m.group(1)))
               for m in _SUBJECT_WORD.finditer(b.text, b.start, y)) or any(
        m.group(1) == standard for m in _SET_ABOVE.finditer(b.text, clause_bounds(b.text, y, b.start, b.end)[0], y)) or (
        described is not None and standard.endswith(described.group(1)))


_DESCRIBED_NEXT = compile_re(f"[{KANJI_UNIFIED}]{{1,3}}[{HIRAGANA}]{{1,3}}([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})")


# The side a comparison sets above, with what it is of (北の町の方が).
_SET_ABOVE = compile_re(f"((?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+の)?[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)の(?:ほう|方)が")


def set_against(claim: Unit, at: int, theirs: str | None) -> bool:
    """The claim sets its subject against the details' (支線はロープウェイと
    違って廃止を免れた / ロープウェイは…廃止された): it tells the other's act
    too, the other way."""
    m = _UNLIKE.search(claim.text, claim.start, at)
    return theirs is not None and m is not None and (m.group(1).endswith(theirs) or theirs.endswith(m.group(1)))


# What a claim sets its subject against (ロープウェイと違って, 前年とは異なり, 交流方式との争いでは).
_UNLIKE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})(?:と|とは)(?:違って|違い|異なり|異なって|対照的に"
                     "|の(?:争い|競争|戦い|対決)(?:では|で|に))")
