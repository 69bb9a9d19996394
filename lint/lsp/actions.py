"""Code actions (quick fixes, fix all, disable for this line) and hover.

A quick fix carries its edit.  "Fix all" and "disable for this line" lint
the document again to find their edit, so they are resolved only when the
user picks them (``codeAction/resolve``), unless the client cannot resolve.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Optional

from lsprotocol import types

from lint.lsp import convert

if TYPE_CHECKING:
    from lint.lsp.server import YureServer

log = logging.getLogger("yure.lsp")
FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.yure"
QUICK_FIX = types.CodeActionKind.QuickFix.value


def _wanted(kind: str, only: Optional[list[str]]) -> bool:
    return not only or any(kind == o or kind.startswith(o + ".") for o in only)


def _can_resolve(ls: "YureServer") -> bool:
    try:
        props = ls.client_capabilities.text_document.code_action.resolve_support.properties
    except AttributeError:
        return False
    return "edit" in (props or [])


def _document_changes(ls: "YureServer") -> bool:
    try:
        return bool(ls.client_capabilities.workspace.workspace_edit.document_changes)
    except AttributeError:
        return False


async def code_actions(ls: "YureServer", params: types.CodeActionParams) -> Optional[list[types.CodeAction]]:
    uri = params.text_document.uri
    doc = ls.documents.get(uri)
    if doc is None:
        return None
    positions = doc.positions
    start = positions.offset(params.range.start.line, params.range.start.character)
    end = positions.offset(params.range.end.line, params.range.end.character)
    linted, found = ls.findings_at(uri, start, end)
    if linted is None:
        return None
    only = [str(k) for k in params.context.only] if params.context.only else None
    locate = ls._locator(linted.root)
    project = ls.folders.projects.get(linted.root)
    out: list[types.CodeAction] = []
    if _wanted(QUICK_FIX, only):
        for f in found:
            if f.fix is None:
                continue
            edit = convert.workspace_edit(uri, linted.version, [convert.text_edit(positions, f.fix)],
                                          _document_changes(ls))
            out.append(types.CodeAction(title=convert.fix_title(f, linted.text), kind=QUICK_FIX,
                                        diagnostics=[convert.diagnostic(f, positions, locate)],
                                        is_preferred=f.fix.safe, edit=edit))
        offered = set()
        for f in found:
            line = positions.position(f.start)[0]
            if (f.rule, line) in offered:
                continue  # one comment silences the rule on its whole line
            offered.add((f.rule, line))
            out.append(types.CodeAction(
                title=f"Disable {f.rule} for this line", kind=QUICK_FIX,
                diagnostics=[convert.diagnostic(f, positions, locate)],
                data={"yure": "disable", "uri": uri, "version": linted.version, "rule": f.rule,
                      "start": f.start, "end": f.end}))
    unsafe = project is not None and project.unsafe_fixes
    if _wanted(FIX_ALL, only) and any(f.fix is not None and (f.fix.safe or unsafe) for f in linted.findings):
        title = "Fix all safe problems in this file" if not unsafe else "Fix all problems in this file"
        out.append(types.CodeAction(title=f"{title} (yure)", kind=FIX_ALL,
                                    data={"yure": "fix-all", "uri": uri, "version": linted.version}))
    if not _can_resolve(ls):
        resolved = [await resolve(ls, a) if a.data else a for a in out]
        out = [a for a in resolved if a.edit is not None]
    return out


async def resolve(ls: "YureServer", action: types.CodeAction) -> types.CodeAction:
    data = action.data
    if not isinstance(data, dict) or data.get("yure") not in ("disable", "fix-all"):
        return action
    uri = data.get("uri")
    doc = ls.documents.get(uri) if isinstance(uri, str) else None
    linted = ls.linted.get(uri) if isinstance(uri, str) else None
    if doc is None or linted is None or doc.version != data.get("version") or linted.version != doc.version:
        return action  # the document changed since: no edit
    project = ls.folders.projects.get(linted.root)
    if project is None:
        return action
    name = ls.folders.name_of(doc, linted.root)
    text = doc.lint_text()
    edits: list = []
    try:
        if data["yure"] == "disable":
            target = next((f for f in linted.findings if f.rule == data.get("rule")
                           and f.start == data.get("start") and f.end == data.get("end")), None)
            if target is None:
                return action
            edit = await ls.in_lint_thread(project.suppression, name, text, target)
            edits = [edit] if edit is not None else []
        else:
            texts = {name: text}
            for other in ls.documents:
                if other.uri != uri and ls.folders.root_of(other) == linted.root:
                    other_name = ls.folders.name_of(other, linted.root)
                    if project.wants(other_name):
                        texts.setdefault(other_name, other.lint_text())
            fixed = await ls.in_lint_thread(project.fix_all, texts, name)
            edits = fixed[1] if fixed is not None else []
    except Exception:  # noqa: BLE001 - no edit rather than no server
        log.exception("resolving %s failed", data.get("yure"))
        return action
    if not edits or doc.version != linted.version or ls.documents.get(uri) is not doc:
        return action
    positions = doc.positions
    action.edit = convert.workspace_edit(uri, doc.version, [convert.text_edit(positions, e) for e in edits],
                                         _document_changes(ls))
    return action


def hover(ls: "YureServer", params: types.HoverParams) -> Optional[types.Hover]:
    uri = params.text_document.uri
    doc = ls.documents.get(uri)
    if doc is None:
        return None
    offset = doc.positions.offset(params.position.line, params.position.character)
    linted, found = ls.findings_at(uri, offset, offset)
    if linted is None or not found:
        return None
    project = ls.folders.projects.get(linted.root)
    locate = ls._locator(linted.root)

    def explain(rule: str) -> Optional[str]:
        try:
            return project.explain(rule) if project is not None else None
        except Exception:  # noqa: BLE001
            log.exception("explain %s failed", rule)
            return None

    def describe(path: str, start: int) -> str:
        where = locate(path)
        if where is None:
            return path
        return f"{path}:{where[1].position(start)[0] + 1}"

    first = min(found, key=lambda f: (f.start, f.end))
    value = convert.hover_text(sorted(found, key=lambda f: (f.start, f.end)), explain, describe)
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=value),
                       range=convert.lsp_range(linted.positions, first.start, first.end))


def register(server: Any) -> None:
    server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[QUICK_FIX, FIX_ALL], resolve_provider=True))(code_actions)
    server.feature(types.CODE_ACTION_RESOLVE)(resolve)
    server.feature(types.TEXT_DOCUMENT_HOVER)(hover)
