"""The rule-kind contract, and the pieces every kind shares.

A rule kind is a subclass of :class:`Kind` registered by one line in
:mod:`lint.kinds`.  The core (rule loading, configuration, the engine, the
fix loop, ``yure rules`` and ``yure explain``) talks to kinds only through
the attributes and methods below, each of which has a default, so a kind
states only what it does differently.

The class docstring of a kind is its documentation: what it checks, then
an ``Example::`` rule file and ``Fails::`` / ``Passes::`` texts, which
``yure explain`` prints and ``tests/test_kind_docs.py`` runs (see
:func:`doc_examples`).
"""

from __future__ import annotations

import inspect
import re
from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Literal, Mapping, NamedTuple, Optional,
                    Protocol, Sequence, TypeVar)

from lint.cache.programs import compile_re
from lint.diagnostics import Diagnostic, Fix, Related
from lint.errors import ConfigError
from lint.model import Document, Post

if TYPE_CHECKING:
    from lint.ruleset.model import Rule, RuleSet
    from lint.text.matcher import Hit, KatakanaLexicon, Phrase

FixOffer = Optional[Literal["safe", "unsafe"]]
T = TypeVar("T")


class Option(NamedTuple):
    """One kind-specific rule key, validated when a rule file is loaded."""

    type: str  # str | strs | bool | int | number | map | list | choice
    required: bool = False
    default: Any = None
    choices: tuple = ()
    doc: str = ""


class DataCase(NamedTuple):
    """A document that a kind's section of a rule file says must, or must not,
    give a finding of the kind (``yure test-rules`` checks it)."""

    path: str
    line: int
    label: str  # what is being checked, for the failure message
    text: str
    expect: bool


class Subcode(NamedTuple):
    """One kind of problem a rule reports as ``<rule id>.<code>``."""

    doc: str
    # The best fix findings of this code may carry (before the rule's own
    # ``fix:`` setting caps it).
    fix: FixOffer = None


class Context(Protocol):
    """What a check may ask of the run while it checks one document."""

    #: The posts a per-post kind checks: all of the document's, or a worker's share.
    posts: list[Post]
    #: Seconds one rule's regexes may run on one document.
    regex_timeout: float
    #: Known katakana words (every rule file's ``words:`` and every literal phrase).
    lexicon: "KatakanaLexicon"

    def hits(self, kind: str) -> list["Hit"]:
        """Occurrences in ``doc.masked`` of the phrases ``kind``'s rules registered."""

    def timed_out(self, rule: "Rule") -> None:
        """Record that ``rule`` was stopped on this document by its time limit."""

    def resource(self, name: str, build: Callable[[], T]) -> T:
        """Something built once per run (a lexicon, an index) and shared by its documents."""

    def enabled_rules(self) -> list["Rule"]:
        """Every rule the run enables, of every kind (a kind may defer to others)."""

    def loaded(self) -> "RuleSet":
        """Every loaded rule, enabled or not, and the rule files' data sections."""

    def spellings(self, rule: "Rule") -> list[str]:
        """The literal spellings ``rule`` knows (see :meth:`Kind.spellings`)."""


