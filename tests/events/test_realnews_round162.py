"""Round 162 (coder section 182), from the 2015-07-24 sample: a side's reinforcements and strongholds are what an
act reaches (قصف تعزيزات للحوثيين، في مدينة درنة معقل الجماعات المتطرفة); «بجميع أشكاله ومظاهره» is no
demonstration; a crowd takes no country from an international body; «سيارتين» is no future verb; an embedded
question (تأكيد متى وقعت عمليات الإعدام) keeps the parties before it out of its act."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 7, 24)


def test_reinforcements_of_a_side_are_its_own(pipeline) -> None:
    text = "وقصف الطيران السعودي تعزيزات للحوثيين في محافظة شبوة."
    assert parties_of(pipeline, text, "195", DAY) == [(["SAUMIL"], ["YEMREBHOU"])]


def test_supply_routes_cut_keep_their_owner(pipeline) -> None:
    # near miss: supplies are no unit of a side; «الإمدادات لداعش» names the side the cut is aimed at
    text = "وأشارت المصادر إلى أن القوات العراقية تواصل قطع طرق الإمدادات لداعش بين الفلوجة والرمادي."
    assert [t for c, _s, t in coded_parties(pipeline, text, DAY) if c == "172"] == [["IMGMUSISI"]]


def test_a_stronghold_names_its_owner_not_a_bomber(pipeline) -> None:
    text = ("إلى ذلك، ذكر سكان ومصدر عسكري أن سيارتين ملغومتين انفجرتا أول من أمس في مدينة درنة معقل الجماعات "
            "المتطرفة في شرق ليبيا، لكن دون سقوط ضحايا.")
    events = [e for e in code_text(pipeline, text, DAY).events if e.event_type == "ASSAULT"]
    assert events and all(not e.source for e in events), [(e.source, e.status) for e in events]
    # «سيارتين» opens with سي like a future verb (سيهاجم) but is a noun: the blasts happened
    assert all(e.status != "intended" for e in events), [e.status for e in events]


def test_a_future_verb_is_still_intended(pipeline) -> None:
    # near miss: a real سـ + imperfect
    events = code_text(pipeline, "وقال المتحدث إن الجيش سيهاجم مواقع المتمردين.", DAY).events
    assert [e.status for e in events if e.event_type == "ASSAULT"] == ["intended"]


def test_manifestations_are_no_demonstration(pipeline) -> None:
    text = ("وجدد الأمين العام موقف منظمة التعاون الإسلامي التي تدين بقوة جميع أعمال الإرهاب والتطرف العنيف بجميع "
            "أشكاله ومظاهره، وترفض بشكل قاطع أي تبريرات للإرهاب.")
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("14")]


def test_a_demonstration_is_still_one(pipeline) -> None:
    # near miss: the plural noun of protest
    assert [c for c, _s, _t in coded_parties(pipeline, "وخرجت مظاهرات حاشدة في بغداد ضد الفساد.", DAY)
            if c.startswith("14")]


def test_an_international_body_gives_a_crowd_no_country(pipeline) -> None:
    text = "وقالت منظمة التعاون الإسلامي إن المظاهرات الممنوعة تعرضت لقمع عنيف."
    crowds = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("14")]
    assert not [code for s in crowds for code in s if code.startswith("IGO")], crowds


def test_an_embedded_question_keeps_the_speakers_out(pipeline) -> None:
    text = ("قال وزير الدفاع العراقي إن تنظيم الدولة الإسلامية أعدم ألفي عراقي. ولم يستطع مسؤولو الوزارة تأكيد متى "
            "وقعت عمليات الإعدام وكيف تمت.")
    executions = [s for c, s, _t in coded_parties(pipeline, text, date(2015, 8, 8)) if c == "186"]
    assert executions and all("IRQMIL" not in s for s in executions), executions


def test_the_kingdom_condemns_through_its_cabinet(pipeline) -> None:
    # «المملكة» after a Saudi body, then a second noun with its pronoun before the object with ل: the kingdom
    # condemns, the settlers are condemned
    text = ("أكدت السعودية موقفها. وجدد مجلس الوزراء إدانة المملكة واستنكارها للجريمة الإرهابية البشعة التي نفذها "
            "مستوطنون إسرائيليون في قرية دوما.")
    assert ("111", ["SAUGOV"], ["ISRSET"]) in coded_parties(pipeline, text, DAY)


def test_a_statement_nouns_genitive_is_its_author(pipeline) -> None:
    text = "أعلنت السعودية موقفها. وأكد المجلس إدانة المملكة للتفجير الإرهابي في الكويت."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "111"] == [["SAUGOV"]]


def test_the_leader_of_a_coalition_is_not_its_target(pipeline) -> None:
    text = ("أعلنت السعودية أن التحالف العربي سيواصل عملياته. وفي غضون ذلك، قصفت طائرات التحالف بقيادة المملكة، "
            "مخازن الأسلحة في اللواء الخامس.")
    assert parties_of(pipeline, text, "195", DAY) == [(["SAUMIL"], [])]
