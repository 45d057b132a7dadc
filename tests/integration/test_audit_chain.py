"""The administration log's hash chain: any edit, removal or insertion is found and named;
a purge keeps the rest verifiable; PostgreSQL refuses UPDATE and DELETE on the table."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from iam_console.models.audit import CHAIN_FIELDS
from iam_console.services import audit_chain, users
from iam_console.services.errors import PermissionDenied
from tests.conftest import audit_events

SAMPLE = {  # a different value of the right type for every field the chain covers
    "occurred_at": "'2001-01-01 00:00:00'", "correlation_id": "'forged'", "actor_id": 999,
    "actor_name": "'Mallory'", "actor_method": "'forged'", "workstation": "'elsewhere'",
    "console_version": "'0.0'", "action": "'user.forged'", "entity_type": "'forged'",
    "entity_id": 999, "entity_name": "'Forged'", "scope_organization_id": 999,
    "area": "'forged'", "outcome": "'denied'", "reason": "'forged'", "changes": "'{}'",
}


def some_events(database, admin, hasher, count: int = 5) -> list:
    for n in range(count):
        users.create_user(database, admin, hasher, users.UserInput(
            f"chain{n}", "Chain", f"User{n}", f"chain{n}@example.org"))
    return audit_events(database)


def tamper(database, statement: str, **params) -> None:
    """Change the log behind the console's back (as the database owner could)."""
    with database.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text(statement), params)


def test_an_untouched_log_verifies_and_the_check_is_logged(database, admin, hasher):
    events = some_events(database, admin, hasher)
    result = audit_chain.verify_chain(database, admin)
    assert result.intact and result.checked == len(events)
    assert result.message == f"The administration log is intact: {len(events)} events checked."
    assert audit_events(database, "audit.verify")[-1].reason == result.message


@pytest.mark.parametrize("field", CHAIN_FIELDS)
def test_changing_any_field_of_an_event_is_found_and_the_event_named(database, admin, hasher,
                                                                     field):
    events = some_events(database, admin, hasher, 3)
    victim = events[len(events) // 2]
    tamper(database, f"UPDATE audit_events SET {field} = {SAMPLE[field]} WHERE id = :id",
           id=victim.id)
    result = audit_chain.verify_chain(database, admin)
    assert not result.intact and result.first_broken_id == victim.id
    assert f"event #{victim.id}" in result.message


def test_a_removed_event_is_found_at_the_next_one(database, admin, hasher):
    events = some_events(database, admin, hasher, 3)
    tamper(database, "DELETE FROM audit_events WHERE id = :id", id=events[2].id)
    result = audit_chain.verify_chain(database, admin)
    assert not result.intact and result.first_broken_id == events[3].id


def test_removing_the_newest_events_is_found(database, admin, hasher):
    events = some_events(database, admin, hasher, 3)
    tamper(database, "DELETE FROM audit_events WHERE id >= :id", id=events[-2].id)
    result = audit_chain.verify_chain(database, admin)
    assert not result.intact and "removed from the end" in result.message


def test_an_inserted_event_is_found(database, admin, hasher):
    events = some_events(database, admin, hasher, 3)
    copy = ", ".join((*CHAIN_FIELDS, "chain_hash"))
    tamper(database, f"INSERT INTO audit_events ({copy}) SELECT {copy} FROM audit_events "
                     "WHERE id = :id", id=events[1].id)
    # the copy lands at the end, after the log's recorded head: the next event exposes it
    users.create_user(database, admin, hasher, users.UserInput(
        "after", "After", "Insert", "after@example.org"))
    result = audit_chain.verify_chain(database, admin)
    assert not result.intact and result.first_broken_id == events[-1].id + 1


def test_purge_keeps_the_rest_verifiable_and_is_logged(database, admin, hasher):
    events = some_events(database, admin, hasher, 4)
    cutoff = events[3].occurred_at + dt.timedelta(microseconds=1)
    removed = audit_chain.purge_events(database, admin, cutoff).value
    assert removed == 4
    left = audit_events(database)
    assert left[0].id == events[4].id
    assert "4 events before" in audit_events(database, "audit.purge")[-1].reason
    result = audit_chain.verify_chain(database, admin)
    assert result.intact, result.message
    assert f"since the purge of events up to #{events[3].id}" in result.message


def test_verify_and_purge_need_their_permissions_everywhere(database, admin, hasher,
                                                           make_actor):
    some_events(database, admin, hasher, 1)
    reader = make_actor("iam.users.view")
    with pytest.raises(PermissionDenied):
        audit_chain.verify_chain(database, reader)
    auditor = make_actor("iam.users.view", "iam.audit.view")  # Head Office only
    with pytest.raises(PermissionDenied):
        audit_chain.purge_events(database, auditor, dt.datetime.now(dt.UTC))
    assert audit_events(database, "audit.purge")[-1].outcome == "denied"
    first = audit_events(database)[0]
    tamper(database, "UPDATE audit_events SET reason = 'x' WHERE id = :id", id=first.id)
    result = audit_chain.verify_chain(database, auditor)  # may check, not told who or what
    assert not result.intact and f"event #{first.id} (" in result.message
    assert first.action not in result.message


def test_postgresql_refuses_update_and_delete_of_events(database, admin, hasher, db_backend):
    if db_backend != "postgresql":
        pytest.skip("the append-only trigger is PostgreSQL's")
    events = some_events(database, admin, hasher, 1)
    for statement in ("UPDATE audit_events SET reason = 'x' WHERE id = :id",
                      "DELETE FROM audit_events WHERE id = :id"):
        with pytest.raises(DBAPIError) as refused, database.engine.begin() as connection:
            connection.execute(text(statement), {"id": events[0].id})
        assert "append-only" in str(refused.value)
    assert audit_chain.verify_chain(database, admin).intact


def test_the_command_line_verify_exits_0_when_intact_and_1_naming_the_event(
        database, admin, hasher, db_backend, capsys):
    from iam_console.app import main

    events = some_events(database, admin, hasher, 2)
    url = database.engine.url.render_as_string(hide_password=False)
    assert main(["audit", "verify", "--database", url]) == 0
    assert "The administration log is intact" in capsys.readouterr().out
    tamper(database, "UPDATE audit_events SET entity_name = 'Someone else' WHERE id = :id",
           id=events[1].id)
    assert main(["audit", "verify", "--database", url]) == 1
    assert f"broken at event #{events[1].id}" in capsys.readouterr().out
