"""Connectives that tell which of two parts of a sentence comes first.

「Aの結果B」, 「AためB」, 「AによってB」, 「Aを受けてB」, 「Aの後B」 put A
first (:data:`FORWARD`); 「AがBにつながった」, 「AがBを招いた」 make A the
cause of B (:data:`CAUSING`); 「Aの前にB」, 「Aに先立ってB」 put B first
(:data:`BACKWARD`).  Read by :mod:`~lint.kinds.contradiction.relations`.
"""

from __future__ import annotations

from lint.cache.programs import compile_re
from lint.text.scripts import KANJI_UNIFIED

# The last letter of a verb in its plain non-past form (守る, 呼び込む).
PLAIN_VERB_LAST = "うくぐすつぬぶむる"
# Verbs of saying and thinking: と before them quotes (…があると報告されている).
QUOTING = ("報告|発表|指摘|主張|説明|述べ|言|考え|思|見られ|判断|結論|証言|記録|伝え|強調|批判|評価|"
           "推計|推定|推測|予測|予想|試算|見積|算出|報じ|記|書|信じ|解釈|分析|確認|語|話|見[てなる]|み[てなる]|"
           "公言|宣言|明言|断言|表明|約束|予告|豪語|誓|警告|訴え|答え|発言|通告")
# Verbs of counting or looking before と (合わせると, 比べると, 見ると).
_VIEWING = ")(?<!".join(("合わせる", "合わせた", "比べる", "比較する", "見る", "含める", "加える", "除く", "通算する", "換算する"))
# Nouns of a want or a worry before から, which then gives a reason (耐震性への懸念から).
_REASON_NOUNS = ("懸念", "不安", "不足", "減少", "悪化", "低迷", "遅れ")
# Connectives whose first part comes first (cause, or earlier event).
FORWARD = compile_re(
    f"(?:の|した|った|いた|んだ|れた|た)?(?<![{KANJI_UNIFIED}])結果(?:として)?|"
    r"(?:た|だ|ない|ている|いる|ある)ため(?:に)?|"
    # An adjective's state causes (高いため, 深く…): never a purpose, which
    # only a plain verb takes (守るため); ので always gives a reason (のである
    # and のでは are の + copula).
    # (Nor does a verb that happens to one: 利用されるため, 使えるようにできるため.)
    f"(?:(?<=い)|(?<=[{KANJI_UNIFIED}]な)|(?<=[さら]れる|できる))ため(?:に)?|"
    # A purpose set off by its comma (教育を充実させるため、…を設けた): the reason for what follows.
    f"(?<=[{PLAIN_VERB_LAST}])ため(?:に)?(?=、)|"
    # …が深く、そのために…: the clause before is the cause.
    r"(?<=、)(?:その|この)ため(?:に)?、?|(?:(?<=[たいるだ])|(?<=[{KANJI_UNIFIED}]な))ので(?![あはすしも])|"
    r"(?:こと|理由|事情)から|から(?=(?:起き|起こ|生じ|生まれ|発生))|(?:こと)?(?:によって|により)|"
    r"(?<=[たいるだ])ことで(?!あ|は|も|し|き|す)|"
    # (受け、 after an event only: 最高賞を受け、 is a prize received.)
    r"(?<=こと|成立|決定|発表|判決|勧告|要請|発生|事故|事件|結果)を受け(?=、)|"
    r"を(?:受けて|踏まえ(?:て|、)|機に|契機に|きっかけに|経て|皮切りに|背景に|(?:理由|口実)に(?:して)?|(?:理由|口実)として|"
    r"教訓に|追い風に)|の反省から|"
    # A worry or a want (耐震性への懸念から, 人手の不足から) moves the act.
    rf"(?<={'|'.join(_REASON_NOUNS)})から(?=、|[0-9０-９{KANJI_UNIFIED}])|"
    # What was answered or resented comes first (…に反発して, …への報復として).
    r"に(?:反発|対抗|抗議)(?:して|し、)|への(?:報復|対抗|反発)(?:として|から)|に(?:刺激|押)され(?:て|、)|"
    r"が(?:原因|きっかけ|もと|理由|引き金)で|が(?:原因|引き金|きっかけ)と(?:なって|なり)|の(?:影響|せい|おかげ)で|に(?:伴い|伴って|伴う|起因する|起因して)|"
    # 最後に (as the last), 午後, 今後, 前後, 背後, 戦後 (a period, not 大戦後): no "after".
    rf"(?:の|した|た)?(?:直後|(?<![最午今前背])(?<![^{KANJI_UNIFIED}]戦)後)(?:に|で|、|は|も|から)|(?<=[争乱変災])後の|以降|以後|の(?:ち)に|(?<=た)のち(?=、)|(?<=、)その後(?![のも])|"
    f"(?<=[てで])から(?=、|[0-9０-９{KANJI_UNIFIED}])|"
    r"(?:た|の)翌(?:年|月|日|週)(?:には|に|、|の)|"
    # …の推計によると: according to, no order; 合わせると, 比べると: a way of
    # counting or looking, no event.
    f"(?<=[るたい])(?<!によ)(?<!{_VIEWING})と(?=、|(?!{QUOTING})[{KANJI_UNIFIED}])"
)
# Verbs that make their subject the cause of their object: AがBにつながった.
CAUSING = compile_re(r"(?:に|へと?)(?:つなが|結びつ)|を(?:もたら|招|引き起こ|生ん|生み|促)|"
                     r"(?:の|(?<=[うくぐすつぬぶむるた]))(?:きっかけ|原因|契機|発端|引き金|一因|要因)(?:と|に)な|"
                     r"の(?:理由|原因|一因|要因)とされ")
