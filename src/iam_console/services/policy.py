"""The one place that decides whether someone may do something, where, and why (not).

Every service call asks here; views ask only to enable or hide controls. What a person holds is
read from the database on every call (``load_authority``), so a revoked role stops working at
the next call even while their console stays open. The decisions themselves are pure functions
of an ``Authority`` and a target, so the tests compare them with a reference model.

The rules:

- scope: a permission counts where a grant of it applies (see ``authority``); acting on a user
  needs the permission in every organization the user belongs to (a user in none: whole
  directory);
- protected accounts: changing a user needs, besides the permission, every permission the user
  holds, in the place they hold it: nobody touches an account that holds more than they do;
- no escalation: granting or removing a role needs "Assign roles" and every permission of that
  role in that place; creating, editing or deleting a role needs "Manage roles" and each of its
  permissions in the whole directory (a role applies wherever it is assigned);
- organizations: managing one needs the permission in it; placing one under a parent needs it
  in the parent too (at the top: the whole directory);
- nobody changes their own roles, and the last active system administrator stays (these two
  are checked by the services that make such changes, with the helpers at the end).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, false, func, select
from sqlalchemy.orm import Session

from iam_console.models import (
    Location,
    Membership,
    Organization,
    Permission,
    Role,
    RoleAssignment,
    User,
    UserStatus,
    role_permissions,
)
from iam_console.texts import say

from .authority import Authority, Grant, OrganizationTree
from .errors import FORM, PermissionDenied, ValidationError
from .permissions import (
    BUILTIN_PERMISSIONS,
    MANAGE_ROLES,
    SYSTEM_ADMINISTRATOR,
    VIEW_USERS,
)

_TITLES = {p.code: p.title for p in BUILTIN_PERMISSIONS}


def title(code: str, titles: Mapping[str, str] | None = None) -> str:
    """A permission's title: the console's own, or the catalogue's from ``titles``."""
    return _TITLES.get(code) or (titles or {}).get(code) or code


@dataclass(frozen=True)
class Decision:
    """Yes or no, the rule that decided, and the assignment it rests on (when there is one)."""

    allowed: bool
    reason: str
    rule: str
    grant: Grant | None = None

    def enforce(self, *, action: str, entity_type: str = "", entity_id: int | None = None,
                entity_name: str = "") -> None:
        """Raise PermissionDenied (logged as a denied event by the unit of work) if refused."""
        if not self.allowed:
            raise PermissionDenied(self.reason, action=action, entity_type=entity_type,
                                   entity_id=entity_id, entity_name=entity_name)


def _yes(rule: str, grant: Grant | None, reason: str) -> Decision:
    return Decision(True, reason, rule, grant)


def _no(rule: str, reason: str) -> Decision:
    return Decision(False, reason, rule)


# --- targets -------------------------------------------------------------------------------

@dataclass(frozen=True)
class UserTarget:
    """A user as the policy sees them: where they belong and what they hold."""

    user_id: int
    name: str
    organizations: tuple[tuple[int, str], ...]  # (id, name) of each membership
    grants: tuple[Grant, ...]  # every assignment, active or not
    titles: Mapping[str, str] = field(default_factory=dict)  # of the permissions in grants


@dataclass(frozen=True)
class RoleTarget:
    role_id: int
    name: str
    permissions: frozenset[str]
    titles: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Place:
    """An organization, optionally one of its locations."""

    organization_id: int | None
    organization_name: str
    location_id: int | None = None
    location_name: str = ""

    @property
    def label(self) -> str:
        if self.organization_id is None:
            return "the whole directory"
        return self.organization_name + (f" / {self.location_name}" if self.location_name
                                         else "")


# --- decisions (pure) ----------------------------------------------------------------------

def decide_view_user(authority: Authority, target: UserTarget) -> Decision:
    """Seeing a user needs "View users" in one of their organizations (or one location of it)."""
    everywhere = authority.holds_everywhere(VIEW_USERS)
    if everywhere is not None:
        return _yes("whole directory", everywhere, say("You see every user."))
    for org_id, org_name in target.organizations:
        grant = authority.grant_seeing(VIEW_USERS, org_id)
        if grant is not None:
            return _yes("scope", grant, say("{0} is in {1}, where you may see users.",
                                            target.name, org_name))
    return _no("scope", say("{0} is outside the organizations you may see.", target.name))


