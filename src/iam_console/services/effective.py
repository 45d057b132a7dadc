"""Effective permissions of a user, the "can this user do that?" explanation, and what the
signed-in person may do to one user (for enabling controls)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import Permission, Role, User, UserStatus
from iam_console.texts import say

from . import policy
from .actor import Actor
from .authority import Authority, Grant
from .errors import NotFound
from .permissions import (
    ASSIGN_ROLES,
    MANAGE_ORGANIZATIONS,
    MANAGE_USERS,
    RESET_CREDENTIALS,
    SUB_ORGANIZATIONS,
    VIEW_USERS,
    WHOLE_DIRECTORY,
)
from .uow import UnitOfWork

AREA = "users"


@dataclass(frozen=True)
class EffectivePermission:
    """One permission a user holds somewhere, and the assignment that gives it."""

    code: str
    title: str
    application: str
    where: str
    role_name: str
    counts: bool  # false when the role or organization is inactive, or the account is


@dataclass(frozen=True)
class Explanation:
    allowed: bool
    rule: str
    reason: str
    assignment: str  # the assignment the answer rests on ("" when none)


# the questions the Explain box can ask, by key
VIEW_USER, EDIT_USER, RESET_USER, GIVE_ROLE, MANAGE_ORGANIZATION = (
    "view-user", "edit-user", "reset-user", "give-role", "manage-organization")
QUESTIONS = {
    VIEW_USER: say("see the user"),
    EDIT_USER: say("edit the user"),
    RESET_USER: say("reset the credentials of the user"),
    GIVE_ROLE: say("give the role, in the organization, to the user"),
    MANAGE_ORGANIZATION: say("manage the organization"),
}


@dataclass(frozen=True)
class Question:
    key: str
    target_username: str = ""
    role_id: int | None = None
    organization_id: int | None = None
    location_id: int | None = None


@dataclass(frozen=True)
class Allowed:
    """What the signed-in person may do to one user, with the reason when not."""

    edit: policy.Decision


def _visible_user(session: Session, actor: Actor, user_id: int,
                  action: str) -> tuple[Authority, User]:
    authority = policy.require(session, actor.user_id, VIEW_USERS, action=action,
                               entity_type="user", entity_id=user_id)
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(say("This user no longer exists; another administrator deleted them."))
    policy.decide_view_user(authority, policy.load_user_target(session, user)).enforce(
        action=action, entity_type="user", entity_id=user.id, entity_name=user.display_name)
    return authority, user


def _where(grant: Grant) -> str:
    if WHOLE_DIRECTORY in grant.permissions:
        return "everywhere"
    if SUB_ORGANIZATIONS in grant.permissions and grant.location_id is None:
        return say("{0} and below", grant.where)
    return grant.where


def effective_permissions(database: Database, actor: Actor,
                          user_id: int) -> list[EffectivePermission]:
    """Every permission the user holds, where, and through which assignment."""
    with UnitOfWork(database, actor, AREA) as uow:
        _authority, user = _visible_user(uow.session, actor, user_id, "user.permissions")
        return permissions_of(uow.session, user)


def permissions_of(session: Session, user: User) -> list[EffectivePermission]:
    """The rows of the permissions table for ``user`` (the caller has checked who may see)."""
    target = policy.load_user_target(session, user)
    live = {g.assignment_id for g in policy.load_authority(session, user.id).grants}
    codes = {c for g in target.grants for c in g.permissions}
    titles = {p.code: (p.title, p.application_title) for p in session.scalars(
        select(Permission).where(Permission.code.in_(codes)))}
    rows = [EffectivePermission(code, *titles.get(code, (code, "")), _where(g), g.role_name,
                                g.assignment_id in live)
            for g in target.grants for code in g.permissions]
    return sorted(rows, key=lambda r: (not r.counts, r.application, r.title, r.where))


def explain(database: Database, actor: Actor, subject_id: int,
            question: Question) -> Explanation:
    """Could ``subject_id`` (if they were signed in) do what ``question`` asks? The same
    policy as every service call answers."""
    with UnitOfWork(database, actor, AREA) as uow:
        session = uow.session
        asker, _user = _visible_user(session, actor, subject_id, "user.explain")
        subject = policy.load_authority(session, subject_id)
        decision = _decide(session, asker, subject, question)
        grant = decision.grant
        status = session.scalar(select(User.status).where(User.id == subject_id))
        reason = decision.reason
        if status is not UserStatus.ACTIVE:
            state = status.value if status is not None else "gone"
            reason = say("The account is {0}: it holds nothing. {1}", state, reason)
        return Explanation(decision.allowed, decision.rule, reason,
                           grant.label if grant else "")


def _decide(session: Session, asker: Authority, subject: Authority,
            question: Question) -> policy.Decision:
    if question.key in (VIEW_USER, EDIT_USER, RESET_USER, GIVE_ROLE):
        target_user = session.scalar(select(User).where(
            User.username == question.target_username.strip().lower()))
        target = policy.load_user_target(session, target_user) if target_user else None
        # a user the asker may not see is answered as one that does not exist: the box must
        # not tell a delegated administrator who exists elsewhere in the directory
        if target is None or not policy.decide_view_user(asker, target).allowed:
            return policy.Decision(
                False, say("There is no user “{0}” that you can see.", question.target_username),
                "unknown target")
        if question.key == VIEW_USER:
            return policy.decide_view_user(subject, target)
        if question.key in (EDIT_USER, RESET_USER):
            code = MANAGE_USERS if question.key == EDIT_USER else RESET_CREDENTIALS
            return policy.decide_user_action(subject, code, target)
        role = session.get(Role, question.role_id) if question.role_id else None
        if role is None or question.organization_id is None:
            return policy.Decision(False, say("Choose a role and an organization."), "incomplete")
        return policy.decide_assignment(
            subject, ASSIGN_ROLES, policy.load_role_target(role),
            policy.place_of(session, question.organization_id, question.location_id))
    return policy.decide_in_organization(subject, MANAGE_ORGANIZATIONS,
                                         policy.place_of(session, question.organization_id))


def allowed_on_user(database: Database, actor: Actor, user_id: int) -> Allowed:
    """What the signed-in person may do to this user (the editor enables controls with it)."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority, user = _visible_user(uow.session, actor, user_id, "user.view")
        target = policy.load_user_target(uow.session, user)
        return Allowed(policy.decide_user_action(authority, MANAGE_USERS, target))
