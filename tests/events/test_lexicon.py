"""The event knowledge files: codebook coverage, trigger coverage, conjugation, and file:line validation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hadath.errors import LexiconError
from hadath.events.lexicon import PLOVER_TYPES, EventLexicon, conjugate, noun_forms
from hadath.lexicon import data_path


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


def test_codebook_covers_every_root_and_type(lexicon: EventLexicon):
    roots = {c.root for c in lexicon.codes.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert {c.plover_type for c in lexicon.codes.values()} - {None} == set(PLOVER_TYPES)
    assert all(c.plover_type is None and c.intensity is None for c in lexicon.codes.values() if c.root in ("01", "02"))
    for code, quad in (("041", 1), ("073", 2), ("112", 3), ("195", 4)):
        assert lexicon.code(code).quad_class == quad
    assert lexicon.code("195").plover_mode == "aerial" and lexicon.code("163").plover_type == "SANCTION"


def test_triggers_cover_every_type_and_root(lexicon: EventLexicon):
    patterns = lexicon.patterns.values()
    types = {p.type_override or lexicon.code(p.cameo).plover_type for p in patterns}
    assert types - {None} == set(PLOVER_TYPES)
    assert {p.cameo[:2] for p in patterns} == {f"{i:02d}" for i in range(1, 21)}


def test_conjugation_generates_person_number_gender():
    forms = set(conjugate("اتفق", "يتفق"))
    assert {"اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا", "يتفق", "تتفق", "يتفقان", "يتفقون", "نتفق"} <= forms
    weak = set(conjugate("نفى", "ينفي"))
    assert {"نفي", "نفت", "نفتا", "نفوا", "ينفي", "تنفي", "ينفون"} <= weak
    assert "يلتق" in conjugate("التقى", "يلتقي") and "نجل" not in conjugate("أجلى", "يجلي")
    assert "هجوما" in noun_forms("هجوم") and noun_forms("الهدنة") == ["الهدنه"]


def test_matching_is_clitic_aware(lexicon: EventLexicon):
    from hadath.model import Article, Document
    from hadath.text.stage import TextStage

    doc = TextStage.load()(Document(Article("x", "وتوصلت الأطراف لاتفاق، واتفقتا على الهدنة.")))
    found = {m.values[0].id for m in lexicon.triggers.find(doc.sentences[0].tokens)}
    assert "agree.agree_on" in found


def _copy_lexicon(tmp_path: Path) -> Path:
    target = tmp_path / "events"
    shutil.copytree(data_path("events"), target)
    return target


def test_bad_trigger_line_is_reported_with_file_and_line(tmp_path: Path):
    root = _copy_lexicon(tmp_path)
    with open(root / "triggers.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": "bad.one", "cameo": "999", "nouns": ["شيء"]}\n')
        fh.write('{"id": "bad.two", "cameo": "190", "verbs": [["قصف"]]}\n')
    lines = (root / "triggers.jsonl").read_text(encoding="utf-8").count("\n")
    with pytest.raises(LexiconError) as err:
        EventLexicon.load(root)
    text = str(err.value)
    assert f"triggers.jsonl:{lines}:" in text and "[past, imperfect]" in text


def test_a_noun_target_is_loaded_and_checked(tmp_path: Path):
    from hadath.events.lexicon import load_codebook, load_triggers

    codes = load_codebook(data_path("events", "cameo.jsonl"))
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "x.accuse", "cameo": "112", "nouns": ["اتهام"], "noun_target": ["إلى"]}\n'
                    '{"id": "x.bad", "cameo": "112", "nouns": ["اتهام"], "noun_target": [""]}\n', encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_triggers(path, codes)
    assert "t.jsonl:2:" in str(err.value) and "noun_target" in str(err.value)
    path.write_text('{"id": "x.accuse", "cameo": "112", "nouns": ["اتهام"], "noun_target": ["إلى"]}\n', encoding="utf-8")
    patterns, _ = load_triggers(path, codes)
    assert patterns["x.accuse"].noun_target_preps == {"الي"} and not patterns["x.accuse"].target_preps


def test_bad_codebook_line_is_reported(tmp_path: Path):
    root = _copy_lexicon(tmp_path)
    with open(root / "cameo.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"code": "013", "root": "01", "name": "x", "goldstein": 0.4, "quad_class": 1, '
                 '"plover_type": "AGREE", "plover_mode": null, "plover_context": null, "intensity": null}\n')
    with pytest.raises(LexiconError) as err:
        EventLexicon.load(root)
    assert "no PLOVER type" in str(err.value)


def test_excluded_forms_are_not_matched(tmp_path):
    from hadath.events.lexicon import load_codebook, load_triggers
    from hadath.lexicon import data_path

    codes = load_codebook(data_path("events", "cameo.jsonl"))
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "x.oppose", "cameo": "120", "verbs": [["عارض", "يعارض"]], "exclude": ["عارضا"]}\n',
                    encoding="utf-8")
    patterns, phrases = load_triggers(path, codes)
    keys = {k for k, _ in phrases}
    assert ("عارضت",) in keys and ("عارضا",) not in keys
    assert "عارضا" not in patterns["x.oppose"].verb_forms


def test_country_adjectives_skip_country_names():
    from hadath.events.lexicon import EventLexicon

    nisba = EventLexicon.load().nisba
    assert nisba["سودانيا"] == "SDN" and nisba["الروسيه"] == "RUS"
    assert "ايطاليا" not in nisba  # the accusative of إيطالي is spelt like the country


def test_short_jussives_of_form_iv_defective_and_hollow_verbs_but_not_common_words() -> None:
    from hadath.events.lexicon import conjugate

    assert {"يلغ", "تلغ"} <= set(conjugate("ألغى", "يلغي"))  # لم تلغ
    assert {"يدن", "تدن"} <= set(conjugate("أدان", "يدين"))  # لم تُدِن
    assert {"يزر", "تزر"} <= set(conjugate("زار", "يزور"))  # لم يزر
    assert "يرد" not in conjugate("أردى", "يردي")  # "replies"
    assert "يعد" not in conjugate("أعاد", "يعيد")  # "counts"
    assert "يجب" not in conjugate("جاب", "يجوب")  # "must"
    assert "يود" not in conjugate("أيد", "يؤيد")  # a doubled verb keeps its ي: "wants" is no form of it
    assert "يدع" not in conjugate("دعا", "يدعو")  # "lets"
