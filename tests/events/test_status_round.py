"""Round 17 of the status rules: a future time after the act belongs to a scheduled thing or a stipulated term
standing between (not to the act), a hope's own verb is no plan, and the acts a deal stipulates (يقضي ب،
بموجبه) are still to be carried out.  Sentences written for these tests; each positive was checked to fail
with its rule switched off."""

from __future__ import annotations

from datetime import date

from tests.events.helpers import of_type

PAST_DAY = date(2024, 3, 10)


def test_a_boycott_of_the_coming_elections_is_announced_now(make_doc):
    doc = make_doc("أعلن حزب المؤتمر السوداني مقاطعة الانتخابات البرلمانية المقبلة احتجاجاً على القانون.",
                   actors=[("حزب المؤتمر السوداني", "SDNPTY")])
    [boycott] = of_type(doc, "PROTEST")
    assert boycott.status == "asserted"


def test_near_miss_a_meeting_with_its_own_coming_time_stays_intended(make_doc):
    doc = make_doc("يعقد وزراء الخارجية العرب اجتماعهم المقبل في القاهرة لبحث الأزمة.",
                   actors=[("وزراء الخارجية العرب", "IGOARL")])
    meetings = [e for e in doc.events if e.event_type in ("AGREE", "CONSULT")]
    assert meetings and all(e.status == "intended" for e in meetings)


def test_near_miss_a_strike_with_its_own_coming_time_stays_intended(make_doc):
    doc = make_doc("ينفذ عمال الموانئ المغربية إضراباً عاماً الأسبوع المقبل.",
                   actors=[("عمال الموانئ المغربية", "MARLAB")])
    assert [e.status for e in of_type(doc, "PROTEST")] == ["intended"]


def test_a_deal_whose_terms_run_to_next_year_was_reached(make_doc):
    doc = make_doc("وقّعت الحكومة الكولومبية والمتمردون اتفاقاً يقضي بتسليم الأسلحة بحلول العام المقبل.",
                   actors=[("الحكومة الكولومبية", "COLGOV"), ("المتمردون", "COLREB")],
                   dates=[("العام المقبل", "2025", "year")])
    [deal] = of_type(doc, "AGREE")
    assert deal.status == "asserted"


def test_a_hope_verb_is_no_plan(make_doc):
    doc = make_doc("يأمل الوسطاء الأفارقة أن تنجح الجولة المقبلة من المحادثات في جوبا.",
                   actors=[("الوسطاء الأفارقة", "AFRGOV")])
    hopes = [e for e in doc.events if e.cameo == "013"]
    assert hopes and all(e.status == "asserted" for e in hopes)


def test_a_prisoner_swap_a_signed_deal_provides_for_is_intended(make_doc):
    doc = make_doc("وقّع وفدا الحكومة والمتمردين في نيروبي اتفاقاً يقضي بوقف القتال في الإقليم، وتبادل الأسرى بين الطرفين.",
                   actors=[("الحكومة", "SSDGOV"), ("المتمردين", "SSDREB")], day=PAST_DAY)
    swaps = [e for e in of_type(doc, "RETREAT") if e.cameo == "0841"]
    assert swaps and all(e.status == "intended" for e in swaps)


def test_near_miss_a_swap_told_after_a_full_stop_is_done(make_doc):
    doc = make_doc("وقّعت الحكومة والمتمردون اتفاقاً يقضي بوقف القتال. وتبادل الجانبان الأسرى أمس في جوبا.",
                   actors=[("الحكومة", "SSDGOV"), ("المتمردون", "SSDREB"), ("الجانبان", "SSDGOV")], day=PAST_DAY)
    swaps = [e for e in of_type(doc, "RETREAT") if e.cameo == "0841"]
    assert swaps and all(e.status == "asserted" for e in swaps)


def test_near_miss_a_welcome_after_the_deal_is_an_act_of_its_own(make_doc):
    doc = make_doc("توصل الطرفان إلى اتفاق يقضي بتبادل الأسرى، ورحّبت مصر بالاتفاق.",
                   actors=[("مصر", "EGY")], day=PAST_DAY)
    assert [e.status for e in of_type(doc, "SUPPORT")] == ["asserted"]
