"""The JSON endpoints: shapes, filters, paging, offsets, errors and status codes."""

from __future__ import annotations

import threading
from itertools import product

import pytest

from hadath.errors import StoreError
from hadath.store import Store
from hadath.web import make_server
from hadath.web.queries import EventFilter, ReadOnlyStore, outside_sentences, parse_filter
from tests.web.conftest import Running, ident
from tests.web.web_synth import MARKUP, URL_ID, documents

ALL_EVENTS = sum(len(d.events) for d in documents())


def event_ids(running: Running, query: str) -> list[str]:
    page = running.api(f"/api/events?limit=500&{query}")
    assert page["total"] == len(page["events"])
    return [r["id"] for r in page["events"]]


def by_trigger(running: Running) -> dict[str, dict]:
    return {r["trigger"]["text"]: r for r in running.api("/api/events?limit=500")["events"]}


# -- /api/stats ---------------------------------------------------------------------------------
def test_stats_counts_and_link_figures(linked_server: Running) -> None:
    stats = linked_server.api("/api/stats")
    assert stats["articles"] == 4
    assert stats["events"] == ALL_EVENTS
    assert stats["events_by_status"] == {"asserted": 3, "denied": 1, "claimed": 1, "hoped": 1}
    assert stats["date_range"] == {"first": "2023-11-01", "last": "2024-03-31"}
    assert stats["link"]["linked_events"] == ALL_EVENTS
    assert "path" not in stats  # the page is not told where the database lives
    assert "denied" in stats["statuses"]


def test_stats_without_linking_still_answers(unlinked_server: Running) -> None:
    stats = unlinked_server.api("/api/stats")
    assert stats["events"] == ALL_EVENTS
    assert stats["link"]["linked_events"] == 0


# -- /api/events --------------------------------------------------------------------------------
def test_events_page_shape(linked_server: Running) -> None:
    page = linked_server.api("/api/events")
    assert page["total"] == ALL_EVENTS and page["offset"] == 0 and page["limit"] == 100
    record = page["events"][0]
    for key in ("id", "article_id", "evidence", "trigger", "event_type", "cameo", "source", "target",
                "location", "date", "status", "reported_by", "denied_by", "mentions", "linked"):
        assert key in record
    assert record["linked"]["outlets"] >= 1 and record["linked"]["cluster"].startswith("cl-")


def test_events_unlinked_have_no_outlet_counts(unlinked_server: Running) -> None:
    page = unlinked_server.api("/api/events")
    assert page["total"] == ALL_EVENTS
    assert all(r["linked"] is None for r in page["events"])


@pytest.mark.parametrize(("query", "triggers"), [
    ("status=denied", {"قصفت"}),
    ("status=HOPED", {"اتفاق"}),
    ("type=assault", {"قصفت"}),
    ("actor=RUS", {"قصفت", "ونفت"}),
    ("actor=TURGOV", {"زار"}),
    ("actor=SYR", {"قصفت"}),
    ("place=idlib", {"قصفت"}),
    ("place=egy", {"زار"}),
    ("since=2024-03-05", {"ونفت", "زار"}),
    ("until=2024-03-04", {"قصفت", "تظاهر", "زار"}),  # the March event may be on or before the 4th
    ("since=2024-03-10&until=2024-03-10", {"زار"}),  # a month-precision date counts for each of its days
    ("since=2024", {"قصفت", "ونفت", "زار"}),
    ("actor=RUS&status=asserted", {"ونفت"}),
])
def test_events_filters(linked_server: Running, query: str, triggers: set[str]) -> None:
    page = linked_server.api(f"/api/events?{query}")
    assert {r["trigger"]["text"] for r in page["events"]} == triggers
    assert page["total"] == len(triggers)


def test_filters_select_what_store_events_selects(linked_server: Running) -> None:
    """The dashboard's SQL filters mean what Store.events means, for every combination tried."""
    grid = product((None, "2024-03", "2024-03-05"), (None, "2024-03-04"), (None, "RUS", "TUR", "X"),
                   (None, "ASSAULT", "CONSULT"), (None, "Idlib", "EGY"), (None, "asserted", "denied"))
    with Store(linked_server.db) as store:
        for since, until, actor, event_type, place, status in grid:
            flt = EventFilter(since, until, actor, event_type, place, status)
            query = "&".join(f"{k}={v}" for k, v in (("since", since), ("until", until), ("actor", actor),
                                                     ("type", event_type), ("place", place), ("status", status))
                             if v is not None)
            expected = [r["id"] for r in store.events(**flt.as_store_kwargs())]
            if since and until and since > until:
                continue
            assert event_ids(linked_server, query) == expected, query


