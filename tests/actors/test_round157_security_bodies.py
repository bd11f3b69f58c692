"""Round 157, from a day of real news (2015-08-08): «الجهات الأمنية» and «فرق الأمن» are the security forces; a
group's generic noun before its quoted name is one mention with it (ميليشيات «فجر ليبيا»); a place named with an
embassy or consulate is its host, never its owner (قنصلية المملكة في هيوستن is no US body)."""

from __future__ import annotations

from datetime import date

from hadath.actors.stage import ActorStage

from .helpers import coded_mentions

DAY = date(2015, 8, 8)


def test_security_bodies_are_the_police(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "ألقت الجهات الأمنية في الطائف القبض على مواطن.", DAY)
    assert ("الجهات الأمنية", "COP") in coded, coded  # (the stage alone has no places)
    coded = coded_mentions(shipped_rules_stage, "وكانت فرق الأمن التركية ألقت أمس القبض على مشتبه به.", DAY)
    assert ("فرق الأمن التركية", "TURCOP") in coded, coded


def test_a_militia_and_its_quoted_name_are_one(shipped_rules_stage: ActorStage) -> None:
    coded = coded_mentions(shipped_rules_stage, "بينما طالبت ميليشيات «فجر ليبيا» المسلحة بحوار داخل ليبيا.", DAY)
    assert [c for _t, c in coded if c and c.endswith("REB")] == ["LBYREB"], coded


def test_gunmen_before_a_quoted_name_stay_apart(shipped_rules_stage: ActorStage) -> None:
    # near miss: gunmen are no group's generic name; the group after them is another party
    coded = coded_mentions(shipped_rules_stage, "هاجم مسلحون «داعش» في المدينة.", DAY)
    assert ("مسلحون", "UAF") in coded and ("داعش", "IMGMUSISI") in coded, coded


def test_an_embassy_named_by_its_capital_is_that_states(shipped_rules_stage: ActorStage) -> None:
    # near miss of tests/events/test_realnews_round157.py's embassy test: the capital in construct names the owner
    coded = coded_mentions(shipped_rules_stage, "قالت سفارة واشنطن في القاهرة إنها تتابع القضية.", DAY)
    assert [c for _t, c in coded if c == "USAGOV"], coded


def test_the_police_in_a_city_are_that_countrys(shipped_rules_stage: ActorStage) -> None:
    # near miss: a domestic body is the country it is in
    coded = coded_mentions(shipped_rules_stage, "قالت الشرطة في لندن إنها تتابع القضية.", DAY)
    assert ("الشرطة", "GBRCOP") in coded, coded
