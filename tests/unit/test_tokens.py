"""Activation, reset and API tokens: issued once, stored as digests, single use, expiring,
revocable, refused for accounts that may not use them; every step logged without the secret."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from iam_console.auth import secret_tokens
from iam_console.models import TokenKind, UserToken
from iam_console.services import installation_settings, lifecycle, sessions, tokens, users
from iam_console.services.errors import AuthenticationFailed, PermissionDenied, ValidationError
from iam_console.services.installation_settings import AccountSettings
from iam_console.services.permissions import (
    RESET_CREDENTIALS,
    VIEW_ORGANIZATIONS,
    VIEW_ROLES,
    VIEW_USERS,
)
from tests.conftest import audit_events, head_office_id

NEW_PASSWORD = "lantern orchard 77"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _new_user(database, admin, hasher, name="newbie", *, password=""):
    """A user of Head Office holding the predefined Reader role (so they may sign in)."""
    from iam_console.services import roles

    office = head_office_id(database, admin)
    reader = next(c.id for c in roles.role_choices(database, admin) if c.label == "Reader")
    return users.create_user(database, admin, hasher, users.UserInput(
        name, "New", "Person", f"{name}@example.org", organization_ids=(office,),
        assignments=(users.AssignmentInput(reader, office),),
        password=password, password_confirmation=password)).value


def test_activation_link_is_shown_once_stored_as_digest_and_activates(database, admin, hasher,
                                                                      clock):
    installation_settings.save(database, admin, AccountSettings(
        activation_link="https://portal.example.org/activate?token={token}"))
    user = _new_user(database, admin, hasher)
    assert user.status == "pending"
    issued = tokens.issue_token(database, admin, user.id, TokenKind.ACTIVATION,
                                clock=clock).value
    assert len(issued.secret) >= 32  # 192 bits, URL-safe base64
    assert issued.link == f"https://portal.example.org/activate?token={issued.secret}"
    assert issued.expires_at == clock.now + dt.timedelta(hours=72)
    with database.session_factory() as session:
        stored = session.scalars(select(UserToken)).one()
    assert stored.digest == secret_tokens.digest(issued.secret) != issued.secret
    state = tokens.token_states(database, admin, user.id, clock=clock)[0]
    assert (state.kind, state.state, state.expires_at) == (TokenKind.ACTIVATION, tokens.VALID,
                                                            issued.expires_at)

    redeemed = tokens.redeem_token(database, hasher, issued.link, NEW_PASSWORD, NEW_PASSWORD,
                                   clock=clock)
    assert (redeemed.username, redeemed.kind) == ("newbie", TokenKind.ACTIVATION)
    assert users.get_user(database, admin, user.id).status == "active"
    assert sessions.sign_in(database, hasher, "newbie", NEW_PASSWORD).username == "newbie"
    assert tokens.token_states(database, admin, user.id, clock=clock)[0].state == tokens.USED
    with pytest.raises(ValidationError) as again:
        tokens.redeem_token(database, hasher, issued.secret, "another fine phrase 1",
                            "another fine phrase 1", clock=clock)
    assert "used already" in again.value.errors["code"]
    logged = " ".join(e.changes + e.reason for e in audit_events(database))
    assert issued.secret not in logged and NEW_PASSWORD not in logged
    assert [e.outcome for e in audit_events(database, "token.redeem")] == ["succeeded", "failed"]


def test_a_new_token_replaces_the_outstanding_one_of_its_kind(database, admin, hasher, clock):
    user = _new_user(database, admin, hasher, password="first long secret 1")
    first = tokens.issue_token(database, admin, user.id, TokenKind.RESET, clock=clock).value
    second = tokens.issue_token(database, admin, user.id, TokenKind.RESET, clock=clock).value
    with pytest.raises(ValidationError) as refused:
        tokens.redeem_token(database, hasher, first.secret, NEW_PASSWORD, NEW_PASSWORD,
                            clock=clock)
    assert "withdrawn" in refused.value.errors["code"]
    tokens.redeem_token(database, hasher, second.secret, NEW_PASSWORD, NEW_PASSWORD, clock=clock)


def test_expiry_follows_the_settings_and_the_clock(database, admin, hasher, clock):
    installation_settings.save(database, admin, AccountSettings(reset_hours=2))
    user = _new_user(database, admin, hasher, password="first long secret 1")
    issued = tokens.issue_token(database, admin, user.id, TokenKind.RESET, clock=clock).value
    clock.advance(hours=2, seconds=1)
    assert tokens.token_states(database, admin, user.id, clock=clock)[1].state == tokens.EXPIRED
    with pytest.raises(ValidationError) as refused:
        tokens.redeem_token(database, hasher, issued.secret, NEW_PASSWORD, NEW_PASSWORD,
                            clock=clock)
    assert "expired on" in refused.value.errors["code"]
    assert sessions.sign_in(database, hasher, "newbie", "first long secret 1")


def test_revoked_token_is_refused(database, admin, hasher, clock):
    user = _new_user(database, admin, hasher, password="first long secret 1")
    issued = tokens.issue_token(database, admin, user.id, TokenKind.RESET, clock=clock).value
    assert tokens.revoke_token(database, admin, user.id, TokenKind.RESET, clock=clock).value == 1
    with pytest.raises(ValidationError, match="withdrawn"):
        tokens.redeem_token(database, hasher, issued.secret, NEW_PASSWORD, NEW_PASSWORD,
                            clock=clock)
    assert tokens.token_states(database, admin, user.id, clock=clock)[1].state == tokens.REVOKED


def test_deactivated_user_cannot_redeem_and_tokens_stop_at_once(database, admin, hasher, clock):
    user = _new_user(database, admin, hasher, password="first long secret 1")
    reset = tokens.issue_token(database, admin, user.id, TokenKind.RESET, clock=clock).value
    api = tokens.issue_token(database, admin, user.id, TokenKind.API, days=30,
                             label="reporting", clock=clock).value
    assert tokens.authenticate_api_token(database, api.secret, clock=clock) == user.id
    lifecycle.change_status(database, admin, user.id, lifecycle.Transition.DEACTIVATE)
    with pytest.raises(ValidationError) as refused:
        tokens.redeem_token(database, hasher, reset.secret, NEW_PASSWORD, NEW_PASSWORD,
                            clock=clock)
    assert refused.value.errors["code"]
    with pytest.raises(AuthenticationFailed):
        tokens.authenticate_api_token(database, api.secret, clock=clock)
    # reactivating does not bring withdrawn tokens back
    lifecycle.change_status(database, admin, user.id, lifecycle.Transition.REACTIVATE)
    with pytest.raises(AuthenticationFailed):
        tokens.authenticate_api_token(database, api.secret, clock=clock)


def test_bad_password_is_refused_at_its_field_and_keeps_the_code(database, admin, hasher, clock):
    user = _new_user(database, admin, hasher)
    issued = tokens.issue_token(database, admin, user.id, TokenKind.ACTIVATION,
                                clock=clock).value
    with pytest.raises(ValidationError) as refused:
        tokens.redeem_token(database, hasher, issued.secret, "short", "short", clock=clock)
    assert "at least 12" in refused.value.errors["password"]
    with pytest.raises(ValidationError) as refused:
        tokens.redeem_token(database, hasher, issued.secret, NEW_PASSWORD, "different one here",
                            clock=clock)
    assert "differ" in refused.value.errors["password_confirmation"]
    assert tokens.token_states(database, admin, user.id, clock=clock)[0].state == tokens.VALID
    tokens.redeem_token(database, hasher, f"  {issued.secret} ", NEW_PASSWORD, NEW_PASSWORD,
                        clock=clock)


@pytest.mark.parametrize("pasted", ["", "hello", "https://portal.example.org/activate"])
def test_unknown_or_missing_code_is_refused_at_the_code_field(database, admin, hasher, pasted):
    with pytest.raises(ValidationError) as refused:
        tokens.redeem_token(database, hasher, pasted, NEW_PASSWORD, NEW_PASSWORD)
    assert set(refused.value.errors) == {"code"}


def test_activation_only_for_pending_and_reset_only_for_active(database, admin, hasher, clock):
    pending = _new_user(database, admin, hasher, "waiting")
    active = _new_user(database, admin, hasher, "working", password="first long secret 1")
    with pytest.raises(ValidationError, match="not awaiting activation"):
        tokens.issue_token(database, admin, active.id, TokenKind.ACTIVATION, clock=clock)
    with pytest.raises(ValidationError, match="only active users"):
        tokens.issue_token(database, admin, pending.id, TokenKind.RESET, clock=clock)
    with pytest.raises(ValidationError) as refused:
        tokens.issue_token(database, admin, active.id, TokenKind.API, days=0, clock=clock)
    assert "days" in refused.value.errors


def test_issuing_needs_reset_credentials_in_scope_and_is_logged_when_refused(
        database, admin, hasher, make_actor, clock):
    user = _new_user(database, admin, hasher, password="first long secret 1")
    reader = make_actor(VIEW_USERS)
    with pytest.raises(PermissionDenied):
        tokens.issue_token(database, reader, user.id, TokenKind.RESET, clock=clock)
    assert audit_events(database, "token.issue_reset")[-1].outcome == "denied"
    helpdesk = make_actor(VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES, RESET_CREDENTIALS)
    issued = tokens.issue_token(database, helpdesk, user.id, TokenKind.RESET, clock=clock).value
    with pytest.raises(PermissionDenied):  # API tokens are an administrator's
        tokens.issue_token(database, helpdesk, user.id, TokenKind.API, days=5, clock=clock)
    tokens.record_copied(database, helpdesk, issued, "link")
    event = audit_events(database, "token.copy")[-1]
    assert (event.outcome, event.entity_id) == ("succeeded", user.id)
    assert issued.secret not in event.changes


def test_reset_does_not_remove_two_factor_and_unlocks(database, admin, hasher, clock):
    from iam_console.services import two_factor

    user = _new_user(database, admin, hasher, password="first long secret 1")
    two_factor.require_two_factor(database, admin, user.id, True)
    with database.session_factory() as session:
        from iam_console.models import User

        row = session.get(User, user.id)
        row.totp_secret, row.failed_sign_ins = "JBSWY3DPEHPK3PXP", 4
        session.commit()
    issued = tokens.issue_token(database, admin, user.id, TokenKind.RESET, clock=clock).value
    tokens.redeem_token(database, hasher, issued.secret, NEW_PASSWORD, NEW_PASSWORD, clock=clock)
    with database.session_factory() as session:
        row = session.get(User, user.id)
        assert (row.totp_secret, row.failed_sign_ins) == ("JBSWY3DPEHPK3PXP", 0)
