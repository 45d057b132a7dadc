"""Signing in as the user linked to a provider identity, or creating them as a pending user.

The pair (issuer, subject) from a checked ID token is the only link between a provider identity
and a user: an email address never merges two accounts. An identity seen for the first time
becomes a pending user (origin: the provider's name, no organizations, no roles) that an
administrator approves (``approvals``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import ExternalIdentity, User, UserStatus, utcnow
from iam_console.texts import say

from . import validation
from .actor import Actor
from .errors import AuthenticationFailed
from .identity_providers import ProviderInfo
from .sessions import AREA, complete_sign_in, has_console_access, record_self, refuse
from .uow import UnitOfWork
from .user_actions import load_user

Clock = Callable[[], dt.datetime]
AWAITING = (say("Your account awaits approval by an administrator. You can sign in once they "
                "have approved it."))


class AwaitingApproval(AuthenticationFailed):
    """The identity is known (or was just registered) but not approved yet."""

    def __init__(self, message: str = AWAITING, *, created: bool = False):
        super().__init__(message)
        self.created = created


def method_of(provider: ProviderInfo) -> str:
    """How the log says the person signed in (the column holds 50 characters)."""
    return f"oidc:{provider.name}"[:50]


def _claim(claims: Mapping[str, Any], name: str) -> str:
    value = claims.get(name)
    return value.strip() if isinstance(value, str) else ""


def _username_base(claims: Mapping[str, Any], claim_name: str) -> str:
    raw = (_claim(claims, claim_name) or _claim(claims, "preferred_username")
           or _claim(claims, "email") or _claim(claims, "sub")).lower()
    cleaned = re.sub(r"[^a-z0-9._@-]+", ".", raw).strip("._@-")[:56]
    return cleaned if len(cleaned) >= 2 else "user"


def _unique(session: Session, column: Any, base: str, make: Callable[[int], str]) -> str:
    taken = set(session.scalars(select(column).where(column.startswith(base[:40]))))
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = make(n)
    return candidate


def _new_pending_user(session: Session, provider: ProviderInfo, claims: Mapping[str, Any],
                      now: dt.datetime) -> tuple[User, str]:
    """A pending user from the claims, with unique username and email; a note for the log
    when the email could not be taken over."""
    base = _username_base(claims, provider.username_claim)
    username = _unique(session, User.username, base, lambda n: f"{base}-{n}")
    full = _claim(claims, "name").split()
    first = (_claim(claims, "given_name") or (full[0] if full else "") or username)[:100]
    last = (_claim(claims, "family_name") or " ".join(full[1:]) or f"({provider.name})")[:100]
    errors = validation.FieldErrors()
    email = validation.email(errors, "email", _claim(claims, "email")) if _claim(
        claims, "email") else ""
    note = ""
    if not email or "email" in errors:
        note = "the provider sent no usable email address"
        email = ""
    elif session.scalar(select(User.id).where(User.email == email)) is not None:
        note = (f"the email {email} belongs to another user and was not merged (an "
                "administrator may link them)")
        email = ""
    if not email:
        slug = re.sub(r"[^a-z0-9]+", "-", provider.name.lower()).strip("-") or "provider"
        email = f"{username}@{slug}.invalid"
    user = User(username=username, first_name=first, last_name=last, email=email,
                status=UserStatus.PENDING, origin=provider.name[:100], password_hash=None,
                created_at=now, updated_at=now, status_changed_at=now, memberships=[])
    session.add(user)
    session.flush()
    return user, note


def sign_in_with_identity(database: Database, provider: ProviderInfo,
                          claims: Mapping[str, Any], *, clock: Clock = utcnow) -> Actor:
    """The actor for a provider identity whose ID token was checked; AwaitingApproval for a
    new or pending one (a new one is created), AuthenticationFailed for a user who may not
    sign in. Every attempt is logged with the provider's name."""
    issuer, subject = str(claims["iss"]), str(claims["sub"])
    now = clock()
    with UnitOfWork(database, None, AREA) as uow:
        link = uow.session.scalar(select(ExternalIdentity).where(
            ExternalIdentity.issuer == issuer, ExternalIdentity.subject == subject))
        if link is None:
            user, note = _new_pending_user(uow.session, provider, claims, now)
            uow.session.add(ExternalIdentity(user_id=user.id, provider=provider.name[:100],
                                             issuer=issuer, subject=subject[:255],
                                             created_at=now))
            record_self(uow, user, "user.self_register", changes={
                "username": (None, user.username), "name": (None, user.display_name),
                "email": (None, user.email), "status": (None, UserStatus.PENDING.value),
                "origin": (None, user.origin)},
                reason=f"first sign-in through {provider.name}; awaits approval"
                       + (f"; {note}" if note else ""))
            uow.commit()
            raise AwaitingApproval(created=True)
        user = load_user(uow.session, link.user_id, for_update=True)
        via = f" (through {provider.name})"
        if user.status is UserStatus.PENDING:
            refuse(uow, user.username, user, "awaiting approval" + via, AWAITING)
            raise AwaitingApproval()
        if user.status is not UserStatus.ACTIVE:
            shown = say("This account is {0}; it cannot sign in.", user.status.value)
            raise refuse(uow, user.username, user, shown + via, shown)
        if not has_console_access(uow.session, user.id):
            shown = say("This account has no access to the console. Ask an administrator.")
            raise refuse(uow, user.username, user, shown + via, shown)
        link.last_sign_in_at = now
        return complete_sign_in(uow, user, method_of(provider), now)
