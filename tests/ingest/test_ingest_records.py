"""Record → Article: field aliases, ids, dates, defaults, markup and newline clean-up."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.errors import InputError
from hadath.ingest import article_from_record, html_to_text, parse_date
from hadath.ingest.records import RecordDefaults, looks_like_html
from hadath.model import content_hash

TEXT = "قال المتحدث باسم الحكومة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة."
NO_DEFAULTS = RecordDefaults()


def make(record: dict, defaults: RecordDefaults = NO_DEFAULTS):
    return article_from_record(record, "f.jsonl:3", "f.jsonl", 3, defaults)


@pytest.mark.parametrize(("raw", "expected"), [
    ("2015-07-21 02:51:32", date(2015, 7, 21)),
    ("2017-01-19T10:00:00Z", date(2017, 1, 19)),
    ("2017-01-19T23:30:00-05:00", date(2017, 1, 19)),
    ("2017-01-19", date(2017, 1, 19)),
    ("2017/1/9", date(2017, 1, 9)),
    ("19/01/2017", date(2017, 1, 19)),
    ("19-01-2017 08:15", date(2017, 1, 19)),
    ("03/04/2017", date(2017, 4, 3)),  # day first, as Arabic outlets write it
    ("01/19/2017", date(2017, 1, 19)),  # only readable as month/day
    ("١٩/٠١/٢٠١٧", date(2017, 1, 19)),
    ("20170119", date(2017, 1, 19)),
    ("Thu, 19 Jan 2017 10:00:00 GMT", date(2017, 1, 19)),
])
def test_parse_date_keeps_the_written_day(raw: str, expected: date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["2017-13-45", "31/02/2017", "yesterday", "", "   ", None, 12, ["2017-01-19"]])
def test_parse_date_refuses_non_dates(raw: object) -> None:
    assert parse_date(raw) is None


def test_field_aliases_are_case_insensitive_and_the_rest_goes_to_meta() -> None:
    art = make({"Doc_ID": "a-1", "BODY": TEXT, "Headline": " عنوان الخبر ", "Published": "19/01/2017",
                "Outlet": "sana", "Link": "http://example.org/a", "Author": "مراسل", "tags": ["x"]})
    assert art.id == "a-1"
    assert art.text == TEXT
    assert art.title == "عنوان الخبر"
    assert art.date == date(2017, 1, 19)
    assert art.source == "sana"
    assert art.url == "http://example.org/a"
    assert art.meta == {"Author": "مراسل", "tags": ["x"]}
    assert art.origin == "f.jsonl:3"


def test_a_second_alias_of_a_field_is_kept_in_meta() -> None:
    art = make({"content": TEXT, "text": "نص آخر", "date_extracted": "2015-07-21 02:51:32"})
    assert art.text == TEXT
    assert art.meta == {"text": "نص آخر"}
    assert art.date == date(2015, 7, 21)


def test_id_is_given_then_url_then_content_hash() -> None:
    assert make({"id": 42, "url": "http://u", "text": TEXT}).id == "42"
    assert make({"url": "http://u", "text": TEXT}).id == "http://u"
    assert make({"text": TEXT}).id == content_hash(TEXT)


def test_defaults_fill_only_missing_fields() -> None:
    defaults = RecordDefaults(date=date(2020, 1, 1), source="fallback")
    own = make({"text": TEXT, "date": "2017-01-19", "source": "sana"}, defaults)
    assert (own.date, own.source) == (date(2017, 1, 19), "sana")
    bare = make({"text": TEXT}, defaults)
    assert (bare.date, bare.source) == (date(2020, 1, 1), "fallback")


def test_unparseable_date_is_kept_in_meta_and_the_default_applies() -> None:
    art = make({"text": TEXT, "date": "قبل ساعتين"}, RecordDefaults(date=date(2020, 1, 1)))
    assert art.date == date(2020, 1, 1)
    assert art.meta["date_unparsed"] == "قبل ساعتين"


def test_missing_and_empty_text_are_input_errors_with_line() -> None:
    with pytest.raises(InputError) as err:
        make({"title": "t"})
    assert (err.value.problem.path, err.value.problem.line) == ("f.jsonl", 3)
    assert "no text field" in err.value.problem.reason
    with pytest.raises(InputError) as err:
        make({"content": ""})
    assert err.value.problem.reason == "record has an empty 'content' field"
    with pytest.raises(InputError) as err:
        make({"content": " \n <p> </p>"})
    assert err.value.problem.reason == "record has an empty text"
    with pytest.raises(InputError) as err:
        make({"text": ["a", "b"]})
    assert "list" in err.value.problem.reason


def test_newlines_are_unified_and_outer_space_trimmed() -> None:
    art = make({"text": "  سطر أول\r\nسطر ثان\rسطر ثالث \n"})
    assert art.text == "سطر أول\nسطر ثان\nسطر ثالث"


def test_html_in_a_text_field_becomes_plain_paragraphs() -> None:
    raw = ("<div><p>الفقرة <b>الأولى</b> من الخبر.</p><script>var x = 1;</script>"
           "<p>الفقرة الثانية&nbsp;هنا.<br>سطر بعد فاصل</p></div>")
    art = make({"text": raw})
    assert art.text == "الفقرة الأولى من الخبر.\n\nالفقرة الثانية\xa0هنا.\nسطر بعد فاصل"
    assert "<" not in art.text and "var x" not in art.text


def test_text_with_a_less_than_sign_is_not_taken_for_html() -> None:
    raw = "ارتفع المؤشر بنسبة <5% و a<b في المعادلة"
    assert not looks_like_html(raw)
    assert make({"text": raw}).text == raw


def test_html_to_text_of_markup_without_text_is_empty() -> None:
    assert html_to_text("<p></p><br>") == ""


def test_html_to_text_follows_markup_not_source_whitespace() -> None:
    raw = "نص قبل <p>فقرة\n   تكمل هنا</p>\n\n<p>ثانية</p> نص بعد<!-- تعليق --> و<b>غامق</b>.<br/>سطر"
    assert html_to_text(raw) == "نص قبل\n\nفقرة تكمل هنا\n\nثانية\n\nنص بعد وغامق.\nسطر"
