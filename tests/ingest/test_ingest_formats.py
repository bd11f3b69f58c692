"""iter_articles over every format, encoding, archive and broken input, with problems located."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from datetime import date
from pathlib import Path

import pytest

from hadath.errors import InputProblem
from hadath.ingest import iter_articles
from hadath.model import Article, content_hash

A = "أعلن وزير الخارجية أن بلاده مستعدة لاستئناف المفاوضات مع جيرانها خلال الشهر المقبل."
B = "وقالت مصادر محلية إن الأمطار الغزيرة أدت إلى إغلاق عدد من الطرق الرئيسية في المدينة."
C = "نفى المكتب الإعلامي للرئاسة صحة التقارير التي تحدثت عن تعديل وزاري قريب."


def read(inputs: list, **kwargs) -> tuple[list[Article], list[InputProblem]]:
    problems: list[InputProblem] = []
    articles = list(iter_articles([str(p) for p in inputs], on_problem=problems.append, **kwargs))
    return articles, problems


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---- plain text -------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_txt_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes((A + "\r\n" + B + "\r\n").encode(encoding))
    (article,), problems = read([path], default_date=date(2017, 1, 19), default_source="sana")
    assert problems == []
    assert article.text == A + "\n" + B
    assert article.id == content_hash(article.text)
    assert (article.title, article.date, article.source, article.origin) == (None, date(2017, 1, 19), "sana", str(path))


def test_undecodable_txt_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(A.encode("utf-8")[:30] + b"\xff\xfe\x00" + A.encode("utf-8")[30:])
    good = tmp_path / "good.txt"
    good.write_text(B, encoding="utf-8")
    articles, problems = read([bad, good])
    assert [a.text for a in articles] == [B]
    assert len(problems) == 1 and problems[0].path == str(bad) and "undecodable" in problems[0].reason


def test_empty_and_oversized_documents_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \r\n \n")
    (tmp_path / "big.txt").write_text(A * 10, encoding="utf-8")
    articles, problems = read([tmp_path / "empty.txt", tmp_path / "blank.txt", tmp_path / "big.txt"],
                              max_document_bytes=200)
    assert articles == []
    assert [(Path(p.path).name, p.reason) for p in problems] == [
        ("empty.txt", "empty file"), ("blank.txt", "empty file"),
        ("big.txt", "larger than the 200-byte limit for one document")]


# ---- HTML -------------------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>اتفاق على استئناف المفاوضات | جريدة المثال</title>
<meta property="og:site_name" content="جريدة المثال">
<meta property="article:published_time" content="2017-01-19T10:00:00Z">
<link rel="canonical" href="https://news.example.org/2017/01/19/talks">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/eco">اقتصاد</a></li></ul></nav>
<article><h1>اتفاق على استئناف المفاوضات</h1>
<p>{A}</p><p>{B}</p><p>{C}</p>
<p>وأضاف الوزير في مؤتمر صحفي عقده في مقر الوزارة أن الجولة الأولى ستعقد في مدينة ساحلية وأن الوفود ستناقش ملفات الحدود والمياه والتجارة.</p>
<p>ومن المتوقع أن تستمر المحادثات ثلاثة أيام، على أن يصدر بيان مشترك في ختامها يحدد موعد الجولة التالية.</p>
</article>
<footer><p>جميع الحقوق محفوظة لجريدة المثال 2017</p><a href="/privacy">سياسة الخصوصية</a></footer>
</body></html>"""


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    (article,), problems = read([path])
    assert problems == []
    assert A in article.text and C in article.text
    assert "جميع الحقوق محفوظة" not in article.text and "سياسة الخصوصية" not in article.text
    assert "رياضة" not in article.text
    assert "\r" not in article.text
    assert article.title is not None and "اتفاق على استئناف المفاوضات" in article.title
    assert article.date == date(2017, 1, 19)
    assert article.url == "https://news.example.org/2017/01/19/talks"
    assert article.id == article.url
    assert article.source == "جريدة المثال"


def test_cp1256_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256"))
    (article,), problems = read([path])
    assert problems == [] and B in article.text


def test_html_page_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>فارغة</title></head><body><script>run()</script></body></html>",
                    encoding="utf-8")
    articles, problems = read([path])
    assert articles == [] and problems == [InputProblem(str(path), None, "no main text found in the HTML page")]


# ---- JSON Lines ---------------------------------------------------------------------------------------

