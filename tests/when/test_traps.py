"""Words that look like dates but are not: precision first."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.when import DateGrammar, find_dates

REF = date(2017, 8, 25)


@pytest.mark.parametrize("sentence", [
    "نقلت صحيفة اليوم عن مصدر مسؤول أن الاجتماع تأجل",
    "وبثت قناة روسيا اليوم تقريرا عن المعارك",
    "ذكرت «اليوم» أن الوزير استقال",
    "وشاركت الوزارة في فعاليات اليوم الوطني",
    "وعقد الاجتماع في اليوم الأول من المؤتمر",
    "وفي مثل هذا اليوم من كل عام تحيي البلاد ذكرى الاستقلال",
    "وقال إن اليوم نفسه شهد انفجارا آخر",
    "وقتل 25 شخصا وأصيب 40 آخرون",
    "وقال الأب إن ابنه اختفى",
    "ويمارس الجيش ضغوطا على المسلحين",
    "ومارس المسؤولون ضغوطا كبيرة",
    "وشارك في الاجتماع ممثلو قوى 14 آذار",
    "واحتفل المتظاهرون بذكرى ثورة 25 يناير",
    "وشارك آلاف المصلين في صلاة الجمعة",
    "والتقى الاثنين في مقر الأمم المتحدة",
    "وكان يوم حافلا بالأحداث",
    "وأغلقت المدارس خلال الأيام الماضية",
    "وقالت إنها لم تره منذ سنوات",
    "وتوفي عن 80 عاما",
    "وبلغ عدد القتلى 1500 شخص",
    "وصدر القرار 2254 بالإجماع",
    "ووقع الهجوم قبل يومين من وصول الوفد",
    "وكانت سيارة نيسان متوقفة قرب المبنى",
    "وأصدرت جماعة أيلول الأسود بيانا",
    "ولم يحدد شهر رمضان موعدا",
    "وأكد أن ثلاثة أيام من المحادثات لم تكف",
])
def test_no_date(grammar: DateGrammar, sentence: str) -> None:
    assert find_dates(sentence, REF, grammar) == []


def test_month_with_a_day_or_a_year_is_still_found(grammar: DateGrammar) -> None:
    found = find_dates("وعقد الاجتماع في 14 آذار 2005", REF, grammar)
    assert [(m.text, m.value) for m in found] == [("14 آذار 2005", "2005-03-14")]
    found = find_dates("ومارس الماضي شهد تصعيدا", REF, grammar)
    assert [m.value for m in found] == ["2017-03"]


@pytest.mark.parametrize("sentence", [
    "وافتتحت مكتبة «الغد العربي» فرعا جديدا",
    "وتصل تكاليف العمالة إلى 71 سنتا في اليوم",
    "محمد الفلاني – عين اليوم",
    "مقارنة بشهر تشرين الثاني من نفس العام",
    "وقال عبد الأحد إن الوضع هادئ",
])
def test_more_traps(grammar: DateGrammar, sentence: str) -> None:
    assert find_dates(sentence, REF, grammar) == []


@pytest.mark.parametrize("sentence", [
    "وحل المنتخب في المركز الثاني من أصل عشرة",
    "وانتقلت الشركة إلى مدينة السادس من أكتوبر",
    "وأحيا المصريون ذكرى السادس من أكتوبر",
    "وكان الثاني من نوعه في المنطقة",
])
def test_ordinal_traps(grammar: DateGrammar, sentence: str) -> None:
    assert find_dates(sentence, REF, grammar) == []
