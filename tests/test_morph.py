"""Sudachi is optional: with it verbs are compared by dictionary form;
without it, or with a broken install, yure behaves as if it were absent."""

from __future__ import annotations

import sys
import types

import pytest

from lint.text import morph

TEXT = "市は計画を抑えなかった。"


@pytest.fixture
def fresh():
    """The tokenizer is looked up once per process: look it up again, before and after."""
    morph.tokenizer.cache_clear()
    yield
    morph.tokenizer.cache_clear()


def test_a_verb_by_its_dictionary_form(fresh):
    if not morph.available():
        pytest.skip("Sudachi is not installed (pip install 'yure[sudachi]')")
    start = TEXT.index("抑")
    assert morph.lemma_at(TEXT, 0, len(TEXT), start) == "抑える"
    assert morph.lemma_at(TEXT, 0, len(TEXT), start + 1) == "抑える"  # anywhere in the word
    assert morph.lemma_at(TEXT, 0, len(TEXT), TEXT.index("計")) is None  # a noun
    # Offsets are those of the whole text, whatever slice is analysed.
    assert morph.lemma_at("前置き。" + TEXT, 4, 4 + len(TEXT), 4 + start) == "抑える"


def test_switched_off_by_the_environment(fresh, monkeypatch):
    monkeypatch.setenv("YURE_NO_SUDACHI", "1")
    assert not morph.available()
    assert morph.lemma_at(TEXT, 0, len(TEXT), TEXT.index("抑")) is None


def test_not_installed(fresh, monkeypatch):
    monkeypatch.delenv("YURE_NO_SUDACHI", raising=False)
    monkeypatch.setitem(sys.modules, "sudachipy", None)  # import sudachipy raises ImportError
    assert not morph.available()
    assert morph.lemma_at(TEXT, 0, len(TEXT), TEXT.index("抑")) is None


def test_a_broken_dictionary_counts_as_absent(fresh, monkeypatch):
    monkeypatch.delenv("YURE_NO_SUDACHI", raising=False)
    broken = types.ModuleType("sudachipy")

    class Dictionary:
        def __init__(self):
            raise RuntimeError("the system dictionary is missing")

    broken.Dictionary = Dictionary
    broken.SplitMode = types.SimpleNamespace(C="C")
    monkeypatch.setitem(sys.modules, "sudachipy", broken)
    assert not morph.available()
