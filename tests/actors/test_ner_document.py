"""The tagger's document features, its hand-written name lists, its place words and their training."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from hadath.actors.coder import ActorCoder
from hadath.actors.lexicon import ActorLexicon
from hadath.actors.ner import (
    DocumentMemory,
    FeatureExtractor,
    Gazetteer,
    NerTagger,
    load_name_lists,
    load_org_names,
    load_place_words,
    repeat_names,
)
from hadath.actors.stage import ActorStage
from hadath.errors import LexiconError
from hadath.model import Article, Document, Sentence
from hadath.text.tokens import Tokenizer

REPO = Path(__file__).resolve().parents[2]


def _train_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner", REPO / "scripts" / "train_ner.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_memory_features_say_what_a_word_was_tagged_before() -> None:
    fx = FeatureExtractor()
    memory = DocumentMemory()
    memory.add(fx.keys(["قال", "باريرا", "زيد", "عمرو"]), ["O", "B-PERS", "B-ORG", "I-ORG"])
    memory.add(fx.keys(["زيد"]), ["O"])
    feats = memory.features(fx.keys(["وباريرا", "زيد", "لعمرو", "قال", "جديد", "،"]))
    assert feats[0] == ["d=PERS", "dB=PERS"]  # found through its clitic-stripped form
    assert feats[1] == ["d=ORG", "dB=ORG", "d=O"]
    assert feats[2] == ["d=ORG"]  # inside a span, never its first word
    assert feats[3] == ["d=onlyO"]
    assert feats[4] == [] and feats[5] == []  # unseen, and punctuation has no key
    memory.clear()
    assert memory.features(fx.keys(["باريرا"])) == [[]]


def test_sentence_items_carry_the_document_features() -> None:
    fx = FeatureExtractor()
    memory = DocumentMemory()
    plain = fx.sentence(["وقال", "باريرا"])
    assert fx.sentence(["وقال", "باريرا"], DocumentMemory()) == plain
    memory.add(fx.keys(["باريرا"]), ["B-PERS"])
    items = fx.sentence(["وقال", "باريرا"], memory)
    assert "d=PERS" in items[1] and "d=PERS" not in items[0]
    assert set(plain[1]) < set(items[1])


def _toy_docs() -> list[list[list[tuple[str, str]]]]:
    """Documents where a name is only recognisable after a cue, and later bare: the bare mention is
    PERS exactly when the same name was a PERS earlier in the document."""
    names = ["كمكم", "دلدل", "ششبب", "ظظغغ", "ثثقق", "ففكك", "ححجج", "خخدد", "ذذرر", "ززسس", "صصضض", "ططلل"]
    docs = []
    for i, name in enumerate(names):
        other = names[(i + 5) % len(names)]
        docs.append([[("قال", "O"), ("السيد", "O"), (name, "B-PERS"), (".", "O")],
                     [("وصل", "O"), (name, "B-PERS"), ("أمس", "O"), (".", "O")],
                     [("وصل", "O"), (other, "O"), ("أمس", "O"), (".", "O")]])
    return docs


@pytest.fixture(scope="module")
def toy_tagger(tmp_path_factory: pytest.TempPathFactory) -> NerTagger:
    train_ner = _train_script()
    fx = FeatureExtractor()
    docs = _toy_docs()
    pass1 = [[t for _, t in sent] for doc in docs for sent in doc]  # the gold labels as first-pass tags
    model = tmp_path_factory.mktemp("toy") / "toy.crfsuite"
    train_ner.train(docs, fx, model, train_ner.crf_params("lbfgs", 0.0, 0.01, 100, 0.0), pass1)
    return NerTagger(model, fx)


def test_document_features_carry_a_name_forward(toy_tagger: NerTagger) -> None:
    doc = [["قال", "السيد", "نننو", "."], ["وصل", "نننو", "أمس", "."]]
    assert toy_tagger.tag_document(doc)[1][1] == "B-PERS"
    assert toy_tagger.tag(doc[1])[1] == "O"  # no document open: the bare mention has no evidence
    assert toy_tagger.tag_document([doc[1]])[0][1] == "O"  # a new document starts empty


def test_a_name_recognised_later_is_tagged_where_it_first_stood_bare(toy_tagger: NerTagger) -> None:
    """The document memory only looks back; the consistency pass gives the earlier bare mention the tag the
    name got after its cue."""
    doc = [["وصل", "ننسو", "أمس", "."], ["قال", "السيد", "ننسو", "."]]
    tags = toy_tagger.tag_document(doc)
    assert tags[1][2] == "B-PERS" and tags[0][1] == "B-PERS"
    assert toy_tagger.tag_document([doc[0]])[0][1] == "O"  # alone, the bare name is still no name


def test_repeat_names_fills_only_free_words_longest_first() -> None:
    sentences = [["زار", "أحمد", "قطان", "الرياض"], ["وقال", "قطان", "إن", "أحمد", "قطان", "عاد"],
                 ["وصل", "قطان", "."]]
    tags = [["O", "B-PERS", "I-PERS", "B-LOC"], ["O", "O", "O", "O", "O", "O"], ["O", "X", "O"]]
    assert repeat_names(sentences, tags) == [[], [("PERS", 3, 4)], []]
    tags[0][2] = "O"  # two one-word names now: each recurs wherever its word is free (never on the X)
    tags[1][1] = "B-ORG"
    assert repeat_names(sentences, tags) == [[("ORG", 2, 2)], [("PERS", 3, 3), ("ORG", 4, 4)], []]


def test_span_cache_does_not_hide_the_document(toy_tagger: NerTagger) -> None:
    bare = ["وصل", "مممو", "أمس", "."]
    assert toy_tagger.spans(bare) == []  # cached without document features
    toy_tagger.start_document()
    try:
        assert ("PERS", 2, 2) in toy_tagger.spans(["قال", "السيد", "مممو", "."])
        assert toy_tagger.spans(bare) == [("PERS", 1, 1)]
    finally:
        toy_tagger.end_document()
    assert toy_tagger.spans(bare) == []


def test_cached_windows_are_still_remembered(toy_tagger: NerTagger) -> None:
    cue = ["قال", "السيد", "لملمو", "."]
    assert ("PERS", 2, 2) in toy_tagger.spans(cue)  # now cached
    toy_tagger.start_document()
    try:
        toy_tagger.spans(cue)  # a cache hit, yet its labels enter the document memory
        assert toy_tagger.spans(["وصل", "لملمو", "أمس", "."]) == [("PERS", 1, 1)]
    finally:
        toy_tagger.end_document()


def test_jackknife_tags_each_document_with_a_model_that_did_not_see_it(tmp_path: Path) -> None:
    train_ner = _train_script()
    fx = FeatureExtractor()
    filler = [("وصل", "O"), ("الوفد", "O"), ("أمس", "O"), (".", "O")]
    docs = [[[("زار", "O"), ("قققو", "B-LOC"), (".", "O")], filler]] + [[filler, filler] for _ in range(3)]
    tags = train_ner.jackknife(docs, fx, tmp_path / "m", train_ner.crf_params("lbfgs", 0.0, 0.01, 50, 0.0), 2)
    assert len(tags) == sum(len(d) for d in docs)
    assert tags[0][1] == "O"  # its only LOC example was in the held-out document
    assert train_ner.split([[("x", "O")]] * 1000)[1] == [[[("x", "O")]] * 50, [[("x", "O")]] * 50]


def test_name_lists_load_and_name_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("# test\nword\tkind\nكارلوس\tgiven\nالمدرب\tcue\n", encoding="utf-8")
    lists = load_name_lists(path)
    assert lists["given"] == {"كارلوس"} and lists["cue"] == {"المدرب", "مدرب"}
    path.write_text("word\tkind\nكارلوس\tsurname\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"names\.tsv:2"):
        load_name_lists(path)
    path.write_text("name\tkind\nكارلوس\tgiven\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="header"):
        load_name_lists(path)


def test_shipped_name_lists_and_place_words() -> None:
    lists = load_name_lists()
    assert {"محمد", "جون", "فاطمه"} <= lists["given"] and "علي" not in lists["given"]  # على folds to علي
    assert {"المدرب", "مدرب", "الشيخ"} <= lists["cue"]
    place, part = load_place_words()
    assert {"دمشق", "بيروت", "حلب"} <= place and not place & part
    assert "في" not in place


def test_org_names_load_and_name_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "orgs.tsv"
    path.write_text("# test\nname\tkind\nسلتيك\torg\nنيويورك تايمز\tmed\n", encoding="utf-8")
    assert load_org_names(path) == [("سلتيك", "org"), ("نيويورك تايمز", "med")]
    path.write_text("name\tkind\nسلتيك\tclub\n\tmed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"orgs\.tsv:2") as err:
        load_org_names(path)
    assert "orgs.tsv:3" in str(err.value)  # every bad line is reported, not only the first


def test_org_names_become_whole_name_phrase_features(lexicon_dir: Path) -> None:
    from hadath.actors.stage import gazetteer_of

    fx = FeatureExtractor(gazetteer_of(ActorLexicon.load(lexicon_dir)))  # the tiny lexicon has no club
    items = fx.sentence(["فاز", "لسلتيك", "على", "مانشستر", "يونايتد", "حسب", "نيويورك", "تايمز"])
    assert "gz=B-org" in items[1]  # the clitic-stripped form matches
    assert "gz=B-org" in items[3] and "gz=I-org" in items[4]
    assert "gz=B-med" in items[6] and "gz=I-med" in items[7]
    assert not any(f.startswith("gz=") for f in items[0] + items[2] + items[5])
    alone = fx.sentence(["مانشستر", "وحدها"])  # a city without the rest of the club's name
    assert not any(f.startswith("gz=") for f in alone[0])


def test_place_words_split_a_city_s_alternative_names(tmp_path: Path) -> None:
    (tmp_path / "cities.tsv").write_text(
        "# test\ngeonameid\tar_norm\tar\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\n"
        "1\tاشبيليه|سيبييا\tإشبيلية|سيبييا\tSevilla\tESP\tES.51\t37.4\t-6.0\t686741\t0\n"
        "2\tنيو اورليانز\tنيو أورليانز\tNew Orleans\tUSA\tUS.LA\t30.0\t-90.1\t389617\t0\n",
        encoding="utf-8")
    place, part = load_place_words(tmp_path)
    assert {"اشبيليه", "سيبييا"} <= place and not any("|" in w for w in place | part)
    assert {"نيو", "اورليانز"} <= part


def test_gazetteer_flags_reach_the_neighbours() -> None:
    fx = FeatureExtractor(Gazetteer(given=frozenset({"كارلوس"}), person_cue=frozenset({"مدرب"}),
                                    place=frozenset({"حلب"})))
    items = fx.sentence(["وللمدرب", "كارلوس", "في", "حلب"])
    assert "g=pc" in items[0] and "-1g=pc" in items[1] and "g=gn" in items[1]
    assert "g=plc" in items[3] and "+2g=plc" in items[1]


class _RecordingTagger:
    """Stands in for the CRF: records the calls the actor stage makes."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.features = FeatureExtractor(Gazetteer())  # no word clusters: names lose only a و

    def start_document(self) -> None:
        self.calls.append("start")

    def end_document(self) -> None:
        self.calls.append("end")

    def spans(self, words: list[str]) -> list[tuple[str, int, int]]:
        self.calls.append("spans")
        return []


