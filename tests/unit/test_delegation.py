"""Delegated administration: scopes, protected accounts, no escalation.

The named tests are the routes by which other identity consoles were broken; each must be
refused with a reason and written to the administration log as denied.
"""

from __future__ import annotations

import dataclasses

import pytest

from iam_console.services import audit_log, organizations, roles, users
from iam_console.services.errors import PermissionDenied, ValidationError
from iam_console.services.paging import PageRequest
from iam_console.services.permissions import (
    MANAGE_ROLES,
    MANAGE_USERS,
    VIEW_ROLES,
    WHOLE_DIRECTORY,
)
from tests.conftest import audit_events
from tests.delegation_world import PASSWORD, World, build


@pytest.fixture
def world(database, admin, hasher) -> World:
    return build(database, admin, hasher)


def refused(call, *args, reason: str = "", **kwargs) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as denied:
        call(*args, **kwargs)
    assert reason in denied.value.reason
    return denied.value


def assert_logged_denied(world: World, action: str, actor: str) -> None:
    events = [e for e in audit_events(world.database, action)
              if e.outcome == "denied" and e.actor_id == world.user[actor]]
    assert events, f"no denied {action} event for {actor}"
    assert events[-1].reason


def as_input(detail: users.UserDetail, **changes) -> users.UserInput:
    data = users.UserInput(
        detail.username, detail.first_name, detail.last_name, detail.email, detail.phone,
        organization_ids=detail.organization_ids,
        assignments=tuple(users.AssignmentInput(a.role_id, a.organization_id, a.location_id)
                          for a in detail.assignments))
    return dataclasses.replace(data, **changes)


def update(world: World, actor: str, username: str, **changes):
    detail = world.detail(username)
    return users.update_user(world.database, world.actor[actor], detail.id, detail.version,
                             as_input(detail, **changes))


def with_role(world: World, username: str, role: str, org: str,
              location: str | None = None) -> tuple[users.AssignmentInput, ...]:
    detail = world.detail(username)
    return (*as_input(detail).assignments,
            users.AssignmentInput(world.role[role], world.org[org],
                                  world.location[location] if location else None))


# --- the routes that broke other consoles --------------------------------------------------

def test_granting_a_role_beyond_ones_own_directly(world):
    denial = refused(update, world, "oa", "hank",
                     assignments=with_role(world, "hank", "user-administrator", "Housing"),
                     reason="nobody gives more than they hold")
    assert "User administrator" in denial.reason
    assert world.detail("hank").assignments == ()
    assert_logged_denied(world, "user.update", "oa")


def test_editing_an_assignable_role_to_add_a_permission_one_lacks(world, make_actor):
    custom = roles.create_role(world.database, world.root, roles.RoleInput(
        "Viewer plus", permission_codes=frozenset({VIEW_ROLES}))).value
    role_manager = make_actor(MANAGE_ROLES, VIEW_ROLES, WHOLE_DIRECTORY)
    with pytest.raises(PermissionDenied) as denied:
        roles.update_role(world.database, role_manager, custom.id, custom.version,
                          roles.RoleInput("Viewer plus", permission_codes=frozenset(
                              {VIEW_ROLES, MANAGE_USERS})))
    assert "Manage users" in denial_text(denied)
    assert roles.get_role(world.database, world.root, custom.id).permission_codes == {VIEW_ROLES}
    events = [e for e in audit_events(world.database, "role.update") if e.outcome == "denied"]
    assert events and events[-1].actor_id == role_manager.user_id
    # and an organization administrator may not edit roles at all
    refused(roles.update_role, world.database, world.actor["oa"], custom.id, custom.version,
            roles.RoleInput("Viewer plus", permission_codes=frozenset({VIEW_ROLES})))
    assert_logged_denied(world, "role.update", "oa")


def denial_text(denied) -> str:
    return denied.value.reason


def test_creating_a_user_with_such_a_role(world, hasher):
    refused(users.create_user, world.database, world.actor["oa"], hasher, users.UserInput(
        "newboss", "New", "Boss", "newboss@example.org", organization_ids=(world.org["Housing"],),
        assignments=(users.AssignmentInput(world.role["system-administrator"],
                                           world.org["Housing"]),)),
        reason="nobody gives more than they hold")
    assert users.count_users(world.database, world.root, "newboss") == 0
    assert_logged_denied(world, "user.create", "oa")


def test_approving_a_pending_user_with_such_a_role(world, hasher):
    pending = users.create_user(world.database, world.actor["oa"], hasher, users.UserInput(
        "pending1", "Pen", "Ding", "pending1@example.org",
        organization_ids=(world.org["Housing"],))).value
    assert pending.status == "pending"
    world.user["pending1"] = pending.id
    refused(update, world, "oa", "pending1",
            assignments=with_role(world, "pending1", "user-administrator", "Housing"))
    assert world.detail("pending1").assignments == ()
    assert_logged_denied(world, "user.update", "oa")


