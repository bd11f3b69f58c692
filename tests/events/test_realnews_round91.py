"""Round 91 (coder section 117), from the dev split's wrong targets: the go-between named after «بوساطة / برعاية»
is no party to the act it brokered, whether a name (بوساطة سلطنة عمان) or an adjective (بوساطة قطرية) follows,
though «وساطة» is itself a trigger word."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2023, 9, 20)


def test_a_named_mediator_is_no_party_to_the_talks(pipeline) -> None:
    text = "بدأت المحادثات بين إيران والولايات المتحدة بوساطة سلطنة عمان."
    talks = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("04")]
    assert talks and all("OMNGOV" not in s + t for s, t in talks), talks


def test_a_mediating_adjective_is_no_party(pipeline) -> None:
    text = "في إطار صفقة تبادل بوساطة قطرية أطلقت واشنطن بموجبها سراح خمسة إيرانيين."
    releases = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("08")]
    assert releases and all("QATGOV" not in s + t for s, t in releases), releases
    assert any(s == ["USAGOV"] for s, _t in releases), releases