def _two_sentences(text: str) -> Document:
    """A document of the two sentences of ``text``, split after its first full stop."""
    tokens = Tokenizer().tokenize(text)
    cut = next(i for i, t in enumerate(tokens) if t.text == ".") + 1
    return Document(Article("a1", text, date=date(2024, 1, 1)),
                    sentences=[Sentence(0, 0, tokens[cut - 1].end, text[:tokens[cut - 1].end], tokens[:cut]),
                               Sentence(1, tokens[cut].start, len(text), text[tokens[cut].start:], tokens[cut:])])


def test_stage_opens_one_document_per_article(lexicon_dir: Path) -> None:
    tagger = _RecordingTagger()
    stage = ActorStage(ActorCoder(ActorLexicon.load(lexicon_dir), tagger))  # type: ignore[arg-type]
    text = "قال المتحدث باسم الوزارة إن الوفد وصل. وقال المتحدث إن الوفد غادر."
    doc = _two_sentences(text)
    stage(doc)
    stage(doc)
    assert tagger.calls[0] == "start" and tagger.calls.count("start") == 2
    assert tagger.calls.count("spans") >= 2
    first = tagger.calls[:tagger.calls.index("end") + 1]
    assert first[-1] == "end" and "start" not in first[1:]


class _NameAfterTitleTagger(_RecordingTagger):
    """Tags one invented name as a person, only right after «السيد»."""

    def spans(self, words: list[str]) -> list[tuple[str, int, int]]:
        return [("PERS", i, i) for i in range(1, len(words)) if words[i] == "ززلو" and words[i - 1] == "السيد"]


