"""Signing in to the console with a local username and password, and the steps that may
follow it: a forced password change, two-factor enrolment, a two-factor code.

Repeated failures lock the account for a growing time; the person is told the same thing for
an unknown user, a wrong password and a locked account (the log says which it was).
"""

from __future__ import annotations

import datetime as dt
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.auth import totp
from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.models import User, UserStatus, utcnow
from iam_console.texts import say

from . import audit, installation_settings, policy, two_factor, validation
from .actor import WORKSTATION, Actor
from .errors import AuthenticationFailed, ValidationError
from .installation_settings import AccountSettings
from .permissions import BUILTIN_PERMISSIONS, SUB_ORGANIZATIONS, WHOLE_DIRECTORY
from .uow import UnitOfWork
from .user_actions import load_user

AREA = "sign-in"
Clock = Callable[[], dt.datetime]
# the scope permissions alone give nothing to do
_CONSOLE_CODES = frozenset(p.code for p in BUILTIN_PERMISSIONS) - {SUB_ORGANIZATIONS,
                                                                   WHOLE_DIRECTORY}
WRONG_CREDENTIALS = say("The username or password is not right.")
WRONG_CODE = say("The code is not right, or it was used already. Type the code your app shows "
                 "now.")
LONGEST_LOCKOUT = dt.timedelta(days=1)
STEP_TIME = dt.timedelta(minutes=10)  # how long the next step of a sign-in may wait

CHANGE_PASSWORD, ENROL_TWO_FACTOR, TWO_FACTOR = "change password", "enrol", "code"


@dataclass(frozen=True)
class Challenge:
    """The password was right; the person must take ``step`` before they are signed in."""

    ticket: str
    user_id: int
    username: str
    display_name: str
    step: str


@dataclass(frozen=True)
class Enrolment:
    """A new two-factor secret offered to the person (not stored until they confirm it)."""

    secret: str
    uri: str


@dataclass(frozen=True)
class Enrolled:
    actor: Actor
    recovery_codes: tuple[str, ...]


class _Tickets:
    """The sign-ins waiting for their next step, in this process only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[str, tuple[int, str, dt.datetime, str]] = {}

    def issue(self, user_id: int, step: str, now: dt.datetime, method: str) -> str:
        ticket = secrets.token_urlsafe(16)
        with self._lock:
            self._open = {k: v for k, v in self._open.items() if v[2] > now}
            self._open[ticket] = (user_id, step, now + STEP_TIME, method)
        return ticket

    def give_back(self, challenge: Challenge, now: dt.datetime, method: str) -> None:
        """Let the same challenge be answered again (a wrong code, a refused password)."""
        with self._lock:
            self._open[challenge.ticket] = (challenge.user_id, challenge.step, now + STEP_TIME,
                                            method)

    def take(self, challenge: Challenge, step: str, now: dt.datetime) -> str:
        """The method so far, once the ticket is checked and used up."""
        with self._lock:
            found = self._open.pop(challenge.ticket, None)
        if found is None or found[0] != challenge.user_id or found[1] != step or found[2] <= now:
            raise AuthenticationFailed(say("This sign-in took too long or was already used. "
                                           "Sign in again."))
        return found[3]


_tickets = _Tickets()


def refuse(uow: UnitOfWork, name: str, user: User | None, reason: str,
          shown: str = WRONG_CREDENTIALS) -> AuthenticationFailed:
    audit.record(uow.session, correlation_id=uow.correlation_id, actor=None,
                 actor_name=name[:200], action="session.sign_in", outcome=audit.FAILED,
                 area=AREA, entity_type="user", entity_id=user.id if user else None,
                 entity_name=name[:200], reason=reason)
    uow.commit()
    return AuthenticationFailed(shown)


def has_console_access(session: Session, user_id: int) -> bool:
    """Whether the user's roles give them anything to do in the console."""
    return any(g.permissions & _CONSOLE_CODES
               for g in policy.load_authority(session, user_id).grants)


def record_self(uow: UnitOfWork, user: User, action: str, **fields: object) -> None:
    """An event the person causes while signing in (no actor yet: their name stands in)."""
    audit.record(uow.session, correlation_id=uow.correlation_id, actor=None,
                 actor_name=user.username, action=action, outcome=audit.SUCCEEDED, area=AREA,
                 entity_type="user", entity_id=user.id, entity_name=user.display_name,
                 **fields)  # type: ignore[arg-type]