class Kind:
    """Base class of rule kinds; see the module docstring."""

    #: The ``kind:`` value of the kind's rules.
    name: ClassVar[str]
    #: The category of its findings unless a rule says otherwise.
    category: ClassVar[str]
    #: The kind's own rule keys.
    options: ClassVar[Mapping[str, Option]] = {}
    #: The best fix a finding of this kind may carry ("safe", "unsafe" or None).
    fixes: ClassVar[FixOffer] = None
    #: Problems reported as ``<rule id>.<code>``; empty when findings use the rule id.
    subcodes: ClassVar[Mapping[str, Subcode]] = {}
    #: Whether checks need posts and sections (False: the file is parsed as one post).
    needs_structure: ClassVar[bool] = True
    #: Whether a document's findings are the findings of each of its posts
    #: (:meth:`check_post`): such kinds are split over processes and their
    #: results per post are kept between runs, moved with the post — so
    #: their messages name no absolute line (related locations do).
    per_post: ClassVar[bool] = False
    #: A ``[tool.yure]`` / ``.yure.yaml`` key whose value :meth:`configure` applies.
    config_key: ClassVar[Optional[str]] = None
    config_doc: ClassVar[str] = ""
    #: Top-level keys of a yure rule file this kind reads, with what they hold;
    #: :meth:`parse_file_data` turns each into a list kept on the rule set.
    file_keys: ClassVar[Mapping[str, str]] = {}
    #: The bundled rule set whose rules check :meth:`data_cases` when a file has no rule of this kind.
    data_case_rules: ClassVar[Optional[str]] = None

    # -- loading -----------------------------------------------------------

    def compile(self, rule: "Rule") -> None:
        """Validate ``rule`` beyond its option types and precompute ``rule.compiled``;
        raise :class:`~lint.errors.RuleFileError` naming the line."""

    def parse_file_data(self, key: str, raw: Any, path: str, line: Optional[int]) -> list:
        """One of :attr:`file_keys` of a rule file, validated."""
        raise NotImplementedError(key)

    def reads_foreign(self, data: Any) -> bool:
        """Is ``data`` (a parsed YAML file) a dictionary in a foreign format this kind loads?"""
        return False

    def load_foreign(self, path: Any, shown: str, data: Any, settings: Any) -> "RuleSet":
        """Rules of this kind from a foreign dictionary (see :meth:`reads_foreign`)."""
        raise NotImplementedError

    def cases_checked_on_load(self, rule: "Rule") -> int:
        """Test cases the rule carried that loading it already checked (prh specs)."""
        return 0

    def data_cases(self, ruleset: "RuleSet") -> list[DataCase]:
        """Documents the rule files' data sections say must or must not give a finding."""
        return []

    def configure(self, rules: list["Rule"], settings: Any, where: str) -> None:
        """Apply the configuration's :attr:`config_key` value to this kind's rules."""
        raise ConfigError(f"'{self.config_key}' is not configurable", where or None)

    def loading_settings(self, settings: Any, where: str) -> Any:
        """The configuration value that shapes how foreign dictionaries load (validated)."""
        return None

    # -- checking ----------------------------------------------------------

    def section_names(self, rule: "Rule") -> Mapping[str, Sequence[str]]:
        """Section headings the rule needs recognised: canonical name → aliases."""
        return {}

    def phrases(self, rules: list["Rule"]) -> list["Phrase"]:
        """Phrases to find in the run's one shared scan (see :meth:`Context.hits`)."""
        return []

    def spellings(self, rule: "Rule") -> list[str]:
        """The literal spellings the rule knows: other kinds leave them to it,
        and name rules feed the contradiction check's gazetteer."""
        return []

    def prepare(self, rules: list["Rule"], ctx: Context) -> None:
        """Build what checking needs once per run, before per-post workers are forked."""

    def check(self, doc: Document, rules: list["Rule"], ctx: Context) -> Iterable[Diagnostic]:
        """Findings of every enabled rule of the kind in one document."""
        for post in ctx.posts:
            yield from self.check_post(doc, post, rules, ctx)

    def check_post(self, doc: Document, post: Post, rules: list["Rule"], ctx: Context) -> Iterable[Diagnostic]:
        """For :attr:`per_post` kinds: findings of one post, depending on nothing else."""
        raise NotImplementedError(f"{self.name} implements neither check nor check_post")

    def collect(self, doc: Document, rules: list["Rule"], ctx: Context) -> Any:
        """Small picklable facts for the run-wide pass (None: nothing to add)."""
        return None

    def finish(self, facts: list[Any], rules: list["Rule"]) -> Iterable[Diagnostic]:
        """Run-wide findings from every document's facts."""
        return ()

    # -- describing --------------------------------------------------------

    def fix_offer(self, rule: "Rule", code: Optional[str] = None) -> FixOffer:
        """The fix findings of ``rule`` (of subcode ``code``) really carry: the
        kind's offer, capped by the rule's ``fix:`` setting."""
        offer = self.subcodes[code].fix if code in self.subcodes else self.fixes
        if code is None and self.subcodes:
            offers = {s.fix for s in self.subcodes.values()}
            offer = "safe" if "safe" in offers else "unsafe" if "unsafe" in offers else None
        return cap_fix(offer, rule.fix)

    def summary(self, rule: "Rule") -> str:
        """One line for ``yure rules``."""
        if rule.description:
            first = rule.description.strip().split("。")[0].split(". ")[0]
            return first if len(first) < 80 else first[:77] + "…"
        return self.name

    def details(self, rule: "Rule") -> list[str]:
        """Lines ``yure explain`` adds about one rule (its patterns, forms…)."""
        return []

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")


