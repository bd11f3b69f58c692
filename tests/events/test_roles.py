"""Role rules that depend on the event (hadath.events.roles and the coder's argument finding).

Sentences are written for these tests; actor mentions are placed by hand, as the actor stage would
leave them (a bare country has no sector, an unnamed agent has no country).
"""

from __future__ import annotations

from datetime import date

import pytest

from hadath.model import ActorMention, Article, Document, PlaceMention
from tests.events.test_coder import codes, only


@pytest.fixture
def code_text(text_stage, event_stage):
    """Run text + event stages with mentions given as (surface, actor_code, country, sector)."""

    def build(text: str, actors=(), places=()) -> Document:
        doc = text_stage(Document(Article(id="r", text=text, date=date(2024, 5, 2))))
        for surface, code, country, sector in actors:
            s = text.index(surface)
            doc.entities.append(ActorMention(s, s + len(surface), surface, actor_code=code, country=country,
                                             sector=sector, how="test"))
        for surface, name, country in places:
            s = text.index(surface)
            doc.places.append(PlaceMention(s, s + len(surface), surface, name, country=country))
        return event_stage(doc)

    return build


def test_a_country_acting_is_its_state(code_text):
    doc = code_text("اتهمت الجزائر المغرب بالتجسس على مسؤوليها.",
                    actors=[("الجزائر", "DZA", "DZA", None), ("المغرب", "MAR", "MAR", None)])
    e = only(doc, "ACCUSE")
    assert codes(e.source) == ["DZAGOV"] and codes(e.target) == ["MARGOV"]
    assert "state-actor" in e.source[0].how
    assert doc.entities[0].actor_code == "DZA"  # the actor stage's mention is left as it was


def test_a_country_using_force_is_its_military(code_text):
    doc = code_text("قصفت تركيا مواقع في شمال العراق.", actors=[("تركيا", "TUR", "TUR", None)],
                    places=[("العراق", "Iraq", "IRQ")])
    assert codes(only(doc, "ASSAULT").source) == ["TURMIL"]


def test_aid_to_a_place_keeps_the_country(code_text):
    doc = code_text("أرسلت الكويت مساعدات طبية إلى غزة.", actors=[("الكويت", "KWT", "KWT", None)],
                    places=[("غزة", "Gaza", "PSE")])
    e = only(doc, "AID")
    assert (e.cameo, codes(e.source), codes(e.target)) == ("073", ["KWTGOV"], ["PSE"])


def test_unnamed_agent_takes_the_country_of_the_event(code_text):
    doc = code_text("تظاهر مئات العمال في مدينة صفاقس للمطالبة بزيادة الأجور.",
                    actors=[("العمال", "LAB", None, "LAB")], places=[("صفاقس", "Sfax", "TUN")])
    e = only(doc, "PROTEST")
    assert codes(e.source) == ["TUNLAB"]
    assert codes(e.target) == ["TUNGOV"]  # a domestic protest targets its own government (GUIDELINES §1)


def test_unnamed_agent_takes_the_country_of_the_state_it_deals_with(code_text):
    doc = code_text("أفرجت السلطات البحرينية عن عشرات المعتقلين.",
                    actors=[("السلطات البحرينية", "BHRGOV", "BHR", "GOV"), ("المعتقلين", "CVL", None, "CVL")])
    assert codes(only(doc, "RETREAT").target) == ["BHRCVL"]


def test_coordinated_country_takes_its_partner_sector(code_text):
    text = "أجرت القوات المصرية والسعودية مناورات مشتركة في البحر الأحمر."
    doc = text_doc = code_text(text, actors=[])
    s = text.index("القوات")
    e_ = text.index("والسعودية") + len("والسعودية")
    members = [ActorMention(s, e_, "القوات المصرية", actor_code="EGYMIL", country="EGY", sector="MIL"),
               ActorMention(s, e_, "السعودية", actor_code="SAU", country="SAU")]
    text_doc.entities.append(ActorMention(s, e_, text[s:e_], members=members, how="test"))
    from hadath.events.stage import EventStage

    doc = EventStage.load()(text_doc)
    e = only(doc, "COOPERATE")
    assert sorted(codes(e.source)) == ["EGYMIL", "SAUMIL"]


