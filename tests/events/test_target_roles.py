"""Target rules (coder docstring §14): the party of a threat's condition, the object marker ب of recognition, a
town's preposition, members named as the object, a direct object after an aside, the one told by a verb of telling,
and the own state of a society facing an unnamed organ.

Every sentence was written for these tests (none is taken from a corpus or the gold files).  Each rule has a near
miss where it must not fire: an empty target is better than a wrong one.
"""

from __future__ import annotations

from datetime import date

from hadath.model import ActorMention, Article, Document
from tests.events.helpers import codes, of_type, targets

# --- the subject of a threat's condition ------------------------------------------------------------------

def test_threat_target_is_the_subject_of_its_condition(make_doc):
    doc = make_doc("هدد الرئيس الفرنسي بفرض رسوم جمركية على الواردات إذا لم تتراجع بكين عن قرارها.",
                   actors=[("الرئيس الفرنسي", "FRAGOV"), ("بكين", "CHNGOV")])
    assert targets(doc, "THREATEN") == [["CHNGOV"]]


def test_threat_target_after_a_verb_of_daring(make_doc):
    doc = make_doc("توعد زعيم الحركة برد قاس ومؤلم على أي تحرك عسكري جديد في الإقليم إذا أقدمت القوات الكينية على "
                   "دخول المنطقة.",
                   actors=[("زعيم الحركة", "SOMREBSHB"), ("القوات الكينية", "KENMIL")])
    assert targets(doc, "THREATEN") == [["KENMIL"]]


def test_condition_after_a_contrast_clause_names_no_target(make_doc):
    doc = make_doc("هدد الرئيس الفرنسي بفرض رسوم جمركية على الواردات، فيما قال وزير المالية إن الأسواق ستتأثر "
                   "إذا ردت بكين بالمثل.",
                   actors=[("الرئيس الفرنسي", "FRAGOV"), ("وزير المالية", "FRAGOV"), ("بكين", "CHNGOV")])
    threats = of_type(doc, "THREATEN")
    assert threats and all("CHNGOV" not in codes(e.target) for e in threats)


def test_condition_whose_subject_is_no_named_party_names_no_target(make_doc):
    doc = make_doc("هدد الرئيس الفرنسي بفرض رسوم جمركية إذا تعرضت بلاده لإجراءات من بكين.",
                   actors=[("الرئيس الفرنسي", "FRAGOV"), ("بكين", "CHNGOV")])
    assert targets(doc, "THREATEN") == [[]]


# --- ب as the object marker of recognition -----------------------------------------------------------------

def test_recognition_of_a_state_named_after_b(make_doc):
    doc = make_doc("اعترفت البرتغال رسمياً بدولة فلسطين.",
                   actors=[("البرتغال", "PRT")], places=[("دولة فلسطين", "Palestine", "PSE")])
    assert targets(doc, "SUPPORT") == [["PSE"]]


def test_place_after_b_further_on_is_where_not_whom(make_doc):
    doc = make_doc("اعترفت البرتغال بنتائج الانتخابات التي جرت بغزة.",
                   actors=[("البرتغال", "PRT")], places=[("غزة", "Gaza", "PSE")])
    assert all("PSE" not in t for t in targets(doc, "SUPPORT"))


# --- a town's preposition --------------------------------------------------------------------------------

def test_withdrawal_from_a_town_targets_its_country(make_doc):
    doc = make_doc("انسحبت القوات الروسية من مدينة خيرسون.",
                   actors=[("القوات الروسية", "RUSMIL")], places=[("خيرسون", "Kherson", "UKR")])
    moves = [e for e in doc.events if e.event_type == "RETREAT"]
    assert moves and [codes(e.target) for e in moves] == [["UKR"]]


def test_withdrawal_from_a_town_of_ones_own_country_names_no_state(make_doc):
    doc = make_doc("انسحبت القوات الأوكرانية من مدينة باخموت.",
                   actors=[("القوات الأوكرانية", "UKRMIL")], places=[("باخموت", "Bakhmut", "UKR")])
    moves = [e for e in doc.events if e.event_type == "RETREAT"]
    assert moves and all(codes(e.target) == [] for e in moves)


# --- members named as the object ---------------------------------------------------------------------------

def test_arrested_member_names_his_organisation(make_doc):
    doc = make_doc("اعتقلت الشرطة التركية قيادياً بارزاً في تنظيم داعش.",
                   actors=[("الشرطة التركية", "TURCOP"), ("تنظيم داعش", "IMGMUSISI")])
    assert targets(doc, "COERCE") == [["IMGMUSISI"]]


