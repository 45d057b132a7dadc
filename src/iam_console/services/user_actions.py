"""The shared prelude of the help desk's and administrators' actions on one user account."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.models import User
from iam_console.texts import say

from . import policy
from .authority import Authority
from .errors import NotFound
from .permissions import VIEW_USERS
from .uow import UnitOfWork

ENTITY = "user"


def load_user(session: Session, user_id: int, *, for_update: bool = False) -> User:
    """The user, row-locked on PostgreSQL when ``for_update`` (SQLite has one writer)."""
    stmt = select(User).where(User.id == user_id)
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    user = session.scalar(stmt)
    if user is None:
        raise NotFound(say("This user no longer exists; another administrator deleted them."))
    return user


def scope_of(user: User) -> int | None:
    """The organization a user's events are filed under (for delegated auditors)."""
    return min((m.organization_id for m in user.memberships), default=None)


def authorized_target(uow: UnitOfWork, actor_id: int, code: str, user_id: int,
                      action: str) -> tuple[Authority, User]:
    """The actor's authority and the user they act on, once the policy allowed ``code`` on
    that user (their scope, and an account holding no more than the actor). A refusal is
    raised as PermissionDenied and logged by the unit of work."""
    authority = policy.require(uow.session, actor_id, code, action=action, entity_type=ENTITY,
                               entity_id=user_id)
    user = load_user(uow.session, user_id, for_update=True)
    policy.decide_user_action(authority, code, policy.load_user_target(uow.session, user)).enforce(
        action=action, entity_type=ENTITY, entity_id=user.id, entity_name=user.display_name)
    return authority, user


def visible_target(uow: UnitOfWork, actor_id: int, user_id: int,
                   action: str = "user.view") -> tuple[Authority, User]:
    """The actor's authority and the user, once the policy let the actor see that user."""
    authority = policy.require(uow.session, actor_id, VIEW_USERS, action=action,
                               entity_type=ENTITY, entity_id=user_id)
    user = load_user(uow.session, user_id)
    policy.decide_view_user(authority, policy.load_user_target(uow.session, user)).enforce(
        action=action, entity_type=ENTITY, entity_id=user.id, entity_name=user.display_name)
    return authority, user
