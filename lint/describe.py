"""What the loaded rules are: the rows of ``yure rules`` and the text of ``yure explain``.

Everything said about a rule comes from its kind (:class:`~lint.kinds.base.Kind`):
its documentation, options, subcodes and the fix its findings really carry.
"""

from __future__ import annotations

import textwrap
from typing import Optional

from lint.errors import YureError
from lint.kinds import KINDS
from lint.kinds.base import FixOffer
from lint.ruleset.model import Rule, RuleSet

FIX_WORDS = {"safe": "safe fix (applied by --fix)", "unsafe": "unsafe fix (needs --unsafe-fixes)", None: "no fix"}


def fix_word(offer: FixOffer) -> str:
    return offer or "none"


def fix_by_code(rule: Rule) -> dict[str, str]:
    """The fix each reported id carries: safe, unsafe or none."""
    kind = KINDS[rule.kind]
    if not rule.subcodes:
        return {rule.id: fix_word(kind.fix_offer(rule))}
    return {f"{rule.id}.{code}": fix_word(kind.fix_offer(rule, code)) for code in rule.subcodes}


def rule_rows(ruleset: RuleSet) -> list[dict]:
    """One row per loaded rule, for ``yure rules``."""
    rows = []
    for rule in ruleset.rules:
        kind = KINDS[rule.kind]
        rows.append({
            "id": rule.id, "kind": rule.kind, "category": rule.category, "severity": rule.severity,
            "fix": fix_word(kind.fix_offer(rule)), "fixes": fix_by_code(rule), "set": rule.set_name,
            "source": f"{rule.path}:{rule.line}", "summary": kind.summary(rule), "reports": rule.emitted_ids(),
        })
    return rows


def find_rule(ruleset: RuleSet, rule_id: str) -> tuple[Rule, Optional[str]]:
    """The rule ``rule_id`` names, and the subcode when it names one (``sections.missing``)."""
    rule = ruleset.get(rule_id)
    if rule is not None:
        return rule, None
    base, _, code = rule_id.rpartition(".")
    rule = ruleset.get(base) if base else None
    if rule is None or code not in rule.subcodes:
        raise YureError(f"unknown rule id {rule_id!r} (see `yure rules`)")
    return rule, code


def _paragraphs(text: str) -> list[str]:
    """The prose paragraphs of a docstring, literal blocks (``::``) left out."""
    out = []
    for para in text.split("\n\n"):
        if para.startswith(("    ", "\t")) or para.rstrip().endswith("::"):
            continue
        out.append(" ".join(para.split()).replace("``", ""))
    return out


def explain(ruleset: RuleSet, rule_id: str) -> str:
    """``yure explain``: what the rule checks, its fix, its options and examples."""
    rule, code = find_rule(ruleset, rule_id)
    kind = KINDS[rule.kind]
    lines = [f"{rule.id}  ({rule.set_name}, {rule.path}:{rule.line})", ""]
    lines.append(f"kind: {rule.kind}   category: {rule.category}   severity: {rule.severity}   "
                 f"scope: {rule.scope}   {FIX_WORDS[kind.fix_offer(rule, code)]}")
    lines.append("")
    prose = [" ".join(rule.description.split())] if rule.description else _paragraphs(kind.doc())
    for para in prose:
        lines.extend(textwrap.wrap(para, 78))
        lines.append("")
    lines.extend(kind.details(rule))
    if kind.subcodes:
        lines.append("reports:")
        for name, sub in kind.subcodes.items():
            if code is None or name == code:
                lines.append(f"  {rule.id}.{name} ({fix_word(kind.fix_offer(rule, name))} fix): {sub.doc}")
    if rule.exceptions:
        lines.append(f"exceptions: {', '.join(rule.exceptions)}")
    examples = [t for t in rule.tests if "\n" not in t.text.strip()][:4]
    if examples:
        lines.append("examples:")
        for t in examples:
            if t.kind == "pass":
                lines.append(f"  ok:    {t.text.strip()}")
            else:
                lines.append(f"  found: {t.text.strip()}" + (f"  →  {t.fixed.strip()}" if t.fixed else ""))
    return "\n".join(lines).rstrip() + "\n"
