"""yure: a linter that keeps Japanese prose consistent.

Data flows one way: read (:mod:`lint.textio`) → parse into a document model
(:mod:`lint.parse`, :mod:`lint.model`) → run checks (:mod:`lint.kinds`,
driven by :mod:`lint.engine`) → diagnostics → report (:mod:`lint.report`)
or fix (:mod:`lint.fix`).
"""

__version__ = "0.1.0"
