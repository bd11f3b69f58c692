"""A tiny actor lexicon written for the tests (so they do not depend on the shipped data's coverage)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.actors.coder import ActorCoder
from hadath.actors.lexicon import ActorLexicon
from hadath.actors.stage import ActorStage

COUNTRIES = [
    {"code": "RUS", "name_en": "Russia", "name_ar": "روسيا", "names": ["روسيا", "روسيا الاتحادية"],
     "capitals": ["موسكو"], "adjectives": ["الروسي", "الروسية", "روسي", "روسية", "الروس"],
     "gov_aliases": ["الكرملين"]},
    {"code": "USA", "name_en": "United States", "name_ar": "الولايات المتحدة",
     "names": ["الولايات المتحدة", "أمريكا", "أميركا"], "capitals": ["واشنطن"],
     "adjectives": ["الأمريكي", "الأمريكية", "أمريكيين", "الأمريكيين", "الأميركي", "الأميركية"],
     "gov_aliases": ["البيت الأبيض"]},
    {"code": "TUR", "name_en": "Turkey", "name_ar": "تركيا", "names": ["تركيا"], "capitals": ["أنقرة"],
     "adjectives": ["التركي", "التركية"]},
    {"code": "IRN", "name_en": "Iran", "name_ar": "إيران", "names": ["إيران"], "capitals": ["طهران"],
     "adjectives": ["الإيراني", "الإيرانية"]},
    {"code": "JOR", "name_en": "Jordan", "name_ar": "الأردن", "names": ["الأردن"], "capitals": [],
     "adjectives": ["الأردني", "الأردنية"]},
    {"code": "SYR", "name_en": "Syria", "name_ar": "سوريا", "names": ["سوريا", "سورية"], "capitals": ["دمشق"],
     "adjectives": ["السوري", "السورية"]},
    {"code": "SAU", "name_en": "Saudi Arabia", "name_ar": "السعودية", "names": ["السعودية"], "capitals": ["الرياض"],
     "adjectives": ["السعودي", "السعودية"]},
    {"code": "EGY", "name_en": "Egypt", "name_ar": "مصر", "names": ["مصر"], "capitals": ["القاهرة"],
     "adjectives": ["المصري", "المصرية"]},
]
AGENTS = [
    {"names": ["وزارة الخارجية", "الخارجية"], "sector": "GOV", "type": "ORG", "name_en": "foreign ministry"},
    {"names": ["وزارة الدفاع"], "sector": "MIL", "type": "ORG", "name_en": "defence ministry"},
    {"names": ["الوزارة"], "sector": "GOV", "type": "ORG", "name_en": "the ministry"},
    {"names": ["الحكومة"], "sector": "GOV", "type": "ORG", "name_en": "government"},
    {"names": ["إدارة", "الإدارة"], "sector": "GOV", "type": "ORG", "name_en": "administration"},
    {"names": ["وزير الخارجية"], "sector": "GOV", "type": "PERS", "title": True, "name_en": "foreign minister"},
    {"names": ["الرئيس"], "sector": "GOV", "type": "PERS", "title": True, "name_en": "president"},
    {"names": ["الوزير"], "sector": "GOV", "type": "PERS", "title": True, "name_en": "minister"},
    {"names": ["المتحدث الرسمي", "المتحدث"], "sector": "GOV", "type": "PERS", "title": True,
     "name_en": "spokesman"},
    {"names": ["الجنرال"], "sector": "MIL", "type": "PERS", "title": True, "name_en": "general"},
    {"names": ["الجيش"], "sector": "MIL", "type": "ORG", "name_en": "army"},
    {"names": ["القوات", "قوات"], "sector": "MIL", "type": "ORG", "name_en": "forces"},
    {"names": ["الشرطة"], "sector": "COP", "type": "ORG", "name_en": "police"},
    {"names": ["الأمير"], "sector": "GOV", "type": "PERS", "title": True, "name_en": "prince"},
    {"names": ["الأمين العام"], "sector": "GOV", "type": "PERS", "title": True, "name_en": "secretary-general"},
    {"names": ["صحيفة"], "sector": "MED", "type": "ORG", "name_en": "newspaper"},
    {"names": ["الطيران", "سلاح الجو"], "sector": "MIL", "type": "ORG", "name_en": "air force"},
    {"names": ["مسؤولين", "مسؤولون"], "sector": "GOV", "type": "PERS", "name_en": "officials"},
    {"names": ["المعارضة"], "sector": "OPP", "type": "ORG", "name_en": "opposition"},
    {"names": ["المعارضة المسلحة"], "sector": "REB", "type": "ORG", "name_en": "armed opposition"},
    {"names": ["مسلحون", "مسلحين"], "sector": "UAF", "type": "PERS", "name_en": "gunmen"},
    {"names": ["وسائل إعلام", "وسائل الإعلام"], "sector": "MED", "type": "ORG", "name_en": "media"},
]
PERSONS = [
    {"id": "lavrov", "name_en": "Sergey Lavrov", "name_ar": "سيرغي لافروف",
     "names": ["سيرغي لافروف", "لافروف"], "roles": [{"code": "RUSGOV", "from": "2004-03-09"}]},
    {"id": "safadi", "name_en": "Ayman Safadi", "name_ar": "أيمن الصفدي", "names": ["أيمن الصفدي", "الصفدي"],
     "roles": [{"code": "JORGOV", "from": "2017-01-15"}]},
    {"id": "konashenkov", "name_en": "Igor Konashenkov", "name_ar": "إيغور كوناشينكوف",
     "names": ["إيغور كوناشينكوف", "كوناشينكوف"], "roles": [{"code": "RUSMIL", "from": "2013-01-01"}]},
    {"id": "trump", "name_en": "Donald Trump", "name_ar": "دونالد ترامب", "names": ["دونالد ترامب", "ترامب"],
     "roles": [{"code": "USAGOV", "from": "2017-01-20", "until": "2021-01-20"},
               {"code": "USAGOV", "from": "2025-01-20"}]},
    {"id": "shoukry", "name_en": "Sameh Shoukry", "name_ar": "سامح شكري", "names": ["سامح شكري", "شكري"],
     "roles": [{"code": "EGYGOV", "from": "2014-06-17", "until": "2024-07-03"}]},
]
ORGS = [
    {"id": "un", "code": "IGOUNO", "kind": "igo", "name_en": "United Nations", "name_ar": "الأمم المتحدة",
     "names": ["الأمم المتحدة"]},
    {"id": "isis", "code": "IMGMUSISI", "kind": "img", "name_en": "Islamic State", "name_ar": "داعش",
     "names": ["داعش", "تنظيم داعش"]},
    {"id": "guarantors", "kind": "group", "name_en": "guarantor states", "name_ar": "الدول الضامنة",
     "names": ["الدول الضامنة"], "members": ["RUS", "TUR", "IRN"], "from": "2016-12-29"},
]
OUTLETS = [
    {"id": "reuters", "names": ["رويترز", "وكالة رويترز"], "name": "Reuters", "country": "GBR", "kind": "agency"},
    {"id": "riyadh", "names": ["الرياض"], "name": "Al Riyadh", "country": "SAU", "kind": "outlet"},
    {"id": "sputnik", "names": ["سبوتنيك"], "name": "Sputnik", "country": "RUS", "kind": "agency"},
]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("# test data\n" + "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")


@pytest.fixture()
def lexicon_dir(tmp_path: Path) -> Path:
    root = tmp_path / "actors"
    root.mkdir()
    write_jsonl(root / "countries.jsonl", COUNTRIES)
    write_jsonl(root / "agents.jsonl", AGENTS)
    write_jsonl(root / "persons.jsonl", PERSONS)
    write_jsonl(root / "organizations.jsonl", ORGS)
    write_jsonl(root / "outlets.jsonl", OUTLETS)
    return root


@pytest.fixture()
def tiny_stage(lexicon_dir: Path) -> ActorStage:
    """The actor stage on the tiny lexicon, lexicon only (no CRF) so results follow the rules under test."""
    return ActorStage(ActorCoder(ActorLexicon.load(lexicon_dir)))


@pytest.fixture(scope="module")
def tiny_stage_for_hypothesis(tmp_path_factory: pytest.TempPathFactory) -> ActorStage:
    """Module-scoped copy for property tests (hypothesis forbids function-scoped fixtures)."""
    root = tmp_path_factory.mktemp("lex") / "actors"
    root.mkdir()
    write_jsonl(root / "countries.jsonl", COUNTRIES)
    write_jsonl(root / "agents.jsonl", AGENTS)
    write_jsonl(root / "persons.jsonl", PERSONS)
    write_jsonl(root / "organizations.jsonl", ORGS)
    write_jsonl(root / "outlets.jsonl", OUTLETS)
    return ActorStage(ActorCoder(ActorLexicon.load(root)))


@pytest.fixture(scope="session")
def shipped_rules_stage() -> ActorStage:
    """The shipped actor lexicon without the CRF: the rules under test decide, not the tagger."""
    return ActorStage.load(use_ner=False)
