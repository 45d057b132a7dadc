"""Exporting what a list shows (its current search, subset and sort) to CSV: users with their
organizations and roles, organizations, roles with their permissions. Streamed a page at a
time; the file appears only when the export completes; cells that a spreadsheet would run
are written as text. The users' columns are the ones the CSV import reads."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from iam_console.db.engine import Database
from iam_console.models import Location, Organization, Permission, Role, RoleAssignment
from iam_console.models.role import role_permissions

from . import organizations, roles, users
from .actor import Actor
from .changes import ORGANIZATIONS, ROLES, USERS
from .csv_files import Cancelled, atomic_file, safe_cell
from .paging import MAX_PAGE, Page, PageRequest
from .uow import UnitOfWork

# called after each page with the rows written so far; False cancels
Progress = Callable[[int], bool]
LIST_SEPARATOR = " | "  # between several organizations, roles or permissions in one cell
USER_HEADER = ("username", "first_name", "last_name", "email", "phone", "status",
               "organizations", "roles", "created_at")
ORGANIZATION_HEADER = ("name", "kind", "active", "parent", "users", "description")
ROLE_HEADER = ("name", "description", "active", "system", "assignments", "permissions")


@dataclass(frozen=True)
class TableExport:
    path: Path
    rows: int
    cancelled: bool


def _pages(list_page: Callable[[Database, Actor, PageRequest], Page[Any]], database: Database,
           actor: Actor, request: PageRequest) -> Iterator[Sequence[Any]]:
    """Every page of a list, continuing from each page's last key."""
    request = replace(request, after=None, limit=MAX_PAGE, skip=0)
    while True:
        page = list_page(database, actor, request)
        yield page.rows
        if page.after is None:
            return
        request = replace(request, after=page.after)


def assignment_label(role: str, organization: str, location: str | None) -> str:
    """"Reader @ Housing / North": how a role assignment is written in a CSV cell."""
    return f"{role} @ {organization}" + (f" / {location}" if location else "")


def _roles_of(database: Database, actor: Actor, user_ids: list[int]) -> dict[int, list[str]]:
    with UnitOfWork(database, actor, users.AREA) as uow:
        found: dict[int, list[str]] = {}
        for user_id, role, org, location in uow.session.execute(
            select(RoleAssignment.user_id, Role.name, Organization.name, Location.name)
            .join(Role, Role.id == RoleAssignment.role_id)
            .join(Organization, Organization.id == RoleAssignment.organization_id)
            .outerjoin(Location, Location.id == RoleAssignment.location_id)
            .where(RoleAssignment.user_id.in_(user_ids))
            .order_by(RoleAssignment.user_id, Role.name_key, Organization.name_key)
        ):
            found.setdefault(user_id, []).append(assignment_label(role, org, location))
        return found


def _permissions_of(database: Database, actor: Actor,
                    role_ids: list[int]) -> dict[int, list[str]]:
    with UnitOfWork(database, actor, roles.AREA) as uow:
        found: dict[int, list[str]] = {}
        for role_id, code in uow.session.execute(
            select(role_permissions.c.role_id, Permission.code)
            .join(Permission, Permission.id == role_permissions.c.permission_id)
            .where(role_permissions.c.role_id.in_(role_ids))
            .order_by(role_permissions.c.role_id, Permission.code)
        ):
            found.setdefault(role_id, []).append(code)
        return found


def _user_rows(database: Database, actor: Actor,
               request: PageRequest) -> Iterator[list[tuple[Any, ...]]]:
    for page in _pages(users.list_users, database, actor, request):
        assigned = _roles_of(database, actor, [r.id for r in page]) if page else {}
        yield [(r.username, r.first_name, r.last_name, r.email, r.phone, r.status,
                r.organizations.replace(", ", LIST_SEPARATOR),
                LIST_SEPARATOR.join(assigned.get(r.id, [])),
                r.created_at.strftime("%Y-%m-%dT%H:%M:%SZ")) for r in page]


def _organization_rows(database: Database, actor: Actor,
                       request: PageRequest) -> Iterator[list[tuple[Any, ...]]]:
    for page in _pages(organizations.list_organizations, database, actor, request):
        yield [(r.name, r.kind, "yes" if r.active else "no", r.parent_name, r.member_count,
                r.description) for r in page]


def _role_rows(database: Database, actor: Actor,
               request: PageRequest) -> Iterator[list[tuple[Any, ...]]]:
    for page in _pages(roles.list_roles, database, actor, request):
        codes = _permissions_of(database, actor, [r.id for r in page]) if page else {}
        yield [(r.name, r.description, "yes" if r.active else "no",
                "yes" if r.system else "no", r.assignment_count,
                LIST_SEPARATOR.join(codes.get(r.id, []))) for r in page]


_TABLES = {USERS: (USER_HEADER, _user_rows), ORGANIZATIONS: (ORGANIZATION_HEADER,
                                                              _organization_rows),
           ROLES: (ROLE_HEADER, _role_rows)}
EXPORTABLE = frozenset(_TABLES)


def export_table(database: Database, actor: Actor, kind: str, request: PageRequest,
                 path: Path, progress: Progress = lambda _n: True) -> TableExport:
    """Write every row of the list ``kind`` that ``request`` (search, subset, sort) selects
    and the actor may see. Logged when complete, with how many rows and which search."""
    header, rows = _TABLES[kind]
    written = 0
    try:
        with atomic_file(path) as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            for page in rows(database, actor, request):
                writer.writerows([safe_cell(v) for v in row] for row in page)
                written += len(page)
                if not progress(written):
                    raise Cancelled
    except Cancelled:
        return TableExport(path, written, True)
    with UnitOfWork(database, actor, "export") as uow:
        what = f"{written:,} {kind} exported"
        if request.search:
            what += f" matching \u201c{request.search}\u201d"
        if request.view:
            what += f" (subset: {request.view})"
        uow.record(f"{kind}.export", entity_type=kind, entity_name=path.name, reason=what)
        uow.commit()
    return TableExport(path, written, False)
