"""Text from an editor may hold lone surrogates: every check reads it without failing."""

from __future__ import annotations

from lint.engine.batch import lint_texts


def test_a_lone_surrogate_is_read_by_every_check(default_linter):
    # Discovery hands each sentence to Sudachi (when installed), which
    # cannot encode a lone surrogate; the contradiction check looks words up.
    text = ("ティモフェエフ氏\ud800が語り、ティモフェエフ氏とティモフェーエフ氏が会った。インディアの首相。\n"
            "【要点】\n・首相は\udfffインドを訪れた。\n【詳細】\n首相はロシアを訪れた。\n")
    found = lint_texts(default_linter, {"a.txt": text, "a.md": text})
    assert {"india", "timofeev"} <= {d.rule for d in found}
