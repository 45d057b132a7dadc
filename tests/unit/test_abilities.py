"""What the views ask before enabling a control: the policy's answers, and nothing logged."""

from __future__ import annotations

import pytest

from iam_console.services import abilities
from iam_console.services.changes import ORGANIZATIONS, ROLES, USERS
from iam_console.services.permissions import LOAD_CATALOGUE, VIEW_ROLES
from tests.conftest import audit_events
from tests.delegation_world import World, build


@pytest.fixture
def world(database, admin, hasher) -> World:
    return build(database, admin, hasher)


def test_delete_is_refused_outside_scope_on_protected_accounts_and_on_oneself(world):
    db, oa = world.database, world.actor["oa"]
    assert abilities.may_delete(db, oa, USERS, world.user["hank"]).allowed
    assert abilities.may_delete(db, oa, USERS, world.user["sam"]).rule == "scope"
    assert abilities.may_delete(db, oa, USERS, world.user["oa"]).reason == (
        "You cannot delete your own account.")
    assert not abilities.may_delete(db, world.actor["ua"], USERS, world.user["root"]).allowed
    assert not abilities.may_delete(db, oa, ORGANIZATIONS, world.org["Housing"]).allowed
    assert abilities.may_delete(db, world.actor["ua"], ORGANIZATIONS,
                                world.org["Social Youth"]).allowed
    system = world.role["system-administrator"]
    assert "read-only" in abilities.may_delete(db, world.root, ROLES, system).reason
    assert abilities.may_delete(db, world.root, USERS, 10**9).reason == (
        "This record no longer exists.")


def test_create_and_reset_follow_the_permissions_held(world):
    db = world.database
    assert abilities.may_create(db, world.actor["oa"], USERS).allowed
    assert not abilities.may_create(db, world.actor["hd"], USERS).allowed
    assert "whole directory" in abilities.may_create(db, world.actor["ua"], ROLES).reason
    assert abilities.may_create(db, world.root, ROLES).allowed
    assert abilities.may_reset_password(db, world.actor["hd"], world.user["hank"]).allowed
    assert not abilities.may_reset_password(db, world.actor["hd"], world.user["nora"]).allowed
    found = abilities.console_abilities(db, world.actor["ex"], (VIEW_ROLES, LOAD_CATALOGUE))
    assert not found[VIEW_ROLES].allowed and not found[LOAD_CATALOGUE].allowed


def test_roles_one_cannot_give_anywhere_come_with_the_reason(world):
    db = world.database
    refused = abilities.unassignable_roles(db, world.actor["oa"])
    assert world.role["reader"] not in refused
    assert world.role["organization-administrator"] not in refused
    assert "nobody gives more" in refused[world.role["system-administrator"]]
    everything_refused = abilities.unassignable_roles(db, world.actor["hd"])
    assert "Assign roles" in everything_refused[world.role["reader"]]
    assert abilities.unassignable_roles(db, world.root) == {}


def test_asking_writes_nothing_to_the_log(world):
    before = len(audit_events(world.database))
    abilities.may_delete(world.database, world.actor["rd"], USERS, world.user["hank"])
    abilities.may_create(world.database, world.actor["rd"], ROLES)
    abilities.unassignable_roles(world.database, world.actor["rd"])
    assert len(audit_events(world.database)) == before


def test_reasons_name_application_permissions_by_their_catalogue_title(world, tmp_path):
    from iam_console.services import catalogue, roles, users

    db, root = world.database, world.root
    path = tmp_path / "catalogue.toml"
    path.write_text('[applications.case]\ntitle = "Case site"\n\n[[permissions]]\n'
                    'code = "case.cases.close"\napplication = "case"\ntitle = "Close cases"\n'
                    'help = "Close a case."\n')
    catalogue.load_catalogue(db, root, path)
    closer = roles.create_role(db, root, roles.RoleInput(
        "Closer", permission_codes=frozenset({"case.cases.close"}))).value
    hank = world.detail("hank")
    users.update_user(db, root, hank.id, hank.version, users.UserInput(
        "hank", hank.first_name, hank.last_name, hank.email,
        organization_ids=hank.organization_ids,
        assignments=(users.AssignmentInput(closer.id, world.org["Housing"]),)))
    protected = abilities.may_delete(db, world.actor["oa"], USERS, world.user["hank"])
    assert "\u201cClose cases\u201d" in protected.reason and "case.cases.close" not in (
        protected.reason)
    refused = abilities.unassignable_roles(db, world.actor["oa"])[closer.id]
    assert "\u201cCloser\u201d gives \u201cClose cases\u201d" in refused
