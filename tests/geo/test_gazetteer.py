"""The gazetteer files load, hold what the stage relies on, and fail loudly (file:line) when broken."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hadath.errors import LexiconError
from hadath.geo.gazetteer import Gazetteer, distance_km, name_keys
from hadath.lexicon import data_path

PLACES = data_path("places")


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "places"
    shutil.copytree(PLACES, root)
    return root


def _break_line(path: Path, line_no: int, replacement: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[line_no - 1] = replacement + "\n"
    path.write_text("".join(lines), encoding="utf-8")


def _first_data_line(path: Path) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            return i
    raise AssertionError(f"no data line in {path}")


def test_every_country_has_codes_names_and_a_centroid(gazetteer: Gazetteer) -> None:
    countries = [p for p in gazetteer.places.values() if p.feature == "country"]
    assert len(countries) >= 190
    for p in countries:
        assert p.country in gazetteer.countries, p
        assert gazetteer.countries[p.country].fips is not None
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
    assert gazetteer.countries["SYR"].fips == "SY"
    assert gazetteer.countries["USA"].iso2 == "US"


@pytest.mark.parametrize("name", ["أمريكا", "أميركا", "الولايات المتحدة", "الولايات المتحدة الأمريكية"])
def test_us_variants(gazetteer: Gazetteer, name: str) -> None:
    assert any(p.id == "C-USA" for p in gazetteer.lookup(name))


@pytest.mark.parametrize("name", ["سوريا", "سورية"])
def test_syria_variants(gazetteer: Gazetteer, name: str) -> None:
    assert any(p.id == "C-SYR" for p in gazetteer.lookup(name))


@pytest.mark.parametrize("name,country", [("محافظة إدلب", None), ("الأنبار", "IRQ"), ("نينوى", "IRQ"),
                                          ("ريف دمشق", "SYR"), ("حمص", "SYR")])
def test_admin1_divisions_present(gazetteer: Gazetteer, name: str, country: str | None) -> None:
    key = name.removeprefix("محافظة ")
    divisions = [p for p in gazetteer.lookup(key) if p.feature == "admin1"]
    assert divisions, name
    assert all(p.admin1 for p in divisions)
    if country:
        assert divisions[0].country == country


def test_regions_carry_hierarchy(gazetteer: Gazetteer) -> None:
    ghouta = gazetteer.lookup("الغوطة الشرقية")
    assert len(ghouta) == 1
    assert ghouta[0].feature == "region" and ghouta[0].country == "SYR" and ghouta[0].admin1 == "Rif Dimashq"


def test_generated_cities_have_arabic_names_and_divisions(gazetteer: Gazetteer) -> None:
    generated = [p for p in gazetteer.places.values() if p.source == "cities.tsv"]
    assert len(generated) > 5000
    assert all(p.name_ar and p.country for p in generated)
    # division names joined at build time through the seat cities
    mosul_region = [p for p in generated if p.admin1 == "Nineveh"]
    assert mosul_region


def test_washington_is_only_the_us_capital(gazetteer: Gazetteer) -> None:
    candidates = gazetteer.lookup("واشنطن")
    assert candidates
    for p in candidates:
        assert p.country == "USA"
        assert distance_km(p.lat, p.lon, 38.9, -77.04) < 20, p


def test_name_keys_adds_bare_stem_for_lam_names() -> None:
    assert list(name_keys("اللاذقية")) == ["اللاذقيه", "لاذقيه"]
    assert list(name_keys("الغوطة الشرقية")) == ["الغوطه الشرقيه"]


def test_distance_km() -> None:
    assert distance_km(0, 0, 0, 0) == 0
    # Damascus → Beirut is about 85 km
    assert 70 < distance_km(33.51, 36.29, 33.89, 35.50) < 100


def test_broken_jsonl_names_file_and_line(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "countries.jsonl"
    line = _first_data_line(path)
    _break_line(path, line, '{"iso2": "SY", "name": "Syria", "ar": ["سوريا"], "lat": 95.0}')
    with pytest.raises(LexiconError) as err:
        Gazetteer.load(root)
    text = str(err.value)
    assert f"{path}:{line}:" in text
    assert "lon" in text


def test_unknown_field_in_regions_is_an_error(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "regions.jsonl"
    line = _first_data_line(path)
    _break_line(path, line, '{"id": "R-X", "name": "X", "ar": ["س"], "country": "SYR", "lat": 1, "lon": 2, "size": 3}')
    with pytest.raises(LexiconError) as err:
        Gazetteer.load(root)
    assert f"{path}:{line}: unknown field 'size'" in str(err.value)


def test_unknown_country_in_admin1_is_an_error(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "admin1.jsonl"
    line = _first_data_line(path)
    _break_line(path, line, '{"id": "A", "name": "A", "ar": ["أ"], "country": "XXX", "lat": 1, "lon": 2}')
    with pytest.raises(LexiconError) as err:
        Gazetteer.load(root)
    assert f"{path}:{line}: unknown ISO-3 country 'XXX'" in str(err.value)


def test_broken_tsv_row_names_file_and_line(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "cities.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    data = [i for i, ln in enumerate(lines, 1) if ln and not ln.startswith(("#", "geonameid"))]
    _break_line(path, data[3], "123\tحلب\tحلب\tAleppo\tSYR")
    _break_line(path, data[7], "124\tحلب\tحلب\tAleppo\tSYR\tSYR-ALE\tnorth\t37.1\t1\t0")
    with pytest.raises(LexiconError) as err:
        Gazetteer.load(root)
    text = str(err.value)
    assert f"{path}:{data[3]}: expected 10 columns, got 5" in text
    assert f"{path}:{data[7]}: lat, lon and population must be numbers" in text


def test_duplicate_id_is_an_error(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "cities_extra.jsonl"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"id": "X-IDLIB", "name": "Idlib", "ar": ["إدلب"], "country": "SYR", "lat": 35.9, "lon": 36.6}\n')
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(LexiconError) as err:
        Gazetteer.load(root)
    assert f"{path}:{n_lines}: duplicate id 'X-IDLIB'" in str(err.value)


def test_stoplists_are_normalized_words(gazetteer: Gazetteer) -> None:
    for word in ("امل", "الخميس", "وقف", "بيان", "الابيض", "جمعه", "سلام"):
        assert word in gazetteer.stopwords, word
