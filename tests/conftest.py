"""Fixtures shared by every test folder: a migrated SQLite database, a cheap hasher, actors."""

from __future__ import annotations

import os
import uuid
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


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL cluster for the whole run (CI fails rather than skips without)."""
    from tests.pg_cluster import PostgresCluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing; .ci/run installs them")
        pytest.skip("PostgreSQL server binaries not found (apt-get install postgresql)")
    cluster = PostgresCluster(bindir)
    cluster.start()
    # a migrated template: each test's database is a cheap copy of it
    template, _status = open_and_prepare(cluster.create_database(MIGRATED_TEMPLATE))
    template.dispose()
    yield cluster
    cluster.destroy()


MIGRATED_TEMPLATE = "iam_migrated_template"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_backend(request) -> str:
    """Service and migration tests run on both databases; GUI tests override this to SQLite."""
    return str(request.param)


def _fresh_url(db_backend: str, tmp_path: Path, request, template: str) -> Iterator[str]:
    if db_backend == "sqlite":
        yield url_for_path(tmp_path / "console.sqlite3")
        return
    cluster = request.getfixturevalue("postgres")
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = cluster.create_database(name, template)
    yield url
    cluster.drop_database(name)


@pytest.fixture
def database_url(db_backend: str, tmp_path: Path, request) -> Iterator[str]:
    """An empty database (for migration tests)."""
    yield from _fresh_url(db_backend, tmp_path, request, "template1")


@pytest.fixture
def database(db_backend: str, tmp_path: Path, request) -> Iterator[Database]:
    """A migrated database, opened the way the console opens it."""
    for url in _fresh_url(db_backend, tmp_path, request, MIGRATED_TEMPLATE):
        db, _status = open_and_prepare(url)
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

    def make(*codes: str, organization_id: int | None = None) -> Actor:
        n = next(counter)
        role = roles.create_role(database, admin, roles.RoleInput(
            f"Test role {n}", permission_codes=frozenset(codes))).value
        org_id = organization_id or head_office_id(database, admin)
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


@pytest.fixture
def deployed(tmp_path: Path):
    """Install a deployment settings file written from the given text (undone afterwards)."""
    from iam_console import deployment

    def install(text: str) -> deployment.Deployment:
        path = tmp_path / deployment.FILE_NAME
        path.write_text(text, encoding="utf-8")
        return deployment.install(deployment.read(path))

    yield install
    deployment.install(deployment.NONE)
