"""The one place that decides whether the signed-in actor may do something, and why not.

Effective permissions are the union, per organization, of the permissions of the actor's active
roles assigned in active organizations; the actor's own account must be active. They are read
from the database on every call, so a revoked role stops working at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iam_console.models import (
    Organization,
    Permission,
    Role,
    RoleAssignment,
    User,
    UserStatus,
    role_permissions,
)

from .errors import FORM, PermissionDenied, ValidationError
from .permissions import BUILTIN_PERMISSIONS

_TITLES = {p.code: p.title for p in BUILTIN_PERMISSIONS}


@dataclass(frozen=True)
class EffectivePermissions:
    """Permission codes the actor holds, per organization id."""

    by_organization: dict[int, frozenset[str]]

    def holds_anywhere(self, code: str) -> bool:
        return any(code in codes for codes in self.by_organization.values())

    def holds_in(self, code: str, organization_id: int) -> bool:
        return code in self.by_organization.get(organization_id, frozenset())

    def all_codes(self) -> frozenset[str]:
        return frozenset().union(*self.by_organization.values())


def effective_permissions(session: Session, user_id: int) -> EffectivePermissions:
    """What ``user_id`` may do now: nothing when the account itself is not active."""
    status = session.scalar(select(User.status).where(User.id == user_id))
    if status is not UserStatus.ACTIVE:
        return EffectivePermissions({})
    rows = session.execute(
        select(RoleAssignment.organization_id, Permission.code)
        .join(Role, Role.id == RoleAssignment.role_id)
        .join(Organization, Organization.id == RoleAssignment.organization_id)
        .join(role_permissions, role_permissions.c.role_id == Role.id)
        .join(Permission, Permission.id == role_permissions.c.permission_id)
        .where(RoleAssignment.user_id == user_id, Role.active, Organization.active)
    ).all()
    by_org: dict[int, set[str]] = {}
    for org_id, code in rows:
        by_org.setdefault(org_id, set()).add(code)
    return EffectivePermissions({k: frozenset(v) for k, v in by_org.items()})


def require(
    session: Session,
    actor_id: int,
    permission: str,
    *,
    action: str,
    entity_type: str = "",
    entity_id: int | None = None,
    entity_name: str = "",
) -> EffectivePermissions:
    """Raise PermissionDenied (naming the missing permission) unless the actor holds it."""
    held = effective_permissions(session, actor_id)
    if not held.holds_anywhere(permission):
        title = _TITLES.get(permission, permission)
        raise PermissionDenied(
            f"You do not have the permission \u201c{title}\u201d.",
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            entity_name=entity_name,
        )
    return held


LAST_ADMINISTRATOR = ("This would leave no active system administrator. Make someone else a "
                      "system administrator first.")


def lock_system_administrators(session: Session) -> None:
    """Serialize changes that may remove a system administrator (row lock on the role).

    Two administrators each removing "the other one" then take turns, and the second sees the
    first one's change before deciding. SQLite has one writer at a time already.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(Role.id).where(Role.system).with_for_update())


def active_system_administrators(session: Session) -> int:
    """Active users holding the system role in an active organization."""
    session.flush()
    return session.scalar(
        select(func.count(func.distinct(RoleAssignment.user_id)))
        .join(Role, Role.id == RoleAssignment.role_id)
        .join(Organization, Organization.id == RoleAssignment.organization_id)
        .join(User, User.id == RoleAssignment.user_id)
        .where(Role.system, Role.active, Organization.active, User.status == UserStatus.ACTIVE)
    ) or 0


def ensure_a_system_administrator_remains(session: Session, before: int) -> None:
    """Refuse a change that took the count of active system administrators to zero."""
    if before > 0 and active_system_administrators(session) == 0:
        raise ValidationError({FORM: LAST_ADMINISTRATOR})
