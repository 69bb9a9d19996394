"""Check kinds.  Each module handles one ``kind:`` of YAML rule.

A kind module provides:

``KIND``, ``CATEGORY``
    the ``kind:`` value it handles and the default category of its findings.
``OPTIONS``
    the kind's own rule keys, as :class:`Option` specs (validated on load).
``compile(rule)``
    deeper validation and pre-computation; stores the result on ``rule.compiled``
    and raises :class:`~lint.errors.RuleFileError` naming the line.
``check(doc, rules, ctx)``
    yields :class:`~lint.diagnostics.Diagnostic` for one document and all
    enabled rules of the kind (one call per kind, so shared work such as the
    phrase scan happens once).
``phrases(rules)`` (optional)
    literal/regex phrases to add to the shared one-pass matcher.
``collect(doc, rules, ctx)`` / ``finish(facts, rules)`` (optional)
    for run-wide checks: small picklable facts per file, then diagnostics.
``FIXES`` (optional)
    the best fix its findings may carry: ``"safe"``, ``"unsafe"`` or None
    (never a fix).  Fix rounds run only the kinds that may offer a fix the
    run applies; the others run once, on the fixed text.  A kind without it
    counts as ``"safe"``.
``SUBCODES`` (optional)
    ``{suffix: explanation}`` for kinds that report several kinds of problem
    under ``<rule id>.<suffix>``.
"""

from __future__ import annotations

from typing import Any

from lint.kinds import citation
from lint.kinds import consistency
from lint.kinds import contradiction
from lint.kinds import discovery
from lint.kinds import prh
from lint.kinds import sections
from lint.kinds import variants
from lint.kinds.base import Option

KINDS = {mod.KIND: mod for mod in (variants, consistency, sections, citation, contradiction, prh, discovery)}

__all__ = ["KINDS", "Option", "register"]


def register(module: Any) -> None:
    """Add a kind module (used by later check families)."""
    KINDS[module.KIND] = module
