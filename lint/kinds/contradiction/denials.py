"""Whose a denial is, and whether a predicate is asserted at all: the
readings :mod:`~lint.kinds.contradiction.polarity` asks before it sets a
claim's predicate against the details'.

    changed: 受けられなくなった (the other polarity held before)
    seldom: 現れることはまれ (how often, not whether)
    quoted: 「…」という見方 (what someone says)
    in_focus: 青嵐号は優勝を逃した / 優勝したのは…青嵐号で
    instead: 私有財産ではなく国有財産として (said of the other)
    prefix_denied: 幹部は不起訴となった (denied with a prefix)
    in_description: 3か国すべてが加わって…定めた協定は、今も結ばれていない
    not_plainly_said: 差にしか意味はなく, 成り立ちそうにない, 加盟国となることが認められ
    case_apart: …譲った場合は、…記録されない (a case the details leave aside)
    describes_another: 失った点数 (a verb describing another noun)
    heads_another: ESAに加盟する11か国 / 中国は加わっていない (another subject)
    offer_declined: 打診は辞退した / 打診された (the offer, not its taking)
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import NOUN_RUN, Predicate, is_negative_tail
from lint.kinds.contradiction.scope import ONLY
from lint.kinds.contradiction.subjects import subject_before
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, is_unified_kanji
from lint.text.tokens import clause_bounds


# Tails of a change (なくなった, ようになった): the other polarity held before, so a
# detail telling that earlier state (応援を受けていた / 受けられなくなった) agrees.
CHANGE_OF_STATE = ("なくな", "ようにな")


def changed(p: Predicate) -> bool:
    return any(mark in p.tail for mark in CHANGE_OF_STATE)


# A condition (再び感染すると、…) says what follows if it happens, not that it did.
CONDITIONAL = ("すると", "れば", "たら", "だら")
# A negated condition followed by a denied result (使い始めないと…得られない) states a need.
REQUIRED = ("ないと", "なければ", "なくては")
# As if (発生源であるかのように受け止められた): how it seemed, not what was.
SEEMING = ("かのよう", "かのごと")
# How often, not whether (現れることはまれ, 訪れることは少なかった): neither side.
SELDOM = ("ことはまれ", "ことは稀", "ことは少な", "ことはめった", "ことはほとんどな")


def seldom(text: str, p: Predicate) -> bool:
    """The tail stops before a kanji (ことは|稀): the text after it is read."""
    return any(w in text[p.start:p.end + 2] for w in SELDOM)


def hardly(text: str, p: Predicate) -> bool:
    """A denial said to hold hardly ever (ほとんど振り返らなかった): one
    occasion the details describe does not deny it, though their telling
    it was done widely does, and their "hardly" still denies a claim that
    it was done widely."""
    return not p.positive and text.endswith(_HARDLY, max(0, p.start - 6), p.start)


# Adverbs right before a denied verb that make it "hardly" (ほとんど|振り返らなかった).
_HARDLY = ("ほとんど", "めったに", "滅多に", "ほぼ")


# Nouns after a predicate that state it happened (出場した経験, 優勝した実績).
STATING_NOUNS = ("経験", "実績", "記録", "事実", "前例")


def quoted(text: str, pos: int, lo: int, hi: int) -> bool:
    """Is ``pos`` inside 「…」 followed by と (という見方, との声): words
    quoted as what someone says or thinks, not asserted by the writer."""
    opening = text.rfind("「", lo, pos)
    if opening < 0 or text.find("」", opening, pos) >= 0:
        return False
    closing = text.find("」", pos, hi)
    return closing >= 0 and text.startswith("と", closing + 1)


# A clause made the content of a view (…認められないとの従来の解釈, …という
# 見方), or of one held in the past (…含まれると考えられていた): what someone
# holds or held, not what the writer asserts.
_VIEW_AFTER = compile_re(r"(?:との|という)(?:従来の|これまでの|当時の|一般的な)?"
                         r"(?:解釈|見方|見解|主張|考え|判断|説|声|批判|指摘|懸念|意見|立場|認識|理解|前提)"
                         r"|と(?:考え|信じ)られていた|と(?:思わ|みなさ|見なさ)れていた")


def held_as_a_view(text: str, end: int) -> bool:
    """The predicate ending at ``end`` is the content of a view named after it."""
    # (The predicate's tail may hold との already: 認められないとの|従来の解釈.)
    return any(_VIEW_AFTER.match(text, end - len(tail)) is not None
               for tail in ("", "と", "との", "とい", "という") if text.endswith(tail, 0, end))


def in_focus(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate, cache: dict) -> bool:
    """The claim's subject is what the details' cleft names (青嵐号は優勝を
    逃した / 優勝したのは…青嵐号で)."""
    subject = subject_before(claim, pc.start, cache)
    if subject is None:
        return False
    start = pe.end + 1 if unit.text.startswith(("、", "，"), pe.end) else pe.end
    _, end = clause_bounds(unit.text, start, unit.start, unit.end)
    return subject in unit.text[start:end]


# A thing done of one alone (名称の独占だけを認める): denied of the rest.
ONLY_OBJECT = tuple(only + particle for only in ONLY for particle in "をがに")
# AではなくB: denied of A, said of B.
INSTEAD = ("ではなく", "でなく", "ではなくて", "でなくて")


def instead(unit: Unit, pe: Predicate, key: str) -> bool:
    """AではなくB, with B holding the claim's word too: the details say it of B."""
    if not pe.tail.startswith(INSTEAD):
        return False
    after = pe.end
    return key in unit.text[after:min(unit.end, after + 16)]


