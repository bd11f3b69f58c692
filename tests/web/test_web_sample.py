"""The dashboard over a real ingest: the bundled sample corpus through the whole pipeline and linking."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from hadath.cli import Problems, ingest_into
from hadath.store import Store
from tests.web.conftest import Running, ident, start, stop


@pytest.fixture(scope="module")
def sample_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    db = tmp_path_factory.mktemp("web-sample") / "sample.db"
    sample = Path(str(resources.files("hadath.sample")))
    with Store(db) as store:
        summary = ingest_into(store, (str(sample),), None, None, 1, Problems(quiet=True), False)
    assert summary["added"] > 0
    running, server, thread = start(db)
    try:
        yield running
    finally:
        stop(server, thread)


def test_every_event_and_article_of_the_sample_is_served_with_valid_offsets(sample_server: Running) -> None:
    stats = sample_server.api("/api/stats")
    assert stats["events"] > 0
    page = sample_server.api("/api/events?limit=500")
    assert page["total"] == stats["events"] == len(page["events"])
    articles: dict[str, dict] = {}
    for record in page["events"]:
        detail = sample_server.api(f"/api/event/{ident(record['id'])}")
        sentence = detail["article"]["sentence"]
        assert sentence["start"] <= record["trigger"]["start"] and record["trigger"]["end"] <= sentence["end"]
        if detail["cluster"] is not None:
            assert record["id"] in [m["event_id"] for m in detail["cluster"]["members"]]
        if record["article_id"] not in articles:
            articles[record["article_id"]] = sample_server.api(f"/api/article/{ident(record['article_id'])}")
        text = articles[record["article_id"]]["text"]
        for key in ("evidence", "trigger"):
            assert text[record[key]["start"]:record[key]["end"]] == record[key]["text"]
    for article in articles.values():
        text = article["text"]
        for span in article["boilerplate"] + article["entities"] + article["places"] + article["dates"]:
            assert text[span["start"]:span["end"]] == span["text"], span


def test_sample_summary_matches_stats(sample_server: Running) -> None:
    stats = sample_server.api("/api/stats")
    summary = sample_server.api("/api/summary")
    by_type = {("none" if item["key"] is None else item["key"]): item["count"] for item in summary["by_type"]}
    assert by_type == stats["events_by_type"]
    assert sum(p["count"] for p in summary["places"]) <= stats["events_located"]
    for place in summary["places"]:
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