def decide_user_action(authority: Authority, code: str, target: UserTarget) -> Decision:
    """Acting on a user with ``code``: scope in all their organizations, then protection."""
    if not target.organizations:
        grant = authority.holds_everywhere(code)
        if grant is None:
            return _no("scope", say("{0} belongs to no organization; only an administrator of "
                                    "the whole directory may do this.", target.name))
        first = grant
    else:
        first = None
        for org_id, org_name in target.organizations:
            grant = authority.grant_for(code, org_id)
            if grant is None:
                return _no("scope", say("{0} is in {1}, where you do not hold “{2}”.",
                                        target.name, org_name, title(code)))
            first = first or grant
    if code != VIEW_USERS:
        for held in target.grants:
            for permission in sorted(held.permissions):
                if not authority.holds(permission, held.organization_id, held.location_id):
                    held_title = title(permission, target.titles)
                    return _no("protected account",
                               f"{target.name}'s account is protected from you: they hold "
                               f"\u201c{held_title}\u201d in {held.where} (through "
                               f"\u201c{held.role_name}\u201d), which you do not hold there.")
    return _yes("scope", first, say("You hold “{0}” where {1} belongs, and everything their "
                                    "roles give them.", title(code), target.name))


def decide_assignment(authority: Authority, assign_code: str, role: RoleTarget,
                      place: Place) -> Decision:
    """Granting (or taking away) ``role`` at ``place``: the assign permission there and every
    permission of the role there."""
    grant = authority.grant_for(assign_code, place.organization_id, place.location_id)
    if grant is None:
        return _no("scope", say("You do not hold “{0}” in {1}.", title(assign_code), place.label))
    for permission in sorted(role.permissions):
        if not authority.holds(permission, place.organization_id, place.location_id):
            return _no("no escalation",
                       say("“{0}” gives “{1}”, which you do not hold in {2}; nobody gives more "
                           "than they hold.",
                           role.name, title(permission, role.titles), place.label))
    return _yes("no escalation", grant, say("You hold “{0}” and every permission of “{1}” in "
                                            "{2}.", title(assign_code), role.name, place.label))


def decide_in_organization(authority: Authority, code: str, place: Place) -> Decision:
    """A permission in one organization (a top-level place: in the whole directory)."""
    if place.organization_id is None:
        grant = authority.holds_everywhere(code)
    else:
        grant = authority.grant_for(code, place.organization_id, place.location_id)
    if grant is None:
        return _no("scope", say("You do not hold “{0}” in {1}.", title(code), place.label))
    return _yes("scope", grant, say("You hold “{0}” in {1}.", title(code), place.label))


def decide_role_definition(authority: Authority, permissions: Iterable[str]) -> Decision:
    """Defining a role: "Manage roles" and each of its permissions in the whole directory."""
    grant = authority.holds_everywhere(MANAGE_ROLES)
    if grant is None:
        return _no("scope", say("Roles apply wherever they are assigned, so defining them "
                                "needs “{0}” in the whole directory.", title(MANAGE_ROLES)))
    for permission in sorted(permissions):
        if authority.holds_everywhere(permission) is None:
            return _no("no escalation",
                       say("You do not hold “{0}” in the whole directory, so you cannot put it "
                           "in a role.", title(permission)))
    return _yes("no escalation", grant, say("You hold every permission of this role everywhere."))


# --- loading from the database -------------------------------------------------------------

def _grants(session: Session, where: Any) -> tuple[Grant, ...]:
    rows = session.execute(
        select(RoleAssignment.id, Role.id, Role.name, Organization.id, Organization.name,
               Location.id, Location.name)
        .join(Role, Role.id == RoleAssignment.role_id)
        .join(Organization, Organization.id == RoleAssignment.organization_id)
        .outerjoin(Location, Location.id == RoleAssignment.location_id)
        .where(where).order_by(RoleAssignment.id)
    ).all()
    role_ids = {r[1] for r in rows}
    codes: dict[int, set[str]] = {}
    if role_ids:
        for role_id, code in session.execute(
            select(role_permissions.c.role_id, Permission.code)
            .join(Permission, Permission.id == role_permissions.c.permission_id)
            .where(role_permissions.c.role_id.in_(role_ids))
        ):
            codes.setdefault(role_id, set()).add(code)
    return tuple(Grant(a, r, rn, o, on, loc, ln or "", frozenset(codes.get(r, ())))
                 for a, r, rn, o, on, loc, ln in rows)


