"""Round 76 (coder section 103), from a hand-judged sample of 2015-08-09: a price is no praise (سيكون ثمنه), readiness
is no intent (رفعت جاهزيتها), a feddan is no condemnation (فدان), «قناة السويس» is no channel, a state after ل is a
party unless it is a destination (اتهاماته لروسيا), and a ban told in a relative clause with its own doer (جماعة
الإخوان التي حظرتها القاهرة) is not the act a charge alleges against the accused."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 9)


def _cameos(pipeline, text: str) -> list[str]:
    return [c for c, _s, _t in coded_parties(pipeline, text, DAY)]


def test_a_price_is_no_praise(pipeline) -> None:
    assert "051" not in _cameos(pipeline, "كما أن حلم دخول إيران نادي الدول النووية سيكون ثمنه الذي ستدفعه بالتقسيط.")
    assert "051" not in _cameos(pipeline, "ووقع البلدان اتفاق مقايضة تسدد بيروت بموجبه ثمنها خدمات طبية.")


def test_praising_is_still_praise(pipeline) -> None:
    assert "051" in _cameos(pipeline, "وثمن الرئيس الفلسطيني محمود عباس جهود الحكومة المصرية.")


def test_readiness_is_no_intent_to_cooperate(pipeline) -> None:
    text = "وكتب وزير الصحة السعودي خالد الفالح «مرافق وزارة الصحة في منطقة عسير رفعت جاهزيتها لعلاج المصابين»."
    assert "030" not in _cameos(pipeline, text)
    assert "030" in _cameos(pipeline, "أبدى وزير الخارجية الروسي سيرغي لافروف استعداده للتعاون مع الولايات المتحدة.")


def test_a_feddan_is_no_condemnation(pipeline) -> None:
    text = "وقال الوزير المصري إن الوزارة ستعرض مشروع المليون فدان على المستثمرين السعوديين."
    assert "111" not in _cameos(pipeline, text)
    assert "111" in _cameos(pipeline, "ودان الرئيس المصري الهجوم على السفارة الأمريكية في القاهرة.")


def test_the_suez_canal_is_no_channel(pipeline) -> None:
    text = ("وطالب رئيس الوزراء المصري إبراهيم محلب وزراء حكومته عقب حفل افتتاح قناة السويس الجديدة بتقارير. "
            "وقال إن القناة ستدر دخلا كبيرا.")
    parties = [x for _c, s, t in coded_parties(pipeline, text, date(2015, 8, 8)) for x in s + t]
    assert "EGYMED" not in parties and "MED" not in parties, parties


def test_a_bare_channel_is_the_one_named_before(pipeline) -> None:
    from hadath.actors.evaluate import mentions
    from hadath.actors.stage import ActorStage

    found = mentions("ونقلت قناة الجزيرة عن مصدر أن الوزير استقال. وقالت القناة إن الحكومة ستجتمع.", DAY,
                     ActorStage.load(use_ner=False))
    assert [(m.text, m.actor_code) for m in found if m.text == "القناة"] == [("القناة", "QATMED")]


def test_a_state_after_li_is_the_accused(pipeline) -> None:
    text = "وجدد وزير الخارجية الأمريكي جون كيري اتهاماته لروسيا بدعم الانفصاليين."
    assert ("112", ["USAGOV"], ["RUSGOV"]) in coded_parties(pipeline, text, DAY)


def test_a_state_after_li_is_still_a_destination(pipeline) -> None:
    text = "وصل وزير الخارجية الأمريكي جون كيري لروسيا أمس في زيارة رسمية."
    assert ("042", ["USAGOV"], ["RUSGOV"]) in coded_parties(pipeline, text, DAY)


def test_a_ban_in_a_relative_clause_is_not_the_alleged_act(pipeline) -> None:
    text = "وتتهم مصر قطر بدعم جماعة الإخوان التي حظرتها القاهرة وأعلنتها جماعة إرهابية وهو ما تنفيه الدوحة."
    assert not [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("17") and "QATGOV" in s]
