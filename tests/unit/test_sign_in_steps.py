"""Sign-in beyond the password: lockout and unlock, a forced password change, two-factor
enrolment, codes from the current and previous step only, replay refused, recovery codes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from iam_console.auth import secret_tokens, totp
from iam_console.models import RecoveryCode, User
from iam_console.services import installation_settings, lifecycle, sessions, two_factor, users
from iam_console.services.errors import AuthenticationFailed, PermissionDenied, ValidationError
from iam_console.services.installation_settings import AccountSettings
from iam_console.services.permissions import (
    RESET_CREDENTIALS,
    VIEW_ORGANIZATIONS,
    VIEW_ROLES,
    VIEW_USERS,
)
from tests.conftest import audit_events
from tests.unit.test_tokens import Clock, _new_user

PASSWORD = "first long secret 1"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def person(database, admin, hasher):
    return _new_user(database, admin, hasher, "pat", password=PASSWORD)


def _row(database, user_id):
    with database.session_factory() as session:
        return session.get(User, user_id)


def test_lockout_after_threshold_same_message_then_unlock(database, admin, hasher, person,
                                                        clock, make_actor):
    installation_settings.save(database, admin, AccountSettings(lockout_threshold=3,
                                                                lockout_minutes=10))
    messages = set()
    for _ in range(3):
        with pytest.raises(AuthenticationFailed) as refused:
            sessions.start_sign_in(database, hasher, "pat", "wrong guess here", clock=clock)
        messages.add(str(refused.value))
    locked = _row(database, person.id).locked_until
    assert locked == clock.now + __import__("datetime").timedelta(minutes=10)
    # the right password does not help while locked, and the message is the same
    with pytest.raises(AuthenticationFailed) as refused:
        sessions.start_sign_in(database, hasher, "pat", PASSWORD, clock=clock)
    messages.add(str(refused.value))
    with pytest.raises(AuthenticationFailed) as refused:
        sessions.start_sign_in(database, hasher, "nobody-here", PASSWORD, clock=clock)
    messages.add(str(refused.value))
    assert messages == {sessions.WRONG_CREDENTIALS}
    assert [e.outcome for e in audit_events(database, "user.lock")] == ["succeeded"]
    reasons = [e.reason for e in audit_events(database, "session.sign_in")
               if e.outcome == "failed"]
    assert any(r.startswith("locked until") for r in reasons)

    helpdesk = make_actor(VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES, RESET_CREDENTIALS)
    lifecycle.unlock_user(database, helpdesk, person.id, clock=clock)
    assert audit_events(database, "user.unlock")[-1].outcome == "succeeded"
    assert sessions.start_sign_in(database, hasher, "pat", PASSWORD, clock=clock).username == "pat"


def test_lockout_grows_and_ends_by_itself(database, admin, hasher, person, clock):
    installation_settings.save(database, admin, AccountSettings(lockout_threshold=3,
                                                                lockout_minutes=10))
    lengths = []
    for _ in range(2):
        for _ in range(3):
            with pytest.raises(AuthenticationFailed):
                sessions.start_sign_in(database, hasher, "pat", "wrong guess here", clock=clock)
        until = _row(database, person.id).locked_until
        lengths.append((until - clock.now).total_seconds() / 60)
        clock.now = until + __import__("datetime").timedelta(seconds=1)
    assert lengths == [10, 20]
    assert sessions.start_sign_in(database, hasher, "pat", PASSWORD, clock=clock)


def test_unlock_needs_reset_credentials(database, admin, hasher, person, make_actor):
    reader = make_actor(VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES)
    with pytest.raises(PermissionDenied):
        lifecycle.unlock_user(database, reader, person.id)
    assert audit_events(database, "user.unlock")[-1].outcome == "denied"
    with pytest.raises(ValidationError, match="not locked"):
        lifecycle.unlock_user(database, admin, person.id)


def test_must_change_password_at_next_sign_in(database, admin, hasher, person, clock):
    users.set_password(database, admin, hasher, person.id, "temporary phrase 42",
                       "temporary phrase 42", must_change=True)
    step = sessions.start_sign_in(database, hasher, "pat", "temporary phrase 42", clock=clock)
    assert isinstance(step, sessions.Challenge) and step.step == sessions.CHANGE_PASSWORD
    with pytest.raises(ValidationError) as refused:
        sessions.change_expired_password(database, hasher, step, "password", "password",
                                         clock=clock)
    assert refused.value.errors["new_password"]
    actor = sessions.change_expired_password(database, hasher, step, "my own new phrase 7",
                                             "my own new phrase 7", clock=clock)
    assert isinstance(actor, sessions.Actor) and actor.username == "pat"
    assert not _row(database, person.id).must_change_password
    with pytest.raises(AuthenticationFailed, match="already used"):  # the ticket is spent
        sessions.change_expired_password(database, hasher, step, "my own new phrase 8",
                                         "my own new phrase 8", clock=clock)


def _enrol(database, hasher, clock):
    step = sessions.start_sign_in(database, hasher, "pat", PASSWORD, clock=clock)
    assert isinstance(step, sessions.Challenge) and step.step == sessions.ENROL_TWO_FACTOR
    offer = sessions.offer_enrolment(step)
    assert offer.uri.startswith("otpauth://totp/IAM%20Console%3Apat?secret=" + offer.secret)
    enrolled = sessions.confirm_enrolment(
        database, step, offer.secret, totp.code_at(offer.secret, clock.now.timestamp()),
        clock=clock)
    return offer.secret, enrolled


def test_enrolment_then_codes_window_and_replay(database, admin, hasher, person, clock):
    two_factor.require_two_factor(database, admin, person.id, True)
    secret, enrolled = _enrol(database, hasher, clock)
    assert enrolled.actor.username == "pat" and len(enrolled.recovery_codes) == 10
    with database.session_factory() as session:
        digests = set(session.scalars(select(RecoveryCode.digest)))
        assert _row(database, person.id).totp_secret == secret
    assert digests == {secret_tokens.digest(c) for c in enrolled.recovery_codes}

    def attempt(code):
        step = sessions.start_sign_in(database, hasher, "pat", PASSWORD, clock=clock)
        assert step.step == sessions.TWO_FACTOR
        return sessions.verify_second_factor(database, step, code, clock=clock)

    clock.advance(seconds=60)
    now = clock.now.timestamp()
    previous = totp.code_at(secret, now - 30)
    assert attempt(previous).username == "pat"  # the previous step's code is accepted
    with pytest.raises(sessions.SecondStepFailed) as replay:  # but only once
        attempt(previous)
    # the wrong code leaves a way to try again without the password
    assert sessions.verify_second_factor(database, replay.value.challenge,
                                         totp.code_at(secret, now), clock=clock)
    clock.advance(seconds=120)
    with pytest.raises(sessions.SecondStepFailed):  # two steps old
        attempt(totp.code_at(secret, clock.now.timestamp() - 60))
    with pytest.raises(sessions.SecondStepFailed):  # the next step's code is not yet good
        attempt(totp.code_at(secret, clock.now.timestamp() + 30))
    # a recovery code works once
    code = enrolled.recovery_codes[0]
    assert attempt(code.upper().replace("-", " ")).method.endswith("recovery code")
    with pytest.raises(sessions.SecondStepFailed):
        attempt(code)
    logged = " ".join(e.changes + e.reason for e in audit_events(database))
    assert secret not in logged and all(c not in logged for c in enrolled.recovery_codes)


def test_wrong_enrolment_code_keeps_the_offer(database, admin, hasher, person, clock):
    two_factor.require_two_factor(database, admin, person.id, True)
    step = sessions.start_sign_in(database, hasher, "pat", PASSWORD, clock=clock)
    offer = sessions.offer_enrolment(step)
    with pytest.raises(ValidationError) as refused:
        sessions.confirm_enrolment(database, step, offer.secret, "000000", clock=clock)
    assert refused.value.errors["code"]
    assert _row(database, person.id).totp_secret is None
    enrolled = sessions.confirm_enrolment(
        database, step, offer.secret, totp.code_at(offer.secret, clock.now.timestamp()),
        clock=clock)
    assert enrolled.actor.username == "pat"


def test_help_desk_resets_two_factor_and_password_reset_keeps_it(database, admin, hasher,
                                                                 person, clock, make_actor):
    two_factor.require_two_factor(database, admin, person.id, True)
    _enrol(database, hasher, clock)
    helpdesk = make_actor(VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES, RESET_CREDENTIALS)
    users.set_password(database, helpdesk, hasher, person.id, "fresh long phrase 3",
                       "fresh long phrase 3")
    assert _row(database, person.id).totp_secret is not None
    two_factor.reset_two_factor(database, helpdesk, person.id)
    assert _row(database, person.id).totp_secret is None
    assert audit_events(database, "user.reset_2fa")[-1].outcome == "succeeded"
    step = sessions.start_sign_in(database, hasher, "pat", "fresh long phrase 3", clock=clock)
    assert step.step == sessions.ENROL_TWO_FACTOR  # still required: enrols again
    reader = make_actor(VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES)
    with pytest.raises(PermissionDenied):
        two_factor.reset_two_factor(database, reader, person.id)
    with pytest.raises(PermissionDenied):  # requiring it is an administrator's
        two_factor.require_two_factor(database, helpdesk, person.id, False)


def test_wrong_codes_count_towards_lockout(database, admin, hasher, person, clock):
    installation_settings.save(database, admin, AccountSettings(lockout_threshold=3))
    two_factor.require_two_factor(database, admin, person.id, True)
    _enrol(database, hasher, clock)
    step = sessions.start_sign_in(database, hasher, "pat", PASSWORD, clock=clock)
    for _ in range(2):
        with pytest.raises(sessions.SecondStepFailed) as wrong:
            sessions.verify_second_factor(database, step, "123456", clock=clock)
        step = wrong.value.challenge
    with pytest.raises(AuthenticationFailed) as locked:
        sessions.verify_second_factor(database, step, "123456", clock=clock)
    assert not isinstance(locked.value, sessions.SecondStepFailed)
    assert _row(database, person.id).locked_until is not None