# Connectives whose second part comes first: Aの前にB, Aに先立ってB.
# (紀元前の, 午前に: a time, not "before" something; 越前の, 名前の: a word;
# 直前の1.5倍, 埋め立て前の約3倍: the amount before, no event;
# 戦前は, 戦前から: the years before the war, a period; 大戦前に is before one.)
BACKWARD = compile_re(rf"(?:の|する|した|る|を迎える)?(?<![生午元事空産越備豊筑肥名目])(?<!直(?=前の[0-9０-９]))(?<![^{KANJI_UNIFIED}]戦)"
                      r"(?:前に|前の(?!(?:約|およそ|ほぼ)?[0-9０-９一二三四五六七八九十数]+(?:倍|割|%|％))|前は|前から|以前に|以前から|直前に)|"
                      r"(?:た|る|の)前(?:年|月|日|週)(?:には|に|、|の)|より(?:も)?(?:前に|先に)|に先立(?:って|ち|つ)|に先(?:んじて|駆けて)|"
                      r"(?:の|た|る|い)(?:原因|理由|背景|発端)は")


# Connectives of cause; the others (後, 前年に, てから, 先立って) only order in time.
_CAUSAL_WORDS = compile_re(r"結果|ため|ので|ことで|(?:こと|理由|事情)から|によ|受け|きっかけ|契機|原因|つなが|"
                           r"もたら|招|引き起こ|生ん|生み|促|発端|踏まえ|引き金|影響|せい|おかげ|伴|起因|背景|もと|"
                           r"理由|口実|教訓|追い風|反省|反発|対抗|抗議|報復|刺激|押|一因|要因")


def causal_marker(marker: str, text: str, then_start: int) -> bool:
    """Does ``marker`` tell cause and effect, not time alone?  から before a
    verb of arising (資本流出から起きる) does; ``then_start``: where the
    part after it begins in ``text``."""
    return _CAUSAL_WORDS.search(marker) is not None or marker == "から" and (
        text.startswith(("起", "生", "発"), then_start) or text.endswith(_REASON_NOUNS, 0, text.rfind("から", 0, then_start)))


# The plain verb endings before ため that tell an aim (建設する, 守る, 医者になる), not the
# endings of what happens to one (される, できる, いる, ある), a cause.
_HAPPENING = ("れる", "きる", "いる", "ある")


def aim_before(text: str, at: int) -> bool:
    """ため at ``at`` after a verb done to something (観光客を呼び込むため): an
    aim, which the act it explains comes before in time, so no order of the
    two is told.  A verb with no object (雨が長く続くため) tells a cause."""
    if not (text.startswith("ため", at) and at > 0 and text[at - 1] in PLAIN_VERB_LAST) or text.endswith(_HAPPENING, 0, at):
        return False
    start = max(text.rfind(mark, 0, at) for mark in "、。\n") + 1
    return "を" in text[start:at]
