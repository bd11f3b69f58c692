"""Round 157 (coder section 177), from the 2015-08-08 sample: words read in another sense (يشيد جدارًا builds,
طالبًا مبتعثًا is a student, «ما تطلّب» required), the party after a verb that follows a noun (وقع الهجوم وقررت
الحكومة), after a ل-noun of the verb's complement (تدعو لإسقاط الحكومة), after an indefinite noun of operations
(عمليات استهدفت تنظيم «داعش»), a casualty (المصاب في عملية التفجير), those who stood behind an act, the accused after
«الاتهام إلى», and a country named with the act's own preposition before a party far on.  The actor stage's side
is in tests/actors/test_round157_security_bodies.py."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 8)


def test_a_wall_built_is_no_praise(pipeline) -> None:
    text = "ذكر دونالد ترامب أنه سوف يطرد المهاجرين من الولايات المتحدة ويشيد جدارًا على الحدود مع المكسيك."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c == "051"]


def test_praise_with_its_preposition_is_still_praise(pipeline) -> None:
    # near miss: «يشيد ب…» praises
    assert parties_of(pipeline, "وزير الخارجية السعودي يشيد بالاتفاق مع إيران.", "051", DAY)


def test_a_student_is_no_demand(pipeline) -> None:
    for text in ("اعتقلت الشرطة الأمريكية الخميس، طالبا يتابع دراسته في الهندسة الميكانيكية.",
                 "انقذت السفارة السعودية في واشنطن طالبا مبتعثا من الترحيل."):
        assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("02")], text


def test_demanding_with_a_definite_object_is_still_an_appeal(pipeline) -> None:
    # near miss: «طالبًا الأمم المتحدة بـ…» is the participle, a demand of the UN
    text = "ندد وزير الخارجية السعودي بالهجوم، طالبا الأمم المتحدة بالتحقيق فيه."
    assert [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("02")]


def test_a_verb_after_the_noun_opens_its_own_clause(pipeline) -> None:
    text = "ويقع المجلس تحت ضغط متزايد منذ وقع الهجوم وقررت الحكومة الإسرائيلية السماح باستجوابات مشددة."
    assert not [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19") and "ISRGOV" in s]


def test_the_party_after_a_relative_verb_of_the_attack_is_its_target(pipeline) -> None:
    assert parties_of(pipeline, "وقتل جنديان في هجوم استهدف الجيش المصري في سيناء.", "190", DAY) == [
        ([], ["EGYMIL"])]


def test_the_genitive_of_an_attack_noun_is_still_its_doer(pipeline) -> None:
    # near miss: no verb between the noun and the party
    assert parties_of(pipeline, "وأدان الأمين العام هجوم الجيش المصري على القرية.", "190", DAY)[0][0] == ["EGYMIL"]


def test_operations_that_targeted_a_group_did_not_come_from_it(pipeline) -> None:
    text = "وألقت قوات الأمن التركية القبض على 500 مشتبه به، في عمليات استهدفت تنظيم «داعش» في إسطنبول."
    coded = coded_parties(pipeline, text, DAY)
    assert not [s for c, s, _t in coded if c.startswith("19") and "IMGMUSISI" in s], coded


def test_the_casualty_of_a_bombing_did_not_bomb(pipeline) -> None:
    text = "أكد المواطن سالم الجهمي والد المتدرب ناصر الجهمي المصاب في عملية التفجير الغاشم، أنه فداء للوطن."
    assert [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("18")] == [
        ([], ["ناصر الجهمي"])]


def test_those_who_stood_behind_an_act_did_it_not_their_captors(pipeline) -> None:
    text = "ضبطت الجهات الأمنية السعودية العناصر التي وقفت خلف تفجير القديح في الفترة الماضية."
    coded = coded_parties(pipeline, text, DAY)
    assert not [s for c, s, _t in coded if c.startswith("18") and s], coded


def test_a_group_that_stood_behind_the_attack_did_it(pipeline) -> None:
    # near miss: the party right before «يقف وراء» is coded, so it is the doer
    assert parties_of(pipeline, "وقال الوزير إن تنظيم داعش يقف وراء الهجوم على المسجد.", "190", DAY)[0][0] == [
        "IMGMUSISI"]


def test_a_call_to_topple_the_government_is_not_the_governments(pipeline) -> None:
    text = "وأضاف أن حملة فيسبوكية من جهات غير معلومة تدعو لإسقاط الحكومة العراقية في الوقت الذي يحقق الحشد الشعبي انتصارات."
    coded = coded_parties(pipeline, text, DAY)
    assert not [s for c, s, _t in coded if c.startswith("02") and "IRQGOV" in s], coded


def test_a_spokesman_of_a_directorate_still_calls(pipeline) -> None:
    # near miss: «ل» further on belongs to the subject's own title, not to a complement of the verb
    text = "ودعا المتحدث الرسمي لمديرية الدفاع المدني السعودي المواطنين إلى الابتعاد عن مجاري السيول."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("02")] == [["SAUCOP"]]


def test_the_accused_after_ila(pipeline) -> None:
    text = "مثلما وجهت أصابع الاتهام إلى إيران باحتمالية تورطها في التفجير، لاعتبارات تتعلق بالحزام الناسف للانتحاري."
    assert [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("11")] == [["IRNGOV"]]


def test_ila_after_the_verb_is_the_charges(pipeline) -> None:
    # near miss: after the verb «اتهم», إلى belongs to the charge, and the accused is the object
    text = "اتهمت إيران الولايات المتحدة بإرسال قوات إلى الجيش العراقي."
    assert parties_of(pipeline, text, "112", DAY) == [(["IRNGOV"], ["USAGOV"])]


def test_the_accused_as_a_pronoun_leave_the_court_alone(pipeline) -> None:
    # near miss: «إليهم» right after the noun holds the accused; the court further on is not
    text = "وكانت النيابة العامة الكويتية وجهت الاتهام إليهم وأحالتهم إلى محكمة الجنايات."
    assert [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("11")] == [[]]


def test_threats_issued_and_denied(pipeline) -> None:
    from .helpers import code_text
    doc = code_text(pipeline, "نفى متحدث باسم وزارة العدل الألمانية توجيه تهديدات للمدعي العام.", DAY)
    assert [(e.cameo, e.status) for e in doc.events if e.event_type == "THREATEN"] == [("130", "denied")]


def test_the_blow_dealt_by_the_security_bodies_is_theirs(pipeline) -> None:
    text = "والضربة الأخيرة التي وجهتها الجهات الأمنية السعودية للخلية، هي خطوة أخرى."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")] == [["SAUCOP"]]


def test_the_country_visited_does_not_visit(pipeline) -> None:
    # (guards the performer's reach, one word longer this round: «الضربة الأخيرة التي وجهتها»; a preposition
    # before the party ends it)
    text = ("التقى وزير الدولة للشؤون الخارجية السعودي أمس، في إطار الزيارة الرسمية التي يقوم بها إلى مملكة "
            "إسبانيا، مع وزير الخارجية الإسباني.")
    assert not [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "042" and "ESPGOV" in s]


def test_a_passive_after_comma_and_wa_is_its_own_clause(pipeline) -> None:
    text = "وتفاعلت معها الجهات الأمنية السعودية، وقُبض على عدد من المتهمين فيها."
    targets = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c == "173"]
    assert len(targets) == 1 and [code[-3:] for code in targets[0]] == ["CVL"], targets


def test_what_a_situation_required_is_no_request(pipeline) -> None:
    text = "وتعدت المجموعة على سيارات الشرطة، وهو ما تطلّب تدخل الجهات الأمنية السعودية."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("10")]


def test_a_government_asking_is_still_a_request(pipeline) -> None:
    # near miss: «طلبت» with its subject
    assert parties_of(pipeline, "طلبت الحكومة اليمنية من الأمم المتحدة إرسال مساعدات.", "100", DAY)


def test_a_country_after_the_acts_preposition_before_a_far_party(pipeline) -> None:
    text = "سلّمت السلطات التركية إلى فرنسا مواطنة فرنسية يشتبه في انتمائها إلى تنظيم داعش، في إطار التعاون الأمني."
    assert [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("06")] == [["FRAGOV"]]


def test_a_place_after_bi_is_where_not_whom(pipeline) -> None:
    # near miss: a town after ب tells where; the praised party with ب comes later
    text = ("وأشاد نائب الأمين العام لمنظمة علماء دار العلوم بديوبند بالهند محمد القاسمي بالبرنامج، وبجهود الملك "
            "سلمان بن عبدالعزيز في خدمة المسلمين.")
    assert not [t for c, _s, t in coded_parties(pipeline, text, DAY) if c == "051" and "INDGOV" in t]


def test_an_embassy_is_not_its_hosts(pipeline) -> None:
    # the actor stage's side, with the places the whole pipeline finds (tests/actors/test_round157_security_bodies.py)
    from .helpers import code_text
    doc = code_text(pipeline, "انقذت قنصلية المملكة في هيوستن طالبا مبتعثا من الترحيل.", DAY)
    assert not [m.text for m in doc.entities if m.actor_code == "USAGOV"]


def test_a_conjoined_stood_behind_shares_its_clauses_subject(pipeline) -> None:
    # near miss: «ويقفون وراء» joined by و: those who pledged allegiance did it, not told by the party before it
    text = "وأعلنت الاستخبارات الروسية أنها قتلت ثمانية متطرفين بايعوا تنظيم «داعش» ويقفون وراء هجمات في القوقاز."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "190" and s != ["RUSSPY"]] == [["IMGMUSISI"]]
