"""Round 110 (coder section 133): media that tell about an act (ما تداولته وسائل إعلام إسرائيلية عن نشر مصر قوات)
are not its doer; the doer is looked for past them (the denier, whose side the act is told of)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_the_media_reporting_a_deployment_did_not_deploy(pipeline) -> None:
    text = ("نفى مصدر عسكري أردني مسؤول ما تناقلته وسائل إعلام عن إرسال قوات برية أردنية إلى داخل الأراضي "
            "السورية.")
    coded = coded_parties(pipeline, text, DAY)
    assert ("154", ["JORMIL"], []) in coded, coded


def test_the_media_reporting_a_suspension_did_not_suspend(pipeline) -> None:
    text = ("كذّبت وزارة الخارجية الجزائرية ما روّجته وسائل إعلام إسبانية عن تعليق الجزائر إمدادات الغاز "
            "عبر خط الأنابيب.")
    coded = coded_parties(pipeline, text, DAY)
    assert any(c == "163" and s == ["DZAGOV"] for c, s, _t in coded), coded


def test_a_ministry_announcing_its_own_act_still_does_it(pipeline) -> None:
    # near miss: a state body (no medium) announcing an act after «عن» is its doer as before
    text = "أعلنت وزارة الداخلية السعودية عن اعتقال خلية إرهابية في القطيف."
    coded = coded_parties(pipeline, text, DAY)
    assert any(c[:3] == "173" and s == ["SAUCOP"] for c, s, _t in coded), coded
