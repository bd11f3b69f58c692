"""``hadath serve``: a local, offline dashboard over the SQLite store, on the standard library alone.

:func:`make_server` checks and migrates the database once, loads the static page into memory and
returns a :class:`ThreadingHTTPServer`; every request then reads through its own read-only
connection (sqlite3 connections cannot cross threads).  Nothing is fetched from elsewhere: the page
uses no CDN, font or map tile, and a Content-Security-Policy keeps it to its own origin.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from hadath.errors import HadathError, StoreError
from hadath.store import Store
from hadath.web import queries
from hadath.web.queries import BadRequest, NotFound, ReadOnlyStore, WebError

LOG = logging.getLogger("hadath.web")  # only debug/info: Python's last-resort handler prints warnings

STATIC_FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/index.html": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
COLLECTIONS = MappingProxyType({  # /api/<name> → the hadath.web.queries function answering it
    "stats": "stats_payload",
    "events": "events_payload",
    "summary": "summary_payload",
    "stories": "stories_payload",
})
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_PATH = 2048
REQUEST_TIMEOUT_S = 30.0


def _host_name(header: str) -> str:
    """The host part of a Host header (``[::1]:8765`` → ``::1``, ``localhost:8765`` → ``localhost``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def boilerplate_finder() -> Callable[[str], list[dict[str, Any]]] | None:
    """The text stage's boilerplate finder (the store keeps no boilerplate spans); None if it cannot load."""
    try:
        from hadath.text.clean import Cleaner

        cleaner = Cleaner.load()
    except HadathError as exc:  # the page then marks the text outside sentences instead
        LOG.info("boilerplate finder unavailable: %s", exc)
        return None
    return lambda text: [span.to_dict() for span in cleaner.find(text)[0]]


@dataclass(frozen=True, slots=True)
class Dashboard:
    """What request handlers share, built once: the database path, the page's files, the boilerplate finder."""

    db_path: str
    static: dict[str, tuple[bytes, str]]
    loopback_only: bool
    boilerplate: Callable[[str], list[dict[str, Any]]] | None

    def answer(self, path: str, query: dict[str, list[str]]) -> dict[str, Any]:
        """The JSON body for an ``/api/…`` path; raises WebError subclasses for 400/404."""
        route, _, rest = path[len("/api/"):].partition("/")
        ident = unquote(rest)
        if route in ("event", "article"):
            if not ident:
                raise NotFound(f"/api/{route}/ needs an id: /api/{route}/<id>")
            queries.check_params(query, frozenset())
        elif rest or route not in COLLECTIONS:
            raise NotFound(f"no such endpoint: {path}")
        store = ReadOnlyStore(self.db_path)
        try:
            if route == "event":
                return queries.event_payload(store, ident)
            if route == "article":
                return queries.article_payload(store, ident, self.boilerplate)
            return getattr(queries, COLLECTIONS[route])(store, query)
        finally:
            store.close()


class DashboardHandler(BaseHTTPRequestHandler):
    """GET/HEAD only: static files and JSON endpoints; every error is a JSON body with its status."""

    server_version = "hadath-serve"
    protocol_version = "HTTP/1.1"
    timeout = REQUEST_TIMEOUT_S
    dashboard: Dashboard  # set on the subclass make_server builds

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._respond(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(with_body=False)

    def _refuse(self) -> None:
        self.close_connection = True  # the request body is never read, so the connection cannot be reused
        self._send_json(HTTPStatus.METHOD_NOT_ALLOWED, {"error": f"{self.command} is not allowed; use GET"},
                        True, {"Allow": "GET, HEAD", "Connection": "close"})

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    def _respond(self, with_body: bool) -> None:
        try:
            if len(self.path) > MAX_PATH:
                raise BadRequest(f"request path longer than {MAX_PATH} characters")
            if self.dashboard.loopback_only and _host_name(self.headers.get("Host", "")) not in LOOPBACK_NAMES:
                self._send_json(HTTPStatus.FORBIDDEN, {"error": "this dashboard only answers to localhost"},
                                with_body)
                return
            parts = urlsplit(self.path)
            if parts.path.startswith("/api/"):
                query = parse_qs(parts.query, keep_blank_values=True, max_num_fields=50)
                self._send_json(HTTPStatus.OK, self.dashboard.answer(parts.path, query), with_body)
                return
            static = self.dashboard.static.get(parts.path)
            if static is None:
                raise NotFound(f"no such page: {parts.path}")
            self._send(HTTPStatus.OK, static[0], static[1], with_body)
        except WebError as exc:
            self._send_json(HTTPStatus(exc.status), {"error": str(exc)}, with_body)
        except ValueError as exc:  # parse_qs: too many fields or bad encoding
            self._send_json(HTTPStatus.BAD_REQUEST, {"error": f"bad query string: {exc}"}, with_body)
        except Exception as exc:  # a database or programming error: tell the page, keep serving
            LOG.debug("error answering %s", self.path, exc_info=True)  # debug: never reaches stderr by itself
            self._send_json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": f"{type(exc).__name__}: {exc}"}, with_body)

    def _send_json(self, status: HTTPStatus, body: dict[str, Any], with_body: bool,
                   extra: dict[str, str] | None = None) -> None:
        if status >= 400:
            body = {**body, "status": int(status)}
        data = json.dumps(body, ensure_ascii=False, allow_nan=False, default=str).encode("utf-8")
        self._send(status, data, "application/json; charset=utf-8", with_body, extra)

    def _send(self, status: HTTPStatus, data: bytes, content_type: str, with_body: bool,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in {**SECURITY_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        """To the ``hadath.web`` logger, never to stderr: library code does not print."""
        LOG.debug("%s - %s", self.address_string(), format % args)


class DashboardServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log a broken connection instead of printing a traceback to stderr."""
        LOG.debug("connection error from %s", client_address, exc_info=True)


class DashboardServer6(DashboardServer):
    address_family = socket.AF_INET6


def load_static() -> dict[str, tuple[bytes, str]]:
    """The page's files, read once: URL path → (bytes, content type)."""
    folder = resources.files("hadath.web").joinpath("static")
    return {url: (folder.joinpath(name).read_bytes(), ctype) for url, (name, ctype) in STATIC_FILES.items()}


def check_database(db_path: str) -> None:
    """Refuse a missing database (serving would create an empty one) and bring its schema up to date."""
    if db_path == ":memory:" or not Path(db_path).is_file():
        raise StoreError(f"no database at {db_path} (run `hadath ingest` or `hadath demo` first)")
    with Store(db_path):
        pass


def make_server(db_path: str, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    """A dashboard server bound to ``host:port`` (port 0 picks a free one), not yet serving.

    Raises StoreError when the database is missing or cannot be opened, WebError when the address
    cannot be bound (port taken); both are HadathErrors, which the CLI turns into messages.
    """
    db_path = str(db_path)
    check_database(db_path)
    queries.link_api()  # import the linking stage now, not under the first requests
    dashboard = Dashboard(db_path=db_path, static=load_static(), loopback_only=host in LOOPBACK_NAMES,
                          boilerplate=boilerplate_finder())
    handler = type("BoundDashboardHandler", (DashboardHandler,), {"dashboard": dashboard})
    server_class = DashboardServer6 if ":" in host else DashboardServer
    try:
        return server_class((host, port), handler)
    except OSError as exc:  # port taken, address not on this machine, no permission
        raise WebError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def server_url(server: ThreadingHTTPServer) -> str:
    """The address to open in a browser (the real port when 0 was asked for)."""
    host, port = server.server_address[:2]
    host = str(host)
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8765,
          ready: Callable[[str], None] | None = None) -> None:
    """Serve the dashboard until interrupted (Ctrl-C).  ``ready`` gets the URL once the port is bound,
    so the CLI can print it (library code does not print)."""
    server = make_server(db_path, host, port)
    if ready is not None:
        ready(server_url(server))
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
