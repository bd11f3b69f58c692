"""Each family of expressions through :func:`hadath.when.resolve`, with clitics, spellings and digits."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.when import DateGrammar, explain, resolve

FRIDAY = date(2017, 8, 25)
THURSDAY = date(2017, 1, 19)

CASES = [
    # (expression, reference, value, precision)
    ("أمس", THURSDAY, "2017-01-18", "day"),
    ("وأمس", THURSDAY, "2017-01-18", "day"),
    ("بالأمس", THURSDAY, "2017-01-18", "day"),
    ("البارحة", THURSDAY, "2017-01-18", "day"),
    ("أمس الأول", THURSDAY, "2017-01-17", "day"),
    ("أول أمس", THURSDAY, "2017-01-17", "day"),
    ("أول من أمس", THURSDAY, "2017-01-17", "day"),
    ("مساء أمس", THURSDAY, "2017-01-18", "day"),
    ("اليوم", FRIDAY, "2017-08-25", "day"),
    ("صباح اليوم", FRIDAY, "2017-08-25", "day"),
    ("غداً", FRIDAY, "2017-08-26", "day"),
    ("غدا", date(2016, 12, 31), "2017-01-01", "day"),
    ("يوم غد", FRIDAY, "2017-08-26", "day"),
    ("بعد غد", FRIDAY, "2017-08-27", "day"),
    ("قبل يومين", FRIDAY, "2017-08-23", "day"),
    ("قبل ثلاثة أيام", FRIDAY, "2017-08-22", "day"),
    ("قبل 3 أيام", FRIDAY, "2017-08-22", "day"),
    ("قبل ٣ أيام", FRIDAY, "2017-08-22", "day"),
    ("منذ ثلاثة أيام", date(2017, 3, 1), "2017-02-26", "day"),
    ("قبل أسبوع", FRIDAY, "2017-08-18", "day"),
    ("قبل شهرين", date(2017, 1, 19), "2016-11", "month"),
    ("قبل عامين", FRIDAY, "2015", "year"),
    ("سيصل الوفد بعد ثلاثة أيام", FRIDAY, "2017-08-28", "day"),
    ("وسيصل الوفد بعد يومين", FRIDAY, "2017-08-27", "day"),
    ("يوم الخميس", FRIDAY, "2017-08-24", "day"),
    ("يوم الجمعة", FRIDAY, "2017-08-25", "day"),  # the publication day itself
    ("الخميس", FRIDAY, "2017-08-24", "day"),
    ("والخميس", FRIDAY, "2017-08-24", "day"),
    ("الخميس الماضي", FRIDAY, "2017-08-24", "day"),
    ("الجمعة الماضي", FRIDAY, "2017-08-18", "day"),
    ("الجمعة المقبل", FRIDAY, "2017-09-01", "day"),
    ("الخميس المقبل", FRIDAY, "2017-08-31", "day"),
    ("الاثنين القادم", FRIDAY, "2017-08-28", "day"),
    ("يوم الإثنين", FRIDAY, "2017-08-21", "day"),
    ("الأسبوع الماضي", date(2017, 9, 3), "2017-08", "month"),
    ("الأسبوع المقبل", date(2017, 8, 28), "2017-09", "month"),
    ("الشهر الماضي", date(2017, 1, 19), "2016-12", "month"),
    ("الشهر المقبل", date(2017, 12, 5), "2018-01", "month"),
    ("العام الماضي", FRIDAY, "2016", "year"),
    ("السنة المقبلة", FRIDAY, "2018", "year"),
    ("هذا العام", FRIDAY, "2017", "year"),
    ("مطلع الشهر", FRIDAY, "2017-08", "month"),
    ("أواخر العام", FRIDAY, "2017", "year"),
    ("منتصف الشهر الماضي", date(2017, 1, 19), "2016-12", "month"),
    ("أوائل العام المقبل", FRIDAY, "2018", "year"),
    ("6 أيار الماضي", FRIDAY, "2017-05-06", "day"),
    ("6 ايار الماضي", FRIDAY, "2017-05-06", "day"),
    ("6 أيار 2017", FRIDAY, "2017-05-06", "day"),
    ("٦ أيار ٢٠١٧", FRIDAY, "2017-05-06", "day"),
    ("20 كانون الأول", date(2017, 1, 19), "2016-12-20", "day"),
    ("في أيلول 2015", FRIDAY, "2015-09", "month"),
    ("أيلول الماضي", FRIDAY, "2016-09", "month"),
    ("تموز الماضي", FRIDAY, "2017-07", "month"),
    ("أيلول العام الماضي", THURSDAY, "2016-09", "month"),
    ("أيلول من العام الماضي", THURSDAY, "2016-09", "month"),
    ("منذ 2014", FRIDAY, "2014", "year"),
    ("منذ ايلول 2015", FRIDAY, "2015-09", "month"),
    ("عام 2015", FRIDAY, "2015", "year"),
    ("العام 2015", FRIDAY, "2015", "year"),
    ("2017/1/19", FRIDAY, "2017-01-19", "day"),
    ("19-1-2017", FRIDAY, "2017-01-19", "day"),
    ("19/01/2017", FRIDAY, "2017-01-19", "day"),
    ("19.01.2017", FRIDAY, "2017-01-19", "day"),
    ("١٩/١/٢٠١٧", FRIDAY, "2017-01-19", "day"),
    ("15 رمضان 1436 هـ", FRIDAY, "2015-07-02", "day"),
    ("15 رمضان 1436هـ", FRIDAY, "2015-07-02", "day"),
    ("1 شوال 1438", FRIDAY, "2017-06-26", "day"),
    ("5 يناير", THURSDAY, "2017-01-05", "day"),
    ("14 فبراير 2011", FRIDAY, "2011-02-14", "day"),
    ("3 أبريل", FRIDAY, "2017-04-03", "day"),
    ("3 ابريل", FRIDAY, "2017-04-03", "day"),
    ("10 يونيه 2016", FRIDAY, "2016-06-10", "day"),
    ("4 اغسطس", FRIDAY, "2017-08-04", "day"),
    ("12 جانفي 2015", FRIDAY, "2015-01-12", "day"),
    ("8 ماي 2016", FRIDAY, "2016-05-08", "day"),
    ("30 جوان", FRIDAY, "2017-06-30", "day"),
    ("2 يوليوز 2014", FRIDAY, "2014-07-02", "day"),
    ("15 شتنبر 2014", FRIDAY, "2014-09-15", "day"),
    ("آب 2014", FRIDAY, "2014-08", "month"),
    ("9 آب", FRIDAY, "2017-08-09", "day"),
    ("مارس الماضي", FRIDAY, "2017-03", "month"),
    ("أيلول/سبتمبر 2015", FRIDAY, "2015-09", "month"),
    ("تشرين الثاني المقبل", FRIDAY, "2017-11", "month"),
    ("تشرين ثاني 2016", FRIDAY, "2016-11", "month"),
    ("اليوم الخميس", THURSDAY, "2017-01-19", "day"),
    ("أمس الأربعاء", THURSDAY, "2017-01-18", "day"),
    ("(الاثنين 2017/1/16)", THURSDAY, "2017-01-16", "day"),
]


@pytest.mark.parametrize(("expression", "reference", "value", "precision"), CASES)
def test_resolve_families(grammar: DateGrammar, expression: str, reference: date, value: str,
                          precision: str) -> None:
    mention = resolve(expression, reference, grammar=grammar)
    assert mention is not None, expression
    assert (mention.value, mention.precision) == (value, precision), mention.how
    assert expression[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(("expression", "relation"), [
    ("منذ 2014", "since"), ("منذ ايلول 2015", "since"), ("حتى عام 2030", "until"), ("قبل 2014", "before"),
    ("بعد 2014", "after"), ("يوم الخميس", "on"), ("منذ يومين", "since"), ("قبل يومين", "on"),
])
def test_relation_cues(grammar: DateGrammar, expression: str, relation: str) -> None:
    mention = resolve(expression, FRIDAY, grammar=grammar)
    assert mention is not None
    assert mention.relation == relation


def test_clitic_is_left_out_of_the_span(grammar: DateGrammar) -> None:
    mention = resolve("وبالأمس", THURSDAY, grammar=grammar)
    assert mention is not None and mention.text == "أمس"
    mention = resolve("والخميس", FRIDAY, grammar=grammar)
    assert mention is not None and mention.text == "الخميس"


def test_diacritics_and_tatweel(grammar: DateGrammar) -> None:
    mention = resolve("يومَ الخمـيسِ", FRIDAY, grammar=grammar)
    assert mention is not None and mention.value == "2017-08-24"


@pytest.mark.parametrize(("sentence", "reference", "value"), [
    ("سيزور الوزير موسكو الخميس", FRIDAY, "2017-08-31"),
    ("سوف يلتقي الرئيسان يوم الأحد", FRIDAY, "2017-08-27"),
    ("يعتزم البرلمان التصويت على القانون الاثنين المقبل", FRIDAY, "2017-08-28"),
    ("ومن المقرر أن يصل الوفد يوم الجمعة", FRIDAY, "2017-08-25"),  # the day itself is still "next"
    ("وستجري الانتخابات في 6 أيار", FRIDAY, "2018-05-06"),
    ("وستنطلق الحملة في أيلول", FRIDAY, "2017-09"),
    ("وصل الوزير إلى موسكو الخميس", FRIDAY, "2017-08-24"),
    ("قال الرئيس الخميس إن بلاده ستدعم الاتفاق", FRIDAY, "2017-08-24"),  # future verb in another clause
    ("أعلن الكرملين أن بوتين سيزور تركيا الخميس", FRIDAY, "2017-08-31"),
])
def test_future_tense(grammar: DateGrammar, sentence: str, reference: date, value: str) -> None:
    mention = resolve(sentence, reference, grammar=grammar)
    assert mention is not None and mention.value == value, mention


def test_after_a_duration_in_a_past_narrative_is_no_date(grammar: DateGrammar) -> None:
    assert resolve("وبلغ الرحالة صنعاء بعد أسبوعين", FRIDAY, grammar=grammar) is None
    assert resolve("وسيصل الوفد بعد يومين من الهجوم", FRIDAY, grammar=grammar) is None


def test_future_flag_forces_the_next_one(grammar: DateGrammar) -> None:
    mention = resolve("الخميس", FRIDAY, future=True, grammar=grammar)
    assert mention is not None and mention.value == "2017-08-31"


def test_nonexistent_day_has_no_value(grammar: DateGrammar) -> None:
    mention = resolve("31 نيسان 2017", FRIDAY, grammar=grammar)
    assert mention is not None and mention.value is None


def test_resolve_without_a_date_returns_none(grammar: DateGrammar) -> None:
    assert resolve("قال الوزير إن المفاوضات مستمرة", FRIDAY, grammar=grammar) is None


def test_explain_names_span_rule_and_value(grammar: DateGrammar) -> None:
    text = "التقى الوزيران يوم الأربعاء واتفقا منذ 6 ايار الماضي"
    out = explain(text, FRIDAY, grammar=grammar)
    assert "reference date: 2017-08-25; 2 date expression(s)" in out
    assert "«يوم الأربعاء»" in out and "2017-08-23" in out and "weekday" in out
    assert "«منذ 6 ايار الماضي»" in out and "2017-05-06" in out and "since" in out


@pytest.mark.parametrize(("expression", "reference", "text", "value"), [
    ("نشرته قبل أمس (السبت) الحكومة", date(2015, 7, 21), "قبل أمس (السبت)", "2015-07-19"),
    ("يدعو أمس (الثلاثاء) إلى الحوار", date(2015, 7, 22), "أمس (الثلاثاء)", "2015-07-21"),
    ("في سبتمبر أيلول الماضي", date(2015, 7, 26), "سبتمبر أيلول الماضي", "2014-09"),
    ("يوم الخميس الموافق 14 / 10 / 1436 هـ", date(2015, 7, 26), "يوم الخميس الموافق 14 / 10 / 1436 هـ",
     "2015-07-31"),
    ("في 10/12/1436هـ", date(2015, 7, 26), "10/12/1436هـ", "2015-09-24"),
    ("يوم الأربعاء، بتاريخ 28 رمضان 1436 هـ", date(2015, 7, 26), "يوم الأربعاء، بتاريخ 28 رمضان 1436 هـ",
     "2015-07-15"),
])
def test_compound_forms(grammar: DateGrammar, expression: str, reference: date, text: str, value: str) -> None:
    mention = resolve(expression, reference, grammar=grammar)
    assert mention is not None
    assert (mention.text, mention.value) == (text, value)


def test_afternoon_is_not_after(grammar: DateGrammar) -> None:
    mention = resolve("غادر جدة بعد ظهر أمس", date(2015, 7, 26), grammar=grammar)
    assert mention is not None
    assert (mention.value, mention.relation) == ("2015-07-25", "on")


@pytest.mark.parametrize(("expression", "reference", "value"), [
    ("في الثامن من تموز الماضي", date(2014, 7, 13), "2014-07-08"),
    ("في الحادي والعشرين من آذار 2003", FRIDAY, "2003-03-21"),
    ("في الثاني عشر من شباط", date(2014, 7, 13), "2014-02-12"),
    ("فجر العشرين من آذار", date(2003, 3, 25), "2003-03-20"),
])
def test_ordinal_days(grammar: DateGrammar, expression: str, reference: date, value: str) -> None:
    mention = resolve(expression, reference, grammar=grammar)
    assert mention is not None and mention.value == value
