"""Reading the log: filters in SQL, newest first, keyset pages; it needs its own permission."""

import datetime as dt
import json

import pytest

from iam_console.services import audit_log, lookup, organizations, users
from iam_console.services.audit_diff import ADDED, CHANGED, REMOVED, diff_lines
from iam_console.services.changes import ORGANIZATIONS, ROLES, USERS
from iam_console.services.errors import NotFound, PermissionDenied
from iam_console.services.paging import PageRequest
from iam_console.services.permissions import VIEW_AUDIT_LOG, VIEW_USERS
from tests.conftest import audit_events


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


def _org(database, admin, name, parent_id=None):
    return organizations.create_organization(
        database, admin, organizations.OrganizationInput(name, parent_id=parent_id)).value


def _user(database, admin, hasher, username, org_id):
    return users.create_user(database, admin, hasher, users.UserInput(
        username, username.capitalize(), "Person", f"{username}@example.org",
        organization_ids=(org_id,))).value


def _names(page):
    return [e.entity_name for e in page.rows]


def test_organization_filter_takes_its_sub_organizations_and_text_searches_everything(
        database, admin, hasher):
    top = _org(database, admin, "Top")
    below = _org(database, admin, "Below", top.id)
    other = _org(database, admin, "Other")
    _user(database, admin, hasher, "ann", below.id)
    _user(database, admin, hasher, "bob", other.id)
    everything = PageRequest(limit=50)
    inside = audit_log.list_events(database, admin, audit_log.EventFilter(
        organization_id=top.id, entity_type="user"), everything)
    assert _names(inside) == ["Ann Person"]
    assert inside.rows[0].organization_name == "Below"
    by_text = audit_log.list_events(database, admin, audit_log.EventFilter(text="bob@EXAMPLE"),
                                    everything)
    assert _names(by_text) == ["Bob Person"]  # found in the changes, case-insensitively
    assert audit_log.list_events(database, admin, audit_log.EventFilter(text="100%_"),
                                 everything).rows == []  # wildcards are plain characters


def test_one_records_history_and_one_operations_events(database, admin, hasher):
    org = _org(database, admin, "Team")
    ann = _user(database, admin, hasher, "ann", org.id)
    users.update_user(database, admin, ann.id, ann.version, users.UserInput(
        "ann", "Annie", "Person", "ann@example.org", organization_ids=(org.id,)))
    history = audit_log.list_events(database, admin, audit_log.for_record("user", ann.id),
                                     PageRequest())
    assert [e.action for e in history.rows] == ["user.update", "user.create"]
    detail = audit_log.get_event(database, admin, history.rows[0].id)
    same_operation = audit_log.list_events(database, admin, audit_log.EventFilter(
        correlation_id=detail.correlation_id), PageRequest())
    assert [e.id for e in same_operation.rows] == [detail.id]


def test_the_detail_reads_old_to_new_with_set_items_added_and_removed(database, admin, hasher):
    first, second = _org(database, admin, "First"), _org(database, admin, "Second")
    ann = _user(database, admin, hasher, "ann", first.id)
    users.update_user(database, admin, ann.id, ann.version, users.UserInput(
        "ann", "Annie", "Person", "ann@example.org", "+31 20 555 0100",
        organization_ids=(second.id,)))
    newest = audit_log.list_events(database, admin, audit_log.for_record("user", ann.id),
                                   PageRequest(limit=1)).rows[0]
    detail = audit_log.get_event(database, admin, newest.id)
    assert detail.actor_name == admin.display_name and detail.actor_method == "password"
    assert detail.organization_name == "Second"
    assert [(d.field, d.before, d.after, d.kind) for d in detail.changes] == [
        ("First name", "Ann", "Annie", CHANGED),
        ("Phone", "", "+31 20 555 0100", CHANGED),
        ("Organizations", "First", "", REMOVED),
        ("Organizations", "", "Second", ADDED),
    ]


def test_older_events_with_whole_lists_read_the_same():
    lines = diff_lines('{"organizations": [["A", "B"], ["B", "C"]], "phone": [null, ""]}')
    assert [(d.before, d.after, d.kind) for d in lines] == [("A", "", REMOVED),
                                                            ("", "C", ADDED)]


def test_a_delegated_auditor_reads_only_their_organizations_events(database, admin, hasher,
                                                                    make_actor):
    mine, theirs = _org(database, admin, "Mine"), _org(database, admin, "Theirs")
    _user(database, admin, hasher, "ann", mine.id)
    bob = _user(database, admin, hasher, "bob", theirs.id)
    auditor = make_actor(VIEW_AUDIT_LOG, organization_id=mine.id)
    seen = audit_log.list_events(database, auditor, audit_log.EventFilter(entity_type="user"),
                                 PageRequest(limit=50))
    assert "Bob Person" not in _names(seen) and "Ann Person" in _names(seen)
    bobs = audit_log.list_events(database, admin, audit_log.for_record("user", bob.id),
                                 PageRequest()).rows[0]
    with pytest.raises(NotFound):
        audit_log.get_event(database, auditor, bobs.id)


def test_newer_events_are_the_matching_ones_after_the_newest_shown(database, admin, hasher):
    org = _org(database, admin, "Team")
    newest = audit_log.list_events(database, admin, audit_log.EventFilter(),
                                   PageRequest(limit=1)).rows[0]
    _user(database, admin, hasher, "ann", org.id)
    _org(database, admin, "Later")
    found = audit_log.newer_events(database, admin, audit_log.EventFilter(entity_type="user"),
                                   newest.id)
    assert [e.entity_name for e in found.rows] == ["Ann Person"] and not found.too_many
    both = audit_log.newer_events(database, admin, audit_log.EventFilter(), newest.id)
    assert [e.entity_name for e in both.rows] == ["Later", "Ann Person"]


def test_sets_are_stored_as_the_items_added_and_removed(database, admin, hasher):
    first, second = _org(database, admin, "First"), _org(database, admin, "Second")
    ann = _user(database, admin, hasher, "ann", first.id)
    users.update_user(database, admin, ann.id, ann.version, users.UserInput(
        "ann", "Ann", "Person", "ann@example.org", organization_ids=(first.id, second.id)))
    event = audit_events(database, "user.update")[-1]
    assert json.loads(event.changes) == {"organizations": {"added": ["Second"], "removed": []}}


def test_suggestions_show_only_what_the_asker_may_see_and_ask_nothing_refused(
        database, admin, hasher, make_actor):
    mine, theirs = _org(database, admin, "Mine"), _org(database, admin, "Theirs")
    _user(database, admin, hasher, "anna", mine.id)
    _user(database, admin, hasher, "annika", theirs.id)
    assert {s.label for s in lookup.suggest(database, admin, "ann", (USERS,))} == {
        "Anna Person (anna)", "Annika Person (annika)"}
    delegated = make_actor(VIEW_USERS, organization_id=mine.id)
    assert [s.label for s in lookup.suggest(database, delegated, "ann")] == [
        "Anna Person (anna)"]  # organizations and roles: not theirs to see, and not asked
    denied_before = len([e for e in audit_events(database) if e.outcome == "denied"])
    lookup.suggest(database, delegated, "Mine", (ORGANIZATIONS, ROLES))
    assert len([e for e in audit_events(database) if e.outcome == "denied"]) == denied_before
    assert [(s.kind, s.label) for s in lookup.suggest(database, admin, "thei")] == [
        (ORGANIZATIONS, "Theirs")]
