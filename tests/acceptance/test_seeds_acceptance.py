"""The foundation issue's seed acceptance, end to end through the public API.

Reads the two real reports from ../shared/seeds (skips when absent). Nothing in the code knows them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import hadath
from hadath.model import Article, Document, Event

DATES = {"lavrov-idlib-deescalation": date(2017, 8, 25), "lavrov-us-relations-idlib-denial": date(2017, 1, 19)}


@pytest.fixture(scope="module")
def docs(seeds_dir: Path) -> dict[str, Document]:
    out = {}
    for stem, day in DATES.items():
        path = seeds_dir / f"{stem}.txt"
        if not path.exists():
            pytest.skip(f"seed {path} missing")
        text = path.read_text(encoding="utf-8")
        out[stem] = hadath.analyze(Article(id=stem, text=text, date=day))[0]
    return out


def _roots(actors) -> set[str]:
    return {(a.actor_code or a.country or "")[:3] for a in actors if (a.actor_code or a.country)}


def _parties(event: Event) -> set[str]:
    return _roots(event.source) | _roots(event.target)


def _find(doc: Document, event_type: str, **want) -> list[Event]:
    found = []
    for e in doc.events:
        if e.event_type != event_type:
            continue
        if all(getattr(e, k) == v for k, v in want.items()):
            found.append(e)
    return found


def test_a_phone_call_russia_jordan_dated_yesterday(docs):
    doc = docs["lavrov-us-relations-idlib-denial"]
    calls = [e for e in _find(doc, "CONSULT", mode="phone") if {"RUS", "JOR"} <= _parties(e)]
    assert calls, [(e.event_type, e.mode, _parties(e)) for e in doc.events]
    assert any(e.date == "2017-01-18" for e in calls)
    assert any(e.cameo == "041" for e in calls)


def test_b_meeting_russia_afghanistan_in_moscow_with_coordinates(docs):
    doc = docs["lavrov-us-relations-idlib-denial"]
    meetings = [e for e in _find(doc, "CONSULT") if {"RUS", "AFG"} <= _parties(e) and e.mode != "phone"]
    assert meetings, [(e.event_type, e.mode, _parties(e)) for e in doc.events]
    located = [e for e in meetings if e.location is not None and e.location.country == "RUS"]
    assert located, [(e.location and e.location.name) for e in meetings]
    loc = located[0].location
    assert loc.lat is not None and abs(loc.lat - 55.75) < 0.5 and abs(loc.lon - 37.62) < 0.5


def test_c_denied_russian_airstrike_on_idlib(docs):
    doc = docs["lavrov-us-relations-idlib-denial"]
    strikes = [e for e in _find(doc, "ASSAULT", mode="aerial") if "RUS" in _roots(e.source)]
    assert strikes, [(e.event_type, e.mode, _roots(e.source), e.status) for e in doc.events]
    denied = [e for e in strikes if e.status == "denied"]
    assert denied, [(e.status, e.evidence.text[:40]) for e in strikes]
    e = max(denied, key=lambda ev: (ev.size.dead or 0))
    assert e.size.dead == 15
    assert e.location is not None and e.location.country == "SYR" and e.location.lat is not None
    assert abs(e.location.lat - 35.93) < 0.5 and abs(e.location.lon - 36.63) < 0.5
    assert any("رويترز" in r or "Reuters" in r for r in e.reported_by), e.reported_by
    assert e.denied_by, "the denier must be recorded"
    assert any("RUSMIL" in d or "الدفاع" in d or "defen" in d.lower() for d in e.denied_by), e.denied_by
    assert not [x for x in strikes if x.status == "asserted"], "a denied strike must never also appear as happened"


def test_d_russia_turkey_agree(docs):
    doc = docs["lavrov-idlib-deescalation"]
    agreements = [e for e in _find(doc, "AGREE") if {"RUS", "TUR"} <= _parties(e)]
    assert agreements, [(e.event_type, _parties(e), e.status) for e in doc.events]
    assert any(e.date == "2017-08-23" for e in agreements)


def test_e_every_span_indexes_the_original_text(docs):
    for doc in docs.values():
        text = doc.article.text
        for e in doc.events:
            assert text[e.evidence.start:e.evidence.end] == e.evidence.text
            assert text[e.trigger.start:e.trigger.end] == e.trigger.text
            for a in [*e.source, *e.target]:
                assert text[a.start:a.end] == a.text
            if e.location is not None:
                assert text[e.location.start:e.location.end] == e.location.text
        for m in [*doc.entities, *doc.places, *doc.dates, *doc.quotes]:
            assert text[m.start:m.end] == m.text


def test_f_nothing_from_the_footer(docs):
    for doc in docs.values():
        footer = [b for b in doc.boilerplate]
        assert footer, "the seeds end in site-footer lines or a signature"
        for m in [*doc.entities, *doc.places]:
            assert not any(b.start <= m.start < b.end for b in footer), m.text
        for e in doc.events:
            assert not any(b.start <= e.evidence.start < b.end for b in footer)
