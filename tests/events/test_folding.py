"""The article fold: repeated reports of one event become one record, but two acts of one sentence that the
sentence coder kept apart (clauses of their own) stay two."""

from __future__ import annotations

import copy

from hadath.events.stage import _fold_article

from .helpers import code_text, lexical, of_type


def test_two_accusations_in_clauses_of_their_own_stay_two(pipeline):
    doc = code_text(pipeline, "حمّلت الحكومة المصرية إسرائيل المسؤولية الكاملة عن التصعيد، "
                              "واتهمتها بعرقلة دخول المساعدات إلى غزة.")
    accusations = lexical(of_type(doc, "ACCUSE"))
    assert [e.trigger.text for e in accusations] == ["حمّلت", "اتهمتها"]
    assert all(len(e.mentions) == 1 for e in accusations)


def test_a_storming_and_the_sit_in_announced_after_it_are_two_protests(pipeline):
    doc = code_text(pipeline, "اقتحم مئات من أنصار المعارضة مبنى البرلمان الكيني، "
                              "وأعلنوا الدخول في اعتصام مفتوح داخله.")
    assert len(lexical(of_type(doc, "PROTEST"))) == 2


def test_an_act_after_fima_is_its_own_record(pipeline):
    doc = code_text(pipeline, "واصل مئات العمال اعتصامهم أمام وزارة الصناعة في القاهرة، "
                              "فيما أعلن عشرة منهم الدخول في إضراب عن الطعام.")
    assert sorted(e.cameo for e in lexical(of_type(doc, "PROTEST"))) == ["141", "142"]


def test_the_same_act_told_in_two_sentences_is_still_folded(pipeline):
    doc = code_text(pipeline, "استدعت وزارة الخارجية الأردنية السفير الإسرائيلي في عمان. "
                              "واستدعت الخارجية الأردنية السفير الإسرائيلي بعد الاعتداءات على المصلين.")
    summons = of_type(doc, "ACCUSE")
    assert len(summons) == 1
    assert sorted(m.sentence for m in summons[0].mentions) == [0, 1]


def test_only_the_pairs_kept_apart_escape_the_fold(pipeline):
    """The fold itself: without the pair the coder kept apart it merges the two accusations (same type, same
    parties); with it, both stay."""
    doc = code_text(pipeline, "حمّلت الحكومة المصرية إسرائيل المسؤولية الكاملة عن التصعيد، "
                              "واتهمتها بعرقلة دخول المساعدات إلى غزة.")
    first, second = lexical(of_type(doc, "ACCUSE"))
    merged = _fold_article(copy.deepcopy([first, second]))
    assert len(merged) == 1 and len(merged[0].mentions) == 2
    apart = frozenset({frozenset((first.id, second.id))})
    assert len(_fold_article(copy.deepcopy([first, second]), apart)) == 2


def test_a_folded_reciprocal_record_keeps_its_sides_as_target(pipeline):
    """Round 104: folding a second report into a reciprocal record (source and target the same two sides) must not
    strip the target as «the source's own code», as it does for a one-sided record's self-reference."""
    doc = code_text(pipeline, "أعلنت موسكو والرياض أنهما اتفقتا على توحيد الجهود لمواجهة الإرهاب. "
                              "وقال مسؤول روسي إن موسكو والرياض اتفقتا على ذلك خلال محادثات في سوتشي.")
    agreements = [e for e in of_type(doc, "AGREE") if e.cameo.startswith("03")]
    assert agreements and all(sorted(a.actor_code for a in e.target) == ["RUSGOV", "SAUGOV"] for e in agreements), [
        (e.cameo, [a.actor_code for a in e.source], [a.actor_code for a in e.target]) for e in agreements]