def test_nisba_after_a_noun_trigger_is_its_source(code_text):
    doc = code_text("قُتل ثلاثة مدنيين في غارة إسرائيلية على بلدة في جنوب لبنان.",
                    places=[("لبنان", "Lebanon", "LBN")])
    e = only(doc, "ASSAULT")
    assert codes(e.source) == ["ISRMIL"]
    assert codes(e.target) == ["LBNCVL"]  # the counted civilians, country from the event's place
    assert e.size.dead == 3


def test_nisba_after_a_military_noun_is_an_actor(code_text):
    doc = code_text("قصفت المدفعية التركية مواقع لحزب العمال الكردستاني في ريف حلب.",
                    actors=[("حزب العمال الكردستاني", "TURREBPKK", "TUR", "REB")])
    e = only(doc, "ASSAULT")
    assert codes(e.source) == ["TURMIL"]
    assert codes(e.target) == ["TURREBPKK"]  # "مواقع لـ": the container's object, not an agent


def test_container_keeps_its_preposition(code_text):
    doc = code_text("شن تنظيم داعش هجوماً على دورية للجيش العراقي قرب تكريت.",
                    actors=[("تنظيم داعش", "IMGMUSISI", None, None), ("جيش العراقي", "IRQMIL", "IRQ", "MIL")])
    e = only(doc, "ASSAULT")
    assert codes(e.source) == ["IMGMUSISI"] and codes(e.target) == ["IRQMIL"]


def test_exposed_party_is_the_target(code_text):
    doc = code_text("تعرض موكب وزير الداخلية اليمني لهجوم مسلح في عدن.",
                    actors=[("وزير الداخلية اليمني", "YEMGOV", "YEM", "GOV")])
    e = only(doc, "ASSAULT")
    assert codes(e.source) == [] and codes(e.target) == ["YEMGOV"]


def test_passive_arrest_counts_people_as_targets(code_text):
    doc = code_text("اعتُقل خمسة أشخاص في مدينة الموصل فجر اليوم.", places=[("الموصل", "Mosul", "IRQ")])
    e = only(doc, "COERCE")
    assert codes(e.source) == [] and codes(e.target) == ["IRQCVL"]
    assert e.size.arrested == 5


def test_counted_people_are_no_actors_of_a_meeting(code_text):
    doc = code_text("التقى رئيس الوزراء الأردني عدداً من المواطنين في مكتبه.",
                    actors=[("رئيس الوزراء الأردني", "JORGOV", "JOR", "GOV")])
    assert codes(only(doc, "CONSULT").target) == []


def test_pronoun_subject_is_the_speaker_and_future_retreat_is_concede(code_text):
    doc = code_text("أعلنت واشنطن أنها ستسحب ألف جندي من العراق قبل نهاية العام.",
                    actors=[("واشنطن", "USAGOV", "USA", "GOV")], places=[("العراق", "Iraq", "IRQ")])
    e = only(doc, "CONCEDE")  # PLOVER: an announced future withdrawal is CONCEDE
    assert e.status == "intended"
    assert codes(e.source) == ["USAGOV"] and codes(e.target) == ["IRQ"]


def test_a_threat_is_asserted_though_it_speaks_of_the_future(code_text):
    doc = code_text("هددت الصين بأنها ستتخذ إجراءات مضادة ضد الشركات الأمريكية.",
                    actors=[("الصين", "CHN", "CHN", None), ("الشركات الأمريكية", "USABUS", "USA", "BUS")])
    e = only(doc, "THREATEN")
    assert e.status == "asserted" and codes(e.source) == ["CHNGOV"]


def test_state_of_alert_is_no_condition(code_text):
    doc = code_text("وضعت كوريا الشمالية قواتها في حالة تأهب قصوى.",
                    actors=[("كوريا الشمالية", "PRK", "PRK", None)])
    e = only(doc, "MOBILIZE")
    assert e.status == "asserted" and codes(e.source) == ["PRKMIL"]


