"""Event clusters and stories in the store: merging across reports, contested events, increments."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hadath.errors import StoreError
from hadath.link import cluster_of, cluster_records, link_stats, link_store, stories
from hadath.store import Store

from .link_synth import Spec, event_document

IDLIB = ("Idlib", 35.93, 36.63, "city")
ALEPPO = ("Aleppo", 36.20, 37.16, "city")
STRIKE = dict(event_type="ASSAULT", cameo="195", source=("RUSMIL",), target=("SYR",), place=IDLIB,
              place_country="SYR", mode="aerial")


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "link.db") as s:
        yield s


def strike(**changes) -> Spec:
    return Spec(**{**STRIKE, "when": "2017-09-14", "precision": "day", **changes})


def cluster_by_article(store: Store) -> dict[tuple[str, int], str]:
    rows = store.conn.execute(
        "SELECT e.article_id, e.sentence, m.cluster_id FROM link_cluster_members m JOIN events e ON e.id = m.event_id")
    return {(a, s): c for a, s, c in rows}


def test_reports_of_one_strike_merge_and_a_lookalike_elsewhere_does_not(store: Store) -> None:
    store.add(event_document("a1", "outlet-1", date(2017, 9, 15), [strike()]))
    store.add(event_document("a2", "outlet-2", date(2017, 9, 15), [strike(when="2017-09-15")]))
    store.add(event_document("a3", "outlet-2", date(2017, 9, 16), [strike(), strike(place=ALEPPO)]))
    store.add(event_document("a4", "outlet-3", date(2017, 9, 15), [strike(mode="firearms")]))
    counts = link_store(store)
    assert counts["linked_events"] == 5
    clusters = cluster_by_article(store)
    assert clusters[("a1", 0)] == clusters[("a2", 0)] == clusters[("a3", 0)]
    assert clusters[("a3", 1)] != clusters[("a1", 0)]  # same actors and day, another city
    assert clusters[("a4", 0)] != clusters[("a1", 0)]  # same actors and day, another mode
    first_event = store.conn.execute("SELECT id FROM events WHERE article_id = 'a1'").fetchone()[0]
    view = cluster_of(store, first_event)
    assert (view["NumMentions"], view["NumSources"], view["NumArticles"]) == (3, 2, 3)
    assert {m["article_id"] for m in view["mentions"]} == {"a1", "a2", "a3"}
    assert {m["outlet"] for m in view["mentions"]} == {"outlet-1", "outlet-2"}
    joined = [m for m in view["members"] if m["article_id"] == "a2"][0]
    assert any("within a day" in w for w in joined["why"])
    records = {r["id"]: r for r in cluster_records(store)}
    assert len(records) == 3
    record = records[view["id"]]
    assert (record["NumMentions"], record["NumSources"], record["NumArticles"]) == (3, 2, 3)
    assert len(record["mentions"]) == 3 and record["event_type"] == "ASSAULT"
    assert link_stats(store)["clusters_multi_article"] == 1


def test_a_claim_and_its_denial_in_two_articles_make_one_denied_event(store: Store) -> None:
    store.add(event_document("claim", "outlet-1", date(2017, 9, 15),
                             [strike(status="claimed", reported_by=["ناشطون معارضون"])]))
    store.add(event_document("denial", "outlet-2", date(2017, 9, 15),
                             [strike(status="denied", target=(), mode=None, denied_by=["وزارة الدفاع الروسية"])]))
    link_store(store)
    clusters = cluster_by_article(store)
    assert clusters[("claim", 0)] == clusters[("denial", 0)]
    event_id = store.conn.execute("SELECT id FROM events WHERE article_id = 'denial'").fetchone()[0]
    view = cluster_of(store, event_id)
    assert view["status"] == "denied"
    assert view["reported_by"] == ["ناشطون معارضون"] and view["denied_by"] == ["وزارة الدفاع الروسية"]
    assert link_stats(store)["contested_clusters"] == 1


def test_linking_is_idempotent_and_a_later_report_joins_its_cluster(store: Store) -> None:
    store.add(event_document("a1", "outlet-1", date(2017, 9, 15), [strike()], title="غارات على إدلب"))
    store.add(event_document("a2", "outlet-2", date(2017, 9, 15), [strike()], title="قصف جوي في ريف إدلب"))
    link_store(store)
    before = {t: sorted(store.conn.execute(f"SELECT * FROM {t}").fetchall())
              for t in ("link_clusters", "link_cluster_members", "link_cluster_blocks", "link_stories")}
    again = link_store(store)
    assert again["linked_events"] == 0 and again["new_clusters"] == 0
    assert before == {t: sorted(store.conn.execute(f"SELECT * FROM {t}").fetchall()) for t in before}
    cluster = cluster_by_article(store)[("a1", 0)]
    store.add(event_document("a3", "outlet-3", date(2017, 9, 16), [strike(when="2017-09-15")]))
    later = link_store(store)
    assert later["linked_events"] == 1 and later["new_clusters"] == 0
    assert cluster_by_article(store)[("a3", 0)] == cluster
    row = store.conn.execute("SELECT n_mentions, n_sources, n_articles FROM link_clusters WHERE id = ?",
                             (cluster,)).fetchone()
    assert row == (3, 3, 3)
    threads = stories(store, limit=5)
    assert threads[0]["n_articles"] == 3 and set(threads[0]["articles"]) == {"a1", "a2", "a3"}
    assert threads[0]["first_date"] == "2017-09-15" and threads[0]["last_date"] == "2017-09-16"
    assert threads[0]["top_actors"][0]["code"] in {"RUSMIL", "SYR"}


def test_unrelated_events_make_separate_stories(store: Store) -> None:
    store.add(event_document("a1", "outlet-1", date(2017, 9, 15), [strike()],
                             lead="طائرات حربية تقصف مواقع في ريف المحافظة الشمالية"))
    store.add(event_document("b1", "outlet-1", date(2017, 9, 15),
                             [Spec("CONSULT", "040", ("TURGOV",), ("IRNGOV",), "2017-09-15", "day")],
                             lead="محادثات دبلوماسية في العاصمة حول ملفات التجارة والطاقة"))
    link_store(store)
    assert len(stories(store, limit=None)) == 2
    assert stories(store, limit=1)[0]["n_articles"] == 1


def test_cluster_of_an_unknown_or_unlinked_event_says_so(store: Store) -> None:
    with pytest.raises(StoreError, match="no event"):
        cluster_of(store, "ev-missing")
    store.add(event_document("a1", "outlet-1", date(2017, 9, 15), [strike()]))
    event_id = store.conn.execute("SELECT id FROM events").fetchone()[0]
    with pytest.raises(StoreError, match="not linked yet"):
        cluster_of(store, event_id)


def test_cluster_records_export_as_gdelt_rows_with_their_counts(store: Store) -> None:
    import io

    from hadath.export.gdelt import COLUMNS, write_gdelt

    store.add(event_document("a1", "outlet-1", date(2017, 9, 15), [strike()]))
    store.add(event_document("a2", "outlet-2", date(2017, 9, 15), [strike()]))
    store.add(event_document("a3", "outlet-2", date(2017, 9, 15), [strike(when="2017-09-15")]))
    link_store(store)
    out = io.StringIO()
    assert write_gdelt(cluster_records(store), out, header=True) == 1
    header, row = (line.split("\t") for line in out.getvalue().splitlines())
    cells = dict(zip(header, row, strict=True))
    assert header == list(COLUMNS)
    assert (cells["NumMentions"], cells["NumSources"], cells["NumArticles"]) == ("3", "2", "3")


def test_an_event_shared_only_in_a_background_paragraph_does_not_join_stories(store: Store) -> None:
    store.add(event_document("a1", "outlet-1", date(2017, 9, 15), [strike()],
                             lead="طائرات حربية تقصف مواقع في ريف المحافظة الشمالية"))
    store.add(event_document("b1", "outlet-2", date(2017, 9, 15), [
        Spec("CONSULT", "040", ("TURGOV",), ("IRNGOV",), "2017-09-15", "day"),
        Spec("CONSULT", "040", ("EGYGOV",), ("JORGOV",), "2017-09-15", "day"),
        strike()], lead="محادثات دبلوماسية في العاصمة حول ملفات التجارة والطاقة"))
    link_store(store)
    clusters = cluster_by_article(store)
    assert clusters[("a1", 0)] == clusters[("b1", 2)]  # one event, reported by both
    story = dict(store.conn.execute("SELECT article_id, story_id FROM link_stories"))
    assert story["a1"] != story["b1"]  # but b1 is not about it: it is in its third paragraph
