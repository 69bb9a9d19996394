"""Quantities in Japanese text, normalised so that equal values compare equal.

``約11億ドル``, ``2時間半`` (= 150 minutes = ``2時間30分``), ``三十人``, ``１，２００機``,
``20%以上``, ``2025年3月18日``: each becomes a :class:`Quantity` with a unit class, a
value (or a date), and a range given by qualifiers such as 約/およそ
(approximately), 以上/超 (at least / more than) and 未満/以下 (less than / at most)."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import NamedTuple, Optional

from lint.cache.programs import compile_re
from lint.kinds.contradiction.calendar_years import BEFORE_THE_ERA, OTHER_ERA, calendar_year, era_before
from lint.kinds.contradiction.numerals import ARABIC, DIGIT, in_ordinal_list, parse_amount, part_value, to_int_ascii
from lint.kinds.contradiction.relative_years import last_date_before, months_told_before, years_told_before
from lint.text.scripts import KANJI_UNIFIED, PLAIN_KATAKANA, chars

# Unit words → (class, factor to the class's base unit); time spans in minutes (2時間半 = 2時間30分 = 150分).
UNITS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1), "％": ("percent", 1), "パーセント": ("percent", 1), "ポイント": ("points", 1),
    "ドル": ("money:USD", 1), "米ドル": ("money:USD", 1), "円": ("money:JPY", 1), "ユーロ": ("money:EUR", 1),
    "元": ("money:CNY", 1), "人民元": ("money:CNY", 1), "ウォン": ("money:KRW", 1), "ルーブル": ("money:RUB", 1),
    "ルピー": ("money:INR", 1), "ポンド": ("money:GBP", 1), "フラン": ("money:CHF", 1), "人": ("people", 1), "名": ("people", 1),
    "機": ("count:機", 1), "隻": ("count:隻", 1), "両": ("count:両", 1), "台": ("count:台", 1), "個": ("count:個", 1),
    "基": ("count:基", 1), "発": ("count:発", 1), "門": ("count:門", 1), "件": ("count:件", 1), "回": ("count:回", 1),
    "本": ("count:本", 1), "枚": ("count:枚", 1), "冊": ("count:冊", 1), "頭": ("count:頭", 1), "社": ("count:社", 1),
    "校": ("count:校", 1), "票": ("count:票", 1), "議席": ("count:議席", 1), "カ国": ("count:国", 1), "か国": ("count:国", 1),
    "ヶ国": ("count:国", 1), "ヵ国": ("count:国", 1), "箇国": ("count:国", 1), "カ所": ("count:所", 1), "か所": ("count:所", 1),
    "ヶ所": ("count:所", 1), "箇所": ("count:所", 1), "か条": ("count:条", 1), "カ条": ("count:条", 1), "ヶ条": ("count:条", 1),
    "箇条": ("count:条", 1), "都市": ("count:都市", 1), "種類": ("count:種類", 1), "項目": ("count:項目", 1), "段階": ("count:段階", 1),
    "部隊": ("count:部隊", 1), "師団": ("count:師団", 1), "旅団": ("count:旅団", 1), "世帯": ("count:世帯", 1), "部": ("count:部", 1),
    "巻": ("count:巻", 1), "勝": ("count:勝", 1), "敗": ("count:敗", 1), "試合": ("count:試合", 1), "店舗": ("count:店舗", 1),
    "棟": ("count:棟", 1), "匹": ("count:匹", 1), "曲": ("count:曲", 1), "点": ("count:点", 1), "駅": ("count:駅", 1),
    "路線": ("count:路線", 1), "作品": ("count:作品", 1), "施設": ("count:施設", 1), "団体": ("count:団体", 1), "品目": ("count:品目", 1),
    "選手": ("people", 1), "歳": ("age", 1), "才": ("age", 1), "位": ("rank", 1), "倍": ("times", 1), "割": ("percent", 10),
    "キロメートル": ("length", 1000), "キロ": ("length", 1000), "km": ("length", 1000), "ｋｍ": ("length", 1000),
    "メートル": ("length", 1), "マイル": ("length", 1609.344), "m": ("length", 1), "ｍ": ("length", 1), "cm": ("length", 0.01),
    "センチメートル": ("length", 0.01), "センチ": ("length", 0.01), "mm": ("length", 0.001), "ミリ": ("length", 0.001),
    "ミリメートル": ("length", 0.001), "トン": ("mass", 1000), "キログラム": ("mass", 1), "kg": ("mass", 1),
    "バレル": ("barrels", 1), "bbl": ("barrels", 1), "ワット": ("power", 1), "キロワット": ("power", 1e3),
    "kW": ("power", 1e3), "メガワット": ("power", 1e6), "MW": ("power", 1e6), "平方キロメートル": ("area", 1e6),
    "km²": ("area", 1e6), "ヘクタール": ("area", 1e4), "平方キロ": ("area", 1e6), "平方メートル": ("area", 1),
    "m²": ("area", 1), "㎡": ("area", 1), "立方メートル": ("volume", 1), "リットル": ("volume", 0.001),
    "グラム": ("mass", 0.001), "年間": ("duration", 525600), "か年": ("duration", 525600), "カ年": ("duration", 525600),
    "か月": ("duration", 43800), "カ月": ("duration", 43800), "ヶ月": ("duration", 43800),
    "ヵ月": ("duration", 43800), "箇月": ("duration", 43800), "ケ月": ("duration", 43800),
    "週間": ("duration", 10080), "日間": ("duration", 1440), "時間": ("duration", 60),
    "分間": ("duration", 1), "分": ("duration", 1), "秒": ("duration", 1 / 60), "秒間": ("duration", 1 / 60),
    "年": ("years", 1), "日": ("days", 1), "月": ("month", 1), "番目": ("rank", 1),
}
# Longest unit first (日間 over 日, キロメートル over キロ); a unit is a whole word: 5m, not 5mg; 3キロ, not
# 3キロボルト (a unit the table lacks), nor 500ミリ秒.
_UNIT_ALT = "|".join(re.escape(u) + ("(?![A-Za-zＡ-Ｚａ-ｚ²³])" if u.isalpha() and u.isascii()
                                     else f"(?![{PLAIN_KATAKANA}秒])" if u[-1] in chars(PLAIN_KATAKANA) else "")
                     for u in sorted(UNITS, key=len, reverse=True))
_KANJI_NUMERAL = "〇零一二三四五六七八九十百千壱弐"
_KANJI_NUM = rf"[{_KANJI_NUMERAL}]+"
_PART = rf"(?:{ARABIC}[千百]?|{_KANJI_NUM})"
_AMOUNT = rf"{_PART}(?:[万億兆](?:{_PART})?)*(?:[万億兆])?"
PREFIX = r"(?P<prefix>約|およそ|おおよそ|ほぼ|最大|最高|最低|最少|少なくとも|わずか|僅か|推定|計|合計|総額|総計)?"
_PREFIX_BEFORE = compile_re(PREFIX[:-1] + "$")  # before a count the table lacks (およそ30戸)
_BY_HOW_MUCH = "はるかに|大きく|大幅に|優に|ゆうに|やや|わずかに"  # 100隻をはるかに超える: still over 100
_MORE_BY = _BY_HOW_MUCH + "|かなり|ずっと|さらに|少し"  # 32分よりかなり長い: still over 32
SUFFIX = (rf"(?P<suffix>以上|以下|未満|を(?:超え|上回ら|下回ら)(?:なかった|ない|ず)|にも?(?:満たな|届かな|達しな)(?:かった|い|く)|にも?(?:満たず|届かず|達せず)|超え?|を(?:{_BY_HOW_MUCH})?(?:超[えすし](?:る|た|て)?|過ぎ(?:る|た|て)?|[上下]回(?:る|った|って|り)|切(?:る|った|って|り)|割(?:る|った|って|り込))|"
          r"を突破(?:し(?:た|て)?|する)?|の大台(?:を(?:超え|上回ら|割ら|切ら|下回ら)|に(?:乗ら|達し|届か))(?:なかった|ない|ず)|の大台(?:を(?:超[えし]|突破|上回|割|切|下回)|に(?:乗|達))|余り|あまり|強|弱|近く|近い|足らず|(?:も)?かから(?:ず|ない|なかった)|(?<=[年月日間])(?:も(?:経|持)?|持)た(?:ず|ない|なかった)|前後|程度|ほど|くらい|ぐらい|余(?![らりるれろっ])|台(?:半ば|前半|後半)?|"
          rf"より(?:{_MORE_BY})?(?:深|多|大き|長|高|重|広|浅|少な|小さ|短|低|軽|狭))?")
_HOW_MUCH = compile_re(f"^(?:(?P<o>を)(?:{_BY_HOW_MUCH})|(?P<t>より)(?:{_MORE_BY}))")
# A number starts only where no numeral, and no digit and separator (1,|000), comes right before it: one
# starting inside a longer number is a fragment; nor after 数 or 何 (数百キログラム is no count of a hundred).
# (A lookbehind: a test of each match found scans long runs of digits in time growing with its square.)
_NOT_INSIDE_NUMBER = rf"(?<![{DIGIT}〇一二三四五六七八九十百千万億兆])(?<![{DIGIT}][,，.．])(?<![数何])"
QUANTITY_RE = compile_re(
    PREFIX + rf"{_NOT_INSIDE_NUMBER}(?P<amount>{_AMOUNT})(?P<unit>{_UNIT_ALT})(?P<half>半)?"
    # 9割5分: the tenths of a 割 (95%), not five minutes.
    + r"(?P<tenths>(?<=割)[0-9０-９一二三四五六七八九]分)?" + SUFFIX
)
# Date parts are whole numbers (a month of 2.5 is a list marker "2." and the 5th month).
_WHOLE = rf"[{DIGIT}]+"
DATE_RE = compile_re(
    rf"{_NOT_INSIDE_NUMBER}(?:(?P<y>{_WHOLE}|[〇一二三四五六七八九]{{4}})年度?)?(?:(?P<m>{_WHOLE}|{_KANJI_NUM})月)"
    rf"(?:(?P<d>{_WHOLE}|{_KANJI_NUM})日)?(?!間)"
)
# A numbered list item whose text starts with a date or a count ("2.5月11日に…", "4.1703年に…", "3.3点シュートは…").
LIST_MARKER = compile_re(rf"\s*[{DIGIT}]{{1,2}}[.．](?=[{DIGIT}]{{1,2}}月[{DIGIT}]|[{DIGIT}]{{4}}年|[{DIGIT}]+[{KANJI_UNIFIED}]|"
                         rf"[{DIGIT}]+[かカヶヵケ][国所月])")
SPEED_BEFORE = ("時速", "秒速", "分速")
# N分のM: a fraction, compared as a percentage (3分の1 = 33.3%).
FRACTION_RE = compile_re(rf"(?P<prefix>約|およそ|ほぼ)?(?<![{DIGIT}])(?P<d>[{DIGIT}]+|[一二三四五六七八九十]+)分の"
                         rf"(?P<n>[{DIGIT}]+|[一二三四五六七八九十]+)")
_FRACTION_AFTER = compile_re(rf"の[{DIGIT}一二三四五六七八九十]")
# Nouns counted without a counter word that one has (34の会社 = 34社, 5の国 = 5カ国).
COUNTED_NOUNS = {"会社": "count:社", "企業": "count:社", "国": "count:国", "国家": "count:国", "都市": "count:都市",
                 "学校": "count:校", "政党": "count:党", "部隊": "count:部隊", "地域": "count:所", "拠点": "count:所"}
HALF_RE = compile_re(r"(?P<prefix>約|およそ|ほぼ)?(?<!過)半(?:分|数)")  # (過半数: more than half, no figure)
# A count with no counter word: 15の通貨 (compared only with the same noun).
BARE_COUNT_RE = compile_re(rf"(?<![{DIGIT}.．,，第{_KANJI_NUMERAL}])(?P<amount>[{DIGIT}]+つ?|[二三四五六七八九十]つ)の"
                           f"(?P<noun>[{KANJI_UNIFIED}{PLAIN_KATAKANA}]{{1,6}})")
# A count by a counter word the unit table lacks (13条, 10編成, 3シーズン, 41万7千戸, 30戸程度): one or two kanji, or a
# katakana word (before a kind too: 8ビット機; 100席級 counts 席), right after the number (digits with 千, 百, 万, 億 or 兆 between).
COUNTER_RE = compile_re(rf"(?<![{DIGIT}.．,，第万億兆])(?P<amount>{ARABIC}[千百]?(?:[万億兆](?:{ARABIC}[千百]?)?)*)"
                        rf"(?:(?P<counter>[{KANJI_UNIFIED}]{{1,2}}?|[{PLAIN_KATAKANA}]{{3,6}})"
                        rf"(?=程度|級|[^{KANJI_UNIFIED}{PLAIN_KATAKANA}]|$)|(?P<kind_counter>[{PLAIN_KATAKANA}]{{3,6}})(?=[機版型]))")
# Words after a number that name one of a series, not a count (19号, 3番, 2代目, 3階), 点, which counts points,
# items and places alike, the words of its places, part of the number (130万〜400万人, 7千戸), and 程(度).
NOT_COUNTERS = frozenset("号番目代階線系型式版次等級段面丁巡限回期位倍割年月日時分秒世点万億兆千百程")
# Every quantity and date has one of these (its amount, its month).
NUMERAL = compile_re(f"[{DIGIT}{_KANJI_NUMERAL}]")
# Words that start with a numeral but are no quantities (a unit must follow a kanji numeral).
NOT_NUMERIC = ("一部", "一方", "一環", "一時", "一度", "一致", "一体", "一層", "一般", "一連", "一員", "一因",
               "一切", "一定", "一斉", "一貫", "一向", "一瞬", "一段", "一帯", "一律", "一同", "一行", "一件落着",
               "一人ひとり", "万一", "十分", "千差万別", "一つ", "一人の例外", "一人も")


class Quantity(NamedTuple):
    start: int
    end: int
    surface: str
    unit: str  # unit class: "duration", "money:USD", "people", "date", …
    value: float  # in the class's base unit; for dates, unused
    low: float
    high: float
    approx: bool = False
    date: Optional[tuple[Optional[int], Optional[int], Optional[int]]] = None
    number_start: int = 0  # where the digits begin (for a fix)
    number_end: int = 0
    prefix: str = ""
    suffix: str = ""


def bounds_of(value: float, prefix: str, suffix: str, unit: str, factor: float = 1.0) -> tuple[float, float, bool]:
    """The range a number said with ``prefix`` and ``suffix`` stands for;
    ``factor``: the unit's, by which ``value`` was multiplied."""
    suffix = _HOW_MUCH.sub(r"\g<o>\g<t>", suffix, count=1)
    if suffix.startswith("の大台"):  # 100万部の大台を超えた (or not): the mark named, then crossed
        upward, denied = suffix.startswith(("の大台に", "の大台を超", "の大台を突破", "の大台を上回")), suffix.endswith(("ない", "ず", "なかった"))
        suffix = ("以下" if upward else "以上") if denied else "以上" if suffix.startswith(("の大台に", "の大台を突破")) else suffix[3:]
    approx = prefix in ("約", "およそ", "おおよそ", "ほぼ", "推定") or suffix in (
        "近く", "近い", "前後", "程度", "ほど", "くらい", "ぐらい", "強", "弱")
    low = high = value
    if approx:
        # "About N" tolerates the rounding a writer would do.
        low, high = value * 0.9, value * 1.1
    if suffix in ("余り", "あまり", "余"):  # a little over: short of a step (60cm余り is not 90) and of half again
        step = 10 ** math.floor(math.log10(value / factor)) * factor if value > 0 else 0
        low, high = value, min(value * 1.5, value + step)
    elif suffix.startswith(("を超えな", "を超えず", "を上回らな", "を上回らず")):  # not over: 以下
        low, high = float("-inf"), value
    # (を過ぎる: the mark passed, the moment it is reached among them, 24時間を過ぎると / 24時間が過ぎると.)
    elif suffix == "以上" or suffix.startswith(("を突破", "を下回らな", "を下回らず", "を過ぎ")) or prefix in ("少なくとも", "最低", "最少"):
        low, high = value, float("inf")
    elif suffix in ("超", "超え") or suffix.startswith(("を超", "を上回", "より深", "より多", "より大き", "より長", "より高", "より重", "より広")):
        low, high = value * (1 + 1e-6), float("inf")
    elif suffix in ("以下",) or prefix in ("最大", "最高") or suffix.startswith(("もた", "も経", "も持", "持た")):
        low, high = float("-inf"), value  # (1年もたずに: at most, a round year may be told so)
    elif suffix in ("未満", "足らず") or suffix.startswith(("を下回", "を切", "を割", "より", "に", "かから", "もかから")):
        # に満たない, にも届かなかった, に達しない, を切る, を割り込む: below the number.
        low, high = float("-inf"), value * (1 - 1e-6)
    elif suffix in ("強", "弱"):
        # A little over or under, up to half the step a share is told in (1割強 is 10-15 %, 2割弱 15-20 %).
        reach = 5.0 if unit == "percent" else value * 0.1
        low, high = (value, value + reach) if suffix == "強" else (value - reach, value)
    elif suffix in ("近く", "近い"):
        low, high = value * 0.75, value  # 1割近く: approaching a tenth, 8% among them
    elif suffix.startswith("台") and value > 0:
        # 3割台 is 30-40 %, 5%台 5-6 %, 700万トン台 7-8 million tonnes: a step of the
        # written number's first digit; 半ば, 前半 and 後半 its middle, first and second part.
        step = 10 ** math.floor(math.log10(value / factor)) * factor
        part = {"台半ば": (0.25, 0.75), "台前半": (0.0, 0.5), "台後半": (0.5, 1.0)}.get(suffix, (0.0, 1.0))
        low, high = value + part[0] * step, value + part[1] * step
    return low, high, approx


