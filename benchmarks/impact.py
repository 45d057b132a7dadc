"""Time the "who holds it" lists and the impact counts on a large directory.

    .venv/bin/python -m benchmarks.impact --database /tmp/iam-bench-1m.sqlite3

On a database made by ``benchmarks.generate`` (every 50th user holds the System administrator
role; everyone belongs to one of the organizations): holders of that role (first page, a page
deep in the list, the count), and the impact counts of narrowing it and of moving the top
organization (all users below it). Prints JSON and writes it to benchmarks/results/.
"""

from __future__ import annotations

from .service_timing import open_signed_in, timed, write_result


def main() -> None:
    database, actor, repeat = open_signed_in(__doc__ or "")
    from sqlalchemy import select

    from iam_console.models import Organization, Role
    from iam_console.services import holders, impact, organizations, roles
    from iam_console.services.paging import PageRequest

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
            lambda: holders.list_holders(database, actor, query, PageRequest()), repeat),
        "holders_next_page": timed(
            lambda: holders.list_holders(database, actor, query,
                                         PageRequest(after=first.after)), repeat),
        "holders_deep_page": timed(
            lambda: holders.list_holders(database, actor, query, PageRequest(skip=10_000)),
            repeat),
        "holders_count": timed(lambda: holders.count_holders(database, actor, query),
                               repeat),
        "role_impact_count": timed(
            lambda: impact.role_change(database, actor, role_id, narrowed), repeat),
        "organization_impact_count": timed(
            lambda: impact.organization_change(database, actor, top, moved), repeat),
        "members_first_page": timed(
            lambda: holders.list_members(database, actor, frozenset({top}), PageRequest()),
            repeat),
    }
    database.dispose()
    write_result("impact-{kind}", result)


if __name__ == "__main__":
    main()
