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
as done: see :mod:`~lint.kinds.contradiction.plans`.
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.connectives import PLAIN_VERB_LAST
from lint.kinds.contradiction.dated import clauses_dated_apart, sentence_years, years_of_clause
from lint.kinds.contradiction.dated_clauses import dated_in_another
from lint.kinds.contradiction.event_words import NATIVE_VERBS, OPEN_WORDS, event_of, forms_of, owned_elsewhere
from lint.kinds.contradiction.chunks import Chunk, unit_chunks
from lint.kinds.contradiction.closeness import about_the_same
from lint.kinds.contradiction.subjects import places_apart, topics_of_two_parties
from lint.kinds.contradiction.tense import PAST_END
from lint.kinds.contradiction import plans
from lint.kinds.contradiction.plans import AS_A_GROUND, planned_clauses
from lint.kinds.contradiction.series import quantities
from lint.kinds.contradiction.units import Conflict, Settings, Unit, containing
from lint.kinds.contradiction.verb_states import verb_state
from lint.text.tokens import clause_bounds

# Hiragana phrases that do the same (…のめどが立っていない, …には至っていない).
# めざす in kana (登録をめざしている), not めざましい.
OPEN_PHRASE = compile_re(r"(?:の|は|が|も|に|には)?(?:めど|目処|メド)が立っていな|(?:に|には)至っていな|をめざ[しすそさ]")
# An event word inflected as an act that happened (加盟した, 成立し, 派遣している).
DONE_TAIL = compile_re(r"(?:し|され|させ)(?:た|たが|たの|ていた|ている|ており|てい|て|ても)?")
# Acts that make the event they are done to happen (建国が宣言された).
REALIZING = {"宣言", "発表", "実施", "実現", "決定", "承認", "締結", "調印", "公布", "施行", "採択", "可決", "達成",
             "成立", "完了", "完成", "終了"}
# Adverbs a chunk's particle may carry before that act (合意が|すでに|成立している).
_DONE_ADVERBS = compile_re("(?:すでに|既に|すべて|全て|ほぼ|ようやく|ついに|無事に|正式に)*")
# Nouns of the work an event is carried out by (延伸工事, 移転作業): the event is the word before.
_WORK = ("工事", "作業")
# Verbs that carry an event out, done (同盟を結んだ, 調査が行われた, 登録が決まった).
DONE_BY_VERB = compile_re(r"(?:結ん|行っ|果たし|遂げ|終え|交わし|決まっ)(?:だ|た|で|て)|(?:結ば|行わ|交わさ)れ(?:た|て|、)")
# Grammar between an event word and the open word after it.
LINK = ("を", "の", "が", "は", "も", "する", "される", "への", "に", "には", "について", "に向けた", "に向け", "を",
        # …or the act made a thing (制限することを検討, 開館させることが計画された).
        "することを", "することが", "することも", "させる", "させることを", "させることが", "させることも")
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
# A requirement met (理論の要請を満たす): no act asked for.
FOLLOWED = ("を満た",)


# Steps toward an event (準備, 交渉) told as begun in the past.
STEPS = ("準備", "交渉", "協議", "申請", "打診")
_BEGUN_THEN = compile_re(r"(?:を|に)(?:始め|開始し|当たっ|あたっ|入っ)た")