def test_jsonl_good_and_bad_lines_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    body = (jsonl({"id": "1", "text": A}) + "\n"  # line 2 blank
            + '{"id": "2", "text": "مقطوع\n'  # line 3 malformed
            + jsonl(["not", "an", "object"])  # line 4
            + jsonl({"id": "5", "title": "بلا نص"})  # line 5
            + jsonl({"id": "6", "content": B, "date": "2017-01-19"}))  # line 6
    path.write_text(body, encoding="utf-8")
    articles, problems = read([path])
    assert [(a.id, a.origin) for a in articles] == [("1", f"{path}:1"), ("6", f"{path}:6")]
    assert [(p.line, p.reason.split(":")[0]) for p in problems] == [
        (3, "malformed JSON"), (4, "line is a JSON array, not an object"),
        (5, "record has no text field (expected one of")]


def test_jsonl_truncated_last_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.ndjson"
    full = jsonl({"text": A}, {"text": B})
    path.write_text(full[:-20], encoding="utf-8")
    articles, problems = read([path])
    assert [a.text for a in articles] == [A]
    assert [(p.line, p.reason[:14]) for p in problems] == [(2, "malformed JSON")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "cp1256", "utf-8-sig"])
def test_jsonl_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "enc.jsonl"
    path.write_bytes(jsonl({"text": A}, {"text": B}).encode(encoding))
    articles, problems = read([path])
    assert problems == [] and [a.text for a in articles] == [A, B]


def test_undecodable_line_after_the_sniffed_prefix_costs_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    head = jsonl(*({"text": A} for _ in range(600)))
    assert len(head.encode("utf-8")) > 64 * 1024
    path.write_bytes(head.encode("utf-8") + jsonl({"text": B}).encode("cp1256") + jsonl({"text": C}).encode("utf-8"))
    articles, problems = read([path])
    assert len(articles) == 601 and articles[-1].text == C
    assert problems == [InputProblem(str(path), 601, "undecodable bytes in this line")]


def test_undecodable_csv_line_stops_the_file_at_that_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    rows = "".join(f"{i},{A}\n" for i in range(1000))
    path.write_bytes(f"id,text\n{rows}".encode() + f"x,{B}\n".encode("cp1256") + f"y,{C}\n".encode())
    articles, problems = read([path])
    assert len(articles) == 1000
    assert [(p.line, p.reason[:17]) for p in problems] == [(1002, "undecodable bytes")]


def test_empty_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert read([path]) == ([], [InputProblem(str(path), None, "empty file")])


def test_stdin_dash_reads_jsonl() -> None:
    stdin = io.StringIO(jsonl({"id": "s1", "text": A}) + "not json\n" + jsonl({"text": B}))
    problems: list[InputProblem] = []
    articles = list(iter_articles(["-"], stdin=stdin, on_problem=problems.append, default_source="wire"))
    assert [(a.id, a.source, a.origin) for a in articles] == [("s1", "wire", "<stdin>:1"),
                                                              (content_hash(B), "wire", "<stdin>:3")]
    assert [(p.path, p.line) for p in problems] == [("<stdin>", 2)]


# ---- JSON ---------------------------------------------------------------------------------------------

def test_json_array_elements_indexes_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    items = [{"source": "x", "content": A}, "just a string", {"title": "بلا نص"}, {"content": B, "url": "http://b"}]
    path.write_text(json.dumps(items, ensure_ascii=False, indent=4), encoding="utf-8")
    articles, problems = read([path])
    assert [(a.text, a.origin) for a in articles] == [(A, f"{path}[0]"), (B, f"{path}[3]")]
    assert articles[1].id == "http://b"
    assert [(p.line, p.reason) for p in problems] == [
        (6, "array element 1 is a JSON string, not an object"),
        (7, "record has no text field (expected one of: text, content, body)")]


