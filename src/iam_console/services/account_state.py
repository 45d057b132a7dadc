"""One user's sign-in state as the help desk sees it, with what the asker may do about it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from iam_console.db.engine import Database
from iam_console.models import UserStatus, utcnow
from iam_console.texts import say

from . import installation_settings, lifecycle, policy, tokens, two_factor
from .actor import Actor
from .installation_settings import AccountSettings
from .permissions import DELETE_USERS_PERMANENTLY, MANAGE_USERS, RESET_CREDENTIALS
from .policy import Decision
from .uow import UnitOfWork
from .user_actions import visible_target

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class AccountState:
    user_id: int
    display_name: str
    status: str
    has_password: bool
    locked_until: dt.datetime | None
    failed_sign_ins: int
    last_sign_in_at: dt.datetime | None
    must_change_password: bool
    two_factor_required: bool
    two_factor_enrolled: bool
    recovery_codes_left: int
    tokens: tuple[tokens.TokenState, ...]
    may_reset: Decision  # "Reset credentials" on this user: links, unlock, two-factor reset
    may_manage: Decision  # "Manage users": lifecycle, API tokens, requiring two-factor
    may_delete_permanently: Decision
    is_self: bool

    @property
    def locked(self) -> bool:
        return self.locked_until is not None

    def applies(self, transition: lifecycle.Transition) -> bool:
        return lifecycle.allowed_from(transition, self.status)


def account_state(database: Database, actor: Actor, user_id: int, *,
                  clock: Clock = utcnow) -> AccountState:
    """The state shown on the user editor's Sign-in page (needs "View users" on the user)."""
    with UnitOfWork(database, actor, "users") as uow:
        authority, user = visible_target(uow, actor.user_id, user_id)
        target = policy.load_user_target(uow.session, user)
        now = clock()
        states = tokens.states_of(uow.session, user.id, now)
        purge = policy.decide_user_action(authority, DELETE_USERS_PERMANENTLY, target)
        if purge.allowed and not installation_settings.load(uow.session,
                                                            AccountSettings).permanent_deletion:
            purge = Decision(False, say("This installation does not allow deleting users "
                                        "permanently (Settings → Accounts)."), "setting")
        locked = user.locked_until if user.locked_until and user.locked_until > now else None
        return AccountState(
            user.id, user.display_name, UserStatus(user.status).value, bool(user.password_hash),
            locked, user.failed_sign_ins, user.last_sign_in_at, user.must_change_password,
            user.totp_required, user.totp_secret is not None,
            two_factor.recovery_codes_left(uow.session, user.id), states,
            policy.decide_user_action(authority, RESET_CREDENTIALS, target),
            policy.decide_user_action(authority, MANAGE_USERS, target), purge,
            user.id == actor.user_id)
