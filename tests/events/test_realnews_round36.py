"""Round 36 of hand-checked real news (coder.py section 63): «قتلوا وأصيب آخرون» is a passive of victims; «طائرة من
دون طيار» negates nothing; a singular verb after «أنّ» and a noun naming no party takes the party after it as its
object; a kidney donated and pilgrims visiting are no aid and no visit.  Near misses keep the acts."""

from __future__ import annotations

from datetime import date

from .helpers import code_text

DAY_2015 = date(2015, 8, 3)


def _codes(pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.cameo, e.status, [a.actor_code or a.text for a in e.source], [a.actor_code or a.text for a in e.target])
            for e in code_text(pipeline, text, DAY_2015).events]


def test_the_dead_before_wounded_others_are_victims(pipeline) -> None:
    text = ("ذكر الجيش التركي أن ثلاثة جنود أتراك قتلوا وأصيب 31 آخرون أمس الأحد، جراء انفجار لغم في مركبة "
            "عسكرية شرقي تركيا.")
    codes = [c for c in _codes(pipeline, text) if c[0].startswith("18")]
    assert codes and all("TURMIL" not in c[2] for c in codes)


def test_armed_men_who_killed_and_wounded_are_still_the_attackers(pipeline) -> None:
    """Near miss: an active verb with its object, «قتلوا وأصابوا عشرات المدنيين»."""
    codes = _codes(pipeline, "وقال الجيش إن مسلحين قتلوا وأصابوا عشرات المدنيين في الهجوم.")
    assert any(c[0] == "190" and c[2] == ["UAF"] for c in codes)


def test_a_drone_that_killed_a_leader(pipeline) -> None:
    text = "أعلنت وزارة الدفاع الأميركية أن طائرة من دون طيار قتلت في سوريا محسن الفضلي قائد تنظيم خراسان."
    codes = [c for c in _codes(pipeline, text) if c[0] == "190"]
    assert codes and all(c[1] != "negated" and "محسن الفضلي" not in c[2] for c in codes)
    assert any("محسن الفضلي" in c[3] for c in codes)


def test_a_party_between_anna_and_the_verb_is_still_its_subject(pipeline) -> None:
    """Near misses: the subject named between «أن» and the verb, and «أنه»: the pronoun is the subject."""
    codes = _codes(pipeline, "وقالت مصادر إن طيران التحالف العربي استهدف مواقع للحوثيين في صعدة.")
    assert any(c[0].startswith("19") and "YEMREBHOU" in c[3] for c in codes)
    codes = _codes(pipeline, "أعلن الجيش العراقي أنه قتل خمسة من عناصر داعش في الأنبار.")
    assert any(c[0].startswith("19") and c[2] == ["IRQMIL"] and "IMGMUSISI" in c[3] for c in codes)


def test_a_noun_after_anna_that_is_no_party_leaves_the_party_after_the_verb_its_object(pipeline) -> None:
    codes = _codes(pipeline, "وأشار إلى أن فصيلا كبيرا يدعم الملا منصور زعيم حركة طالبان.")
    assert any(c[0] == "051" and not c[2] and "AFGREBTAL" in c[3] for c in codes)


def test_another_verb_between_anna_and_a_noun_trigger_changes_nothing(pipeline) -> None:
    """Near miss: «أن الحوار ناقش الأزمة الليبية ودعم مصر»: دعم is Egypt's support (a noun), told after ناقش."""
    codes = _codes(pipeline, "ولفت إلى أن الحوار ناقش الأزمة الليبية ودعم مصر الكامل للجهود الأممية.")
    assert any(c[0].startswith("05") and "EGYGOV" in c[2] for c in codes)


def test_a_kidney_donated_and_pilgrims_visiting_are_no_aid_and_no_visit(pipeline) -> None:
    assert not [c for c in _codes(pipeline, "وتبرع رجل الأعمال السعودي بكليته لطفل يمني.") if c[0].startswith("07")]
    text = "علمنا أن وزارة الحج السعودية تعتزم فتح المشاعر المقدسة لزيارة المعتمرين طوال العام."
    assert not [c for c in _codes(pipeline, text) if c[0].startswith("04")]


def test_a_state_donating_still_gives_aid(pipeline) -> None:
    """Near miss: «تبرعت السعودية بمئة مليون دولار لليمن»."""
    assert any(c[0] == "071" for c in _codes(pipeline, "وتبرعت السعودية بمئة مليون دولار لليمن."))
