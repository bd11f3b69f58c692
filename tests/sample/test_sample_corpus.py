"""The bundled demo corpus (``hadath.sample``) and the event gold files are well-formed raw data.

These tests check the files as shipped — not ingestion (tested in ``tests/ingest``) nor coding — so that
a broken line, a lost encoding or a thinned-out gold set fails here, with the file and line named.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

SAMPLE = Path(str(resources.files("hadath.sample")))
GOLD = Path(__file__).resolve().parents[2] / "gold" / "events"

REPORT_FIELDS = {"id", "title", "date", "source", "url", "text"}
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
WORD = re.compile(r"[\u0621-\u064A]+")

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"asserted", "claimed", "denied", "intended", "hoped", "negated", "hypothetical"}
EVENT_FIELDS = {"event_type", "mode", "cameo", "source", "target", "status", "trigger"}


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic: a mis-decoded file scores near zero."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if ARABIC_LETTER.match(c)) / max(len(letters), 1)


def read_jsonl(path: Path) -> list[tuple[int, dict]]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rows.append((lineno, json.loads(line)))
    return rows


@pytest.fixture(scope="module")
def reports() -> list[dict]:
    return [obj for _, obj in read_jsonl(SAMPLE / "reports.jsonl")]


# --- reports.jsonl ----------------------------------------------------------------------------------

def test_every_report_line_has_exactly_the_expected_fields() -> None:
    for lineno, obj in read_jsonl(SAMPLE / "reports.jsonl"):
        assert set(obj) == REPORT_FIELDS, f"reports.jsonl:{lineno}: fields {sorted(obj)}"
        assert all(isinstance(obj[k], str) and obj[k].strip() for k in REPORT_FIELDS), f"reports.jsonl:{lineno}"


def test_corpus_size_and_outlet_variety(reports: list[dict]) -> None:
    assert len(reports) >= 20
    assert len({r["source"] for r in reports}) >= 5
    assert len({r["id"] for r in reports}) == len(reports), "report ids must be unique"
    assert len({r["url"] for r in reports}) == len(reports), "report urls must be unique"


def test_report_metadata_is_usable(reports: list[dict]) -> None:
    for r in reports:
        date.fromisoformat(r["date"])
        assert r["url"].startswith("https://example.org/"), r["id"]
        assert arabic_share(r["title"]) > 0.9, r["id"]


def test_reports_are_arabic_and_of_news_length(reports: list[dict]) -> None:
    for r in reports:
        lines = [line for line in r["text"].split("\n") if line.strip()]
        assert 4 <= len(lines) <= 12, f"{r['id']}: {len(lines)} lines"
        assert arabic_share(r["text"]) > 0.95, r["id"]
        assert r["title"] not in r["text"], f"{r['id']}: the headline belongs in title, not in text"


def test_a_wire_story_is_rewritten_by_two_outlets(reports: list[dict]) -> None:
    """Some pair of reports from different outlets on the same day shares most of its vocabulary."""

    def words(text: str) -> set[str]:
        return set(WORD.findall(text))

    best = 0.0
    for i, a in enumerate(reports):
        for b in reports[i + 1:]:
            if a["source"] != b["source"] and a["date"] == b["date"] and a["title"] != b["title"]:
                wa, wb = words(a["text"]), words(b["text"])
                best = max(best, len(wa & wb) / len(wa | wb))
    assert best >= 0.4


def test_a_report_carries_a_denial(reports: list[dict]) -> None:
    assert any(re.search(r"\bنف(ت|ى)\b", r["text"]) for r in reports)


# --- the cp1256 file and the HTML page ---------------------------------------------------------------

def test_cp1256_file_is_not_utf8_but_decodes_as_cp1256_into_arabic() -> None:
    raw = (SAMPLE / "tanger-cell-cp1256.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1256")
    assert arabic_share(text) > 0.95
    assert text.encode("cp1256") == raw
    assert len([line for line in text.splitlines() if line.strip()]) >= 6


class _TagCollector(HTMLParser):
    """Counts start/end tags and gathers the text of <p> and <h1> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.starts: Counter[str] = Counter()
        self.ends: Counter[str] = Counter()
        self.attrs: dict[str, dict[str, str | None]] = {}
        self.paragraphs: list[str] = []
        self.h1 = ""
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts[tag] += 1
        self.attrs.setdefault(tag, dict(attrs))
        if tag in ("p", "h1"):
            self._open = tag
            if tag == "p":
                self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        self.ends[tag] += 1
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open == "p":
            self.paragraphs[-1] += data
        elif self._open == "h1":
            self.h1 += data