_DATE_WORD = compile_re(r"[0-9０-９]{1,4}(?:年|月|日|年度)(?:[0-9０-９]{1,2}(?:月|日))*")


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
        word = nxt.word.removeprefix("今後")  # (登録が今後見込まれる)
        if word.startswith(OPEN_WORDS) and not word.endswith("的"):  # 計画的に: a manner, no plan
            # 予定どおり実行され, 予定通り行われた: done as planned.
            if text.startswith(AS_PLANNED + AS_A_GROUND + FOLLOWED, nxt.end) or (
                    nxt.word.startswith("予定") and text.startswith(AS_PLANNED, nxt.start + len("予定"))):
                return None
            if nxt.word.startswith(STEPS) and _BEGUN_THEN.match(text, nxt.end):
                return None  # 設立の準備を始めた: a step taken then, which says nothing of the end
            return nxt.end
        # (…開館に向けて準備: 向けて is the link; 調印が1858年に予定: the date the plan is for.)
        if nxt.word not in ("未", "今後", "現在") and not (nxt.word == "向" and nxt.grammar.startswith("け")) and not (
                _DATE_WORD.fullmatch(nxt.word) and nxt.grammar in ("に", "には", "から")):
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
        worked = event_of(c.word[:-2]) if event in _WORK and len(c.word) >= 4 else None
        work = 2 if worked is not None else 0
        event = worked or event
        if event is None:
            verb = verb_state(cs, k)
            if verb is not None:
                found.append(verb)
            continue
        start = c.end - work - len(event)
        end = _open_after(cs, k, u.text)
        if end is not None:
            found.append((event, start, end, True))
        elif (DONE_TAIL.fullmatch(c.grammar) and _open_after_tail(cs, k) is None and not _planned_later(cs, k)
              and not _supposed(cs, k, u)):
            found.append((event, start, c.end + len(c.grammar), False))
        elif c.grammar[:1] in ("が", "を", "は") and _DONE_ADVERBS.fullmatch(c.grammar, 1) and k + 1 < len(cs) and (
                cs[k + 1].clause == c.clause) and (
                cs[k + 1].word in REALIZING and DONE_TAIL.fullmatch(cs[k + 1].grammar)
                or DONE_BY_VERB.match(u.text, cs[k + 1].start)):
            # 建国が宣言された, 協定を締結した, 同盟を結んだ: the act makes the event happen.
            found.append((event, start, cs[k + 1].grammar_end, False))
        elif c.grammar == "に" and k + 1 < len(cs) and cs[k + 1].clause == c.clause and (
                cs[k + 1].word in SET_ABOUT and DONE_TAIL.fullmatch(cs[k + 1].grammar)
                or _SET_ABOUT_VERB.match(u.text, cs[k + 1].start)):
            # 東方遠征に出発した, 改革に着手した, 攻撃に踏み切った: the event begun.
            found.append((event, start, cs[k + 1].grammar_end, False))
        elif c.grammar == "に" and k + 1 < len(cs) and cs[k + 1].word == "至" and (
                reached := verb_state(cs, k + 1)) is not None:
            # 合意に至る可能性 / 合意に至った: the event reached, or only weighed.
            found.append((event, start, reached[2], reached[3]))
    return found


# Nouns a done-looking verb may set a time or a case by (廃止した後に, 決まった場合).
_TIME_NOUNS = frozenset({"後", "あと", "前", "際", "場合", "時", "とき"})


_NOW = compile_re("今も|現在|いまも|今なお|依然")


def _planned_before(claim: Unit, s: int, unit: Unit, cache: dict) -> bool:
    """The details' sentence of the plan is dated before the claim's act (1940年
    …合同の方針が宣言された / 1941年に合同して): the plan came first."""
    # (One year, and no plan of now: 1990年に設立された公団が、今も…目指している.)
    mine, theirs = years_of_clause(claim, s, cache), sentence_years(unit, cache)
    return len(theirs) == 1 and bool(mine) and max(theirs) < min(mine) and _NOW.search(unit.body) is None


def _supposed(found: list[Chunk], k: int, u: Unit) -> bool:
    """The act, done-looking, only sets a time for a sentence that does not
    tell the past (廃止した後にずれをどう扱うかも決まっていない): supposed, not done."""
    after = found[k + 1] if k + 1 < len(found) else None
    return (after is not None and after.start == found[k].grammar_end and after.word in _TIME_NOUNS
            and PAST_END.search(u.body) is None)


def planned_act(u: Unit, at: int, cache: dict) -> bool:
    """The verb at ``at`` is part of what a plan after it describes (空港を改修
    して滑走路を延ばし、…使う計画を進めている, 選挙が行われる予定): no act done."""
    found = unit_chunks(u, cache)
    k = next((k for k, c in enumerate(found) if c.start <= at < c.end), None)
    # (…or right before the plan's word: 選挙が行われる予定だったが.)
    return k is not None and (_planned_later(found, k) or k + 1 < len(found) and found[k].grammar.endswith(_PLAIN_VERB)
                              and found[k + 1].word.startswith(OPEN_WORDS)
                              and found[k + 1].start == found[k].end + len(found[k].grammar))


def _planned_later(found: list[Chunk], k: int) -> bool:
    """The act, done-looking (公開して), is part of what a plan later in its
    clause describes (…を公開して出資を募る|構想), or in the next clause when
    the act is the first of two joined (構造を転換し、…産業を育てる|方針): no
    act done."""
    g = found[k].grammar
    joined = g == "し" or g.endswith("て")
    # (Not past a clause with a subject or a time of its own: 空港を改修し、翌年
    # には別の空港を建設する計画を立てた tells two acts.)
    return joined and any(
        (c.clause == found[k].clause or g in ("し", "して") and c.clause == found[k].clause + 1
         and not any(d.clause == c.clause and d.grammar in _OWN_FRAME for d in found[k + 1:j]))
        and c.word.startswith(OPEN_WORDS) and found[j - 1].grammar.endswith(_PLAIN_VERB)
        for j, c in enumerate(found[k + 1:], k + 1))


