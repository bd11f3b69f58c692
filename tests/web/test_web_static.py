"""The page itself: served with the right types, self-contained (offline), and writing record text as text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib import resources

import pytest

from hadath.web.server import SECURITY_HEADERS, server_url
from tests.web.conftest import Running

STATIC = resources.files("hadath.web").joinpath("static")
PAGES = [("/", "text/html; charset=utf-8"), ("/index.html", "text/html; charset=utf-8"),
         ("/app.js", "text/javascript; charset=utf-8"), ("/app.css", "text/css; charset=utf-8")]


def without_comments(name: str, text: str) -> str:
    """The file with its comments removed (URLs may appear in comments, nowhere else)."""
    if name.endswith(".html"):
        return re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    if name.endswith(".js"):
        text = re.sub(r"(?<![:\\])//[^\n]*", "", text)  # line comments; "http://" keeps its "//"
    return text


class Resources(HTMLParser):
    """Every src/href and every inline script or style attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.inline: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "xlink:href", "action", "srcset"):
                self.links.append(value or "")
            if name == "style" or name.startswith("on"):
                self.inline.append(f"{tag}[{name}]")
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline.append("script body")


@pytest.mark.parametrize(("path", "content_type"), PAGES)
def test_page_files_are_served_with_their_types(linked_server: Running, path: str, content_type: str) -> None:
    reply = linked_server.get(path)
    assert reply.status == 200
    assert reply.headers["content-type"] == content_type
    assert int(reply.headers["content-length"]) == len(reply.body) > 100
    for header, value in SECURITY_HEADERS.items():
        assert reply.headers[header.lower()] == value
    name = "index.html" if path == "/" else path.lstrip("/")
    assert reply.body == STATIC.joinpath(name).read_bytes()


@pytest.mark.parametrize("name", ["index.html", "app.js", "app.css"])
def test_static_files_reference_no_external_url(name: str) -> None:
    code = without_comments(name, STATIC.joinpath(name).read_text(encoding="utf-8"))
    for pattern in (r"https?://", r"""["'(]\s*//\w""", r"@import", r"url\("):
        assert not re.search(pattern, code, flags=re.I), f"{name} matches {pattern!r}"


def test_comment_stripper_keeps_urls_outside_comments() -> None:
    """The check above must be able to fail: a URL in code survives comment removal."""
    js = 'const a = "http://cdn.example/x.js"; // see https://example.org\n/* https://x */'
    assert re.findall(r"https?://", without_comments("app.js", js)) == ["http://"]
    assert "https" not in without_comments("index.html", "<!-- https://x -->")


def test_page_loads_only_its_own_files_and_has_no_inline_code() -> None:
    parser = Resources()
    parser.feed(STATIC.joinpath("index.html").read_text(encoding="utf-8"))
    assert sorted(parser.links) == ["app.css", "app.js"]
    assert parser.inline == []  # the Content-Security-Policy forbids inline script and style


def test_article_panel_is_right_to_left_arabic() -> None:
    html = STATIC.joinpath("index.html").read_text(encoding="utf-8")
    assert re.search(r'<div id="article-text"[^>]*\bdir="rtl"', html)
    assert re.search(r'<div id="article-text"[^>]*\blang="ar"', html)


def test_script_never_writes_markup() -> None:
    """Record text reaches the page only through textContent and text nodes."""
    js = without_comments("app.js", STATIC.joinpath("app.js").read_text(encoding="utf-8"))
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setTimeout(\"", "DOMParser", "createContextualFragment", "srcdoc"):
        assert sink not in js, sink
    assert "textContent" in js
    # attribute setting refuses event handlers and URLs, which could carry script
    assert re.search(r"/\^on/i\.test\(key\)", js) and '"href"' in js


def test_script_lists_every_status() -> None:
    from hadath.model import STATUSES

    js = STATIC.joinpath("app.js").read_text(encoding="utf-8")
    css = STATIC.joinpath("app.css").read_text(encoding="utf-8")
    for status in STATUSES:
        assert re.search(rf"\b{status}: \[", js), status
        assert f".status-{status}" in css, status


def test_server_url_names_the_bound_port(linked_server: Running) -> None:
    class Bound:
        server_address = ("127.0.0.1", linked_server.port)

    assert server_url(Bound()) == f"http://127.0.0.1:{linked_server.port}/"  # type: ignore[arg-type]