def test_moving_ones_organization_to_widen_ones_scope(world):
    housing = organizations.get_organization(world.database, world.root, world.org["Housing"])
    social = organizations.get_organization(world.database, world.root,
                                            world.org["Social Services"])
    ua = world.actor["ua"]
    # pulling Housing under Social Services would put it in the user administrator's reach
    refused(organizations.update_organization, world.database, ua, housing.id, housing.version,
            organizations.OrganizationInput("Housing", parent_id=social.id),
            reason="You do not hold \u201cManage organizations\u201d in Housing")
    # lifting their own organization to the top needs the whole directory
    refused(organizations.update_organization, world.database, ua, social.id, social.version,
            organizations.OrganizationInput("Social Services", parent_id=None,
                                            locations=tuple(organizations.LocationInput(
                                                loc.name, loc.id) for loc in social.locations)),
            reason="in Head Office")  # where it was: under Head Office
    again = organizations.get_organization(world.database, world.root, housing.id)
    assert again.parent_name == "Head Office"
    assert_logged_denied(world, "organization.update", "ua")


def test_resetting_the_password_of_an_administrator_account(world, hasher):
    refused(users.set_password, world.database, world.actor["hd"], hasher, world.user["oa"],
            "brand new secret 1", "brand new secret 1", reason="protected")
    assert_logged_denied(world, "user.password_reset", "hd")
    # the same help desk resets a plain user's password
    users.set_password(world.database, world.actor["hd"], hasher, world.user["hank"],
                       "brand new secret 1", "brand new secret 1")
    from iam_console.services import sessions
    from iam_console.services.errors import AuthenticationFailed
    with pytest.raises(AuthenticationFailed) as signed_in:  # the new password is right; hank
        sessions.sign_in(world.database, hasher, "hank", "brand new secret 1")  # has no roles
    assert "no access to the console" in str(signed_in.value)


def test_removing_roles_from_a_higher_administrator(world):
    update(world, "root", "sam",
           assignments=with_role(world, "sam", "system-administrator", "Social Services"))
    refused(update, world, "ua", "sam", assignments=(), reason="protected")
    assert len(world.detail("sam").assignments) == 1
    assert_logged_denied(world, "user.update", "ua")


def test_deleting_a_credential_to_get_around_a_refused_reset(world, hasher):
    refused(users.set_password, world.database, world.actor["hd"], hasher, world.user["oa"],
            "brand new secret 1", "brand new secret 1", reason="protected")
    # refused the reset, the help desk tries to remove or take over the account instead
    refused(users.delete_user, world.database, world.actor["hd"], world.user["oa"])
    refused(update, world, "hd", "oa", email="takeover@example.org")
    assert world.detail("oa").email == "oa@example.org"
    assert_logged_denied(world, "user.archive", "hd")
    # nor by the credential routes: a reset link, unlocking, resetting two-factor
    from iam_console.models import TokenKind
    from iam_console.services import lifecycle, tokens, two_factor

    hd, oa = world.actor["hd"], world.user["oa"]
    refused(tokens.issue_token, world.database, hd, oa, TokenKind.RESET, reason="protected")
    refused(lifecycle.unlock_user, world.database, hd, oa, reason="protected")
    refused(two_factor.reset_two_factor, world.database, hd, oa, reason="protected")
    assert_logged_denied(world, "token.issue_reset", "hd")
    assert_logged_denied(world, "user.reset_2fa", "hd")


def test_acting_with_a_role_revoked_while_the_console_stayed_open(world):
    oa = world.actor["oa"]  # signed in before the revocation; the console keeps this actor
    update(world, "oa", "hank", first_name="Henry")
    update(world, "root", "oa", assignments=())
    refused(update, world, "oa", "hank", first_name="Hendrik")
    assert world.detail("hank").first_name == "Henry"
    refused(users.list_users, world.database, oa, PageRequest())


def test_editing_a_user_of_another_organization_by_id(world):
    refused(users.get_user, world.database, world.actor["oa"], world.user["nora"],
            reason="outside the organizations you may see")
    refused(update, world, "oa", "nora", first_name="Hacked", reason="Northwind")
    refused(users.delete_user, world.database, world.actor["oa"], world.user["nora"])
    # a user in Housing and Northwind is out of reach too: the change would reach Northwind
    refused(update, world, "oa", "both", first_name="Hacked", reason="Northwind")
    assert world.detail("nora").first_name == "Nora"
    assert_logged_denied(world, "user.view", "oa")
    assert_logged_denied(world, "user.update", "oa")


