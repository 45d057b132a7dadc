"""What the signed-in person may do, asked by the views to disable a control and say why.

Every answer comes from ``policy``; the services decide again when the action is taken. These
are questions, not attempts: nothing here is written to the administration log.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from iam_console.db.engine import Database
from iam_console.models import Organization, Role, User
from iam_console.texts import say

from . import policy
from .actor import Actor
from .authority import Authority
from .changes import ORGANIZATIONS, ROLES, USERS
from .permissions import ASSIGN_ROLES, MANAGE_ORGANIZATIONS, MANAGE_USERS, RESET_CREDENTIALS
from .uow import UnitOfWork

GONE = policy.Decision(False, say("This record no longer exists."), "gone")
_CREATE = {USERS: MANAGE_USERS, ORGANIZATIONS: MANAGE_ORGANIZATIONS}


def _anywhere(authority: Authority, code: str) -> policy.Decision:
    if authority.holds_anywhere(code):
        return policy.Decision(True, say("You hold “{0}”.", policy.title(code)), "scope")
    return policy.Decision(False, say("You do not have the permission “{0}”.",
                                      policy.title(code)), "scope")


def console_abilities(database: Database, actor: Actor,
                      codes: tuple[str, ...]) -> dict[str, policy.Decision]:
    """For each permission code: does the actor hold it anywhere (the window disables the
    lists and commands that need one they hold nowhere)."""
    with UnitOfWork(database, actor, "abilities") as uow:
        authority = policy.load_authority(uow.session, actor.user_id)
        return {code: _anywhere(authority, code) for code in codes}


def may_create(database: Database, actor: Actor, kind: str) -> policy.Decision:
    """Whether New makes sense in this list at all (where exactly is asked on saving)."""
    with UnitOfWork(database, actor, "abilities") as uow:
        authority = policy.load_authority(uow.session, actor.user_id)
        if kind == ROLES:
            return policy.decide_role_definition(authority, ())
        return _anywhere(authority, _CREATE[kind])


@dataclass(frozen=True)
class RowAbilities:
    """What may be done to one row: delete it, and (for a user) act with each asked code."""

    delete: policy.Decision
    on_user: dict[str, policy.Decision]


def row_abilities(database: Database, actor: Actor, kind: str, record_id: int,
                  user_codes: tuple[str, ...] = ()) -> RowAbilities:
    """Everything a selected row needs, in one unit of work (the actor's authority and the
    user's grants are read once). Rules on the row's contents, such as a role still assigned,
    are the service's to say."""
    with UnitOfWork(database, actor, "abilities") as uow:
        session = uow.session
        authority = policy.load_authority(session, actor.user_id)
        if kind == USERS:
            user = session.get(User, record_id)
            if user is None:
                return RowAbilities(GONE, dict.fromkeys(user_codes, GONE))
            target = policy.load_user_target(session, user)
            on_user = {code: policy.decide_user_action(authority, code, target)
                       for code in user_codes}
            if user.id == actor.user_id:
                return RowAbilities(policy.Decision(False, say("You cannot delete your own "
                                                               "account."), "self"), on_user)
            return RowAbilities(policy.decide_user_action(authority, MANAGE_USERS, target),
                                on_user)
        return RowAbilities(_may_delete_other(session, authority, kind, record_id), {})


def _may_delete_other(session: Session, authority: Authority, kind: str,
                      record_id: int) -> policy.Decision:
    if kind == ORGANIZATIONS:
        org = session.get(Organization, record_id)
        if org is None:
            return GONE
        return policy.decide_in_organization(authority, MANAGE_ORGANIZATIONS,
                                             policy.Place(org.id, org.name))
    role = session.get(Role, record_id)
    if role is None:
        return GONE
    if role.system:
        return policy.Decision(False, say("“{0}” is a predefined system role and is read-only.",
                                          role.name), "system role")
    return policy.decide_role_definition(authority, {p.code for p in role.permissions})


def may_edit(database: Database, actor: Actor, kind: str, record_id: int) -> policy.Decision:
    """Whether saving an organization or role would be allowed (the same rule as deleting it:
    the permission where the organization is; for a role, defining it at all)."""
    with UnitOfWork(database, actor, "abilities") as uow:
        authority = policy.load_authority(uow.session, actor.user_id)
        return _may_delete_other(uow.session, authority, kind, record_id)


def may_delete(database: Database, actor: Actor, kind: str, record_id: int) -> policy.Decision:
    """Whether Delete of this row would be allowed."""
    return row_abilities(database, actor, kind, record_id).delete


def may_reset_password(database: Database, actor: Actor, user_id: int) -> policy.Decision:
    """Whether "Reset password" of this user would be allowed."""
    return row_abilities(database, actor, USERS, user_id,
                         (RESET_CREDENTIALS,)).on_user[RESET_CREDENTIALS]


def unassignable_roles(database: Database, actor: Actor) -> dict[int, str]:
    """Roles the actor can give nowhere, each with the reason (the role picker disables them).

    What one holds can only grow at a place where one of one's own assignments is, so asking
    the policy at those places answers "somewhere" exactly.
    """
    with UnitOfWork(database, actor, "abilities") as uow:
        session = uow.session
        authority = policy.load_authority(session, actor.user_id)
        keys = {(g.organization_id, g.location_id) for g in authority.grants}
        keys |= {(g.organization_id, None) for g in authority.grants}
        places = [policy.place_of(session, org, loc) for org, loc in sorted(keys, key=repr)]
        reasons: dict[int, str] = {}
        for role in session.scalars(select(Role).options(selectinload(Role.permissions))
                                    .order_by(Role.name_key).limit(2000)):
            target = policy.load_role_target(role)
            decisions = [policy.decide_assignment(authority, ASSIGN_ROLES, target, place)
                         for place in places]
            if not any(d.allowed for d in decisions):
                refusals = [d for d in decisions if d.rule == "no escalation"]
                reasons[role.id] = (refusals[0].reason if refusals else
                                    say("You do not have the permission “{0}”.",
                                        policy.title(ASSIGN_ROLES)))
        return reasons
