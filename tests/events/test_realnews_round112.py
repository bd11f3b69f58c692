"""Round 112 (coder section 135): the crowd police force is used on is the target — named (لتفريق المحتجين) or only as
a crowd (على تجمع، فرّقت الشرطة الحشود) — its civilians of the one country the sentence's places are in, else of the
force's state."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_tear_gas_on_a_gathering(pipeline) -> None:
    text = "جُرح خمسة متظاهرين بعد أن أطلقت قوات الأمن الغاز المسيل للدموع على تجمع وسط بغداد."
    assert ("175", ["IRQCOP"], ["IRQCVL"]) in coded_parties(pipeline, text, DAY)


def test_tear_gas_to_disperse_protesters(pipeline) -> None:
    text = "وأطلقت قوات الأمن السودانية الغاز المسيل للدموع لتفريق المحتجين قرب القصر الرئاسي."
    assert ("175", ["SDNCOP"], ["SDNCVL"]) in coded_parties(pipeline, text, DAY)


def test_crowds_dispersed_after_the_subject(pipeline) -> None:
    text = "فرّقت شرطة مكافحة الشغب الجورجية الحشود بخراطيم المياه ورذاذ الفلفل."
    assert ("175", ["GEOCOP"], ["GEOCVL"]) in coded_parties(pipeline, text, DAY)


def test_tear_gas_on_a_building_names_no_crowd(pipeline) -> None:
    # near miss: no crowd and no people after the force: no target is made up
    text = "أطلقت قوات الأمن العراقية الغاز المسيل للدموع على مبنى المحافظة في البصرة."
    coded = [c for c in coded_parties(pipeline, text, DAY) if c[0] == "175"]
    assert coded and all(not t for _c, _s, t in coded), coded