def test_protected_fields_cannot_be_set_through_an_update(world):
    for data_type in (users.UserInput, roles.RoleInput, organizations.OrganizationInput):
        fields = {f.name for f in dataclasses.fields(data_type)}
        assert not fields & {"status", "version", "system", "builtin_key", "created_by",
                             "creator", "id", "password_hash"}
    pending = world.detail("hank")
    update(world, "oa", "hank", first_name="Henk")
    after = world.detail("hank")
    assert (after.status, after.version) == (pending.status, pending.version + 1)
    system = roles.get_role(world.database, world.root, world.role["system-administrator"])
    refused(roles.update_role, world.database, world.root, system.id, system.version,
            roles.RoleInput("System administrator", permission_codes=frozenset()),
            reason="read-only")


def test_a_delegated_administrator_sees_only_their_organizations(world):
    oa = world.actor["oa"]
    visible = {r.username for r in users.list_users(world.database, oa, PageRequest()).rows}
    assert visible == {"oa", "rd", "hank", "both"}
    assert users.count_users(world.database, oa) == 4
    assert users.count_users(world.database, oa, "nora") == 0
    assert users.list_users(world.database, oa, PageRequest(search="nora")).rows == []
    assert users.estimate_users(world.database, oa) is None  # the table's size would tell
    names = {c.label for c in organizations.organization_choices(world.database, oa)}
    assert names == {"Housing"}
    # the auditor of Social Services reads the events of Social Services (and below) only
    events = audit_log.list_events(world.database, world.actor["aud"], audit_log.EventFilter(),
                                   PageRequest(limit=500)).rows
    everything = audit_log.list_events(world.database, world.root, audit_log.EventFilter(),
                                       PageRequest(limit=500)).rows
    assert events and len(events) < len(everything)
    assert {e.entity_name for e in events} <= {"Social Services", "Social Youth",
                                               "Ua Tester", "Aud Tester", "Locadmin Tester",
                                               "Sam Tester", "Yara Tester"}


# --- what delegated administrators may do ---------------------------------------------------

def test_organization_administrator_manages_their_own_people(world):
    update(world, "oa", "hank", first_name="Hendrik",
           assignments=with_role(world, "hank", "reader", "Housing"))
    assert world.detail("hank").first_name == "Hendrik"
    # a peer holds nothing more, so is not protected from them
    update(world, "oa", "rd", phone="+31 20 1234567")


def test_user_administrator_reaches_sub_organizations(world):
    update(world, "ua", "yara", first_name="Yaraa")
    refused(update, world, "ua", "hank", first_name="X", reason="Housing")


def test_a_location_administrator_cannot_manage_the_whole_organization(world):
    refused(update, world, "locadmin", "sam", first_name="X", reason="Social Services")


def test_external_roles_only_in_external_organizations(world):
    with pytest.raises(ValidationError) as refused_kind:
        update(world, "root", "hank",
               assignments=with_role(world, "hank", "external-administrator", "Housing"))
    assert "external organizations" in refused_kind.value.errors["assignments"]
    update(world, "ea", "nora",
           assignments=with_role(world, "nora", "external-access", "Northwind"))


def test_nobody_changes_their_own_roles(world):
    refused(update, world, "ua", "ua", assignments=(), reason="Nobody changes their own roles")


def test_narrowing_a_base_role_narrows_roles_based_on_it(world):
    from iam_console.services.permissions import VIEW_ORGANIZATIONS, VIEW_USERS
    base = roles.create_role(world.database, world.root, roles.RoleInput(
        "Base", permission_codes=frozenset({VIEW_USERS, VIEW_ORGANIZATIONS}))).value
    derived = roles.create_role(world.database, world.root, roles.RoleInput(
        "Derived", base_role_id=base.id,
        permission_codes=frozenset({VIEW_USERS, VIEW_ORGANIZATIONS}))).value
    roles.update_role(world.database, world.root, base.id, base.version, roles.RoleInput(
        "Base", permission_codes=frozenset({VIEW_USERS})))
    assert roles.get_role(world.database, world.root, derived.id).permission_codes == {
        VIEW_USERS}
    logged = [e for e in audit_events(world.database, "role.update") if e.entity_id == derived.id]
    assert logged and "base role" in logged[-1].reason


def test_signed_in_as_each_predefined_role(world, hasher):
    from iam_console.services import sessions
    for username in ("ua", "aud", "oa", "hd", "rd", "ea", "ex"):
        assert sessions.sign_in(world.database, hasher, username, PASSWORD).username == username


def test_organizations_are_created_and_deleted_only_where_one_manages_them(world):
    ua = world.actor["ua"]
    made = organizations.create_organization(world.database, ua, organizations.OrganizationInput(
        "Social Seniors", parent_id=world.org["Social Services"])).value
    refused(organizations.create_organization, world.database, ua,
            organizations.OrganizationInput("Rogue top"), reason="whole directory")
    refused(organizations.delete_organization, world.database, ua, world.org["Housing"],
            reason="Housing")
    assert_logged_denied(world, "organization.create", "ua")
    assert_logged_denied(world, "organization.delete", "ua")
    organizations.delete_organization(world.database, ua, made.id)
