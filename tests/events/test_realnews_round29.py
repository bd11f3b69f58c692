"""Round 29 of hand-checked real news (coder.py section 56): the subject of a meeting's relative verb may stand
past a title the lexicon leaves out.  A near miss keeps a meeting whose relative verb has a party of its own
genitive before it."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, codes, of_type

DAY_2015 = date(2015, 8, 9)


def test_the_subject_of_the_relative_verb_past_a_title_holds_the_meeting(pipeline) -> None:
    doc = code_text(pipeline, "كشفت مصادر صحفية يمنية عن لقاء عقده زعيم التمرد عبدالملك الحوثي، مع قيادات من حركته في "
                              "مدينة يريم.", DAY_2015)
    assert [codes(e.source) for e in of_type(doc, "CONSULT")] == [["YEMREBHOU"]]


def test_the_subject_right_after_the_relative_verb_holds_the_call(pipeline) -> None:
    """Near miss: «اتصال هاتفي أجراه الرئيس المصري»: the subject right after the verb."""
    doc = code_text(pipeline, "وتناول اتصال هاتفي أجراه الرئيس المصري بنظيره الفرنسي الأوضاع في ليبيا.", DAY_2015)
    assert [codes(e.source) for e in of_type(doc, "CONSULT")] == [["EGYGOV"]]
