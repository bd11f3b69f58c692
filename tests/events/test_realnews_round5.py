"""Rules from the fifth hand-checked sample of real 2015 news: a sentence opened by a past copula and dated
to an earlier month (also for a noun trigger), insisting that something is so (no demand), learned triggers on
grammar words or nouns naming no act, and metaphors of aiming, occupying attention and goals meeting.  Each
case is paired with the same act told as news, so a rule that swallowed everything would fail.  Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from tests.events.helpers import of_type

ARMY = [("الجيش السوري", "SYRMIL")]
REPORT_DAY = date(2024, 8, 10)


def test_a_copula_opened_sentence_dated_last_month_is_background(make_doc):
    recalled = make_doc("وكانت قوات الجيش السوري بدأت مطلع الشهر الماضي هجوما واسعا على البلدة.", actors=ARMY,
                        day=REPORT_DAY)
    news = make_doc("وبدأت قوات الجيش السوري اليوم هجوما واسعا على البلدة.", actors=ARMY, day=REPORT_DAY)
    assert of_type(recalled, "ASSAULT") == []
    assert len(of_type(news, "ASSAULT")) == 1


def test_a_copula_opened_sentence_dated_an_earlier_month_is_background(make_doc):
    recalled = make_doc("وكان الهجوم الذي شنه الجيش السوري على البلدة يوم 26 يونيو قد خلف دمارا واسعا.",
                        actors=ARMY, dates=[("26 يونيو", "2024-06-26", "day")], day=REPORT_DAY)
    assert of_type(recalled, "ASSAULT") == []


def test_a_copula_opened_sentence_of_this_month_or_yesterday_stays(make_doc):
    recent = make_doc("وكانت قوات الجيش السوري بدأت يوم 6 أغسطس هجوما واسعا على البلدة.", actors=ARMY,
                      dates=[("6 أغسطس", "2024-08-06", "day")], day=REPORT_DAY)
    yesterday = make_doc("وكانت قوات الجيش السوري بدأت أمس هجوما واسعا على البلدة بعد هدنة الشهر الماضي.",
                         actors=ARMY, day=REPORT_DAY)
    assert len(of_type(recent, "ASSAULT")) == 1
    assert len(of_type(yesterday, "ASSAULT")) == 1


def test_last_month_without_an_opening_copula_stays_news(make_doc):
    news = make_doc("وقالت المصادر إن قوات الجيش السوري شنت هجوما على البلدة بعد انسحاب المسلحين الشهر الماضي.",
                    actors=ARMY, day=REPORT_DAY)
    assert len(of_type(news, "ASSAULT")) == 1


def test_insisting_that_asserts_a_view(make_doc):
    actors = [("الإدارة الأمريكية", "USAGOV"), ("إيران", "IRN")]
    view = make_doc("وتصر الإدارة الأمريكية على أنها ستحاسب إيران على سلوكها.", actors=actors)
    demand = make_doc("وتصر الإدارة الأمريكية على وقف إيران تخصيب اليورانيوم.", actors=actors)
    noun = make_doc("وأصرت الإدارة الأمريكية على أن هذه المهلة لا تكفي إيران.", actors=actors)
    verb = make_doc("وأصرت الإدارة الأمريكية على أن توقف إيران تخصيب اليورانيوم.", actors=actors)
    assert of_type(view, "REQUEST") == []
    assert of_type(noun, "REQUEST") == []
    assert len(of_type(demand, "REQUEST")) == 1
    assert len(of_type(verb, "REQUEST")) == 1


def test_aiming_at_forming_something_is_no_attack(make_doc):
    actors = [("الحكومة المصرية", "EGYGOV"), ("تنظيم داعش", "IMGMUSISI")]
    aim = make_doc("وتستهدف الحكومة المصرية تشكيل تحالف إقليمي لمحاربة الإرهاب.", actors=actors[:1])
    attack = make_doc("واستهدفت الحكومة المصرية مواقع تنظيم داعش في سيناء.", actors=actors)
    assert of_type(aim, "ASSAULT") == []
    assert len(of_type(attack, "ASSAULT")) == 1


def test_occupying_attention_is_no_occupation(make_doc):
    actors = [("القضية", "PAL"), ("القوات الإسرائيلية", "ISRMIL")]
    attention = make_doc("وستحتل القضية اهتماما كبيرا لدى المراقبين.", actors=actors[:1])
    occupation = make_doc("واحتلت القوات الإسرائيلية بلدة في جنوب لبنان.", actors=actors[1:])
    assert of_type(attention, "COERCE") == []
    assert len(of_type(occupation, "COERCE")) == 1


def test_goals_that_meet_are_no_meeting(make_doc):
    actors = [("الحكومة الإيرانية", "IRNGOV"), ("الحكومة الإسرائيلية", "ISRGOV")]
    goals = make_doc("وتلتقي الحكومة الإيرانية مع أهداف الحكومة الإسرائيلية في المنطقة.", actors=actors)
    meeting = make_doc("والتقت الحكومة الإيرانية مع وفد الحكومة الإسرائيلية في جنيف.", actors=actors)
    assert of_type(goals, "CONSULT") == []
    assert len(of_type(meeting, "CONSULT")) == 1


def test_a_park_is_no_blessing(make_doc):
    actors = [("الرئيس الأمريكي", "USAGOV")]
    park = make_doc("وتجول الرئيس الأمريكي في سنترال بارك بنيويورك.", actors=actors)
    blessing = make_doc("وبارك الرئيس الأمريكي جهود الوساطة بين الطرفين.", actors=actors)
    assert of_type(park, "SUPPORT") == []
    assert len(of_type(blessing, "SUPPORT")) == 1


def test_a_date_in_the_opening_adverbials_dates_the_sentence(make_doc):
    actors = [("الجماعة المسلحة", "EGYREB")]
    old = make_doc("وفي أولى ليالي الشهر الكريم، في 28 يونيو عام 2023، هاجمت الجماعة المسلحة نقطة للجيش.",
                   actors=actors, dates=[("28 يونيو عام 2023", "2023-06-28", "day")], day=REPORT_DAY)
    news = make_doc("وفي أولى ليالي الشهر الكريم، في 8 أغسطس، هاجمت الجماعة المسلحة نقطة للجيش.",
                    actors=actors, dates=[("8 أغسطس", "2024-08-08", "day")], day=REPORT_DAY)
    assert of_type(old, "ASSAULT") == []
    assert len(of_type(news, "ASSAULT")) == 1


def test_a_relative_act_under_an_opening_copula_is_background(make_doc):
    actors = [("كينيا", "KENGOV"), ("تنزانيا", "TZAGOV")]
    recalled = make_doc("وكانت رواندا من بين الدول التي دعت لتأجيل الانتخابات ومعها كينيا وتنزانيا.", actors=actors)
    news = make_doc("ورواندا من بين الدول التي دعت لتأجيل الانتخابات ومعها كينيا وتنزانيا.", actors=actors)
    assert [e for e in recalled.events if (e.cameo or "").startswith("02")] == []
    assert any((e.cameo or "").startswith("02") for e in news.events)


def test_fa_in_before_a_verb_is_a_condition(make_doc):
    actors = [("الفصائل الفلسطينية", "PSEREB")]
    condition = make_doc("وقال الوزير إن الحكومة لا تفرض الانتخابات، فإن اتفقت الفصائل الفلسطينية على إجرائها "
                         "ستنفذها.", actors=actors)
    news = make_doc("وقال الوزير إن الفصائل الفلسطينية اتفقت على إجراء الانتخابات.", actors=actors)
    assert [e.status for e in of_type(condition, "AGREE")] == ["hypothetical"]
    assert [e.status for e in of_type(news, "AGREE")] != ["hypothetical"]
    assert len(of_type(news, "AGREE")) == 1


def test_an_animal_attack_is_no_assault(make_doc):
    actors = [("الجيش الأسترالي", "AUSMIL")]
    animal = make_doc("ونجا جندي من الجيش الأسترالي من هجوم سمكة قرش قرب الشاطئ.", actors=actors)
    attack = make_doc("ونجا جنود الجيش الأسترالي من هجوم شنه مسلحون قرب الحدود.", actors=actors)
    assert of_type(animal, "ASSAULT") == []
    assert len(of_type(attack, "ASSAULT")) == 1


def test_a_form_or_a_place_of_detention_is_no_act(make_doc):
    form = make_doc("ويجب طباعة استمارة طلب الالتحاق من موقع الشرطة السعودية.", actors=[("الشرطة السعودية", "SAUCOP")])
    ask = make_doc("وطلب الجيش اللبناني من الأهالي إخلاء المنطقة.", actors=[("الجيش اللبناني", "LBNMIL")])
    place = make_doc("ووصلت العائلات إلى مكان احتجاز العسكريين في جبال القلمون.", actors=[("العسكريين", "LBNMIL")])
    detention = make_doc("واحتجز الجيش اللبناني عشرة مسلحين في جبال القلمون.", actors=[("الجيش اللبناني", "LBNMIL")])
    assert of_type(form, "REQUEST") == []
    assert len(of_type(ask, "REQUEST")) == 1
    assert of_type(place, "COERCE") == []
    assert len(of_type(detention, "COERCE")) == 1


def test_last_week_under_an_opening_copula_stays_news(make_doc):
    week = make_doc("وكانت قوات الجيش السوري بدأت الأسبوع الماضي هجوما واسعا على البلدة.", actors=ARMY,
                    dates=[("الأسبوع الماضي", "2024-07", "month")], day=date(2024, 8, 2))
    assert len(of_type(week, "ASSAULT")) == 1
