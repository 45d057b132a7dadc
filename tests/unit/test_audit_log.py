"""Reading the log: filters in SQL, newest first, keyset pages; it needs its own permission."""

import datetime as dt

import pytest

from iam_console.services import audit_log, organizations
from iam_console.services.errors import PermissionDenied
from iam_console.services.paging import PageRequest
from iam_console.services.permissions import VIEW_USERS


def test_filter_by_action_and_actor_newest_first_in_pages(database, admin):
    for n in range(7):
        organizations.create_organization(database, admin,
                                          organizations.OrganizationInput(f"Org {n}"))
    f = audit_log.EventFilter(actor_id=admin.user_id, action="organization.create",
                              since=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    first = audit_log.list_events(database, admin, f, PageRequest(limit=4))
    second = audit_log.list_events(database, admin, f, PageRequest(limit=4, after=first.after))
    names = [e.entity_name for e in [*first.rows, *second.rows]]
    assert names == [f"Org {n}" for n in reversed(range(7))]
    assert second.after is None
    none = audit_log.list_events(database, admin, audit_log.EventFilter(
        action="organization.create", until=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)),
        PageRequest())
    assert none.rows == []


def test_reading_the_log_needs_its_permission(database, make_actor):
    reader = make_actor(VIEW_USERS)
    with pytest.raises(PermissionDenied):
        audit_log.list_events(database, reader, audit_log.EventFilter(), PageRequest())
