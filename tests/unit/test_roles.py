"""Roles: permissions, base roles, system roles, refused delete of a role in use."""

import pytest

from iam_console.services import roles, users
from iam_console.services.errors import FORM, PermissionDenied, ValidationError
from iam_console.services.paging import PageRequest
from iam_console.services.permissions import MANAGE_ROLES, VIEW_ROLES, VIEW_USERS
from tests.conftest import head_office_id


def test_role_with_permissions_round_trips(database, admin):
    role = roles.create_role(database, admin, roles.RoleInput(
        "Readers", "Look only", permission_codes=frozenset({VIEW_USERS, VIEW_ROLES}))).value
    assert roles.get_role(database, admin, role.id).permission_codes == {VIEW_USERS, VIEW_ROLES}


def test_unknown_permission_is_refused(database, admin):
    with pytest.raises(ValidationError) as refused:
        roles.create_role(database, admin, roles.RoleInput(
            "X", permission_codes=frozenset({"no.such.thing"})))
    assert "no.such.thing" in refused.value.errors["permissions"]


def test_role_names_are_unique_regardless_of_case(database, admin):
    roles.create_role(database, admin, roles.RoleInput("Clerk"))
    with pytest.raises(ValidationError) as refused:
        roles.create_role(database, admin, roles.RoleInput("CLERK"))
    assert "already exists" in refused.value.errors["name"]


def test_based_role_may_hold_only_a_subset(database, admin):
    base = roles.create_role(database, admin, roles.RoleInput(
        "Base", permission_codes=frozenset({VIEW_USERS}))).value
    with pytest.raises(ValidationError) as refused:
        roles.create_role(database, admin, roles.RoleInput(
            "Child", base_role_id=base.id, permission_codes=frozenset({VIEW_USERS, MANAGE_ROLES})))
    assert MANAGE_ROLES in refused.value.errors["permissions"]


def test_role_in_use_cannot_be_deleted_and_the_count_is_named(database, admin, hasher):
    role = roles.create_role(database, admin, roles.RoleInput("Busy role")).value
    org_id = head_office_id(database, admin)
    for n in range(3):
        users.create_user(database, admin, hasher, users.UserInput(
            f"u{n}", "U", "Ser", f"u{n}@example.org",
            assignments=(users.AssignmentInput(role.id, org_id),)))
    with pytest.raises(ValidationError) as refused:
        roles.delete_role(database, admin, role.id)
    assert "assigned to 3 user(s)" in refused.value.errors[FORM]
    assert roles.get_role(database, admin, role.id).name == "Busy role"


def test_unused_role_is_deleted(database, admin):
    role = roles.create_role(database, admin, roles.RoleInput("Temp")).value
    roles.delete_role(database, admin, role.id)
    assert "Temp" not in [r.name for r in roles.list_roles(database, admin, PageRequest()).rows]


def test_system_role_is_read_only(database, admin):
    system = next(r for r in roles.list_roles(database, admin, PageRequest()).rows if r.system)
    detail = roles.get_role(database, admin, system.id)
    with pytest.raises(PermissionDenied):
        roles.update_role(database, admin, system.id, detail.version,
                          roles.RoleInput("Renamed", permission_codes=detail.permission_codes))
    with pytest.raises(PermissionDenied):
        roles.delete_role(database, admin, system.id)


def test_inactive_role_stops_granting_at_once(database, admin, make_actor):
    reader = make_actor(VIEW_ROLES)
    assert roles.list_roles(database, reader, PageRequest()).rows
    row = next(r for r in roles.list_roles(database, admin, PageRequest(search="test role")).rows)
    detail = roles.get_role(database, admin, row.id)
    roles.update_role(database, admin, row.id, detail.version, roles.RoleInput(
        detail.name, active=False, permission_codes=detail.permission_codes))
    with pytest.raises(PermissionDenied):
        roles.list_roles(database, reader, PageRequest())