def test_events_paging_covers_every_event_once(linked_server: Running) -> None:
    everything = event_ids(linked_server, "")
    pages: list[str] = []
    for offset in range(0, ALL_EVENTS + 2, 2):
        page = linked_server.api(f"/api/events?limit=2&offset={offset}")
        assert page["total"] == ALL_EVENTS and len(page["events"]) <= 2
        pages += [r["id"] for r in page["events"]]
    assert pages == everything
    assert linked_server.api(f"/api/events?offset={ALL_EVENTS + 5}")["events"] == []


@pytest.mark.parametrize("query", [
    "since=2024-13-01", "since=2024-02-30", "until=yesterday", "since=2024-03-06&until=2024-03-05",
    "limit=0", "limit=501", "limit=-1", "limit=ten", "offset=-3", "offset=1.5", "status=maybe",
    "actor=RUS;DROP", "type=ASSAULT%20OR%201", "statu=denied", "status=denied&status=claimed",
    "place=" + "x" * 201,
])
def test_events_bad_parameters_are_400(linked_server: Running, query: str) -> None:
    reply = linked_server.get(f"/api/events?{query}")
    assert reply.status == 400, query
    body = reply.json()
    assert body["status"] == 400 and body["error"]


def test_summary_counts_and_places(linked_server: Running) -> None:
    summary = linked_server.api("/api/summary")
    assert summary["total"] == ALL_EVENTS
    assert sum(item["count"] for item in summary["by_type"]) == ALL_EVENTS
    assert {"key": None, "count": 1} in summary["by_type"]  # the CAMEO-only statement
    places = {p["name"]: p for p in summary["places"]}
    assert set(places) == {"Idlib", "Cairo", "Amman"}
    assert places["Idlib"]["lat"] == pytest.approx(35.93) and places["Idlib"]["count"] == 1
    denied = linked_server.api("/api/summary?status=denied")
    assert denied["total"] == 1 and [p["name"] for p in denied["places"]] == ["Idlib"]
    assert linked_server.get("/api/summary?limit=3").status == 400  # paging means nothing here


# -- /api/event/<id> -----------------------------------------------------------------------------
def test_event_detail_has_sentence_denial_and_cluster(linked_server: Running) -> None:
    records = by_trigger(linked_server)
    strike, denial = records["قصفت"], records["ونفت"]
    detail = linked_server.api(f"/api/event/{strike['id']}")
    assert detail["event"] == {k: v for k, v in strike.items() if k != "linked"}
    sentence = detail["article"]["sentence"]
    assert sentence["start"] <= strike["trigger"]["start"] < strike["trigger"]["end"] <= sentence["end"]
    assert sentence["text"] == strike["evidence"]["text"]
    assert detail["denial"]["id"] == denial["id"] and detail["denies"] is None
    assert detail["event"]["denied_by"] == ["وزارة الدفاع الروسية"]
    cluster = detail["cluster"]
    assert cluster["NumMentions"] >= 1
    assert strike["id"] in [m["event_id"] for m in cluster["members"]]
    back = linked_server.api(f"/api/event/{denial['id']}")
    assert back["denies"]["id"] == strike["id"] and back["denial"] is None


def test_event_detail_without_linking_has_no_cluster(unlinked_server: Running) -> None:
    record = unlinked_server.api("/api/events?limit=1")["events"][0]
    detail = unlinked_server.api(f"/api/event/{record['id']}")
    assert detail["cluster"] is None and detail["event"]["id"] == record["id"]


@pytest.mark.parametrize("path", ["/api/event/ev-0000000000000000", "/api/article/no-such-article",
                                  "/api/event/", "/api/nothing", "/api/stats/extra", "/nothing.html", "/api/"])
