"""Round 152 (coder section 172), from the 2015-08-02 sample: «، ما دعاهم» is what the clause before caused, no
appeal; a subsidy (دعم الطاقة) is no support and declining a seat (اعتذارها عن عضويتها) no apology; the dead before
«مصرعهم / سقطوا قتلى» are the act's target; a country that «شهدت» attacks is their place; «نسبته X إلى Y» after an
act names its doer Y; what is said «فيه» (in the call) is the caller's; forms of address count for nothing in the
reach of a host's object."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 8, 2)


def test_what_the_clause_before_caused_is_no_appeal(pipeline) -> None:
    text = "أطلق الجيش النار على المتظاهرين، ما دعا الأمم المتحدة إلى التنديد."
    coded = coded_parties(pipeline, text, DAY)
    assert not [c for c, _s, _t in coded if c.startswith("02")], coded
    assert ("111", ["IGOUNO"], []) in coded, coded
    assert all(e.status != "negated" for e in code_text(pipeline, text, DAY).events)


def test_ma_after_a_colon_still_negates(pipeline) -> None:
    # near miss: «ما» opening a quoted clause is the negation
    doc = code_text(pipeline, "وقال الناطق: ما قصفت الطائرات الروسية المدينة.", DAY)
    assert [e.status for e in doc.events] == ["negated"], [(e.cameo, e.status) for e in doc.events]


def test_a_fuel_subsidy_is_no_support(pipeline) -> None:
    coded = coded_parties(pipeline, ("وحسب آخر أرقام صندوق النقد الدولي، وصل دعم الطاقة "
                                    "في الإمارات نحو 12 مليار دولار."), DAY)
    assert not [c for c, _s, _t in coded if c.startswith("05")], coded


def test_support_for_a_government_is_still_support(pipeline) -> None:
    # near miss: «دعم» with a party as its object
    assert parties_of(pipeline, "دعمت السعودية الحكومة اليمنية.", "051", DAY) == [(["SAUGOV"], ["YEMGOV"])]


def test_declining_a_seat_is_no_apology(pipeline) -> None:
    text = "كانت رؤية المملكة العربية السعودية باعتذارها عن عضويتها الدورية في مجلس الأمن رؤية عميقة."
    coded = coded_parties(pipeline, text, DAY)
    assert not [c for c, _s, _t in coded if c == "055"], coded


def test_an_apology_for_words_is_still_one(pipeline) -> None:
    # near miss: «اعتذر عن تصريحاته» apologises
    coded = coded_parties(pipeline, "اعتذر وزير الخارجية التركي عن تصريحاته بحق مصر.", DAY)
    assert ("055", ["TURGOV"], []) in coded, coded


def test_the_dead_before_their_death_word_are_the_target(pipeline) -> None:
    for text in ("إلى ذلك، لقي 13 حوثياً مصرعهم.", "وقال السكان إن 25 حوثياً سقطوا قتلى.",
                 "لقي 13 جندياً سعودياً مصرعهم."):
        kills = parties_of(pipeline, text, "190", DAY)
        assert kills and all(not s and t for s, t in kills), (text, kills)


def test_who_inflicted_the_dead_stays_the_source(pipeline) -> None:
    # near miss: «قتلى» with no «سقط» before it; the subject inflicted them
    kills = parties_of(pipeline, "أوقع الجيش اليمني قتلى كثيرين.", "190", DAY)
    assert kills == [(["YEMMIL"], [])], kills


def test_a_country_that_witnessed_attacks_did_not_attack(pipeline) -> None:
    for text in ("شهدت تركيا هجمات عدة.", "وأكد داود أوغلو أن تركيا شهدت 121 هجوماً منذ الانتخابات."):
        coded = coded_parties(pipeline, text, DAY)
        assert not [s for c, s, _t in coded if c.startswith("19") and s], (text, coded)


def test_an_army_that_launched_attacks_did(pipeline) -> None:
    # near miss: no verb of witnessing, the subject attacks
    coded = coded_parties(pipeline, "الجيش التركي شن هجمات على حزب العمال الكردستاني.", DAY)
    assert ("190", ["TURMIL"], ["TURREBPKK"]) in coded, coded


def test_an_attack_attributed_after_it_is_the_named_groups(pipeline) -> None:
    text = "غداة اعتداء انتحاري نسبته السلطات الى تنظيم داعش في سوروتش."
    attacks = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("18")]
    assert attacks and all(s == ["IMGMUSISI"] and t == [] for s, t in attacks), attacks


def test_what_was_said_in_the_call_is_the_callers(pipeline) -> None:
    text = "تلقى الرئيس المصري اتصالا هاتفيا من الرئيس الفرنسي أعرب فيه عن تعازيه في الضحايا."
    doc = code_text(pipeline, text, DAY)
    said = [[a.actor_code for a in e.source] for e in doc.events if e.trigger.text == "أعرب"]
    assert said == [["FRAGOV"]], [(e.trigger.text, [a.actor_code for a in e.source]) for e in doc.events]


def test_a_long_titled_host_with_forms_of_address(pipeline) -> None:
    text = ("استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة مساء "
            "اليوم في قصر الشاطئ معالي عادل الجبير.")
    assert parties_of(pipeline, text, "043", DAY) == [(["AREGOV"], ["SAUGOV"])]
