"""Target rules, third round (:mod:`hadath.events.roles`): the adjective of a proposal or condition noun says whose
it is (الشروط الإسرائيلية، خطة السلام الأمريكية), and journalists or dissidents named by a plural or a
title are actors of their own sector (اعتقلت صحفيين → MED, المعارض الروسي → RUSOPP).

Every sentence was written for these tests (none is taken from a corpus or the gold files).  Each rule has a near
miss where it must not fire: an empty target is better than a wrong one.
"""

from __future__ import annotations

from tests.events.helpers import code_text, targets

# --- the adjective of a proposal or condition noun names whose it is ---------------------------------------------

def test_rejected_conditions_target_the_state_of_their_adjective(make_doc):
    doc = make_doc("رفضت الحكومة السودانية الشروط المصرية لاستئناف المحادثات.",
                   actors=[("الحكومة السودانية", "SDNGOV")])
    assert targets(doc, "REJECT") == [["EGYGOV"]]


def test_a_plan_with_its_own_complement_keeps_the_adjective(make_doc):
    doc = make_doc("رفض المجلس الرئاسي خطة السلام الفرنسية جملة وتفصيلاً.",
                   actors=[("المجلس الرئاسي", "LBYGOV")])
    assert targets(doc, "REJECT") == [["FRAGOV"]]


def test_an_initiative_two_complements_away_keeps_the_adjective(make_doc):
    doc = make_doc("أيدت الحكومة الأردنية مبادرة الحوار الوطني التونسية.",
                   actors=[("الحكومة الأردنية", "JORGOV")])
    assert targets(doc, "SUPPORT") == [["TUNGOV"]]


def test_a_complement_after_a_noun_that_is_no_proposal_names_no_one(make_doc):
    # "ملعب الكرة الفرنسية": a stadium is nobody's proposal, the adjective qualifies the game
    doc = make_doc("رفضت الحكومة السودانية ملعب الكرة الفرنسية.",
                   actors=[("الحكومة السودانية", "SDNGOV")])
    assert all("FRAGOV" not in t for t in targets(doc, "REJECT"))


def test_a_definite_complement_of_an_act_noun_is_no_proposal(make_doc):
    # "إغلاق الحدود الليبية": the adjective says whose border it is, not whose closure was rejected
    doc = make_doc("رفضت الحكومة السودانية إغلاق الحدود الليبية أمام الشاحنات.",
                   actors=[("الحكومة السودانية", "SDNGOV")])
    assert all("LBYGOV" not in t for t in targets(doc, "REJECT"))


# --- journalists and dissidents from the actor lexicon ----------------------------------------------------------

def test_plural_journalists_are_media_without_a_name_after_them(pipeline):
    doc = code_text(pipeline, "اعتقلت الشرطة الأردنية صحفيين في عمّان خلال تغطيتهم مسيرة.")
    assert any(a.actor_code and a.actor_code.endswith("MED") for a in doc.entities if "صحفيين" in a.text)


def test_a_dissident_with_a_nationality_is_opposition(pipeline):
    doc = code_text(pipeline, "قضت محكمة في طهران بسجن المعارض الإيراني البارز عشر سنوات.")
    assert any(a.actor_code == "IRNOPP" for a in doc.entities)


def test_a_political_activist_is_opposition(pipeline):
    doc = code_text(pipeline, "أوقفت الشرطة ناشطاً سياسياً في القاهرة.")
    assert any(a.actor_code and a.actor_code.endswith("OPP") for a in doc.entities)


def test_a_bare_plural_of_exhibitions_is_no_dissident(pipeline):
    # "المعارض" alone can be "the exhibitions": with no nationality or name it names no one
    doc = code_text(pipeline, "افتتح الوزير المعارض الدولية للكتاب في الشارقة.")
    assert not any(a.actor_code and a.actor_code.endswith("OPP") for a in doc.entities)
