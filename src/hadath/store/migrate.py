"""Recorded schema migrations: ``migrations/NNNN_name.sql`` applied in order, each in one transaction.

The schema is only ever created or changed here, so a database always says which migrations built it
(``schema_migrations``) and a new stage can add ``0002_…sql`` without touching the store code.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from hadath.errors import StoreError

MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

BOOKKEEPING = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def packaged_migrations() -> list[Migration]:
    """The migrations shipped in ``hadath/store/migrations``, in version order."""
    folder = resources.files("hadath.store").joinpath("migrations")
    found: list[Migration] = []
    for item in folder.iterdir():
        match = MIGRATION_NAME.match(item.name)
        if match is None:
            continue
        found.append(Migration(int(match.group(1)), match.group(2), item.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"two migrations share a version number: {versions}")
    return found


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (``sqlite3.complete_statement`` knows about triggers).

    ``executescript`` would commit any open transaction first, so statements are run one by one
    inside the migration's own transaction instead.
    """
    statements: list[str] = []
    pending = ""
    for line in sql.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise StoreError(f"incomplete SQL statement at the end of a migration: {pending.strip()[:80]!r}")
    return statements


def applied_versions(conn: sqlite3.Connection) -> dict[int, str]:
    conn.execute(BOOKKEEPING)
    return {int(v): str(n) for v, n in conn.execute("SELECT version, name FROM schema_migrations")}


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> list[int]:
    """Apply every migration not yet recorded; return the versions applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``).  Each migration runs under
    ``BEGIN IMMEDIATE`` and re-checks the record inside the lock, so two processes opening a new
    database at once cannot apply the same migration twice.
    """
    todo = packaged_migrations() if migrations is None else sorted(migrations, key=lambda m: m.version)
    known = {m.version for m in todo}
    try:
        done = applied_versions(conn)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read schema_migrations: {exc}") from exc
    newer = sorted(v for v in done if v not in known)
    if newer:
        raise StoreError(f"database has migrations this version of hadath does not know: {newer}")
    applied: list[int] = []
    for migration in todo:
        if migration.version in done:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            recorded = conn.execute(
                "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
            ).fetchone()
            if recorded is None:
                for statement in split_statements(migration.sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
                applied.append(migration.version)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(
                f"migration {migration.version:04d}_{migration.name} failed and was rolled back: {exc}"
            ) from exc
    return applied