def test_json_single_object_and_concatenated_objects(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": A, "id": "o"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps({"text": A}) + "\n" + json.dumps({"text": B}, indent=2), encoding="utf-8")
    articles, problems = read([one, many])
    assert problems == []
    assert [(a.text, a.origin) for a in articles] == [(A, f"{one}:1"), (A, f"{many}:1"), (B, f"{many}:2")]


def test_json_syntax_error_stops_the_file_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    lines = ["[", f'{{"text": "{A}"}},', f'{{"text": "{B}" "oops"}},', f'{{"text": "{C}"}}', "]"]
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, problems = read([path])
    assert [a.text for a in articles] == [A]
    assert len(problems) == 1 and problems[0].line == 3 and problems[0].reason.startswith("malformed JSON")


def test_json_array_missing_its_end(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text(json.dumps([{"text": A}, {"text": B}], indent=1)[:-3], encoding="utf-8")
    articles, problems = read([path])
    assert [a.text for a in articles] == [A]
    assert len(problems) == 1 and problems[0].reason.startswith("malformed JSON")


def test_empty_json_and_empty_array(tmp_path: Path) -> None:
    (tmp_path / "e.json").write_text(" \n", encoding="utf-8")
    (tmp_path / "a.json").write_text("[ ]", encoding="utf-8")
    articles, problems = read([tmp_path / "e.json", tmp_path / "a.json"])
    assert articles == [] and [p.reason for p in problems] == ["empty file"]


def test_json_array_is_streamed_lazily(tmp_path: Path) -> None:
    """The first article arrives before the reader has reached (and reported) a broken tail 3 MB later."""
    path = tmp_path / "big.json"
    element = json.dumps({"text": A}, ensure_ascii=False)
    count = 3 * 1024 * 1024 // len(element)
    path.write_text("[" + ",\n".join([element] * count) + ",\n{broken", encoding="utf-8")
    problems: list[InputProblem] = []
    stream = iter_articles([path], on_problem=problems.append)
    assert next(stream).text == A
    assert problems == []
    rest = list(stream)
    assert len(rest) == count - 1
    assert len(problems) == 1 and problems[0].line == count + 1


def test_json_elements_longer_than_the_read_chunk(tmp_path: Path) -> None:
    path = tmp_path / "long.json"
    long_text = (A + "\n") * 40_000  # about 3.5 M characters, several read chunks
    items = [{"text": B}, {"text": long_text, "id": 12345678901234567890}, {"text": C}]
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")
    articles, problems = read([path])
    assert problems == []
    assert [a.text for a in articles] == [B, long_text.strip(), C]
    assert articles[1].id == "12345678901234567890"


# ---- CSV / TSV ----------------------------------------------------------------------------------------

def test_csv_rows_bad_row_and_multiline_field(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    body = ("ID,Title,Content,Published\r\n"
            f'1,عنوان,"{A}\r\n{B}",2017-01-19\r\n'  # lines 2-3
            "2,ناقص,عمود\r\n"  # line 4: 3 fields
            "\r\n"
            f"3,عنوان آخر,{C},19/01/2017\r\n")  # line 6
    path.write_bytes(body.encode("utf-8-sig"))
    articles, problems = read([path])
    assert [(a.id, a.text, a.origin) for a in articles] == [("1", A + "\n" + B, f"{path}:2"), ("3", C, f"{path}:6")]
    assert all(a.date == date(2017, 1, 19) for a in articles)
    assert problems == [InputProblem(str(path), 4, "row has 3 fields, the header has 4")]


def test_tsv_in_cp1256(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_bytes(f"text\tsource\tauthor\n{A}\tالمثال\tمراسل\n{B}\t\t\n".encode("cp1256"))
    articles, problems = read([path], default_source="fallback")
    assert problems == []
    assert [(a.text, a.source, a.meta) for a in articles] == [(A, "المثال", {"author": "مراسل"}),
                                                             (B, "fallback", {})]


def test_csv_field_larger_than_the_default_csv_limit(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    long_text = A * 3000  # over csv's default 131,072-character field limit
    path.write_text(f'text\n"{long_text}"\n', encoding="utf-8")
    articles, problems = read([path])
    assert problems == [] and articles[0].text == long_text


def test_empty_csv(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("", encoding="utf-8")
    assert read([path]) == ([], [InputProblem(str(path), None, "empty file")])


# ---- folders, archives, missing paths ------------------------------------------------------------------

def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(C, encoding="utf-8")
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(jsonl({"text": B}), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    articles, problems = read([tmp_path])
    assert [a.text for a in articles] == [A, C, B]
    assert problems == []  # a folder is read for its articles: notes.md and hidden files are left out


def test_missing_path_and_unknown_extension(tmp_path: Path) -> None:
    (tmp_path / "x.docx").write_bytes(b"PK")
    articles, problems = read([tmp_path / "nope.jsonl", tmp_path / "x.docx"])
    assert articles == []
    assert problems[0] == InputProblem(str(tmp_path / "nope.jsonl"), None, "no such file or directory")
    assert problems[1].path == str(tmp_path / "x.docx") and problems[1].reason.startswith("unknown file type")


def test_zip_with_mixed_members(tmp_path: Path) -> None:
    path = tmp_path / "batch.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.jsonl", jsonl({"id": "j", "text": A}, {"nope": 1}))
        archive.writestr("dir/", "")
        archive.writestr("dir/b.txt", B.encode("cp1256"))
        archive.writestr("c.json.gz", gzip.compress(json.dumps([{"text": C}]).encode("utf-16")))
        archive.writestr("readme.md", "# x")
        archive.writestr("__MACOSX/._a.jsonl", b"\x00\x05")
    articles, problems = read([path])
    assert [(a.text, a.origin) for a in articles] == [
        (A, f"{path}!a.jsonl:1"), (B, f"{path}!dir/b.txt"), (C, f"{path}!c.json.gz[0]")]
    assert [(p.path, p.line) for p in problems] == [(f"{path}!a.jsonl", 2), (f"{path}!readme.md", None)]


def test_gzipped_jsonl_is_read_by_its_inner_name(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl({"text": A}, {"text": B}).encode("utf-8")))
    articles, problems = read([path])
    assert problems == [] and [a.origin for a in articles] == [f"{path}:1", f"{path}:2"]


def test_tar_gz_with_mixed_members(tmp_path: Path) -> None:
    path = tmp_path / "dump.tgz"
    with tarfile.open(path, "w:gz") as archive:
        for name, data in [("x/a.csv", f"text\n{A}\n".encode()), ("x/b.html", PAGE.encode()),
                           ("x/c.txt", b""), ("x/d.jsonl", jsonl({"text": C}).encode("utf-16"))]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    articles, problems = read([path])
    assert [a.origin for a in articles] == [f"{path}!x/a.csv:2", f"{path}!x/b.html", f"{path}!x/d.jsonl:1"]
    assert problems == [InputProblem(f"{path}!x/c.txt", None, "empty file")]


def test_corrupt_archives_are_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.zip").write_bytes(b"this is not a zip file at all")
    (tmp_path / "bad.jsonl.gz").write_bytes(b"\x1f\x8b not really gzip")
    good = gzip.compress(jsonl({"text": A}, {"text": B}).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(good[: len(good) - 12])
    articles, problems = read([tmp_path / "bad.zip", tmp_path / "bad.jsonl.gz", tmp_path / "cut.jsonl.gz"])
    assert articles == []
    assert [(Path(p.path).name, p.reason.split(":")[0]) for p in problems] == [
        ("bad.zip", "corrupt or truncated archive or compressed data"),
        ("bad.jsonl.gz", "cannot read"),
        ("cut.jsonl.gz", "corrupt or truncated archive or compressed data")]


def test_oversized_member_is_skipped_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "m.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("big.txt", A * 20)
        archive.writestr("small.txt", "نص قصير")
    articles, problems = read([path], max_document_bytes=100)
    assert [a.text for a in articles] == ["نص قصير"]
    assert [p.path for p in problems] == [f"{path}!big.txt"]


def test_without_on_problem_bad_inputs_are_skipped_silently(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("{oops\n" + jsonl({"text": A}), encoding="utf-8")
    articles = list(iter_articles([tmp_path / "a.jsonl", tmp_path / "missing.txt", tmp_path]))
    assert [a.text for a in articles] == [A, A]


def test_csv_without_a_text_column_is_one_problem_not_one_per_row(tmp_path: Path) -> None:
    path = tmp_path / "no_text.csv"
    path.write_text("id,title\n1,a\n2,b\n3,c\n", encoding="utf-8")
    articles, problems = read([path])
    assert articles == []
    assert problems == [InputProblem(str(path), 1, "no text column in the header (expected one of: text, content, body)")]


def test_absurdly_nested_json_is_reported_not_raised(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.jsonl").write_text(jsonl({"text": A}) + deep + "\n" + jsonl({"text": B}), encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" + json.dumps({"text": A}) + "," + deep + "]", encoding="utf-8")
    articles, problems = read([tmp_path / "deep.jsonl", tmp_path / "deep.json"])
    assert [a.text for a in articles] == [A, B, A]
    assert [(Path(p.path).name, p.line, p.reason[:36]) for p in problems] == [
        ("deep.jsonl", 2, "malformed JSON: nested too deeply"),
        ("deep.json", 1, "malformed JSON: nested too deeply; t")]


def test_process_stdin_is_read_as_bytes_so_its_encoding_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.TextIOWrapper(io.BytesIO(jsonl({"text": A}, {"text": B}).encode("cp1256")), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", raw)
    problems: list[InputProblem] = []
    articles = list(iter_articles(["-"], on_problem=problems.append))
    assert problems == [] and [a.text for a in articles] == [A, B]


def test_mojibake_record_text_is_reported(tmp_path: Path) -> None:
    mangled = A.encode("utf-8").decode("latin-1")
    path = tmp_path / "m.jsonl"
    path.write_text(jsonl({"text": B}, {"text": mangled}), encoding="utf-8")
    articles, problems = read([path])
    assert [a.text for a in articles] == [B]
    assert [(p.line, p.reason.split(":")[0]) for p in problems] == [(2, "mojibake")]
