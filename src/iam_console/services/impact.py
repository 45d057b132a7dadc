"""Impact before harm: whom a role or organization change reaches, asked before it is made.

Narrowing, deactivating or deleting a role, and deactivating, moving or deleting an
organization, take something away from people. The editors ask these functions first and show
how many users and organizations are affected; ``holders`` lists them on request. ``None``
means there is nothing to ask: the change takes nothing away, or the actor may not make it
at all (the service refuses it and logs the refusal when it is tried). Asking writes nothing to
the administration log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import Organization, Permission, Role
from iam_console.texts import say

from . import policy
from .actor import Actor
from .authority import Authority
from .errors import NotFound
from .holders import Holders, count_reach, members_query
from .organization_tree import subtree
from .organizations import OrganizationInput
from .permissions import MANAGE_ORGANIZATIONS, MANAGE_ROLES
from .roles import RoleInput
from .uow import UnitOfWork

T = TypeVar("T")


@dataclass(frozen=True)
class Impact:
    """What the dialog says: a question, a summary with the counts, and details."""

    question: str
    summary: str
    details: tuple[str, ...]
    users: int
    organizations: int
    holders: Holders | None = None  # list these assignments on request...
    members_of: frozenset[int] = frozenset()  # ...or the users of these organizations

    @property
    def anyone(self) -> bool:
        return self.users > 0


def _users_in(users: int, organizations: int) -> str:
    if users == 0:
        return say("No user is affected.")
    return say("This affects {0} in {1}.",
               say("{0:,} user", users) if users == 1 else say("{0:,} users", users),
               say("{0:,} organization", organizations) if organizations == 1
               else say("{0:,} organizations", organizations))


def _titles(session: Session, codes: set[str]) -> str:
    """The permissions by their titles (the catalogue's, for application permissions)."""
    titles = dict(session.execute(select(Permission.code, Permission.title)
                                  .where(Permission.code.in_(codes))).tuples().all())
    return ", ".join(sorted(titles.get(code, code) for code in codes))


def _losing_derived(session: Session, base: Role, keeps: set[str]) -> list[tuple[Role, set[str]]]:
    """Roles based on ``base`` (and on those) that lose permissions when it keeps only these."""
    found: list[tuple[Role, set[str]]] = []
    for derived in session.scalars(select(Role).where(Role.base_role_id == base.id)
                                   .order_by(Role.name_key)):
        codes = {p.code for p in derived.permissions}
        lost = codes - keeps
        if lost:
            found.append((derived, lost))
            found.extend(_losing_derived(session, derived, codes & keeps))
    return found


def _changeable(session: Session, actor: Actor, permission: str, entity: type[T],
                record_id: int, this: str) -> tuple[Authority, T] | None:
    """The actor's authority and the record, or None when they may make no such change at all
    (the change itself is then refused, and logged, when it is tried)."""
    authority = policy.load_authority(session, actor.user_id)
    if not authority.holds_anywhere(permission):
        return None
    record = session.get(entity, record_id)
    if record is None:
        raise NotFound(say("{0} no longer exists; another administrator deleted it.", this))
    return authority, record


def role_change(database: Database, actor: Actor, role_id: int,
                data: RoleInput | None) -> Impact | None:
    """The impact of saving ``data`` over the role (``None``: deleting it)."""
    with UnitOfWork(database, actor, "roles") as uow:
        session = uow.session
        found = _changeable(session, actor, MANAGE_ROLES, Role, role_id, say("This role"))
        if found is None:
            return None
        authority, role = found
        current = {p.code for p in role.permissions}
        details: list[str] = []
        role_ids = {role.id}
        if data is None:
            question = say("Delete the role “{0}”?", role.name)
            details.append(say("A role that anyone holds is not deleted: remove its "
                               "assignments first, or make it inactive."))
        else:
            removed = current - data.permission_codes
            deactivating = role.active and not data.active
            if not removed and not deactivating:
                return None
            question = (say("Make the role “{0}” inactive?", role.name) if deactivating
                        else say("Remove permissions from the role “{0}”?", role.name))
            if deactivating:
                details.append(say("Its holders lose every permission it gives until it is "
                                   "made active again."))
            if removed:
                details.append(say("Its holders lose: {0}.", _titles(session, removed)))
                derived = _losing_derived(session, role, current - removed)
                for other, lost in derived:
                    role_ids.add(other.id)
                    details.append(say("“{0}” is based on it and loses {1}.",
                                       other.name, _titles(session, lost)))
        holders = Holders(role_ids=frozenset(role_ids))
        users, organizations = count_reach(session, authority, holders)
        return Impact(question, _users_in(users, organizations), tuple(details), users,
                      organizations, holders=holders)


def organization_change(database: Database, actor: Actor, organization_id: int,
                        data: OrganizationInput | None) -> Impact | None:
    """The impact of saving ``data`` over the organization (``None``: deleting it)."""
    with UnitOfWork(database, actor, "organizations") as uow:
        session = uow.session
        found = _changeable(session, actor, MANAGE_ORGANIZATIONS, Organization,
                            organization_id, say("This organization"))
        if found is None:
            return None
        authority, org = found
        below = subtree(session, org.id)
        details: list[str] = []
        if data is None:
            question = say("Delete the organization “{0}”?", org.name)
            details.append(say("Its locations are deleted with it. An organization that still "
                               "has users, sub-organizations or role assignments is not "
                               "deleted."))
        else:
            deactivating = org.active and not data.active
            moving = data.parent_id != org.parent_id
            if not deactivating and not moving:
                return None
            question = (say("Make the organization “{0}” inactive?", org.name) if deactivating
                        else say("Move the organization “{0}”?", org.name))
            if deactivating:
                details.append(say("Its users cannot act in it, and every role assigned in it "
                                   "stops counting until it is made active again."))
            if moving:
                names = dict(session.execute(
                    select(Organization.id, Organization.name)
                    .where(Organization.id.in_([i for i in (org.parent_id, data.parent_id)
                                                if i is not None]))).tuples().all())
                old = names.get(org.parent_id or 0, "the top level")
                new = names.get(data.parent_id or 0, "the top level")
                details.append(say("It moves from under “{0}” to under “{1}”", old, new)
                               + (f" with its {len(below) - 1} sub-organization(s)"
                                  if len(below) > 1 else "")
                               + ": administrators who reach it from above change.")
        members = members_query(authority, below).subquery()
        users = session.scalar(select(func.count()).select_from(members)) or 0
        return Impact(question, _users_in(users, len(below)), tuple(details), users, len(below),
                      members_of=frozenset(below))

