"""Round 17 of hand-checked real news (coder.py section 44): whose clause.  A verb that opens a clause after a
comma takes the party right after it; a relative aside between commas keeps a subject with its verb; «قام X
بتفجير» names the bomber; a Gulf title with a formal state name after ب / في is that state's; «دعا له» is a
prayer.  Each rule with a near miss that keeps its reading."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY_2015 = date(2015, 8, 8)


def _roles(pipeline, text: str, etype: str) -> list[tuple[list[str], list[str]]]:  # noqa: ANN001
    return roles_of(code_text(pipeline, text, DAY_2015), etype)


def test_a_verb_after_a_comma_takes_the_party_after_it(pipeline) -> None:
    """«في أعقاب دهس ثلاثة جنود إسرائيليين …، هدد وزير الدفاع»: the minister threatens, not the soldiers."""
    text = ("في أعقاب دهس ثلاثة جنود إسرائيليين بسيارة يقودها شاب فلسطيني، هدد وزير الدفاع الإسرائيلي "
            "بتشديد القبضة الحديدية ضد الفلسطينيين في الضفة الغربية.")
    threats = _roles(pipeline, text, "THREATEN")
    assert threats and all(src == ["ISRMIL"] and "ISRMIL" not in tgt for src, tgt in threats)


def test_a_verb_joined_by_wa_after_a_comma_keeps_the_subject_before(pipeline) -> None:
    """Near miss: «…، وطردت السفير الإيراني»: a verb joined by و shares the subject of the clause before."""
    text = "قررت البحرين قطع علاقاتها الدبلوماسية مع إيران، وطردت السفير الإيراني من المنامة."
    expulsions = [e for e in code_text(pipeline, text, DAY_2015).events if e.trigger.text == "طردت"]
    assert expulsions and [a.actor_code for a in expulsions[0].source] == ["BHRGOV"]


def test_a_relative_aside_keeps_the_subject_with_its_verb(pipeline) -> None:
    """«الجيش السوري، الذي يقاتل منذ أشهر في المنطقة، قصف داعش»: the army shells; ISIS is shelled."""
    text = "الجيش السوري، الذي يقاتل منذ أشهر في المنطقة، قصف داعش في الرقة."
    assert _roles(pipeline, text, "ASSAULT") == [(["SYRMIL"], ["IMGMUSISI"])]


def test_doing_verb_names_the_bomber(pipeline) -> None:
    """«قام تنظيم داعش بتفجير مسجد»: the verb of doing makes its subject the bomber."""
    text = "وقام تنظيم داعش بتفجير مسجد للسنة داخل مبنى قوات الطوارئ في عسير."
    assert [src for src, _ in _roles(pipeline, text, "ASSAULT")] == [["IMGMUSISI"]]


def test_a_toll_of_a_bombing_names_no_bomber(pipeline) -> None:
    """Near miss: «قُتل جنود بتفجير»: the ب-noun is the cause of the toll; the dead did not bomb."""
    text = "وقتل ثلاثة جنود عراقيين بتفجير في الموصل."
    assert all("IRQMIL" not in src for src, _ in _roles(pipeline, text, "ASSAULT"))


def test_a_title_with_a_formal_state_name_after_bi_is_that_states(pipeline) -> None:
    """«وزير الداخلية بمملكة البحرين أعرب فيه عن إدانته»: Bahrain's minister condemns."""
    text = ("وتلقى الأمير محمد بن نايف اتصالاً هاتفياً من الشيخ راشد بن عبدالله آل خليفة وزير الداخلية "
            "بمملكة البحرين، أعرب فيه عن إدانته للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ.")
    condemnations = _roles(pipeline, text, "ACCUSE")
    assert condemnations and condemnations[0][0] == ["BHRCOP"]


def test_a_prayer_for_someone_is_no_appeal(pipeline) -> None:
    """«دعا له بالعمر المديد»: a prayer for the king."""
    text = "وأشاد رئيس الوزراء العراقي بالملك، ودعا له بالعمر المديد والتوفيق."
    assert not [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith("02")]


def test_what_a_relative_clause_called_for_is_still_an_appeal(pipeline) -> None:
    """Near miss: «الانتخابات التي دعا لها الرئيس»: ل after a relative is what was called for."""
    text = "وجرت الانتخابات المبكرة التي دعا لها الرئيس المصري في موعدها."
    assert [e for e in code_text(pipeline, text, DAY_2015).events if e.cameo.startswith("02")]
