"""Round 173 (coder section 193), from the 2015-07-31 records: the party that witnessed an act is where it took
place; a party named as the dead of an earlier toll does no later killing; a vehicle is a container of its owner; a
verb followed by «من قبل / على يد» is a passive with its agent there; a verb read past the article is none; a
recording that spread is no deployment; devices searched for were not planted; one's own envoy is no target."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 7, 31)


def test_the_party_that_witnessed_an_attack_did_not_carry_it_out(pipeline) -> None:
    text = "وقال مسؤولون: إن التفجير -وهو أسوأ هجوم تشهده الكويت- كان يهدف الى إشعال الفتنة الطائفية."
    assert all(not any(code.startswith("KWT") for code in s) for _c, s, _t in coded_parties(pipeline, text, DAY))
    # near miss: the two sides named past the place that witnessed the clashes still fight in them
    text = "نبأ يفيد بمقتل قيادي حوثي في المواجهات التي تشهدها المحافظة بين المقاومة وميليشيات التمرد الحوثي."
    assert [s for s, _t in parties_of(pipeline, text, "193", DAY)] == [["YEMREBHOU"]]


def test_the_dead_of_an_earlier_toll_are_no_killers(pipeline) -> None:
    text = ("وهاجمت مجموعة أخرى سيارة شرطة أثناء دوريّة أمنيّة في بلدة تشينار بمدينة ديار بكر جنوب البلاد، ما أسفر "
            "عن مقتل الشرطي محمود أويار (30 عامًا)، ومصرع مدني يُدعى عثمان جاران أثناء مروره من الطريق.")
    parties = coded_parties(pipeline, text, DAY)
    assert all("محمود أويار" not in s for _c, s, _t in parties)
    # and the police car attacked is the police's: they are the target, not the attackers
    assert all("TURCOP" not in s for c, s, _t in parties if c == "190")
    assert any("TURCOP" in t for c, _s, t in parties if c == "190")


def test_a_verb_followed_by_its_agent_is_a_passive(pipeline) -> None:
    text = "أعلنت جبهة الفدائيين بأن الملا عمر قتل من قبل قياديين بارزين في طالبان في ظروف غامضة."
    assert parties_of(pipeline, text, "190", DAY) == [(["AFGREBTAL"], ["الملا عمر"])]


def test_a_form_read_past_the_article_is_no_verb(pipeline) -> None:
    text = "وسبق له الظهور بصحبة الطفلين أبناء ناصر الذي هرب بهما والدهما إلى سوريا للانضمام إلى داعش."
    assert all(c != "171" for c, _s, _t in coded_parties(pipeline, text, DAY))
    # near miss: a verb spelt with the letters of the article is read whole
    text = "والتقى وزير الخارجية الأردني نظيره الروسي أمس."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY)] == ["040"]


def test_a_recording_that_spread_is_no_deployment(pipeline) -> None:
    text = "وفي تسجيل انتشر حول العالم، كان بايدن يقف خلف الزوجة."
    assert all(c != "154" for c, _s, _t in coded_parties(pipeline, text, DAY))
    text = "انتشر الجيش اللبناني في البلدة."
    assert parties_of(pipeline, text, "154", DAY) == [(["LBNMIL"], [])]


def test_devices_searched_for_were_not_planted_by_the_searchers(pipeline) -> None:
    text = "لافتاً الانتباه إلى أن قوات الأمن قامت بتمشيط منطقة الحادث بحثاً عن عبوات ناسفة أخرى."
    assert all(not s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("183"))


def test_ones_own_envoy_named_by_a_pronoun_is_no_target(pipeline) -> None:
    text = "قالت البحرين اليوم إنها استدعت سفيرها في طهران للتشاور."
    assert parties_of(pipeline, text, "161", DAY) == [(["BHRGOV"], ["IRNGOV"])]