def load_authority(session: Session, user_id: int) -> Authority:
    """What ``user_id`` holds now: active roles in active organizations of an active account."""
    status = session.scalar(select(User.status).where(User.id == user_id))
    if status is not UserStatus.ACTIVE:
        return Authority(user_id, ())
    grants = _grants(session, (RoleAssignment.user_id == user_id) & Role.active
                     & Organization.active)
    authority = Authority(user_id, grants)
    if authority.needs_tree():
        parents: dict[int, int | None] = {
            org_id: parent for org_id, parent in session.execute(
                select(Organization.id, Organization.parent_id))}
        authority = Authority(user_id, grants, OrganizationTree(parents))
    return authority


def load_user_target(session: Session, user: User) -> UserTarget:
    orgs = session.execute(
        select(Organization.id, Organization.name)
        .join(Membership, Membership.organization_id == Organization.id)
        .where(Membership.user_id == user.id).order_by(Organization.id)).all()
    grants = _grants(session, RoleAssignment.user_id == user.id)
    codes = {code for grant in grants for code in grant.permissions}
    titles = dict(session.execute(select(Permission.code, Permission.title)
                                  .where(Permission.code.in_(codes))).tuples().all())
    return UserTarget(user.id, user.display_name, tuple((i, n) for i, n in orgs), grants,
                      titles)


def load_role_target(role: Role) -> RoleTarget:
    return RoleTarget(role.id, role.name, frozenset(p.code for p in role.permissions),
                      {p.code: p.title for p in role.permissions})


def place_of(session: Session, organization_id: int | None,
             location_id: int | None = None) -> Place:
    if organization_id is None:
        return Place(None, "")
    org_name = session.scalar(select(Organization.name)
                              .where(Organization.id == organization_id)) or "?"
    location_name = ""
    if location_id is not None:
        location_name = session.scalar(select(Location.name)
                                       .where(Location.id == location_id)) or "?"
    return Place(organization_id, org_name, location_id, location_name)


# --- the gate every service call passes ----------------------------------------------------

def require(
    session: Session,
    actor_id: int,
    permission: str,
    *,
    action: str,
    entity_type: str = "",
    entity_id: int | None = None,
    entity_name: str = "",
) -> Authority:
    """The actor's authority, or PermissionDenied when they hold ``permission`` nowhere."""
    authority = load_authority(session, actor_id)
    if not authority.holds_anywhere(permission):
        raise PermissionDenied(
            say("You do not have the permission “{0}”.", title(permission)),
            action=action, entity_type=entity_type, entity_id=entity_id,
            entity_name=entity_name)
    return authority


def visible(authority: Authority, code: str, organization_column: Any) -> Any:
    """A SQL condition keeping rows of organizations where ``code`` is held (None: all)."""
    organizations = authority.organizations_with(code)
    if organizations is None:
        return None
    if not organizations:
        return false()
    return organization_column.in_(sorted(organizations))


def visible_users(authority: Authority, user_id_column: Any) -> Any:
    """A SQL condition keeping the users the actor may see (None: all of them)."""
    organizations = authority.organizations_with(VIEW_USERS)
    if organizations is None:
        return None
    if not organizations:
        return false()
    return exists(select(Membership.user_id).where(
        Membership.user_id == user_id_column,
        Membership.organization_id.in_(sorted(organizations))))


# --- rules that span rows ------------------------------------------------------------------

LAST_ADMINISTRATOR = (say("This would leave no active system administrator. Make someone else "
                          "a system administrator first."))


def lock_system_administrators(session: Session) -> None:
    """Serialize changes that may remove a system administrator (row lock on the role).

    Two administrators each removing "the other one" then take turns, and the second sees the
    first one's change before deciding. SQLite has one writer at a time already.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(Role.id).where(Role.builtin_key == SYSTEM_ADMINISTRATOR)
                        .with_for_update())


def active_system_administrators(session: Session) -> int:
    """Active users holding the System administrator role in an active organization."""
    session.flush()
    return session.scalar(
        select(func.count(func.distinct(RoleAssignment.user_id)))
        .join(Role, Role.id == RoleAssignment.role_id)
        .join(Organization, Organization.id == RoleAssignment.organization_id)
        .join(User, User.id == RoleAssignment.user_id)
        .where(Role.builtin_key == SYSTEM_ADMINISTRATOR, Role.active, Organization.active,
               User.status == UserStatus.ACTIVE)
    ) or 0


def ensure_a_system_administrator_remains(session: Session, before: int) -> None:
    """Refuse a change that took the count of active system administrators to zero."""
    if before > 0 and active_system_administrators(session) == 0:
        raise ValidationError({FORM: LAST_ADMINISTRATOR})
