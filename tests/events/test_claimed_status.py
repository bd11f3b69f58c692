"""Claimed versus asserted (coder.py section 18): who tells the act.  Each positive is checked again with its
rule switched off, so that it proves the rule; near misses must keep the status they had."""

from __future__ import annotations

import pytest

import hadath.events.coder as coder
import hadath.events.status as status
from hadath.model import Article, Document
from tests.events.helpers import of_type


@pytest.fixture
def make_doc(pipeline):
    """Documents coded by the whole pipeline (conftest): the status rules depend on the actors the lexicon finds
    (outlets, nisbas), so none are placed by hand here."""
    def build(text: str) -> Document:
        return pipeline(Article(id="t", text=text))
    return build


def _status(make_doc, text: str, etype: str, trigger: str | None = None) -> str:
    doc = make_doc(text)
    typed = [e for e in doc.events if e.cameo.startswith(etype)] if etype.isdigit() else of_type(doc, etype)
    events = [e for e in typed if trigger is None or e.trigger.text == trigger]
    assert events, f"no {etype} coded"
    return events[0].status


# each rule switched off where it is looked up: the coder calls most of them, _content_end calls _while_clause
OFF = {"carry": (coder, "_carrying_verb", lambda *a, **k: False), "lead": (coder, "_outlet_lead", lambda *a: False),
       "own": (coder, "_own_report", lambda *a: False), "toll": (coder, "_relative_toll_between", lambda *a: False),
       "outlet": (coder, "_sentence_outlet", lambda *a: None), "other": (coder, "_other_statement", lambda *a: False),
       "while": (status, "_while_clause", lambda *a: False)}

POSITIVES = [
    # نقل that carries people or things opens no report
    ("carry", "أطلقت السلطات التركية سراح عشرين معتقلاً ونقلتهم إلى الحدود، ودعت دمشق إلى خطوة مماثلة.",
     "02", None, "asserted"),
    # a state's own agency leading with plain speech
    ("lead", "ذكرت وكالة الأنباء السعودية أن الرياض طلبت من واشنطن تسريع تسليم صفقة الأسلحة.",
     "REQUEST", None, "asserted"),
    # the reporter's own act in a relative clause on it
    ("own", "اعتقلت الشرطة الإيرانية عشرات المحتجين، وفق ما أفادت به منظمة العفو الدولية، التي نددت بالاعتقالات.",
     "ACCUSE", None, "asserted"),
    # the source vouches for the toll of a relative clause, not for the act
    ("toll", "تبنى تنظيم داعش الهجوم على سوق في بغداد، الذي أوقع 30 قتيلاً بحسب وزارة الصحة العراقية.",
     "ASSAULT", None, "asserted"),
    # the state's own agency tells a meeting whose first act is its state's
    ("outlet", "استقبل أمير قطر الرئيس الرواندي، واتفق الجانبان على إنشاء لجنة مشتركة، وفق وكالة الأنباء القطرية.",
     "AGREE", None, "asserted"),
    # a statement of a third state
    ("other", "انسحبت القوات الإثيوبية من بلدة حدودية، بحسب بيان صادر عن الجيش السوداني.",
     "RETREAT", None, "claimed"),
    # في حين ends what the monitor reports
    ("while", "أفادت منظمة حقوقية بأن الطيران الحربي قصف سوقاً في الفاشر، في حين اتهمت قوات الدعم السريع "
              "الجيش بارتكاب مجزرة.", "ACCUSE", None, "asserted"),
]


@pytest.mark.parametrize(("rule", "text", "etype", "trigger", "status"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_rule_sets_the_status(make_doc, monkeypatch, rule, text, etype, trigger, status):
    assert _status(make_doc, text, etype, trigger) == status
    monkeypatch.setattr(*OFF[rule])
    assert _status(make_doc, text, etype, trigger) != status


NEAR_MISSES = [
    # a quoted third-party source stays a claim
    ("نقلت وكالة رويترز عن مصادر أمنية أن القوات التركية قصفت مواقع في شمال العراق.", "ASSAULT", "claimed"),
    ("نقلت صحيفة أمريكية عن مسؤول سعودي أن الرياض رفضت طلباً أمريكياً بزيادة الإنتاج.", "REJECT", "claimed"),
    # a foreign agency is no state outlet of the actor
    ("ذكرت وكالة الأنباء الفرنسية أن الرياض طلبت من واشنطن تسريع تسليم صفقة الأسلحة.", "REQUEST", "claimed"),
    # the act the monitor reports stays claimed beside the monitor's own condemnation
    ("اعتقلت الشرطة الإيرانية عشرات المحتجين، وفق ما أفادت به منظمة العفو الدولية، التي نددت بالاعتقالات.",
     "COERCE", "claimed"),
    # a plain trailing source with no relative clause between
    ("قصفت الطائرات السورية سوقاً في إدلب، بحسب المرصد السوري لحقوق الإنسان.", "ASSAULT", "claimed"),
    # a statement of the actor's own army
    ("انسحبت القوات الإثيوبية من بلدة حدودية، بحسب بيان صادر عن الجيش الإثيوبي.", "RETREAT", "asserted"),
    # the monitor's report before في حين stays claimed
    ("أفادت منظمة حقوقية بأن الطيران الحربي السوداني قصف سوقاً في الفاشر، في حين اتهمت قوات الدعم السريع "
     "الجيش بارتكاب مجزرة.", "ASSAULT", "claimed"),
]


@pytest.mark.parametrize(("text", "etype", "status"), NEAR_MISSES)
def test_near_misses_keep_their_status(make_doc, text, etype, status):
    assert _status(make_doc, text, etype) == status


@pytest.mark.parametrize("text", ["وزارة النقل أعلنت أمس خطة جديدة للطرق.", "نُقل الجرحى إلى المستشفى.",
                                  "نقل الوزير رسالة إلى نظيره."])
def test_carrying_is_no_report(make_doc, text):
    tokens = make_doc(text).sentences[0].tokens
    k = next(i for i, t in enumerate(tokens) if "نقل" in t.norm)
    assert status._carrying_verb(tokens, k)


def test_reporting_naql_is_a_report(make_doc):
    tokens = make_doc("نقلت وكالة رويترز عن مصادر أن الجيش انسحب.").sentences[0].tokens
    assert not status._carrying_verb(tokens, 0)
