"""Another desktop's commit reaches this desktop's change feed; a rolled-back one does not."""

import pytest

from iam_console.db.change_feed import open_feed
from iam_console.services import organizations, users
from iam_console.services.errors import ValidationError
from iam_console.services.setup import open_and_prepare


@pytest.fixture
def other_desktop(database):
    """The same database opened a second time, as a second console would."""
    url = database.engine.url.render_as_string(hide_password=False)
    other, _status = open_and_prepare(url)
    yield other
    other.dispose()


def test_a_commit_elsewhere_is_reported_by_kind(database, other_desktop, admin, hasher):
    feed = open_feed(database)
    try:
        assert feed.wait(0.05) == set()
        users.create_user(other_desktop, admin, hasher, users.UserInput(
            "remote", "Remote", "User", "remote@example.org"))
        changed = set()
        for _ in range(10):
            changed |= feed.wait(0.2)
            if "users" in changed:
                break
        assert {"users", "audit"} <= changed
        assert "roles" not in changed
    finally:
        feed.close()


def test_a_refused_change_reports_nothing(database, other_desktop, admin):
    feed = open_feed(database)
    try:
        feed.wait(0.05)
        with pytest.raises(ValidationError):
            organizations.create_organization(other_desktop, admin,
                                              organizations.OrganizationInput("  "))
        assert "organizations" not in feed.wait(0.5)
    finally:
        feed.close()
