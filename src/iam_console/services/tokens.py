"""Activation, password-reset and API tokens: issue, revoke, show their state, redeem.

A token's secret exists only in the value returned by ``issue_token``; the database keeps its
SHA-256 digest. Issuing replaces the outstanding token of the same kind. Activation and reset
tokens are used once: redeeming consumes the token with one conditional update, so of many
simultaneous redemptions exactly one succeeds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from iam_console.auth import secret_tokens
from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.models import TokenKind, User, UserStatus, UserToken, utcnow
from iam_console.texts import QT_TRANSLATE_NOOP, say

from . import audit, installation_settings, validation
from .actor import Actor
from .changes import USERS, Changes, Outcome
from .errors import FORM, AuthenticationFailed, ValidationError
from .installation_settings import AccountSettings
from .permissions import MANAGE_USERS, RESET_CREDENTIALS
from .uow import UnitOfWork
from .user_actions import ENTITY, authorized_target, load_user, scope_of, visible_target

AREA = "credentials"
Clock = Callable[[], dt.datetime]

NONE, VALID, USED, EXPIRED, REVOKED = "none", "valid", "used", "expired", "revoked"
KIND_TITLES = {TokenKind.ACTIVATION: QT_TRANSLATE_NOOP("", "Activation link"),
               TokenKind.RESET: QT_TRANSLATE_NOOP("", "Password reset link"),
               TokenKind.API: QT_TRANSLATE_NOOP("", "API token")}
# who may issue each kind: links are the help desk's, API tokens an administrator's
_PERMISSION = {TokenKind.ACTIVATION: RESET_CREDENTIALS, TokenKind.RESET: RESET_CREDENTIALS,
               TokenKind.API: MANAGE_USERS}
MAX_API_DAYS = 366


@dataclass(frozen=True)
class IssuedToken:
    """A new token: ``secret`` and ``link`` are shown once and never stored."""

    token_id: int
    kind: TokenKind
    user_id: int
    user_name: str
    email: str
    secret: str
    link: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class TokenState:
    """The latest token of one kind, without its secret."""

    kind: TokenKind
    state: str
    created_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None
    used_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    label: str = ""

    @property
    def title(self) -> str:
        return KIND_TITLES[self.kind]


@dataclass(frozen=True)
class Redeemed:
    username: str
    kind: TokenKind


def state_of(token: UserToken | None, now: dt.datetime) -> str:
    if token is None:
        return NONE
    if token.revoked_at is not None:
        return REVOKED
    if token.used_at is not None:
        return USED
    return EXPIRED if token.expires_at <= now else VALID


def _latest(session: Session, user_id: int, kind: TokenKind) -> UserToken | None:
    return session.scalar(select(UserToken).where(UserToken.user_id == user_id,
                                                  UserToken.kind == kind)
                          .order_by(UserToken.id.desc()).limit(1))


def _why_not(kind: TokenKind, user: User) -> str:
    """Why a token of this kind cannot be issued to this user now ("" when it can)."""
    status = UserStatus(user.status)
    if kind is TokenKind.ACTIVATION and status is not UserStatus.PENDING:
        return (say("{0} is {1}, not awaiting activation", user.display_name, status.value)
                + ("; issue a password reset link instead." if status is UserStatus.ACTIVE
                   else "."))
    if kind is not TokenKind.ACTIVATION and status is not UserStatus.ACTIVE:
        return say("{0} is {1}; only active users get this.", user.display_name, status.value)
    return ""


def revoke_outstanding(session: Session, user_id: int, now: dt.datetime,
                       kinds: tuple[TokenKind, ...] = tuple(TokenKind)) -> int:
    """Withdraw every unused token of these kinds (issuing a new one, deactivating)."""
    result: Any = session.execute(
        update(UserToken).where(UserToken.user_id == user_id, UserToken.kind.in_(kinds),
                                UserToken.used_at.is_(None), UserToken.revoked_at.is_(None))
        .values(revoked_at=now))
    return int(result.rowcount or 0)


def issue_token(database: Database, actor: Actor, user_id: int, kind: TokenKind, *,
                days: int = 0, label: str = "", clock: Clock = utcnow) -> Outcome[IssuedToken]:
    """A new token of ``kind`` for the user, replacing the outstanding one. Activation and
    reset lifetimes come from the account settings; an API token's (``days``) is chosen."""
    action = f"token.issue_{kind.value}"
    if kind is TokenKind.API and not 1 <= days <= MAX_API_DAYS:
        raise ValidationError({"days": say("Choose a lifetime from 1 to {0} days.", MAX_API_DAYS)})
    with UnitOfWork(database, actor, AREA) as uow:
        _authority, user = authorized_target(uow, actor.user_id, _PERMISSION[kind], user_id,
                                             action)
        reason = _why_not(kind, user)
        if reason:
            raise ValidationError({FORM: reason})
        rules = installation_settings.load(uow.session, AccountSettings)
        now = clock()
        hours = {TokenKind.ACTIVATION: rules.activation_hours,
                 TokenKind.RESET: rules.reset_hours, TokenKind.API: days * 24}[kind]
        replaced = revoke_outstanding(uow.session, user.id, now, (kind,))
        secret = secret_tokens.new_token()
        token = UserToken(user_id=user.id, kind=kind, digest=secret_tokens.digest(secret),
                          label=label.strip()[:100], created_at=now,
                          created_by_id=actor.user_id, expires_at=now + dt.timedelta(hours=hours))
        uow.session.add(token)
        uow.session.flush()
        template = {TokenKind.ACTIVATION: rules.activation_link,
                    TokenKind.RESET: rules.reset_link}.get(kind, "")
        changes: dict[str, tuple[Any, Any]] = {
            "token_state": (REVOKED if replaced else None, "issued"),
            "expires_at": (None, token.expires_at.isoformat(timespec="minutes"))}
        if label:
            changes["label"] = (None, token.label)
        uow.record(action, entity_type=ENTITY, entity_id=user.id, entity_name=user.display_name,
                   changes=changes, scope_organization_id=scope_of(user))
        uow.commit()
        issued = IssuedToken(token.id, kind, user.id, user.display_name, user.email, secret,
                             secret_tokens.link_for(template, secret), token.expires_at)
        return Outcome(issued, Changes.of(USERS, user.id))