def denied_instead(unit: Unit, end: int, word: str) -> bool:
    """The word ending at ``end`` is in a phrase that ends with ではなく, and
    ``word`` follows as what is said instead (政府間の条約で作られた機関
    ではなく、…非政府組織である): the sentence says ``word``."""
    for mark in INSTEAD:
        at = unit.text.find(mark, end, unit.end)
        if at > -1 and not any(ch in unit.text[end:at] for ch in "、。"):
            return word in unit.text[at + len(mark):min(unit.end, at + len(mark) + 40)]
    return False


# Prefixes that deny a verbal noun (不起訴, 未承認, 非公開).
DENYING_PREFIXES = ("不", "未", "非", "無")


def prefix_denied(key: str, units: list[Unit]) -> bool:
    if len(key) < 2 or not all(is_unified_kanji(ch) for ch in key):
        return False
    return any(prefix + key in u.body for u in units for prefix in DENYING_PREFIXES)


_DESCRIBED_NOUN = compile_re(f"[^、。]*?[たる](?:[{KANJI_UNIFIED}{PLAIN_KATAKANA}]+[なの])?[{KANJI_UNIFIED}{PLAIN_KATAKANA}]+(?:は|が|を)")


_SENTENCE_END_KANA = compile_re(f"[{HIRAGANA}]+(?=[。]?\\s*$)")


def in_description(u: Unit, p: Predicate) -> bool:
    """A verb in て leading on to one that describes a noun, in a sentence
    that denies the noun (3か国すべてが加わって…定めた協定は、今も結ばれて
    いない): it tells what the noun would be, not what happened."""
    if not p.tail.endswith("て") or _DESCRIBED_NOUN.match(u.text, p.end, u.end) is None:
        return False
    last = _SENTENCE_END_KANA.search(u.text, p.end, u.end)
    return last is not None and is_negative_tail(last.group())


# A denial that says "only" (差にしか意味はなく), a likelihood (成り立ちそうに
# ない), and a case set apart (…譲った場合は、…記録されない).
_ONLY_BY_DENIAL = "しか"
_LIKELIHOOD = ("そうにな", "そうもな", "そうにあ")
# A verb of saying after と (放棄すると表明した): what was said, no condition.
_SAYING_AFTER = ("表明", "発表", "宣言", "述べ", "言", "約束", "明言", "主張", "決め", "決定", "通告", "通知")
# How often (含めないことも多い, 含めることもある): sometimes, not whether.
_SOMETIMES = compile_re("(?:こと|場合)(?:も|が)(?:多|あ|少な)")
# A tendency (安定しにくい, 変動しやすい): how easily, not whether.
_TENDENCY = ("にくい", "にくく", "づらい", "づらく", "やすい", "やすく")
_CONCEDING = ("ても", "でも")
_CASE = compile_re("(?:場合|とき|際)(?:に)?は")
# An act made the content of a decision, a permission, a plan or an aim
# (加盟国となることが認められ, 廃止することを決めた): the verb after it is
# what is told; the act itself may still lie ahead.
_CONTENT = ("ことが", "ことを", "ことも")
_GOVERNING = compile_re("[^。、]{0,8}?(?:認め|承認|許可|許さ|決ま|決め|決定|定め|予定|計画|期待|見込|目指|めざ|求め|要求|検討|"
                        "約束|表明|提案|合意|望|狙)")
_CASE_END = compile_re("(?:場合|とき|際)(?:に)?は[、，]?$")


_UNKNOWN_AFTER = compile_re("こと(?:は|が|も)[^。、]{0,6}?(?:不明|わかっていな|分かっていな|わからな|分からな|明らかでな|はっきりしな)")
_PURPOSE = tuple(f"{v}{m}" for v in "るうくすつぬむぶぐ" for m in ("には", "ためには", "ためにも"))


