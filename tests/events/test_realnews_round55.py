"""Round 55 (coder section 82): a verb carrying the conjunction و has no subject before it.  The party it found
there is the object of the verb it is conjoined to, not its subject: the two verbs share the first one's subject.
A verb whose own first letter is و (وافقت) carries no conjunction."""

from __future__ import annotations

import pytest

from .helpers import coded_parties


@pytest.mark.parametrize(("text", "cameo", "source"), [
    ("اتهمت وزارة الخارجية الجزائرية المغرب بدعم جماعات انفصالية، واستدعت سفيرها في الرباط للتشاور.", "161",
     ["DZAGOV"]),
    ("حمّلت الحكومة العراقية تركيا مسؤولية القصف واستدعت سفيرها في بغداد.", "161", ["IRQGOV"]),
])
def test_a_conjoined_verb_shares_the_first_verbs_subject(pipeline, text: str, cameo: str, source: list[str]) -> None:
    coded = {c: s for c, s, _t in coded_parties(pipeline, text)}
    assert coded[cameo] == source


def test_a_root_waw_is_no_conjunction(pipeline) -> None:
    text = ("أبدى الرئيس الأوكراني استعداده للقاء نظيره الروسي في إسطنبول، في حال وافقت موسكو على وقف شامل "
            "لإطلاق النار.")
    consents = [s for c, s, _t in coded_parties(pipeline, text) if c == "030" and "RUSGOV" in s]
    assert consents == [["RUSGOV"]]
