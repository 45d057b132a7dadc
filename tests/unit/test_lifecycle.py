"""An account's lifecycle: deactivate, reactivate, archive, restore, delete permanently (only
with its permission and where allowed), never oneself; each logged, refusals too."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from iam_console.models import User
from iam_console.services import audit_log, installation_settings, lifecycle, sessions
from iam_console.services.errors import AuthenticationFailed, PermissionDenied, ValidationError
from iam_console.services.installation_settings import AccountSettings
from iam_console.services.permissions import (
    MANAGE_USERS,
    VIEW_ORGANIZATIONS,
    VIEW_ROLES,
    VIEW_USERS,
)
from tests.conftest import audit_events
from tests.unit.test_tokens import _new_user

T = lifecycle.Transition
PASSWORD = "first long secret 1"


def test_deactivated_and_archived_cannot_sign_in_and_come_back(database, admin, hasher):
    person = _new_user(database, admin, hasher, "pat", password=PASSWORD)
    for transition, status in ((T.DEACTIVATE, "deactivated"), (T.REACTIVATE, "active"),
                               (T.ARCHIVE, "archived"), (T.RESTORE, "deactivated"),
                               (T.REACTIVATE, "active")):
        assert lifecycle.change_status(database, admin, person.id, transition).value == status
        if status != "active":
            with pytest.raises(AuthenticationFailed, match=status):
                sessions.sign_in(database, hasher, "pat", PASSWORD)
    assert sessions.sign_in(database, hasher, "pat", PASSWORD).username == "pat"
    events = audit_events(database)
    assert [e.action for e in events if e.action.startswith("user.") and e.entity_id == person.id
            and e.action != "user.create"] == [
        "user.deactivate", "user.reactivate", "user.archive", "user.restore", "user.reactivate"]


def test_transitions_that_do_not_apply_and_oneself_are_refused(database, admin, hasher):
    person = _new_user(database, admin, hasher, "pat", password=PASSWORD)
    with pytest.raises(ValidationError, match="does not apply"):
        lifecycle.change_status(database, admin, person.id, T.RESTORE)
    with pytest.raises(ValidationError, match="your own account"):
        lifecycle.change_status(database, admin, admin.user_id, T.DEACTIVATE)


def test_permanent_deletion_needs_setting_and_leaves_a_tombstone(database, admin, hasher):
    person = _new_user(database, admin, hasher, "pat", password=PASSWORD)
    with pytest.raises(ValidationError, match="does not apply"):  # archive first
        lifecycle.change_status(database, admin, person.id, T.DELETE_PERMANENTLY)
    lifecycle.change_status(database, admin, person.id, T.ARCHIVE)
    with pytest.raises(ValidationError, match="does not allow"):
        lifecycle.change_status(database, admin, person.id, T.DELETE_PERMANENTLY)
    installation_settings.save(database, admin, AccountSettings(permanent_deletion=True))
    lifecycle.change_status(database, admin, person.id, T.DELETE_PERMANENTLY)
    with database.session_factory() as session:
        row = session.scalars(select(User).where(User.id == person.id)).one()
        assert (row.username, row.email, row.password_hash, row.status.value) == (
            f"deleted-{person.id}", f"deleted-{person.id}@deleted.invalid", None, "deleted")
        assert row.memberships == []
    # the log still reads: the user's history is found by their id
    history = audit_log.list_events(database, admin, audit_log.EventFilter(
        entity_type="user", entity_id=person.id), audit_log.PageRequest(limit=50)).rows
    assert {"user.create", "user.archive", "user.delete_permanently"} <= {
        e.action for e in history}


def test_lifecycle_needs_manage_users_and_purge_its_own_permission(database, admin, hasher,
                                                                   make_actor):
    person = _new_user(database, admin, hasher, "pat", password=PASSWORD)
    reader = make_actor(VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES)
    with pytest.raises(PermissionDenied):
        lifecycle.change_status(database, reader, person.id, T.DEACTIVATE)
    assert audit_events(database, "user.deactivate")[-1].outcome == "denied"
    manager = make_actor(VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES, MANAGE_USERS)
    lifecycle.change_status(database, manager, person.id, T.ARCHIVE)
    installation_settings.save(database, admin, AccountSettings(permanent_deletion=True))
    with pytest.raises(PermissionDenied):
        lifecycle.change_status(database, manager, person.id, T.DELETE_PERMANENTLY)


def test_help_desk_views_of_the_users_list(database, admin, hasher):
    import datetime as dt

    from iam_console.services import users
    from iam_console.services.paging import PageRequest

    _new_user(database, admin, hasher, "waiting")
    locked = _new_user(database, admin, hasher, "locked", password=PASSWORD)
    gone = _new_user(database, admin, hasher, "gone", password=PASSWORD)
    old = _new_user(database, admin, hasher, "old", password=PASSWORD)
    lifecycle.change_status(database, admin, gone.id, T.ARCHIVE)
    with database.session_factory() as session:
        session.get(User, locked.id).locked_until = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
        session.get(User, old.id).last_sign_in_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=100)
        session.commit()

    def names(view):
        rows = users.list_users(database, admin, PageRequest(view=view)).rows
        assert users.count_users(database, admin, "", view) == len(rows)
        return {r.username for r in rows}

    assert names("") == {"root", "waiting", "locked", "old"}  # archived ones are not current
    assert names(users.LOCKED) == {"locked"}
    assert names(users.PENDING) == {"waiting"}
    assert names(users.ARCHIVED) == {"gone"}
    assert names(users.NEVER_SIGNED_IN) == {"waiting", "locked"}
    assert names("inactive90") == {"old"}
    [row] = users.list_users(database, admin, PageRequest(view=users.LOCKED)).rows
    assert row.locked


def test_settings_need_their_permission_and_bad_values_stay_at_their_field(database, admin,
                                                                        make_actor):
    from iam_console.services.installation_settings import MailSettings

    reader = make_actor(VIEW_USERS)
    with pytest.raises(PermissionDenied):
        installation_settings.save(database, reader, AccountSettings(min_password_length=8))
    assert audit_events(database, "settings.update")[-1].outcome == "denied"
    with pytest.raises(ValidationError) as refused:
        installation_settings.save(database, admin, AccountSettings(
            min_password_length=4, reset_link="https://portal.example.org/reset"))
    assert set(refused.value.errors) == {"min_password_length", "reset_link"}
    with pytest.raises(ValidationError) as refused:
        installation_settings.save(database, admin, MailSettings(host="smtp.example.org",
                                                                 sender=""))
    assert set(refused.value.errors) == {"sender"}
    assert installation_settings.read(database, AccountSettings) == AccountSettings()
    installation_settings.save(database, admin, AccountSettings(min_password_length=16))
    event = audit_events(database, "settings.update")[-1]
    assert event.outcome == "succeeded" and "min_password_length" in event.changes
