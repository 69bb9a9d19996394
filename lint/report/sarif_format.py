"""SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

import json
import os
from typing import Any

from lint import __version__
from lint.report.json_format import one_per_line

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# Stands for the results while the rest of the document is encoded.
RESULTS_SLOT = "<yure: the results>"


def artifact_uri(path: str) -> str:
    """A path as the URI reference SARIF wants: ``/`` between folders, and
    spaces, ``#``, ``%`` and non-ASCII letters percent-encoded (UTF-8); an
    absolute path becomes a ``file:`` URI."""
    from pathlib import Path
    from urllib.parse import quote

    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(path.replace("\\", "/"), safe="/")


def render(diagnostics: list, rules: Any = None, **_: Any) -> str:
    rule_meta: dict[str, dict] = {}
    for d in diagnostics:
        if d.rule not in rule_meta:
            meta = {"id": d.rule, "properties": {"category": d.category}}
            if rules is not None:
                rule = rules.get(d.rule)
                if rule is not None and rule.description:
                    meta["fullDescription"] = {"text": rule.description}
            rule_meta[d.rule] = meta
    uris: dict[str, str] = {}

    def uri(path: str) -> str:
        if path not in uris:
            uris[path] = artifact_uri(path)
        return uris[path]

    results = []
    for d in diagnostics:
        loc = d.location
        result = {
            "ruleId": d.rule,
            "level": LEVEL.get(d.severity, "warning"),
            "message": {"text": d.message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": uri(loc.path)},
                    "region": {"startLine": loc.line, "startColumn": loc.column,
                               "endLine": loc.end_line, "endColumn": loc.end_column},
                }
            }],
        }
        if d.fix is not None:
            result["fixes"] = [{
                "description": {"text": "safe fix" if d.fix.safe else "unsafe fix"},
                "artifactChanges": [{
                    "artifactLocation": {"uri": uri(loc.path)},
                    "replacements": [{
                        "deletedRegion": {"startLine": loc.line, "startColumn": loc.column,
                                          "endLine": loc.end_line, "endColumn": loc.end_column},
                        "insertedContent": {"text": d.fix.replacement},
                    }],
                }],
            }]
        if d.related:
            result["relatedLocations"] = [{
                "physicalLocation": {
                    "artifactLocation": {"uri": uri(r.location.path)},
                    "region": {"startLine": r.location.line, "startColumn": r.location.column},
                },
                "message": {"text": r.text},
            } for r in d.related]
        results.append(result)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "yure", "version": __version__,
                                "informationUri": "https://pypi.org/project/yure/",
                                "rules": list(rule_meta.values())}},
            # Columns count characters (code points), as everywhere in yure;
            # SARIF's default is UTF-16 code units.
            "columnKind": "unicodeCodePoints",
            "results": RESULTS_SLOT,
        }],
    }
    # Indented around the results, one result per line (see json_format.one_per_line).
    # The results come last: a rule description that happened to hold the
    # slot's text comes before it.
    head, _, tail = json.dumps(doc, ensure_ascii=False, indent=2).rpartition(json.dumps(RESULTS_SLOT))
    return head + one_per_line(results).rstrip("\n") + tail + "\n"
