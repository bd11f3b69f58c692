"""When two reports are one event: the pure compatibility rules."""

from __future__ import annotations

from typing import Any

from hadath.link.merge import (
    blocks,
    cluster_status,
    distance_km,
    features,
    lookup_blocks,
    merge_reasons,
    months_of,
    representative,
)

IDLIB = ("Idlib", 35.93, 36.63, "city")
SARAQIB = ("Saraqib", 35.86, 36.80, "city")  # ~17 km from Idlib
ALEPPO = ("Aleppo", 36.20, 37.16, "city")  # ~57 km from Idlib
SYRIA = ("Syria", 35.0, 38.5, "country")


def event(article: str = "a1", event_type: str | None = "ASSAULT", cameo_root: str = "19", src: str = "RUSMIL",
          tgt: str = "SYR", day: str | None = "2017-09-14", precision: str | None = "day",
          place: tuple[str, float, float, str] | None = IDLIB, mode: str | None = None, status: str = "asserted",
          outlet: str = "outlet-1", reported_by: list[str] | None = None, denied_by: list[str] | None = None,
          pub: str = "2017-09-15", confidence: float = 0.6) -> Any:
    first = last = day
    if day and precision == "month":
        first, last = day + "-01", day + "-30"
    location = None
    if place:
        location = {"name": place[0], "lat": place[1], "lon": place[2], "precision": place[3], "country": "SYR"}
    record = {"location": location, "reported_by": reported_by or [], "denied_by": denied_by or [],
              "confidence": confidence, "evidence": {"start": 0, "end": 10}, "sentence": 0,
              "mentions": [{"article_id": article, "sentence": 0, "start": 0, "end": 10, "source": outlet}]}
    return features({"id": f"ev-{article}-{event_type}-{day}-{status}", "article_id": article,
                     "event_type": event_type, "cameo_root": cameo_root, "mode": mode, "status": status,
                     "date_precision": precision, "date_first": first, "date_last": last, "source_codes": src,
                     "target_codes": tgt, "record": record, "pub_date": pub, "outlet": outlet})


def test_same_event_from_two_outlets_merges_with_reasons() -> None:
    why = merge_reasons(event("a1"), event("a2", outlet="outlet-2"))
    assert why is not None
    assert why[0] == "same type ASSAULT"
    assert any("same place Idlib" in w for w in why) and any("same date 2017-09-14" in w for w in why)


def test_one_day_apart_merges_across_articles_but_two_days_do_not() -> None:
    assert merge_reasons(event("a1"), event("a2", day="2017-09-15")) is not None
    assert merge_reasons(event("a1"), event("a2", day="2017-09-16")) is None


def test_same_actors_and_day_in_different_places_stay_two() -> None:
    assert merge_reasons(event("a1", place=IDLIB), event("a2", place=ALEPPO)) is None
    assert distance_km(IDLIB[1], IDLIB[2], ALEPPO[1], ALEPPO[2]) > 50


def test_nearby_places_and_a_containing_country_are_compatible() -> None:
    near = merge_reasons(event("a1", place=IDLIB), event("a2", place=SARAQIB))
    assert near is not None and any("km apart" in w for w in near)
    assert merge_reasons(event("a1", place=IDLIB), event("a2", place=SYRIA)) is not None
    assert merge_reasons(event("a1", place=IDLIB), event("a2", place=None)) is not None


def test_different_modes_stay_two_and_one_missing_mode_is_fine() -> None:
    assert merge_reasons(event("a1", mode="aerial"), event("a2", mode="firearms")) is None
    assert merge_reasons(event("a1", mode="aerial"), event("a2", mode=None)) is not None


def test_types_and_actor_roles_must_agree_except_for_reciprocal_types() -> None:
    assert merge_reasons(event("a1"), event("a2", event_type="PROTEST")) is None
    assert merge_reasons(event("a1", src="RUSMIL", tgt="SYR"), event("a2", src="SYRMIL", tgt="RUS")) is None
    consult_a = event("a1", event_type="CONSULT", cameo_root="04", src="RUSGOV", tgt="TURGOV", place=None)
    consult_b = event("a2", event_type="CONSULT", cameo_root="04", src="TUR", tgt="RUS", place=None)
    why = merge_reasons(consult_a, consult_b)
    assert why is not None and any("either order" in w for w in why)
    assert merge_reasons(consult_a, event("a2", event_type="CONSULT", cameo_root="04", src="TUR", tgt="IRN",
                                          place=None)) is None


