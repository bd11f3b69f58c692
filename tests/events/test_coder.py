"""Event coding on sentences written for these tests, with hand-made actor, place and date mentions."""

from __future__ import annotations

from hadath.model import Event
from tests.events.helpers import codes


def assert_coded_once(doc, event_type: str | None, cameo: str, source: list[str]) -> Event:
    """Exactly one event of this type under this CAMEO root, with this code, asserted, by these actors."""
    found = [e for e in doc.events if e.event_type == event_type and e.cameo[:2] == cameo[:2]]
    assert len(found) == 1, [(e.event_type, e.cameo, e.trigger.text) for e in doc.events]
    event = found[0]
    assert event.cameo == cameo
    assert event.status == "asserted"
    assert sorted(codes(event.source)) == sorted(source)
    return event


def only(doc, event_type: str | None = None, cameo_root: str | None = None) -> Event:
    found = [e for e in doc.events if (event_type is None or e.event_type == event_type)
             and (cameo_root is None or e.cameo_root == cameo_root)]
    assert len(found) == 1, [(e.event_type, e.cameo, e.trigger.text) for e in doc.events]
    return found[0]


# ---------------------------------------------------------------- roles

def test_vso_arrest_with_place_and_count(make_doc):
    doc = make_doc("اعتقلت الشرطة التركية عشرين صحفياً في مدينة إسطنبول يوم الثلاثاء.",
                   actors=[("الشرطة التركية", "TURCOP"), ("صحفياً", "TURMED")],
                   places=[("إسطنبول", "Istanbul", "TUR")], dates=[("يوم الثلاثاء", "2024-03-05", "day")])
    e = only(doc, "COERCE")
    assert (e.cameo, e.mode, e.status) == ("173", "arrest", "asserted")
    assert codes(e.source) == ["TURCOP"]
    assert e.location is not None and e.location.name == "Istanbul"
    assert (e.date, e.date_precision, e.date_text) == ("2024-03-05", "day", "يوم الثلاثاء")
    assert e.size.arrested == 20
    assert doc.text[e.trigger.start:e.trigger.end] == "اعتقلت"
    assert e.evidence.start <= e.trigger.start < e.trigger.end <= e.evidence.end


def test_svo_compound_subject_is_reciprocal(make_doc):
    doc = make_doc("وكانت مصر والسودان اتفقتا أمس على تنسيق المواقف.", actors=[("مصر والسودان", ["EGY", "SDN"])])
    e = only(doc, "AGREE")
    # a country acting is its state (GUIDELINES §1); a joint act: both members on both sides
    assert codes(e.source) == ["EGYGOV", "SDNGOV"]
    assert codes(e.target) == ["EGYGOV", "SDNGOV"]


def test_prepositional_target_and_light_verb(make_doc):
    doc = make_doc("فرضت وزارة الخزانة الأمريكية عقوبات جديدة على شركات إيرانية.",
                   actors=[("وزارة الخزانة الأمريكية", "USAGOV"), ("شركات إيرانية", "IRNBUS")])
    e = only(doc, "SANCTION")
    assert (e.cameo, e.mode) == ("163", "discontinue")
    assert codes(e.source) == ["USAGOV"] and codes(e.target) == ["IRNBUS"]
    assert e.quad_class == 4 and e.goldstein < 0 and e.intensity is not None


def test_noun_with_counterpart_keeps_direction(make_doc):
    doc = make_doc("بحث وزير الخارجية الأردني في اتصال هاتفي مع نظيره المصري تطورات الأوضاع.",
                   actors=[("وزير الخارجية الأردني", "JORGOV"), ("نظيره المصري", "EGYGOV")])
    e = only(doc, "CONSULT")
    assert (e.cameo, e.mode) == ("041", "phone")
    assert codes(e.source) == ["JORGOV"] and codes(e.target) == ["EGYGOV"]


def test_passive_with_adjective_source_and_word_count(make_doc):
    doc = make_doc("قُتل خمسة عشر مدنياً في غارة روسية على بلدة في ريف إدلب.",
                   actors=[("روسية", "RUSMIL")], places=[("ريف إدلب", "Idlib countryside", "SYR")])
    e = only(doc, "ASSAULT")
    assert (e.cameo, e.mode) == ("195", "aerial")
    assert codes(e.source) == ["RUSMIL"]
    assert e.size.dead == 15


def test_agent_after_lam(make_doc):
    doc = make_doc("سقط 7 قتلى في غارات للطيران الحربي التابع للنظام على حي سكني.",
                   actors=[("للنظام", "SYRMIL")])
    e = only(doc, "ASSAULT")
    assert e.size.dead == 7


