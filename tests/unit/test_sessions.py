"""Signing in: argon2id passwords, refusals that do not reveal which part was wrong, audit."""

import pytest

from iam_console.auth.passwords import HashParameters, PasswordHasher
from iam_console.services import sessions, users
from iam_console.services.errors import AuthenticationFailed
from tests.conftest import ADMIN_PASSWORD, audit_events


def test_good_password_signs_in_and_is_logged(database, admin, hasher):
    actor = sessions.sign_in(database, hasher, " ROOT ", ADMIN_PASSWORD)
    assert (actor.username, actor.display_name) == ("root", "Ada Admin")
    assert audit_events(database, "session.sign_in")[-1].outcome == "succeeded"


@pytest.mark.parametrize(("username", "password"), [("root", "not-the-secret-9"), ("nobody", "x")])
def test_wrong_username_or_password_gives_one_message(database, admin, hasher, username,
                                                      password):
    with pytest.raises(AuthenticationFailed) as refused:
        sessions.sign_in(database, hasher, username, password)
    assert str(refused.value) == sessions.WRONG_CREDENTIALS
    event = audit_events(database, "session.sign_in")[-1]
    assert (event.outcome, event.entity_name) == ("failed", username)
    assert password not in event.changes + event.reason


def test_user_without_console_permissions_cannot_sign_in(database, admin, hasher):
    users.create_user(database, admin, hasher, users.UserInput(
        "plain", "Plain", "User", "plain@example.org", password=ADMIN_PASSWORD,
        password_confirmation=ADMIN_PASSWORD))
    with pytest.raises(AuthenticationFailed) as refused:
        sessions.sign_in(database, hasher, "plain", ADMIN_PASSWORD)
    assert "no access to the console" in str(refused.value)


def test_production_hasher_refuses_parameters_below_owasp_minimum():
    with pytest.raises(ValueError, match="OWASP"):
        PasswordHasher(HashParameters(time_cost=1, memory_cost_kib=19 * 1024, parallelism=1))
    with pytest.raises(ValueError, match="OWASP"):
        PasswordHasher(HashParameters(time_cost=2, memory_cost_kib=8 * 1024, parallelism=1))


def test_hashes_are_argon2id_and_verify():
    hasher = PasswordHasher(HashParameters(time_cost=2, memory_cost_kib=19 * 1024,
                                           parallelism=1))
    stored = hasher.hash("pa55word-long")
    assert stored.startswith("$argon2id$") and "m=19456,t=2,p=1" in stored
    assert hasher.verify(stored, "pa55word-long")
    assert not hasher.verify(stored, "pa55word-lonG")
    assert not hasher.verify(None, "anything")
