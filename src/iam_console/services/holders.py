"""Who holds a role or a permission, and where; who belongs to a set of organizations.

Both lists are pages of a server-side query in username order, filtered in the query to the
organizations where the actor may see users. They answer "who holds it, where" in the role
editor and list the people a harmful change reaches before it is made (``impact``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import (
    Location,
    Membership,
    Organization,
    Permission,
    Role,
    RoleAssignment,
    User,
    role_permissions,
)

from . import policy
from .actor import Actor
from .authority import Authority
from .paging import Page, PageRequest, read_page
from .permissions import VIEW_USERS
from .uow import UnitOfWork

AREA = "roles"


@dataclass(frozen=True)
class Holders:
    """Whose assignments to list: of these roles, or of any role holding ``permission``."""

    role_ids: frozenset[int] = frozenset()
    permission: str = ""


@dataclass(frozen=True)
class HolderRow:
    """One assignment (``id``) or, for members, one user (``id``)."""

    id: int
    username: str
    name: str
    status: str
    where: str
    through: str


def _role_condition(holders: Holders) -> Any:
    if holders.permission:
        return RoleAssignment.role_id.in_(
            select(role_permissions.c.role_id)
            .join(Permission, Permission.id == role_permissions.c.permission_id)
            .where(Permission.code == holders.permission))
    if holders.role_ids:
        return RoleAssignment.role_id.in_(sorted(holders.role_ids))
    return false()


def _search(stmt: Select[Any], search: str) -> Select[Any]:
    term = search.strip().casefold()
    if not term:
        return stmt
    return stmt.where(User.username.contains(term, autoescape=True)
                      | func.lower(User.last_name).contains(term, autoescape=True)
                      | func.lower(User.first_name).contains(term, autoescape=True))


def _visible(stmt: Select[Any], authority: Authority, organization_column: Any) -> Select[Any]:
    condition = policy.visible(authority, VIEW_USERS, organization_column)
    return stmt if condition is None else stmt.where(condition)


def count_reach(session: Session, authority: Authority, holders: Holders) -> tuple[int, int]:
    """How many users hold the role(s) or permission, in how many organizations (visible)."""
    stmt = select(func.count(func.distinct(RoleAssignment.user_id)),
                  func.count(func.distinct(RoleAssignment.organization_id))
                  ).where(_role_condition(holders))
    users, organizations = session.execute(
        _visible(stmt, authority, RoleAssignment.organization_id)).one()
    return users or 0, organizations or 0


def assignments_query(authority: Authority, holders: Holders) -> Select[Any]:
    """Visible assignments of the chosen roles, joined to what a row shows."""
    stmt = (select(RoleAssignment.id, User.username, User.first_name, User.last_name,
                   User.status, Organization.name, Location.name, Role.name,
                   User.username.label("sort_key"))
            .join(User, User.id == RoleAssignment.user_id)
            .join(Role, Role.id == RoleAssignment.role_id)
            .join(Organization, Organization.id == RoleAssignment.organization_id)
            .outerjoin(Location, Location.id == RoleAssignment.location_id)
            .where(_role_condition(holders)))
    return _visible(stmt, authority, RoleAssignment.organization_id)


def members_query(authority: Authority, organization_ids: Iterable[int]) -> Select[Any]:
    """Visible users belonging to any of the organizations, each once, with which ones."""
    wanted = sorted(organization_ids)
    inside = (select(Membership.user_id)
              .where(Membership.organization_id.in_(wanted)))
    inside = _visible(inside, authority, Membership.organization_id)
    names = (select(func.aggregate_strings(Organization.name, ", "))
             .select_from(Membership)
             .join(Organization, Organization.id == Membership.organization_id)
             .where(Membership.user_id == User.id, Membership.organization_id.in_(wanted))
             .correlate(User).scalar_subquery())
    return (select(User.id, User.username, User.first_name, User.last_name, User.status,
                   names, User.username.label("sort_key"))
            .where(User.id.in_(inside)))


def _holder_row(row: Any) -> HolderRow:
    where = row[5] + (f" / {row[6]}" if row[6] else "")
    return HolderRow(row[0], row[1], f"{row[2]} {row[3]}", str(row[4].value), where, row[7])


def _member_row(row: Any) -> HolderRow:
    return HolderRow(row[0], row[1], f"{row[2]} {row[3]}", str(row[4].value), row[5] or "",
                     "member")


def _authority(session: Session, actor: Actor) -> Authority:
    return policy.require(session, actor.user_id, VIEW_USERS, action="role.holders")


def list_holders(database: Database, actor: Actor, holders: Holders,
                 request: PageRequest) -> Page[HolderRow]:
    """A page of the assignments that give the role(s) or permission: who, where, which role."""
    with UnitOfWork(database, actor, AREA) as uow:
        stmt = _search(assignments_query(_authority(uow.session, actor), holders), request.search)
        page = read_page(uow.session, stmt, User.username, RoleAssignment.id, request)
        return page.map(_holder_row)


def count_holders(database: Database, actor: Actor, holders: Holders, search: str = "") -> int:
    with UnitOfWork(database, actor, AREA) as uow:
        stmt = _search(assignments_query(_authority(uow.session, actor), holders), search)
        return uow.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def list_members(database: Database, actor: Actor, organization_ids: frozenset[int],
                 request: PageRequest) -> Page[HolderRow]:
    """A page of the users who belong to any of the organizations."""
    with UnitOfWork(database, actor, AREA) as uow:
        stmt = _search(members_query(_authority(uow.session, actor), organization_ids),
                       request.search)
        page = read_page(uow.session, stmt, User.username, User.id, request)
        return page.map(_member_row)


def count_members(database: Database, actor: Actor, organization_ids: frozenset[int],
                  search: str = "") -> int:
    with UnitOfWork(database, actor, AREA) as uow:
        stmt = _search(members_query(_authority(uow.session, actor), organization_ids), search)
        return uow.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