def test_leaders_named_by_a_genitive_are_the_target(make_doc):
    doc = make_doc("جمّدت وزارة الخزانة الأمريكية أصول قادة حركة الشباب.",
                   actors=[("وزارة الخزانة الأمريكية", "USAGOV"), ("حركة الشباب", "SOMREBSHB")])
    assert targets(doc, "SANCTION") == [["SOMREBSHB"]]


def test_leaders_after_the_target_preposition_are_the_target(make_doc):
    doc = make_doc("فرضت وزارة الخزانة الأمريكية عقوبات على قادة حركة الشباب.",
                   actors=[("وزارة الخزانة الأمريكية", "USAGOV"), ("حركة الشباب", "SOMREBSHB")])
    assert targets(doc, "SANCTION") == [["SOMREBSHB"]]


def test_member_after_other_objects_is_not_the_target(make_doc):
    doc = make_doc("اعتقلت الشرطة التركية ثلاثة صحفيين بعد لقائهم قيادياً في تنظيم داعش.",
                   actors=[("الشرطة التركية", "TURCOP"), ("تنظيم داعش", "IMGMUSISI")])
    assert all("IMGMUSISI" not in t for t in targets(doc, "COERCE"))


# --- a direct object after an aside --------------------------------------------------------------------------

def test_direct_object_after_an_aside_between_commas(make_doc):
    doc = make_doc("اتهمت الخارجية المصرية، في بيان صدر مساء الأحد عقب اجتماع طارئ لمجلس الأمن القومي، "
                   "إثيوبيا بتهديد الأمن المائي.",
                   actors=[("الخارجية المصرية", "EGYGOV"), ("إثيوبيا", "ETH")])
    assert targets(doc, "ACCUSE") == [["ETHGOV"]]


def test_party_inside_the_aside_is_not_the_object(make_doc):
    doc = make_doc("اتهمت الخارجية المصرية، في بيان نقلته وكالة الأنباء السودانية، جهات خارجية بتأجيج النزاع.",
                   actors=[("الخارجية المصرية", "EGYGOV"), ("وكالة الأنباء السودانية", "SDNMED")])
    accusations = of_type(doc, "ACCUSE")
    assert accusations and all("SDNMED" not in codes(e.target) for e in accusations)


# --- the one told by a verb of telling -----------------------------------------------------------------------

def test_verb_of_telling_frames_teller_and_told(make_doc):
    doc = make_doc("أبلغت القاهرة واشنطن موافقتها على الخطة.",
                   actors=[("القاهرة", "EGYGOV"), ("واشنطن", "USAGOV")])
    agreements = of_type(doc, "AGREE")
    assert [codes(e.source) for e in agreements] == [["EGYGOV"]]
    assert [codes(e.target) for e in agreements] == [["USAGOV"]]


def test_two_parties_without_a_verb_of_telling_stay_as_they_were(make_doc):
    doc = make_doc("أعلنت القاهرة واشنطن موافقتها على الخطة.",
                   actors=[("القاهرة", "EGYGOV"), ("واشنطن", "USAGOV")])
    assert all(codes(e.target) != ["USAGOV"] or codes(e.source) != ["EGYGOV"] for e in of_type(doc, "AGREE"))


# --- the own state of a society facing an unnamed organ --------------------------------------------------

def _doc_with_generic(text_stage, event_stage, text: str, named: tuple[str, str], generic: tuple[str, str]
                      ) -> Document:
    doc = text_stage(Document(Article(id="t", text=text, date=date(2024, 3, 10))))
    surface, code = named
    s = text.index(surface)
    doc.entities.append(ActorMention(s, s + len(surface), surface, actor_code=code, country=code[:3],
                                     sector=code[3:], how="test"))
    surface, sector = generic
    s = text.index(surface)
    doc.entities.append(ActorMention(s, s + len(surface), surface, actor_code=sector, country=None, sector=sector,
                                     how="test"))
    return event_stage(doc)


def test_union_threatening_the_government_means_its_own(text_stage, event_stage):
    doc = _doc_with_generic(text_stage, event_stage,
                            "هدد الاتحاد العام التونسي للشغل بإضراب عام إذا لم تتراجع الحكومة عن قرارها.",
                            ("الاتحاد العام التونسي للشغل", "TUNLAB"), ("الحكومة", "GOV"))
    assert targets(doc, "THREATEN") == [["TUNGOV"]]


def test_a_state_threatening_an_unnamed_government_gives_it_no_country(text_stage, event_stage):
    doc = _doc_with_generic(text_stage, event_stage,
                            "هدد الرئيس الفرنسي بفرض عقوبات إذا لم تتراجع الحكومة عن قرارها.",
                            ("الرئيس الفرنسي", "FRAGOV"), ("الحكومة", "GOV"))
    assert all("FRAGOV" not in t for t in targets(doc, "THREATEN"))
