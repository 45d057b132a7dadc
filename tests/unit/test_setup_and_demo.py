"""First run and demo data: no default account; the demo fills once and is reused."""

import pytest

from iam_console.db.engine import url_for_path
from iam_console.services import audit_log, demo, demo_history, sessions, users
from iam_console.services.errors import ConflictError, ValidationError
from iam_console.services.paging import PageRequest
from iam_console.services.setup import (
    FirstAdministratorInput,
    create_first_administrator,
    open_and_prepare,
    prepare,
)


def test_empty_database_asks_for_the_first_administrator(tmp_path):
    _db, status = open_and_prepare(url_for_path(tmp_path / "new.sqlite3"))
    assert status.needs_first_administrator and not status.is_demo


def test_first_administrator_input_is_validated(database, hasher):
    with pytest.raises(ValidationError) as refused:
        create_first_administrator(database, hasher, FirstAdministratorInput(
            "", "a b", "Ada", "", "nope", "short", "short"))
    assert set(refused.value.errors) == {"organization", "username", "last_name", "email",
                                         "password"}
    assert prepare(database).needs_first_administrator


def test_first_administrator_only_once(database, admin, hasher):
    with pytest.raises(ConflictError):
        create_first_administrator(database, hasher, FirstAdministratorInput(
            "Org", "second", "S", "A", "s@example.org", "long-password", "long-password"))


def test_demo_fills_once_and_signs_in(tmp_path, hasher):
    url = url_for_path(tmp_path / "demo.sqlite3")
    db, _ = open_and_prepare(url)
    demo.fill_demo(db, hasher, users=40)
    assert prepare(db).is_demo
    actor = sessions.sign_in(db, hasher, demo.DEMO_USERNAME, demo.DEMO_PASSWORD)
    # the administrator, 40 people, one per role, and the people of the log's short history
    everyone = 41 + len(demo.ROLE_ACCOUNTS) + len(demo_history.NEW_USERS)
    assert users.count_users(db, actor) == everyone
    # the history went through the services: changes, a password reset and two refusals
    events = audit_log.list_events(db, actor, audit_log.EventFilter(), PageRequest()).rows
    assert {"user.create", "user.update", "role.update", "user.password_reset",
            "session.sign_out"} <= {e.action for e in events}
    assert sum(e.outcome == "denied" for e in events) == 2
    demo.fill_demo(db, hasher, users=40)
    assert users.count_users(db, actor) == everyone
    assert len(users.list_users(db, actor, PageRequest(limit=500)).rows) == everyone
    # every predefined role has an account to try it with
    for username, *_rest in demo.ROLE_ACCOUNTS:
        assert sessions.sign_in(db, hasher, username, demo.DEMO_PASSWORD).username == username
