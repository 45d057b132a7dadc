"""Users: create, edit, delete, the refusals an administrator sees, and their audit events."""

import json

import pytest

from iam_console.services import organizations, roles, users
from iam_console.services.errors import ConflictError, PermissionDenied, ValidationError
from iam_console.services.paging import PageRequest
from iam_console.services.permissions import MANAGE_USERS, VIEW_USERS
from tests.conftest import audit_events, head_office_id


def new_user(database, admin, hasher, username="jdoe", **fields):
    data = dict(username=username, first_name="John", last_name="Doe",
                email=f"{username}@example.org")
    data.update(fields)
    return users.create_user(database, admin, hasher, users.UserInput(**data)).value


def test_email_is_stored_lowercase_and_fields_trimmed(database, admin, hasher):
    user = new_user(database, admin, hasher, username="  JDoe ", email=" John.Doe@Example.ORG ",
                    first_name="  John  ")
    assert (user.username, user.email, user.first_name) == ("jdoe", "john.doe@example.org", "John")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("first_name", "   ", "First name is required."),
    ("last_name", "", "Last name is required."),
    ("email", "not-an-email", "is not an email address"),
    ("email", "", "Email is required."),
    ("username", "has space", "no spaces"),
    ("username", "x" * 65, "too long"),
    ("first_name", "y" * 101, "too long: 101 characters, at most 100"),
    ("phone", "call me", "Phone may hold digits"),
])
def test_bad_input_is_refused_at_its_field_and_changes_nothing(database, admin, hasher, field,
                                                               value, message):
    before = users.count_users(database, admin)
    with pytest.raises(ValidationError) as refused:
        new_user(database, admin, hasher, **{field: value})
    assert message in refused.value.errors[field]
    assert users.count_users(database, admin) == before
    assert audit_events(database, "user.create") == []


def test_duplicate_username_and_email_are_named(database, admin, hasher):
    new_user(database, admin, hasher)
    with pytest.raises(ValidationError) as refused:
        new_user(database, admin, hasher, username="JDOE", email="JDOE@example.org")
    assert "taken" in refused.value.errors["username"]
    assert "belongs to another user" in refused.value.errors["email"]


def test_username_never_changes(database, admin, hasher):
    user = new_user(database, admin, hasher)
    with pytest.raises(ValidationError) as refused:
        users.update_user(database, admin, user.id, user.version, users.UserInput(
            "johnny", "John", "Doe", user.email))
    assert "cannot change" in refused.value.errors["username"]


def test_update_records_field_level_before_and_after(database, admin, hasher):
    user = new_user(database, admin, hasher, phone="+31 20 1234567")
    updated = users.update_user(database, admin, user.id, user.version, users.UserInput(
        "jdoe", "Johnny", "Doe", "jdoe@example.org", phone="")).value
    assert updated.first_name == "Johnny" and updated.version == user.version + 1
    [event] = audit_events(database, "user.update")
    assert json.loads(event.changes) == {"first_name": ["John", "Johnny"],
                                        "phone": ["+31 20 1234567", None]}
    assert event.actor_id == admin.user_id and event.entity_name == "Johnny Doe"


def test_password_never_reaches_the_audit_log(database, admin, hasher):
    new_user(database, admin, hasher, password="s3cret-passw0rd",
             password_confirmation="s3cret-passw0rd")
    [event] = audit_events(database, "user.create")
    assert "s3cret" not in event.changes
    assert json.loads(event.changes)["password"] == [None, "[redacted]"]


def test_saving_an_old_version_is_a_conflict_and_changes_nothing(database, admin, hasher):
    user = new_user(database, admin, hasher)
    users.update_user(database, admin, user.id, user.version,
                      users.UserInput("jdoe", "Jon", "Doe", user.email))
    with pytest.raises(ConflictError) as conflict:
        users.update_user(database, admin, user.id, user.version,
                          users.UserInput("jdoe", "Jack", "Doe", user.email))
    assert conflict.value.theirs["first_name"] == "Jon"
    assert users.get_user(database, admin, user.id).first_name == "Jon"


