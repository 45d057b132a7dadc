"""How one desktop learns that another one changed data: the feeds behind live updates.

PostgreSQL: statement triggers on every table send ``NOTIFY iam_changes, '<kind>'`` (delivered at
commit, so every writer notifies, whatever program it is). SQLite: row triggers count changes per
kind in ``change_counters``, which the feed polls (one tiny read). Either way the feed answers
"which kinds changed since I last asked".
"""

from __future__ import annotations

import time
from typing import Protocol

import psycopg
from sqlalchemy import text

from .engine import Database

CHANNEL = "iam_changes"
COUNTER_TABLE = "change_counters"

# table -> the kind of record a person sees change
WATCHED_TABLES = {
    "users": "users", "memberships": "users", "role_assignments": "users",
    "organizations": "organizations", "locations": "organizations",
    "roles": "roles", "role_permissions": "roles", "permissions": "permissions",
    "audit_events": "audit",
}
KINDS = sorted(set(WATCHED_TABLES.values()))


def sqlite_ddl() -> list[str]:
    statements = [f"CREATE TABLE {COUNTER_TABLE} (kind VARCHAR(50) PRIMARY KEY, "
                  "counter INTEGER NOT NULL DEFAULT 0)"]
    statements += [f"INSERT INTO {COUNTER_TABLE} (kind, counter) VALUES ('{k}', 0)"
                   for k in KINDS]
    for table, kind in WATCHED_TABLES.items():
        for event in ("INSERT", "UPDATE", "DELETE"):
            statements.append(
                f"CREATE TRIGGER {table}_{event.lower()}_counts AFTER {event} ON {table} "
                f"BEGIN UPDATE {COUNTER_TABLE} SET counter = counter + 1 "
                f"WHERE kind = '{kind}'; END")
    return statements


def sqlite_drop() -> list[str]:
    statements = [f"DROP TRIGGER IF EXISTS {table}_{event}_counts"
                  for table in WATCHED_TABLES for event in ("insert", "update", "delete")]
    return [*statements, f"DROP TABLE IF EXISTS {COUNTER_TABLE}"]


def postgres_ddl() -> list[str]:
    statements = [f"""CREATE OR REPLACE FUNCTION iam_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]);
            RETURN NULL;
        END $$"""]
    for table, kind in WATCHED_TABLES.items():
        statements.append(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION iam_notify_change('{kind}')")
    return statements


def postgres_drop() -> list[str]:
    statements = [f"DROP TRIGGER IF EXISTS {table}_notify ON {table}" for table in WATCHED_TABLES]
    return [*statements, "DROP FUNCTION IF EXISTS iam_notify_change()"]


class ChangeFeed(Protocol):
    def wait(self, timeout: float) -> set[str]:
        """Block up to ``timeout`` seconds; the kinds changed meanwhile (may be empty)."""

    def close(self) -> None: ...


class SqliteCounterFeed:
    """Polls the change counters; the first call only takes a baseline."""

    def __init__(self, database: Database):
        self._database = database
        self._last: dict[str, int] | None = None

    def _read(self) -> dict[str, int]:
        with self._database.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT kind, counter FROM {COUNTER_TABLE}")).all()
        return {str(kind): int(counter) for kind, counter in rows}

    def wait(self, timeout: float) -> set[str]:
        if self._last is None:
            self._last = self._read()
        time.sleep(timeout)
        now = self._read()
        changed = {k for k, v in now.items() if self._last.get(k) != v}
        self._last = now
        return changed

    def close(self) -> None:
        self._last = None


class PostgresNotifyFeed:
    """Listens on the change channel over its own connection."""

    def __init__(self, database: Database):
        url = database.engine.url
        self._params = {"host": url.host or "localhost", "port": url.port or 5432,
                        "user": url.username, "password": url.password,
                        "dbname": url.database, "connect_timeout": 5}
        self._conn: psycopg.Connection | None = None

    def _connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed:
            params = {k: v for k, v in self._params.items() if v is not None}
            self._conn = psycopg.connect(autocommit=True, **params)  # type: ignore[arg-type]
            self._conn.execute(f"LISTEN {CHANNEL}")
        return self._conn

    def wait(self, timeout: float) -> set[str]:
        conn = self._connection()
        kinds: set[str] = set()
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            for notify in conn.notifies(timeout=left, stop_after=1):
                kinds.add(notify.payload)
            if kinds:  # gather what arrives together, then answer
                for notify in conn.notifies(timeout=0.05):
                    kinds.add(notify.payload)
                break
        return kinds

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def open_feed(database: Database) -> ChangeFeed:
    if database.engine.dialect.name == "postgresql":
        return PostgresNotifyFeed(database)
    return SqliteCounterFeed(database)

