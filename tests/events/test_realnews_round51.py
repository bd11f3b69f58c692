"""Round 51 (coder section 78): a dual present verb holds its subject like a plural one, so the party after it is
its object (وتتهمان في المقابل العسكريين الأوكرانيين).  Near miss: a singular verb's party after it is its subject."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY_2015 = date(2015, 7, 21)


def test_a_dual_verb_holds_its_subject(pipeline) -> None:
    text = ("لكن موسكو والمتمردين ينفون نفيا قاطعا أي تورط في تحطم الطائرة وتتهمان في المقابل العسكريين "
            "الأوكرانيين.")
    codes = [c for c in coded_parties(pipeline, text, DAY_2015) if c[0] == "112"]
    assert codes and all("UKRMIL" not in c[1] for c in codes) and any("UKRMIL" in c[2] for c in codes)


def test_a_singular_verbs_party_after_it_is_its_subject(pipeline) -> None:
    codes = coded_parties(pipeline, "وتتهم روسيا الولايات المتحدة بدعم المعارضة.", DAY_2015)
    assert ("112", ["RUSGOV"], ["USAGOV"]) in codes