_OWN_FRAME = ("は", "が", "には", "では", "も")


_PLAIN_VERB = tuple(PLAIN_VERB_LAST)


def _open_after_tail(found: list[Chunk], k: int) -> Optional[int]:
    """An open word right after a done-looking tail (加盟する予定, 実施される見通し)."""
    c = found[k]
    if k + 1 < len(found) and found[k + 1].clause == c.clause and found[k + 1].word.startswith(OPEN_WORDS):
        if c.grammar in ("する", "される", "することを", "を", "の"):
            return found[k + 1].end
        # (An act whose possibility is told, 殺害した可能性, 埋蔵されている可能性: not told done.)
        if found[k + 1].word.startswith("可能性") and c.grammar in ("した", "された", "していた", "されていた",
                                                                "している", "されている"):
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
    if planned_clauses(claim, cache):
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


# An aim told as a past act (就任を目指して…頼り, 目指した), the sentence
# saying neither that it goes on nor that it failed: what was aimed at may
# have come after.
_AIMED_THEN = compile_re(r"(?<=目指|めざ)(?:した|して(?![いお]))")
_FAILED = compile_re(r"果たせ|かなわ|叶わ|至らな|とどま|失敗|断念|できな|実現しな|頓挫|挫折|"
                     r"てい|てお|続|今も|現在も|なお|いまだ|未だ")


_YEAR_BOUND = compile_re("年(?:以降|以後|から|まで|以前|より前)")


def _aim_of_the_past(claim: Unit, e: int) -> bool:
    return _AIMED_THEN.match(claim.text, e) is not None and not _FAILED.search(claim.text, e, claim.end)


def _asked_in_claim(claim: Unit, unit: Unit, us: int, ue: int) -> bool:
    """The claim names the details' asking as what led to its act (要請を
    受けたCSTOが部隊を派遣した / 部隊の派遣を要請して): no act denied."""
    return any(w in unit.text[us:min(ue + 4, unit.end)] and w in claim.body for w in ("要請", "申請", "打診"))


def counted_apart(claim: Unit, s: int, unit: Unit, us: int, cache: dict) -> bool:
    """The two clauses count what they speak of by one counter, differently
    (和室の襖4枚を張り替えた / 押し入れの襖2枚も…張り替えてもらう予定):
    two sets of things, each with its own state."""
    lo, hi = clause_bounds(claim.text, s, claim.start, claim.end)
    mine = {(q.unit, q.value) for q in quantities(claim, cache) if lo <= q.start < hi}
    # (The detail's count may stand in the clause before: 襖2枚も傷んできたので、…)
    theirs = {(q.unit, q.value) for q in quantities(unit, cache)}
    return any(k == unit_ and (k, v) not in theirs for k, v in mine for unit_, _ in theirs)


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
        # The details tell both (加盟を申請し… / …に加盟した; 法案は提出された
        # / 今後も提出される可能性があり): the claim's state is one of them.
        if any(st[0] == event and st[3] == is_open for u in aligned for st in _states(u, cache)):
            continue
        _, unit, us, ue = best
        if not is_open and (PLAN_MADE.match(unit.text, ue, unit.end) or _planned_before(claim, s, unit, cache)):
            continue  # a plan made (建設する計画が立てられた), which the work may follow
        if not is_open and _asked_in_claim(claim, unit, us, ue) or owned_elsewhere(unit, us, claim.body):
            continue
        # …nor is one of two parties, places or years.
        if (topics_of_two_parties(claim, s, unit, us, cache) or places_apart(claim, s, unit, us)
                or counted_apart(claim, s, unit, us, cache)
                # (A plan of another year is another act: 2024年に…義務化された / 2026年から義務化される予定.)
                # (…unless the claim's year bounds its time, 2020年以降に成立する可能性, which another year may break.)
                or clauses_dated_apart(claim, s, unit, us, cache) and not _YEAR_BOUND.search(claim.text, claim.start, claim.end)
                or e - s >= 2 and dated_in_another(claim, s, claim.text[s:s + 2], unit, us, details, cache)):
            continue
        out.append(Conflict("modality", s, e, unit, us, ue, claim.text[s:e], unit.text[us:ue]))
    # The reading by event words first: it quotes the very event.
    return out + plans.compare(claim, aligned, cache)