def test_concession_to_a_foreign_state_implies_no_domestic_target(code_text):
    doc = code_text("تراجعت فرنسا عن مبادرتها بشأن لبنان بعد اعتراضات واسعة.",
                    actors=[("فرنسا", "FRA", "FRA", None), ("لبنان", "LBN", "LBN", None)])
    e = only(doc, "CONCEDE")
    assert codes(e.source) == ["FRAGOV"] and "FRACVL" not in codes(e.target)


def test_domestic_concession_implies_the_population(code_text):
    doc = code_text("ألغت الحكومة المغربية قراراً برفع أسعار غاز الطهي.",
                    actors=[("الحكومة المغربية", "MARGOV", "MAR", "GOV")])
    e = only(doc, "CONCEDE")
    assert codes(e.target) == ["MARCVL"] and e.target[0].how == "implied-domestic"


def test_recalling_own_ambassador_is_not_summoning(code_text):
    doc = code_text("استدعت تونس سفيرها لدى ليبيا للتشاور.",
                    actors=[("تونس", "TUN", "TUN", None), ("ليبيا", "LBY", "LBY", None)])
    e = only(doc, "SANCTION")
    assert e.cameo == "161" and codes(e.source) == ["TUNGOV"] and codes(e.target) == ["LBYGOV"]
    assert not [x for x in doc.events if x.event_type == "ACCUSE"]


def test_trigger_starts_match_the_full_walk(event_stage, text_stage):
    text = "وأكد البيان أن الوزير التقى نظيره واتفقا على تعزيز التعاون، فيما استمر القصف على المدينة."
    sent = text_stage(Document(Article(id="s", text=text))).sentences[0]
    starts = event_stage.coder.trigger_starts(sent.tokens)
    walked = event_stage.lexicon.triggers.find(sent.tokens)
    assert [m.first for m in event_stage.lexicon.triggers.find(sent.tokens, starts=starts)] == [m.first for m in walked]
    assert event_stage.coder.trigger_starts(sent.tokens) == starts  # the per-word cache answers the same


def test_a_government_protest_is_a_diplomatic_complaint(code_text):
    doc = code_text("احتجت وزارة الخارجية الباكستانية على انتهاك الهند لاتفاق وقف إطلاق النار.",
                    actors=[("وزارة الخارجية الباكستانية", "PAKGOV", "PAK", "GOV"), ("الهند", "IND", "IND", None)])
    assert not [e for e in doc.events if e.event_type == "PROTEST"]
    e = only(doc, "ACCUSE")
    assert (e.cameo, e.mode, codes(e.source)) == ("114", "disapprove", ["PAKGOV"])


def test_in_protest_of_is_the_purpose_of_another_act(code_text):
    doc = code_text("استدعت المغرب سفيرتها من السويد احتجاجاً على حرق نسخة من المصحف.",
                    actors=[("المغرب", "MAR", "MAR", None), ("السويد", "SWE", "SWE", None)])
    assert [e.event_type for e in doc.events] == ["SANCTION"]


def test_road_deaths_are_no_assault(code_text):
    doc = code_text("قتل ثلاثة أشخاص وأصيب خمسة في حادث سير على طريق المطار.")
    assert doc.events == []


def test_here_is_not_congratulate(code_text):
    doc = code_text("هنا تلتقي مصالح الرياض والقاهرة في ملف البحر الأحمر.",
                    actors=[("الرياض", "SAUGOV", "SAU", "GOV"), ("القاهرة", "EGYGOV", "EGY", "GOV")])
    assert not [e for e in doc.events if e.event_type == "SUPPORT"]


def test_a_meeting_during_a_visit_is_part_of_it(code_text):
    doc = code_text("وصل وزير الخارجية التركي إلى القاهرة في زيارة رسمية يلتقي خلالها الرئيس المصري.",
                    actors=[("وزير الخارجية التركي", "TURGOV", "TUR", "GOV"), ("الرئيس المصري", "EGYGOV", "EGY", "GOV")])
    e = only(doc, "CONSULT")
    assert e.cameo == "042" and codes(e.source) == ["TURGOV"]


def test_a_warning_speaker_is_the_pronoun_subject(code_text):
    doc = code_text("حذرت كوريا الشمالية من أنها ستتخذ إجراءات مضادة ضد المناورات المشتركة.",
                    actors=[("كوريا الشمالية", "PRK", "PRK", None)])
    e = only(doc, "THREATEN")
    assert codes(e.source) == ["PRKGOV"] and e.status == "asserted"


