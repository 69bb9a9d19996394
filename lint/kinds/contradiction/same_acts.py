"""Predicates that name one act in other words: 達成されなかった against
期限までに実現した, 関税同盟には参加せず against 関税同盟に加わった,
上陸を諦めなかった against 上陸作戦を断念した.

The polarity comparison pairs a claim's predicate with the details' same
word; a reworded claim uses another verb for the act.  Each group below is
one act; a verb of one kanji is known by its stem and first okurigana
(加わ, 諦め), as :func:`act_form` spells it.

    pass: 選手は個人資格で参加した / 選手は個人資格で大会に加わった
    fail: 選手は大会に加わらなかった / 選手は個人資格で大会に参加した
"""

from __future__ import annotations

from typing import Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.predicates import Predicate
from lint.kinds.contradiction.units import Unit
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA, is_kanji
from lint.kinds.contradiction.align import grams
from lint.kinds.contradiction.being import same_word
from lint.text import morph
from lint.text.tokens import clause_bounds

# Okurigana that begin a verb's own ending, not the する of a verbal noun.
SURU = tuple("しさせすれ")
# The first okurigana of one godan verb's negative, plain and past forms,
# which share a row or its sound change (抱かない, 抱く, 抱いた; 勝たない,
# 勝った).  Not the i- and e-rows: an ichidan verb's stem ends there (含める
# is not 含む, 起きる is not 起こす).
_ROW = {ch: row[0] for row in ("かくこい", "がぐご", "たつとらるろわうおっ", "なぬのまむもばぶぼん") for ch in row}


def stem(p: Predicate) -> Optional[str]:
    """A one-kanji verb by its stem and its first okurigana (認め|なかった),
    forms of one godan verb taken together (抱か|なかった, 抱い|た)."""
    if not p.tail or p.tail.startswith(SURU):
        return None
    return p.key + _ROW.get(p.tail[0], p.tail[0])


_A_ROW = "かがさたなばまらわ"


def made_to(text: str, p: Predicate) -> bool:
    """A verb made causative with the one made to do it right before
    (毛利方に知らせず, 選手に参加させた): another act than the verb's own
    (知った, 参加した).  Without one (拘束力は持たせなかった, 仲介を実現
    させた) it tells the same state or event."""
    return (p.start > 0 and text[p.start - 1] == "に"
            and (p.tail.startswith("させ") or len(p.tail) > 1 and p.tail[0] in _A_ROW and p.tail[1] == "せ"))


def _spelled(word: str) -> str:
    """A group member as :func:`act_form` gives it (加わ → 加た)."""
    return word if len(word) != 2 or word[1] not in _ROW else word[0] + _ROW[word[1]]


SAME_ACTS = (
    ("実現", "達成"),
    ("参加", "加盟", "出場", "加わ"),
    ("断念", "諦め"),
    ("免れ", "逃れ"),
    ("備え", "持た", "保有"),
    ("獲得", "得た"),
    ("中止", "打ち切"),
    ("開始", "始め"),
    ("合意", "同意"),
    ("廃止", "撤廃"),
    ("完成", "完了", "竣工"),
    ("撤退", "撤収", "撤兵"),
    ("署名", "調印"),
    ("設立", "創設", "創立", "設置", "発足", "創業"),
    ("解散", "解体"),
    ("禁止", "禁じ"),
    ("許可", "認可"),
    ("承認", "認め"),
    ("到達", "到着"),
    ("使用", "使わ", "用い"),
    ("継続", "続け", "存続"),
    ("拒否", "拒絶", "拒ん", "拒み"),
    ("死去", "死亡", "亡く"),
    ("出版", "刊行", "発行"),
    ("導入", "採用"),
    ("就任", "就い"),
    ("辞任", "辞め", "退い"),
    ("訪問", "訪れ", "訪ね"),
    ("公表", "発表"),
    ("追加", "加え"),
    ("普及", "広ま", "広が"),
)
_GROUP = {_spelled(w): k for k, group in enumerate(SAME_ACTS) for w in group}
# What each group's words are searched for in the details: a predicate's
# key, which for a verb of one kanji is that kanji (諦め → 諦).
KEYS = tuple(tuple(w[0] if len(w) == 2 and not is_kanji(w[1]) else w for w in group) for group in SAME_ACTS)