def not_plainly_said(u: Unit, p: Predicate) -> bool:
    """The predicate is neither asserted nor denied as a plain fact: a
    denial with しか before it in its clause says only, a tail of
    likelihood says how likely, one of tendency (安定しにくい) how easily,
    one of frequency (含めることもある) how often,
    a condition (撤回しなければ) a case, and an act that a decision, a
    permission or a plan takes as its content may not have happened yet."""
    lo, _ = clause_bounds(u.text, p.start, u.start, u.end)
    if not p.positive and _ONLY_BY_DENIAL in u.text[lo:p.start]:
        return True
    # (保護を受けるには審査が要る: the act is what a need serves, not a fact.)
    if p.tail.endswith(_PURPOSE) or p.tail.endswith("に") and u.text.startswith("は", p.end):
        return True
    # (詳しいことは分かっていない: what is unknown is not denied.)
    at = p.tail.find("こと")
    at = p.end if at < 0 else p.end - len(p.tail) + at
    if _UNKNOWN_AFTER.match(u.text, at, u.end) is not None:
        return True
    # (…放送していても: even if it did, a concession, said neither way.)
    return (any(mark in p.tail for mark in _LIKELIHOOD + _TENDENCY) or p.tail.endswith(_CONCEDING)
            or _SOMETIMES.search(u.text, max(p.start, p.end - 3), min(u.end, p.end + 5)) is not None
            or conditional(u.text, p)
            or p.tail.endswith(_CONTENT) and _GOVERNING.match(u.text, p.end, u.end) is not None)


# What makes a predicate the condition of another (出さないと、…却下される;
# 出さなければ, 出さない場合, 出す限り).
_CONDITION_AFTER = ("場合", "ならば", "なら、", "限り")


def conditional(text: str, p: Predicate) -> bool:
    """The predicate states a condition, not a fact, unless a verb of saying
    follows it (放棄すると表明した), or ends the sentence after …と、
    (引き上げないと、記者会見で明言した): what was said."""
    if p.tail.endswith(CONDITIONAL):
        return not text.startswith(_SAYING_AFTER, p.end)
    if text.startswith(_CONDITION_AFTER, p.end) or p.tail.endswith("なら"):
        return True
    if not (p.tail.endswith("と") and text.startswith("、", p.end)):
        return False
    end = text.find("。", p.end)
    return not any(w in text[p.end:len(text) if end == -1 else end] for w in _SAYING_AFTER)


def case_apart(claim: Unit, p: Predicate, unit: Unit) -> bool:
    """The claim limits its predicate to a case (…譲った場合は、…記録されない)
    that the details' sentence does not speak of: a general statement there
    is not denied by it."""
    lo, _ = clause_bounds(claim.text, p.start, claim.start, claim.end)
    case = _CASE.search(claim.text, lo, p.start)
    if case is None and lo - 1 > claim.start:
        # …or by the clause right before it, not further back.
        before, _ = clause_bounds(claim.text, lo - 2, claim.start, claim.end)
        case = _CASE_END.search(claim.text, before, lo)
        lo = before
    if case is None:
        return False
    words = set(NOUN_RUN.findall(claim.text, lo, case.start()))
    return bool(words) and not any(w in unit.body for w in words)


def describes_another(claim: Unit, unit: Unit, pe: Predicate) -> bool:
    """The details' verb describes a noun the claim never names (失った点数 /
    この記録が失われることはない): it says nothing of the claim's thing."""
    if not pe.adnominal:
        return False
    noun = NOUN_RUN.match(unit.text, pe.end, unit.end)
    # (…手本にした作品である: the noun is what the sentence is about, and the
    # verb says what was done with it.)
    return (noun is not None and noun.group() not in claim.body
            and not unit.text.startswith(_COPULA, noun.end()))


_COPULA = ("である", "であり", "であった", "でした", "です", "だ", "で、")


# The noun a verb describes, a count of it included (加盟する|11か国).
_HEAD_NOUN = compile_re(f"[0-9０-９]*[かカヶヵ]?[{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+")


def heads_another(unit: Unit, pe: Predicate, subject: str) -> bool:
    """The details' verb describes a noun (ESAに加盟する11か国) that is not
    the claim's subject (中国は加わっていない), named nowhere in its clause."""
    if not pe.adnominal:
        return False
    head = _HEAD_NOUN.match(unit.text, pe.end, unit.end)
    if head is None or subject in head.group():
        return False
    lo, hi = clause_bounds(unit.text, pe.start, unit.start, unit.end)
    return subject not in unit.text[lo:hi]


def offer_declined(claim: Unit, start: int, end: int, unit: Unit, q: Predicate) -> bool:
    """The claim declines an act (首相就任の打診は辞退した) that the details
    tell done to its subject, in the passive (打診された): that is the
    offer made, which the claim's subject may well have turned down."""
    return "辞退" in claim.text[start:end] and unit.text.startswith(("され", "られ"), q.start + len(q.key))
