"""Target rules, fourth round: a proposal named by its adjective is an object, never an agent (رفضت … مبادرة
جزائرية); the EU's and the UN's adjectives own proposals too (المقترح الأوروبي، مبادرة أممية); two adjectives in a
row share one proposal (المقترح القطري المصري); a country the actor stage read in such an adjective (وساطة تركية)
becomes that state's proposal; a counterpart keeps its preposition (اتصالاً هاتفياً بنظيره …); and foreigners
(صحفيان أجنبيان) take no country from the place.

Every sentence was written for these tests (none is taken from a corpus or the gold files).  Each rule has a near
miss where it must not fire: an empty target is better than a wrong one.
"""

from __future__ import annotations

from tests.events.helpers import code_text, roles_of

# --- a proposal after its verb is the object -----------------------------------------------------------------------

def test_a_proposal_after_the_verb_is_its_object_not_its_subject(pipeline):
    # the subject stands before the verb inside a phrase the coder does not take ("هيئة الأركان التابعة للجيش"):
    # the proposal after the verb is still what is rejected, not who rejects
    doc = code_text(pipeline, "ذكرت تقارير أن هيئة الأركان التابعة للجيش السوداني رفضت مبادرة موريتانية للتهدئة.")
    roles = roles_of(doc, "REJECT")
    assert roles and all("MRTGOV" not in s for s, _ in roles)
    assert any("MRTGOV" in t for _, t in roles)


def test_a_delegation_after_the_verb_is_still_its_subject(pipeline):
    # near miss: "الوفد" is a side, not a thing: after the verb it is the one who rejects
    doc = code_text(pipeline, "رفض الوفد السوداني المقترحات المطروحة في الجولة الأخيرة.")
    roles = roles_of(doc, "REJECT")
    assert roles and all("SDNGOV" in s for s, _ in roles)


# --- the EU's and the UN's adjectives ------------------------------------------------------------------------------

def test_a_european_proposal_is_the_eus(pipeline):
    doc = code_text(pipeline, "أعلنت بكين رفضها للمقترح الأوروبي بفرض رسوم على السيارات الكهربائية.")
    assert any("IGOEUREEC" in t for _, t in roles_of(doc, "REJECT"))


def test_a_un_initiative_is_the_uns(pipeline):
    doc = code_text(pipeline, "رفضت الحكومة الصومالية مبادرة أممية لنشر مراقبين في مقديشو.")
    assert any("IGOUNO" in t for _, t in roles_of(doc, "REJECT"))


def test_a_european_adjective_on_a_plain_noun_names_no_body(pipeline):
    # near miss: only proposals and sides take the body's code; cities are nobody's act
    doc = code_text(pipeline, "رفضت الحكومة المجرية توزيع المهاجرين على المدن الأوروبية.")
    assert all("IGOEUREEC" not in t for _, t in roles_of(doc, "REJECT"))


# --- two adjectives in a row ---------------------------------------------------------------------------------------

def test_two_adjectives_in_a_row_share_the_proposal(pipeline):
    doc = code_text(pipeline, "أبدت الحكومة اليمنية موافقتها على المقترح العماني السعودي لتبادل المحتجزين.")
    assert any({"OMNGOV", "SAUGOV"} <= set(t) for _, t in roles_of(doc, "AGREE"))


def test_made_in_is_no_second_owner(pipeline):
    # near miss: "أمريكية الصنع" says where the aircraft were made, not whose they are
    doc = code_text(pipeline, "قصفت طائرات باكستانية أمريكية الصنع مواقع للمسلحين.")
    roles = roles_of(doc, "ASSAULT")
    assert roles and all("USAMIL" not in s for s, _ in roles)


# --- a country read in the adjective of a proposal -----------------------------------------------------------------

def test_a_mediation_with_a_country_adjective_is_that_states(pipeline):
    doc = code_text(pipeline, "وافقت الحكومة الإثيوبية على وساطة تركية لحل الخلاف الحدودي.")
    assert any("TURGOV" in t for _, t in roles_of(doc, "AGREE"))


# --- a counterpart keeps its preposition ---------------------------------------------------------------------------

def test_a_call_with_a_counterpart_after_bi_targets_the_counterpart(pipeline):
    doc = code_text(pipeline, "أجرى وزير الخارجية المصري اتصالاً هاتفياً بنظيره الأردني تناول الأوضاع في غزة.")
    assert any("JORGOV" in t for _, t in roles_of(doc, "CONSULT"))


# --- foreigners take no country from the place ---------------------------------------------------------------------

def test_foreign_journalists_take_no_country_from_the_place(pipeline):
    doc = code_text(pipeline, "اعتُقل صحفيان أجنبيان في تونس العاصمة أثناء تغطيتهما الانتخابات.")
    targets = [t for _, t in roles_of(doc, "COERCE")]
    assert targets and all("TUNMED" not in t for t in targets)
    assert any("MED" in t for t in targets)


def test_journalists_not_called_foreign_take_the_places_country(pipeline):
    # near miss: without أجنبي the place's country is filled in as before
    doc = code_text(pipeline, "اعتُقل صحفيان في تونس العاصمة أثناء تغطيتهما الانتخابات.")
    assert any("TUNMED" in t for _, t in roles_of(doc, "COERCE"))
