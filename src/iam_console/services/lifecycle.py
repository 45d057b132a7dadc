"""An account's life: deactivate, reactivate, archive, restore, delete for good; unlock.

pending → active ⇄ deactivated; pending, active or deactivated → archived (the "deleted
users" list) → restored as deactivated (or pending, without a password); archived → permanently
deleted, only with its own permission and where the installation allows it, leaving an
anonymized tombstone whose id the administration log still refers to. Deactivating or
archiving withdraws the account's outstanding tokens at once.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, select

from iam_console.db.engine import Database
from iam_console.models import (
    LOCAL_ORIGIN,
    ExternalIdentity,
    RecoveryCode,
    RoleAssignment,
    User,
    UserStatus,
    UserToken,
    utcnow,
)
from iam_console.texts import QT_TRANSLATE_NOOP, say

from . import installation_settings, policy, tokens
from .actor import Actor
from .changes import USERS, Changes, Outcome
from .errors import FORM, ValidationError
from .installation_settings import AccountSettings
from .permissions import DELETE_USERS_PERMANENTLY, MANAGE_USERS, RESET_CREDENTIALS
from .uow import UnitOfWork
from .user_actions import ENTITY, authorized_target, scope_of

AREA = "users"
Clock = Callable[[], dt.datetime]


class Transition(enum.Enum):
    DEACTIVATE = "deactivate"
    REACTIVATE = "reactivate"
    ARCHIVE = "archive"
    RESTORE = "restore"
    DELETE_PERMANENTLY = "delete_permanently"
    REJECT = "reject"  # a user awaiting approval (after a first provider sign-in): archived

    @property
    def title(self) -> str:
        return TITLES[self]


# the steps the user editor's Sign-in page offers (Reject is the Awaiting approval list's)
ACCOUNT_STEPS = (Transition.DEACTIVATE, Transition.REACTIVATE, Transition.ARCHIVE,
                 Transition.RESTORE, Transition.DELETE_PERMANENTLY)
TITLES = {Transition.DEACTIVATE: QT_TRANSLATE_NOOP("", "Deactivate"),
          Transition.REACTIVATE: QT_TRANSLATE_NOOP("", "Reactivate"),
          Transition.ARCHIVE: QT_TRANSLATE_NOOP("", "Archive"),
          Transition.RESTORE: QT_TRANSLATE_NOOP("", "Restore"),
          Transition.DELETE_PERMANENTLY: QT_TRANSLATE_NOOP("", "Delete permanently"),
          Transition.REJECT: QT_TRANSLATE_NOOP("", "Reject")}
_FROM: dict[Transition, tuple[UserStatus, ...]] = {
    Transition.DEACTIVATE: (UserStatus.ACTIVE, UserStatus.PENDING),
    Transition.REACTIVATE: (UserStatus.DEACTIVATED,),
    Transition.ARCHIVE: (UserStatus.PENDING, UserStatus.ACTIVE, UserStatus.DEACTIVATED),
    Transition.RESTORE: (UserStatus.ARCHIVED,),
    Transition.DELETE_PERMANENTLY: (UserStatus.ARCHIVED,),
    Transition.REJECT: (UserStatus.PENDING,),
}


def allowed_from(transition: Transition, status: str) -> bool:
    """Whether ``transition`` applies to a user in ``status`` (for enabling buttons)."""
    return UserStatus(status) in _FROM[transition]


def _has_credentials(session: Any, user: User) -> bool:
    """A password, or an approved link to an identity provider (one with organizations)."""
    if user.password_hash:
        return True
    linked = session.scalar(select(ExternalIdentity.id).where(
        ExternalIdentity.user_id == user.id).limit(1)) is not None
    return linked and bool(user.memberships)


def _next_status(transition: Transition, user: User, session: Any) -> UserStatus:
    if transition is Transition.DEACTIVATE:
        return UserStatus.DEACTIVATED
    if transition in (Transition.ARCHIVE, Transition.REJECT):
        return UserStatus.ARCHIVED
    if transition is Transition.DELETE_PERMANENTLY:
        return UserStatus.DELETED
    signs_in = _has_credentials(session, user)
    if transition is Transition.RESTORE:
        return UserStatus.DEACTIVATED if signs_in else UserStatus.PENDING
    return UserStatus.ACTIVE if signs_in else UserStatus.PENDING


def _anonymize(session: Any, user: User) -> None:
    """Turn the account into a tombstone: no personal data, no relations, no credentials."""
    for assignment in session.scalars(select(RoleAssignment)
                                      .where(RoleAssignment.user_id == user.id)):
        session.delete(assignment)
    session.execute(delete(UserToken).where(UserToken.user_id == user.id))
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    session.execute(delete(ExternalIdentity).where(ExternalIdentity.user_id == user.id))
    user.memberships.clear()
    user.username = f"deleted-{user.id}"
    user.first_name, user.last_name = "Deleted", f"user #{user.id}"
    user.email = f"deleted-{user.id}@deleted.invalid"
    user.phone = None
    user.password_hash = user.totp_secret = None
    user.totp_required = user.must_change_password = False
    user.locked_until, user.failed_sign_ins = None, 0


def change_status(database: Database, actor: Actor, user_id: int, transition: Transition, *,
                  clock: Clock = utcnow, operation_id: str | None = None,
                  reason: str = "") -> Outcome[str]:
    """Move the user along their lifecycle; the new status. ``reason`` goes to the log."""
    action = f"user.{transition.value}"
    code = (DELETE_USERS_PERMANENTLY if transition is Transition.DELETE_PERMANENTLY
            else MANAGE_USERS)
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        if uow.replayed() is not None:  # a retry of a change that went through
            return Outcome(_next_status(transition, uow.session.get(User, user_id) or User(),
                                        uow.session).value, Changes.of(USERS, user_id))
        policy.lock_system_administrators(uow.session)
        administrators = policy.active_system_administrators(uow.session)
        _authority, user = authorized_target(uow, actor.user_id, code, user_id, action)
        status = UserStatus(user.status)
        if user.id == actor.user_id:
            raise ValidationError({FORM: say("You cannot change the status of your own "
                                             "account; ask another administrator.")})
        if status not in _FROM[transition] or (transition is Transition.REJECT
                                               and user.origin == LOCAL_ORIGIN):
            raise ValidationError({FORM: say("{0} is {1}; “{2}” does not apply.",
                                             user.display_name, status.value, transition.title)})
        if transition is Transition.DELETE_PERMANENTLY and not installation_settings.load(
                uow.session, AccountSettings).permanent_deletion:
            raise ValidationError({FORM: say("This installation does not allow deleting users "
                                             "permanently (Settings → Accounts). Archived "
                                             "users stay restorable.")})
        now, name, scope = clock(), user.display_name, scope_of(user)
        target = _next_status(transition, user, uow.session)
        changes: dict[str, tuple[Any, Any]] = {"status": (status.value, target.value)}
        if target in (UserStatus.DEACTIVATED, UserStatus.ARCHIVED, UserStatus.DELETED):
            withdrawn = tokens.revoke_outstanding(uow.session, user.id, now)
            if withdrawn:
                changes["token_state"] = (f"{withdrawn} outstanding", tokens.REVOKED)
        if transition is Transition.DELETE_PERMANENTLY:
            changes.update({"username": (user.username, f"deleted-{user.id}"),
                            "name": (name, say("Deleted user #{0}", user.id))})
            _anonymize(uow.session, user)
        user.status, user.status_changed_at, user.updated_at = target, now, now
        uow.session.flush()
        policy.ensure_a_system_administrator_remains(uow.session, administrators)
        uow.record(action, entity_type=ENTITY, entity_id=user.id, entity_name=name,
                   changes=changes, scope_organization_id=scope, reason=reason.strip()[:500])
        uow.commit()
        return Outcome(target.value, Changes.of(USERS, user.id))


def unlock_user(database: Database, actor: Actor, user_id: int, *,
                clock: Clock = utcnow) -> Outcome[None]:
    """Lift a lockout (the help desk): the failure count starts again from zero."""
    with UnitOfWork(database, actor, AREA) as uow:
        _authority, user = authorized_target(uow, actor.user_id, RESET_CREDENTIALS, user_id,
                                             "user.unlock")
        now = clock()
        if (user.locked_until is None or user.locked_until <= now) and not user.failed_sign_ins:
            raise ValidationError({FORM: say("{0} is not locked.", user.display_name)})
        before = user.locked_until.isoformat(timespec="minutes") if user.locked_until else None
        user.locked_until, user.failed_sign_ins, user.lockouts = None, 0, 0
        uow.record("user.unlock", entity_type=ENTITY, entity_id=user.id,
                   entity_name=user.display_name, scope_organization_id=scope_of(user),
                   changes={"locked_until": (before, None)})
        uow.commit()
        return Outcome(None, Changes.of(USERS, user.id))