def extract(text: str, start: int = 0, end: Optional[int] = None) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, dates included.

    The span is read on its own (a number right before ``start`` does not
    run into it), with a list marker opening a line ("2." of "2.5月11日") blanked.
    """
    end = len(text) if end is None else end
    # Most sentences have no numeral at all: one search instead of several scans.
    if NUMERAL.search(text, start, end) is None and text.find("半", start, end) == -1:
        return []
    body = text[start:end]
    # (…and one opening a later line: a heading may come first, 見出し\n 1.1808年、)
    lines = [0] + [k + 1 for k, ch in enumerate(body) if ch == "\n"] if "\n" in body else [0]
    for at in lines:
        marker = LIST_MARKER.match(body, at)
        if marker:
            body = body[:at] + " " * (marker.end() - at) + body[marker.end():]
    found = _open_ranges(_merge_compound(_extract(body, start), text), text, start)
    if "年" in body or "翌" in body:
        years_told_before(found, body, start, lambda: last_date_before(text, start, extract))
        months_told_before(found, body, start, lambda s, e, surface, date: Quantity(s, e, surface, "date", 0, 0, 0,
                                                                                    date=date))
    return found


def _extract(body: str, base: int) -> list[Quantity]:
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    # A date needs 月 (DATE_RE's scan is the slower one).
    dates = DATE_RE.finditer(body) if "月" in body else ()
    for m in dates:
        if not (m.group("y") or m.group("d")):
            continue  # "3月" alone: a month, compared as a plain quantity below
        if m.start() > 0 and script_is_digit(body[m.start() - 1]):
            continue
        y, s = _date_part(m.group("y")), m.start()
        # A year of an unknown era (天明7年5月) leaves month and day; one counted back (紀元前45年1月1日) is below 0.
        bc = BEFORE_THE_ERA.search(body, max(0, s - 4), s) if y is not None else None
        if y is not None:
            era = era_before(body, s)
            y = -y if bc else y + era if era or y >= 1000 or not OTHER_ERA.search(body, 0, s) else None
        mo, d, s = _date_part(m.group("m")), _date_part(m.group("d")), bc.start() if bc else s
        if mo is not None and not 1 <= mo <= 12 or d is not None and not 1 <= d <= 31:
            continue
        found.append(Quantity(base + s, base + m.end(), body[s:m.end()], "date", 0, 0, 0, False, (y, mo, d),
                              base + s, base + m.end()))
        taken.append(m.span())
    # Dates come in order and do not overlap: the one that could hold an amount is the last to start at or before it.
    taken_starts = [a for a, _ in taken]
    # A fraction holds a duration's look-alike (3分の1 is not 3 minutes).
    fractions = [m.span() for m in FRACTION_RE.finditer(body)] if "分の" in body else []
    for m in QUANTITY_RE.finditer(body):
        s, e = m.span()
        k = bisect_right(taken_starts, m.start("amount")) - 1
        if k >= 0 and m.start("amount") < taken[k][1]:
            continue
        if fractions and any(a <= m.start("amount") < b for a, b in fractions):
            continue
        if m.start("amount") > 0 and script_is_digit(body[m.start("amount") - 1]):
            continue
        amount = m.group("amount")
        if not re.search(r"[0-9０-９]", amount):
            word_at = body[m.start("amount"):m.start("amount") + 6]
            if any(word_at.startswith(w) for w in NOT_NUMERIC):
                continue
        value = parse_amount(amount)
        if value is None:
            continue
        unit_word = m.group("unit")
        if unit_word == "分" and _FRACTION_AFTER.match(body, e):
            continue  # 2万分の1: a fraction too large for FRACTION_RE, no minutes
        unit, factor = UNITS[unit_word]
        if unit == "length" and body.endswith(SPEED_BEFORE, 0, m.start()):  # 時速約370キロメートル: a speed
            unit = "speed:" + next(w for w in SPEED_BEFORE if body.endswith(w, 0, m.start()))
        if unit.startswith("count:") and (in_ordinal_list(body, m.start("amount"))
                                          or unit == "count:点" and value <= 100):
            continue  # 第2部: an ordinal names one; 25点 is as often a score or a point of a figure
        if unit == "years":
            year = calendar_year(body, m, value)
            if year is None:
                continue
            if year:
                s = m.start("amount") - (3 if body.endswith("紀元前", 0, s) else 1) if year < 0 else s  # 前141年 whole
                found.append(Quantity(base + s, base + e, body[s:e], "date", 0, 0, 0, False, (year, None, None),
                                      base + m.start("amount"), base + m.end("amount")))
                continue
            unit, factor = "duration", 525600
        value *= factor
        if m.group("half"):
            value += 0.5 * factor
        if m.group("tenths"):
            value += parse_amount(m.group("tenths")[0]) or 0
        prefix, suffix = m.group("prefix") or "", m.group("suffix") or ""
        low, high, approx = bounds_of(value, prefix, suffix, unit, factor)
        found.append(Quantity(base + s, base + e, m.group(), unit, value, low, high, approx, None,
                              base + m.start("amount"), base + m.end("amount"), prefix, suffix))
        taken.append((s, e))
    found.extend(_fractions_and_counts(body, base, taken))
    found.sort(key=lambda q: q.start)
    return found


def _fractions_and_counts(body: str, base: int, taken: list[tuple[int, int]]) -> list[Quantity]:
    """3分の1 and 半分 (as percentages), 13条 (a count by a counter word the
    table lacks), and 15の通貨 (a count of that noun)."""
    out = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for m in FRACTION_RE.finditer(body):
        d, n = part_value(m.group("d")), part_value(m.group("n"))
        if d and n is not None and free(m.start(), m.end()):
            out.append(_percent(m, base, 100 * n / d))
            taken.append(m.span())  # its numerator is no count (3分の1以上)
    for m in HALF_RE.finditer(body):
        if free(m.start(), m.end()):
            out.append(_percent(m, base, 50.0))
    for m in COUNTER_RE.finditer(body):
        counter = m.group("counter") or m.group("kind_counter")
        if counter[0] in NOT_COUNTERS or counter in UNITS or not free(m.start(), m.end()) or in_ordinal_list(body, m.start()):
            continue
        value = parse_amount(m.group("amount"))
        if value is None:
            continue
        taken.append(m.span())
        # (Bounded as other counts are, 1万3千戸を割り込む, 約30戸; a comparison, 1坪より広い, is a pair's.)
        suffix = _SUFFIX_AFTER.match(body, m.end()).group("suffix") or ""
        p = _PREFIX_BEFORE.search(body, max(0, m.start() - 5), m.start())
        bounds = bounds_of(value, p.group() if p else "", "" if suffix.startswith("より") else suffix, "")
        out.append(Quantity(base + m.start(), base + m.end(), m.group(), "count:" + counter, value,
                            *bounds, None, base + m.start("amount"), base + m.end("amount")))
    for m in BARE_COUNT_RE.finditer(body):
        if free(m.start(), m.end()):
            value = parse_amount(a) if (a := m.group("amount").rstrip("つ")) in _KANJI_NUMERAL else to_int_ascii(a)
            if value == 1 and "つ" in m.group():
                continue  # 1つの焦点: one of them, no count
            unit = COUNTED_NOUNS.get(m.group("noun"), "count:" + m.group("noun"))
            out.append(Quantity(base + m.start(), base + m.end(), m.group(), unit, value,
                                value, value, False, None, base + m.start("amount"), base + m.end("amount")))
    return out


_SUFFIX_AFTER = compile_re(SUFFIX)
# Percentage points a fraction may stand for on either side.
FRACTION_SLACK = 1.0


def _percent(m: re.Match, base: int, value: float) -> Quantity:
    prefix = m.group("prefix") or ""
    # 半分に満たない, 3分の1以上: the words after a fraction bound it too.
    suffix = _SUFFIX_AFTER.match(m.string, m.end()).group("suffix") or ""
    low, high, approx = bounds_of(value, prefix, suffix, "percent")
    if suffix and high != low:
        return Quantity(base + m.start(), base + m.end(), m.group(), "percent", value, low, high, approx, None,
                        base + m.start(), base + m.end(), prefix, suffix)
    # A share told as a fraction stands for the percentage rounded either way (3分の2 for 67%, 3分の1 for 33%, 半分 for 49%).
    low, high = min(low, value - FRACTION_SLACK), max(high, value + FRACTION_SLACK)
    return Quantity(base + m.start(), base + m.end(), m.group(), "percent", value, low, high, approx, None,
                    base + m.start(), base + m.end(), prefix)


def _merge_compound(found: list[Quantity], text: str) -> list[Quantity]:
    """2時間30分, 1年3か月, 2メートル45センチ: one span or length, not two quantities."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.unit == q.unit in ("duration", "length") and q.start == prev.end
                and not q.prefix and not prev.suffix and prev.value > q.value):
            value = prev.value + q.value
            low, high, approx = bounds_of(value, prev.prefix, q.suffix, q.unit, q.value)  # 余り: by the last part
            out[-1] = Quantity(prev.start, q.end, text[prev.start:q.end], q.unit, value, low, high, approx,
                               None, prev.number_start, q.number_end, prev.prefix, q.suffix)
        else:
            out.append(q)
    return out


