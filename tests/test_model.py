from hadath.model import Article, Document, Event, Span
from hadath.text.stage import TextStage


def test_drop_tokens_keeps_counts():
    doc = TextStage.load()(Document(Article(id="a", text="قال الوزير إن الاجتماع انتهى. وغادر الوفد.")))
    counts = [len(s.tokens) for s in doc.sentences]
    assert all(counts)
    doc.drop_tokens()
    assert [s.token_count for s in doc.sentences] == counts
    assert all(s.tokens == [] for s in doc.sentences)


def test_ids_are_stable_and_distinct():
    assert Article.make_id("x", "http://u", "t") == "x"
    assert Article.make_id(None, "http://u", "t") == "http://u"
    assert Article.make_id(None, None, "t") == Article.make_id(None, None, "t") != Article.make_id(None, None, "u")
    a = Event.make_id("a", 1, 10, "041")
    assert a == Event.make_id("a", 1, 10, "041") and a != Event.make_id("a", 1, 11, "041")


def test_record_has_the_issue_fields():
    span = Span(0, 3, "قال")
    rec = Event("e", "a", 0, span, span, "CONSULT", "phone", None, "041", "04", 1, 1.0).to_record()
    for key in ("id", "article_id", "sentence", "evidence", "trigger", "event_type", "mode", "context", "cameo",
                "cameo_root", "quad_class", "goldstein", "source", "target", "location", "date",
                "date_precision", "date_text", "status", "reported_by", "size", "confidence", "pattern",
                "coder_version", "lexicon_version"):
        assert key in rec
    assert rec["size"] == {"dead": None, "injured": None, "arrested": None}