def test_no_source_is_not_guessed(make_doc):
    doc = make_doc("انفجرت عبوة ناسفة قرب سوق شعبي في مدينة الموصل ما أدى إلى إصابة ثلاثة أشخاص.",
                   places=[("الموصل", "Mosul", "IRQ")])
    e = only(doc, "ASSAULT")
    assert e.source == []
    # the people its toll counts are its target (round 96), civilians of the country the place gives
    assert [a.actor_code for a in e.target] == ["IRQCVL"]
    assert e.size.injured == 3
    assert e.location is not None and e.location.name == "Mosul"


def test_pronoun_subject_gives_no_actor(make_doc):
    doc = make_doc("وهذا يتفق مع موقف الحكومة الفرنسية.", actors=[("الحكومة الفرنسية", "FRAGOV")])
    assert doc.events == []


def test_host_of_a_meeting_in_its_capital(make_doc):
    doc = make_doc("استقبل الرئيس الروسي في موسكو نظيره التركي.",
                   actors=[("الرئيس الروسي", "RUSGOV"), ("نظيره التركي", "TURGOV")],
                   places=[("موسكو", "Moscow", "RUS")])
    e = only(doc, "CONSULT")
    assert (e.cameo, e.mode) == ("043", "visit")
    assert codes(e.source) == ["RUSGOV"] and codes(e.target) == ["TURGOV"]


def test_caller_of_a_received_call_is_the_source(make_doc):
    doc = make_doc("تلقى أمير قطر اتصالاً هاتفياً من الرئيس الفرنسي.",
                   actors=[("أمير قطر", "QATGOV"), ("الرئيس الفرنسي", "FRAGOV")])
    e = only(doc, "CONSULT")
    assert codes(e.source) == ["FRAGOV"] and codes(e.target) == ["QATGOV"]


# ---------------------------------------------------------------- status

def test_claimed_by_third_party_speaker(make_doc):
    doc = make_doc("قال المرصد السوري إن القوات الحكومية قصفت بلدة كفرنبل بالمدفعية.",
                   actors=[("المرصد السوري", "NGO", "NGO"), ("القوات الحكومية", "SYRMIL")])
    e = only(doc, "ASSAULT")
    assert e.status == "claimed"
    assert e.cameo == "194"  # the artillery complement refines the code


def test_asserted_when_the_actor_speaks(make_doc):
    doc = make_doc("قال الجيش الإسرائيلي إن طائراته قصفت مواقع لحماس في غزة.",
                   actors=[("الجيش الإسرائيلي", "ISRMIL"), ("طائراته", "ISRMIL"), ("لحماس", "PSEREBHMS")])
    e = only(doc, "ASSAULT")
    assert e.status == "asserted"


def test_claim_verb_and_reported_by(make_doc):
    doc = make_doc("زعمت وكالة رويترز أن طائرات روسية قصفت مستشفى في حلب.",
                   actors=[("رويترز", "GBRMED", "MED", "Reuters"), ("طائرات روسية", "RUSMIL")],
                   places=[("حلب", "Aleppo", "SYR")])
    e = only(doc, "ASSAULT")
    assert e.status == "claimed"
    assert e.reported_by == ["Reuters"]


def test_denial_is_linked_and_absorbs_the_later_claim(make_doc):
    doc = make_doc("نفت وزارة الدفاع الروسية ما تناقلته وسائل إعلام عن «غارات لسلاح الجو الروسي على حلب». "
                   "وكانت وكالة رويترز زعمت أن 12 شخصاً قتلوا في غارات للطيران الروسي على حلب.",
                   actors=[("وزارة الدفاع الروسية", "RUSMIL"), ("وسائل إعلام", "MED", "MED"),
                           ("لسلاح الجو الروسي", "RUSMIL"), ("رويترز", "GBRMED", "MED", "Reuters"),
                           ("للطيران الروسي", "RUSMIL")],
                   places=[("حلب", "Aleppo", "SYR")])
    assault = only(doc, "ASSAULT")
    denial = only(doc, None, "01")
    assert denial.cameo == "016" and codes(denial.source) == ["RUSMIL"]
    assert assault.status == "denied"
    assert assault.denied_by == ["RUSMIL"]
    assert assault.denied_in == denial.id and denial.denies == assault.id
    assert "Reuters" in assault.reported_by and "وسائل إعلام" in assault.reported_by
    assert assault.size.dead == 12
    assert len(assault.mentions) == 2


def test_denial_after_the_claim_in_one_sentence(make_doc):
    doc = make_doc("زعمت وسائل إعلام أن الجيش الأمريكي اعتقل بحارة إيرانيين، وهو ما نفته القيادة المركزية الأمريكية.",
                   actors=[("وسائل إعلام", "MED", "MED"), ("الجيش الأمريكي", "USAMIL"), ("بحارة إيرانيين", "IRNMIL"),
                           ("القيادة المركزية الأمريكية", "USAMIL")])
    e = only(doc, "COERCE")
    assert e.status == "denied" and e.denied_by == ["USAMIL"]