def act_form(p: Predicate) -> Optional[str]:
    """The predicate's word as the groups spell it: its key, or a one-kanji
    verb's stem."""
    return p.key if len(p.key) >= 2 else stem(p)


def one_act(a: Predicate, b: Predicate, one_thing: bool = False) -> bool:
    """Two different words for one act.  Not for an act only weighed (設立が
    構想されたが、実現しなかった): of two acts, one may be of another body;
    unless ``one_thing``: both are said of one thing named right before
    them (連邦準備制度の創設が提案されたが / 連邦準備制度が発足した)."""
    if (a.unrealised or b.unrealised) and not one_thing:
        return False
    fa, fb = act_form(a), act_form(b)
    return fa is not None and fb is not None and fa != fb and _GROUP.get(fa, -1) == _GROUP.get(fb, -2)


def one_act_named(a: str, b: str) -> bool:
    """Two verbal nouns (完成, 竣工) that name one act."""
    return a == b or _GROUP.get(a, -1) == _GROUP.get(b, -2)


def other_keys(p: Predicate) -> tuple[str, ...]:
    """The keys of the other words for the predicate's act, if it has any."""
    form = act_form(p)
    group = _GROUP.get(form) if form is not None else None
    return () if group is None else tuple(k for k in KEYS[group] if k != p.key)


_THING_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー・]{{2,}})(?:の|が|を|は)$")


def thing_before(text: str, p: Predicate) -> str:
    """The noun right before a predicate with its particle (連邦準備制度の|
    創設, 連邦準備制度が|発足), or ""."""
    m = _THING_BEFORE.search(text, max(0, p.start - 16), p.start)
    return m.group(1) if m else ""


# (A quoted object counts: 「アミール」を名乗った.)
_OBJECT_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)[」』]?を$")
_SUBJECT_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]+)[」』]?[がは]$")
_PASSIVE = compile_re("[かさたなまらわがば]れ|られ")


def other_objects(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate) -> bool:
    """Both verbs take an object with を (or a goal named with に: EUには /
    NATOに), and the two share no letter but perhaps their last (流行を受けて
    / 接種を受けなかった; 求心力を失って / 効力を失っておらず): two acts, not
    one said two ways."""
    objects = _objects(claim, pc, unit, pe, goals=True)
    if objects is None:
        return False
    x, y = objects
    # One said in the other's list (統合軍 / 統合軍司令部や常備軍を), in its
    # clause; not the object of a verb before (ロシアを経由せずにジョージアを通って).
    if _listed(x, unit, pe) or _listed(y, claim, pc):
        return False
    # Two names, in katakana or Latin letters, are one only if one holds the
    # other (EU / EFTA share a letter and are two unions).
    if _NAMED.match(x) and _NAMED.match(y):
        return x not in y and y not in x
    # A shared last letter alone (求心力 / 効力) makes no one thing.
    if min(len(x), len(y)) < 2:
        return not set(x) & set(y)
    if not set(x[:-1]) & set(y) and not set(y[:-1]) & set(x):
        # One kind of thing (軍), whose owner one side names apart: ローマ軍 /
        # ローマの大軍.
        mine, theirs = _owner(claim, pc, x), _owner(unit, pe, y)
        return not (x[-1] == y[-1] and (mine and (mine in y or mine == theirs) or theirs and theirs in x))
    return False


_OWNER_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}ー]{{2,}})の$")


def _owner(u: Unit, p: Predicate, obj: str) -> str:
    """The word the object is said to be of, right before it (ローマの|大軍を)."""
    at = u.text.rfind(obj + "を", max(u.start, p.start - 14), p.start)
    m = _OWNER_BEFORE.search(u.text, max(u.start, at - 10), at) if at > -1 else None
    return m.group(1) if m else ""


def _listed(word: str, u: Unit, p: Predicate) -> bool:
    lo = clause_bounds(u.text, p.start, u.start, u.end)[0]
    at = u.text.rfind(word, lo, p.start)
    return at > -1 and not set(u.text[at + len(word):p.start - 1]) & _CASE_LETTERS


_CASE_LETTERS = set("はがをにでもへ")


