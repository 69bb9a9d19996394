"""``yure discover``: variant families across a corpus, as a listing or a rule file."""

from __future__ import annotations

from lint.kinds.discovery.coverage import LoadedRule, LoadedSpellings
from lint.kinds.discovery.families import allowed, mine, render_text, render_yaml
from lint.ruleset.model import Rule, RuleSet


def families_report(texts: dict[str, str], ruleset: RuleSet, scope: str = "run", emit_yaml: bool = False,
                    min_count: int = 1, one_edit: bool = False, sudachi: bool = True) -> str:
    """The families found in ``texts``, less those the discovery rules' allow-lists accept;
    each marked with what the loaded rules already say about it."""
    allow = [entry for r in ruleset.by_kind().get("discovery", []) for entry in r.compiled]
    groups = mine(texts, scope=scope, one_edit=one_edit, sudachi=sudachi)
    groups = [g for g in groups if sum(g.counts().values()) >= min_count and not allowed(g, allow)]
    loaded = LoadedSpellings(_loaded_rule(r) for r in ruleset.rules if r.kind != "discovery")
    return render_yaml(groups, len(texts), loaded) if emit_yaml else render_text(groups, loaded)


def _loaded_rule(rule: Rule) -> LoadedRule:
    from lint.kinds import KINDS

    expected = rule.options.get("expected")
    if not isinstance(expected, str) or "$" in expected:
        expected = None  # no literal form: a regex's group fills it in
    return LoadedRule(rule.id, expected, frozenset(KINDS[rule.kind].spellings(rule)))