# The bare first end of a range whose unit comes after the second (10〜21日), a list's number before a year's (3.1968〜).
_BARE_END = compile_re(rf"(?:(?<![{DIGIT}.．,，])|(?<![^\s][0-9][.．])(?<=[0-9][.．])(?=[0-9]{{4}}))([{DIGIT}]+)[〜～~－–]$")


def _open_ranges(found: list[Quantity], text: str, start: int) -> list[Quantity]:
    """10〜21日: one quantity from 10 to 21 days, not 21 days alone; 1751〜1764年:
    two years, the ends of a range."""
    out = []
    for q in found:
        m = _BARE_END.search(text, max(start, q.number_start - 8), q.number_start)
        amount = part_value(text[q.number_start:q.number_end]) if m else None
        first = part_value(m.group(1)) if m else None
        if amount and first is not None and first < amount and q.unit != "date" and q.low == q.high:
            q = q._replace(start=m.start(), surface=text[m.start():q.end], low=q.value * first / amount)
        elif amount and first is not None and 1000 <= first < amount and q.date is not None and q.date[1] is None:
            out.append(q._replace(start=m.start(1), end=m.end(1), surface=m.group(1), date=(int(first), None, None),
                               number_start=m.start(1), number_end=m.end(1)))
        out.append(q)
    return out


def script_is_digit(ch: str) -> bool:
    return ch.isdigit() or ch in "〇一二三四五六七八九十百千万億兆"


def _date_part(s: Optional[str]) -> Optional[int]:
    if not s:
        return None
    v = part_value(s)
    return int(v) if v is not None else None


def compatible(a: Quantity, b: Quantity) -> bool:
    """Could both describe the same value?  (Units must already match.)"""
    if a.unit == "date" or b.unit == "date":
        if a.date is None or b.date is None:
            return True
        return all(x is None or y is None or x == y for x, y in zip(a.date, b.date))
    # Two bounds the same way (200万人を超える / 300万人超) each say about how many: a writer bounds by the figure near the count.
    if (a.high == b.high == INF or a.low == b.low == -INF) and min(a.value, b.value) > 0:
        return max(a.value, b.value) / min(a.value, b.value) < SAME_WAY_BOUNDS
    return a.low <= b.high * (1 + 1e-9) and b.low <= a.high * (1 + 1e-9)


# How far apart two bounds the same way may be and still be told of one count.
SAME_WAY_BOUNDS = 1.3
INF = float("inf")
