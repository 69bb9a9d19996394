"""yure's findings as LSP diagnostics, edits and hover text."""

from __future__ import annotations

from typing import Callable, Optional

from lsprotocol import types

from lint.lsp.positions import PositionMap
from lint.lsp.edits import Edit
from lint.lsp.project import Finding, Problem

SOURCE = "yure"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def lsp_range(positions: PositionMap, start: int, end: int) -> types.Range:
    line, character = positions.position(start)
    end_line, end_character = positions.position(end)
    return types.Range(types.Position(line, character), types.Position(end_line, end_character))


def diagnostic(finding: Finding, positions: PositionMap,
               locate: Callable[[str], Optional[tuple[str, PositionMap]]]) -> types.Diagnostic:
    """``locate``: the URI and positions of a path a related place is in (None: unknown)."""
    related = []
    for evidence in finding.related:
        found = locate(evidence.path)
        if found is None:
            continue
        uri, where = found
        related.append(types.DiagnosticRelatedInformation(
            types.Location(uri, lsp_range(where, evidence.start, evidence.end)), evidence.text))
    return types.Diagnostic(
        range=lsp_range(positions, finding.start, finding.end),
        message=finding.message,
        severity=SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule,
        source=SOURCE,
        related_information=related or None,
    )


def problem_diagnostic(problem: Problem, severity: types.DiagnosticSeverity,
                       line_text: Optional[str]) -> types.Diagnostic:
    """A configuration or rule file problem, on its line (the whole line when it is known)."""
    line = max(0, (problem.line or 1) - 1)
    end = len(line_text.encode("utf-16-le", "surrogatepass")) // 2 if line_text else 0
    message = f"rule {problem.rule!r}: {problem.message}" if problem.rule else problem.message
    return types.Diagnostic(range=types.Range(types.Position(line, 0), types.Position(line, end)),
                            message=message, severity=severity, source=SOURCE, code=problem.rule)


def text_edit(positions: PositionMap, edit: Edit) -> types.TextEdit:
    return types.TextEdit(range=lsp_range(positions, edit.start, edit.end), new_text=edit.replacement)


def workspace_edit(uri: str, version: Optional[int], edits: list[types.TextEdit],
                   document_changes: bool) -> types.WorkspaceEdit:
    if document_changes:
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
            text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
            edits=edits)])
    return types.WorkspaceEdit(changes={uri: edits})


def fix_title(finding: Finding, text: str) -> str:
    fix = finding.fix
    assert fix is not None
    before = text[fix.start:fix.end]
    if fix.replacement and before:
        what = f"Replace '{before}' with '{fix.replacement}'"
    elif fix.replacement:
        what = f"Insert '{fix.replacement}'"
    else:
        what = f"Remove '{before}'"
    if fix.safe:
        return f"{what} ({finding.rule})"
    return f"{what} ({finding.rule}, unsafe: check the result)"


def hover_text(findings: list[Finding], explain: Callable[[str], Optional[str]],
               describe: Callable[[str, int], str]) -> str:
    """Markdown for the findings under the cursor: message, evidence, and
    ``yure explain`` of each rule once.  ``describe(path, offset)``: where a
    related place is, as ``path:line``."""
    parts = []
    explained = set()
    for f in findings:
        lines = [f"**{f.rule}** ({f.severity}) {f.message}"]
        for evidence in f.related:
            lines.append(f"\n> {evidence.text}\n>\n> — {describe(evidence.path, evidence.start)}")
        if f.rule not in explained:
            explained.add(f.rule)
            text = explain(f.rule)
            if text:
                lines.append("\n```text\n" + text.rstrip("\n").replace("```", "'''") + "\n```")
        parts.append("\n".join(lines))
    return "\n\n---\n\n".join(parts)
