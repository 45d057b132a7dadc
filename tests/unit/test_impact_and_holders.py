"""Impact before harm, and "who holds this role or permission, where" (both databases)."""

from __future__ import annotations

import dataclasses

import pytest

from iam_console.services import holders, impact, organizations, roles, users
from iam_console.services.errors import PermissionDenied
from iam_console.services.paging import PageRequest
from iam_console.services.permissions import MANAGE_USERS, RESET_CREDENTIALS, VIEW_USERS
from tests.conftest import audit_events
from tests.delegation_world import World, build


@pytest.fixture
def world(database, admin, hasher) -> World:
    return build(database, admin, hasher)


def _role_input(world: World, role_id: int) -> roles.RoleInput:
    d = roles.get_role(world.database, world.root, role_id)
    return roles.RoleInput(d.name, d.description, d.active, d.base_role_id, d.permission_codes)


def _custom_roles(world: World) -> tuple[int, int]:
    """ "Caseworker" (view, manage, reset) held by sam and yara; "Junior caseworker" based on it
    (view, reset) held by hank."""
    db, root = world.database, world.root
    base = roles.create_role(db, root, roles.RoleInput(
        "Caseworker", permission_codes=frozenset({VIEW_USERS, MANAGE_USERS,
                                                  RESET_CREDENTIALS}))).value
    junior = roles.create_role(db, root, roles.RoleInput(
        "Junior caseworker", base_role_id=base.id,
        permission_codes=frozenset({VIEW_USERS, RESET_CREDENTIALS}))).value
    for username, org, role in (("sam", "Social Services", base.id),
                                ("yara", "Social Youth", base.id),
                                ("hank", "Housing", junior.id)):
        detail = world.detail(username)
        users.update_user(db, root, detail.id, detail.version, users.UserInput(
            detail.username, detail.first_name, detail.last_name, detail.email,
            organization_ids=detail.organization_ids,
            assignments=(users.AssignmentInput(role, world.org[org]),)))
    return base.id, junior.id


def test_a_change_that_takes_nothing_away_needs_no_question(world):
    base, _junior = _custom_roles(world)
    renamed = dataclasses.replace(_role_input(world, base), name="Case worker")
    assert impact.role_change(world.database, world.root, base, renamed) is None


def test_narrowing_a_role_counts_its_holders_and_those_of_roles_based_on_it(world):
    base, junior = _custom_roles(world)
    narrower = dataclasses.replace(_role_input(world, base),
                                   permission_codes=frozenset({VIEW_USERS, MANAGE_USERS}))
    found = impact.role_change(world.database, world.root, base, narrower)
    assert found is not None
    assert (found.users, found.organizations) == (3, 3)
    assert found.summary == "This affects 3 users in 3 organizations."
    assert any("Reset credentials" in line for line in found.details)
    assert any("\u201cJunior caseworker\u201d is based on it" in line for line in found.details)
    assert found.holders is not None and found.holders.role_ids == {base, junior}
    listed = holders.list_holders(world.database, world.root, found.holders, PageRequest())
    assert [(r.username, r.where, r.through) for r in listed.rows] == [
        ("hank", "Housing", "Junior caseworker"), ("sam", "Social Services", "Caseworker"),
        ("yara", "Social Youth", "Caseworker")]


def test_narrowing_away_what_derived_roles_do_not_hold_leaves_them_out(world):
    base, _junior = _custom_roles(world)
    narrower = dataclasses.replace(_role_input(world, base),
                                   permission_codes=frozenset({VIEW_USERS, RESET_CREDENTIALS}))
    found = impact.role_change(world.database, world.root, base, narrower)
    assert found is not None and (found.users, found.organizations) == (2, 2)
    assert not any("based on it" in line for line in found.details)


def test_deactivating_and_deleting_a_role_say_what_they_do(world):
    _base, junior = _custom_roles(world)
    inactive = dataclasses.replace(_role_input(world, junior), active=False)
    found = impact.role_change(world.database, world.root, junior, inactive)
    assert found is not None and found.question.startswith("Make the role")
    assert found.summary == "This affects 1 user in 1 organization."
    unused = roles.create_role(world.database, world.root, roles.RoleInput("Unused")).value
    deleting = impact.role_change(world.database, world.root, unused.id, None)
    assert deleting is not None and deleting.summary == "No user is affected."


def test_moving_an_organization_counts_it_its_sub_organizations_and_their_users(world):
    social = world.org["Social Services"]
    detail = organizations.get_organization(world.database, world.root, social)
    moved = organizations.OrganizationInput(detail.name, detail.description, detail.active,
                                            detail.kind, world.org["Housing"])
    found = impact.organization_change(world.database, world.root, social, moved)
    assert found is not None
    # Social Services (ua, aud, locadmin, sam) and Social Youth (yara)
    assert (found.users, found.organizations) == (5, 2)
    assert "from under \u201cHead Office\u201d to under \u201cHousing\u201d" in found.details[0]
    listed = holders.list_members(world.database, world.root, found.members_of, PageRequest())
    assert [(r.username, r.where) for r in listed.rows] == [
        ("aud", "Social Services"), ("locadmin", "Social Services"), ("sam", "Social Services"),
        ("ua", "Social Services"), ("yara", "Social Youth")]
    unchanged = dataclasses.replace(moved, parent_id=detail.parent_id)
    assert impact.organization_change(world.database, world.root, social, unchanged) is None


def test_holders_of_a_permission_are_listed_only_where_the_actor_sees_users(world):
    everyone = holders.Holders(permission=RESET_CREDENTIALS)
    seen_by_root = holders.list_holders(world.database, world.root, everyone, PageRequest())
    assert {r.username for r in seen_by_root.rows} >= {"hd", "oa", "ua", "locadmin", "ea"}
    seen_by_oa = holders.list_holders(world.database, world.actor["oa"], everyone, PageRequest())
    assert {(r.username, r.where) for r in seen_by_oa.rows} == {("oa", "Housing")}
    assert holders.count_holders(world.database, world.actor["oa"], everyone) == 1
    assert holders.count_holders(world.database, world.root, everyone, "hd") == 1


def test_holders_pages_continue_in_username_order(world):
    everyone = holders.Holders(permission=VIEW_USERS)
    first = holders.list_holders(world.database, world.root, everyone, PageRequest(limit=3))
    second = holders.list_holders(world.database, world.root, everyone,
                                  PageRequest(limit=3, after=first.after))
    names = [r.username for r in first.rows + list(second.rows)]
    assert names == sorted(names) and len(set(r.id for r in first.rows) | set(
        r.id for r in second.rows)) == 6


def test_without_the_permission_there_is_nothing_to_ask_and_nothing_logged(world):
    base, _junior = _custom_roles(world)
    before = len(audit_events(world.database))
    assert impact.role_change(world.database, world.actor["oa"], base, None) is None
    assert impact.organization_change(world.database, world.actor["rd"],
                                      world.org["Housing"], None) is None
    assert len(audit_events(world.database)) == before
    with pytest.raises(PermissionDenied):  # the change itself is refused
        roles.delete_role(world.database, world.actor["oa"], base)