def verb_in_noun(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate) -> bool:
    """A verb of one kanji and a verbal noun that starts with it, said of
    one object (武器を売らなかった / 武器を売却し; 平和賞を受けることは
    なかった / 平和賞を受賞した): one act."""
    short, long_ = sorted((pc.key, pe.key), key=len)
    objects = _objects(claim, pc, unit, pe) if verb_starts_noun(short, long_) else None
    if objects is None:
        return False
    x, y = objects
    return len(min(x, y, key=len)) >= 2 and (x.endswith(y) or y.endswith(x))


def verb_starts_noun(verb: str, noun: str) -> bool:
    """A verb's one-kanji stem starts a two-kanji verbal noun (売 / 売却, 受 / 受賞)."""
    return len(verb) == 1 and len(noun) == 2 and noun[0] == verb and is_kanji(verb)


def _objects(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate,
             goals: bool = False) -> Optional[tuple[str, str]]:
    """The objects (Xを) right before both predicates, if both have one; or
    else (``goals``) the goals named in katakana or Latin letters (EUには
    加盟していない / NATOに加わり)."""
    for before in (_OBJECT_BEFORE, _GOAL_BEFORE) if goals else (_OBJECT_BEFORE,):
        a = before.search(claim.text, max(claim.start, pc.start - 12), pc.start)
        b = before.search(unit.text, max(unit.start, pe.start - 12), pe.start)
        if before is _OBJECT_BEFORE:
            # A passive's subject is what the act is done to (疑問が持たれている / 系譜を持つ).
            a = a or _PASSIVE.match(pc.tail) and _SUBJECT_BEFORE.search(claim.text, max(claim.start, pc.start - 12), pc.start)
            b = b or _PASSIVE.match(pe.tail) and _SUBJECT_BEFORE.search(unit.text, max(unit.start, pe.start - 12), pe.start)
        if before is _GOAL_BEFORE and a is None and b is not None:
            # A goal told with the act's noun earlier (EUへの加盟は…否決され、
            # 現在も加盟していない).
            goal = _goal_of_noun(claim, pc)
            if goal is not None and _NAMED.match(b.group(1)):
                return goal, b.group(1)
        if a is not None and b is not None:
            # Goals only as names (正式に, 国内に are a manner and a place), but
            # for a verb whose object takes に (支援に応じなかった / 休戦に応じた).
            # (…sharing no letter: 休戦 and 停戦 may be one.)
            if before is _GOAL_BEFORE and not (_NAMED.match(a.group(1)) and _NAMED.match(b.group(1))) and not (
                    (pc.key + pc.tail).startswith(_NI_OBJECT_VERBS) and (pe.key + pe.tail).startswith(_NI_OBJECT_VERBS)
                    and min(len(a.group(1)), len(b.group(1))) >= 2 and not set(a.group(1)) & set(b.group(1))):
                return None
            return a.group(1), b.group(1)
    return None


_GOAL_OF_NOUN = compile_re(f"([{PLAIN_KATAKANA}A-Za-zー・]{{2,}})[)）]?への([{KANJI_UNIFIED}]+)")


def _goal_of_noun(u: Unit, p: Predicate) -> Optional[str]:
    """The goal of the predicate's own verbal noun, named earlier in the sentence."""
    found = [m.group(1) for m in _GOAL_OF_NOUN.finditer(u.text, u.start, p.start) if m.group(2).startswith(p.key)]
    return found[-1] if found else None


# Verbs whose object is marked by に (休戦に応じた, 提案に同意した).
_NI_OBJECT_VERBS = ("応じ", "同意", "賛成", "反対", "従", "協力")
_GOAL_BEFORE = compile_re(f"([{KANJI_UNIFIED}{PLAIN_KATAKANA}A-Za-zー・]+)[)）」』]?に[はも]?$")
_NAMED = compile_re(f"[{PLAIN_KATAKANA}A-Za-zー・]{{2,}}$")


def same_verb(p: Predicate, q: Predicate) -> bool:
    """One verb, one key ending the other (原則禁じている / 禁じていない)."""
    return same_word(p.key, q.key) or (p.key.endswith(q.key) or q.key.endswith(p.key)) and p.tail[:1] == q.tail[:1]


