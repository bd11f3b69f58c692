"""A dashboard server on a free port over a database of hand-built documents, shut down after the tests."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from hadath.store import Store
from hadath.web import make_server
from tests.web.web_synth import documents

HTTP_TIMEOUT_S = 10.0
JOIN_TIMEOUT_S = 10.0


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Running:
    """A started server: its port and database, and a client for it."""

    port: int
    db: Path

    def get(self, path: str, method: str = "GET", headers: dict[str, str] | None = None) -> Reply:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=HTTP_TIMEOUT_S)
        try:
            conn.request(method, path, headers=headers or {})
            response = conn.getresponse()
            body = response.read()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, body)
        finally:
            conn.close()

    def api(self, path: str) -> Any:
        reply = self.get(path)
        assert reply.status == 200, (path, reply.status, reply.body[:300])
        assert reply.headers["content-type"] == "application/json; charset=utf-8"
        return reply.json()


def ident(value: str) -> str:
    """An id as one path segment (article ids can be URLs)."""
    return quote(value, safe="")


def start(db: Path) -> tuple[Running, Any, threading.Thread]:
    server = make_server(str(db), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return Running(server.server_address[1], db), server, thread


def stop(server: Any, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(timeout=JOIN_TIMEOUT_S)
    assert not thread.is_alive(), "server thread did not stop"


def fill(db: Path, link: bool) -> None:
    with Store(db) as store:
        assert store.add_many(documents()) == len(documents())
        if link:
            from hadath.link import link_store

            link_store(store)


@pytest.fixture(scope="module")
def linked_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """The four test documents, stored and linked."""
    db = tmp_path_factory.mktemp("web") / "linked.db"
    fill(db, link=True)
    running, server, thread = start(db)
    try:
        yield running
    finally:
        stop(server, thread)


@pytest.fixture(scope="module")
def unlinked_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """The same documents, stored but never linked."""
    db = tmp_path_factory.mktemp("web") / "unlinked.db"
    fill(db, link=False)
    running, server, thread = start(db)
    try:
        yield running
    finally:
        stop(server, thread)
