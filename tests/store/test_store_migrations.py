"""Migrations: recorded, applied once, each atomic; unknown versions refused."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from hadath.errors import StoreError
from hadath.store import Migration, Store, migrate, packaged_migrations
from hadath.store.migrate import split_statements


def test_packaged_migrations_are_numbered_from_one() -> None:
    found = packaged_migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert found[0].name == "init"


def test_first_open_records_migrations_and_reopen_applies_none(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        assert store.applied == [m.version for m in packaged_migrations()]
        rows = store.conn.execute("SELECT version, name, applied_at FROM schema_migrations").fetchall()
    assert [(v, n) for v, n, _ in rows] == [(m.version, m.name) for m in packaged_migrations()]
    assert all(applied_at for _, _, applied_at in rows)
    with Store(path) as again:
        assert again.applied == []
        assert again.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(rows)


def test_every_table_comes_from_a_migration(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    created = {name for m in packaged_migrations()
               for name in re.findall(r"CREATE TABLE(?: IF NOT EXISTS)?\s+(\w+)", m.sql, flags=re.IGNORECASE)}
    assert {"articles", "sentences", "mentions", "events", "event_actors", "problems"} <= created
    assert tables == {"schema_migrations"} | created


def fresh_connection() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None)


def test_a_later_migration_applies_on_top(tmp_path: Path) -> None:
    conn = fresh_connection()
    base = packaged_migrations()
    migrate(conn, base)
    extra = Migration(len(base) + 1, "link", "-- clusters\nCREATE TABLE clusters (id TEXT PRIMARY KEY);\n"
                      "ALTER TABLE events ADD COLUMN cluster_id TEXT;\n")
    assert migrate(conn, [*base, extra]) == [extra.version]
    assert migrate(conn, [*base, extra]) == []
    columns = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
    assert "cluster_id" in columns


def test_a_failing_migration_leaves_nothing_behind() -> None:
    conn = fresh_connection()
    base = packaged_migrations()
    migrate(conn, base)
    broken = Migration(len(base) + 1, "broken", "CREATE TABLE half (x);\nINSERT INTO no_such_table VALUES (1);\n")
    with pytest.raises(StoreError, match="broken"):
        migrate(conn, [*base, broken])
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchone() is None
    assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == base[-1].version


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store(path) as store:
        store.conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    with pytest.raises(StoreError, match="999"):
        Store(path)


def test_split_statements_keeps_triggers_whole() -> None:
    sql = ("-- comment\nCREATE TABLE a (x);\n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
           "  UPDATE a SET x = 1;\n  DELETE FROM a WHERE x = 2;\nEND;\nCREATE INDEX i ON a(x);\n")
    statements = split_statements(sql)
    assert len(statements) == 3
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
    with pytest.raises(StoreError, match="incomplete"):
        split_statements("CREATE TABLE b (x)\n")
