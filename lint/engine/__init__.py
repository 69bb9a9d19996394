"""The lint stage: rule kinds run over parsed documents.

:mod:`~lint.engine.linter` checks one document (:class:`Linter`),
:mod:`~lint.engine.per_post` handles kinds checked post by post,
:mod:`~lint.engine.batch` lints many texts (cache, worker processes, the
run-wide pass), :mod:`~lint.engine.selection` and
:mod:`~lint.engine.suppress` decide which findings are kept.
"""

from lint.engine.linter import FileResult, Linter

__all__ = ["FileResult", "Linter"]
