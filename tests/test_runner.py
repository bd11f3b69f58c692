"""The parallel runner gives the same documents as the in-process one, in input order."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.ingest import iter_articles
from hadath.model import Article
from hadath.pipeline import Pipeline
from hadath.runner import AnalysisError, analyse_stream

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "hadath" / "sample" / "reports.jsonl"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return list(iter_articles([SAMPLE]))[:12]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def test_workers_give_the_same_documents_in_order(articles: list[Article], pipeline: Pipeline) -> None:
    local = list(analyse_stream(articles, workers=1, pipeline=pipeline))
    parallel = list(analyse_stream(articles, workers=2, chunk_size=5))
    assert [d.article.id for d in parallel] == [a.id for a in articles]
    for one, other in zip(local, parallel, strict=True):
        assert other.article.text == one.article.text  # the parent's article, text and all
        assert [(s.start, s.end, s.text) for s in other.sentences] == [(s.start, s.end, s.text) for s in one.sentences]
        assert all(s.text == other.text[s.start:s.end] for s in other.sentences)
        assert [e.to_record() for e in other.events] == [e.to_record() for e in one.events]
        assert [m.record() for m in other.entities] == [m.record() for m in one.entities]
    assert sum(len(d.events) for d in parallel) > 0


def test_a_failing_article_is_reported_and_the_rest_go_on(articles: list[Article]) -> None:
    bad = Article(id="broken", text=None, origin="bad.jsonl:3")  # type: ignore[arg-type]  # fails in the worker
    batch = [articles[0], bad, articles[1]]
    errors: list[tuple[str, Exception]] = []
    docs = list(analyse_stream(batch, workers=2, chunk_size=2, on_error=lambda a, e: errors.append((a.id, e))))
    assert [d.article.id for d in docs] == [articles[0].id, articles[1].id]
    assert [i for i, _ in errors] == ["broken"]
    assert isinstance(errors[0][1], AnalysisError)
    with pytest.raises(AnalysisError, match="bad.jsonl:3"):
        list(analyse_stream(batch, workers=2, chunk_size=2))
