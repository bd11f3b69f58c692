"""Round 97 (coder section 123), from the dev split's uncoded organs: an unnamed state organ (الحكومة، الشرطة)
takes the country of the organised society named beside it in its sentence — a union, a party, the press — even
when that party belongs to another event of the sentence (يأمل الاتحاد العام التونسي للشغل أن تعدل الحكومة …);
civilians and armed groups do not give it theirs (a foreign force's victims or foes)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2022, 12, 1)


def test_a_union_names_the_government_it_hopes_will_yield(pipeline) -> None:
    text = "يأمل الاتحاد العام التونسي للشغل أن تعدل الحكومة عن قرار تجميد الأجور قبل نهاية العام."
    sources = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("08")]
    assert ["TUNGOV"] in sources, sources


def test_civilians_do_not_give_the_police_their_country(pipeline) -> None:
    # near miss: the citizens a police force acts against are not the society it belongs to
    text = "وقالت النائبة إن قوات الشرطة جاءت لتهدم بيتا وتصادر أرضا من المواطنين الفلسطينيين."
    sources = [s for _c, s, _t in coded_parties(pipeline, text, DAY)]
    assert not any("PSECOP" in s for s in sources), sources