def _count_failure(uow: UnitOfWork, user: User, now: dt.datetime) -> str:
    """Count a failure; lock the account at the threshold. The reason for the log."""
    rules = installation_settings.load(uow.session, AccountSettings)
    user.failed_sign_ins += 1
    if user.failed_sign_ins < rules.lockout_threshold:
        return f"failure {user.failed_sign_ins} of {rules.lockout_threshold}"
    length = min(dt.timedelta(minutes=rules.lockout_minutes) * 2 ** min(user.lockouts, 20),
                 LONGEST_LOCKOUT)
    user.locked_until, user.failed_sign_ins = now + length, 0
    user.lockouts += 1
    until = user.locked_until.isoformat(timespec="minutes")
    record_self(uow, user, "user.lock", changes={"locked_until": (None, until)},
                 reason=say("{0} failed sign-ins in a row", rules.lockout_threshold))
    return f"locked until {until} after {rules.lockout_threshold} failures"


def _locked(user: User | None, now: dt.datetime) -> bool:
    return user is not None and user.locked_until is not None and user.locked_until > now


def _next_step(user: User) -> str:
    if user.must_change_password:
        return CHANGE_PASSWORD
    if user.totp_secret is not None:
        return TWO_FACTOR
    if user.totp_required:
        return ENROL_TWO_FACTOR
    return ""


def _continue(uow: UnitOfWork, user: User, method: str, now: dt.datetime) -> Actor | Challenge:
    step = _next_step(user)
    if step:
        uow.commit()  # a counted failure reset, a new password: kept
        return Challenge(_tickets.issue(user.id, step, now, method), user.id, user.username,
                         user.display_name, step)
    return complete_sign_in(uow, user, method, now)


def complete_sign_in(uow: UnitOfWork, user: User, method: str, now: dt.datetime) -> Actor:
    actor = Actor(user.id, user.username, user.display_name, method, WORKSTATION)
    user.last_sign_in_at = user.last_activity_at = now
    user.failed_sign_ins, user.lockouts = 0, 0
    uow.actor = actor
    uow.record("session.sign_in", entity_type="user", entity_id=user.id,
               entity_name=user.display_name)
    uow.commit()
    return actor


def start_sign_in(database: Database, hasher: PasswordHasher, username: str, password: str,
                  *, clock: Clock = utcnow) -> Actor | Challenge:
    """The actor for these credentials, or the next step they must take. Every attempt,
    good or bad, is logged."""
    name = username.strip().lower()
    with UnitOfWork(database, None, AREA) as uow:
        user = uow.session.scalar(select(User).where(User.username == name))
        ok = hasher.verify(user.password_hash if user else None, password)
        now = clock()
        if _locked(user, now):
            assert user is not None and user.locked_until is not None
            raise refuse(uow, name, user, "locked until "
                        + user.locked_until.isoformat(timespec="minutes"))
        if user is None:
            raise refuse(uow, name, None, "unknown username")
        if not ok:
            raise refuse(uow, name, user, "wrong password: " + _count_failure(uow, user, now))
        if user.status is not UserStatus.ACTIVE:
            reason = say("This account is {0}; it cannot sign in.", user.status.value)
            raise refuse(uow, name, user, reason, reason)
        if not has_console_access(uow.session, user.id):
            reason = say("This account has no access to the console. Ask an administrator.")
            raise refuse(uow, name, user, reason, reason)
        user.failed_sign_ins = 0
        if user.password_hash and hasher.needs_rehash(user.password_hash):
            user.password_hash = hasher.hash(password)
        return _continue(uow, user, "password", now)


def sign_in(database: Database, hasher: PasswordHasher, username: str, password: str,
            *, clock: Clock = utcnow) -> Actor:
    """Sign in where no further step is expected (scripts, tests, the demo history)."""
    result = start_sign_in(database, hasher, username, password, clock=clock)
    if isinstance(result, Challenge):
        raise AuthenticationFailed(say("This account needs another sign-in step ({0}); sign in "
                                       "from the console's window.", result.step))
    return result


def _active_user(uow: UnitOfWork, user_id: int) -> User:
    user = load_user(uow.session, user_id, for_update=True)
    if user.status is not UserStatus.ACTIVE:
        raise AuthenticationFailed(say("This account is {0}; it cannot sign in.",
                                       user.status.value))
    return user


