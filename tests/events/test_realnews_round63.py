"""Round 63 (coder section 90): a threat is aimed at whom the act it threatens would hit, when the threat names no
target of its own and that act names a state or its organ (هددت الحكومة بقطع علاقاتها الدبلوماسية مع السويد →
SWEGOV); civilians or a place the threatened act would hit are left out."""

from __future__ import annotations

import pytest

from .helpers import coded_parties


@pytest.mark.parametrize(("text", "target"), [
    ("هدّدت الحكومة العراقية بقطع علاقاتها الدبلوماسية مع الدنمارك إذا تكررت حوادث حرق المصحف.", ["DNKGOV"]),
    ("توعدت حركة الشباب بمواصلة هجماتها على القوات الكينية حتى تنسحب من الأراضي الصومالية.", ["KENMIL"]),
])
def test_a_threat_is_aimed_at_whom_the_threatened_act_would_hit(pipeline, text: str, target: list[str]) -> None:
    threats = [t for c, _s, t in coded_parties(pipeline, text) if c.startswith("13")]
    assert threats == [target]
