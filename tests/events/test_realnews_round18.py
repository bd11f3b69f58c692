"""Round 18 of hand-checked real news (coder.py section 45): concurring sources express no accord, what a demand
asks for is no act done, a deputy of an office holder is no member of parliament, a body's word before its
quoted name heads the subject, an attack described by a relative verb keeps the dead out of its actors, a title
and the person it names past forms of address are one party, and a civilian target's evidence is the place's
word.  Each rule with a near miss that keeps its reading."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY_2015 = date(2015, 8, 11)


def _events(pipeline, text: str):  # noqa: ANN001, ANN202
    return code_text(pipeline, text, DAY_2015).events


def test_concurring_sources_express_no_accord(pipeline) -> None:
    """«قالت مصادر عسكرية متطابقة»: the sources agree with each other; nobody expresses accord."""
    text = "وقال هادي إن مصادر عسكرية متطابقة أكدت أن القوات تصعد عملياتها في محافظة إب."
    assert not [e for e in _events(pipeline, text) if e.cameo == "019"]


def test_positions_that_match_are_still_accord(pipeline) -> None:
    """Near miss: «مواقف البلدين متطابقة» said by a minister expresses accord."""
    text = "وأكد وزير الخارجية السعودي أن مواقف المملكة ومصر متطابقة تجاه الأزمة اليمنية."
    assert [e for e in _events(pipeline, text) if e.cameo == "019"]


def test_what_a_demand_asks_for_is_no_release(pipeline) -> None:
    """«مسيرات … المطالبة بالإفراج عن المختطفين»: the release is demanded, not done."""
    text = ("وخرجت مسيرات غاضبة في إب رفضا للانقلاب الحوثي والمطالبة بالإفراج عن المختطفين من قادة حزب "
            "الإصلاح اليمني.")
    assert not [e for e in _events(pipeline, text) if e.cameo.startswith("084")]


def test_a_release_done_is_still_coded(pipeline) -> None:
    """Near miss: a release the government announced."""
    text = "وأعلنت الحكومة البحرينية الإفراج عن عشرين معتقلا بعفو ملكي."
    assert [e for e in _events(pipeline, text) if e.cameo.startswith("084")]


def test_a_bodys_word_before_its_quoted_name_heads_the_subject(pipeline) -> None:
    """«يحتجز تنظيم «داعش» … فتاة سويدية»: ISIS holds her; the word before the quote is no container."""
    text = "من جهة أخرى، يحتجز تنظيم «داعش» الإرهابي فتاة سويدية في سوريا بعد أن فرت من منزل والديها."
    detentions = roles_of(code_text(pipeline, text, DAY_2015), "COERCE")
    assert detentions and detentions[0][0] == ["IMGMUSISI"]


def test_an_attack_described_by_a_relative_verb_names_no_dead_as_attacker(pipeline) -> None:
    """«قتل ثلاثة جنود أمس بتفجير استهدف دوريتهم»: the bombing targeted the patrol; the dead did not bomb."""
    text = "وقتل ثلاثة جنود عراقيين أمس بتفجير استهدف دوريتهم في الموصل."
    attacks = roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT")
    assert attacks and all("IRQMIL" not in src for src, _ in attacks)


def test_an_attack_with_its_own_attacker_after_the_relative_verb(pipeline) -> None:
    """Near miss: «في هجوم شنه مسلحون»: the relative verb names the attackers."""
    text = "وأصيب خمسة مدنيين في هجوم شنه مسلحون على قرية في ديالى."
    assert [src for src, _ in roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT")] == [["UAF"]]


def test_a_title_and_the_person_it_names_past_honorifics_are_one_party(pipeline) -> None:
    """«استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف … السفير الأمريكي»: the prince
    receives the ambassador; he does not receive himself."""
    text = ("استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف في جدة أمس السفير "
            "الأمريكي لدى المملكة.")
    hosted = roles_of(code_text(pipeline, text, DAY_2015), "CONSULT")
    assert len(hosted) == 1 and hosted[0][1] == ["USAGOV"] and all(c.startswith("SAU") for c in hosted[0][0])


def test_a_civilian_targets_evidence_is_the_places_word(pipeline) -> None:
    """«داهمت منازلهم»: the civilians hit are shown on «منازلهم», not on the verb."""
    text = "واعتقلت قوات الاحتلال أربعة شبان فلسطينيين بعد أن داهمت منازلهم في مدينة جنين."
    raids = [e for e in _events(pipeline, text) if e.trigger.text == "داهمت"]
    assert raids and [t.text for t in raids[0].target] == ["منازلهم"]


def test_a_quoted_name_after_a_bodys_word_is_the_object(pipeline) -> None:
    """«هاجم الجيش العراقي تنظيم «داعش»»: the quotation marks hold a name; they end no clause."""
    text = "وهاجم الجيش العراقي تنظيم «داعش» في الموصل."
    assert roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT") == [(["IRQMIL"], ["IMGMUSISI"])]


def test_the_adjective_of_a_quoted_name_is_no_second_party(pipeline) -> None:
    """«يحتجز تنظيم «داعش» الإرهابي فتاة سويدية»: «الإرهابي» describes ISIS; it is not the one detained."""
    text = "من جهة أخرى، يحتجز تنظيم «داعش» الإرهابي فتاة سويدية في سوريا."
    assert roles_of(code_text(pipeline, text, DAY_2015), "COERCE") == [(["IMGMUSISI"], [])]


def test_a_claim_of_responsibility_in_the_egyptian_spelling(pipeline) -> None:
    """«أعلن تنظيم داعش مسئوليته عن التفجير»: مسئولية is مسؤولية spelled with the hamza on yaa."""
    text = "وأعلن تنظيم داعش مسئوليته عن التفجير الذي استهدف المسجد."
    assert [e for e in _events(pipeline, text) if e.cameo == "015"]


def test_the_kind_of_an_attack_is_no_party_to_another_act(pipeline) -> None:
    """«أدانت الحكومة الأردنية الهجوم الإرهابي»: «الإرهابي» says what kind of attack it was; no generic «rebels»
    are the target of the condemnation."""
    text = "وأدانت الحكومة الأردنية الهجوم الإرهابي الذي استهدف مسجدا في الكويت."
    assert roles_of(code_text(pipeline, text, DAY_2015), "ACCUSE") == [(["JORGOV"], [])]
