"""Plans: a claim leaves open, in words of its own, what the details state
as done.

「観光業を経済の柱に育てる計画が進められている」 where they say
「観光業が経済の主力となり」; 「日本一を目指している」 where they say
「日本一であることが分かり」.  The open word ends the claim's clause; most
of the words before it are in one detail sentence, and that sentence has
no word of intention, possibility or expectation, and no negation.  What
the planned act is done to (割引を|検討), or the act itself (五輪が|開かれる|
予定), must be told there too: a sentence of another act (開催地に選んだ)
tells nothing of this one.

    pass: 2032年には港町で大会が開かれる予定だ / 2021年、委員会は2032年の大会の開催地に港町を選んだ
    fail: 2032年には港町で大会が開かれる予定だ / 2032年の大会は港町で開かれ、多くの観客を集めた
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.numerals import HAS_DIGIT
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.connectives import FORWARD
from lint.kinds.contradiction.dated import clauses_dated_apart
from lint.kinds.contradiction.dated_clauses import sentence_dated_apart
from lint.kinds.contradiction.event_words import OPEN_WORDS
from lint.kinds.contradiction.restated import word_grams
from lint.kinds.contradiction.units import WORD_RUN, SENTENCE_ENDS, Conflict, Unit
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, chars, is_kanji
from lint.text.tokens import clause_bounds

_HIRAGANA_SET = chars(HIRAGANA)

# A plan as the ground of what was done (イギリスの構想をもとに設計された).
AS_A_GROUND = ("をもとに", "を基に", "に基づ", "を元に")

# Words that end a claim's clause leaving what it says open.
# (研究 only after か: 使えないか研究が進められている; 研究が進み is done.)
UNREALISED = compile_re(r"計画|構想|予定|見通し|見込み|方針|検討|目指|(?<=か)(?:研究|調査)|模索|可能性|目標")
# The content words the rest of that clause may hold (計画が|進|められている,
# 方針を|示|すにとどまった, 検討|段階|にある, 可能性を|口|にした, 目指すことで|一致|した); any other (目指して|設立|された)
# makes the open word a purpose of something done.
UNREALISED_REST = ("進", "示", "段階", "立", "中", "発表", "表明", "掲", "口", "一致")
# A detail sentence with one of these may itself leave the thing open or unsure.
HEDGES = compile_re("|".join([*OPEN_WORDS, "めど", "目処", "至っていな", "めざ[しすそさ]", "目標", "狙", "意向", "期待", "将来", "今後",
                              "予想", "想定", "予測", "だろう", "かもしれ", "取り組", "努め", "努力", "追求", "推進", "課題", "使命", "目的", "提案",
                              "候補", "試み", "見られ", "みられ", "考え", "可能", "つもり", "よう(?!にな)", "べき", "たい",
                              # reported, not asserted
                              "とされ", "とみ", "指摘", "懸念", "報告", "という", "との", "示唆", "表明",
                              # held back, or only asked for
                              "見直", "延期", "凍結", "中止", "断念", "撤回", "白紙", "求め", "要求", "訴え", "呼びかけ",
                              # decided, to be done (廃止することを決めた)
                              "ことを決め", "ことが決ま", "ことを決定", "ことで合意"]))
# After 方針, what makes it a rule in force (方針となっている, 方針である).
POLICY_IN_FORCE = ("となっ", "となる", "である", "であり", "だ", "です", "とされ")
# The open word is the topic there, not the clause's predicate (可能性について).
NOT_PREDICATE = ("について", "に関", "の", "とし", "とする", "を巡", "をめぐ")
# …but 計画の段階にある is the clause's predicate: still a plan.
STAGE = "の段階"
_DETAIL_NEGATION = compile_re(r"な[いかく]|ず[、。にもと]|ません|ぬ[。、]|[未無]")
_HIRAGANA_RUN = compile_re(f"[{HIRAGANA}]*")


_ADNOMINAL_NEGATION = compile_re(r"な(?:い|かった)$")


def _negated(body: str) -> bool:
    """A negation in the sentence that is not inside a relative clause
    (従来の閘門を通れなかった|幅の広い船: it picks out the ships)."""
    for m in _DETAIL_NEGATION.finditer(body):
        run = _HIRAGANA_RUN.match(body, m.start())
        after = run.end()
        if not (_ADNOMINAL_NEGATION.search(run.group()) and after < len(body) and is_kanji(body[after])):
            return True
    return False


# Time words are not what a clause is about.
TIME_WORDS = frozenset({"近年", "現在", "今後", "将来", "当初", "現時点", "同年", "昨年", "今年", "最近", "現状", "当面"})
# Words that tell a plan carried out.
_CARRIED_OUT = compile_re("完成|竣工|落成|開館|開業|開通|開港|開設|開校|開園|実現|発効|施行|完了|設立され|建設され")
def _carried_out(unit: Unit, held: list[str]) -> bool:
    """A clause of ``unit`` holding the plan's words tells it carried out
    (新しい図書館は駅前に2022年に完成し; not 2017年に最初の区画が完成した)."""
    for m in _CARRIED_OUT.finditer(unit.text, unit.start, unit.end):
        lo, hi = clause_bounds(unit.text, m.start(), unit.start, unit.end)
        if any(w in unit.text[lo:hi] for w in held):
            return True
    return False


# The least an open word's own clause has (in bigrams), and the share of it
# a hedged sentence must hold to tell that plan as a plan.
OWN_CLAUSE_GRAMS = 3
OWN_CLAUSE_TOLD = 0.75
# Share of the claim clause's words a detail sentence must hold (two at least).
UNREALISED_COVERAGE = 0.5


def planned_clauses(claim: Unit, cache: dict) -> list[Planned]:
    """A :class:`Planned` for each open word that ends a clause of the
    claim: the words are those of the clause before it (and of the clause
    before that when it has fewer than two), and the object or goal of the
    verb right before the open word, if there is one."""
    key = ("planned", claim.start, claim.end)
    found = cache.get(key)
    if found is not None:
        return found
    found = cache[key] = []
    text = claim.text
    chunks = unit_chunks(claim, cache)
    for m in UNREALISED.finditer(text, claim.start, claim.end):
        if m.start() > claim.start and text[m.start() - 1] in _NAME_LAST or text.startswith(("」", "』"), m.end()):
            continue  # the name of a project (スノーウィー・マウンテンズ計画, 「アポロ」計画, 「…化計画」), no plan
        stop = m.end()
        while stop < claim.end and text[stop] not in "、。，":
            stop += 1
        rest = text[m.end():stop]
        if rest.startswith(AS_A_GROUND):
            continue
        if len(rest) > 16 or rest.startswith(NOT_PREDICATE) and not rest.startswith(STAGE) or any(
                w not in UNREALISED_REST for w in WORD_RUN.findall(rest)):
            continue
        if rest.startswith(("した", "された")) or rest in ("し", "され"):
            continue  # 運河を計画した, 府によって計画され: a past act of planning, which what was done may follow
        if rest.startswith("を") and rest.endswith(("た", "し", "して")) and not rest.endswith(("ていた", "でいた")) and (
                not _GONE_NO_FURTHER.search(rest)):
            continue  # 構想を示した, 計画を発表し: the plan was put forward, which says nothing of its end
        if m.group() == "方針" and rest.startswith(POLICY_IN_FORCE):
            continue  # …を使うのが方針となっている: a rule in force, no plan
        before = [c for c in chunks if c.end <= m.start()]
        if not before:
            continue
        clause = before[-1].clause
        # An act done to get there (建武式目を定めて方針を示し): the plan was
        # carried out.  (…を受けて, …を経て link a cause, no act.)
        if any(a.grammar == "を" and b.grammar.endswith("て") and b.clause == clause
               and not FORWARD.match(claim.text, a.end) for a, b in zip(before, before[1:])):
            continue
        words = _clause_words(before, clause)
        if len(words) < 2 and clause > 0:
            words = _clause_words(before, clause - 1) + words
        if len(words) >= 2:
            # What the planned act is done to, right before it, must be told
            # too (対象を|広げる|方針 / …TACを定め…転換した: no scope widened;
            # 収入源に|育てる|計画 / …主な収入源となった).
            done_to = None
            if before[-1].grammar.endswith("を") and before[-1].end + len(before[-1].grammar) == m.start():
                # 割引を|検討: the act weighed; of an act of starting, what it starts (事業への|参入を|検討).
                # (A few kana before を end the word: 墓じまいを, 見直しを.)
                kana = before[-1].grammar[:-1]
                done_to = before[-2].word if before[-1].word in _STARTING and len(before) >= 2 and (
                    before[-2].grammar in ("の", "への")) else before[-1].word + (
                        kana if len(kana) <= 3 and not set(kana) & set("とかてでよのら") and kana not in _NOT_WORD_KANA
                        else "")
            elif len(before) >= 2 and before[-2].clause == clause and before[-2].grammar in ("を", "に", "へ"):
                done_to = before[-2].word
            # …が開かれる|予定: the act planned, which the details must tell done.
            act = before[-1].word if done_to is None and _VERB_CHUNK.fullmatch(before[-1].word) and (
                before[-1].grammar[:1] in _VERB_KANA) else None
            # The open word's own clause, up to it (さらに多くの県で|検討).
            lo = clause_bounds(text, m.start(), claim.start, claim.end)[0]
            found.append(Planned(m.start(), stop, words, done_to, act, text[lo:m.end()]))
    return found


# Kana before を that end no word: a list's end, a limit (再開発などを, だけを).
_NOT_WORD_KANA = ("など", "たち", "だけ", "のみ", "ばかり", "まで")


class Planned(NamedTuple):
    start: int  # of the open word
    end: int  # of its clause
    words: list[str]  # the clause's other words
    done_to: Optional[str]  # what the planned act is done to, if the claim says it
    act: Optional[str]  # the planned verb, when nothing is said it is done to
    own: str  # the open word's own clause, up to and with the open word


_VERB_CHUNK = compile_re(f"[{KANJI_UNIFIED}]{{1,2}}")
_VERB_KANA = frozenset("かさしすせたちつなまみむめらりるれわえけげべばぶぼ")  # (not が, に, の: particles)


def _act_told(act: str, body: str) -> bool:
    """The act told as a verb: its stem and kana (開かれた), or a verbal noun
    it is or heads and する (開催された); a noun it heads (開催地), or the
    verbal noun before a particle (開催の是非), tells no act."""
    at = body.find(act)
    while at >= 0:
        after = body[at + len(act):at + len(act) + 2]
        if len(act) == 1 and after[:1] in _HIRAGANA_SET and after[:1] not in _PARTICLES or (
                after[:1] in "しさすせ" or len(after) == 2 and is_kanji(after[0]) and after[1] in "しさすせ"):
            return True
        at = body.find(act, at + 1)
    return False


_PARTICLES = frozenset("のをがはにともで")


def _clause_words(chunks: list[Chunk], clause: int) -> list[str]:
    return [c.word for c in chunks if c.clause == clause and len(c.word) >= 2 and c.word not in TIME_WORDS
            and not c.word.startswith(UNREALISED_OPENERS)]


UNREALISED_OPENERS = ("計画", "構想", "予定", "検討", "研究")
_STARTING = ("参入", "導入", "実施", "開始", "着手", "実現")
# …を口にするにとどまった: the plan went no further than its telling.
_GONE_NO_FURTHER = compile_re("とどま|止ま|だけ|のみ|過ぎな")
# The last letters of a name a project's word may follow.
_NAME_LAST = chars(PLAIN_KATAKANA) | set("・」』")


def _held(word: str, body: str) -> bool:
    """``word`` in ``body``, a katakana word as a whole (シェーダー is not メッシュシェーダー)."""
    if word[0] not in _KATAKANA_SET and word[-1] not in _KATAKANA_SET:
        return word in body
    at = body.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and body[at - 1] in _KATAKANA_SET and word[0] in _KATAKANA_SET
                or end < len(body) and body[end] in _KATAKANA_SET and word[-1] in _KATAKANA_SET):
            return True
        at = body.find(word, at + 1)
    return False


_KATAKANA_SET = chars(PLAIN_KATAKANA + "ー")


def _decided(act: Optional[str], body: str) -> bool:
    """The act itself decided on, not done (出産することにした); a decision
    about another act of the sentence (施設を残すことにした) leaves it told."""
    at = -1 if act is None else body.find(act)
    while at >= 0:
        if _DECISION_AFTER.match(body, at + len(act)):
            return True
        at = body.find(act, at + 1)
    return False


_DECISION_AFTER = compile_re(f"[{HIRAGANA}]{{0,4}}ことにし")


def compare(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    """Each open clause of the claim against the aligned detail sentence telling it done."""
    out: list[Conflict] = []
    for s, e, words, done_to, act, own in planned_clauses(claim, cache):
        best = None
        planned_held = 0  # the most of the words a sentence telling the plan as a plan holds
        # (…and whether one tells the open word's own clause, 今後も住宅などを
        # 増やす計画 / 今後はさらに住宅や店舗を増やす計画だが.)
        own_told = False
        own_grams = word_grams(own)
        for unit in aligned:
            body = unit.body
            if not body.rstrip().endswith(SENTENCE_ENDS) or done_to is not None and done_to not in body or (
                    act is not None and not _act_told(act, body)):
                continue  # a heading states nothing; nor a sentence without what the act is done to, or the act
            held = [w for w in words if _held(w, body)]
            hedged = HEDGES.search(body) is not None or _negated(body) or _decided(act, body)
            if hedged and len(own_grams) >= OWN_CLAUSE_GRAMS and len(own_grams & word_grams(body)) >= OWN_CLAUSE_TOLD * len(
                    own_grams):
                own_told = True
            # A number of the claim's clause (2030年まで延ばす方針) is said where it is told.
            if len(held) < 2 or len(held) < UNREALISED_COVERAGE * len(words) or any(
                    w not in held and HAS_DIGIT.search(w) for w in words):
                continue
            if hedged:
                planned_held = max(planned_held, len(held))
                continue
            # Another year's act (2028年に…開かれる可能性 / 2013年に…公演を行い).
            if sentence_dated_apart(claim, s, unit, unit.start, cache) or clauses_dated_apart(claim, s, unit, unit.start, cache):
                continue
            if best is None or len(held) > len(best[1]):
                best = (unit, held)
        # The plan is told as a plan where its words are (…長岡市の馬高遺跡も
        # 訪ねる予定だ), whatever else a sentence naming them tells as done
        # (1936年に長岡市の馬高遺跡で見つかった).
        # (…unless that sentence tells the plan carried out: 図書館は駅前に2022年に完成し.)
        if best is None or (planned_held >= len(best[1]) or own_told) and not _carried_out(*best):
            continue
        unit, held = best
        # The evidence: from the first to the last of the shared words.
        starts = [unit.text.find(w, unit.start, unit.end) for w in held]
        us = min(starts)
        ue = max(st + len(w) for st, w in zip(starts, held))
        # ... and on to the end of that clause, where its predicate is (past
        # a topic's comma: 埠頭と臨港道路は、…完成した).
        while ue < unit.end and unit.text[ue] not in "、。，":
            ue += 1
        if unit.text[ue - 1] in "はがも" and unit.text[ue:ue + 1] == "、":
            ue += 1
            while ue < unit.end and unit.text[ue] not in "、。，":
                ue += 1
        out.append(Conflict("modality", s, e, unit, us, ue, claim.text[s:e], unit.text[us:ue]))
    return out