def test_cameo_only_records_compare_by_cameo_root() -> None:
    a = event("a1", event_type=None, cameo_root="01", place=None)
    assert merge_reasons(a, event("a2", event_type=None, cameo_root="01", place=None)) is not None
    assert merge_reasons(a, event("a2", event_type=None, cameo_root="02", place=None)) is None


def test_month_precision_contains_its_days_only() -> None:
    month = event("a1", day="2017-09", precision="month")
    assert merge_reasons(month, event("a2", day="2017-09-20")) is not None
    assert merge_reasons(month, event("a2", day="2017-10-03")) is None


def test_records_of_one_article_never_merge() -> None:
    assert merge_reasons(event("a1"), event("a1")) is None


def test_claim_and_denial_merge_into_a_denied_event() -> None:
    claim = event("a1", status="claimed", reported_by=["ناشطون"], tgt="SYR")
    denial = event("a2", status="denied", denied_by=["وزارة الدفاع الروسية"], tgt="")
    why = merge_reasons(denial, claim)
    assert why is not None and any("denied in one report, claimed in another" in w for w in why)
    status, reported, denied = cluster_status([claim, denial])
    assert (status, reported, denied) == ("denied", ["ناشطون"], ["وزارة الدفاع الروسية"])
    # the denial finds the claim by its source roots alone
    assert set(lookup_blocks(denial)) & set(blocks(claim))
    # an intention is not the event itself
    assert merge_reasons(event("a1", status="intended"), event("a2")) is None


def test_undated_records_use_the_publication_days() -> None:
    a = event("a1", day=None, precision=None, pub="2017-09-15")
    assert merge_reasons(a, event("a2", day="2017-09-14")) is not None
    assert merge_reasons(a, event("a2", day="2017-09-01")) is None


def test_blocking_months_cover_the_tolerance() -> None:
    assert months_of(*[event(day="2017-09-30").first] * 2) == ["2017-09", "2017-10"]
    assert blocks(event())[0] == "A|ASSAULT|2017-09|RUS SYR"


def test_representative_prefers_precise_dates_and_places() -> None:
    vague = event("a1", day="2017-09", precision="month", confidence=0.9)
    precise = event("a2", day="2017-09-14", confidence=0.5)
    assert representative([vague, precise]) is precise


def test_records_without_actors_merge_only_between_copies_of_one_article() -> None:
    a = event("a1", event_type="AGREE", cameo_root="03", src="", tgt="", place=None, status="hoped")
    b = event("a2", event_type="AGREE", cameo_root="03", src="", tgt="", place=None, status="hoped")
    assert merge_reasons(a, b) is None
    why = merge_reasons(a, b, copies=True)
    assert why is not None and any("copies of each other" in w for w in why)
    assert merge_reasons(a, event("a2", event_type="AGREE", cameo_root="03", place=None, status="hoped"),
                         copies=True) is None


def test_one_sided_records_need_a_shared_place_or_copied_articles() -> None:
    said_a = event("a1", event_type=None, cameo_root="01", src="SAUGOV", tgt="", place=None)
    said_b = event("a2", event_type=None, cameo_root="01", src="SAUGOV", tgt="", place=None)
    assert merge_reasons(said_a, said_b) is None
    assert merge_reasons(said_a, said_b, copies=True) is not None
    assert merge_reasons(event("a1", tgt=""), event("a2", tgt="")) is not None  # both in Idlib


def test_domestic_or_one_sided_records_without_places_stay_apart() -> None:
    meeting_a = event("a1", event_type="CONSULT", cameo_root="04", src="SAUGOV", tgt="SAUGOV", place=None)
    meeting_b = event("a2", event_type="CONSULT", cameo_root="04", src="SAUGOV", tgt="SAUGOV", place=None)
    assert merge_reasons(meeting_a, meeting_b) is None
    riyadh = ("Riyadh", 24.69, 46.72, "city")
    placed_a = event("a1", event_type="CONSULT", cameo_root="04", src="SAUGOV", tgt="SAUGOV", place=riyadh)
    placed_b = event("a2", event_type="CONSULT", cameo_root="04", src="SAUGOV", tgt="SAUGOV", place=riyadh)
    assert merge_reasons(placed_a, placed_b) is not None


def test_a_province_holds_only_places_near_or_inside_it() -> None:
    province = ("Idlib Governorate", 35.8, 36.6, "admin1")
    far = ("Aleppo countryside", 36.3, 37.9, "region")  # ~120 km away, province not given
    assert merge_reasons(event("a1", place=province), event("a2", place=IDLIB)) is not None
    assert merge_reasons(event("a1", place=far), event("a2", place=IDLIB)) is None
