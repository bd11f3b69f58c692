"""Roles, fifth round: a noun act told by its relative light verb (اتصال هاتفي أجراه X بنظيره Y) keeps X as its source
when a target is found too; and force on hospitals, schools, students or farmers targets civilians (GUIDELINES §1),
while other acts aimed at them keep their sector.

Every sentence was written for these tests (none is taken from a corpus or the gold files).  Each rule has a near
miss where it must not fire.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import code_text, roles_of

# --- the relative verb's subject is the noun act's source -------------------------------------------------------------

@pytest.mark.parametrize(("text", "source", "target"), [
    ("ناقش اتصال هاتفي أجراه وزير الخارجية المصري بنظيره الأردني الأوضاع في غزة.", "EGYGOV", "JORGOV"),
    ("تناولت محادثات عقدها وزير الدفاع التركي مع نظيره العراقي أمن الحدود المشتركة.", "TURMIL", "IRQMIL"),
    ("ناقش اتصال هاتفي أجرته الرئاسة الفرنسية مع الحكومة الإيطالية ملف الهجرة.", "FRAGOV", "ITAGOV"),
])
def test_the_subject_of_the_relative_light_verb_stays_the_source_beside_a_target(pipeline, text, source, target):
    assert ([source], [target]) in roles_of(code_text(pipeline, text), "CONSULT")


def test_near_miss_a_party_after_a_preposition_is_the_target_not_the_doer(pipeline):
    # "أجراه مع الرئيس التركي": the verb's subject is its pronoun; the party after مع is the one called
    doc = code_text(pipeline, "وبحث وزير الخارجية السعودي خلال اتصال هاتفي أجراه مع الرئيس التركي العلاقات الثنائية.")
    roles = roles_of(doc, "CONSULT")
    assert roles
    assert all("TURGOV" not in src for src, _ in roles)
    assert (["SAUGOV"], ["TURGOV"]) in roles


# --- force on a hospital, students or farmers hits civilians -----------------------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("قصفت طائرات حربية مستشفى في ريف إدلب.", "SYRCVL"),
    ("أطلقت الشرطة الكينية الغاز المسيل للدموع على طلاب جامعة نيروبي.", "KENCVL"),
    ("اعتدى مستوطنون على مزارعين فلسطينيين قرب نابلس.", "PSECVL"),
])
def test_force_on_an_institution_or_its_people_targets_civilians(pipeline, text, target):
    targets = [tgt for _, tgt in roles_of(code_text(pipeline, text), "ASSAULT")]
    assert [target] in targets
    assert not any(code[3:] in ("HLH", "EDU", "AGR") for tgt in targets for code in tgt)


@pytest.mark.parametrize(("text", "event_type", "target"), [
    ("هددت الحكومة الفرنسية المزارعين المحتجين بالملاحقة القضائية.", "THREATEN", "FRAAGR"),
    ("اعتقلت الشرطة التركية عشرات الطلاب في إسطنبول.", "COERCE", "TUREDU"),
])
def test_near_miss_acts_other_than_force_keep_the_sector(pipeline, text, event_type, target):
    assert [target] in [tgt for _, tgt in roles_of(code_text(pipeline, text), event_type)]
