"""Round 93 (coder section 119), from the dev split's wrong sources: a feminine past verb (ودعت) does not agree with
the man its title names right after it (الرئيس …), so he is its object and its subject is the state before; the
holder named after a title's body keeps the title's preposition (برئيس الجمعية الوطنية … خوان غوايدو); and
congratulations go to whoever «ل» names (برقية تهنئة لرئيس جمهورية مصر العربية)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2019, 2, 1)


def test_a_feminine_verb_before_a_mans_title_keeps_the_earlier_subject(pipeline) -> None:
    text = "اعترفت كندا رسمياً برئيس البرلمان الفنزويلي رئيساً انتقالياً للبلاد، ودعت الرئيس نيكولاس مادورو إلى التنحي."
    calls = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("02")]
    assert (["CANGOV"], ["VENGOV"]) in calls, calls


def test_a_woman_holding_a_shared_title_still_speaks(pipeline) -> None:
    # near miss: «النائب» names women too, so a feminine verb before it may have it as subject
    text = "ودعت النائب زينب السهلاني الحكومة العراقية إلى تطبيق استراتيجية مكافحة الفساد."
    calls = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("02")]
    assert calls and all(t != ["النائب زينب السهلاني"] for t in calls), calls


def test_congratulations_go_to_whom_lam_names(pipeline) -> None:
    text = "وجه نائب رئيس جمهورية نيكاراغوا تهنئة لمصر بمناسبة افتتاح المشروع."
    assert ("051", ["NICGOV"], ["EGYGOV"]) in coded_parties(pipeline, text, DAY)