def test_assignment_adds_membership_and_checks_role_and_location(database, admin, hasher):
    org = organizations.create_organization(database, admin, organizations.OrganizationInput(
        "Acme", locations=(organizations.LocationInput("North"),))).value
    other = organizations.create_organization(database, admin, organizations.OrganizationInput(
        "Other", locations=(organizations.LocationInput("South"),))).value
    role = roles.create_role(database, admin, roles.RoleInput("Clerk")).value
    user = new_user(database, admin, hasher, assignments=(
        users.AssignmentInput(role.id, org.id, org.locations[0].id),))
    assert user.organization_ids == (org.id,)
    assert user.assignments[0].location_name == "North"
    with pytest.raises(ValidationError) as refused:
        new_user(database, admin, hasher, username="x2", assignments=(
            users.AssignmentInput(role.id, org.id, other.locations[0].id),))
    assert "does not belong" in refused.value.errors["assignments"]


def test_inactive_role_cannot_be_assigned(database, admin, hasher):
    role = roles.create_role(database, admin, roles.RoleInput("Old", active=False)).value
    with pytest.raises(ValidationError) as refused:
        new_user(database, admin, hasher, assignments=(
            users.AssignmentInput(role.id, head_office_id(database, admin)),))
    assert "inactive" in refused.value.errors["assignments"]


def test_delete_archives_the_user_and_logs_it(database, admin, hasher):
    user = new_user(database, admin, hasher)
    users.delete_user(database, admin, user.id)
    assert users.get_user(database, admin, user.id).status == "archived"
    [event] = audit_events(database, "user.archive")
    assert event.entity_name == "John Doe"


def test_nobody_deletes_themselves(database, admin):
    with pytest.raises(ValidationError) as refused:
        users.delete_user(database, admin, admin.user_id)
    assert "your own account" in str(refused.value)


def test_actor_without_permission_is_refused_and_the_refusal_logged(database, make_actor,
                                                                   hasher):
    reader = make_actor(VIEW_USERS)
    assert users.list_users(database, reader, PageRequest()).rows
    with pytest.raises(PermissionDenied) as denied:
        new_user(database, reader, hasher, username="intruder")
    assert "Manage users" in str(denied.value)
    [event] = [e for e in audit_events(database, "user.create") if e.outcome == "denied"]
    assert (event.actor_id, event.reason) == (reader.user_id, str(denied.value))
    assert users.count_users(database, reader, "intruder") == 0


def test_nobody_changes_their_own_roles(database, make_actor, admin):
    manager = make_actor(MANAGE_USERS, VIEW_USERS)
    me = users.get_user(database, admin, manager.user_id)
    with pytest.raises(PermissionDenied):
        users.update_user(database, manager, me.id, me.version, users.UserInput(
            me.username, me.first_name, me.last_name, me.email,
            organization_ids=me.organization_ids, assignments=()))


def test_users_of_an_inactive_organization_cannot_act_in_it(database, make_actor, admin):
    branch = organizations.create_organization(database, admin,
                                               organizations.OrganizationInput("Branch")).value
    reader = make_actor(VIEW_USERS, organization_id=branch.id)
    assert users.list_users(database, reader, PageRequest()).rows
    organizations.update_organization(database, admin, branch.id, branch.version,
                                      organizations.OrganizationInput("Branch", active=False))
    with pytest.raises(PermissionDenied):
        users.list_users(database, reader, PageRequest())


def test_the_last_active_system_administrator_cannot_be_removed(database, admin, hasher):
    head = organizations.get_organization(database, admin, head_office_id(database, admin))
    with pytest.raises(ValidationError) as refused:
        organizations.update_organization(database, admin, head.id, head.version,
                                          organizations.OrganizationInput(head.name,
                                                                          active=False))
    assert "no active system administrator" in str(refused.value)
    system = next(a for a in users.get_user(database, admin, admin.user_id).assignments)
    second = users.create_user(database, admin, hasher, users.UserInput(
        "second", "Sec", "Ond", "second@example.org",
        assignments=(users.AssignmentInput(system.role_id, system.organization_id),),
        password="long-password-2", password_confirmation="long-password-2")).value
    users.delete_user(database, admin, second.id)  # another administrator remains: allowed
    assert organizations.get_organization(database, admin, head.id).active
