"""Loading the actor lexicon: validation errors name file and line; dated roles pick the right code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hadath.actors.lexicon import ActorLexicon, Organization, Person, Role, code_at
from hadath.errors import LexiconError


def test_loads_and_matches_every_kind(lexicon_dir: Path) -> None:
    lex = ActorLexicon.load(lexicon_dir)
    kinds = {h.kind for h in lex.matcher.lookup("الولايات المتحدة")}
    assert kinds == {"country"}
    assert {h.kind for h in lex.matcher.lookup("واشنطن")} == {"capital"}
    assert {h.kind for h in lex.matcher.lookup("الأمريكية")} == {"adjective"}
    assert {h.kind for h in lex.matcher.lookup("لافروف")} == {"person"}
    assert {h.kind for h in lex.matcher.lookup("رويترز")} == {"outlet"}
    assert "لافروف" in lex.person_words


def test_bad_lines_are_reported_with_file_and_line(lexicon_dir: Path) -> None:
    persons = lexicon_dir / "persons.jsonl"
    lines = persons.read_text(encoding="utf-8").splitlines()
    lines.append('{"id": "x", "name_en": "X", "name_ar": "س", "names": ["س"], '
                 '"roles": [{"code": "RUSGOV", "from": "2020-13-01"}]}')
    lines.append("{not json")
    persons.write_text("\n".join(lines) + "\n", encoding="utf-8")
    agents = lexicon_dir / "agents.jsonl"
    agents.write_text(agents.read_text(encoding="utf-8")
                      + '{"names": ["شيء"], "sector": "XYZ", "type": "ORG"}\n', encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        ActorLexicon.load(lexicon_dir)
    messages = [str(i) for i in err.value.issues]
    n = len(lines)
    assert any(m.startswith(f"{persons}:{n - 1}:") and "ISO date" in m for m in messages), messages
    assert any(m.startswith(f"{persons}:{n}:") and "invalid JSON" in m for m in messages), messages
    assert any(str(agents) in m and "sector" in m for m in messages), messages


def test_missing_required_file_is_an_error(lexicon_dir: Path) -> None:
    (lexicon_dir / "agents.jsonl").unlink()
    with pytest.raises(LexiconError, match="agents.jsonl:0: file not found"):
        ActorLexicon.load(lexicon_dir)


def test_role_dates_from_inclusive_until_exclusive() -> None:
    trump = Person("trump", "Donald Trump", "دونالد ترامب", (
        Role("USAGOV", date(2017, 1, 20), date(2021, 1, 20)), Role("USAGOV", date(2025, 1, 20), None)))
    assert code_at(trump, date(2017, 3, 1)) == "USAGOV"
    assert code_at(trump, date(2016, 6, 1)) is None
    assert code_at(trump, date(2017, 1, 20)) == "USAGOV"
    assert code_at(trump, date(2021, 1, 20)) is None
    assert code_at(trump, date(2025, 2, 1)) == "USAGOV"


def test_trump_coded_by_article_date(tiny_stage) -> None:
    from hadath.actors.evaluate import mentions

    text = "وقال دونالد ترامب إن الاتفاق سيئ."
    coded = mentions(text, date(2017, 3, 1), tiny_stage)
    assert [m.actor_code for m in coded] == ["USAGOV"]
    uncoded = mentions(text, date(2016, 6, 1), tiny_stage)
    assert [m.entity_id for m in uncoded] == ["trump"] and uncoded[0].actor_code is None


def test_organization_validity_dates() -> None:
    org = Organization("g", "SYRREB", "reb", "G", "ج", (), date(2017, 1, 28), None)
    assert code_at(org, date(2017, 1, 27)) is None
    assert code_at(org, date(2017, 1, 28)) == "SYRREB"


def test_a_bad_called_field_is_reported_with_file_and_line(lexicon_dir: Path) -> None:
    # round 162: «called» (the bare word a country's news calls it, المملكة) is a list of names
    countries = lexicon_dir / "countries.jsonl"
    text = countries.read_text(encoding="utf-8")
    countries.write_text(text + '{"code": "XKG", "name_en": "X", "name_ar": "س", "names": ["س"], "called": "المملكة"}\n',
                         encoding="utf-8")
    n = len(text.splitlines()) + 1
    with pytest.raises(LexiconError) as err:
        ActorLexicon.load(lexicon_dir)
    messages = [str(i) for i in err.value.issues]
    assert any(m.startswith(f"{countries}:{n}:") and "'called' must be" in m for m in messages), messages