def test_unknown_paths_are_404_json(linked_server: Running, path: str) -> None:
    reply = linked_server.get(path)
    assert reply.status == 404, path
    assert reply.headers["content-type"].startswith("application/json")
    assert reply.json()["status"] == 404


def test_id_endpoints_take_no_parameters(linked_server: Running) -> None:
    record = linked_server.api("/api/events?limit=1")["events"][0]
    assert linked_server.get(f"/api/event/{record['id']}?x=1").status == 400


# -- /api/article/<id> ---------------------------------------------------------------------------
def test_article_spans_all_point_into_the_text(linked_server: Running) -> None:
    for doc in documents():
        article = linked_server.api(f"/api/article/{ident(doc.article.id)}")
        text = article["text"]
        assert text == doc.article.text and article["length"] == len(text)
        spans = article["boilerplate"] + article["entities"] + article["places"] + article["dates"] + article["quotes"]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"], span
        for sentence in article["sentences"]:
            assert 0 <= sentence["start"] < sentence["end"] <= len(text)
        assert [e["id"] for e in article["events"]] == [e.id for e in doc.events]
        for event in article["events"]:
            for key in ("evidence", "trigger"):
                assert text[event[key]["start"]:event[key]["end"]] == event[key]["text"]


def test_article_groups_mentions_by_kind(linked_server: Running) -> None:
    article = linked_server.api(f"/api/article/{ident(URL_ID)}")
    assert article["id"] == URL_ID
    assert [e["actor_code"] for e in article["entities"]] == ["EGYGOV", "TURGOV", "TUR"]
    assert [p["name"] for p in article["places"]] == ["Cairo"]
    assert [(d["value"], d["precision"]) for d in article["dates"]] == [("2024-03", "month")]
    assert article["quotes"][0]["speaker"]["actor_code"] == "EGYGOV"
    assert article["duplicates"] == []


def test_article_boilerplate_is_the_unanalysed_footer(linked_server: Running) -> None:
    article = linked_server.api("/api/article/web-strike")
    footer = "تابعونا على مواقع التواصل الاجتماعي"
    assert any(footer in span["text"] for span in article["boilerplate"])
    assert all(span["start"] >= article["sentences"][-1]["end"] for span in article["boilerplate"])


def test_record_markup_comes_back_as_json_text(linked_server: Running) -> None:
    reply = linked_server.get("/api/article/web-markup")
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json; charset=utf-8"
    assert reply.headers["x-content-type-options"] == "nosniff"
    article = reply.json()
    assert article["title"] == MARKUP and MARKUP in article["text"]


def test_outside_sentences_finds_unanalysed_text() -> None:
    text = "  مقدمة\nجملة أولى. جملة ثانية.\n\nذيل الموقع  "
    first = text.index("جملة أولى")
    second_end = text.index("جملة ثانية.") + len("جملة ثانية.")
    gaps = outside_sentences(text, [{"start": first, "end": text.index(" جملة ثانية")},
                                    {"start": text.index("جملة ثانية"), "end": second_end}])
    assert [g["text"] for g in gaps] == ["مقدمة", "ذيل الموقع"]
    for gap in gaps:
        assert text[gap["start"]:gap["end"]] == gap["text"]
    assert outside_sentences("نص", [{"start": 0, "end": 2}]) == []


# -- /api/stories --------------------------------------------------------------------------------
def test_stories(linked_server: Running) -> None:
    answer = linked_server.api("/api/stories?limit=50")
    assert answer["available"] is True
    assert sorted(a for s in answer["stories"] for a in s["articles"]) == sorted(d.article.id for d in documents())
    assert linked_server.get("/api/stories?limit=0").status == 400
    assert len(linked_server.api("/api/stories?limit=1")["stories"]) == 1


# -- parameters, server behaviour --------------------------------------------------------------------
def test_parse_filter_normalizes_case() -> None:
    flt = parse_filter({"type": ["consult"], "status": ["Denied"], "actor": ["rus"]})
    assert (flt.event_type, flt.status, flt.actor) == ("CONSULT", "denied", "rus")