def test_stage_adds_a_name_where_it_recurs_outside_any_window(lexicon_dir: Path) -> None:
    """A name the CRF found after a title, repeated in an earlier sentence with no cue, is a mention there too."""
    stage = ActorStage(ActorCoder(ActorLexicon.load(lexicon_dir), _NameAfterTitleTagger()))  # type: ignore[arg-type]
    text = "ووصل ززلو أمس. وقال السيد ززلو إن الوفد غادر."
    doc = _two_sentences(text)
    found = [(m.text, m.sentence, m.how) for m in stage(doc).entities if m.text == "ززلو"]
    assert ("ززلو", 0, "ner-repeat") in found and any(s == 1 and how == "ner" for _t, s, how in found)


def test_phrase_features_mark_whole_organisation_names() -> None:
    from hadath.actors.stage import PHRASE_FEATURE_KINDS, gazetteer_of, lexicon_phrases

    lexicon = ActorLexicon.load()
    fx = FeatureExtractor(gazetteer_of(lexicon))
    words = ["وقال", "الأمين", "العام", "لحلف", "شمال", "الأطلسي", "لوكالة", "رويترز", "إن", "موسكو"]
    feats = fx.phrase_features(words)
    assert feats is not None
    assert feats[3] == ["gz=B-org"] and feats[4] == ["gz=I-org"] and feats[5] == ["gz=I-org"]
    assert feats[7] == ["gz=B-med"] or feats[6:8] == [["gz=B-med"], ["gz=I-med"]]
    assert feats[0] == feats[1] == feats[8] == feats[9] == []  # titles and places are not phrase features
    items = fx.sentence(words)
    assert "gz=B-org" in items[3] and "gz=I-org" in items[5] and not any(f.startswith("gz=") for f in items[0])
    assert fx.phrase_features(["قال", "موسكو"]) == [[], []]
    assert FeatureExtractor().phrase_features(words) is None  # no lexicon phrases: no such features
    kinds = {k for _key, values in lexicon_phrases(lexicon).entries() for k in values}
    assert kinds == PHRASE_FEATURE_KINDS


class _PrepositionAsNameTagger(_RecordingTagger):
    """Tags every «على» and one invented name as persons (the CRF reads على normalized, as the name علي)."""

    def spans(self, words: list[str]) -> list[tuple[str, int, int]]:
        return [("PERS", i, i) for i, w in enumerate(words) if w in ("على", "علي", "ززلو") and i > 0]


def test_a_preposition_as_written_is_never_a_name(lexicon_dir: Path) -> None:
    """«على» with its alif maqsura is the preposition however the tagger reads it; «علي» is a name."""
    stage = ActorStage(ActorCoder(ActorLexicon.load(lexicon_dir), _PrepositionAsNameTagger()))  # type: ignore[arg-type]
    text = "وقال السيد ززلو إنه أثنى على الاتفاق أمس. وقال السيد علي إن الوفد غادر."
    found = {m.text for m in stage(_two_sentences(text)).entities if m.how.startswith("ner")}
    assert "على" not in found and {"ززلو", "علي"} <= found
