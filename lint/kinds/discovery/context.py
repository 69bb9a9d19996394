"""Occurrences a text gives on purpose, which are not variants to fix.

A spelling named as an alternative (「ヴァイオリン（バイオリンとも表記される）」,
「キシナウ（キシニョフ）」: :func:`lint.text.asides.named_alternative`), spellings
listed side by side (「ボーカル、ヴォーカル」, a reading list: 「ジョージアご
グルジアご」: :func:`lint.text.asides.listed_together`) and the katakana part
of a proper noun its owner spells that way (富士フイルム, エイベックス・エンタテ
インメント: the lexicon's names) are left out of the comparison, and so is a
part of a company's name (ニューズ・コーポレーション, 富士写真フイルム株式会社)
beside a word written alone.
"""

from __future__ import annotations

import re
from typing import Iterable

from lint.cache.programs import compile_re
from lint.kinds.discovery.grouping import Group, katakana_groups
from lint.kinds.discovery.keys import JOINERS, Occurrence
from lint.text.asides import listed_together, named_alternative
from lint.text.scripts import FULLWIDTH_KATAKANA


def owner_spelled(text: str, occ: Occurrence) -> bool:
    """Is the occurrence part of a proper noun that spells it this way (富士フイルム)?"""
    from lint.text.lexicon import lexicon

    for name, offset in lexicon().owner_parts().get(occ.surface, ()):
        at = occ.start - offset
        if at >= 0 and text.startswith(name, at):
            return True
    return False


# Words that end the name of a company or a label (ニューズ・コーポレーション,
# ジャニーズ・エンタテイメント): the name is spelled as its owner registered it.
_ORGANISATION = compile_re(r"(?:コーポレーション|カンパニー|インコーポレイテッド|インコーポレーテッド|ホールディングス|"
                           r"エンタテインメント|エンターテインメント|エンタテイメント|エンターテイメント|"
                           r"プロダクションズ?|レコーズ|レコード|ピクチャーズ|スタジオズ?|コミュニケーションズ|"
                           r"ネットワークス|システムズ|テクノロジーズ|インダストリーズ|ラボラトリーズ)$")
_NAME_RUN = f"[{FULLWIDTH_KATAKANA}{JOINERS}]*"
_COMPANY_BEFORE = compile_re(r"(?:株式会社|有限会社|合同会社)[ \u3000]?$")
_COMPANY_AFTER = compile_re(r"[ \u3000]?(?:株式会社|有限会社|合同会社|社(?![会交員説]))")


def organisation_part(text: str, occ: Occurrence) -> bool:
    """Is the occurrence part of a company's name (富士写真フイルム株式会社, ニューズ・コーポレーション)?"""
    left = re.search(_NAME_RUN + "$", text[max(0, occ.start - 40):occ.start])
    right = re.match(_NAME_RUN, text[occ.end:occ.end + 40])
    start = occ.start - len(left.group()) if left else occ.start
    end = occ.end + (len(right.group()) if right else 0)
    name = text[start:end]
    if _ORGANISATION.search(name) and name != text[occ.start:occ.end]:
        return True
    return bool(_COMPANY_BEFORE.search(text, max(0, start - 6), start) or _COMPANY_AFTER.match(text, end))


def given_on_purpose(text: str, occ: Occurrence) -> bool:
    return named_alternative(text, occ.start, occ.end) or owner_spelled(text, occ)


def _names_apart(text: str, group: Group) -> set[int]:
    """Starts of occurrences of forms that stand only in a company's name, in a
    group where other forms never do: ニューズ of ニューズ・コーポレーション is
    not a spelling of the word ニュース.  Two spellings of one company's name
    are still compared."""
    org = {form: [organisation_part(text, o) for o in occs] for form, occs in group.forms.items()}
    if not any(all(flags) for flags in org.values()) or not any(not any(flags) for flags in org.values()):
        return set()
    return {o.start for form, occs in group.forms.items() if all(org[form]) for o in occs}


def set_apart(text: str, group: Group) -> set[int]:
    """Starts of the group's occurrences that are not compared: listed side by
    side with another form, or part of a company's name."""
    return side_by_side(text, group) | _names_apart(text, group)


def side_by_side(text: str, group: Group) -> set[int]:
    """Starts of the group's occurrences listed side by side with another of its forms."""
    spans = [(o.start, o.end, form) for form, occs in group.forms.items() for o in occs]
    return {spans[i][0] for i in listed_together(text, spans)}


def without_given(groups: list[Group], text: str) -> list[Group]:
    """The groups with the occurrences given on purpose left out (groups left with one form go)."""
    out = []
    for g in groups:
        listed = set_apart(text, g)
        forms = {}
        for form, occs in g.forms.items():
            kept = [o for o in occs if o.start not in listed and not given_on_purpose(text, o)]
            if kept:
                forms[form] = kept
        if len(forms) > 1:
            out.append(Group(forms, g.tier))
    return out


def kept_occurrences(text: str, occurrences: Iterable[tuple[Occurrence, bool]],
                     edits: bool = False) -> list[tuple[Occurrence, bool]]:
    """The katakana occurrences of one text less those given on purpose, for
    comparisons beyond the text (a run, ``yure discover``): the text's own
    families say which spellings it lists side by side."""
    occs = [(o, joined) for o, joined in occurrences if not given_on_purpose(text, o)]
    listed: set[int] = set()
    for g in katakana_groups(occs, edits=edits):
        listed |= set_apart(text, g)
    return [(o, joined) for o, joined in occs if o.start not in listed]
