"""The CRF tagger: BIO decoding, scoring, CoNLL reading, and the shipped model."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from scipy import sparse

from hadath.actors.ner import (
    FEATURE_VERSION,
    FeatureExtractor,
    Gazetteer,
    NerTagger,
    WordClusters,
    _rank_bucket,
    bio_spans,
    complete_name_links,
    entity_scores,
    read_conll,
    split_conjoined_persons,
)
from hadath.actors.stage import model_path
from hadath.errors import ModelError

REPO = Path(__file__).resolve().parents[2]


def test_bio_spans_handles_stray_inside_tags() -> None:
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-ORG", "B-ORG", "I-PERS"]
    assert bio_spans(tags) == [("PERS", 0, 1), ("LOC", 3, 4), ("ORG", 5, 5), ("ORG", 6, 6), ("PERS", 7, 7)]


def test_a_conjoined_name_begins_a_new_person() -> None:
    words = ["محادثات", "شافيز", "ولوكاشنكو", "وسالم", "يوسف", "ستتناول"]
    tags = ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]
    assert split_conjoined_persons(words, tags, frozenset()) == ["O", "B-PERS", "B-PERS", "B-PERS", "I-PERS", "O"]


def test_a_name_word_that_starts_with_waw_stays_inside_the_name() -> None:
    names = frozenset({"وليد"})
    words = ["أبو", "وليد", "محمد", "ولد", "عبد", "العزيز"]
    tags = ["B-PERS", "I-PERS", "B-PERS", "I-PERS", "I-PERS", "I-PERS"]
    assert split_conjoined_persons(words, list(tags), names) == tags


def test_only_persons_are_split_at_the_conjunction() -> None:
    words = ["البوسنة", "والهرسك", "وزارة", "الخارجية", "والتعاون", "شافيز", "وكو"]
    tags = ["B-LOC", "I-LOC", "B-ORG", "I-ORG", "I-ORG", "B-PERS", "I-PERS"]  # وكو: too short to be و + a name
    assert split_conjoined_persons(words, list(tags), frozenset()) == tags


def test_a_name_never_ends_on_a_link_word() -> None:
    words = ["كشف", "الأمير", "عبدالله", "بن", "مساعد", "الرئيس", "العام"]
    tags = ["O", "O", "B-PERS", "I-PERS", "O", "O", "O"]  # مساعد is also "assistant": the CRF stops before it
    assert complete_name_links(words, tags) == ["O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O"]
    chain = ["الأمير", "خالد", "بن", "فهد", "بن", "خالد", "في"]
    assert complete_name_links(chain, ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "O", "O"]) == \
        ["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "I-PERS", "O"]
    # a new name of the same type right after the link word is the name's rest: «أسامة بن» «لادن»
    assert complete_name_links(["أسامة", "بن", "لادن"], ["B-PERS", "I-PERS", "B-PERS"]) == ["B-PERS", "I-PERS", "I-PERS"]


def test_son_of_left_out_after_a_name_is_inside_it() -> None:
    words = ["قال", "سامر", "بن", "علي", "إن"]
    assert complete_name_links(words, ["O", "B-PERS", "O", "O", "O"]) == ["O", "B-PERS", "I-PERS", "I-PERS", "O"]


def test_link_words_outside_names_and_before_punctuation_stay() -> None:
    words = ["قال", "ابن", "عمه", "إن", "أبو", "،", "أبو", "ظبي"]
    tags = ["O", "O", "O", "O", "B-PERS", "O", "B-PERS", "B-LOC"]  # a place after «أبو» is not the name's rest
    assert complete_name_links(words, list(tags)) == tags
    assert complete_name_links(["الكاتب", "بن", "عمه"], ["O", "O", "O"]) == ["O", "O", "O"]  # no name before


def test_entity_scores_exact_spans() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    scores = entity_scores(gold, pred)
    assert scores["LOC"]["f1"] == 1.0
    assert scores["PERS"]["precision"] == 0.0
    assert scores["micro"]["precision"] == 0.5 and scores["micro"]["recall"] == 0.5


def test_read_conll_splits_on_blank_lines_and_dots(tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text("قال O\nفلان B-PERS\n. O\nفي O\nمدينة O\n\nهنا O B-LOC\n", encoding="utf-8")
    sents = read_conll(path)
    assert [len(s) for s in sents] == [3, 2, 1]
    assert sents[2] == [("هنا", "O")]


def test_features_use_gazetteer_and_neighbours() -> None:
    fx = FeatureExtractor(Gazetteer(person=frozenset({"لافروف"}), title=frozenset({"وزير"})))
    items = fx.sentence(["قال", "ولافروف", "اليوم"])
    assert "g=per" in items[1]  # found through the clitic-stripped form
    assert "-1w=قال" in items[1] and "+1w=اليوم" in items[1]
    assert "BOS" in items[0] and "EOS" in items[2]
    assert "+1g=per" in items[0]


def test_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        NerTagger(tmp_path / "none.crfsuite", FeatureExtractor())


@pytest.fixture(scope="module")
def shipped_tagger() -> NerTagger:
    path = model_path()
    if not path.exists():
        pytest.fail(f"the shipped NER model is missing: {path} (run scripts/train_ner.py)")
    return NerTagger(path, FeatureExtractor())


def test_shipped_model_tags_a_sentence(shipped_tagger: NerTagger) -> None:
    words = ["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس", "إن", "الاتحاد", "الأوروبي", "سيجتمع"]
    tags = shipped_tagger.tag(words)
    assert len(tags) == len(words)
    assert set(shipped_tagger.labels) >= {"O", "B-PERS", "I-PERS", "B-LOC", "B-ORG"}
    spans = {(t, " ".join(words[a:b + 1])) for t, a, b in bio_spans(tags)}
    assert ("LOC", "باريس") in spans
    assert any(t == "PERS" and "شيراك" in s for t, s in spans)


def test_shipped_scores_meet_the_floor() -> None:
    scores = json.loads((model_path().parent / "ner_scores.json").read_text(encoding="utf-8"))
    assert scores["test"]["micro"]["f1"] >= 0.80, scores["test"]["micro"]
    assert scores["dev"]["micro"]["f1"] >= 0.81, scores["dev"]["micro"]
    assert scores["final_model_trained_on"] == "train+dev"
    assert scores["feature_version"] == FEATURE_VERSION


def test_shipped_neural_scores_were_chosen_on_dev() -> None:
    """The neural model ships only with the weight that scored best on dev, which beat the CRF alone there."""
    from hadath.actors.ner import shipped_neural

    scores = json.loads((model_path().parent / "ner_scores.json").read_text(encoding="utf-8"))
    neural = scores.get("neural")
    if neural is None:
        assert shipped_neural(model_path()) == (None, 0.0)
        return
    sweep = {float(w): f1 for w, f1 in neural["dev_sweep"].items()}
    assert neural["weight"] > 0 and sweep[neural["weight"]] == max(sweep.values()) > sweep[0.0]
    assert neural["dev"]["micro"]["f1"] == sweep[neural["weight"]]
    assert neural["test"]["micro"]["f1"] >= 0.80, neural["test"]["micro"]
    # trained on the same ANERcorp file as the CRF, with the unlabelled news it was pretrained on recorded
    assert neural["data"]["anercorp_sha256"] == scores["data"]["anercorp_sha256"]
    assert len(neural["data"]["news_sha256"]) == 64 and neural["data"]["news_documents"] > 0
    emitter, weight = shipped_neural(model_path())  # the file is the one scored (sha256 checked)
    assert emitter is not None and weight == neural["weight"]


def test_evaluate_ner_scores_a_conll_file(tmp_path: Path) -> None:
    from hadath.actors.coder import ActorCoder
    from hadath.actors.evaluate import evaluate_ner, format_report
    from hadath.actors.lexicon import ActorLexicon

    class _Stage:  # the stage's shape, with the shipped model and the packaged lexicon
        coder = ActorCoder(ActorLexicon.load(), NerTagger(model_path(), FeatureExtractor()))

    path = tmp_path / "mini.conll"
    path.write_text("وصل O\nالرئيس O\nإلى O\nباريس B-LOC\nأمس B-DATE\n. O\n", encoding="utf-8")
    result = evaluate_ner(path, _Stage())  # type: ignore[arg-type]
    assert result["sentences"] == 1
    assert result["scores"]["LOC"]["support"] == 1 and "DATE" not in result["scores"]
    assert result["ignored_types"] == ["DATE"]
    assert "micro over PERS, LOC, ORG" in format_report(result)


def test_model_trained_with_other_features_is_refused(tmp_path: Path) -> None:
    model = tmp_path / "ner.crfsuite"
    model.write_bytes(model_path().read_bytes())
    (tmp_path / "ner_scores.json").write_text('{"feature_version": "ner-features-0"}', encoding="utf-8")
    with pytest.raises(ModelError, match="retrain"):
        NerTagger(model, FeatureExtractor())


def _cluster_file(path: Path, rows: list[str], header: str = "word\tc4\tc16") -> Path:
    path.write_text("# made for the test\n" + header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_word_clusters_load_ranks_and_ids(tmp_path: Path) -> None:
    clusters = WordClusters.load(_cluster_file(tmp_path / "c.tsv", ["في\t0\t1", "باريس\t2\t9", "لندن\t2\t9"]))
    assert clusters.ks == (4, 16)
    assert clusters.ids["باريس"] == (1, 2, 9)  # (frequency rank, cluster at 4, cluster at 16)
    assert clusters.ids["لندن"][0] == 2
    assert len(clusters.sha256) == 64


def test_word_clusters_bad_rows_name_the_line(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"c\.tsv:4"):
        WordClusters.load(_cluster_file(tmp_path / "c.tsv", ["في\t0\t1", "باريس\t2"]))
    with pytest.raises(ModelError, match="header"):
        WordClusters.load(_cluster_file(tmp_path / "d.tsv", ["في\t0\t1"], header="token\tk4"))
    with pytest.raises(ModelError, match="not found"):
        WordClusters.load(tmp_path / "none.tsv.gz")


def test_word_clusters_repeated_word_keeps_its_first_row_and_ranks_count_words(tmp_path: Path) -> None:
    clusters = WordClusters.load(_cluster_file(tmp_path / "c.tsv", ["في\t0\t1", "في\t3\t3", "باريس\t2\t9"]))
    assert len(clusters.ids) == 2 and list(clusters.ids) == ["في", "باريس"]
    assert clusters.ids["في"] == (0, 0, 1) and clusters.ids["باريس"] == (1, 2, 9)
    assert "باريس" in clusters.ids and clusters.ids.get("لندن") is None


def test_word_clusters_bad_row_after_good_ones_and_windows_lines(tmp_path: Path) -> None:
    rows = ["في\t0\t1", "باريس\t2\t9", "# a comment", "لندن\t2\tx9", "روما\t1\t1"]
    with pytest.raises(ModelError, match=r"c\.tsv:6: expected a word and 2 numbers"):
        WordClusters.load(_cluster_file(tmp_path / "c.tsv", rows))
    crlf = tmp_path / "w.tsv"
    crlf.write_bytes(_cluster_file(tmp_path / "u.tsv", rows[:2]).read_bytes().replace(b"\n", b"\r\n"))
    assert WordClusters.load(crlf).ids["باريس"] == (1, 2, 9)


def test_word_clusters_read_gzip(tmp_path: Path) -> None:
    plain = _cluster_file(tmp_path / "c.tsv", ["في\t0\t1", "باريس\t2\t9"])
    packed = tmp_path / "c.tsv.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert WordClusters.load(packed).ids == WordClusters.load(plain).ids


def test_cluster_features_reach_clitic_forms_and_neighbours(tmp_path: Path) -> None:
    clusters = WordClusters.load(_cluster_file(tmp_path / "c.tsv", ["قال\t1\t5", "باريس\t2\t9"]))
    fx = FeatureExtractor(clusters=clusters)
    items = fx.sentence(["قال", "وباريس", "زيغزاغ"])
    assert {"c4=2", "c16=9", "cf=stripped"} <= set(items[1])  # found as باريس, not as the whole word
    assert "c4=1" in items[0] and "cf=stripped" not in items[0]
    assert "fr=oov" in items[2] and "-1c16=9" in items[2] and "+1c=oov" in items[1]
    assert "-1c4=1" in items[1] and not any(f.startswith(("-2c", "+2c")) for f in items[2])
    assert not any(f.startswith(("c4=", "c16=")) for f in items[2])
    assert not any(f.startswith(("c4", "fr=")) for f in FeatureExtractor().sentence(["باريس"])[0])


def test_rank_bucket_grows_with_rarity() -> None:
    assert _rank_bucket(0) == _rank_bucket(40) == "0"
    assert int(_rank_bucket(100)) < int(_rank_bucket(5_000)) < int(_rank_bucket(70_000))


def test_shipped_model_brings_its_clusters() -> None:
    scores = json.loads((model_path().parent / "ner_scores.json").read_text(encoding="utf-8"))
    tagger = NerTagger(model_path(), FeatureExtractor())
    if scores.get("word_clusters") is None:
        assert tagger.features.clusters is None
        return
    assert tagger.features.clusters is not None
    assert tagger.features.clusters.sha256 == scores["word_clusters"]["sha256"]


def test_model_with_other_clusters_is_refused(tmp_path: Path) -> None:
    model = tmp_path / "ner.crfsuite"
    model.write_bytes(model_path().read_bytes())
    meta = {"feature_version": FEATURE_VERSION, "word_clusters": {"file": "c.tsv", "sha256": "0" * 64}}
    (tmp_path / "ner_scores.json").write_text(json.dumps(meta), encoding="utf-8")
    _cluster_file(tmp_path / "c.tsv", ["في\t0\t1"])
    with pytest.raises(ModelError, match="retrain"):
        NerTagger(model, FeatureExtractor())
    meta["word_clusters"] = None
    (tmp_path / "ner_scores.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="without word clusters"):
        NerTagger(model, FeatureExtractor(clusters=WordClusters.load(tmp_path / "c.tsv")))
    assert NerTagger(model, FeatureExtractor()).features.clusters is None


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_word_clusters",
                                                  REPO / "scripts" / "build_word_clusters.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cluster_build_counts_contexts_within_articles() -> None:
    build = _build_script()
    words = ["أ", "ب", "ج"]
    ids = np.array([0, 1, 2, -1, -1, 2, 0], dtype=np.int32)  # two articles: أ ب ج | ج أ
    rank = build.frequency_ranks(ids, words, 3)
    assert rank[:3].tolist() == [0, 2, 1]  # أ and ج twice (tie broken by the word), ب once
    assert rank[-1] == -1  # the article boundary has no rank
    counts = build.cooccurrence(ids, rank, rank, 3, 3).toarray()
    block = {d: i for i, d in enumerate(build.OFFSETS)}
    r_alef, r_jeem, r_beh = rank[0], rank[2], rank[1]
    assert counts[r_beh, block[-1] * 3 + r_alef] == 1  # ب has أ on its left
    assert counts[r_jeem, block[-2] * 3 + r_alef] == 1  # ج has أ two to the left (first article)
    assert counts[r_jeem, block[1] * 3 + r_alef] == 1  # ج has أ on its right (second article)
    # first article: 2 adjacent pairs and 1 pair at distance 2, second: 1 adjacent pair; both directions;
    # nothing across the boundary
    assert counts.sum() == 2 * (2 + 1) + 2 * 1


def test_cluster_build_svd_and_kmeans_recover_structure() -> None:
    build = _build_script()
    rng = np.random.default_rng(0)
    low = rng.standard_normal((60, 3)) @ rng.standard_normal((3, 40))
    u, s = build.randomized_svd(sparse.csr_matrix(low), 3, np.random.default_rng(1))
    assert np.allclose(s, np.linalg.svd(low, compute_uv=False)[:3], rtol=1e-6)
    assert u.shape == (60, 3)
    centres = np.eye(4)[:3]
    x = np.repeat(centres, 20, axis=0) + 0.05 * rng.standard_normal((60, 4))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    labels = build.spherical_kmeans(x, 3, np.random.default_rng(2))
    groups = [set(labels[i * 20:(i + 1) * 20].tolist()) for i in range(3)]
    assert all(len(g) == 1 for g in groups) and len(set.union(*groups)) == 3
    again = build.spherical_kmeans(x, 3, np.random.default_rng(2))
    assert labels.tolist() == again.tolist()


def test_cluster_build_ppmi_keeps_only_positive_associations() -> None:
    build = _build_script()
    counts = sparse.csr_matrix(np.array([[10.0, 0.0, 1.0], [0.0, 10.0, 1.0], [1.0, 1.0, 1.0]]))
    weights = build.ppmi(counts).toarray()
    assert (weights >= 0).all()
    assert weights[0, 0] > 0 and weights[1, 1] > 0 and weights[0, 1] == 0


def test_similarity_columns_become_features(tmp_path: Path) -> None:
    path = _cluster_file(tmp_path / "c.tsv", ["باريس\t2\t9\t1\t6", "زيد\t3\t4\t6\t0"], header="word\tc4\tc16\tsper\tsloc")
    clusters = WordClusters.load(path)
    assert clusters.ks == (4, 16) and clusters.sims == ("per", "loc")
    items = FeatureExtractor(clusters=clusters).sentence(["وباريس", "زيد"])
    assert {"sper=1", "sloc=6", "+1sper=6"} <= set(items[0])
    assert {"sper=6", "sloc=0", "-1sloc=6"} <= set(items[1])
    with pytest.raises(ModelError, match="must come before"):
        WordClusters.load(_cluster_file(tmp_path / "d.tsv", ["زيد\t1\t2"], header="word\tsper\tc4"))


def test_cluster_build_similarity_classes_rank_by_closeness_to_the_seeds() -> None:
    build = _build_script()
    rng = np.random.default_rng(5)
    names = rng.standard_normal((5, 8)) * 0.1 + np.eye(8)[0]
    others = rng.standard_normal((195, 8)) * 0.1 + np.eye(8)[1]
    vectors = np.vstack([names, others])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vocab = [f"n{i}" for i in range(5)] + [f"o{i}" for i in range(195)]
    classes = build.similarity_classes(vectors, vocab, frozenset({"n0", "n1"}))
    assert classes[:5].min() >= 4  # the seeds and the names they resemble are in the top 5% (10 words) …
    assert (classes[5:] <= 4).all()  # … and the top 2% (4 words) holds nothing else
    assert np.bincount(classes, minlength=7).tolist() == [100, 60, 20, 10, 6, 2, 2]
    assert not build.similarity_classes(vectors, vocab, frozenset({"absent"})).any()
