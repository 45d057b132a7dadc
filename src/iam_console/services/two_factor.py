"""Two-factor authentication (TOTP): administrators require it, the help desk resets it, and
sign-in checks codes. The shared secret is kept in the database only; recovery codes as
SHA-256 digests; a code is good once (the last used time step is remembered)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from iam_console.auth import secret_tokens, totp
from iam_console.db.engine import Database
from iam_console.models import RecoveryCode, User
from iam_console.texts import say

from .actor import Actor
from .changes import USERS, Changes, Outcome
from .errors import FORM, ValidationError
from .permissions import MANAGE_USERS, RESET_CREDENTIALS
from .uow import UnitOfWork
from .user_actions import ENTITY, authorized_target, scope_of

AREA = "credentials"
RECOVERY_CODES = 10
ISSUER = "IAM Console"
Clock = Callable[[], dt.datetime]

BY_CODE, BY_RECOVERY_CODE = "totp", "recovery code"


def require_two_factor(database: Database, actor: Actor, user_id: int,
                       required: bool) -> Outcome[None]:
    """An administrator requires (or stops requiring) two-factor sign-in for a user; they
    enrol at their next sign-in."""
    action = "user.require_2fa" if required else "user.waive_2fa"
    with UnitOfWork(database, actor, AREA) as uow:
        _authority, user = authorized_target(uow, actor.user_id, MANAGE_USERS, user_id, action)
        if user.totp_required != required:
            user.totp_required = required
            uow.record(action, entity_type=ENTITY, entity_id=user.id,
                       entity_name=user.display_name, scope_organization_id=scope_of(user),
                       changes={"two_factor_required": (not required, required)})
        uow.commit()
        return Outcome(None, Changes.of(USERS, user.id))


def reset_two_factor(database: Database, actor: Actor, user_id: int) -> Outcome[None]:
    """The help desk removes a user's enrolment (lost phone); if two-factor is required they
    enrol again at their next sign-in. Their password stays."""
    with UnitOfWork(database, actor, AREA) as uow:
        _authority, user = authorized_target(uow, actor.user_id, RESET_CREDENTIALS, user_id,
                                             "user.reset_2fa")
        if user.totp_secret is None:
            raise ValidationError({FORM: say("{0} has not set up two-factor sign-in; there is "
                                             "nothing to reset.", user.display_name)})
        user.totp_secret, user.totp_last_step = None, None
        uow.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
        uow.record("user.reset_2fa", entity_type=ENTITY, entity_id=user.id,
                   entity_name=user.display_name, scope_organization_id=scope_of(user),
                   changes={"two_factor": ("enrolled", "not enrolled")})
        uow.commit()
        return Outcome(None, Changes.of(USERS, user.id))


def enrol(session: Session, user: User, secret: str, code: str, now: dt.datetime) -> list[str]:
    """Store the secret once ``code`` proves the person's app has it; the ten recovery codes
    (shown once). ValidationError on the ``code`` field otherwise."""
    step = totp.matching_step(secret, code, now.timestamp(), None)
    if step is None:
        raise ValidationError({"code": say("This code does not match. Check the time on your "
                                           "phone, then type the code the app shows now.")})
    user.totp_secret, user.totp_last_step = secret, step
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = [secret_tokens.new_recovery_code() for _ in range(RECOVERY_CODES)]
    session.add_all(RecoveryCode(user_id=user.id, digest=secret_tokens.digest(c))
                    for c in codes)
    return codes


def check_code(session: Session, user: User, code: str, now: dt.datetime) -> str:
    """How ``code`` proves the second factor (BY_CODE, BY_RECOVERY_CODE), or "" when it does
    not. A matching code or recovery code is used up in this transaction."""
    if user.totp_secret is None:
        return ""
    step = totp.matching_step(user.totp_secret, code, now.timestamp(), user.totp_last_step)
    if step is not None:
        # conditional, so two sign-ins racing with the same code cannot both pass
        won = session.execute(update(User).where(
            User.id == user.id,
            (User.totp_last_step.is_(None)) | (User.totp_last_step < step))
            .values(totp_last_step=step).execution_options(synchronize_session=False))
        return BY_CODE if getattr(won, "rowcount", 0) == 1 else ""
    normal = secret_tokens.normal_recovery_code(code)
    if len(normal) != 19:
        return ""
    row = session.scalar(select(RecoveryCode).where(
        RecoveryCode.user_id == user.id,
        RecoveryCode.digest == secret_tokens.digest(normal), RecoveryCode.used_at.is_(None)))
    if row is None:
        return ""
    used = session.execute(update(RecoveryCode).where(RecoveryCode.id == row.id,
                                                      RecoveryCode.used_at.is_(None))
                           .values(used_at=now).execution_options(synchronize_session=False))
    return BY_RECOVERY_CODE if getattr(used, "rowcount", 0) == 1 else ""


def recovery_codes_left(session: Session, user_id: int) -> int:
    return len(session.scalars(select(RecoveryCode.id).where(
        RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))).all())
