"""Round 32 of hand-checked real news (coder.py section 59): a name the tagger found after a street or a building
word is the place's name, no party.  A near miss keeps a named person who acts."""

from __future__ import annotations

from datetime import date

from .helpers import code_text

DAY_2015 = date(2015, 7, 24)


def test_a_street_name_is_no_party(pipeline) -> None:
    doc = code_text(pipeline, "مظاهرة مناوئة الى ذلك، تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق النووي "
                              "الايراني الموقع بين ايران والقوى العظمى داعين الكونغرس الامريكي الى رفض الاتفاق.", DAY_2015)
    assert not [e for e in doc.events for m in e.source if "تايمز" in m.text]


def test_a_named_person_still_acts(pipeline) -> None:
    """Near miss: the same name-like words as the subject of a verb, after no street word."""
    doc = code_text(pipeline, "وندد جون كيري بالهجوم على السفارة الأمريكية في صنعاء.", DAY_2015)
    assert [e for e in doc.events if e.source]