def test_html_page_parses_as_a_full_arabic_news_page() -> None:
    page = SAMPLE / "saudi-iran-beijing.html"
    parser = _TagCollector()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    for tag in ("html", "head", "body", "nav", "article", "footer", "h1", "script"):
        assert parser.starts[tag] >= 1, f"missing <{tag}>"
    for tag in ("html", "body", "nav", "article", "footer", "p", "ul", "div"):
        assert parser.starts[tag] == parser.ends[tag], f"unbalanced <{tag}>"
    assert parser.attrs["html"].get("lang") == "ar"
    assert arabic_share(parser.h1) > 0.9
    long_paragraphs = [p for p in parser.paragraphs if len(WORD.findall(p)) >= 8]
    assert len(long_paragraphs) >= 5
    assert all(arabic_share(p) > 0.95 for p in long_paragraphs)


def test_manifest_names_every_file_and_report(reports: list[dict]) -> None:
    manifest = (SAMPLE / "MANIFEST.md").read_text(encoding="utf-8")
    for path in SAMPLE.iterdir():
        if path.is_file() and path.suffix in {".jsonl", ".html", ".txt"}:
            assert f"`{path.name}`" in manifest, path.name
    for r in reports:
        assert f"`{r['id']}`" in manifest, r["id"]


# --- gold/events -------------------------------------------------------------------------------------

def gold_rows(name: str) -> list[tuple[int, dict]]:
    path = GOLD / f"{name}.jsonl"
    if not path.is_file():
        pytest.skip(f"no gold file at {path} (not an installed package test)")
    return read_jsonl(path)


def event_problems(event: dict, text: str) -> list[str]:
    problems = []
    if not set(event) >= EVENT_FIELDS or not set(event) <= EVENT_FIELDS | {"size"}:
        return [f"fields {sorted(event)}"]
    etype, cameo = event["event_type"], event["cameo"]
    if not re.fullmatch(r"\d{3,4}", cameo):
        problems.append(f"cameo {cameo!r}")
    if etype is None:
        if cameo[:2] not in {"01", "02"}:
            problems.append(f"CAMEO-only record with root {cameo[:2]}")
        if event["mode"] is not None:
            problems.append("CAMEO-only record with a mode")
    elif etype not in PLOVER_TYPES:
        problems.append(f"event_type {etype!r}")
    if event["status"] not in STATUSES:
        problems.append(f"status {event['status']!r}")
    if event["trigger"] not in text:
        problems.append(f"trigger {event['trigger']!r} not in text")
    for role in ("source", "target"):
        if not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{3,12}", c) for c in event[role]):
            problems.append(f"{role} {event[role]!r}")
    size = event.get("size", {})
    if not set(size) <= {"dead", "injured", "arrested"} or not all(isinstance(v, int) and v > 0
                                                                    for v in size.values()):
        problems.append(f"size {size!r}")
    return problems


@pytest.mark.parametrize("name", ["dev", "test"])
def test_gold_items_are_well_formed(name: str) -> None:
    problems = []
    ids = set()
    for lineno, item in gold_rows(name):
        where = f"{name}.jsonl:{lineno}"
        if not {"id", "text", "date", "tags", "events"} <= set(item):
            problems.append(f"{where}: fields {sorted(item)}")
            continue
        if item["id"] in ids:
            problems.append(f"{where}: duplicate id {item['id']}")
        ids.add(item["id"])
        date.fromisoformat(item["date"])
        if not item["events"] and not any(t.startswith(("hard-negative:", "negative:")) for t in item["tags"]):
            problems.append(f"{where}: a negative needs a tag saying why")
        problems.extend(f"{where}: {p}" for e in item["events"] for p in event_problems(e, item["text"]))
    assert not problems, "\n".join(problems)


def test_gold_split_is_large_balanced_and_disjoint() -> None:
    dev = [item for _, item in gold_rows("dev")]
    test = [item for _, item in gold_rows("test")]
    assert len(dev) >= 200 and len(test) >= 190
    assert not {i["text"] for i in dev} & {i["text"] for i in test}, "a sentence is in both dev and test"
    for split in (dev, test):
        negatives = sum(1 for i in split if not i["events"])
        assert negatives / len(split) >= 0.30
    everything = dev + test
    per_type = Counter(e["event_type"] for i in everything for e in i["events"])
    thin = {t: per_type[t] for t in PLOVER_TYPES if per_type[t] < 12}
    assert not thin, f"PLOVER types with fewer than 12 gold events: {thin}"
    statuses = {e["status"] for i in everything for e in i["events"]}
    assert statuses == STATUSES
    assert per_type[None] >= 20, "CAMEO-only statements and appeals"
    tags = Counter(t for i in everything for t in i["tags"])
    for kind in ("metaphor", "sport", "history", "commentary", "weather"):
        assert tags[f"hard-negative:{kind}"] >= 5, kind