def revoke_token(database: Database, actor: Actor, user_id: int, kind: TokenKind, *,
                 clock: Clock = utcnow) -> Outcome[int]:
    """Withdraw the user's outstanding token of ``kind``; the count withdrawn (0 or 1)."""
    action = f"token.revoke_{kind.value}"
    with UnitOfWork(database, actor, AREA) as uow:
        _authority, user = authorized_target(uow, actor.user_id, _PERMISSION[kind], user_id,
                                             action)
        count = revoke_outstanding(uow.session, user.id, clock(), (kind,))
        if count:
            uow.record(action, entity_type=ENTITY, entity_id=user.id,
                       entity_name=user.display_name, changes={"token_state": ("issued", REVOKED)},
                       scope_organization_id=scope_of(user))
        uow.commit()
        return Outcome(count, Changes.of(USERS, user.id))


def states_of(session: Session, user_id: int, now: dt.datetime) -> tuple[TokenState, ...]:
    """The state of the user's latest token of each kind, in this transaction."""
    states = []
    for kind in TokenKind:
        token = _latest(session, user_id, kind)
        states.append(TokenState(kind, NONE) if token is None else TokenState(
            kind, state_of(token, now), token.created_at, token.expires_at, token.used_at,
            token.revoked_at, token.label))
    return tuple(states)


def token_states(database: Database, actor: Actor, user_id: int, *,
                 clock: Clock = utcnow) -> tuple[TokenState, ...]:
    """The state of the user's latest token of each kind (for the user editor)."""
    with UnitOfWork(database, actor, AREA) as uow:
        _authority, user = visible_target(uow, actor.user_id, user_id)
        return states_of(uow.session, user.id, clock())


def record_copied(database: Database, actor: Actor, issued: IssuedToken, what: str) -> None:
    """Log that a new token (or its link) was copied to the clipboard; never the token."""
    with UnitOfWork(database, actor, AREA) as uow:
        user = load_user(uow.session, issued.user_id)
        uow.record("token.copy", entity_type=ENTITY, entity_id=user.id,
                   entity_name=user.display_name, scope_organization_id=scope_of(user),
                   changes={"copied": (None, f"{KIND_TITLES[issued.kind]} ({what})")})
        uow.commit()


# --- redeeming: the API other applications call, and the console's sign-in window -----------

_REDEEMABLE = (TokenKind.ACTIVATION, TokenKind.RESET)
UNKNOWN_CODE = (say("This code is not known. Check that you pasted all of it, or ask the help "
                    "desk for a new one."))


def _refusal(token: UserToken, user: User, now: dt.datetime) -> str:
    state = state_of(token, now)
    if state == USED:
        return say("This code has been used already. Ask the help desk for a new one.")
    if state == REVOKED:
        return say("This code was withdrawn (a newer one replaced it). Use the newest one you "
                   "got.")
    if state == EXPIRED:
        return (say("This code expired on {0:%Y-%m-%d at %H:%M} UTC. Ask the help desk for a "
                    "new one.", token.expires_at))
    return _refusal_for_user(token, user)


@dataclass(frozen=True)
class _Holder:
    """Who a code belongs to, as the log names them (read while the session was open)."""

    user_id: int
    username: str
    display_name: str
    scope: int | None


