"""Predicates and whether they are asserted or negated.

A predicate here is a content word (団結, 抑, 拒否, 安定) followed by the
hiragana that inflect it (しているわけでもない, えていた, されなかった).
Its polarity is the parity of the negations in that tail, after removing
expressions that contain ない without negating anything (かもしれない,
にすぎない, なければならない, …), so double negatives resolve
(ないわけではない is positive).  A 不/非/未/無 prefix on the word negates it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from lint.cache.programs import compile_re
from lint.text.scripts import HIRAGANA, KANJI_UNIFIED, PLAIN_KATAKANA, is_kanji
from lint.text.tokens import _KANJI_CLASS, CONTENT_RE, KANJI, KATAKANA, LATIN, LATIN_CHAR, OTHER, script

# A particle and しか after a noun (地域にしかいない), not the しか of an adjective (難しかった).
_ONLY_AFTER = compile_re("(?:に|で|へ|と|から|まで)?しか(?!っ)")

# Inside a tail: kanji that belong to the grammar, not the content.
AUX_KANJI = set("訳事無出来得居様筈為")
# Particles that mean the word before is a noun in a case slot, not a predicate.
CASE_PARTICLES = ("の", "は", "が", "を", "に", "へ", "と", "や", "も", "より", "から", "まで", "など", "として",
                  "について", "による", "において", "における", "によって", "への", "での", "との", "ごと")
# Expressions with ない that do not negate the predicate, and words that
# hold ず without negating.  まず is the adverb only inside a tail: at its
# start it is a verb's own ending (沈まず, 休まずに).
NOT_NEGATION = compile_re(
    r"(?:かもしれ|かも知れ|にすぎ|に過ぎ|しか(?:でき)?|ほか|に違い|にちがい|かね|ざるを得|ざるをえ|ねばなら|にほかなら|とは限ら|[てで]もかまわ"
    r"|な(?:ければ|くては|くちゃ|きゃ)(?:なら|いけ))な(?:い|く|かっ)|かもしれません|"
    r"(?:の|ん)?ではないか|じゃないか|ないだろうか|ないでしょうか|ずつ|\Bまず|必ず|わずか|いずれ|[てで]しまい"
    # にもかかわらず concedes: the act before it happened; にすぎず limits it.
    r"|(?:にも|に)(?:かかわら|拘ら|関わら)ず|に(?:すぎ|過ぎ)ず"
    # 認めざるを得ず, せねばならず: a must, said with ず.
    r"|(?:ざるを得|ざるをえ|ねばなら|な(?:ければ|くては)(?:なら|いけ))ず"
)
# (ず before れ, ら, り, る starts a verb of its own: 少しずれている, ずらす.)
NEGATION = compile_re(r"な(?:い|かっ|く|けれ|さそう)|ず(?![れらりる])|ぬ(?![かきくけこ])|ません|(?<!ずじ)まい(?!る)")
# Case particles after まい that make a noun of the word it ends (住まいを).
_NOUN_MAI_AFTER = frozenset("をがはにのへや")
NEGATING_PREFIXES = ("不", "非", "未", "無")
# Words that start with a negating prefix but mean something else.
PREFIX_WORDS = {"不動産", "不思議", "未曾有", "無論", "非常", "不可欠", "無事", "未来", "非難", "不満", "不安",
                "無理", "無料", "無人", "非公開"}


class Predicate:
    """A content word with the tail that says whether it holds (行った / 行わなかった)."""

    __slots__ = ("key", "start", "end", "tail", "positive", "adnominal", "unrealised")

    def __init__(self, key: str, start: int, end: int, tail: str, positive: bool, adnominal: bool = False,
                 unrealised: bool = False):
        self.key = key  # the content word, without a negating prefix
        self.start = start  # of the content word
        self.end = end  # of the tail
        self.tail = tail
        self.positive = positive
        # Modifies the noun after it (認めない国, 焼く前): it picks out some of
        # a kind rather than stating something of its subject.
        self.adnominal = adnominal
        # Only planned or tried, and not brought about (合併が持ち上がったが、実現しなかった).
        self.unrealised = unrealised

    def _fields(self) -> tuple:
        return (self.key, self.start, self.end, self.tail, self.positive, self.adnominal, self.unrealised)

    def replaced(self, **changes: object) -> "Predicate":
        """A copy with the fields named changed (positive=False, end=…)."""
        fields = dict(zip(self.__slots__, self._fields()))
        fields.update(changes)
        return Predicate(**fields)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable (adnominal is set after the fact)

    def __repr__(self) -> str:
        return f"Predicate{self._fields()!r}"


def is_negative_tail(tail: str) -> bool:
    """Odd number of negations in ``tail`` (after removing non-negating ない)."""
    cleaned = NOT_NEGATION.sub("", tail)
    return len(NEGATION.findall(cleaned)) % 2 == 1


def split_prefix(word: str) -> tuple[str, bool]:
    """不安定 → (安定, True); 不動産 → (不動産, False).  In a longer compound
    the prefix negates its first word only (不顕性|感染, 不平等|条約), not
    the thing the compound names."""
    if (len(word) == 3 or len(word) == 4 and word.endswith("化")) and word[0] in NEGATING_PREFIXES and (
            word not in PREFIX_WORDS and script(word[1]) == KANJI):
        return word[1:], True
    return word, False


_AUX_CLASS = "".join(sorted(AUX_KANJI))  # (not when opening a word: 無季 of 含まない無季俳句)
TAIL_RE = compile_re(f"[{HIRAGANA}]+(?:[{_AUX_CLASS}][{HIRAGANA}{_AUX_CLASS}]*(?![{_KANJI_CLASS}]))?")


def tail_at(text: str, pos: int, end: int) -> str:
    """The inflection after a content word: hiragana and grammatical kanji."""
    m = TAIL_RE.match(text, pos, end)
    return m.group() if m else ""


# A noun made a predicate by a verb of being or making after に or と
# (不要にしている, 禁じ手とされる, 首都とした, 対象にはならない).
COPULA_TAILS = ("にし", "にす", "にさ", "にでき", "にな", "とし", "とさ", "とな", "とみな", "にはし", "にはさ", "にはでき",
                "にはな", "とはし", "とはさ", "とはな", "とはみな")


# A verb before まで marks when something else held (首都が移るまで、長く首都
# だった): the clause is a time, and says nothing for or against the verb.
UNTIL = ("まで", "までに", "までは", "までの", "までも")


# A verb's stem made a noun, with its particle (支払いは, 動きが, 戦いを):
# it names the act, and the verb after it tells whether it happened.
VERB_AS_NOUN = compile_re(r"^[いきしちにひみりぎじびえけせてねめれ](?:[はがをもの]|[にでと][はも]?)$")


# A verb's stem made a noun, its particle, and another verb (周り|には|出ず):
# the tail belongs to that verb, not to the noun.
_NOUN_THEN_VERB = compile_re(f"[{HIRAGANA}](?:には|では|とは|にも|は|を|が|に|で|と|も|へ)[{_AUX_CLASS}]")


# An attempt (持ち去ろうとした, 見ようとしない): what was tried, not what was done.
_ATTEMPT = compile_re(f"[{HIRAGANA}]?うと(?:し|す|せ)")


def is_predicate_tail(tail: str) -> bool:
    if not tail or VERB_AS_NOUN.match(tail) or _NOUN_THEN_VERB.match(tail) or _ATTEMPT.match(tail):
        return False
    if tail.endswith(UNTIL) and not tail.startswith(CASE_PARTICLES):
        return False
    if tail.startswith(COPULA_TAILS):
        # として and にして alone mean "as" (資産クラスとして), not "made to be".
        return not (tail.startswith(("として", "にして", "とはして")) and not tail.startswith(
            ("としてい", "としてお", "にしてい", "にしてお", "とはしてい", "とはしてお")))
    if tail.startswith(CASE_PARTICLES):
        # "では(ない)" / "でも(ない)" are copulas, not the particle で.
        return False
    if tail.startswith("で") and not tail.startswith(("でき", "でな", "です", "であ", "では", "でも")):
        return False
    # では, でも as a copula only before its negation (ではない, でもある), not
    # a place's particle before other words (核融合ではほとんどつくられない).
    if tail.startswith(("では", "でも")) and not tail.startswith(("ではな", "でもな", "ではあ", "でもあ")):
        return False
    # か after a word asks (賛成か); a verb's own か begins its other forms
    # (抱かなかった, 開かれた, 働かせ, 向かわず, 向かう).
    if tail.startswith("か") and not tail.startswith(("かっ", "かな", "かず", "かれ", "かせ", "かさ", "かぬ", "かわ", "かう",
                                                     "かい", "かえ", "かお")):
        return False
    return True


# A content word and the inflection after it, in one match.  A kanji word
# with one okurigana letter inside is one word (受け入れ, 取り除く, 打ち破る).
_COMPOUND_VERB = f"[{_KANJI_CLASS}]+(?:[けきしちりびみえげせじぎ][{_KANJI_CLASS}]+)+"
_WORD_AND_TAIL = compile_re(f"(?:{_COMPOUND_VERB}|{CONTENT_RE.pattern})(?P<tail>{TAIL_RE.pattern})?")
# Endings of a form that can modify a noun (ない, する, した, いる), and the
# kana noun ほか a tail may hold (採用していないほかの|国).
ADNOMINAL_ENDINGS = ("い", "る", "た", "だ", "な", "う", "く", "す", "つ", "ぬ", "む", "ぶ", "ぐ", "ほかの")


def modifies_noun(text: str, after: int, end: int, tail: str) -> bool:
    """Does the predicate whose tail ends at ``after`` modify the noun after it?
    Not one of manner (加わらない形で, 加盟しないまま): the act is told."""
    # (…or a name in quotes after a verb's plain form: 振り返る「ライオンズ・
    # クラシック」; not after ことなく, which goes on to the verb.)
    return (after < end and tail.endswith(ADNOMINAL_ENDINGS) and (
            script(text[after]) in (KANJI, KATAKANA, LATIN)
            or text[after] in "「『" and tail.endswith(("る", "た")) and not is_negative_tail(tail))
            and not text.startswith(_MANNER_NOUNS, after))


_MANNER_NOUNS = ("形で", "形の", "状態で", "状態の")


@lru_cache(maxsize=4096)
def _tail_polarity(tail: str) -> Optional[bool]:
    """None when ``tail`` does not make a predicate, else whether it negates.

    Tails repeat endlessly (した, している, されていない), so this is memoised.
    """
    if not is_predicate_tail(tail):
        return None
    return is_negative_tail(tail)


def predicates(text: str, start: int = 0, end: int | None = None) -> list[Predicate]:
    end = len(text) if end is None else end
    out: list[Predicate] = []
    search = _WORD_AND_TAIL.search
    latin = LATIN_CHAR.match
    m = search(text, start, end)
    while m is not None:
        tail = m.group("tail")
        # The next word may start inside this tail (出来 is grammar here and
        # a word of its own there), so go on from the end of the word.
        j = m.start("tail") if tail else m.end()
        i = m.start()
        m = search(text, j, end)
        if not tail:
            continue  # no inflection: not a predicate
        if latin(text, i):
            continue  # a Latin word takes no Japanese inflection
        if tail.startswith("まい") and tail[2:3] in _NOUN_MAI_AFTER:
            continue  # 住まいを, 住まいがなかった: a noun, its ない another word's
        negative = _tail_polarity(tail)
        if text[j - 1] in _NAI_ADJECTIVES and tail[:1] == "な" and negative is not None:
            negative = is_negative_tail(tail[1:])  # 少ない, 危ない: the adjective's own ない
        if negative is None and (tail.startswith(("がな", "がず", "がれ", "がせ")) and script(text[j - 2]) != KANJI
                                 or text[j - 1] in _GA_VERBS and tail.startswith(_GA_TAILS)
                                 and (j - i == 1 or text[j - 2] == "値" or not is_kanji(text[j - 2]))):
            # A verb's own が (引き継|がなかった, 広|がらなかった), no particle.
            negative = is_negative_tail(tail)
        if text[j - 1] == "的" and tail[:1] == "な" and tail[1:2] not in ("", "の", "ら"):
            tail, negative = "な", False  # modifies a kana noun (典型的なせきが)
        if negative is None:
            continue
        # Xにしか見られない: seen in X, and nowhere else; said either way
        # (地域|にしかいない: the place, no act).
        if negative and text.endswith("しか", max(start, i - 2), i) or _ONLY_AFTER.match(tail):
            continue
        # いつ成立したかははっきりしない, 成立したのかについて: a question, asserted neither way.
        if _ASKED.search(tail):
            continue
        # 不足だけでなく, 国内ばかりではない: not X alone, so X and more; 独占だけを
        # limits a noun, and says nothing of it done or not.
        if tail.startswith(("だけ", "ばかり", "のみ")) or negative and ONLY_AND_MORE.search(tail):
            continue
        key, negated_word = split_prefix(text[i:j])
        after = j + len(tail)
        # 取り戻すまでには至らなかった: the act not reached is denied; so is
        # each of two acts denied together (持つこともつけることもできない).
        if not negative and (tail.endswith(_REACHING) and text.startswith(_NOT_REACHED, after)
                             or tail.endswith("ことも") and _BOTH_DENIED.match(text, after, end)):
            negative = True
        adnominal = modifies_noun(text, after, end, tail) or tail == "な" and text[j - 1] == "的"
        # Two verbal nouns joined by ・ share the tail (保存・公開されている).
        joined = _JOINED_BEFORE.search(text, max(start, i - 8), i) if i > start and text[i - 1] == "・" else None
        if joined is not None:
            out.append(Predicate(joined.group(1), joined.start(1), after, tail, not negative, adnominal))
        out.append(Predicate(key, i, after, tail, negative == negated_word, adnominal))
        # …できずに終わった高天神城: the verb before 終わった describes the noun too.
        if adnominal and key == "終" and len(out) > 1 and out[-2].end == i and out[-2].tail.endswith(("ずに", "ないで")):
            out[-2].adnominal = True
    return out


# Kanji of verbs whose okurigana opens with が (広がる, 上がる, 曲がる), and
# the forms after it, which no particle が starts (広がらない, 上がった).
_GA_VERBS = frozenset("広上下曲繋転挙揚群嫌")
# (Not after a noun's kanji, 地下がらん, 売上が, but 値上がらない; not 嫌がらせ, a noun.)
_GA_TAILS = ("がらな", "がらず", "がり", "がる", "がっ", "がれ", "がろ")
# Kanji of adjectives that end in ない themselves (少ない, 危ない, 切ない).
_NAI_ADJECTIVES = frozenset("少危切")
# 数えられるだけでなく: said, and more besides.
ONLY_AND_MORE = compile_re("(?:だけ|ばかり)(?:で|では)な|のみならず")
_ASKED = compile_re("[たるいだの]か(?:どうか)?(?:は|が|を|も|に|や|と|$)")
_REACHING = ("まで", "までに", "までには", "までは", "には")
_BOTH_DENIED = compile_re(f"[^。]{{1,40}}?ことも[{HIRAGANA}]{{0,4}}?(?:な(?:い|かっ|く)|ず)")
_NOT_REACHED = ("至らな", "至らず", "いたらな", "いたらず")
_JOINED_BEFORE = compile_re(f"(?<![{_KANJI_CLASS}])([{_KANJI_CLASS}]{{2,}})・$")


# Adverbs that may stand between a noun's particle and a verb of being.
BEING_ADVERBS = ("数多く", "多く", "少なく", "ほとんど", "まったく", "全く", "一つも", "ひとつも", "一度も", "いくつも", "すでに", "まだ", "もう")


# A run of kanji or katakana, read whole: a particle after it is hiragana,
# so only the run's end can be followed by one.
NOUN_RUN = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}}")
# …and the one that ends a span (the word right before a marker).
NOUN_RUN_AT_END = compile_re(f"[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{2,}}$")


# A noun, を, and a verb that says its act did not happen: 優勝を逃した,
# 加盟を見送った, 出場を断念し, 最下位を免れ, 申し出を拒んだ.  Read as the
# noun's act negated (逃さなかった: done).
# 断る, but not 断つ (連絡を断った): its past only after an act one may
# decline to take (受賞を断った).
FORGOING = ("逃|見送|断念|断(?=[らりるれろ])|(?<=受賞を|就任を|出演を|出場を|参加を|入団を|出馬を)断っ|免れ|拒|見合わせ|"
            "取りやめ|取り止め|失敗|控|辞退")
# (…or a noun, が, and the verb in the passive: 登録が見送られた; or に
# before 失敗: 解放に失敗した.)
FORGONE_AFTER = compile_re(
    f"(?:を|は|も|こそ|が(?=(?:見送|見合わせ|取りやめ|断念)(?:さ|ら)れ)|に(?=失敗))(?P<verb>{FORGOING})"
    f"(?P<tail>[{HIRAGANA}]*)"
)


# Nouns of another's asking, which a refusal does not undo.
_ASKING = ("要請", "要求", "依頼", "打診", "申し出", "申出", "提案", "招待", "勧誘", "誘い", "求め", "オファー")


def forgone(text: str, start: int, end: int) -> list[Predicate]:
    """Predicates of an act forgone, said of the noun."""
    out = []
    for noun in NOUN_RUN.finditer(text, start, end):
        m = FORGONE_AFTER.match(text, noun.end(), end)
        # (A request or an offer turned down, 出場要請を断った, was made.)
        if m is None or noun.group().endswith(_ASKING):
            continue
        tail = m.group("tail")
        if not tail:
            continue
        verb_negated = is_negative_tail(tail)
        after = m.end()
        adnominal = modifies_noun(text, after, end, tail)
        out.append(Predicate(noun.group(), noun.start(), after, tail, verb_negated, adnominal))
    return out


# Verbs that allow or forbid the act named before them with こと (行う
# ことは認められていない reads as 行うことはできない), and words that make
# it hard, forbid it or refuse it (取り出すことは難しく reads as 取り出せない,
# 走ることを禁じ as 走らない, 保障することを拒んだ as 保障しなかった).
PERMITTING = ("認", "許", "許可", "可能", "容認", "容易")
# A refusal is an act of its own too (これを拒んだ), kept beside the act refused.
REFUSING = ("拒", "拒否", "断念", "見送", "否定", "避", "回避", "控")
HINDERING = ("難", "困難", "禁", "禁止") + REFUSING
NOMINALISED = ("ことは", "ことが", "ことも", "ことを")


# Nouns of a right or a means: 参加する権利がなく reads as 参加できず.
# 必要 is read too, but says nothing of the act (回る必要がなくなり: it may
# be done or not), so the act is dropped.
MEANS = ("権利", "資格", "権限", "能力", "手段", "方法", "余地", "機会", "必要")


# Verbs of using a means: a means that could not be used (取り戻すという
# 手段も使えなかった) leaves its act undone.  Used, it says only that the act
# was tried, so only the negated verb is read.
USING = ("使", "用", "講", "取", "採")


def with_means(text: str, found: list[Predicate]) -> list[Predicate]:
    """An act said of a right or a means that is had or lacked (参加する
    権利がなく), or of a means not used, read as the act able or not; the
    verb of being stays too."""
    verbs = {p.start: p for p in found if p.key == "存在" or p.key in USING and not p.positive}
    if not verbs:
        return found
    out = []
    for p in found:
        noun = next((n for n in MEANS if p.adnominal and text.startswith(n, p.end)), None)
        if noun is None:
            out.append(p)
            continue
        k = p.end + len(noun)
        verb = next((verbs[i] for i in range(k, k + 3) if i in verbs), None)
        particles = "がはもに" if verb is None or verb.key == "存在" else "がはもを"
        if verb is None or text[k:verb.start].strip(particles) != "":
            out.append(p)
            continue
        if noun == "必要":
            continue
        out.append(Predicate(p.key, p.start, verb.end, p.tail + text[p.end:verb.end], p.positive == verb.positive,
                             verb.adnominal))
    return out


# One who does the act, after its word (加盟国, 参加者, 出品社).
_MEMBER = frozenset("国者員社校店")


def polarity_at(text: str, word_end: int, end: int, word: str = "") -> bool:
    """Polarity of the predicate whose content word ends at ``word_end``."""
    tail = tail_at(text, word_end, end)
    negative = is_negative_tail(tail) if is_predicate_tail(tail) else False
    if not tail and text[word_end:word_end + 1] in _MEMBER and text.startswith(("ではな", "でもな"), word_end + 1):
        negative = True  # 加盟国ではない: no member, the act denied
    _, negated_word = split_prefix(word) if word else ("", False)
    return not (negative != negated_word)


__all__ = ["Predicate", "predicates", "is_negative_tail", "polarity_at", "split_prefix", "OTHER"]


def meant(p: Predicate) -> bool:
    """The predicate is a verb's volitional form before と (谷底へ下りようと試みた):
    an act meant, not done (…だろうと is a guess)."""
    return p.tail.endswith(_MEANT) and not p.tail.endswith("だろうと")


_MEANT = ("ようと", "おうと", "こうと", "そうと", "とうと", "ろうと", "もうと", "ごうと", "ぼうと")
