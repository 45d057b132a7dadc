"""Fixtures shared by every test folder: a migrated SQLite database, a cheap hasher, actors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from iam_console.auth.passwords import PasswordHasher, cheap_hasher_for_tests
from iam_console.db.engine import Database, url_for_path
from iam_console.services import sessions
from iam_console.services.actor import Actor
from iam_console.services.setup import (
    FirstAdministratorInput,
    create_first_administrator,
    open_and_prepare,
)

ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def hasher() -> PasswordHasher:
    return cheap_hasher_for_tests()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db, _status = open_and_prepare(url_for_path(tmp_path / "console.sqlite3"))
    yield db
    db.dispose()


@pytest.fixture
def admin(database: Database, hasher: PasswordHasher) -> Actor:
    create_first_administrator(database, hasher, FirstAdministratorInput(
        "Head Office", "root", "Ada", "Admin", "ada@example.org", ADMIN_PASSWORD, ADMIN_PASSWORD))
    return sessions.sign_in(database, hasher, "root", ADMIN_PASSWORD)


def head_office_id(database: Database, actor: Actor) -> int:
    from iam_console.services import organizations

    return next(c.id for c in organizations.organization_choices(database, actor)
                if c.label == "Head Office")


@pytest.fixture
def make_actor(database: Database, admin: Actor, hasher: PasswordHasher):
    """Create a signed-in user holding exactly ``codes`` (in Head Office) and return them."""
    from iam_console.services import roles, users

    counter = iter(range(1000))

    def make(*codes: str) -> Actor:
        n = next(counter)
        role = roles.create_role(database, admin, roles.RoleInput(
            f"Test role {n}", permission_codes=frozenset(codes))).value
        org_id = head_office_id(database, admin)
        users.create_user(database, admin, hasher, users.UserInput(
            f"actor{n}", "Test", f"Actor{n}", f"actor{n}@example.org",
            assignments=(users.AssignmentInput(role.id, org_id),),
            password=ADMIN_PASSWORD, password_confirmation=ADMIN_PASSWORD))
        return sessions.sign_in(database, hasher, f"actor{n}", ADMIN_PASSWORD)

    return make


def audit_events(database: Database, action: str | None = None) -> list:
    from sqlalchemy import select

    from iam_console.models import AuditEvent

    with database.session_factory() as session:
        stmt = select(AuditEvent).order_by(AuditEvent.id)
        if action:
            stmt = stmt.where(AuditEvent.action == action)
        return list(session.scalars(stmt))
