"""Make a database of N users (default 100,000) for benchmarks, quickly, through bulk inserts.

    .venv/bin/python -m benchmarks.make_users --users 100000 --database /tmp/bench.sqlite3

The first administrator is ``admin`` with the password ``bench-admin-2026`` (real argon2id).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from sqlalchemy import insert, select

from iam_console.auth.passwords import PasswordHasher
from iam_console.config import to_url
from iam_console.models import (
    Membership,
    Organization,
    Role,
    RoleAssignment,
    User,
    UserStatus,
    utcnow,
)
from iam_console.services.demo import FIRST_NAMES, LAST_NAMES
from iam_console.services.setup import (
    FirstAdministratorInput,
    create_first_administrator,
    open_and_prepare,
)

ADMIN, PASSWORD = "admin", "bench-admin-2026"
BATCH = 10_000


def make(path: Path, count: int, seed: int = 7) -> dict[str, float]:
    if path.exists():
        path.unlink()
    started = time.perf_counter()
    database, _ = open_and_prepare(to_url(str(path)))
    create_first_administrator(database, PasswordHasher(), FirstAdministratorInput(
        "Head Office", ADMIN, "Bench", "Admin", "admin@bench.example.org", PASSWORD, PASSWORD))
    rng = random.Random(seed)
    now = utcnow()
    with database.engine.begin() as conn:
        org_ids = [conn.execute(insert(Organization).values(
            name=f"Unit {n:02d}", name_key=f"unit {n:02d}", description="", active=True,
            kind="internal", created_at=now, updated_at=now, version=1)).inserted_primary_key[0]
            for n in range(20)]
        role_id = conn.execute(select(Role.id).where(Role.system)).scalar_one()
        first_id = 1 + (conn.execute(select(User.id).order_by(User.id.desc())).scalar() or 0)
        for start in range(0, count, BATCH):
            users, members, assignments = [], [], []
            for n in range(start, min(start + BATCH, count)):
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                username = f"{first[0]}{last}{n}".lower()
                users.append({"id": first_id + n, "username": username, "first_name": first,
                              "last_name": last, "email": f"{username}@bench.example.org",
                              "phone": None, "status": UserStatus.ACTIVE, "origin": "local",
                              "created_at": now, "updated_at": now, "version": 1})
                org = rng.choice(org_ids)
                members.append({"user_id": first_id + n, "organization_id": org,
                                "created_at": now})
                if n % 50 == 0:
                    assignments.append({"user_id": first_id + n, "role_id": role_id,
                                        "organization_id": org, "created_at": now})
            conn.execute(insert(User), users)
            conn.execute(insert(Membership), members)
            if assignments:
                conn.execute(insert(RoleAssignment), assignments)
    database.dispose()
    return {"users": count, "seconds": round(time.perf_counter() - started, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--database", type=Path, default=Path("/tmp/iam-bench.sqlite3"))
    args = parser.parse_args()
    print(json.dumps(make(args.database, args.users)))


if __name__ == "__main__":
    main()
