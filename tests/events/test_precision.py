"""Precision and status rules: words that look like acts but are not, and the cues that set a status.

Each rule pairs a sentence where the trigger word is no act (or carries the status) with a control where
the same kind of act is told plainly, so a filter that swallowed everything would fail too.  Every
sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.events.frames import _inside_quote, _tag_line
from hadath.events.status import _future_auxiliary
from hadath.text.tokens import Tokenizer


def types(doc) -> list[str | None]:
    return [e.event_type or f"CAMEO:{e.cameo_root}" for e in doc.events]


def coded(make_doc, text: str, actors=(), places=(), **kw):
    """Code ``text`` with those of the hand-made mentions that occur in it."""
    return make_doc(text, actors=[a for a in actors if a[0] in text], places=[p for p in places if p[0] in text], **kw)


def status_of(doc, event_type: str) -> str:
    found = [e.status for e in doc.events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.status, e.trigger.text) for e in doc.events]
    return found[0]


@pytest.fixture(scope="module")
def tokenize():
    tok = Tokenizer()
    return lambda text: tok.tokenize(text)


# ---------------------------------------------------------------- words that are not acts

def test_tag_line_is_no_news(make_doc, tokenize):
    assert _tag_line(tokenize("وسوم روسيا غارات حلب"))
    assert not _tag_line(tokenize("شنت روسيا غارات على حلب."))
    doc = make_doc("سمات روسيا غارات حلب", actors=[("روسيا", "RUS")], places=[("حلب", "Aleppo", "SYR")])
    assert doc.events == []
    plain = make_doc("شنت روسيا غارات على حلب.", actors=[("روسيا", "RUS")], places=[("حلب", "Aleppo", "SYR")])
    assert "ASSAULT" in types(plain)


@pytest.mark.parametrize("text", [
    "تفقد وزير العدل الأردني مركز الاعتقال في مدينة الزرقاء.",
    "وصلت كاسحات ألغام أردنية إلى ميناء العقبة.",
    "ناقش النواب الأردنيون قانون حظر التدخين في مدينة الزرقاء.",
])
def test_trigger_noun_inside_a_compound_names_a_thing(make_doc, text):
    doc = make_doc(text, actors=[("وزير العدل الأردني", "JORGOV")] if "وزير" in text else [],
                   places=[("الزرقاء", "Zarqa", "JOR")] if "الزرقاء" in text else [("العقبة", "Aqaba", "JOR")])
    assert not {"COERCE", "ASSAULT"} & set(types(doc)), types(doc)


def test_arrest_told_plainly_is_coded(make_doc):
    doc = make_doc("اعتقلت الشرطة الأردنية عشرة أشخاص في مدينة الزرقاء.",
                   actors=[("الشرطة الأردنية", "JORCOP")], places=[("الزرقاء", "Zarqa", "JOR")])
    assert "COERCE" in types(doc)


def test_participle_names_the_accused_not_an_accusation(make_doc):
    actors = [("محكمة مصرية", "EGYJUD"), ("وزير الخارجية الإيراني", "IRNGOV"), ("واشنطن", "USA")]
    defendants = coded(make_doc, "أجلت محكمة مصرية النطق بالحكم على عشرين رجلاً متهمين بتشكيل خلية مسلحة.", actors=actors)
    article = coded(make_doc, "استمعت محكمة مصرية إلى أقوال المتهمين في القضية.", actors=actors)
    accusing = coded(make_doc, "هاجم وزير الخارجية الإيراني واشنطن متهماً إياها بدعم الإرهاب.", actors=actors)
    assert "ACCUSE" not in types(defendants)
    assert "ACCUSE" not in types(article)
    assert "ACCUSE" in types(accusing)


def test_present_verb_in_a_relative_clause_describes(make_doc):
    places = [("الحدود اللبنانية", "Lebanon border", "LBN")]
    generic = make_doc("حذر الجيش من الجماعات المسلحة التي تهاجم القرى قرب الحدود اللبنانية.", places=places)
    told = make_doc("قتل الجيش المسلحين الذين هاجموا القرى قرب الحدود اللبنانية.", places=places)
    assert "ASSAULT" not in types(generic)
    assert "ASSAULT" in types(told)


def test_verb_form_after_a_preposition_is_a_verbal_noun(make_doc):
    actors = [("الحكومة الأردنية", "JORGOV"), ("الجيش الأردني", "JORMIL")]
    noun = coded(make_doc, "أكدت الحكومة الأردنية حرصها على دعم الاقتصاد الوطني.", actors=actors)
    undertaken = coded(make_doc, "تمكن الجيش الأردني من قتل ثلاثة مهربين قرب الحدود.", actors=actors)
    assert "SUPPORT" not in types(noun)
    assert "ASSAULT" in types(undertaken)


def test_example_after_mithl_is_no_act_told(make_doc):
    doc = make_doc("برر المتهم السلوك المتطرف مثل قتل الطيار الأردني.", actors=[("الطيار الأردني", "JORMIL")])
    assert "ASSAULT" not in types(doc)


def test_first_person_outside_quotes_is_the_writer(make_doc):
    actors = [("مسؤولاً في وزارة الصحة الأردنية", "JORGOV"), ("الوزير الأردني", "JORGOV"), ("نظيرنا السوري", "SYRGOV")]
    reporter = coded(make_doc, "والتقينا مسؤولاً في وزارة الصحة الأردنية للحديث عن المستشفيات.", actors=actors)
    quoted = coded(make_doc, "قال الوزير الأردني: «التقينا نظيرنا السوري في دمشق».", actors=actors,
                      places=[("دمشق", "Damascus", "SYR")])
    assert "CONSULT" not in types(reporter)
    assert "CONSULT" in types(quoted)


def test_quote_tracking():
    tokens = Tokenizer().tokenize("قال الوزير: «التقينا أمس» ثم غادر")
    inside = [t.text for k, t in enumerate(tokens) if _inside_quote(tokens, k)]
    assert inside == ["التقينا", "أمس", "»"]


@pytest.mark.parametrize("text", [
    "قام مدير التعليم السعودي بزيارة تفقدية لمدارس المحافظة.",
    "زار وزير الصحة السعودي مستشفى الملك فهد في جدة.",
    "ناقش وزير التعليم السعودي في ندوة بجامعة الملك سعود تطوير المناهج مع الخبراء.",
])
def test_domestic_routine_visits_and_seminars(make_doc, text):
    actors = [(s, "SAUGOV") for s in ("مدير التعليم السعودي", "وزير الصحة السعودي", "وزير التعليم السعودي") if s in text]
    places = [("جدة", "Jeddah", "SAU")] if "جدة" in text else []
    assert "CONSULT" not in types(make_doc(text, actors=actors, places=places))


def test_foreign_visit_stays_a_visit(make_doc):
    doc = make_doc("زار وزير الخارجية التركي القاهرة والتقى نظيره المصري.",
                   actors=[("وزير الخارجية التركي", "TURGOV"), ("نظيره المصري", "EGYGOV")],
                   places=[("القاهرة", "Cairo", "EGY")])
    assert "CONSULT" in types(doc)


def test_searching_for_is_not_discussing(make_doc):
    actors = [("فرق الإنقاذ المصرية", "EGYGOV"), ("فرق تركية", "TURGOV"), ("وزير الخارجية المصري", "EGYGOV"),
              ("نظيره التركي", "TURGOV")]
    search = coded(make_doc, "خرجت فرق الإنقاذ المصرية بحثاً عن ناجين مع فرق تركية.", actors=actors)
    talks = coded(make_doc, "بحث وزير الخارجية المصري مع نظيره التركي سبل تعزيز العلاقات.", actors=actors)
    assert "CONSULT" not in types(search)
    assert "CONSULT" in types(talks)


def test_legal_time_limit_is_no_ultimatum(make_doc):
    actors = [("المحكمة الأوروبية", "IGOEUREEC"), ("الجيش السوري", "SYRMIL"), ("المسلحين", "SYRREB")]
    legal = coded(make_doc, "أمهلت المحكمة الأوروبية الشركة ثلاثة أيام للاستئناف.", actors=actors)
    ultimatum = coded(make_doc, "أمهل الجيش السوري المسلحين يومين لمغادرة المدينة.", actors=actors)
    assert "THREATEN" not in types(legal)
    assert "THREATEN" in types(ultimatum)


def test_pledge_to_keep_fighting_is_no_agreement(make_doc):
    actors = [("الرئيس اليمني", "YEMGOV"), ("الحكومة اليمنية", "YEMGOV")]
    fight = coded(make_doc, "تعهد الرئيس اليمني بمواصلة الزحف نحو مدينة تعز.", actors=actors)
    release = coded(make_doc, "تعهدت الحكومة اليمنية بالإفراج عن المعتقلين.", actors=actors)
    assert "AGREE" not in types(fight)
    assert "AGREE" in types(release)


@pytest.mark.parametrize("text", [
    "قال الرئيس إن السلطات الكاميرونية تتخوف من تمدد الهجمات نحو جنوب البلاد.",
    "يمنح الدستور الجديد الرئيس الكاميروني صلاحية إعلان حالة الطوارئ.",
    "قال الرئيس إنه يجب على الحكومة الكاميرونية ردع المسلحين عن هجماتهم على القرى.",
    "يختطف المسلحون مئات الأشخاص سنوياً في شمال الكاميرون.",
    "تشير الأرقام إلى ارتفاع كبير في عمليات الخطف في شمال الكاميرون.",
])
def test_fear_obligation_power_and_statistics_are_no_events(make_doc, text):
    doc = coded(make_doc, text, actors=[("الحكومة الكاميرونية", "CMRGOV"), ("الرئيس الكاميروني", "CMRGOV")],
                places=[("الكاميرون", "Cameroon", "CMR")])
    assert not {"ASSAULT", "COERCE"} & set(types(doc)), types(doc)


def test_background_causes_and_perpetrators(make_doc):
    actors = [("الشرطة البحرينية", "BHRCOP")]
    for text in ("اعتقلت الشرطة البحرينية خمسة من منفذي التفجير.",
                 "اعتقلت الشرطة البحرينية رجلاً بسبب تورطه في التفجير."):
        doc = make_doc(text, actors=actors)
        assert types(doc) == ["COERCE"], (text, types(doc))


def test_endangering_is_not_threatening(make_doc):
    actors = [("الوكالة الأممية", "IGOUNO"), ("الرئيس الروسي", "RUSGOV"), ("أوكرانيا", "UKR")]
    endangers = coded(make_doc, "قالت الوكالة الأممية إن القرار يهدد قدرتها على العمل.", actors=actors)
    threat = coded(make_doc, "هدد الرئيس الروسي أوكرانيا بالرد.", actors=actors)
    assert "THREATEN" not in types(endangers)
    assert "THREATEN" in types(threat)


def test_sports_words_make_a_sports_context(make_doc):
    doc = make_doc("وحرص لاعبو باريس على متابعة اللقاء من المدرجات.", actors=[("باريس", "FRA")])
    assert doc.events == []


def test_collision_told_with_a_verb_is_an_accident(make_doc):
    doc = make_doc("اصطدمت حافلتان في محافظة أسيوط ما أسفر عن مقتل 12 شخصاً.", places=[("أسيوط", "Asyut", "EGY")])
    assert "ASSAULT" not in types(doc)
    attack = make_doc("هاجم مسلحون حافلة في محافظة أسيوط ما أسفر عن مقتل 12 شخصاً.", places=[("أسيوط", "Asyut", "EGY")])
    assert "ASSAULT" in types(attack)


def test_metaphorical_explosion_of_prices(make_doc):
    assert make_doc("انفجرت أسعار العقارات في دبي.", places=[("دبي", "Dubai", "ARE")]).events == []
    bomb = make_doc("انفجرت سيارة مفخخة في دبي.", places=[("دبي", "Dubai", "ARE")])
    assert "ASSAULT" in types(bomb)


# ---------------------------------------------------------------- status

def test_decision_is_no_intent(make_doc):
    doc = make_doc("قررت الحكومة الأردنية الإفراج عن المعتقلين.", actors=[("الحكومة الأردنية", "JORGOV")])
    assert status_of(doc, "RETREAT") == "asserted"


def test_prepares_to_is_intended(make_doc):
    doc = make_doc("تستعد الحكومة الكندية لفرض عقوبات على مسؤولين روس.",
                   actors=[("الحكومة الكندية", "CANGOV"), ("مسؤولين روس", "RUSGOV")])
    assert status_of(doc, "SANCTION") == "intended"


def test_future_auxiliary_makes_its_complement_intended(make_doc, tokenize):
    assert _future_auxiliary(tokenize("ستبدأ")[0]) and _future_auxiliary(tokenize("وسيتم")[0])
    assert not _future_auxiliary(tokenize("سيارة")[0]) and not _future_auxiliary(tokenize("سيطرت")[0])
    doc = make_doc("ستبدأ الحكومة الأردنية إرسال مساعدات إلى غزة.",
                   actors=[("الحكومة الأردنية", "JORGOV")], places=[("غزة", "Gaza", "PSE")])
    assert status_of(doc, "AID") == "intended"


def test_intent_cue_with_a_conjunction(make_doc):
    doc = make_doc("ومن المقرر أن يزور الرئيس المصري الرياض.",
                   actors=[("الرئيس المصري", "EGYGOV")], places=[("الرياض", "Riyadh", "SAU")])
    assert [(e.event_type, e.status) for e in doc.events] == [("AGREE", "intended")]


def test_date_after_publication_makes_a_meeting_intended(make_doc):
    actors = [("وزير الخارجية المصري", "EGYGOV"), ("نظيره الأردني", "JORGOV")]
    places = [("عمّان", "Amman", "JOR")]
    coming = make_doc("يلتقي وزير الخارجية المصري نظيره الأردني في عمّان الأحد المقبل.", actors=actors, places=places,
                      dates=[("الأحد المقبل", "2024-03-17", "day")], day=date(2024, 3, 10))
    past = make_doc("التقى وزير الخارجية المصري نظيره الأردني في عمّان الأحد الماضي.", actors=actors, places=places,
                    dates=[("الأحد الماضي", "2024-03-03", "day")], day=date(2024, 3, 10))
    assert [(e.event_type, e.status) for e in coming.events] == [("AGREE", "intended")]
    assert [(e.event_type, e.status) for e in past.events] == [("CONSULT", "asserted")]


def test_postponed_until_a_date_is_no_intent(make_doc):
    doc = make_doc("اعتقلت الشرطة الأردنية عشرة أشخاص وأحالتهم إلى المحكمة حتى 20 مارس.",
                   actors=[("الشرطة الأردنية", "JORCOP")], dates=[("20 مارس", "2024-03-20", "day")],
                   day=date(2024, 3, 10))
    assert status_of(doc, "COERCE") == "asserted"


@pytest.mark.parametrize("particle", ["لم", "ولم"])
def test_negation_with_or_without_a_conjunction(make_doc, particle):
    doc = make_doc(f"{particle} تعتقل الشرطة الأردنية أي متظاهر.", actors=[("الشرطة الأردنية", "JORCOP")])
    assert status_of(doc, "COERCE") == "negated"


def test_negated_verb_negates_its_object_noun(make_doc):
    actors = [("عمال الموانئ المغاربة", "MARLAB"), ("الحكومة المغربية", "MARGOV")]
    not_held = coded(make_doc, "لم ينفذ عمال الموانئ المغاربة إضرابهم المقرر.", actors=actors)
    silent = coded(make_doc, "لم تعلق الحكومة المغربية على إضراب عمال الموانئ المغاربة.", actors=actors)
    assert status_of(not_held, "PROTEST") == "negated"
    assert all(e.status != "negated" for e in silent.events if e.event_type == "PROTEST")


def test_disappointment_is_no_hope(make_doc):
    doc = make_doc("أعربت الحكومة الفرنسية عن خيبة أملها بعد أن قصفت القوات الروسية مدينة أوديسا.",
                   actors=[("الحكومة الفرنسية", "FRAGOV"), ("القوات الروسية", "RUSMIL")],
                   places=[("أوديسا", "Odesa", "UKR")])
    assert status_of(doc, "ASSAULT") != "hoped"


def test_state_news_agency_reports_its_own_state(make_doc):
    actors = [("وكالة الأنباء السعودية", "SAUMED"), ("وكالة رويترز", "GBRMED"), ("الملك السعودي", "SAUGOV"),
              ("وزير الخارجية الأمريكي", "USAGOV")]
    own = coded(make_doc, "أفادت وكالة الأنباء السعودية بأن الملك السعودي استقبل وزير الخارجية الأمريكي.", actors=actors)
    other = coded(make_doc, "أفادت وكالة رويترز بأن الملك السعودي استقبل وزير الخارجية الأمريكي.", actors=actors)
    assert status_of(own, "CONSULT") == "asserted"
    assert status_of(other, "CONSULT") == "claimed"


def test_monitor_of_the_same_country_is_a_third_party(make_doc):
    doc = make_doc("قال المرصد السوري إن قوات النظام السوري قصفت بلدات في ريف إدلب.",
                   actors=[("المرصد السوري", "SYRHRI"), ("قوات النظام السوري", "SYRMIL")],
                   places=[("إدلب", "Idlib", "SYR")])
    assert status_of(doc, "ASSAULT") == "claimed"


def test_main_clause_after_a_condition_is_not_hypothetical(make_doc):
    doc = make_doc("إذا اقتحمت القوات الإسرائيلية رفح فإن مصر ستجمد مشاركتها في المحادثات.",
                   actors=[("القوات الإسرائيلية", "ISRMIL"), ("مصر", "EGY")], places=[("رفح", "Rafah", "PSE")])
    assert status_of(doc, "ASSAULT") == "hypothetical"
    assert status_of(doc, "THREATEN") == "asserted"
    assert "SANCTION" not in types(doc)


def test_announced_act_under_a_condition_is_a_threat(make_doc):
    doc = make_doc("أبلغت حماس الوسطاء أنها ستجمد مشاركتها في المحادثات إذا استمر القصف.",
                   actors=[("حماس", "PSEREBHMS")])
    e = [e for e in doc.events if e.event_type == "THREATEN"]
    assert len(e) == 1 and e[0].status == "asserted" and e[0].cameo_root == "13"
    assert "SANCTION" not in types(doc)
    plain = make_doc("أبلغت حماس الوسطاء أنها ستجمد مشاركتها في المحادثات.", actors=[("حماس", "PSEREBHMS")])
    assert "THREATEN" not in types(plain)


def test_the_one_who_will_pay_is_the_target_of_the_warning(make_doc):
    doc = make_doc("حذر وزير الدفاع الإسرائيلي من أن حزب الله سيدفع ثمناً باهظاً.",
                   actors=[("وزير الدفاع الإسرائيلي", "ISRMIL"), ("حزب الله", "LBNREBHEZ")])
    e = [e for e in doc.events if e.event_type == "THREATEN"]
    assert len(e) == 1
    assert [a.actor_code for a in e[0].source] == ["ISRMIL"]
    assert [a.actor_code for a in e[0].target] == ["LBNREBHEZ"]
    assert e[0].status == "asserted"


def test_top_of_a_mountain_and_course_of_the_economy(make_doc):
    top = make_doc("سيطرت القوات اليمنية على موقع في أعلى قمة الجبل.", actors=[("القوات اليمنية", "YEMMIL")])
    course = make_doc("تؤثر القرارات الأردنية في مسيرة الاقتصاد الأردني.", places=[("الأردني", "Jordan", "JOR")])
    march = make_doc("خرجت مسيرة حاشدة في عمّان ضد الغلاء.", places=[("عمّان", "Amman", "JOR")])
    assert "CONSULT" not in types(top)
    assert "PROTEST" not in types(course)
    assert "PROTEST" in types(march)


def test_future_auxiliary_after_a_meeting_noun(make_doc):
    doc = make_doc("ذكر المصدر أن المحادثات ستبدأ الثلاثاء بين الوفدين الأردني والسوري.",
                   actors=[("الوفدين الأردني والسوري", ["JORGOV", "SYRGOV"])])
    assert [(e.event_type, e.status) for e in doc.events] == [("AGREE", "intended")]


def test_residents_of_a_country_complaining_is_routine(make_doc):
    from hadath.events.frames import _anchored
    from hadath.model import ActorMention

    assert not _anchored(ActorMention(0, 5, "السكان", actor_code="SAUCVL", country="SAU", sector="CVL"))
    assert _anchored(ActorMention(0, 5, "الوزارة", actor_code="SAUGOV", country="SAU", sector="GOV"))
    residents = make_doc("أبدى سكان القرى السعودية استياءهم من انقطاع الكهرباء.",
                         actors=[("سكان القرى السعودية", "SAUCVL")])
    minister = make_doc("أبدى وزير الخارجية السعودي استياءه من القرار الإيراني.",
                        actors=[("وزير الخارجية السعودي", "SAUGOV"), ("الإيراني", "IRNGOV")])
    assert residents.events == []
    assert "ACCUSE" in types(minister)


def test_readiness_to_strike_is_no_agreement(make_doc):
    actors = [("رئيس الوزراء البريطاني", "GBRGOV")]
    strike = make_doc("قال رئيس الوزراء البريطاني إنه مستعد لتوجيه ضربات جوية في ليبيا.", actors=actors)
    talks = make_doc("قال رئيس الوزراء البريطاني إنه مستعد للحوار مع الحكومة الليبية.",
                     actors=[*actors, ("الحكومة الليبية", "LBYGOV")])
    assert "AGREE" not in types(strike)
    assert "AGREE" in types(talks)


def test_protest_adverbial_is_a_purpose_even_alone(make_doc):
    doc = make_doc("توفي شاب فلسطيني متأثراً بجراحه احتجاجاً على جريمة دوما.", places=[("دوما", "Duma", "PSE")])
    assert "PROTEST" not in types(doc)
    march = make_doc("تظاهر مئات الفلسطينيين في دوما احتجاجاً على الجريمة.", places=[("دوما", "Duma", "PSE")])
    assert "PROTEST" in types(march)


def test_telephone_device_is_no_call(make_doc):
    actors = [("الشرطة الصينية", "CHNCOP"), ("الرئيس الصيني", "CHNGOV"), ("نظيره الروسي", "RUSGOV")]
    device = coded(make_doc, "ضبطت الشرطة الصينية ألف هاتف آيفون مقلد في مصنع.", actors=actors)
    definite = coded(make_doc, "قالت الشرطة الصينية إن الهاتف المحمول سرق من المصنع.", actors=actors)
    call = coded(make_doc, "هاتف الرئيس الصيني نظيره الروسي أمس.", actors=actors)
    assert "CONSULT" not in types(device)
    assert "CONSULT" not in types(definite)
    assert "CONSULT" in types(call)


def test_official_touring_his_own_country_visits_nobody(make_doc):
    actors = [("رئيس الوزراء المصري", "EGYGOV")]
    home = make_doc("قام رئيس الوزراء المصري بزيارة إلى مدينة الإسماعيلية.", actors=actors,
                    places=[("الإسماعيلية", "Ismailia", "EGY")])
    abroad = make_doc("قام رئيس الوزراء المصري بزيارة إلى مدينة جدة.", actors=actors, places=[("جدة", "Jeddah", "SAU")])
    assert "CONSULT" not in types(home)
    assert "CONSULT" in types(abroad)


def test_must_first_is_an_obligation(make_doc):
    actors = [("الوزير المصري", "EGYGOV"), ("الإخوان", "EGYPTYMBR", "PTY")]
    must = coded(make_doc, "قال الوزير المصري إنه لابد أولاً من وقف الإخوان العنف والتقدم باعتذار للشعب المصري.",
                 actors=actors)
    done = coded(make_doc, "قال الوزير المصري إن الإخوان تقدموا باعتذار للشعب المصري.", actors=actors)
    assert "CONCEDE" not in types(must)
    assert "CONCEDE" in types(done)


def test_consent_to_allow_strikes_stays_an_agreement(make_doc):
    doc = make_doc("وافقت تركيا على السماح لطائرات أميركية بشن ضربات جوية من قاعدة إنجرليك.",
                   actors=[("تركيا", "TUR")])
    assert "AGREE" in types(doc)
