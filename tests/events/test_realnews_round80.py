"""Round 80 (coder section 107), from a hand-judged sample of 2015-08-11: a passive act's agent (تم إطلاق سراحه من
قبل …) is its doer, not the party of the clause before «تم»; and a denial ends at «بل»: what follows is what the
denier asserts instead."""

from __future__ import annotations

from datetime import date

from hadath.model import Article

DAY = date(2015, 8, 11)
TEXT = ("نفت شرطة تبوك صدور عفو عن متهم بل تم إطلاق سراحه بكفالة حضورية من قبل فرع هيئة التحقيق والادعاء العام "
        "بعد انتهاء التحقيق معه.")


def _release(pipeline):
    doc = pipeline(Article(id="t", date=DAY, text=TEXT))
    return [e for e in doc.events if e.cameo == "0841"]


def test_the_agent_of_a_passive_act_is_its_doer(pipeline) -> None:
    released = _release(pipeline)
    assert released and [m.actor_code for m in released[0].source] == ["SAUJUD"], [
        (e.cameo, [m.actor_code for m in e.source]) for e in released]


def test_a_denial_ends_at_bal(pipeline) -> None:
    released = _release(pipeline)
    assert released and released[0].status == "asserted", [(e.cameo, e.status) for e in released]


def test_a_denial_still_covers_its_own_clause(pipeline) -> None:
    text = "نفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت غارات على مدينة إدلب."
    doc = pipeline(Article(id="t", date=DAY, text=text))
    assert [e.status for e in doc.events if e.cameo.startswith("19")] == ["denied"]