def change_expired_password(database: Database, hasher: PasswordHasher, challenge: Challenge,
                            new: str, confirmation: str, *,
                            clock: Clock = utcnow) -> Actor | Challenge:
    """The password the person must choose before going on (the help desk set theirs)."""
    with database.session_factory() as session:
        user = session.get(User, challenge.user_id)
        rules = installation_settings.load(session, AccountSettings)
        username, email = (user.username, user.email) if user else ("", "")
    errors = validation.FieldErrors()
    validation.new_password(errors, "new_password", new, confirmation,
                            min_length=rules.min_password_length, username=username, email=email)
    if errors:
        raise ValidationError(errors)
    new_hash = hasher.hash(new)
    now = clock()
    method = _tickets.take(challenge, CHANGE_PASSWORD, now)
    with UnitOfWork(database, None, AREA) as uow:
        user = _active_user(uow, challenge.user_id)
        if hasher.verify(user.password_hash, new):
            _tickets.give_back(challenge, now, method)
            raise ValidationError({"new_password": say("Choose a password other than the one "
                                                       "the help desk gave you.")})
        user.password_hash, user.must_change_password = new_hash, False
        user.updated_at = now
        record_self(uow, user, "profile.password_change",
                     changes={"password": ("set", "set")}, reason="required at sign-in")
        return _continue(uow, user, method, now)


def offer_enrolment(challenge: Challenge) -> Enrolment:
    """A fresh secret and the URI for the QR code (nothing stored yet)."""
    secret = totp.new_secret()
    return Enrolment(secret, totp.provisioning_uri(secret, challenge.username,
                                                   two_factor.ISSUER))


def confirm_enrolment(database: Database, challenge: Challenge, secret: str, code: str, *,
                      clock: Clock = utcnow) -> Enrolled:
    """Store the secret once the person typed a code from their app; signed in, with ten
    recovery codes to keep (shown once)."""
    now = clock()
    method = _tickets.take(challenge, ENROL_TWO_FACTOR, now)
    with UnitOfWork(database, None, AREA) as uow:
        user = _active_user(uow, challenge.user_id)
        try:
            codes = two_factor.enrol(uow.session, user, secret, code, now)
        except ValidationError:
            _tickets.give_back(challenge, now, method)
            raise
        record_self(uow, user, "user.enrol_2fa",
                     changes={"two_factor": ("not enrolled", "enrolled")})
        actor = complete_sign_in(uow, user, method + "+totp", now)
        return Enrolled(actor, tuple(codes))


def verify_second_factor(database: Database, challenge: Challenge, code: str, *,
                         clock: Clock = utcnow) -> Actor:
    """Finish a sign-in with a code from the app or a recovery code; a wrong code counts as a
    failed sign-in (and may lock the account)."""
    now = clock()
    method = _tickets.take(challenge, TWO_FACTOR, now)
    with UnitOfWork(database, None, AREA) as uow:
        user = _active_user(uow, challenge.user_id)
        if _locked(user, now):
            raise refuse(uow, user.username, user, "locked during the two-factor step")
        how = two_factor.check_code(uow.session, user, code, now)
        if not how:
            reason = "wrong two-factor code: " + _count_failure(uow, user, now)
            if user.locked_until is None:
                again = Challenge(_tickets.issue(user.id, TWO_FACTOR, now, method),
                                  user.id, user.username, user.display_name, TWO_FACTOR)
                refuse(uow, user.username, user, reason)
                raise SecondStepFailed(WRONG_CODE, again)
            raise refuse(uow, user.username, user, reason)
        if how == two_factor.BY_RECOVERY_CODE:
            left = two_factor.recovery_codes_left(uow.session, user.id)
            record_self(uow, user, "user.recovery_code_used",
                         changes={"recovery_codes_left": (left + 1, left)})
        return complete_sign_in(uow, user, f"{method}+{how}", now)


class SecondStepFailed(AuthenticationFailed):
    """A wrong code; ``challenge`` lets the person try again without the password."""

    def __init__(self, message: str, challenge: Challenge):
        super().__init__(message)
        self.challenge = challenge


def sign_out(database: Database, actor: Actor, reason: str = "") -> None:
    """Log that the person signed out, closed the console, or was signed out (``reason``)."""
    with UnitOfWork(database, actor, AREA) as uow:
        uow.record("session.sign_out", entity_type="user", entity_id=actor.user_id,
                   entity_name=actor.display_name, reason=reason[:500])
        uow.commit()
