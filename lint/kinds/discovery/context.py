"""Occurrences a text gives on purpose, which are not variants to fix.

A spelling named as an alternative (「ヴァイオリン（バイオリンとも表記される）」,
「キシナウ（キシニョフ）」: :func:`lint.text.asides.named_alternative`) and the
katakana part of a proper noun its owner spells that way (富士フイルム,
エイベックス・エンタテインメント: the lexicon's names) are left out of the
comparison.
"""

from __future__ import annotations

from lint.kinds.discovery.grouping import Group
from lint.kinds.discovery.keys import Occurrence
from lint.text.asides import named_alternative


def owner_spelled(text: str, occ: Occurrence) -> bool:
    """Is the occurrence part of a proper noun that spells it this way (富士フイルム)?"""
    from lint.text.lexicon import lexicon

    for name, offset in lexicon().owner_parts().get(occ.surface, ()):
        at = occ.start - offset
        if at >= 0 and text.startswith(name, at):
            return True
    return False


def given_on_purpose(text: str, occ: Occurrence) -> bool:
    return named_alternative(text, occ.start, occ.end) or owner_spelled(text, occ)


def without_given(groups: list[Group], text: str) -> list[Group]:
    """The groups with the occurrences given on purpose left out (groups left with one form go)."""
    out = []
    for g in groups:
        forms = {}
        for form, occs in g.forms.items():
            kept = [o for o in occs if not given_on_purpose(text, o)]
            if kept:
                forms[form] = kept
        if len(forms) > 1:
            out.append(Group(forms, g.tier))
    return out