def test_methods_other_than_get_are_refused(linked_server: Running) -> None:
    reply = linked_server.get("/api/stats", method="POST")
    assert reply.status == 405 and reply.headers["allow"] == "GET, HEAD"
    assert reply.json()["status"] == 405
    head = linked_server.get("/api/stats", method="HEAD")
    assert head.status == 200 and head.body == b"" and int(head.headers["content-length"]) > 0


def test_foreign_host_header_is_refused(linked_server: Running) -> None:
    """Bound to loopback, the dashboard refuses other Host names (DNS rebinding)."""
    assert linked_server.get("/api/stats", headers={"Host": "attacker.example"}).status == 403
    assert linked_server.get("/api/stats", headers={"Host": f"localhost:{linked_server.port}"}).status == 200


def test_concurrent_requests_each_get_their_own_connection(linked_server: Running) -> None:
    failures: list[str] = []
    record = linked_server.api("/api/events?limit=1")["events"][0]
    paths = ["/api/stats", "/api/events?status=asserted", f"/api/event/{record['id']}", "/api/article/web-strike",
             "/api/summary", "/api/stories"]

    def worker() -> None:
        for path in paths * 3:
            reply = linked_server.get(path)
            if reply.status != 200:
                failures.append(f"{path}: {reply.status}")

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert failures == []


def test_requests_print_nothing(linked_server: Running, capfd: pytest.CaptureFixture[str]) -> None:
    capfd.readouterr()
    for path in ("/api/stats", "/api/events?limit=oops", "/api/event/nope", "/app.js"):
        linked_server.get(path)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_unexpected_errors_are_500_json(linked_server: Running, monkeypatch: pytest.MonkeyPatch,
                                        capfd: pytest.CaptureFixture[str]) -> None:
    from hadath.web import queries

    def broken(store: object, query: object) -> dict:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(queries, "stats_payload", broken)
    capfd.readouterr()
    reply = linked_server.get("/api/stats")
    assert reply.status == 500 and "disk on fire" in reply.json()["error"]
    assert linked_server.get("/api/summary").status == 200  # still serving
    assert capfd.readouterr() == ("", "")


def test_request_connections_are_read_only(linked_server: Running) -> None:
    store = ReadOnlyStore(linked_server.db)
    try:
        with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
            store.conn.execute("DELETE FROM events")
    finally:
        store.close()
    assert linked_server.api("/api/stats")["events"] == ALL_EVENTS


def test_missing_database_is_refused_and_not_created(tmp_path) -> None:
    missing = tmp_path / "none.db"
    with pytest.raises(StoreError, match="no database"):
        make_server(str(missing), "127.0.0.1", 0)
    assert not missing.exists()


def test_serve_reports_its_url_and_stops_on_ctrl_c(linked_server: Running) -> None:
    """``serve`` blocks until interrupted; SIGINT (Ctrl-C) ends it cleanly, with nothing printed by it."""
    import select
    import signal
    import subprocess
    import sys
    import urllib.request

    script = ("import sys\nfrom hadath.web import serve\n"
              "serve(sys.argv[1], '127.0.0.1', 0, ready=lambda url: print(url, flush=True))\n"
              "print('stopped', flush=True)\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(linked_server.db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 30)  # bounded wait for the URL line
        assert ready, "serve did not report its URL within 30 s"
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        with urllib.request.urlopen(url + "api/stats", timeout=10) as response:
            assert response.status == 200
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert out.strip() == "stopped" and err == ""


def test_port_in_use_is_a_named_error(linked_server: Running) -> None:
    from hadath.web.queries import WebError

    with pytest.raises(WebError, match=f"cannot listen on 127.0.0.1:{linked_server.port}"):
        make_server(str(linked_server.db), "127.0.0.1", linked_server.port)


def test_events_order_by_date(linked_server: Running) -> None:
    def dates(order: str) -> list[str | None]:
        return [r["date"] for r in linked_server.api(f"/api/events?order={order}")["events"]]

    assert dates("newest") == ["2024-03", "2024-03-05", "2024-03-04", "2023-11-01", None, None]
    assert dates("oldest") == ["2023-11-01", "2024-03", "2024-03-04", "2024-03-05", None, None]
    assert event_ids(linked_server, "order=stored") == event_ids(linked_server, "")
    assert linked_server.get("/api/events?order=random").status == 400
