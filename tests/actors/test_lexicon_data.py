"""Checks on the shipped actor lexicon data (``hadath/lexicon/actors/*.jsonl``).

These tests read the real files, not the tiny fixture lexicon: every line parses, fields and codes are
well-formed, dates are ordered, ids and names are not claimed twice, every UN member state is present,
and the actors of the two seed reports carry the right codes on the dates those reports were written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hadath.lexicon import data_path, load_jsonl
from hadath.text.matcher import phrase_key

ACTORS = data_path("actors")
COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
ISO2 = re.compile(r"^[A-Z]{2}$")
ACTOR_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){0,3}$")
SECTORS = frozenset({
    "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "REB", "UAF", "CVL", "MED", "REF", "BUS", "EDU", "REL",
    "HLH", "LAB", "ELI", "AGR", "ENV", "HRI", "CRM", "DEV", "PTY", "NGO", "SET",
})
NON_STATE_ROOTS = frozenset({"IGO", "IMG", "NGO"})
ORG_KINDS = frozenset({"igo", "ngo", "img", "reb", "party", "group", "media", "mnc"})

# The 193 UN member states (ISO 3166-1 alpha-3), written out here so the test does not trust the data.
UN_MEMBERS = frozenset({
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR",
    "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN",
    "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "DNK", "DJI",
    "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ",
    "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "PRK", "KOR", "KWT", "KGZ", "LAO", "LVA", "LBN",
    "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX",
    "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA",
    "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "ROU", "RUS", "RWA",
    "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM",
    "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO",
    "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB",
    "ZWE",
})
OTHER_REQUIRED = frozenset({"PSE", "XKX", "TWN", "ESH"})
ARAB_LEAGUE = frozenset({"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR",
                         "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"})


def _rows(name: str) -> list[dict[str, Any]]:
    return [e.data for e in load_jsonl(ACTORS / name)]


@pytest.fixture(scope="module")
def countries() -> list[dict[str, Any]]:
    return _rows("countries.jsonl")


@pytest.fixture(scope="module")
def agents() -> list[dict[str, Any]]:
    return _rows("agents.jsonl")


@pytest.fixture(scope="module")
def organizations() -> list[dict[str, Any]]:
    return _rows("organizations.jsonl")


@pytest.fixture(scope="module")
def persons() -> list[dict[str, Any]]:
    return _rows("persons.jsonl")


def _key(phrase: str) -> tuple[str, ...]:
    return phrase_key(phrase)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _holds(start: str | None, until: str | None, day: date) -> bool:
    return (start is None or _day(start) <= day) and (until is None or day < _day(until))


def _codes_on(person: dict[str, Any], day: date) -> list[str]:
    return [r["code"] for r in person["roles"] if _holds(r.get("from"), r.get("until"), day)]


def _person_named(persons: list[dict[str, Any]], name: str) -> dict[str, Any]:
    wanted = _key(name)
    found = [p for p in persons if any(_key(n) == wanted for n in p["names"])]
    assert len(found) == 1, f"{name!r} should name exactly one person, names {[p['id'] for p in found]}"
    return found[0]


def _country_claiming(countries: list[dict[str, Any]], phrase: str) -> str:
    wanted = _key(phrase)
    found = [c["code"] for c in countries
             if any(_key(n) == wanted for field in ("names", "capitals", "adjectives", "gov_aliases")
                    for n in c.get(field) or [])]
    assert len(found) == 1, f"{phrase!r} should belong to exactly one country, got {found}"
    return found[0]


def _valid_code(code: str, country_codes: set[str]) -> bool:
    if not ACTOR_CODE.match(code):
        return False
    root = code[:3]
    if root in NON_STATE_ROOTS:
        return True
    return root in country_codes and (len(code) == 3 or code[3:6] in SECTORS)


# ---------------------------------------------------------------- every file: lines parse, required fields


@pytest.mark.parametrize("name", ["countries.jsonl", "agents.jsonl", "organizations.jsonl", "persons.jsonl"])
def test_every_line_is_a_json_object_and_the_file_has_a_header(name: str) -> None:
    path = ACTORS / name
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#"), f"{name} should open with a header comment describing its fields"
    assert len(load_jsonl(path)) > 10


def test_country_fields(countries: list[dict[str, Any]]) -> None:
    for c in countries:
        assert set(c) - {"place_names", "agent_adjectives", "called"} == {"code", "iso2", "name_en", "name_ar", "names",
                                                                      "capitals", "adjectives", "gov_aliases"}, c.get("code")
        assert COUNTRY_CODE.match(c["code"]) and ISO2.match(c["iso2"]), c
        assert c["names"] and c["names"][0] == c["name_ar"], c["code"]
        for field in ("names", "capitals", "adjectives", "gov_aliases", "place_names", "agent_adjectives", "called"):
            assert all(isinstance(n, str) and n.strip() == n and n for n in c.get(field, [])), (c["code"], field)
        # round 162: what a country is called alone is one definite word that is none of its names (المملكة)
        assert all(w.startswith("ال") and " " not in w and w not in c["names"] for w in c.get("called", [])), c["code"]


def test_agent_fields(agents: list[dict[str, Any]], countries: list[dict[str, Any]]) -> None:
    country_codes = {c["code"] for c in countries}
    for a in agents:
        assert set(a) <= {"names", "sector", "type", "title", "name_en", "standalone", "country", "local", "abroad",
                          "note"}, a
        assert a["names"] and a["sector"] in SECTORS and a["type"] in {"ORG", "PERS"}, a
        for flag in ("title", "standalone", "local", "abroad"):
            assert a.get(flag, True) is True, f"{flag} is either absent or true"
        if a.get("title"):
            assert a["type"] == "PERS", a
        if "country" in a:  # a word that names one state takes it; standalone words take the article's
            assert a["country"] in country_codes and not a.get("standalone"), a
        if a.get("local"):
            assert a["sector"] == "MIL" and a.get("standalone"), a
        if a.get("abroad"):  # a mission sits in another state: never local, never one state's own word
            assert not a.get("local") and "country" not in a, a


def test_organization_fields(organizations: list[dict[str, Any]], countries: list[dict[str, Any]]) -> None:
    country_codes = {c["code"] for c in countries}
    org_codes = {o["code"] for o in organizations if o["code"]}
    for o in organizations:
        assert set(o) - {"adjectives"} == {"id", "code", "kind", "name_en", "name_ar", "names", "members", "from",
                                           "until"}, o["id"]
        if "adjectives" in o:  # nisba words giving the organisation's code (الأممي → IGOUNO)
            assert o["code"] and o["adjectives"] and all(n.strip() == n and n for n in o["adjectives"]), o["id"]
        assert o["kind"] in ORG_KINDS and o["names"][0] == o["name_ar"], o["id"]
        assert o["code"] is not None or o["members"], f"{o['id']}: needs a code or members"
        if o["code"] is not None:
            assert _valid_code(o["code"], country_codes), (o["id"], o["code"])
        for member in o["members"] or []:
            assert member in country_codes or member in org_codes, (o["id"], member)
        if o["from"] and o["until"]:
            assert _day(o["from"]) < _day(o["until"]), o["id"]
        else:
            _day(o["from"]), _day(o["until"])


def test_person_fields_codes_and_role_dates(persons: list[dict[str, Any]], countries: list[dict[str, Any]]) -> None:
    country_codes = {c["code"] for c in countries}
    for p in persons:
        assert set(p) == {"id", "name_en", "name_ar", "names", "roles"}, p["id"]
        assert p["names"][0] == p["name_ar"] and p["roles"], p["id"]
        for role in p["roles"]:
            assert set(role) == {"code", "from", "until", "role"}, p["id"]
            assert _valid_code(role["code"], country_codes), (p["id"], role["code"])
            assert role["from"] is not None, f"{p['id']}: every role has a start date"
            start, until = _day(role["from"]), _day(role["until"])
            assert date(1960, 1, 1) <= start <= date(2026, 12, 31), (p["id"], role)
            assert until is None or start < until, (p["id"], role)


def test_roles_of_one_person_do_not_overlap(persons: list[dict[str, Any]]) -> None:
    """code_at takes the first role holding on a day, so overlapping roles would hide one code."""
    for p in persons:
        spans = sorted((_day(r["from"]), _day(r["until"]) or date.max) for r in p["roles"])
        for (_, end), (nxt, _) in zip(spans, spans[1:], strict=False):
            assert end <= nxt, f"{p['id']}: roles overlap ({end} > {nxt})"


# ---------------------------------------------------------------- uniqueness


def test_ids_and_country_codes_are_unique(countries: list[dict[str, Any]], organizations: list[dict[str, Any]],
                                          persons: list[dict[str, Any]]) -> None:
    for ids, what in (([c["code"] for c in countries], "country code"), ([o["id"] for o in organizations], "org id"),
                      ([p["id"] for p in persons], "person id")):
        dupes = {i for i in ids if ids.count(i) > 1}
        assert not dupes, f"duplicate {what}: {sorted(dupes)}"
    assert not {o["id"] for o in organizations} & {p["id"] for p in persons}


def test_no_name_is_claimed_by_two_countries(countries: list[dict[str, Any]]) -> None:
    owner: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for c in countries:
        for field in ("names", "capitals", "adjectives", "gov_aliases"):
            for n in c[field]:
                owner[_key(n)].add(c["code"])
    shared = {" ".join(k): sorted(v) for k, v in owner.items() if len(v) > 1}
    assert not shared, shared


def test_no_agent_phrase_is_listed_twice(agents: list[dict[str, Any]]) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for a in agents:
        for n in a["names"]:
            k = _key(n)
            assert k not in seen, f"{n!r} is in both {seen[k]!r} and {a['name_en']!r}"
            seen[k] = a["name_en"]


def test_an_organization_name_is_shared_only_between_entries_with_disjoint_dates(
        organizations: list[dict[str, Any]]) -> None:
    by_name: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for o in organizations:
        for n in set(map(_key, o["names"])):
            by_name[n].append(o)
    for name, orgs in by_name.items():
        for i, a in enumerate(orgs):
            for b in orgs[i + 1:]:
                a_end, b_end = _day(a["until"]) or date.max, _day(b["until"]) or date.max
                a_start, b_start = _day(a["from"]) or date.min, _day(b["from"]) or date.min
                assert a_end <= b_start or b_end <= a_start, f"{' '.join(name)}: {a['id']} and {b['id']} overlap"


def test_no_person_name_is_claimed_by_two_people(persons: list[dict[str, Any]]) -> None:
    owner: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for p in persons:
        for n in p["names"]:
            owner[_key(n)].add(p["id"])
    shared = {" ".join(k): sorted(v) for k, v in owner.items() if len(v) > 1}
    assert not shared, shared


def test_person_and_organization_names_do_not_shadow_country_names(
        countries: list[dict[str, Any]], organizations: list[dict[str, Any]], persons: list[dict[str, Any]]) -> None:
    country_keys = {_key(n) for c in countries for f in ("names", "capitals", "adjectives") for n in c[f]}
    clashes = [n for entry in organizations + persons for n in entry["names"] if _key(n) in country_keys]
    assert not clashes, clashes


# ---------------------------------------------------------------- coverage


def test_every_un_member_and_the_listed_territories_are_present(countries: list[dict[str, Any]]) -> None:
    assert len(UN_MEMBERS) == 193
    codes = {c["code"] for c in countries}
    assert not (UN_MEMBERS | OTHER_REQUIRED) - codes, sorted((UN_MEMBERS | OTHER_REQUIRED) - codes)


def test_every_arab_league_state_has_adjectives_in_all_forms(countries: list[dict[str, Any]]) -> None:
    by_code = {c["code"]: c for c in countries}
    for code in ARAB_LEAGUE - {"COM", "DJI"}:  # no natural nisba in use for these two
        # a form that is also the state's name (سورية) is listed under names only
        adjectives = {_key(a) for a in by_code[code]["adjectives"] + by_code[code]["names"]}
        masc = by_code[code]["adjectives"][0]
        for form in (masc, masc + "ة", "ال" + masc, "ال" + masc + "ة", "ال" + masc + "ون", "ال" + masc + "ين"):
            assert _key(form) in adjectives, (code, form)


@pytest.mark.parametrize(("phrase", "code"), [
    ("روسيا", "RUS"), ("الاتحاد الروسي", "RUS"), ("موسكو", "RUS"), ("الروسية", "RUS"), ("الروس", "RUS"),
    ("الكرملين", "RUS"), ("الولايات المتحدة", "USA"), ("أمريكا", "USA"), ("أميركا", "USA"),
    ("الأمريكية", "USA"), ("الأميركيين", "USA"), ("واشنطن", "USA"), ("البيت الأبيض", "USA"),
    ("سوريا", "SYR"), ("سورية", "SYR"), ("السورية", "SYR"), ("تركيا", "TUR"), ("الأتراك", "TUR"),
    ("ايران", "IRN"), ("الإيرانية", "IRN"), ("الأردني", "JOR"), ("الأفغاني", "AFG"), ("البريطانية", "GBR"),
    ("العراق", "IRQ"), ("استانا", "KAZ"), ("كوريا الشمالية", "PRK"), ("الكورية الجنوبية", "KOR"),
    ("جنوب السودان", "SSD"), ("السودانيين", "SDN"), ("الإماراتية", "ARE"), ("فلسطين", "PSE"),
])
def test_country_names_and_forms(countries: list[dict[str, Any]], phrase: str, code: str) -> None:
    assert _country_claiming(countries, phrase) == code


@pytest.mark.parametrize(("phrase", "sector", "kind"), [
    ("وزارة الخارجية", "GOV", "ORG"), ("الخارجية", "GOV", "ORG"), ("وزير الخارجية", "GOV", "PERS"),
    ("وزارة الدفاع", "MIL", "ORG"), ("سلاح الجو", "MIL", "ORG"), ("الطيران", "MIL", "ORG"),
    ("القوات الجوية الفضائية", "MIL", "ORG"), ("وزير الدفاع", "MIL", "PERS"), ("رئيس الأركان", "MIL", "PERS"),
    ("وزارة الداخلية", "COP", "ORG"), ("الشرطة", "COP", "ORG"), ("قوات الأمن", "COP", "ORG"),
    ("الكنيست", "LEG", "ORG"), ("مجلس النواب", "LEG", "ORG"), ("المحكمة", "JUD", "ORG"),
    ("المعارضة", "OPP", "ORG"), ("المعارضة المسلحة", "REB", "ORG"), ("مسلحين مجهولين", "UAF", "PERS"),
    ("متظاهرون", "CVL", "PERS"), ("ناشطين", "CVL", "PERS"), ("وسائل إعلام", "MED", "ORG"),
    ("اللاجئين", "REF", "PERS"), ("المخابرات", "SPY", "ORG"), ("رجال الدين", "REL", "ORG"),
    ("الأزهر", "REL", "ORG"),
])
def test_agent_words_and_titles(agents: list[dict[str, Any]], phrase: str, sector: str, kind: str) -> None:
    found = [a for a in agents if _key(phrase) in {_key(n) for n in a["names"]}]
    assert len(found) == 1 and found[0]["sector"] == sector and found[0]["type"] == kind, (phrase, found)


@pytest.mark.parametrize(("phrase", "code", "day"), [
    ("داعش", "IMGMUSISI", "2017-08-25"), ("تنظيم الدولة الإسلامية في العراق والشام", "IMGMUSISI", "2015-01-01"),
    ("الأمم المتحدة", "IGOUNO", "2017-01-19"), ("مجلس الأمن", "IGOUNO", "2017-01-19"),
    ("جامعة الدول العربية", "IGOARL", "2017-01-19"), ("حلف الناتو", "IGOWSTNAT", "2017-01-19"),
    ("مفوضية اللاجئين", "IGOUNOHCR", "2017-01-19"), ("الوكالة الدولية للطاقة الذرية", "IGOUNOIAE", "2010-01-01"),
    ("مجموعة الدعم الدولية لسوريا", "IGO", "2017-01-19"), ("هيئة تحرير الشام", "SYRREBHTS", "2018-01-01"),
    ("جبهة النصرة", "SYRREBNUS", "2017-08-25"), ("حزب الله", "LBNREBHEZ", "2017-01-19"),
    ("أنصار الله", "YEMREBHOU", "2017-01-19"), ("قسد", "SYRREBSDF", "2017-01-19"),
    ("طالبان", "AFGREBTAL", "2017-01-19"), ("طالبان", "AFGGOV", "2022-01-01"),
])
def test_organization_codes_on_a_date(organizations: list[dict[str, Any]], phrase: str, code: str, day: str) -> None:
    on = date.fromisoformat(day)
    found = [o["code"] for o in organizations
             if _key(phrase) in {_key(n) for n in o["names"]} and _holds(o["from"], o["until"], on)]
    assert found == [code], (phrase, day, found)


def test_astana_guarantors_are_a_compound_of_russia_turkey_and_iran(organizations: list[dict[str, Any]]) -> None:
    found = [o for o in organizations if _key("الدول الضامنة") in {_key(n) for n in o["names"]}]
    assert len(found) == 1
    assert found[0]["code"] is None and sorted(found[0]["members"]) == ["IRN", "RUS", "TUR"]
    assert _holds(found[0]["from"], found[0]["until"], date(2017, 8, 25))
    assert not _holds(found[0]["from"], found[0]["until"], date(2016, 6, 1))


# The seeds' people with the code they must carry on the days their reports speak of (and one before/after).
SEED_PEOPLE = [
    ("سيرغي لافروف", "2017-01-19", ["RUSGOV"]), ("لافروف", "2017-08-25", ["RUSGOV"]),
    ("أيمن الصفدي", "2017-01-18", ["JORGOV"]), ("أيمن الصفدي", "2016-12-01", []),
    ("صلاح الدين رباني", "2017-01-18", ["AFGGOV"]), ("إيغور كوناشينكوف", "2017-01-19", ["RUSMIL"]),
    ("ترامب", "2017-01-19", ["USAELI"]), ("ترامب", "2017-08-25", ["USAGOV"]), ("ترامب", "2022-06-01", ["USAELI"]),
    ("ترامب", "2025-06-01", ["USAGOV"]), ("أوباما", "2016-09-01", ["USAGOV"]), ("أوباما", "2017-08-25", ["USAELI"]),
    ("بوتين", "2017-08-25", ["RUSGOV"]), ("أردوغان", "2017-08-25", ["TURGOV"]), ("روحاني", "2017-08-25", ["IRNGOV"]),
    ("بشار الأسد", "2017-08-25", ["SYRGOV"]), ("بشار الأسد", "2025-01-01", []),
    ("وليد المعلم", "2017-01-19", ["SYRGOV"]), ("أبو بكر البغدادي", "2017-08-25", ["IMGMUSISI"]),
    ("الجولاني", "2017-08-25", ["SYRREBHTS"]), ("أحمد الشرع", "2025-06-01", ["SYRGOV"]),
    ("حسن نصر الله", "2017-08-25", ["LBNREBHEZ"]), ("إسماعيل هنية", "2017-08-25", ["PSEREBHMS"]),
    ("يحيى السنوار", "2017-08-25", ["PSEREBHMS"]), ("عبد الملك الحوثي", "2017-08-25", ["YEMREBHOU"]),
    ("مظلوم عبدي", "2017-08-25", ["SYRREBSDF"]), ("ستافان دي ميستورا", "2017-08-25", ["IGOUNO"]),
    ("ماريا زاخاروفا", "2017-08-25", ["RUSGOV"]), ("شويغو", "2017-08-25", ["RUSMIL"]),
]


@pytest.mark.parametrize(("name", "day", "codes"), SEED_PEOPLE)
def test_seed_people_carry_the_right_code_on_the_day(persons: list[dict[str, Any]], name: str, day: str,
                                                     codes: list[str]) -> None:
    assert _codes_on(_person_named(persons, name), date.fromisoformat(day)) == codes


def test_heads_and_foreign_ministers_are_covered_for_every_arab_league_state_in_2017(
        persons: list[dict[str, Any]]) -> None:
    """At least one GOV-coded person per Arab League state (bar the Comoros and Djibouti) on the seeds' date."""
    on = date(2017, 8, 25)
    covered = {code[:3] for p in persons for code in _codes_on(p, on) if code[3:6] == "GOV"}
    assert not (ARAB_LEAGUE - {"COM"}) - covered, sorted((ARAB_LEAGUE - {"COM"}) - covered)
    assert {"USA", "RUS", "CHN", "GBR", "FRA", "IRN", "TUR", "ISR", "AFG"} <= covered


def test_the_seed_reports_name_the_actors_this_lexicon_codes(seeds_dir: Path, countries: list[dict[str, Any]],
                                                             persons: list[dict[str, Any]]) -> None:
    """Guard on the expectations above: the names they use do occur in the seed reports."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt")))
    words = " ".join(" ".join(_key(text)).split())
    for name in ("لافروف", "أيمن الصفدي", "صلاح الدين رباني", "كوناشينكوف", "ترامب", "أوباما"):
        person = _person_named(persons, name)
        assert any(" ".join(_key(n)) in words for n in person["names"]), name
    for phrase in ("روسيا", "تركيا", "ايران", "واشنطن", "موسكو"):
        assert " ".join(_key(phrase)) in words, phrase
        _country_claiming(countries, phrase)


def test_the_actor_loader_accepts_the_shipped_files() -> None:
    lexicon_module = pytest.importorskip("hadath.actors.lexicon")
    lexicon = lexicon_module.ActorLexicon.load()
    assert len(lexicon.countries) >= 197
