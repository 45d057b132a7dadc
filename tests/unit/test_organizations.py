"""Organizations: case-insensitive names, nesting, locations, refused deletes."""

import pytest

from iam_console.services import organizations as orgs
from iam_console.services import roles, users
from iam_console.services.errors import FORM, ValidationError
from iam_console.services.paging import PageRequest
from tests.conftest import audit_events


def create(database, admin, name, **fields):
    return orgs.create_organization(database, admin, orgs.OrganizationInput(name, **fields)).value


def test_names_that_differ_only_in_case_are_the_same(database, admin):
    create(database, admin, "Acme Corp")
    with pytest.raises(ValidationError) as refused:
        create(database, admin, "ACME corp")
    assert "already exists" in refused.value.errors["name"]


def test_blank_and_overlong_names_are_refused(database, admin):
    with pytest.raises(ValidationError) as blank:
        create(database, admin, "   ")
    assert blank.value.errors["name"] == "Name is required."
    with pytest.raises(ValidationError) as long:
        create(database, admin, "n" * 201)
    assert "at most 200" in long.value.errors["name"]


def test_kind_parent_and_locations_are_saved(database, admin):
    parent = create(database, admin, "Group")
    org = create(database, admin, "Partner", kind="external", parent_id=parent.id,
                 locations=(orgs.LocationInput("Remote"), orgs.LocationInput("Site B")))
    assert (org.kind, org.parent_name) == ("external", "Group")
    assert [loc.name for loc in org.locations] == ["Remote", "Site B"]


def test_duplicate_locations_are_refused(database, admin):
    with pytest.raises(ValidationError) as refused:
        create(database, admin, "X", locations=(orgs.LocationInput("A"), orgs.LocationInput("a")))
    assert "listed twice" in refused.value.errors["locations"]


def test_an_organization_cannot_be_placed_under_its_own_child(database, admin):
    parent = create(database, admin, "Parent")
    child = create(database, admin, "Child", parent_id=parent.id)
    with pytest.raises(ValidationError) as refused:
        orgs.update_organization(database, admin, parent.id, parent.version,
                                 orgs.OrganizationInput("Parent", parent_id=child.id))
    assert "under itself" in refused.value.errors["parent"]


def test_organization_with_users_cannot_be_deleted_and_count_is_named(database, admin, hasher):
    org = create(database, admin, "Busy")
    for n in range(2):
        users.create_user(database, admin, hasher, users.UserInput(
            f"u{n}", "U", "Ser", f"u{n}@example.org", organization_ids=(org.id,)))
    with pytest.raises(ValidationError) as refused:
        orgs.delete_organization(database, admin, org.id)
    assert "has 2 user(s)" in refused.value.errors[FORM]
    assert orgs.get_organization(database, admin, org.id).name == "Busy"


def test_empty_organization_is_deleted_and_logged(database, admin):
    org = create(database, admin, "Empty", locations=(orgs.LocationInput("L"),))
    orgs.delete_organization(database, admin, org.id)
    assert [r.name for r in orgs.list_organizations(database, admin, PageRequest()).rows] == [
        "Head Office"]
    [event] = audit_events(database, "organization.delete")
    assert event.entity_name == "Empty"


def test_location_in_use_cannot_be_removed(database, admin, hasher):
    org = create(database, admin, "Org", locations=(orgs.LocationInput("North"),))
    role = roles.create_role(database, admin, roles.RoleInput("R")).value
    users.create_user(database, admin, hasher, users.UserInput(
        "user1", "U", "Ser", "u@example.org",
        assignments=(users.AssignmentInput(role.id, org.id, org.locations[0].id),)))
    with pytest.raises(ValidationError) as refused:
        orgs.update_organization(database, admin, org.id, org.version,
                                 orgs.OrganizationInput("Org", locations=()))
    assert "used by 1 role assignment" in refused.value.errors["locations"]


def test_search_is_case_insensitive_substring(database, admin):
    for name in ("Alpha Unit", "Beta Unit", "Gamma"):
        create(database, admin, name)
    rows = orgs.list_organizations(database, admin, PageRequest(search="UNIT")).rows
    assert [r.name for r in rows] == ["Alpha Unit", "Beta Unit"]
    assert orgs.count_organizations(database, admin, "unit") == 2
