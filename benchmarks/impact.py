"""Time the "who holds it" lists and the impact counts on a large directory.

    .venv/bin/python -m benchmarks.impact --database /tmp/iam-bench-1m.sqlite3

On a database made by ``benchmarks.generate`` (every 50th user holds the System administrator
role; everyone belongs to one of the organizations): holders of that role (first page, a page
deep in the list, the count), and the impact counts of narrowing it and of moving the top
organization (all users below it). Prints JSON and writes it to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .run import ADMIN, PASSWORD

RESULTS = Path(__file__).parent / "results"


def timed(call: Callable[[], Any], repeat: int) -> dict[str, Any]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return {"p50_ms": round(statistics.median(samples), 1),
            "p95_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", required=True, help="SQLite path or PostgreSQL URL")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    from sqlalchemy import select

    from iam_console.auth.passwords import PasswordHasher
    from iam_console.config import to_url
    from iam_console.models import Organization, Role
    from iam_console.services import holders, impact, organizations, roles, sessions
    from iam_console.services.paging import PageRequest
    from iam_console.services.setup import open_and_prepare

    database, _status = open_and_prepare(to_url(args.database))
    actor = sessions.sign_in(database, PasswordHasher(), ADMIN, PASSWORD)
    with database.session_factory() as session:
        role_id = session.scalar(select(Role.id).where(Role.builtin_key
                                                       == "system-administrator"))
        top = session.scalar(select(Organization.id).where(Organization.parent_id.is_(None))
                             .order_by(Organization.id))
    assert role_id is not None and top is not None
    query = holders.Holders(role_ids=frozenset({role_id}))
    first = holders.list_holders(database, actor, query, PageRequest())
    detail = roles.get_role(database, actor, role_id)
    narrowed = roles.RoleInput(detail.name, permission_codes=frozenset())
    org = organizations.get_organization(database, actor, top)
    moved = organizations.OrganizationInput(org.name, org.description, org.active, org.kind,
                                            parent_id=-1)
    found_role = impact.role_change(database, actor, role_id, narrowed)
    found_org = impact.organization_change(database, actor, top, moved)
    result = {
        "database": database.describe(),
        "holders": holders.count_holders(database, actor, query),
        "role_impact": [found_role.users, found_role.organizations] if found_role else None,
        "organization_impact": [found_org.users, found_org.organizations] if found_org else None,
        "holders_first_page": timed(
            lambda: holders.list_holders(database, actor, query, PageRequest()), args.repeat),
        "holders_next_page": timed(
            lambda: holders.list_holders(database, actor, query,
                                         PageRequest(after=first.after)), args.repeat),
        "holders_deep_page": timed(
            lambda: holders.list_holders(database, actor, query, PageRequest(skip=10_000)),
            args.repeat),
        "holders_count": timed(lambda: holders.count_holders(database, actor, query),
                               args.repeat),
        "role_impact_count": timed(
            lambda: impact.role_change(database, actor, role_id, narrowed), args.repeat),
        "organization_impact_count": timed(
            lambda: impact.organization_change(database, actor, top, moved), args.repeat),
        "members_first_page": timed(
            lambda: holders.list_members(database, actor, frozenset({top}), PageRequest()),
            args.repeat),
    }
    database.dispose()
    print(json.dumps(result, indent=2))
    kind = "postgresql" if "postgresql" in result["database"].lower() else "sqlite"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"impact-{kind}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
