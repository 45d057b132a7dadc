from iam_console.services import organizations, roles, users
from iam_console.services.paging import PageRequest


def test_create_and_list(database, admin, hasher):
    org = organizations.create_organization(database, admin, organizations.OrganizationInput(
        "Acme", locations=(organizations.LocationInput("North"),))).value
    role = roles.create_role(database, admin, roles.RoleInput(
        "Clerk", permission_codes=frozenset({"iam.users.view"}))).value
    u = users.create_user(database, admin, hasher, users.UserInput(
        "jdoe", "John", "Doe", "JDoe@Example.org", organization_ids=(org.id,),
        assignments=(users.AssignmentInput(role.id, org.id, org.locations[0].id),))).value
    assert u.email == "jdoe@example.org"
    page = users.list_users(database, admin, PageRequest(search="doe"))
    assert [r.username for r in page.rows] == ["jdoe"]
    assert page.rows[0].organizations == "Acme"
