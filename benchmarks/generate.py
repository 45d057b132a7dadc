"""Make a benchmark database: N users and M administration log events, SQLite or PostgreSQL.

    .venv/bin/python -m benchmarks.generate --users 1000000 --events 10000000 \
        --database /tmp/iam-bench-1m.sqlite3
    .venv/bin/python -m benchmarks.generate --users 1000000 --events 10000000 \
        --database postgresql://iam@127.0.0.1:5432/bench_1m

The schema comes from the console's own migrations; rows go in through bulk inserts (COPY on
PostgreSQL). The first administrator is ``admin`` / ``bench-quartz-2026`` (real argon2id).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import make_url

from iam_console.auth.passwords import PasswordHasher
from iam_console.config import to_url
from iam_console.models.audit import CHAIN_SETTING, GENESIS, chain_hash
from iam_console.services.demo import FIRST_NAMES, LAST_NAMES
from iam_console.services.setup import (
    FirstAdministratorInput,
    create_first_administrator,
    open_and_prepare,
)

ADMIN, PASSWORD = "admin", "bench-quartz-2026"
ORGANIZATIONS = 20
ACTORS = 50  # the administrators who wrote the log
ACTIONS = ("user.update", "user.create", "session.sign_in", "user.delete", "role.update",
           "organization.update", "session.sign_in", "user.update")
CHUNK = 50_000

USER_COLUMNS = ("id", "username", "first_name", "last_name", "email", "phone", "status", "origin",
                "created_at", "updated_at", "version")
EVENT_COLUMNS = ("id", "occurred_at", "correlation_id", "actor_id", "actor_name", "actor_method",
                 "workstation", "console_version", "action", "entity_type", "entity_id",
                 "entity_name", "scope_organization_id", "area", "outcome", "reason", "changes",
                 "chain_hash")
NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def username(n: int) -> tuple[str, str, str]:
    first = FIRST_NAMES[n % len(FIRST_NAMES)]
    last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return first, last, f"{first[0]}{last}{n}".lower()


def users(start_id: int, count: int) -> Iterator[tuple[Any, ...]]:
    stamp = NOW
    for n in range(count):
        first, last, name = username(n)
        yield (start_id + n, name, first, last, f"{name}@bench.example.org", None, "active",
               "local", stamp, stamp, 1)


def events(count: int, user_ids: int, actor_ids: Sequence[int]) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(11)
    span = 365 * 24 * 3600
    for n in range(count):
        when = NOW - dt.timedelta(seconds=span * (count - n) / count)
        actor = actor_ids[n % len(actor_ids)]
        target = rng.randrange(user_ids) + 2
        yield (n + 1, when, f"{n:032x}", actor, f"Admin {actor}", "password",
               "bench", "0.1.0", ACTIONS[rng.randrange(len(ACTIONS))], "user", target,
               f"User {target}", rng.randrange(ORGANIZATIONS) + 1, "users", "succeeded", "",
               '{"phone": [null, "+31 20 1234567"]}')


class Chain:
    """Chains generated events as the console does, so the log has its final shape (and
    verifies); ``state`` is what goes to the chain's settings row afterwards."""

    def __init__(self) -> None:
        self.head_id, self.head_hash = 0, GENESIS

    def __call__(self, rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        for row in rows:
            self.head_hash = chain_hash(self.head_hash, dict(zip(EVENT_COLUMNS, row,
                                                                 strict=False)))
            self.head_id = row[0]
            yield (*row, self.head_hash)

    @property
    def state(self) -> str:
        return json.dumps({"start_id": 0, "start_hash": GENESIS, "head_id": self.head_id,
                           "head_hash": self.head_hash})


def sqlite_value(value: Any) -> Any:
    """SQLite keeps times as text in the format SQLAlchemy writes and compares (UTC)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def chunks(rows: Iterator[tuple[Any, ...]], convert: bool = False
           ) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        if convert:
            row = tuple(sqlite_value(v) for v in row)
        batch.append(row)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def fill_sqlite(path: str, user_count: int, event_count: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=MEMORY")
    first_id = conn.execute("SELECT max(id) FROM users").fetchone()[0] + 1
    org_ids = [r[0] for r in conn.execute("SELECT id FROM organizations")]
    role_id = conn.execute("SELECT id FROM roles WHERE system").fetchone()[0]
    marks = ",".join("?" * len(USER_COLUMNS))
    for batch in chunks(users(first_id, user_count), convert=True):
        conn.executemany(f"INSERT INTO users ({','.join(USER_COLUMNS)}) VALUES ({marks})", batch)
        conn.executemany("INSERT INTO memberships (user_id, organization_id, created_at) "
                         "VALUES (?, ?, ?)", [(r[0], org_ids[r[0] % len(org_ids)], r[8])
                                              for r in batch])
        conn.executemany("INSERT INTO role_assignments (user_id, role_id, organization_id, "
                         "created_at) VALUES (?, ?, ?, ?)",
                         [(r[0], role_id, org_ids[r[0] % len(org_ids)], r[8])
                          for r in batch if r[0] % 50 == 0])
        conn.commit()
    conn.execute("DELETE FROM audit_events")
    marks = ",".join("?" * len(EVENT_COLUMNS))
    actor_ids = list(range(first_id, first_id + ACTORS))
    chain = Chain()
    for batch in chunks(chain(events(event_count, user_count, actor_ids)), convert=True):
        conn.executemany(f"INSERT INTO audit_events ({','.join(EVENT_COLUMNS)}) "
                         f"VALUES ({marks})", batch)
        conn.commit()
    conn.execute("UPDATE database_settings SET value = ? WHERE key = ?",
                 (chain.state, CHAIN_SETTING))
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def fill_postgres(url: str, user_count: int, event_count: int) -> None:
    parts = make_url(url)
    with psycopg.connect(host=parts.host, port=parts.port or 5432, user=parts.username,
                         password=parts.password, dbname=parts.database) as conn:
        first_id = conn.execute("SELECT max(id) FROM users").fetchone()[0] + 1  # type: ignore[index]
        org_ids = [r[0] for r in conn.execute("SELECT id FROM organizations")]
        role_id = conn.execute("SELECT id FROM roles WHERE system").fetchone()[0]  # type: ignore[index]
        with conn.cursor() as cur:
            with cur.copy(f"COPY users ({','.join(USER_COLUMNS)}) FROM STDIN") as copy:
                for row in users(first_id, user_count):
                    copy.write_row(row)
            with cur.copy("COPY memberships (user_id, organization_id, created_at) "
                          "FROM STDIN") as copy:
                for n in range(user_count):
                    copy.write_row((first_id + n, org_ids[(first_id + n) % len(org_ids)], NOW))
            with cur.copy("COPY role_assignments (user_id, role_id, organization_id, created_at)"
                          " FROM STDIN") as copy:
                for n in range(0, user_count, 50):
                    copy.write_row((first_id + n, role_id,
                                    org_ids[(first_id + n) % len(org_ids)], NOW))
            cur.execute("SELECT set_config('iam_console.purge', 'on', true)")  # append-only
            cur.execute("DELETE FROM audit_events")
            actor_ids = list(range(first_id, first_id + ACTORS))
            chain = Chain()
            with cur.copy(f"COPY audit_events ({','.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                for row in chain(events(event_count, user_count, actor_ids)):
                    copy.write_row(row)
            cur.execute("UPDATE database_settings SET value = %s WHERE key = %s",
                        (chain.state, CHAIN_SETTING))
            for table in ("users", "audit_events", "role_assignments"):
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT max(id) FROM {table}))")
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")


def generate(database: str, user_count: int, event_count: int) -> dict[str, Any]:
    started = time.perf_counter()
    url = to_url(database)
    if url.startswith("sqlite") and Path(url.split(":///", 1)[1]).exists():
        Path(url.split(":///", 1)[1]).unlink()
    db, _status = open_and_prepare(url)
    create_first_administrator(db, PasswordHasher(), FirstAdministratorInput(
        "Unit 00", ADMIN, "Bench", "Admin", "admin@bench.example.org", PASSWORD, PASSWORD))
    with db.engine.begin() as conn:
        from sqlalchemy import text

        for n in range(1, ORGANIZATIONS):
            conn.execute(text("INSERT INTO organizations (name, name_key, description, active, "
                              "kind, created_at, updated_at, version) VALUES (:n, :k, '', true, "
                              "'internal', :t, :t, 1)"),
                         {"n": f"Unit {n:02d}", "k": f"unit {n:02d}", "t": NOW})
    db.dispose()
    if url.startswith("sqlite"):
        fill_sqlite(url.split(":///", 1)[1], user_count, event_count)
    else:
        fill_postgres(url, user_count, event_count)
    return {"database": make_url(url).render_as_string(hide_password=True), "users": user_count,
            "events": event_count, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--database", default="/tmp/iam-bench.sqlite3")
    args = parser.parse_args()
    print(json.dumps(generate(args.database, args.users, args.events)))


if __name__ == "__main__":
    main()
