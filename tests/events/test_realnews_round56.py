"""Round 56 (coder section 83): a reciprocal act's parties are coded alike on both sides.  A ceasefire two states
declare (أعلنت إثيوبيا وإريتريا وقفاً لإطلاق النار) lists ETHGOV and ERIGOV as source and as target, not the
bare countries a material act's target would otherwise keep; the members of one back-reference (الجانبين) keep
their own countries."""

from __future__ import annotations

from .helpers import coded_parties


def test_a_reciprocal_ceasefire_codes_both_sides_alike(pipeline) -> None:
    text = "أعلنت إثيوبيا وإريتريا وقفاً فورياً لإطلاق النار على الحدود."
    assert coded_parties(pipeline, text) == [("0871", ["ETHGOV", "ERIGOV"], ["ETHGOV", "ERIGOV"])]


def test_the_members_of_a_back_reference_keep_their_countries(pipeline) -> None:
    text = "التقى وزير الخارجية الأمريكي نظيره القطري في الدوحة، وقال إن الجانبين اتفقا على تعزيز التعاون."
    agreed = [(s, t) for c, s, t in coded_parties(pipeline, text) if c == "030"]
    assert agreed == [(["USAGOV", "QATGOV"], ["USAGOV", "QATGOV"])]
