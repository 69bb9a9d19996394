"""Every kind's docstring examples hold (``Example::`` / ``Fails::`` / ``Passes::``).

The examples are what ``yure explain`` and the kind's documentation show,
so they must be true: each ``Example::`` block is a rule file, loaded as
a user's ``--rules`` file is; a ``Fails::`` text gives at least one
finding of its rules, a ``Passes::`` text none.
"""

from __future__ import annotations

import pytest

from lint.engine import Linter
from lint.engine.batch import lint_texts
from lint.kinds import KINDS
from lint.kinds.base import doc_examples
from lint.ruleset.load import load_rules

KIND_CLASSES = {name: type(kind) for name, kind in KINDS.items()}


def path_for(text: str) -> str:
    return "example.md" if text.lstrip().startswith(("#", "```")) else "example.txt"


@pytest.mark.parametrize("name", sorted(KIND_CLASSES))
def test_the_kind_documents_an_example(name):
    examples = doc_examples(KIND_CLASSES[name])
    assert examples, f"the {name} kind's docstring has no Example:: block"
    assert any(e.fails for e in examples), f"the {name} kind shows no text it fails"
    assert any(e.passes for e in examples), f"the {name} kind shows no text it passes"


@pytest.mark.parametrize("name", sorted(KIND_CLASSES))
def test_the_kind_examples_hold(name, tmp_path):
    for n, example in enumerate(doc_examples(KIND_CLASSES[name])):
        path = tmp_path / f"example{n}.yaml"
        path.write_text(example.rules + "\n", encoding="utf-8")
        ruleset = load_rules([path], bundled=False)
        assert {rule.kind for rule in ruleset.rules} == {name}, f"example {n} holds rules of other kinds"
        linter = Linter(ruleset)
        for text in example.fails:
            found = lint_texts(linter, {path_for(text): text + "\n"})
            assert found, f"{name} example {n}: nothing found in\n{text}"
        for text in example.passes:
            found = lint_texts(linter, {path_for(text): text + "\n"})
            assert not found, f"{name} example {n}: {[(d.rule, d.message) for d in found]} in\n{text}"


def test_blocks_are_read_in_order_and_belong_to_the_example_before_them():
    class Sample(KINDS["variants"].__class__):
        """A sample.

        Passes::

            before any example: ignored

        Example::

            rules: []

        Fails::

            one

        Passes::

            two
            lines

        Example::

            rules: [second]

        Fails::

            three
        """

    first, second = doc_examples(Sample)
    assert (first.rules, first.fails, first.passes) == ("rules: []", ["one"], ["two\nlines"])
    assert (second.rules, second.fails, second.passes) == ("rules: [second]", ["three"], [])
