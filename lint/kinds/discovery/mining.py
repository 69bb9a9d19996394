"""``yure discover``: variant families across a corpus, as text or as rules."""

from __future__ import annotations

import re

from lint.kinds.discovery.context import kept_occurrences
from lint.kinds.discovery.grouping import Group, katakana_groups, merge_groups
from lint.kinds.discovery.keys import katakana_occurrences
from lint.kinds.discovery.sudachi import sudachi_groups

def mine(texts: dict[str, str], scope: str = "run", one_edit: bool = False, sudachi: bool = True) -> list[Group]:
    """Variant families across ``texts`` (path → text), most frequent first."""
    from lint.parse import parse

    batches = [list(texts.items())] if scope == "run" else [[item] for item in texts.items()]
    merged: dict[frozenset, Group] = {}
    for batch in batches:
        # Prose only: code (Markdown code, by the file's own name) and URLs
        # are masked, as the lint checks see them.  Posts and sections are
        # not needed.
        masked = [parse(text, path, structure=False).masked for path, text in batch]
        groups = katakana_groups((o for m in masked for o in kept_occurrences(m, katakana_occurrences(m), one_edit)),
                                 edits=one_edit)
        if sudachi:
            for m in masked:
                spans = [(s.start(), s.end()) for s in re.finditer(r"[^\n。]+。?", m)]
                groups.extend(sudachi_groups(m, spans))
        for g in merge_groups(groups):
            key = frozenset(g.forms)
            if key in merged:
                for form, occs in g.forms.items():
                    merged[key].forms.setdefault(form, []).extend(occs)
            else:
                merged[key] = g
    return sorted(merged.values(), key=lambda g: (-sum(g.counts().values()), sorted(g.forms)))


def render_text(groups: list[Group]) -> str:
    lines = []
    for g in groups:
        lines.append(" / ".join(f"{f} ×{n}" for f, n in g.counts().most_common()) + f"  ({g.tier})")
    lines.append(f"{len(groups)} famil{'y' if len(groups) == 1 else 'ies'} of variants.")
    return "\n".join(lines) + "\n"


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_yaml(groups: list[Group], files: int) -> str:
    """The families as a yure rule file: variants where one form clearly
    dominates (three times the others), consistency rules otherwise."""
    out = [
        f"# Spelling-variant families found by `yure discover` in {files} file(s).",
        "# Review each rule: keep, edit the preferred form, or delete it.",
        "name: house-variants",
        "rules:",
    ]
    for n, g in enumerate(groups, 1):
        counts = g.counts().most_common()
        top, top_n = counts[0]
        rest = sum(c for _, c in counts[1:])
        out.append(f"  # {', '.join(f'{f}: {c}' for f, c in counts)} ({g.tier})")
        out.append(f"  - id: variant-{n:03d}")
        if top_n >= 3 * rest:
            patterns = [f for f, _ in counts[1:]]
            out.append("    kind: variants")
            out.append(f"    expected: {_yaml_str(top)}")
            out.append("    patterns: [" + ", ".join(_yaml_str(p) for p in patterns) + "]")
            out.append("    tests:")
            out.append(f"      - fail: {_yaml_str(patterns[0] + 'の例。')}")
            out.append(f"        fix: {_yaml_str(top + 'の例。')}")
        else:
            forms = [f for f, _ in counts]
            out.append("    kind: consistency")
            out.append("    forms: [" + ", ".join(_yaml_str(f) for f in forms) + "]")
            out.append("    tests:")
            sample = f"{forms[0]}と{forms[0]}、{forms[1]}。"
            out.append(f"      - fail: {_yaml_str(sample)}")
            out.append(f"        fix: {_yaml_str(f'{forms[0]}と{forms[0]}、{forms[0]}。')}")
    if not groups:
        out[-1] = "rules: []"
    return "\n".join(out) + "\n"
