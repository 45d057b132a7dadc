"""A write retried with the same operation id (after a lost answer) is applied once."""

from iam_console.services import organizations as orgs
from iam_console.services import users
from tests.conftest import audit_events


def test_a_retried_create_returns_the_first_result(database, admin):
    first = orgs.create_organization(database, admin, orgs.OrganizationInput("Once"),
                                     operation_id="op-1").value
    again = orgs.create_organization(database, admin, orgs.OrganizationInput("Once"),
                                     operation_id="op-1").value
    assert again.id == first.id
    assert orgs.count_organizations(database, admin, "once") == 1
    assert len(audit_events(database, "organization.create")) == 1


def test_a_retried_update_is_not_a_conflict_with_itself(database, admin, hasher):
    user = users.create_user(database, admin, hasher, users.UserInput(
        "retry", "Re", "Try", "retry@example.org")).value
    data = users.UserInput("retry", "Ree", "Try", "retry@example.org")
    saved = users.update_user(database, admin, user.id, user.version, data,
                              operation_id="op-2").value
    again = users.update_user(database, admin, user.id, user.version, data,
                              operation_id="op-2").value
    assert again.version == saved.version == user.version + 1
    assert len(audit_events(database, "user.update")) == 1


def test_a_retried_delete_does_not_say_not_found(database, admin):
    org = orgs.create_organization(database, admin, orgs.OrganizationInput("Gone")).value
    orgs.delete_organization(database, admin, org.id, operation_id="op-3")
    orgs.delete_organization(database, admin, org.id, operation_id="op-3")
    assert len(audit_events(database, "organization.delete")) == 1
