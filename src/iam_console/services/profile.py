"""My profile: the signed-in person's own contact details, password, notification frequency and
permissions.

No administration permission is needed to look after oneself, but only these fields can be
changed this way: the username, email, status, organizations and roles are an administrator's
(``ProfileInput`` has no place for them, so no update can set them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.models import NotificationFrequency, User, UserStatus, utcnow
from iam_console.texts import say

from . import effective, validation
from .actor import Actor
from .audit import diff
from .changes import USERS, Changes, Outcome
from .errors import ConflictError, NotFound, PermissionDenied, ValidationError
from .password_policy import check_new_password
from .uow import UnitOfWork

AREA = "profile"
ENTITY = "user"
FREQUENCIES = {NotificationFrequency.NEVER.value: "Never",
               NotificationFrequency.DAILY.value: "Daily",
               NotificationFrequency.WEEKLY.value: "Weekly"}


@dataclass(frozen=True)
class MyProfile:
    id: int
    username: str
    email: str
    first_name: str
    last_name: str
    phone: str
    notification_frequency: str
    version: int


@dataclass(frozen=True)
class ProfileInput:
    first_name: str
    last_name: str
    phone: str = ""
    notification_frequency: str = NotificationFrequency.NEVER.value


def _me(uow: UnitOfWork, actor: Actor, action: str) -> User:
    """The signed-in person's own account, while it is active."""
    user = uow.session.get(User, actor.user_id)
    if user is None:
        raise NotFound(say("Your account no longer exists."))
    if user.status is not UserStatus.ACTIVE:
        raise PermissionDenied(say("Your account is {0}.", user.status.value), action=action,
                               entity_type=ENTITY, entity_id=user.id,
                               entity_name=user.display_name)
    return user


def _profile(user: User) -> MyProfile:
    return MyProfile(user.id, user.username, user.email, user.first_name, user.last_name,
                     user.phone or "", user.notification_frequency.value, user.version)


def _snapshot(user: User) -> dict[str, Any]:
    return {"first_name": user.first_name, "last_name": user.last_name, "phone": user.phone,
            "notification_frequency": user.notification_frequency.value}


def get_my_profile(database: Database, actor: Actor) -> MyProfile:
    with UnitOfWork(database, actor, AREA) as uow:
        return _profile(_me(uow, actor, "profile.view"))


def update_my_profile(database: Database, actor: Actor, version: int, data: ProfileInput,
                      *, operation_id: str | None = None) -> Outcome[MyProfile]:
    """Save one's own names, phone and notification frequency against the loaded version."""
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        user = _me(uow, actor, "profile.update")
        if uow.replayed() is not None:  # a retry that went through
            return Outcome(_profile(user), Changes.of(USERS, user.id))
        if user.version != version:
            raise ConflictError(say("Your profile was changed (by an administrator or on "
                                    "another desktop) after you opened it. Reload to see it; "
                                    "your input is kept."), theirs=_snapshot(user))
        errors = validation.FieldErrors()
        first = validation.text(errors, "first_name", data.first_name, label=say("First name"),
                                max_length=100)
        last = validation.text(errors, "last_name", data.last_name, label=say("Last name"),
                               max_length=100)
        phone = validation.phone(errors, "phone", data.phone)
        if data.notification_frequency not in FREQUENCIES:
            errors.add("notification_frequency", say("Choose never, daily or weekly."))
        if errors:
            raise ValidationError(errors)
        before = _snapshot(user)
        user.first_name, user.last_name, user.phone = first, last, phone
        user.notification_frequency = NotificationFrequency(data.notification_frequency)
        user.updated_at = utcnow()
        uow.session.flush()
        changes = diff(before, _snapshot(user))
        if changes:
            uow.record("profile.update", entity_type=ENTITY, entity_id=user.id,
                       entity_name=user.display_name, changes=changes)
        uow.commit()
        return Outcome(_profile(user), Changes.of(USERS, user.id))


def change_my_password(database: Database, actor: Actor, hasher: PasswordHasher, current: str,
                       new: str, confirmation: str,
                       *, operation_id: str | None = None) -> Outcome[None]:
    """Change one's own password; the current one must be given (a console left unlocked does
    not let a passer-by take the account over)."""
    errors = validation.FieldErrors()
    if not current:
        errors.add("current_password", say("Type your current password."))
    elif new and new == current:
        errors.add("new_password", say("The new password is the same as the current one."))
    check_new_password(database, "new_password", new, confirmation, user_id=actor.user_id,
                       errors=errors)
    new_hash = hasher.hash(new)  # slow on purpose: before the transaction opens
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        user = _me(uow, actor, "profile.password_change")
        if uow.replayed() is not None:
            return Outcome(None, Changes.of(USERS, user.id))
        if not hasher.verify(user.password_hash, current):
            raise ValidationError({"current_password": say("This is not your current password.")})
        user.password_hash, user.must_change_password = new_hash, False
        user.updated_at = utcnow()
        uow.record("profile.password_change", entity_type=ENTITY, entity_id=user.id,
                   entity_name=user.display_name, changes={"password": ("set", "set")})
        uow.commit()
        return Outcome(None, Changes.of(USERS, user.id))


def my_permissions(database: Database, actor: Actor) -> list[effective.EffectivePermission]:
    """What the signed-in person holds, where and through which assignment (no permission
    needed: everyone may see their own)."""
    with UnitOfWork(database, actor, AREA) as uow:
        return effective.permissions_of(uow.session, _me(uow, actor, "profile.permissions"))
