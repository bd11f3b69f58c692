"""Round 81 (coder section 108), from a hand-judged sample of 2015-08-07: «إذ» opens a clause whose verb has its
subject after it; «التنقل» is moving about, no report; a condemning participle after a comma (مستنكراً الهجوم) is
a condemnation, so the attack it names takes no doer from the clause before; a title and the name it heads may
have an honorific between them (وزير العدل الدكتور وليد الصمعاني), and a listed person named by the possessive
title of the body just named (متحدثها المستشار أحمد أبو زيد) speaks for that body."""

from __future__ import annotations

from datetime import date

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage
from hadath.model import Article

from .helpers import coded_parties

DAY = date(2015, 8, 7)


def test_idh_opens_a_clause_with_its_own_subject(pipeline) -> None:
    text = ("ويسمح لهم الجواز بالتنقل في العالم باستثناء فلسطين نفسها، إذ ترفض سلطات الاحتلال الإسرائيلية "
            "الاعتراف به.")
    doc = pipeline(Article(id="t", date=DAY, text=text))
    rejected = [e for e in doc.events if e.cameo == "120"]
    assert [[m.actor_code for m in e.source] for e in rejected] == [["ISRGOV"]]
    assert [e.status for e in rejected] == ["asserted"]  # «بالتنقل» reports nothing


def test_a_condemning_participle_takes_the_condemned_attack(pipeline) -> None:
    text = ("أكد رئيس مجلس الأمة الكويتي مرزوق علي الغانم وقوف الكويت مع المملكة العربية السعودية في مواجهة "
            "الإرهاب، مستنكرا الهجوم الإرهابي الذي استهدف مسجدا في منطقة عسير.")
    coded = coded_parties(pipeline, text, DAY)
    assert ("111", ["KWTGOV"], []) in coded
    assert not [s for c, s, _t in coded if c.startswith("18") and s], coded


def test_an_honorific_between_a_title_and_its_name() -> None:
    found = mentions("قال وزير الخارجية السعودي الدكتور نزار مدني إن المملكة ستشارك.", DAY,
                     ActorStage.load(use_ner=False))
    assert [m.text for m in found if m.type == "PERS"] == ["وزير الخارجية السعودي الدكتور نزار مدني"]


def test_a_listed_person_under_a_possessive_title_speaks_for_the_body(pipeline) -> None:
    text = ("وأكدت الخارجية المصرية على لسان متحدثها المستشار أحمد أبو زيد تضامن جمهورية مصر العربية مع حكومة وشعب "
            "المملكة العربية السعودية.")
    doc = pipeline(Article(id="t", date=DAY, text=text))
    named = [m for m in doc.entities if m.text.endswith("أحمد أبو زيد")]
    assert [m.actor_code for m in named] == ["EGYGOV"], [(m.text, m.actor_code) for m in doc.entities]


def test_a_participle_after_a_quoted_act_is_the_speakers(pipeline) -> None:
    text = ("وقالت وزارة الداخلية الأفغانية في بيانها إن «الحادثة وقعت حين فجر انتحاري حزامه الناسف في إقليم خان "
            "آباد»، منددة بشدة بهذا «العمل الشنيع».")
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "111"] == [["AFGCOP"]]


def test_a_former_title_gives_no_office_of_that_day(pipeline) -> None:
    text = ("واختلف الحزبان الرئيسيان في إقليم كردستان (الديمقراطي الكردستاني بزعامة رئيس الإقليم مسعود بارزاني "
            "والاتحاد الوطني الكردستاني بزعامة الرئيس العراقي السابق جلال طالباني) في رفضهما.")
    doc = pipeline(Article(id="t", date=DAY, text=text))
    assert not [m for m in doc.entities if m.text.endswith("طالباني") and m.actor_code == "IRQGOV"], [
        (m.text, m.actor_code) for m in doc.entities]
