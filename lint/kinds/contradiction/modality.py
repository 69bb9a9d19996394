"""Modality: the claim gives as planned or possible what the details say happened.

「加盟はなお検討段階にある」 where the details say 「2018年に加盟している」;
「成立する可能性がある」 where they say 「成立し、施行された」.  An *event*
is a verbal noun (加盟, 成立, 派遣, 移行); it is *open* when a word of
intention, possibility or expectation follows it in its clause (検討, 計画,
構想, 予定, 見通し, 目指す, 可能性, めどが立たない, 至っていない), and
*done* when it is inflected as an act (加盟した, 成立し, 派遣している,
移行された).  The claim and the detail sentence must speak of the same
thing (their arguments overlap), and the claim must not also state the event
done.  The reverse (done in the claim, open in the details) is reported too.

A claim may also leave open, in words of its own, what the details state
as done: 「観光業を経済の柱に育てる計画が進められている」 where they say
「観光業が経済の主力となり」; 「日本一を目指している」 where they say
「日本一であることが分かり」.  The open word ends the claim's clause; most
of the words before it are in one detail sentence, and that sentence has
no word of intention, possibility or expectation, and no negation.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.dated_clauses import dated_in_another
from lint.kinds.contradiction.event_words import NATIVE_VERBS, OPEN_WORDS, event_of, forms_of, owned_elsewhere
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.connectives import FORWARD
from lint.kinds.contradiction.polarity import about_the_same
from lint.kinds.contradiction.subjects import places_apart, topics_of_two_parties
from lint.kinds.contradiction.units import SENTENCE_ENDS, Conflict, Settings, Unit, containing
from lint.kinds.contradiction.verb_states import verb_state
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, chars, is_kanji

# Hiragana phrases that do the same (…のめどが立っていない, …には至っていない).
# めざす in kana (登録をめざしている), not めざましい.
OPEN_PHRASE = compile_re(r"(?:の|は|が|も|に|には)?(?:めど|目処|メド)が立っていな|(?:に|には)至っていな|をめざ[しすそさ]")
# An event word inflected as an act that happened (加盟した, 成立し, 派遣している).
DONE_TAIL = compile_re(r"(?:し|され|させ)(?:た|たが|たの|ていた|ている|ており|てい|て|ても)?")
# Acts that make the event they are done to happen (建国が宣言された).
REALIZING = {"宣言", "発表", "実施", "実現", "決定", "承認", "締結", "調印", "公布", "施行", "採択", "可決", "達成"}
# Verbs that carry an event out, done (同盟を結んだ, 調査が行われた, 登録が決まった).
DONE_BY_VERB = compile_re(r"(?:結ん|行っ|果たし|遂げ|終え|交わし|決まっ)(?:だ|た|で|て)|(?:結ば|行わ|交わさ)れ(?:た|て|、)")
# Grammar between an event word and the open word after it.
LINK = ("を", "の", "が", "は", "も", "する", "される", "への", "に", "には", "について", "に向けた", "に向け", "を")
# After an open word, an act that made the plan (方針を示した, 方針が打ち出された):
# it tells no plan left undone.
PLAN_MADE = compile_re(r"(?:が|を)(?:立て|立案|策定|まとめ|練|打ち出|示|固め|掲げ|定め|と[っりる]|取|採)")
# Acts of setting about an event (遠征に出発した, 改革に着手した).
SET_ABOUT = {"出発", "着手"}
_SET_ABOUT_VERB = compile_re(r"(?:踏み切っ|乗り出し)(?:た|て)")
# Alignment at which the one mention of an event in a sentence is taken for the claim's.
SOLO_ALIGN = 0.3


ADVERBS = ("なお", "まだ", "いまだ", "すでに")
AS_PLANNED = ("どおり", "通り", "どうり")
# A plan as the ground of what was done (イギリスの構想をもとに設計された).
AS_A_GROUND = ("をもとに", "を基に", "に基づ", "を元に")


def _open_after(found: list[Chunk], k: int, text: str) -> Optional[int]:
    """End of the open word that follows chunk ``k`` in its clause, if one does."""
    c = found[k]
    m = OPEN_PHRASE.match(text, c.end)
    if m:
        return m.end()
    grammar = c.grammar
    for adverb in ADVERBS:
        if grammar.endswith(adverb):
            grammar = grammar[:-len(adverb)]
    if grammar not in LINK:
        return None
    for nxt in found[k + 1:k + 3]:
        if nxt.clause != c.clause:
            return None
        if nxt.word.startswith(OPEN_WORDS) and not nxt.word.endswith("的"):  # 計画的に: a manner, no plan
            # 予定どおり実行され, 予定通り行われた: done as planned.
            if text.startswith(AS_PLANNED + AS_A_GROUND, nxt.end) or (
                    nxt.word.startswith("予定") and text.startswith(AS_PLANNED, nxt.start + len("予定"))):
                return None
            return nxt.end
        if nxt.word not in ("未", "今後", "現在"):
            return None
    return None


def _states(u: Unit, cache: dict) -> list[tuple[str, int, int, bool]]:
    """(event, start, end, open?) for each event word the unit makes open or done."""
    key = ("modality", u.start, u.end)
    found = cache.get(key)
    if found is not None:
        return found
    found = cache[key] = []
    cs = unit_chunks(u, cache)
    for k, c in enumerate(cs):
        event = event_of(c.word)  # the verbal noun it ends with (石油輸出国機構への|加盟 → 加盟)
        if event is None:
            verb = verb_state(cs, k)
            if verb is not None:
                found.append(verb)
            continue
        start = c.end - len(event)
        end = _open_after(cs, k, u.text)
        if end is not None:
            found.append((event, start, end, True))
        elif DONE_TAIL.fullmatch(c.grammar) and _open_after_tail(cs, k) is None:
            found.append((event, start, c.end + len(c.grammar), False))
        elif c.grammar in ("が", "を", "は") and k + 1 < len(cs) and cs[k + 1].clause == c.clause and (
                cs[k + 1].word in REALIZING and DONE_TAIL.fullmatch(cs[k + 1].grammar)
                or DONE_BY_VERB.match(u.text, cs[k + 1].start)):
            # 建国が宣言された, 協定を締結した, 同盟を結んだ: the act makes the event happen.
            found.append((event, start, cs[k + 1].grammar_end, False))
        elif c.grammar == "に" and k + 1 < len(cs) and cs[k + 1].clause == c.clause and (
                cs[k + 1].word in SET_ABOUT and DONE_TAIL.fullmatch(cs[k + 1].grammar)
                or _SET_ABOUT_VERB.match(u.text, cs[k + 1].start)):
            # 東方遠征に出発した, 改革に着手した, 攻撃に踏み切った: the event begun.
            found.append((event, start, cs[k + 1].grammar_end, False))
    return found


def _open_after_tail(found: list[Chunk], k: int) -> Optional[int]:
    """An open word right after a done-looking tail (加盟する予定, 実施される見通し)."""
    c = found[k]
    if k + 1 < len(found) and found[k + 1].clause == c.clause and found[k + 1].word.startswith(OPEN_WORDS):
        if c.grammar in ("する", "される", "することを", "を", "の"):
            return found[k + 1].end
    return None


# A word that may leave an event open: a claim or details without one have no open event.
OPEN_HINT = compile_re("|".join([*OPEN_WORDS, "めど", "目処", "メド", "至っていな", "めざ[しすそさ]"]))


def _open_details(details: list[Unit], cache: dict) -> set[int]:
    """Starts of the detail sentences with a word that may leave an event open."""
    found = cache.get("open-details")
    if found is None:
        found = cache["open-details"] = {u.start for u in details if OPEN_HINT.search(u.text, u.start, u.end)}
    return found


def _open_event_forms(details: list[Unit], opened: set[int], cache: dict) -> tuple[str, ...]:
    """Every form of the events the details leave open (a sentence that
    leaves one open has a word of :data:`OPEN_HINT`); once per post."""
    found = cache.get("open-event-forms")
    if found is None:
        events = {e for u in details if u.start in opened for e, _, _, o in _states(u, cache) if o}
        found = cache["open-event-forms"] = tuple(f for e in sorted(events) for f in forms_of(e))
    return found


def may_conflict(claim: Unit, details: list[Unit], cache: dict) -> bool:
    """The claim makes an event open or done that some detail sentence also names."""
    claim_open = OPEN_HINT.search(claim.text, claim.start, claim.end) is not None
    if _unrealised(claim, cache):
        return True
    opened = _open_details(details, cache)
    if not claim_open and not opened:
        return False
    if not claim_open:
        # Without a word that leaves an event open, the claim's events are
        # all done: only an event the details leave open, named in the
        # claim, can conflict.
        body = claim.body
        if not any(form in body for form in _open_event_forms(details, opened, cache)):
            return False
    mine = _states(claim, cache)
    for event, _, _, is_open in mine:
        forms = forms_of(event)
        # A done event is contradicted only where a sentence can leave it open.
        found = [u for u in containing(details, forms, cache) if is_open or u.start in opened]
        if any(e == event and o != is_open for u in found for e, _, _, o in _states(u, cache)):
            return True
    return False


# Words that end a claim's clause leaving what it says open.
# (研究 only after か: 使えないか研究が進められている; 研究が進み is done.)
UNREALISED = compile_re(r"計画|構想|予定|見通し|見込み|方針|検討|目指|(?<=か)(?:研究|調査)|模索|可能性|目標")
# The content words the rest of that clause may hold (計画が|進|められている,
# 方針を|示|すにとどまった, 検討|段階|にある, 可能性を|口|にした, 目指すことで|一致|した); any other (目指して|設立|された)
# makes the open word a purpose of something done.
UNREALISED_REST = ("進", "示", "段階", "立", "中", "発表", "表明", "掲", "口", "一致")
_REST_WORD = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]+")
# A detail sentence with one of these may itself leave the thing open or unsure.
HEDGES = compile_re("|".join([*OPEN_WORDS, "めど", "目処", "至っていな", "めざ[しすそさ]", "目標", "狙", "意向", "期待", "将来", "今後",
                              "予想", "想定", "予測", "だろう", "かもしれ", "取り組", "努め", "努力", "追求", "推進", "課題", "使命", "目的", "提案",
                              "候補", "試み", "見られ", "みられ", "考え", "可能", "つもり", "よう(?!にな)", "べき", "たい",
                              # reported, not asserted
                              "とされ", "とみ", "指摘", "懸念", "報告", "という", "との", "示唆", "表明",
                              # held back, or only asked for
                              "見直", "延期", "凍結", "中止", "断念", "撤回", "白紙", "求め", "要求", "訴え", "呼びかけ"]))
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


NUMBER_WORD = compile_re("[0-9０-９]")
# Time words are not what a clause is about.
TIME_WORDS = frozenset({"近年", "現在", "今後", "将来", "当初", "現時点", "同年", "昨年", "今年", "最近", "現状", "当面"})
# Share of the claim clause's words a detail sentence must hold (two at least).
UNREALISED_COVERAGE = 0.5


def _unrealised(claim: Unit, cache: dict) -> list[tuple[int, int, list[str], Optional[str]]]:
    """(start, end, words, act) for each open word that ends a clause of the
    claim: the words are those of the clause before it (and of the clause
    before that when it has fewer than two), and the object or goal of the
    verb right before the open word, if there is one."""
    key = ("unrealised", claim.start, claim.end)
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
                w not in UNREALISED_REST for w in _REST_WORD.findall(rest)):
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
            if len(before) >= 2 and before[-2].clause == clause and (
                    before[-2].grammar in ("を", "に", "へ")):
                done_to = before[-2].word
            elif before[-1].grammar.endswith("を") and before[-1].end + len(before[-1].grammar) == m.start():
                # 割引を|検討: the act weighed; of an act of starting, what it starts (事業への|参入を|検討).
                done_to = before[-2].word if before[-1].word in _STARTING and len(before) >= 2 and (
                    before[-2].grammar in ("の", "への")) else before[-1].word
            found.append((m.start(), stop, words, done_to))
    return found


def _clause_words(chunks: list[Chunk], clause: int) -> list[str]:
    return [c.word for c in chunks if c.clause == clause and len(c.word) >= 2 and c.word not in TIME_WORDS
            and not c.word.startswith(UNREALISED_OPENERS)]


UNREALISED_OPENERS = ("計画", "構想", "予定", "検討", "研究")
_STARTING = ("参入", "導入", "実施", "開始", "着手", "実現")
# …を口にするにとどまった: the plan went no further than its telling.
_GONE_NO_FURTHER = compile_re("とどま|止ま|だけ|のみ|過ぎな")
# The last letters of a name a project's word may follow.
_NAME_LAST = chars(PLAIN_KATAKANA) | set("・」』")


def _unrealised_conflicts(claim: Unit, aligned: list[Unit], cache: dict) -> list[Conflict]:
    out: list[Conflict] = []
    for s, e, words, done_to in _unrealised(claim, cache):
        best = None
        for unit in aligned:
            body = unit.body
            if not body.rstrip().endswith(SENTENCE_ENDS) or done_to is not None and done_to not in body:
                continue  # a heading states nothing; nor a sentence without what the act is done to
            held = [w for w in words if w in body]
            # A number of the claim's clause (2030年まで延ばす方針) is said where it is told.
            if len(held) < 2 or len(held) < UNREALISED_COVERAGE * len(words) or any(
                    w not in held and NUMBER_WORD.search(w) for w in words):
                continue
            if HEDGES.search(body) or _negated(body):
                continue
            if best is None or len(held) > len(best[1]):
                best = (unit, held)
        if best is None:
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


# An aim told as a past act (就任を目指して…頼り, 目指した), the sentence
# saying neither that it goes on nor that it failed: what was aimed at may
# have come after.
_AIMED_THEN = compile_re(r"(?<=目指|めざ)(?:した|して(?![いお]))")
_FAILED = compile_re(r"果たせ|かなわ|叶わ|至らな|とどま|失敗|断念|できな|実現しな|頓挫|挫折|"
                     r"てい|てお|続|今も|現在も|なお|いまだ|未だ")


def _aim_of_the_past(claim: Unit, e: int) -> bool:
    return _AIMED_THEN.match(claim.text, e) is not None and not _FAILED.search(claim.text, e, claim.end)


def _asked_in_claim(claim: Unit, unit: Unit, us: int, ue: int) -> bool:
    """The claim names the details' asking as what led to its act (要請を
    受けたCSTOが部隊を派遣した / 部隊の派遣を要請して): no act denied."""
    return any(w in unit.text[us:min(ue + 4, unit.end)] and w in claim.body for w in ("要請", "申請", "打診"))


def compare(claim: Unit, aligned: list[Unit], details: list[Unit], cfg: Settings, cache: dict) -> list[Conflict]:
    out: list[Conflict] = []
    mine = _states(claim, cache)
    for event, s, e, is_open in mine:
        if any(ev == event and o != is_open for ev, _, _, o in mine):
            continue  # the claim says both (検討の末に加盟した)
        # A word of intention as the event (検討の段階 / 検討されている): to
        # consider is the open state itself, done or not.
        if event.removeprefix("v:").startswith(OPEN_WORDS):
            continue
        if is_open and _aim_of_the_past(claim, e):
            continue
        best = None
        # The native verb too (開催 / 開かれた), unless the claim says that verb
        # itself (国内で開かれておらず、開催を検討): then it tells its own state.
        native = NATIVE_VERBS.get(event)
        if native is not None and any(c.word == native[2:] for c in unit_chunks(claim, cache)):
            native = None
        for unit in aligned:
            states = [st for st in _states(unit, cache) if st[0] == event or st[0] == native]
            for ev, us, ue, o in states:
                same, closeness = about_the_same(claim, s, e, unit, us, ue, cache, cfg.argument_overlap)
                # An event word is specific: in a sentence aligned with the
                # claim that names it once, it is the same event.
                if not same and (event.startswith("v:") or not (len(states) == 1 and unit.score >= SOLO_ALIGN)):
                    continue
                rank = (closeness, o == is_open, unit.score)
                if best is None or rank > best[0]:
                    best = (rank, unit, us, ue)
        if best is None or best[0][1]:
            continue
        if not is_open and any(st[0] == event and not st[3] for u in aligned for st in _states(u, cache)):
            continue  # applied for and then done (加盟を申請し… / …に加盟した): the details tell both
        _, unit, us, ue = best
        if not is_open and PLAN_MADE.match(unit.text, ue, unit.end):
            continue  # a plan made (建設する計画が立てられた), which the work may follow
        if not is_open and _asked_in_claim(claim, unit, us, ue) or owned_elsewhere(unit, us, claim.body):
            continue
        # …nor is one of two parties, places or years.
        if (topics_of_two_parties(claim, s, unit, us, cache) or places_apart(claim, s, unit, us)
                or e - s >= 2 and dated_in_another(claim, s, claim.text[s:s + 2], unit, us, details, cache)):
            continue
        out.append(Conflict("modality", s, e, unit, us, ue, claim.text[s:e], unit.text[us:ue]))
    # The reading by event words first: it quotes the very event.
    return out + _unrealised_conflicts(claim, aligned, cache)
