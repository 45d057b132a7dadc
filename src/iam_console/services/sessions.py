"""Signing in to the console with a local username and password."""

from __future__ import annotations

from sqlalchemy import select

from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.models import User, UserStatus, utcnow

from . import audit, policy
from .actor import WORKSTATION, Actor
from .errors import AuthenticationFailed
from .permissions import BUILTIN_PERMISSIONS, SUB_ORGANIZATIONS, WHOLE_DIRECTORY
from .uow import UnitOfWork

AREA = "sign-in"
# the scope permissions alone give nothing to do
_CONSOLE_CODES = frozenset(p.code for p in BUILTIN_PERMISSIONS) - {SUB_ORGANIZATIONS,
                                                                   WHOLE_DIRECTORY}
WRONG_CREDENTIALS = "The username or password is not right."


def sign_in(database: Database, hasher: PasswordHasher, username: str, password: str) -> Actor:
    """The actor for these credentials; every attempt, good or bad, is logged."""
    name = username.strip().lower()
    with UnitOfWork(database, None, AREA) as uow:
        user = uow.session.scalar(select(User).where(User.username == name))
        ok = hasher.verify(user.password_hash if user else None, password)
        reason = ""
        if not ok or user is None:
            reason = WRONG_CREDENTIALS
        elif user.status is not UserStatus.ACTIVE:
            reason = f"This account is {user.status.value}; it cannot sign in."
        elif not any(g.permissions & _CONSOLE_CODES
                     for g in policy.load_authority(uow.session, user.id).grants):
            reason = "This account has no access to the console. Ask an administrator."
        if reason:
            audit.record(uow.session, correlation_id=uow.correlation_id, actor=None,
                         actor_name=name[:200], action="session.sign_in", outcome=audit.FAILED,
                         area=AREA, entity_type="user", entity_id=user.id if user else None,
                         entity_name=name[:200], reason=reason)
            uow.commit()
            raise AuthenticationFailed(reason)
        assert user is not None
        actor = Actor(user.id, user.username, user.display_name, "password", WORKSTATION)
        user.last_sign_in_at = user.last_activity_at = utcnow()
        if user.password_hash and hasher.needs_rehash(user.password_hash):
            user.password_hash = hasher.hash(password)
        uow.actor = actor
        uow.record("session.sign_in", entity_type="user", entity_id=user.id,
                   entity_name=user.display_name)
        uow.commit()
        return actor


def sign_out(database: Database, actor: Actor) -> None:
    """Log that the person signed out (or closed the console)."""
    with UnitOfWork(database, actor, AREA) as uow:
        uow.record("session.sign_out", entity_type="user", entity_id=actor.user_id,
                   entity_name=actor.display_name)
        uow.commit()