def _log_refused(database: Database, kind: TokenKind | None, holder: _Holder | None,
                 reason: str) -> None:
    with UnitOfWork(database, None, AREA) as uow:
        audit.record(uow.session, correlation_id=uow.correlation_id, actor=None,
                     actor_name=holder.username if holder else say("(unknown code)"),
                     action="token.redeem", outcome=audit.FAILED, area=AREA,
                     entity_type=ENTITY if holder else "",
                     entity_id=holder.user_id if holder else None,
                     entity_name=holder.display_name if holder else "",
                     scope_organization_id=holder.scope if holder else None, reason=reason,
                     changes={"token_state": (kind.value, None)} if kind else None)
        uow.commit()


def redeem_token(database: Database, hasher: PasswordHasher, code_or_link: str, password: str,
                 confirmation: str, *, clock: Clock = utcnow) -> Redeemed:
    """Set a password with an activation or reset code (or a link holding one).

    Bad input raises ValidationError naming the field (``code``, ``password``,
    ``password_confirmation``) and changes nothing. The token is consumed only when the new
    password is stored; an activation makes the account active."""
    secret = secret_tokens.token_from_text(code_or_link)
    if not secret:
        raise ValidationError({"code": say("Paste the code, or the whole link, that you "
                                           "received.")})
    digest = secret_tokens.digest(secret)
    with database.session_factory() as session:
        token = session.scalar(select(UserToken).where(UserToken.digest == digest,
                                                       UserToken.kind.in_(_REDEEMABLE)))
        user = session.get(User, token.user_id) if token else None
        refusal = UNKNOWN_CODE if token is None or user is None else _refusal(token, user, clock())
        username = user.username if user else ""
        email = user.email if user else ""
        holder = (_Holder(user.id, user.username, user.display_name, scope_of(user))
                  if user else None)
        kind = token.kind if token else None
        rules = installation_settings.load(session, AccountSettings)
    if refusal:
        _log_refused(database, kind, holder, refusal)
        raise ValidationError({"code": refusal})
    assert token is not None and user is not None
    errors = validation.FieldErrors()
    validation.new_password(errors, "password", password, confirmation,
                            min_length=rules.min_password_length, username=username, email=email)
    if errors:
        raise ValidationError(errors)
    password_hash = hasher.hash(password)  # slow on purpose: before the transaction opens
    with UnitOfWork(database, None, AREA) as uow:
        user = load_user(uow.session, token.user_id, for_update=True)
        now = clock()
        consumed: Any = uow.session.execute(
            update(UserToken).where(UserToken.id == token.id, UserToken.used_at.is_(None),
                                    UserToken.revoked_at.is_(None), UserToken.expires_at > now)
            .values(used_at=now))
        refusal = "" if consumed.rowcount == 1 else say("This code has been used already.")
        current = uow.session.get(UserToken, token.id)
        if not refusal and current is not None:
            refusal = _refusal_for_user(current, user)
        if refusal:
            uow.session.rollback()
            _log_refused(database, kind, holder, refusal)
            raise ValidationError({"code": refusal})
        before = UserStatus(user.status)
        user.password_hash = password_hash
        user.must_change_password = False
        user.failed_sign_ins, user.locked_until = 0, None
        if token.kind is TokenKind.ACTIVATION:
            user.status, user.status_changed_at = UserStatus.ACTIVE, now
        user.updated_at = now
        changes: dict[str, tuple[Any, Any]] = {
            "password": ("set" if token.kind is TokenKind.RESET else None, "set"),
            "token_state": (token.kind.value, USED)}
        if user.status != before:
            changes["status"] = (before.value, UserStatus(user.status).value)
        audit.record(uow.session, correlation_id=uow.correlation_id, actor=None,
                     actor_name=user.username, action="token.redeem", outcome=audit.SUCCEEDED,
                     area=AREA, entity_type=ENTITY, entity_id=user.id,
                     entity_name=user.display_name, scope_organization_id=scope_of(user),
                     changes=changes)
        uow.commit()
        return Redeemed(user.username, token.kind)


def _refusal_for_user(token: UserToken, user: User) -> str:
    """The account's side of a refusal, re-read under the row lock (a deactivation that came
    in between wins)."""
    status = UserStatus(user.status)
    wanted = UserStatus.PENDING if token.kind is TokenKind.ACTIVATION else UserStatus.ACTIVE
    if status is not wanted:
        return say("This account is {0}; the code cannot be used. Ask the help desk.",
                   status.value)
    return ""


def authenticate_api_token(database: Database, secret: str, *, clock: Clock = utcnow) -> int:
    """The id of the active user an API token belongs to (for applications that accept the
    console's API tokens); AuthenticationFailed when it is unknown, expired, withdrawn or its
    user is not active."""
    with database.session_factory() as session:
        token = session.scalar(select(UserToken).where(
            UserToken.digest == secret_tokens.digest(secret.strip()),
            UserToken.kind == TokenKind.API))
        user = session.get(User, token.user_id) if token else None
        if (token is None or user is None or state_of(token, clock()) != VALID
                or user.status is not UserStatus.ACTIVE):
            raise AuthenticationFailed(say("The API token is not valid."))
        return user.id
