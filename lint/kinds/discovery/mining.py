"""``yure discover``: variant families across a corpus, as text or as rules."""

from __future__ import annotations

import re
from typing import Optional

from lint.kinds.discovery.context import kept_occurrences
from lint.kinds.discovery.coverage import Advice, LoadedSpellings
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


def render_text(groups: list[Group], loaded: Optional[LoadedSpellings] = None) -> str:
    lines = []
    for g in groups:
        note = loaded.advise(g).why if loaded else ""
        lines.append(" / ".join(f"{f} ×{n}" for f, n in g.counts().most_common()) + f"  ({g.tier})"
                     + (f"  [{note}]" if note else ""))
    lines.append(f"{len(groups)} famil{'y' if len(groups) == 1 else 'ies'} of variants.")
    return "\n".join(lines) + "\n"


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_yaml(groups: list[Group], files: int, loaded: Optional[LoadedSpellings] = None) -> str:
    """The families as a yure rule file: variants where one form clearly
    dominates (three times the others), consistency rules otherwise.
    Families a loaded rule covers are comments naming it; where a loaded
    rule writes or replaces a form, the new rule agrees with it."""
    out = [
        f"# Spelling-variant families found by `yure discover` in {files} file(s).",
        "# Review each rule: keep, edit the preferred form, or delete it.",
        "name: house-variants",
        "rules:",
    ]
    emitted = 0
    for n, g in enumerate(groups, 1):
        counts = g.counts().most_common()
        advice = loaded.advise(g) if loaded else Advice()
        out.append(f"  # {', '.join(f'{f}: {c}' for f, c in counts)} ({g.tier})"
                   + (f": {advice.why}" if advice.why else ""))
        if advice.covered_by:
            out.append(f"  # (no rule: the loaded rule{'s' if len(advice.covered_by) > 1 else ''} "
                       f"{', '.join(advice.covered_by)} already decide{'' if len(advice.covered_by) > 1 else 's'})")
            continue
        emitted += 1
        if advice.expected is not None:
            counts = [(advice.expected, g.counts()[advice.expected])] + [c for c in counts if c[0] != advice.expected]
        top, top_n = counts[0]
        rest = sum(c for _, c in counts[1:])
        out.append(f"  - id: variant-{n:03d}")
        if top_n >= 3 * rest or advice.expected is not None:
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
    if not emitted:
        out[out.index("rules:")] = "rules: []"
    return "\n".join(out) + "\n"
