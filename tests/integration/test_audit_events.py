"""Every service write leaves exactly one event with the right diff; a refused write leaves one
denied event and no change; a write that fails half-way leaves neither event nor change.
On SQLite and on a real PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from iam_console.models import AuditEvent, Base
from iam_console.services import (
    audit,
    audit_chain,
    catalogue,
    organizations,
    profile,
    roles,
    sessions,
    users,
)
from iam_console.services.errors import PermissionDenied
from iam_console.services.permissions import VIEW_ORGANIZATIONS, VIEW_ROLES, VIEW_USERS
from tests.conftest import ADMIN_PASSWORD, head_office_id

CATALOGUE = """
[applications.billing]
title = "Billing"

[[permissions]]
code = "billing.invoices.view"
application = "billing"
title = "View invoices"
"""


@dataclass
class World:
    database: Any
    admin: Any
    hasher: Any
    tmp_path: Path
    org_id: int
    empty_org_id: int
    role_id: int
    unused_role_id: int
    subject: users.UserDetail


@pytest.fixture
def world(database, admin, hasher, tmp_path) -> World:
    org = organizations.create_organization(database, admin, organizations.OrganizationInput(
        "Audit Org", "Where the subject works")).value
    empty = organizations.create_organization(database, admin, organizations.OrganizationInput(
        "Empty Org")).value
    role = roles.create_role(database, admin, roles.RoleInput(
        "Audit role", permission_codes=frozenset({VIEW_USERS}))).value
    unused = roles.create_role(database, admin, roles.RoleInput("Unused role")).value
    subject = users.create_user(database, admin, hasher, users.UserInput(
        "subject", "Sub", "Ject", "subject@example.org", organization_ids=(org.id,),
        assignments=(users.AssignmentInput(role.id, org.id),))).value
    return World(database, admin, hasher, tmp_path, org.id, empty.id, role.id, unused.id,
                 subject)


@dataclass(frozen=True)
class Write:
    action: str
    run: Callable[[World, Any], object]
    expected: dict[str, Any]  # a part of the stored changes
    refusable: bool = True  # a reader is refused (one's own profile is anyone's to change)


def _update_user(w: World, actor: Any) -> object:
    s = w.subject
    return users.update_user(w.database, actor, s.id, s.version, users.UserInput(
        s.username, s.first_name, s.last_name, s.email, "+1 555 0100",
        organization_ids=(w.org_id, head_office_id(w.database, w.admin)),
        assignments=(users.AssignmentInput(w.role_id, w.org_id),)))


def _update_org(w: World, actor: Any) -> object:
    org = organizations.get_organization(w.database, w.admin, w.org_id)
    return organizations.update_organization(
        w.database, actor, org.id, org.version, organizations.OrganizationInput(
            org.name, "Moved to the new building", org.active, org.kind, org.parent_id,
            (organizations.LocationInput("Floor 2"),)))


def _update_role(w: World, actor: Any) -> object:
    role = roles.get_role(w.database, w.admin, w.role_id)
    return roles.update_role(w.database, actor, role.id, role.version, roles.RoleInput(
        role.name, role.description, role.active, None,
        role.permission_codes | {VIEW_ROLES}))


def _load_catalogue(w: World, actor: Any) -> object:
    path = w.tmp_path / "billing.toml"
    path.write_text(CATALOGUE)
    return catalogue.load_catalogue(w.database, actor, path)


def _update_profile(w: World, actor: Any) -> object:
    mine = profile.get_my_profile(w.database, actor)
    return profile.update_my_profile(w.database, actor, mine.version, profile.ProfileInput(
        mine.first_name, "Renamed", "+1 555 0199"))


WRITES = [
    Write("user.create", lambda w, a: users.create_user(w.database, a, w.hasher, users.UserInput(
        "newbie", "New", "Bie", "newbie@example.org", organization_ids=(w.org_id,))),
        {"username": [None, "newbie"], "organizations": {"added": ["Audit Org"], "removed": []}}),
    Write("user.update", _update_user,
          {"phone": [None, "+1 555 0100"],
           "organizations": {"added": ["Head Office"], "removed": []}}),
    Write("user.archive", lambda w, a: users.delete_user(w.database, a, w.subject.id),
          {"status": ["pending", "archived"]}),
    Write("user.password_reset", lambda w, a: users.set_password(
        w.database, a, w.hasher, w.subject.id, "a new long password", "a new long password"),
        {"password": [None, audit.REDACTED]}),
    Write("organization.create", lambda w, a: organizations.create_organization(
        w.database, a, organizations.OrganizationInput("Fresh Org")),
        {"name": [None, "Fresh Org"]}),
    Write("organization.update", _update_org,
          {"description": ["Where the subject works", "Moved to the new building"],
           "locations": {"added": ["Floor 2"], "removed": []}}),
    Write("organization.delete", lambda w, a: organizations.delete_organization(
        w.database, a, w.empty_org_id), {"name": ["Empty Org", None]}),
    Write("role.create", lambda w, a: roles.create_role(w.database, a, roles.RoleInput(
        "Fresh role", permission_codes=frozenset({VIEW_ORGANIZATIONS}))),
        {"name": [None, "Fresh role"],
         "permissions": {"added": [VIEW_ORGANIZATIONS], "removed": []}}),
    Write("role.update", _update_role, {"permissions": {"added": [VIEW_ROLES], "removed": []}}),
    Write("role.delete", lambda w, a: roles.delete_role(w.database, a, w.unused_role_id),
          {"name": ["Unused role", None]}),
    Write("catalogue.load", _load_catalogue, {}),
    Write("profile.update", _update_profile, {"last_name": ["Actor0", "Renamed"]},
          refusable=False),
    Write("profile.password_change", lambda w, a: profile.change_my_password(
        w.database, a, w.hasher, ADMIN_PASSWORD, "another long password",
        "another long password"), {"password": [audit.REDACTED, audit.REDACTED]},
        refusable=False),
]
IDS = [w.action for w in WRITES]
# tables whose content is "the directory" (the log and the chain's settings row aside)
DIRECTORY_TABLES = [t for t in Base.metadata.sorted_tables
                    if t.name not in {"audit_events", "database_settings"}]


def fingerprint(database) -> list[Any]:
    """Everything stored outside the log, to see that nothing changed."""
    with database.session_factory() as session:
        return [sorted(map(repr, session.execute(select(table)).all()))
                for table in DIRECTORY_TABLES]


def events(database) -> list[AuditEvent]:
    with database.session_factory() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def _actor_for(write: Write, world: World, make_actor) -> Any:
    if write.refusable:
        return world.admin
    # one's own profile: a person with a password of their own (the reader made for it)
    return make_actor(VIEW_USERS)


@pytest.mark.parametrize("write", WRITES, ids=IDS)
def test_a_write_leaves_exactly_one_event_with_its_changes(world, make_actor, write):
    actor = _actor_for(write, world, make_actor)
    before, state = len(events(world.database)), fingerprint(world.database)
    write.run(world, actor)
    new = events(world.database)[before:]
    assert [(e.action, e.outcome) for e in new] == [(write.action, audit.SUCCEEDED)]
    assert new[0].actor_id == actor.user_id
    changes = json.loads(new[0].changes)
    assert {k: changes.get(k) for k in write.expected} == write.expected
    assert fingerprint(world.database) != state
    assert audit_chain.verify_chain(world.database, None).intact


@pytest.mark.parametrize("write", [w for w in WRITES if w.refusable],
                         ids=[w.action for w in WRITES if w.refusable])
def test_a_refused_write_leaves_one_denied_event_and_no_change(world, make_actor, write):
    reader = make_actor(VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES)
    before, state = len(events(world.database)), fingerprint(world.database)
    with pytest.raises(PermissionDenied):
        write.run(world, reader)
    new = events(world.database)[before:]
    assert [(e.action, e.outcome, e.actor_id) for e in new] == [
        (write.action, audit.DENIED, reader.user_id)]
    assert new[0].reason
    assert fingerprint(world.database) == state


@pytest.mark.parametrize("write", WRITES, ids=IDS)
def test_a_write_failing_half_way_leaves_no_event_and_no_change(world, make_actor, write,
                                                                 monkeypatch):
    actor = _actor_for(write, world, make_actor)
    before, state = len(events(world.database)), fingerprint(world.database)

    def connection_lost(*_args: object) -> None:
        raise ConnectionError("the database went away")

    # the event is already added to the transaction when the chain's head is written
    monkeypatch.setattr(audit, "write_chain", connection_lost)
    with pytest.raises(ConnectionError):
        write.run(world, actor)
    monkeypatch.undo()
    assert len(events(world.database)) == before
    assert fingerprint(world.database) == state
    assert audit_chain.verify_chain(world.database, None).intact


def test_signing_in_and_out_are_events(database, admin, hasher):
    before = len(events(database))
    with pytest.raises(Exception, match="not right"):
        sessions.sign_in(database, hasher, admin.username, "wrong password")
    actor = sessions.sign_in(database, hasher, admin.username, ADMIN_PASSWORD)
    sessions.sign_out(database, actor)
    new = events(database)[before:]
    assert [(e.action, e.outcome) for e in new] == [
        ("session.sign_in", audit.FAILED), ("session.sign_in", audit.SUCCEEDED),
        ("session.sign_out", audit.SUCCEEDED)]
    assert new[1].actor_method == "password" and new[1].workstation
