"""Text from an editor may hold lone surrogates: every check reads it without failing."""

from __future__ import annotations

from lint.engine.batch import lint_texts


def test_a_lone_surrogate_is_read_by_every_check(default_linter):
    text = ("ティモフェエフ氏\ud800が語り、ティモフェーエフ氏と会った。引越しと引っ越しと引っ越しの話。\n"
            "【要点】\n・首相は\udfffインドを訪れた。\n【詳細】\n首相はロシアを訪れた。\n") * 2
    found = lint_texts(default_linter, {"a.txt": text, "a.md": text})
    assert any(d.rule == "discovered-variant" for d in found)