def test_a_denial_is_not_part_of_the_claim_it_denies(code_text):
    doc = code_text("زعمت صحف محلية أن الشرطة اعتقلت صحفيين، وهو ما نفته وزارة الداخلية.",
                    actors=[("صحف محلية", "MED", None, "MED"), ("الشرطة", "JORCOP", "JOR", "COP"),
                            ("وزارة الداخلية", "JORCOP", "JOR", "COP")])
    denial = only(doc, None, "01")
    assert denial.cameo == "016" and denial.status == "asserted"
    assert only(doc, "COERCE").status == "denied"


def test_a_source_named_after_the_report_makes_it_a_claim(code_text):
    doc = code_text("قُتل أربعة مدنيين في قصف على بلدة معرة النعمان، بحسب تقرير لمنظمة العفو الدولية.",
                    actors=[("منظمة العفو الدولية", "NGOAMN", None, None)], places=[("معرة النعمان", "Maarat", "SYR")])
    assert only(doc, "ASSAULT").status == "claimed"


def test_the_actor_reporting_its_own_act_is_asserted(code_text):
    doc = code_text("اعتقلت الشرطة المصرية عشرة أشخاص في الجيزة، وفق بيان لوزارة الداخلية المصرية.",
                    actors=[("الشرطة المصرية", "EGYCOP", "EGY", "COP"), ("وزارة الداخلية المصرية", "EGYCOP", "EGY", "COP")])
    assert only(doc, "COERCE").status == "asserted"


def test_a_monitor_reporting_an_unnamed_actor_is_a_claim(code_text):
    doc = code_text("قال المرصد الحقوقي إن مسلحين قصفوا أحياء سكنية في المدينة.",
                    actors=[("المرصد الحقوقي", "SYRHRI", "SYR", "HRI")], places=[("المدينة", "City", "SYR")])
    assert only(doc, "ASSAULT").status == "claimed"


def test_a_root_sin_is_no_future(code_text):
    doc = code_text("سيطرت القوات الحكومية على مدينة سرت بعد معارك استمرت أسبوعين.",
                    actors=[("القوات الحكومية", "LBYMIL", "LBY", "MIL")])
    assert only(doc, "COERCE").status == "asserted"


def test_a_container_object_of_a_verbal_noun_is_the_target(code_text):
    doc = code_text("أدى قصف مواقع تنظيم داعش قرب الرقة إلى تدمير مخازن أسلحة.",
                    actors=[("تنظيم داعش", "IMGMUSISI", None, None)])
    e = only(doc, "ASSAULT")
    assert codes(e.source) == [] and codes(e.target) == ["IMGMUSISI"]


def test_a_verbless_headline_is_a_visit(code_text):
    doc = code_text("وزير الخارجية الأردني في بيروت لبحث ملف اللاجئين",
                    actors=[("وزير الخارجية الأردني", "JORGOV", "JOR", "GOV")], places=[("بيروت", "Beirut", "LBN")])
    e = only(doc, "CONSULT")
    assert (e.cameo, e.mode, codes(e.source), codes(e.target)) == ("042", "visit", ["JORGOV"], ["LBNGOV"])
    doc = code_text("وزير الخارجية الأردني في عمّان بعد جولة أوروبية",
                    actors=[("وزير الخارجية الأردني", "JORGOV", "JOR", "GOV")], places=[("عمّان", "Amman", "JOR")])
    assert doc.events == []  # at home: no visit


def test_denial_with_adverbials_before_its_complement():
    """The denier and a date may stand between نفت and what it denies; the denied act keeps the denier's forces."""
    import hadath

    events = hadath.code("نفت وزارة الدفاع الروسية، اليوم الخميس، أن تكون طائراتها قد شنت غارات على بلدة "
                         "كفرنبل في ريف إدلب.", date="2019-06-13")
    strikes = [e for e in events if e.event_type == "ASSAULT"]
    assert strikes and all(e.status == "denied" for e in strikes)
    assert [a.actor_code for a in strikes[0].source] == ["RUSMIL"]
    assert strikes[0].denied_by
