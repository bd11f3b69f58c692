"""The actor lexicon: countries, organizations, agents (sector words and titles), persons and outlets.

Every file is validated on load (errors name ``file:line``) and every name goes into one
:class:`~hadath.text.matcher.PhraseMatcher`, so a sentence is scanned once and the longest phrase wins
across kinds ("وزارة الخارجية" beats "الخارجية").  Persons and organizations carry dated roles;
:func:`code_at` picks the code valid on a given day (``from`` inclusive, ``until`` exclusive).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from hadath.errors import LexiconError, LexiconIssue
from hadath.lexicon import data_path, load_jsonl, require
from hadath.text.matcher import PhraseMatcher, phrase_key

SECTORS = frozenset({
    "GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "UAF", "CVL", "MED", "REF", "BUS", "EDU", "REL",
    "HLH", "LAB", "SPY", "ELI", "PTY", "IGO", "NGO", "AGR", "CRM", "DEV", "ENV", "HRI", "IMG", "INS",
    "MNC", "MOD", "RAD", "SET", "UIS", "JEW", "MUS", "CHR",
})
ORG_KINDS = frozenset({"igo", "ngo", "img", "reb", "party", "group", "media", "mnc"})
AGENT_TYPES = frozenset({"ORG", "PERS"})


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    start: date | None
    until: date | None
    role: str = ""

    def holds(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.until is None or day < self.until)


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name_en: str
    name_ar: str


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    code: str | None
    kind: str
    name_en: str
    name_ar: str
    members: tuple[str, ...]
    start: date | None
    until: date | None


@dataclass(frozen=True, slots=True)
class Agent:
    """A sector word or title.  ``standalone``: the word names an actor even with no country word
    (الحكومة، الجيش), so the coder keeps it, coded from context or by its sector alone; ``country``: the
    state the word names when nothing in the sentence qualifies it (الكنيست → ISR); ``local``: a domestic
    body that acts where it is, so it takes the country of the sentence's places (قوات النظام); ``abroad``: a
    mission that sits in another state (السفارة، القنصلية), so a place named with it is its host, never
    its owner."""

    name_en: str
    name_ar: str
    sector: str
    type: str
    title: bool
    standalone: bool = False
    country: str | None = None
    local: bool = False
    abroad: bool = False


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name_en: str
    name_ar: str
    roles: tuple[Role, ...]


@dataclass(frozen=True, slots=True)
class Outlet:
    id: str
    name: str
    name_ar: str
    country: str | None


@dataclass(frozen=True, slots=True)
class Hit:
    """One dictionary sense of a matched phrase.

    ``kind`` is country | country_place | capital | adjective | agent_adjective | gov_alias | org |
    org_adjective | org_singular_adjective | agent | person | outlet; ``ref`` the entry (an ``org_adjective`` is a nisba
    that names an organisation: الأممي → the UN; an ``org_singular_adjective`` one that does so only after a singular
    noun, being also a continent's: المبعوث الأوروبي is the EU's, الدول الأوروبية are not; a ``country_place`` a name that is the country only after a preposition: في مالي; an
    ``agent_adjective`` a nisba that is the country's only right after an army or government word:
    الجيش المالي, but الأوراق المالية).
    """

    kind: str
    ref: Country | Organization | Agent | Person | Outlet


Entry = Country | Organization | Agent | Person | Outlet


def code_at(entry: Entry, day: date) -> str | None:
    """The actor code ``entry`` holds on ``day`` (None when it holds no coded role then)."""
    if isinstance(entry, Person):
        for role in entry.roles:
            if role.holds(day):
                return role.code
        return None
    if isinstance(entry, Organization):
        if (entry.start is None or entry.start <= day) and (entry.until is None or day < entry.until):
            return entry.code
        return None
    if isinstance(entry, Country):
        return entry.code
    if isinstance(entry, Outlet):
        return f"{entry.country}MED" if entry.country else "MED"
    return None


def role_at(person: Person, day: date) -> Role | None:
    """The coded role ``person`` holds on ``day`` (None when none)."""
    return next((role for role in person.roles if role.holds(day)), None)


# Role names of persons.jsonl that the agents' titles call otherwise: "Secretary of State" is read as وزير الخارجية.
ROLE_TITLE_NAMES = MappingProxyType({
    "foreign secretary": "foreign minister", "secretary of state": "foreign minister",
    "minister of state for foreign affairs": "foreign minister",
    "defence secretary": "defence minister", "secretary of defense": "defence minister",
    "armed forces minister": "defence minister", "premier": "prime minister", "head of government": "prime minister",
    "caretaker prime minister": "prime minister", "interim president": "president", "head of state": "president",
    "foreign ministry spokesman": "foreign ministry spokesperson",
    "state department spokesman": "foreign ministry spokesperson",
    "state department spokeswoman": "foreign ministry spokesperson",
})


def role_title(role: Role) -> str:
    """The agent title name (``name_en`` of agents.jsonl) a role is told with: "king", "foreign minister"; a role's
    note in brackets ("(dates approximate)") is left out."""
    name = role.role.split("(")[0].strip().lower()
    return ROLE_TITLE_NAMES.get(name, name)


def _parse_date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _date_problems(obj: dict[str, Any], *keys: str) -> list[str]:
    problems = []
    for key in keys:
        value = obj.get(key)
        if value is None:
            continue
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            problems.append(f"field {key!r} must be an ISO date (YYYY-MM-DD), got {value!r}")
    return problems


def _names_problems(obj: dict[str, Any], key: str = "names", required: bool = True) -> list[str]:
    names = obj.get(key)
    if names is None:
        return [f"missing field {key!r}"] if required else []
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        return [f"field {key!r} must be a list of non-empty strings"]
    if required and not names:
        return [f"field {key!r} must not be empty"]
    return []


def _code_problems(code: Any, field: str = "code") -> list[str]:
    if code is None:
        return []
    if not isinstance(code, str) or not code.isalnum() or not code.isupper() or not 3 <= len(code) <= 12:
        return [f"field {field!r} must be an upper-case alphanumeric code of 3-12 characters, got {code!r}"]
    return []


def validate_country(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"code": str, "name_en": str, "name_ar": str, "names": list},
                       {"iso2": str, "capitals": list, "adjectives": list, "gov_aliases": list,
                        "place_names": list, "agent_adjectives": list, "called": list})
    if isinstance(obj.get("code"), str) and not (len(obj["code"]) == 3 and obj["code"].isalpha()
                                                  and obj["code"].isupper()):
        problems.append(f"field 'code' must be an ISO-3 code (three upper-case letters), got {obj['code']!r}")
    problems += _names_problems(obj)
    for key in ("capitals", "adjectives", "gov_aliases", "place_names", "agent_adjectives", "called"):
        problems += _names_problems(obj, key, required=False)
    return problems


def validate_organization(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"id": str, "kind": str, "name_en": str, "name_ar": str, "names": list},
                       {"code": str, "members": list, "from": str, "until": str, "note": str, "country": str,
                        "adjectives": list})
    if isinstance(obj.get("kind"), str) and obj["kind"] not in ORG_KINDS:
        problems.append(f"field 'kind' must be one of {sorted(ORG_KINDS)}, got {obj['kind']!r}")
    problems += _names_problems(obj) + _code_problems(obj.get("code")) + _date_problems(obj, "from", "until")
    members = obj.get("members")
    if isinstance(members, list) and not all(isinstance(m, str) and m for m in members):
        problems.append("field 'members' must be a list of actor codes")
    if obj.get("code") is None and not members:
        problems.append("an organization needs a 'code' or 'members'")
    problems += _names_problems(obj, "adjectives", required=False)
    if obj.get("adjectives") and not obj.get("code"):
        problems.append("'adjectives' need a 'code' (the code the adjective gives the noun it follows)")
    return problems


def validate_region_adjective(obj: dict[str, Any]) -> list[str]:
    return require(obj, {"organization": str, "adjectives": list}, {"note": str}) + _names_problems(obj, "adjectives")


def validate_agent(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"names": list, "sector": str, "type": str},
                       {"name_en": str, "title": bool, "note": str, "standalone": bool, "country": str,
                        "local": bool, "abroad": bool})
    country = obj.get("country")
    if isinstance(country, str) and not (len(country) == 3 and country.isalpha() and country.isupper()):
        problems.append(f"field 'country' must be an ISO-3 code (three upper-case letters), got {country!r}")
    if isinstance(obj.get("sector"), str) and obj["sector"] not in SECTORS:
        problems.append(f"field 'sector' must be a CAMEO sector code, got {obj['sector']!r}")
    if isinstance(obj.get("type"), str) and obj["type"] not in AGENT_TYPES:
        problems.append(f"field 'type' must be ORG or PERS, got {obj['type']!r}")
    return problems + _names_problems(obj)


def validate_person(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"id": str, "name_en": str, "name_ar": str, "names": list, "roles": list},
                       {"note": str})
    problems += _names_problems(obj)
    for i, role in enumerate(obj.get("roles") or []):
        if not isinstance(role, dict):
            problems.append(f"roles[{i}] must be an object")
            continue
        sub = require(role, {"code": str}, {"from": str, "until": str, "role": str})
        sub += _code_problems(role.get("code")) + _date_problems(role, "from", "until")
        if not sub and role.get("from") and role.get("until") and role["from"] >= role["until"]:
            sub.append(f"'from' {role['from']} must be before 'until' {role['until']}")
        problems += [f"roles[{i}]: {p}" for p in sub]
    return problems


def validate_outlet(obj: dict[str, Any]) -> list[str]:
    problems = require(obj, {"id": str, "names": list, "name": str},
                       {"country": str, "kind": str})
    return problems + _names_problems(obj)


@dataclass(slots=True)
class ActorLexicon:
    """Every actor name in one phrase matcher, plus the entries by id/code for resolution."""

    matcher: PhraseMatcher[Hit]
    countries: dict[str, Country]
    capital_of: dict[str, str]  # normalized capital phrase → country code (for features/explain)
    person_words: frozenset[str]  # normalized words of person names (NER gazetteer flags)
    country_words: frozenset[str]
    adjective_words: frozenset[str]
    title_words: frozenset[str]
    org_words: frozenset[str]
    # the last word of each listed person's names of two words or more, unless a father's name (سلمان بن عبدالعزيز),
    # → those persons («البشير» → Omar al-Bashir)
    surnames: Mapping[str, tuple[Person, ...]] = field(default_factory=dict)
    # a bare definite word (normalized) → the countries it points back to (المملكة → the Arab kingdoms), «called»
    called: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path | None = None, outlets: Path | None = None) -> ActorLexicon:
        """Read ``root`` (default: the packaged ``lexicon/actors``) once; raise LexiconError on any bad line.

        ``countries.jsonl`` and ``agents.jsonl`` are required; ``organizations.jsonl``, ``region_adjectives.jsonl``
        and ``persons.jsonl`` are read when present.  Outlets come from ``lexicon/outlets.jsonl``.
        """
        root = root or data_path("actors")
        outlets = outlets or (root / "outlets.jsonl" if (root / "outlets.jsonl").exists()
                              else data_path("outlets.jsonl"))
        matcher: PhraseMatcher[Hit] = PhraseMatcher()
        countries: dict[str, Country] = {}
        capital_of: dict[str, str] = {}
        words: dict[str, set[str]] = {k: set() for k in ("person", "country", "adjective", "title", "org")}
        surnames: dict[str, list[Person]] = {}
        issues: list[LexiconIssue] = []
        called: dict[str, set[str]] = {}

        def add(names: list[str], hit: Hit, bucket: str | None) -> None:
            for name in names:
                matcher.add(name, hit)
                if bucket:
                    words[bucket].update(_norm_words(name))

        for entry in _load(root / "countries.jsonl", validate_country, issues):
            d = entry.data
            country = Country(d["code"], d["name_en"], d["name_ar"])
            if country.code in countries:
                issues.append(LexiconIssue(entry.path, entry.line, f"duplicate country code {country.code!r}"))
                continue
            countries[country.code] = country
            for word in d.get("called") or []:
                called.setdefault(" ".join(_norm_words(word)), set()).add(country.code)
            add(d["names"], Hit("country", country), "country")
            add(d.get("capitals") or [], Hit("capital", country), "country")
            adjectives = d.get("adjectives") or []
            # (سورياً is written as Syria's name: that form stays the name)
            names_here = d["names"] + (d.get("capitals") or []) + (d.get("place_names") or [])
            add(adjectives + accusative_forms(adjectives, names_here), Hit("adjective", country), "adjective")
            add(d.get("gov_aliases") or [], Hit("gov_alias", country), None)
            add(d.get("place_names") or [], Hit("country_place", country), None)
            add(d.get("agent_adjectives") or [], Hit("agent_adjective", country), None)
            for cap in d.get("capitals") or []:
                capital_of[" ".join(_norm_words(cap))] = country.code
        for entry in _load(root / "agents.jsonl", validate_agent, issues):
            d = entry.data
            if d.get("country") and d["country"] not in countries:
                issues.append(LexiconIssue(entry.path, entry.line, f"unknown country {d['country']!r}"))
                continue
            agent = Agent(d.get("name_en", ""), d["names"][0], d["sector"], d["type"], bool(d.get("title")),
                          bool(d.get("standalone")), d.get("country"), bool(d.get("local")),
                          bool(d.get("abroad")))
            duals = [dual for name in d["names"] for dual in dual_forms(name) if dual not in d["names"]]
            add(d["names"] + duals + accusative_forms(d["names"]), Hit("agent", agent),
                "title" if agent.type == "PERS" else "org")
        orgs: dict[str, Organization] = {}
        if (root / "organizations.jsonl").exists():
            for entry in _load(root / "organizations.jsonl", validate_organization, issues):
                d = entry.data
                org = Organization(d["id"], d.get("code"), d["kind"], d["name_en"], d["name_ar"],
                                   tuple(d.get("members") or ()), _parse_date(d.get("from")),
                                   _parse_date(d.get("until")))
                add(d["names"], Hit("org", org), "org")
                add((d.get("adjectives") or []) + accusative_forms(d.get("adjectives") or []),
                    Hit("org_adjective", org), None)
                orgs[org.id] = org
        if (root / "region_adjectives.jsonl").exists():
            # (الأوروبي is also the continent's: only a singular noun before it is the organisation's)
            for entry in _load(root / "region_adjectives.jsonl", validate_region_adjective, issues):
                d = entry.data
                org = orgs.get(d["organization"])
                if org is None or not org.code:
                    issues.append(LexiconIssue(entry.path, entry.line,
                                               f"unknown organization or one with no code: {d['organization']!r}"))
                    continue
                add(d["adjectives"], Hit("org_singular_adjective", org), None)
        if (root / "persons.jsonl").exists():
            for entry in _load(root / "persons.jsonl", validate_person, issues):
                d = entry.data
                roles = tuple(Role(r["code"], _parse_date(r.get("from")), _parse_date(r.get("until")),
                                   r.get("role", "")) for r in d["roles"])
                person = Person(d["id"], d["name_en"], d["name_ar"], roles)
                add(d["names"], Hit("person", person), "person")
                for last in {words[-1] for words in map(_norm_words, d["names"])
                             if len(words) > 1 and words[-2] not in PATRONYM_LINKS and words[-2] != "عبد"}:
                    # (not a father's name, nor the half of a compound: سلمان بن عبد العزيز)
                    surnames.setdefault(last, []).append(person)
        if outlets.exists():
            for entry in _load(outlets, validate_outlet, issues):
                d = entry.data
                outlet = Outlet(d["id"], d["name"], d["names"][0], d.get("country"))
                add(d["names"], Hit("outlet", outlet), "org")
        if issues:
            raise LexiconError(issues)
        return cls(matcher, countries, capital_of, frozenset(words["person"]), frozenset(words["country"]),
                   frozenset(words["adjective"]), frozenset(words["title"]), frozenset(words["org"]),
                   MappingProxyType({k: tuple(v) for k, v in surnames.items()}),
                   MappingProxyType({k: frozenset(v) for k, v in called.items()}))


_NO_DUAL_ENDINGS = ("ات", "ون", "ين", "ان", "ي", "ى", "ا", "اء")  # plurals, duals, nisba plurals, defective nouns
# Agent words that take no regular dual: broken plurals and collectives (الجنود، القادة، الناس), and words whose
# dual means something else (الفريقين "the two sides/teams", المحافظين "the Conservatives").
_NO_DUAL = frozenset({
    "الفريق", "المحافظ", "الناس", "الجنود", "الضباط", "القادة", "الفصائل", "الثوار", "النواب", "القضاة",
    "المحاكم", "الصحف", "الصحافة", "البنوك", "المصارف", "المدارس", "الطلاب", "الطلبة", "الأساتذة", "العشائر",
    "القبائل", "اللصوص", "القراصنة", "الحجاج", "التجار", "الأوقاف", "الجمارك", "الأمن", "الدفاع", "المارة",
    "الرهائن", "العمال", "المارينز", "الدرك", "الأطفال", "الجيوش", "الشعب", "الخارجية", "الداخلية",
    "الرئاسة", "الإدارة", "الكابينت", "الكونغرس", "الكونجرس", "الكنيست", "الأزهر", "الحوزة", "المرجعية",
})


def dual_forms(name: str) -> list[str]:
    """The dual of a one-word definite agent noun (الحكومة → الحكومتان، الحكومتين; الرئيس → الرئيسان).

    News names two states' bodies with one dual and coordinated nisbas ("البحريتان الليبية والإيطالية",
    "الرئيسين الروسي والتركي"); written out for every agent these would be thousands of hand-made lines.
    Plurals and words that cannot take the suffix regularly get none.
    """
    if (" " in name or not name.startswith("ال") or len(name) < 5 or name.endswith(_NO_DUAL_ENDINGS)
            or name in _NO_DUAL):
        return []
    stem = name[:-1] + "ت" if name.endswith("ة") else name
    return [stem + "ان", stem + "ين"]


# Endings whose indefinite accusative takes no written alif: ة، ى، ا، ء (سعوديةً، فتىً، أعضاءً), a form that has it
# already (صياداً), a pronoun suffix or a construct plural (أنصاره، مسؤولو), and the sound plurals and duals, whose
# accusative is another ending the lists carry (مسلحين، صحفيات، وزيرين).
_NO_ALIF_ENDINGS = ("ة", "ى", "ا", "اً", "ء", "ئ", "ه", "هم", "و", "ون", "ين", "ات", "ان")


def accusative_forms(names: list[str], taken: list[str] | None = None) -> list[str]:
    """The indefinite accusative of one-word indefinite names (قطري → قطرياً، جندي → جندياً، مسؤول → مسؤولاً).

    An object or a counted noun takes the accusative ("خطف 26 صياداً قطرياً"، "قتل جندياً إسرائيلياً"); its
    written alif makes another word for the matcher, so without this form the agent and its nisba go unseen.
    A form that reads as one of the ``taken`` names (سورياً, written سوريا) is left out.
    """
    taken_keys = {phrase_key(n) for n in taken or ()}
    out = []
    for name in names:
        if " " in name or name.startswith("ال") or len(name) < 4 or name.endswith(_NO_ALIF_ENDINGS):
            continue  # (three letters are too short: أسراً would match كاسراً, and ملكاً is also "property")
        if name.endswith("ي") and name + "ن" in names:
            continue  # مسؤولي، وزيري: the construct of a plural or dual listed beside it (مسؤولين), not a nisba
        form = name + "اً"
        if form not in names and phrase_key(form) not in taken_keys:
            out.append(form)
    return out


def _load(path: Path, validate: Any, issues: list[LexiconIssue]) -> list:
    """load_jsonl, but collect its issues so one LexiconError lists the problems of every file."""
    try:
        return load_jsonl(path, validate)
    except LexiconError as exc:
        issues.extend(exc.issues)
        return []


# «بن / بنت / ابن» before the last words of a name: those words are the father's name (سلمان بن عبدالعزيز)
PATRONYM_LINKS = frozenset({"بن", "بنت", "ابن"})


def _norm_words(phrase: str) -> list[str]:
    return list(phrase_key(phrase))
