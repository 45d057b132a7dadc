"""Fixtures shared by every test folder: a migrated SQLite database, a cheap hasher, actors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from iam_console.auth.passwords import PasswordHasher, cheap_hasher_for_tests  # noqa: E402
from iam_console.db.engine import Database, url_for_path  # noqa: E402
from iam_console.services import sessions  # noqa: E402
from iam_console.services.actor import Actor  # noqa: E402
from iam_console.services.setup import (  # noqa: E402
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
