"""The real seed reports (read from ../shared, never copied) go through the store byte for byte."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hadath.export import write_gdelt, write_jsonl, write_plover
from hadath.model import Article, Document, Event, Span
from hadath.store import Store
from hadath.text.stage import TextStage


def test_seed_reports_round_trip_through_store_and_exports(seeds_dir: Path, tmp_path: Path) -> None:
    seed_files = sorted(seeds_dir.glob("*.txt"))
    if not seed_files:
        pytest.skip(f"no seed reports (*.txt) in {seeds_dir}")
    stage = TextStage.load()
    docs = []
    for path in seed_files:
        text = path.read_text(encoding="utf-8")
        doc = stage(Document(Article(Article.make_id(None, None, text), text, origin=str(path))))
        assert doc.sentences
        first = doc.sentences[0]
        evidence = Span(first.start, first.end, text[first.start:first.end])
        doc.events = [Event(Event.make_id(doc.article.id, 0, first.start, "010"), doc.article.id, 0, evidence,
                            evidence, None, None, None, "010", "01", 1, 0.0)]
        docs.append(doc)
    with Store(tmp_path / "seeds.db") as store:
        assert store.add_many(docs) == len(docs)
        for doc in docs:
            stored = store.article(doc.article.id)
            assert stored is not None and stored["text"] == doc.article.text
            assert [(s["start"], s["end"]) for s in stored["sentences"]] == [(s.start, s.end) for s in doc.sentences]
        records = list(store.events())
    assert records == [d.events[0].to_record() for d in docs]
    for writer in (write_jsonl, write_plover, write_gdelt):
        out = io.StringIO()
        assert writer(records, out) == len(docs)
        if writer is write_gdelt:
            assert [len(row.split("\t")) for row in out.getvalue().splitlines()] == [61] * len(docs)
            continue
        lines = [json.loads(line) for line in out.getvalue().splitlines()]
        assert len(lines) == len(docs)
        for doc in docs:  # the Arabic evidence is written readable, not as \u escapes
            assert doc.events[0].evidence.text.splitlines()[0] in out.getvalue()