def test_hope_statement_and_hoped_event(make_doc):
    doc = make_doc("أعرب الرئيس الفرنسي عن أمله في التوصل إلى اتفاق مع الجانب الإيراني.",
                   actors=[("الرئيس الفرنسي", "FRAGOV"), ("الجانب الإيراني", "IRNGOV")])
    statement = only(doc, None, "01")
    assert statement.cameo == "013" and statement.event_type is None and statement.mode is None
    hoped = only(doc, "AGREE")
    assert hoped.status == "hoped"


def test_conviction_that_things_will_improve_is_an_optimistic_comment(make_doc):
    doc = make_doc("أعربت وزيرة الخارجية الكندية عن قناعتها بأن العلاقات مع الهند ستتحسن.",
                   actors=[("وزيرة الخارجية الكندية", "CANGOV"), ("الهند", "IND")])
    statement = only(doc, None, "01")
    assert statement.cameo == "013" and [a.actor_code for a in statement.source] == ["CANGOV"]


def test_future_meeting_is_intended_agree(make_doc):
    doc = make_doc("من المقرر أن يزور الرئيس الجزائري موسكو الشهر المقبل.",
                   actors=[("الرئيس الجزائري", "DZAGOV"), ("موسكو", "RUSGOV")])
    e = only(doc, "AGREE")
    assert (e.cameo, e.status) == ("036", "intended")


def test_future_prefix_on_light_verb(make_doc):
    doc = make_doc("سيفرض الاتحاد الأوروبي عقوبات على مسؤولين في بيلاروسيا.",
                   actors=[("الاتحاد الأوروبي", "IGOEUREEC")])
    assert only(doc, "SANCTION").status == "intended"


def test_negated(make_doc):
    doc = make_doc("لم تقصف الطائرات الأمريكية أي أهداف داخل الأراضي العراقية.",
                   actors=[("الطائرات الأمريكية", "USAMIL")])
    assert only(doc, "ASSAULT").status == "negated"


def test_hypothetical_and_conditional_threat(make_doc):
    doc = make_doc("هدد الرئيس التركي بفرض عقوبات على الشركات الأوروبية إذا لم تسحب استثماراتها.",
                   actors=[("الرئيس التركي", "TURGOV"), ("الشركات الأوروبية", "EURBUS")])
    threat = only(doc, "THREATEN")
    assert (threat.cameo, threat.status) == ("1312", "asserted")
    assert not [e for e in doc.events if e.event_type == "SANCTION"]  # the threatened act is its content
    doc = make_doc("إذا هاجمت إيران ناقلات النفط في الخليج فإن الرد سيكون قاسياً.", actors=[("إيران", "IRN")])
    assert only(doc, "ASSAULT").status == "hypothetical"


# ---------------------------------------------------------------- negatives and quotes

def test_hard_negatives(make_doc):
    assert make_doc("اشتعلت حرب الأسعار بين شركات الاتصالات في السوق المحلية.").events == []
    assert make_doc("هاجم المدافع مرمى الفريق المنافس في الشوط الثاني من المباراة.").events == []
    assert make_doc("انفجرت أسطوانة غاز في مطعم بمدينة الزرقاء.", places=[("الزرقاء", "Zarqa", "JOR")]).events == []
    doc = make_doc("قال الوزير إن المحادثات كانت مثمرة.", actors=[("الوزير", "JORGOV")])
    assert [e.event_type for e in doc.events] in ([], ["CONSULT"])
    assert all(e.cameo_root != "01" for e in doc.events)  # a plain قال is not a statement record


def test_quotes_with_speaker_and_cue(make_doc):
    doc = make_doc("وقال وزير الخارجية السعودي: «نرفض أي تدخل في شؤوننا الداخلية».",
                   actors=[("وزير الخارجية السعودي", "SAUGOV")])
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.text.startswith("«") and q.text.endswith("»")
    assert q.speaker is not None and q.speaker.actor_code == "SAUGOV"
    assert q.cue is not None and q.cue.text == "وقال"
    doc = make_doc("أكد المتحدث باسم الحكومة العراقية أن الانتخابات ستجري في موعدها.",
                   actors=[("المتحدث باسم الحكومة العراقية", "IRQGOV")])
    q = doc.quotes[0]
    assert q.text.startswith("الانتخابات") and q.speaker.actor_code == "IRQGOV"


def test_record_fields(make_doc):
    doc = make_doc("شنت مقاتلات إسرائيلية غارات على مواقع في جنوب لبنان.",
                   actors=[("مقاتلات إسرائيلية", "ISRMIL")], places=[("جنوب لبنان", "South Lebanon", "LBN")])
    e = only(doc, "ASSAULT")
    rec = e.to_record()
    assert rec["cameo_root"] == "19" and rec["pattern"] == e.pattern and e.pattern.startswith("assault.")
    assert rec["coder_version"] and rec["lexicon_version"] == "test"
    assert e.id == Event.make_id("t", e.sentence, e.trigger.start, e.cameo)
    assert e.date == "2024-03-10" and e.date_text is None  # publication date fallback
    assert e.confidence < 0.8