def cap_fix(offer: FixOffer, mode: str) -> FixOffer:
    """A kind's fix offer under a rule's ``fix:`` setting (safe, unsafe or none)."""
    if offer is None or mode == "none":
        return None
    if mode == "unsafe":
        return "unsafe"
    return offer


def apply_fix_mode(diag: Diagnostic, mode: str) -> Diagnostic:
    """``diag`` with its fix as the rule's ``fix:`` setting allows: none drops
    it, unsafe marks it unsafe.  The engine applies this to every finding."""
    fix = diag.fix
    if fix is None or mode == "safe" or (mode == "unsafe" and not fix.safe):
        return diag
    new_fix = None if mode == "none" else Fix(fix.start, fix.end, fix.replacement, safe=False)
    return Diagnostic(diag.rule, diag.category, diag.severity, diag.message, diag.location, new_fix, diag.related)


class DocExample(NamedTuple):
    """A kind docstring's example rule file and the texts it fails and passes."""

    rules: str
    fails: list[str]
    passes: list[str]


_BLOCK = compile_re(r"^(?P<label>Example|Fails|Passes)::\n\n(?P<body>(?:(?:[ ]{4}.*)?\n)+)", re.M)


def doc_examples(kind: type[Kind]) -> list[DocExample]:
    """The examples of a kind's docstring, in order: each ``Example::`` block
    is a rule file, and the ``Fails::`` / ``Passes::`` blocks after it (one
    text each) are checked against it."""
    examples: list[DocExample] = []
    for m in _BLOCK.finditer(kind.doc() + "\n"):
        body = inspect.cleandoc(m.group("body"))
        if m.group("label") == "Example":
            examples.append(DocExample(body, [], []))
        elif examples:
            (examples[-1].fails if m.group("label") == "Fails" else examples[-1].passes).append(body)
    return examples


# -- helpers for checks -------------------------------------------------------

class _Defaulting(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, **values: Any) -> str:
    """Fill ``{name}`` placeholders; unknown names stay as written."""
    try:
        return template.format_map(_Defaulting(values))
    except (ValueError, IndexError, AttributeError):
        return template


def diagnostic(doc: Document, rule: "Rule", start: int, end: int, message: str,
               fix: Optional[Fix] = None, suffix: str = "",
               related: Optional[list[Related]] = None) -> Diagnostic:
    """A finding of ``rule`` on ``[start, end)`` (the rule's ``fix:`` setting is applied by the engine)."""
    rule_id = f"{rule.id}.{suffix}" if suffix else rule.id
    return Diagnostic(rule_id, rule.category, rule.severity, message, doc.location(start, end),
                      fix, related or [])


def related(doc: Document, start: int, end: int, text: Optional[str] = None) -> Related:
    return Related(doc.location(start, end), doc.text[start:end] if text is None else text)


# Characters of context kept around a replacement when testing it again.
REFIRE_WINDOW = 64


def refires(text: str, start: int, end: int, replacement: str,
            changes: Callable[[str, int, int], Iterable[tuple[int, int]]]) -> bool:
    """Would the rule fire again on its own replacement?

    A dictionary entry whose expected text contains its pattern (Debian →
    Debian GNU/Linux, メンテナ → メンテナー without a look-ahead) fires on
    every run and grows the text each time.  Such a finding is still
    reported, but without a fix.  ``changes(window, lo, hi)`` gives the
    spans the rule would change in a piece of text that overlap
    ``[lo, hi)``; it may skip the costly tests of the others, which a line
    dense with findings holds dozens of.
    """
    ws, we = max(0, start - REFIRE_WINDOW), min(len(text), end + REFIRE_WINDOW)
    window = text[ws:start] + replacement + text[end:we]
    lo, hi = start - ws, start - ws + len(replacement)
    return any(s < hi and lo < e for s, e in changes(window, lo, hi))
