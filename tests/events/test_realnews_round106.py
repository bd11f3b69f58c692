"""Round 106 (coder section 129): a condition (إذا، لو، في حال) opens a clause of its own, so an act named in it is
no content of the talks or plan named just before (ستجمّد مشاركتها في المحادثات إذا استمر استهداف …): it is
coded, hypothetical; and people waiting for aid (منتظري المساعدات) are civilians."""

from __future__ import annotations

from datetime import date

from .helpers import code_text

DAY = date(2025, 7, 20)


def _events(pipeline, text: str) -> list[tuple[str, str, list[str]]]:
    doc = code_text(pipeline, text, DAY)
    return [(e.cameo, e.status, [a.actor_code for a in e.target]) for e in doc.events]


def test_an_act_under_a_condition_after_talks_is_coded(pipeline) -> None:
    text = "أبلغت حماس الوسطاء أنها ستجمّد مشاركتها في المحادثات إذا استمر استهداف منتظري المساعدات في غزة."
    assert ("190", "hypothetical", ["PSECVL"]) in _events(pipeline, text)


def test_what_talks_are_about_is_still_no_act(pipeline) -> None:
    # near miss: with no condition between, the act after «المحادثات» is what the talks are about
    text = "وتناولت المحادثات استهداف منتظري المساعدات في غزة."
    assert not any(cameo == "190" for cameo, _s, _t in _events(pipeline, text))


def test_aid_seekers_are_civilians(pipeline) -> None:
    text = "قتل عشرون من منتظري المساعدات في غزة بنيران الجيش الإسرائيلي."
    assert any(cameo[:2] in ("18", "19") and targets == ["PSECVL"] for cameo, _s, targets in _events(pipeline, text))
