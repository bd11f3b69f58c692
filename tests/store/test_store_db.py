"""Store: round trips, idempotency, filters, foreign keys, problems, stats."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.errors import InputProblem, StoreError
from hadath.model import ActorMention, Article, Document, Event, Mention, PlaceMention, Size, Span
from hadath.store import Store, date_bounds
from hadath.store.migrate import packaged_migrations

from .store_synth import make_document


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "test.db") as opened:
        yield opened


def counts(store: Store) -> dict:
    stats = store.stats()
    stats.pop("path")
    return stats


# -- hypothesis strategies -------------------------------------------------------------------------
words = st.text(alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ًٌَُِّـ٠١٩ abcXYZ-«»،؟\n\t\"'\\"),
                max_size=20)
any_text = st.one_of(words, st.text(max_size=10))
maybe = st.none() | words
codes = st.none() | st.from_regex(r"[A-Z]{3}([A-Z]{3}){0,2}", fullmatch=True)
finite = st.floats(allow_nan=False, allow_infinity=False)
small = st.integers(min_value=0, max_value=100_000)


@st.composite
def actors(draw: st.DrawFn) -> ActorMention:
    start = draw(small)
    text = draw(any_text)
    members = draw(st.lists(st.builds(ActorMention, start=small, end=small, text=any_text, actor_code=codes,
                                      country=codes, name=maybe), max_size=2))
    return ActorMention(start, start + len(text), text, draw(st.sampled_from(["PERS", "ORG", "GPE"])),
                        name=draw(maybe), name_latin=draw(maybe), actor_code=draw(codes), country=draw(codes),
                        sector=draw(st.none() | st.sampled_from(["GOV", "MIL", "REB"])), members=members)


places = st.builds(PlaceMention, start=small, end=small, text=any_text, name=words, country=codes,
                   admin1=maybe, lat=st.none() | finite, lon=st.none() | finite,
                   precision=st.sampled_from(["point", "city", "admin1", "region", "country"]))


@st.composite
def events(draw: st.DrawFn, article_id: str, n: int) -> Event:
    return Event(
        id=f"ev-{n}", article_id=article_id, sentence=draw(small),
        evidence=Span(draw(small), draw(small), draw(any_text)), trigger=Span(draw(small), draw(small), draw(words)),
        event_type=draw(st.none() | st.sampled_from(["CONSULT", "ASSAULT", "PROTEST"])), mode=draw(maybe),
        context=draw(maybe), cameo=draw(st.from_regex(r"[0-2][0-9]{1,3}", fullmatch=True)),
        cameo_root=draw(st.from_regex(r"[0-2][0-9]", fullmatch=True)), quad_class=draw(st.integers(0, 4)),
        goldstein=draw(finite), intensity=draw(st.none() | finite),
        source=draw(st.lists(actors(), max_size=3)), target=draw(st.lists(actors(), max_size=3)),
        location=draw(st.none() | places), date=draw(st.none() | st.sampled_from(["2024", "2024-02", "2024-02-29"])),
        date_precision=draw(maybe), date_text=draw(maybe),
        status=draw(st.sampled_from(["asserted", "claimed", "denied", "negated"])),
        reported_by=draw(st.lists(words, max_size=2)), denied_by=draw(st.lists(words, max_size=2)),
        denies=draw(maybe), denied_in=draw(maybe),
        size=Size(draw(st.none() | small), draw(st.none() | small), draw(st.none() | small)),
        confidence=draw(st.floats(0, 1)), pattern=draw(words), coder_version=draw(words),
        lexicon_version=draw(words),
        mentions=draw(st.lists(st.builds(Mention, article_id=st.just(article_id), sentence=small, start=small,
                                         end=small, source=maybe, event_id=maybe), max_size=3)))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    article_id = draw(st.from_regex(r"[a-z0-9:/._-]{1,30}", fullmatch=True))
    text = draw(any_text)
    article = Article(article_id, text, title=draw(maybe), url=draw(maybe), meta={"k": draw(any_text)})
    n = draw(st.integers(0, 4))
    return Document(article, events=[draw(events(article_id, k)) for k in range(n)])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_event_survives_the_store_unchanged(doc: Document) -> None:
    with Store(":memory:") as store:
        assert store.add(doc) is True
        assert list(store.events()) == [e.to_record() for e in doc.events]
        assert list(store.iter_records()) == [e.to_record() for e in doc.events]
        stored = store.article(doc.article.id)
        assert stored is not None and stored["text"] == doc.article.text and stored["meta"] == doc.article.meta


# -- writing ---------------------------------------------------------------------------------------
def test_add_stores_everything_once(store: Store) -> None:
    doc = make_document(3)
    assert store.add(doc) is True
    first = counts(store)
    assert first["articles"] == 1 and first["sentences"] == 2 and first["events"] == 2
    assert first["mentions"] == {"date": 1, "entity": 2, "place": 1, "quote": 1}
    assert store.add(make_document(3)) is False
    assert counts(store) == first
    assert store.has_article("art-000003") and not store.has_article("art-000004")


def test_add_many_skips_stored_and_repeated_articles(store: Store) -> None:
    store.add(make_document(0))
    docs = [make_document(i) for i in range(7)] + [make_document(2)]
    assert store.add_many(docs, batch_size=3) == 6
    assert store.article_ids() == {f"art-{i:06d}" for i in range(7)}
    assert store.stats()["events"] == 14
    assert store.add_many(docs, batch_size=3) == 0


def test_a_failing_batch_is_rolled_back_whole(store: Store) -> None:
    bad = make_document(1)
    bad.events[1].id = bad.events[0].id  # duplicate event id: the insert must fail
    with pytest.raises(StoreError, match="art-000001"):
        store.add_many([make_document(0), bad], batch_size=10)
    assert store.article_ids() == set()
    assert store.stats()["events"] == 0 and store.stats()["sentences"] == 0


def test_nan_is_refused_not_written_as_invalid_json(store: Store) -> None:
    doc = make_document(1)
    doc.events[0].goldstein = float("nan")
    with pytest.raises(StoreError):
        store.add(doc)
    assert not store.has_article("art-000001")


def test_article_keeps_offsets_into_its_text(store: Store) -> None:
    doc = make_document(5)
    store.add(doc)
    stored = store.article("art-000005")
    assert stored is not None
    assert stored["date"] == doc.article.date.isoformat() and stored["url"] == doc.article.url
    assert stored["meta"] == {"section": "سياسة", "n": 5}
    assert stored["lexicon_version"] == "lex-0" and stored["coder_version"] == "test-0"
    for m in stored["mentions"]:
        assert stored["text"][m["start"]:m["end"]] == m["text"]
    entity = next(m for m in stored["mentions"] if m["kind"] == "entity")
    assert entity["actor_code"] == "TURGOV"
    quote = next(m for m in stored["mentions"] if m["kind"] == "quote")
    assert quote["speaker"]["actor_code"] == "TURGOV"
    assert [s["index"] for s in stored["sentences"]] == [0, 1]
    assert stored["events"] == [e.id for e in doc.events]
    assert store.article("missing") is None
    assert store.article_urls() == {"art-000005": "https://example.org/news/5"}


def test_problems_are_recorded_once(store: Store) -> None:
    for _ in range(2):
        store.record_problem(InputProblem("in.jsonl", 4, "invalid JSON"))
        store.record_problem(InputProblem("in.jsonl", None, "empty file"))
    store.record_problem(InputProblem("in.jsonl", 5, "invalid JSON"))
    assert store.stats()["problems"] == 3
    assert store.problems()[1] == InputProblem("in.jsonl", None, "empty file")


# -- queries ---------------------------------------------------------------------------------------
@pytest.fixture
def filled(store: Store) -> Store:
    store.add_many([make_document(i) for i in range(12)])
    return store


def test_filters_by_type_status_and_limit(filled: Store) -> None:
    every = list(filled.events())
    assert len(every) == 24
    assault = list(filled.events(event_type="assault"))
    assert assault and all(r["event_type"] == "ASSAULT" for r in assault)
    assert len(assault) == sum(r["event_type"] == "ASSAULT" for r in every)
    claimed = list(filled.events(status="claimed"))
    assert len(claimed) == 12 and all(r["status"] == "claimed" for r in claimed)
    assert [r["id"] for r in filled.events(limit=5)] == [r["id"] for r in every[:5]]
    assert list(filled.events(limit=0)) == []


def test_actor_filter_matches_code_prefixes(filled: Store) -> None:
    rus = list(filled.events(actor="RUS"))
    assert rus and all("RUS" in {(a["actor_code"] or "")[:3] for a in [r["source"], r["target"]]} for r in rus)
    assert {r["id"] for r in filled.events(actor="rusgov")} == {
        r["id"] for r in rus if r["source"]["actor_code"] == "RUSGOV"}
    assert len(list(filled.events(actor="RUSGOV"))) < len(rus)
    assert list(filled.events(actor="RUSMIL")) == []
    assert list(filled.events(actor="USA")) == []


def test_place_filter_by_name_or_country(filled: Store) -> None:
    located = [r for r in filled.events() if r["location"]]
    assert len(located) == 12
    assert [r["id"] for r in filled.events(place="damascus")] == [r["id"] for r in located]
    assert [r["id"] for r in filled.events(place="SYR")] == [r["id"] for r in located]
    assert list(filled.events(place="Cairo")) == []


def test_date_filters_respect_precision(filled: Store) -> None:
    records = list(filled.events())
    by_date = {d: [r["id"] for r in records if r["date"] == d] for d in ("2024-03-01", "2024-03", "2024", None)}
    march_15 = {r["id"] for r in filled.events(since="2024-03-15", until="2024-03-15")}
    assert march_15 == set(by_date["2024-03"]) | set(by_date["2024"])
    march_1 = {r["id"] for r in filled.events(since="2024-03-01", until="2024-03-01")}
    assert march_1 == set(by_date["2024-03-01"]) | set(by_date["2024-03"]) | set(by_date["2024"])
    assert {r["id"] for r in filled.events(since="2024-04")} == set(by_date["2024"])
    assert list(filled.events(until="2023")) == []
    assert len(list(filled.events(since="2000"))) == len(records) - len(by_date[None])
    with pytest.raises(StoreError, match="since"):
        list(filled.events(since="March"))


def test_filters_combine(filled: Store) -> None:
    combined = list(filled.events(actor="TUR", place="SYR", status="asserted"))
    assert combined
    assert all(r["status"] == "asserted" and r["location"]["country"] == "SYR" for r in combined)


@pytest.mark.parametrize(("value", "bounds"), [
    ("2024", ("2024-01-01", "2024-12-31")), ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023-02", ("2023-02-01", "2023-02-28")), ("2024-05-06", ("2024-05-06", "2024-05-06")),
    ("2024-13", None), ("2024-02-30", None), ("24", None), ("", None), (None, None)])
def test_date_bounds(value: str | None, bounds: tuple[str, str] | None) -> None:
    assert date_bounds(value) == bounds


# -- integrity -------------------------------------------------------------------------------------
def test_foreign_keys_are_enforced_and_cascade(filled: Store) -> None:
    assert filled.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        filled.conn.execute("INSERT INTO sentences(article_id, idx, \"start\", \"end\") VALUES ('nope', 0, 0, 1)")
    filled.conn.execute("DELETE FROM articles WHERE id = 'art-000000'")
    for table in ("sentences", "mentions", "events"):
        n = filled.conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = 'art-000000'").fetchone()[0]
        assert n == 0, table
    orphans = filled.conn.execute(
        "SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT id FROM events)").fetchone()[0]
    assert orphans == 0
    assert filled.stats()["events"] == 22


def test_mention_kind_is_checked(filled: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        filled.conn.execute("INSERT INTO mentions(article_id, kind, \"start\", \"end\", text)"
                            " VALUES ('art-000001', 'rumour', 0, 1, 'x')")


def test_wal_mode_and_missing_folder(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path / "no" / "such" / "x.db")


def test_stats_counts(filled: Store) -> None:
    stats = filled.stats()
    assert stats["articles"] == 12 and stats["sentences"] == 24 and stats["events"] == 24
    assert sum(stats["events_by_type"].values()) == 24 and sum(stats["events_by_status"].values()) == 24
    assert stats["events_by_type"]["none"] == 6
    assert stats["events_located"] == 12 and stats["events_dated"] == 18
    assert stats["schema_version"] == max(m.version for m in packaged_migrations())


def test_article_without_events_or_date(store: Store) -> None:
    doc = Document(Article("bare", "نص قصير", date=date(2020, 1, 2)))
    assert store.add(doc)
    assert store.article("bare")["coder_version"] is None
    assert list(store.events()) == []


def test_stored_events_export_in_every_format(filled: Store, tmp_path: Path) -> None:
    from hadath.export import FORMATS, export

    urls = filled.article_urls()
    for fmt in FORMATS:
        assert export(filled.events(actor="RUS"), fmt, tmp_path / f"e.{fmt}", urls=urls) == len(
            list(filled.events(actor="RUS")))
    gdelt_urls = {line.split("\t")[-1] for line in (tmp_path / "e.gdelt").read_text(encoding="utf-8").splitlines()}
    assert gdelt_urls <= set(urls.values()) and gdelt_urls


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(["2023", "2024-02", "2024-02-29", "2024-03-01", "2025"]),
       st.sampled_from(["2024", "2024-01-31", "2024-02", "2026"]))
def test_filters_agree_with_the_records(doc: Document, since: str, until: str) -> None:
    with Store(":memory:") as store:
        store.add(doc)
        low, high = date_bounds(since)[0], date_bounds(until)[1]
        expected = [e.id for e in doc.events if e.date and date_bounds(e.date)[1] >= low
                    and date_bounds(e.date)[0] <= high]
        assert [r["id"] for r in store.events(since=since, until=until)] == expected
        for event in doc.events:
            for actor in event.source + event.target:
                for code in filter(None, [actor.actor_code or actor.country]
                                   + [m.actor_code or m.country for m in actor.members]):
                    assert event.id in {r["id"] for r in store.events(actor=code[:3])}


def test_an_event_of_an_unknown_article_is_refused(store: Store) -> None:
    doc = make_document(2)
    doc.events[0].article_id = "elsewhere"
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        store.add(doc)
    assert store.article_ids() == set()
