"""Round 135: a form that is both a past verb and its verbal noun (دعم، قصف، ثمن), with a bare party after it and a
party with ل after that, is the verbal noun: the first party is its doer, the one after ل its object."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 6)


def test_support_of_a_party_for_another(pipeline) -> None:
    text = "وبالرغم من الضغط الشعبي ودعم السيستاني لرئيس الوزراء حيدر العبادي، تبقى جهود الإصلاح صعبة."
    assert parties_of(pipeline, text, "051", DAY) == [(["IRQREL"], ["IRQGOV"])]


def test_the_state_that_supports_and_the_regime_supported(pipeline) -> None:
    text = "وعدّ استمرار مأساة الشعب السوري سببه دعم طهران لنظام بشار الأسد."
    assert parties_of(pipeline, text, "051", DAY) == [(["IRNGOV"], ["SYRGOV"])]


def test_a_verb_with_its_object_bare_is_still_a_verb(pipeline) -> None:
    # near miss: no ل after the party; the party after the subject is the object
    assert parties_of(pipeline, "دعم الجيش الأمريكي القوات العراقية في معركة الرمادي.", "051", DAY) == [
        (["USAMIL"], ["IRQMIL"])]


def test_a_verb_that_names_its_target_with_lam_keeps_its_subject(pipeline) -> None:
    # near miss: «خصص … للأردن» is the finite verb, whose recipient comes with ل
    text = "قدم البنك الدولي منحة للبنان، فيما خصص الاتحاد الأوروبي للأردن 60 مليون يورو لدعم اللاجئين السوريين."
    assert [s for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("07") and "JOR" in t] == [
        ["IGOEUREEC"]]
