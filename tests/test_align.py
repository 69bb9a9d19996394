"""Claim-to-evidence alignment (BM25 over character bigrams)."""

from __future__ import annotations

from lint.kinds.contradiction.align import BM25, grams


def test_grams_skip_hiragana_and_keep_single_kanji():
    assert grams("米国は核を持つ") == ["米国", "核", "持"]


def test_the_sentence_a_claim_summarises_ranks_first():
    evidence = [
        "欧州軍の司令部はドイツのシュトゥットガルトに置かれている。",
        "予算の削減額は約11億ドルと見積もられた。",
        "会談は約2時間30分にわたって続いた。",
    ]
    index = BM25(evidence)
    top = index.rank("会談は2時間半続いた。", top=3)
    assert top[0].index == 2
    assert 0 < top[0].score <= 1.0
    assert index.rank("司令部はドイツにある。")[0].index == 0


def test_scores_are_normalised_and_thresholded():
    index = BM25(["輸出が増加した。", "天気は晴れ。"])
    same = index.rank("輸出が増加した。", top=1)[0]
    assert same.index == 0 and same.score > 0.8
    assert index.rank("全く関係のない文章", minimum=0.2) == []
    assert BM25([]).rank("何か") == []


def test_a_swapped_word_does_not_break_the_alignment():
    # The claim's new word (a changed name) is unknown to the evidence; the
    # rest still aligns it to the sentence it rewrites.
    index = BM25(["欧州軍はドイツ・シュトゥットガルトに司令部を置いている。", "別の話題の文。"])
    top = index.rank("欧州軍はフランス・パリに司令部を置いている。", top=1)[0]
    assert top.index == 0 and top.score >= 0.4


def _grams_by_runs(text):
    # The plain definition: walk each content run.
    from lint.text.tokens import GRAM_RUN_RE

    out = []
    for m in GRAM_RUN_RE.finditer(text):
        run = m.group()
        out.extend([run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)])
    return out


def test_gram_scans_agree_with_walking_each_run():
    import random

    from lint.text.tokens import bigrams

    rng = random.Random(7)
    alphabet = "あいアイ日本語ーAb1１ｱ、。 𠮷々ヶ"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += ["国防総省のティモフェエフ氏はNATO加盟に反対。", "日", "ア", "A", "", "ヶイ", "イヶ", "一ヶ月"]
    for text in texts:
        expected = _grams_by_runs(text)
        assert sorted(grams(text)) == sorted(expected), text
        assert bigrams(text) == {g for g in expected if len(g) == 2}, text


def test_an_index_kept_to_the_claims_grams_scores_them_the_same():
    evidence = ["欧州軍の司令部はドイツに置かれている。", "会談は約2時間続いた。", "司令部の移転は見送られた。"]
    claims = ["司令部はドイツにある。", "会談は2時間続いた。"]
    full = BM25(evidence)
    kept = BM25(evidence, vocabulary=set(grams("\n".join(claims))))
    assert len(kept.postings) < len(full.postings)
    for claim in claims:
        assert kept.scores(claim) == full.scores(claim)
