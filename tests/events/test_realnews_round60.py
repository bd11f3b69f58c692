"""Round 60 (coder section 87): the people a court sentences (قضت محكمة … بالسجن على أربعة متهمين) are the
target of the sentence, civilians of the court's country; the participle «متهماً» (accusing) names no one."""

from __future__ import annotations

from .helpers import coded_parties


def test_the_accused_a_court_sentences_are_its_target(pipeline) -> None:
    text = "قضت محكمة عسكرية في القاهرة بالسجن عشر سنوات على أربعة متهمين بالتخابر."
    assert coded_parties(pipeline, text) == [("116", ["EGYJUD"], ["EGYCVL"])]


def test_the_accusing_participle_names_no_one(pipeline) -> None:
    text = "اعتقل التنظيم عشرات من عناصره في مدينة الرقة، متهماً إياهم بالتخلي عن مواقعهم."
    arrests = [t for c, _s, t in coded_parties(pipeline, text) if c == "173"]
    assert all("SYRCVL" not in t for t in arrests)