def twin_told(claim: Unit, pc: Predicate, twins: list[Predicate], unit: Unit, pe: Predicate) -> bool:
    """``pe``'s clause shares more words with the clause of a twin of ``pc``
    (the claim's same verb said the other way) than with ``pc``'s: it is
    what the twin restates."""
    def words(u: Unit, p: Predicate) -> set[str]:
        return set(grams(u.text[slice(*clause_bounds(u.text, p.start, u.start, u.end))]))

    theirs = words(unit, pe)
    mine = len(theirs & words(claim, pc))
    return any(len(theirs & words(claim, p)) > mine for p in twins)


# Verbs that say an act was brought about (初出場を果たした, 着艦も果たした,
# 独立を達成した), and the one that takes it with に (着艦にも成功した).
_ACCOMPLISHING = ("果", "遂", "成し遂", "達成")
_ACT_BEFORE = compile_re(f"([{KANJI_UNIFIED}]{{2,}})(?:を|も|は)$")
_SUCCEEDED_IN = compile_re(f"([{KANJI_UNIFIED}]{{2,}})に(?:も|は)?$")
# What is fulfilled, not done (計画は果たせず, 役割を果たした): no act of its own.
_DUTIES = ("計画", "目標", "役割", "任務", "約束", "公約", "責任", "使命", "義務", "目的", "期待", "役目", "責務")


def accomplished(text: str, found: list[Predicate]) -> list[Predicate]:
    """Each verb of bringing about read also as the act it brings about, with
    its polarity: 初出場を果たした is 初出場した, 優勝を遂げられなかった
    is 優勝しなかった."""
    out = list(found)
    for p in found:
        if p.key not in _ACCOMPLISHING and p.key != "成功":
            continue
        m = (_ACT_BEFORE if p.key != "成功" else _SUCCEEDED_IN).search(text, max(0, p.start - 12), p.start)
        if m is not None and not m.group(1).endswith(_DUTIES):
            out.append(Predicate(m.group(1), m.start(1), p.end, p.tail, p.positive, p.adnominal, p.unrealised))
    return out


# A name a verb goes to or acts on (EUに, NATOには, ユーロを).
_NAMED_GOAL = compile_re(f"([{PLAIN_KATAKANA}A-Za-zー・]{{2,}})[)）」』]?(?:には|にも|に|へ|を)")


def same_goal_named(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate) -> bool:
    """Both verbs take one name as goal or object in their clauses (EUには
    現在も加盟していない / …とともにEUに加盟し): about one thing."""
    def goals(u: Unit, p: Predicate) -> set[str]:
        lo, _ = clause_bounds(u.text, p.start, u.start, u.end)
        return set(_NAMED_GOAL.findall(u.text, lo, p.start))
    return bool(goals(claim, pc) & goals(unit, pe))


def one_verb(claim: Unit, pc: Predicate, unit: Unit, pe: Predicate, morphology: bool) -> bool:
    """Two one-kanji stems are one verb: by dictionary form where Sudachi
    gives both, else by the stem and its first okurigana (a list number
    before the sentence, 3.ハドリアヌスは…改めて, can leave Sudachi without
    a form)."""
    if morphology:
        a = morph.lemma_at(claim.text, claim.start, claim.end, pc.start)
        b = morph.lemma_at(unit.text, unit.start, unit.end, pe.start)
        if a is not None and b is not None:
            return a == b or potential_of(a, b, (claim.text, pc), (unit.text, pe)) or potential_of(
                b, a, (unit.text, pe), (claim.text, pc))
    return stem(pc) is not None and stem(pc) == stem(pe)


# A godan verb's last kana and the e-row kana of its potential (破る / 破れる).
_POTENTIAL_KANA = dict(zip("うくぐすつぬぶむる", "えけげせてねべめれ"))


def potential_of(form: str, verb: str, able: tuple[str, Predicate], done: tuple[str, Predicate]) -> bool:
    """Is ``form`` (a dictionary form) the potential of the godan ``verb``,
    each with an object before it (ローマ軍を破れなかった / ローマ軍を破った)?
    Without one on both sides the e-row verb may be a verb of its own: the
    transitive of an intransitive (子供を育てる / 子供が育つ), or 紙が破れる.

        pass: 彼は子供を育てなかった / 子供は祖母のもとで育った
        fail: 敵を破れなかった / 敵を破った
    """
    return (all(p.start > 0 and text[p.start - 1] == "を" for text, p in (able, done))
            and verb[-1:] in _POTENTIAL_KANA and form == verb[:-1] + _POTENTIAL_KANA[verb[-1]] + "る")
