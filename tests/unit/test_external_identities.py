"""Provider identities become users only through (issuer, subject); new ones wait for an
approval that stays within the approver's rights; provider settings need their permission."""

from __future__ import annotations

import pytest

from iam_console.services import approvals, identity_providers, roles, users
from iam_console.services.errors import PermissionDenied, ValidationError
from iam_console.services.external_sign_in import AwaitingApproval, sign_in_with_identity
from iam_console.services.identity_providers import ProviderInput
from iam_console.services.permissions import MANAGE_SETTINGS, MANAGE_USERS, VIEW_USERS
from tests.conftest import audit_events, head_office_id

ISSUER = "https://login.example.org"


@pytest.fixture
def provider(database, admin):
    return identity_providers.save_provider(database, admin, ProviderInput(
        "Staff login", ISSUER, "iam-console")).value


def _claims(sub, **extra):
    return {"iss": ISSUER, "sub": sub, "preferred_username": "jdoe", "given_name": "Jo",
            "family_name": "Doe", "email": f"{sub}@example.org", **extra}


def _arrive(database, provider, claims):
    with pytest.raises(AwaitingApproval):
        sign_in_with_identity(database, provider, claims)


def _awaiting(database, admin):
    return users.list_users(database, admin, users.PageRequest(
        view=users.AWAITING_APPROVAL)).rows


def test_identities_are_linked_by_issuer_and_subject_never_by_email(database, admin,
                                                                    provider):
    taken = users.get_user(database, admin, admin.user_id)
    # the same email as the administrator: a new pending user, not the administrator
    _arrive(database, provider, _claims("s-1", email=taken.email,
                                        preferred_username=taken.username))
    # the same subject at another issuer: another person
    other = identity_providers.save_provider(database, admin, ProviderInput(
        "Partners", "https://partners.example.org", "iam-console")).value
    _arrive(database, other, {**_claims("s-1"), "iss": other.issuer})
    rows = {r.username: r for r in _awaiting(database, admin)}
    assert set(rows) == {f"{taken.username}-2", "jdoe"}
    clash = rows[f"{taken.username}-2"]
    assert clash.email != taken.email and clash.email.endswith("@staff-login.invalid")
    registered = audit_events(database, "user.self_register")
    assert "not merged" in registered[0].reason
    # the same identity again: no second user
    _arrive(database, provider, _claims("s-1", email=taken.email))
    assert len(_awaiting(database, admin)) == 2


def test_a_pending_user_has_no_access_and_names_come_from_the_claims(database, admin,
                                                                     provider):
    _arrive(database, provider, {"iss": ISSUER, "sub": "s-9", "name": "Ada King Lovelace",
                                 "preferred_username": "Ada Lovelace!"})
    row = _awaiting(database, admin)[0]
    detail = users.get_user(database, admin, row.id)
    assert (detail.username, detail.first_name, detail.last_name) == (
        "ada.lovelace", "Ada", "King Lovelace")
    assert detail.assignments == () and detail.organization_ids == ()
    assert detail.origin == "Staff login" and detail.status == "pending"


def test_approval_stays_within_the_approvers_rights(database, admin, provider, make_actor):
    _arrive(database, provider, _claims("s-2"))
    pending = users.get_user(database, admin, _awaiting(database, admin)[0].id)
    org = head_office_id(database, admin)
    strong = roles.create_role(database, admin, roles.RoleInput(
        "Strong", permission_codes=frozenset({MANAGE_USERS, VIEW_USERS}))).value
    # a delegated administrator (Head Office only) does not see a user in no organization
    delegate = make_actor(MANAGE_USERS, VIEW_USERS, organization_id=org)
    assert approvals.count_awaiting(database, delegate) == 0
    with pytest.raises(PermissionDenied):
        approvals.approve_user(database, delegate, pending.id, pending.version, (org,), ())
    assert audit_events(database, "user.approve")[-1].outcome == "denied"
    with pytest.raises(PermissionDenied):
        approvals.reject_user(database, delegate, pending.id)
    assert audit_events(database, "user.reject")[-1].outcome == "denied"
    assert users.get_user(database, admin, pending.id).status == "pending"
    # nobody approves without choosing where the person belongs
    with pytest.raises(ValidationError) as empty:
        approvals.approve_user(database, admin, pending.id, pending.version, (), ())
    assert "organization" in empty.value.errors["organizations"]
    approved = approvals.approve_user(database, admin, pending.id, pending.version, (org,),
                                      (users.AssignmentInput(strong.id, org),)).value
    assert approved.status == "active" and approved.organization_ids == (org,)
    event = audit_events(database, "user.approve")[-1]
    assert event.outcome == "succeeded"
    with pytest.raises(ValidationError):  # decided already
        approvals.approve_user(database, admin, pending.id, approved.version, (org,), ())


def test_an_approver_cannot_grant_more_than_they_hold(database, admin, provider, make_actor):
    _arrive(database, provider, _claims("s-3"))
    pending = users.get_user(database, admin, _awaiting(database, admin)[0].id)
    org = head_office_id(database, admin)
    from iam_console.services.permissions import ASSIGN_ROLES, WHOLE_DIRECTORY

    settings_role = roles.create_role(database, admin, roles.RoleInput(
        "Settings", permission_codes=frozenset({MANAGE_SETTINGS}))).value
    approver = make_actor(MANAGE_USERS, VIEW_USERS, ASSIGN_ROLES, WHOLE_DIRECTORY)
    with pytest.raises(PermissionDenied):
        approvals.approve_user(database, approver, pending.id, pending.version, (org,),
                               (users.AssignmentInput(settings_role.id, org),))
    assert users.get_user(database, admin, pending.id).status == "pending"  # nothing written
    approvals.reject_user(database, approver, pending.id, "unknown person")
    assert users.get_user(database, admin, pending.id).status == "archived"


def test_provider_settings_need_their_permission_and_clear_values(database, admin,
                                                                  make_actor):
    helpdesk = make_actor(MANAGE_USERS, VIEW_USERS)
    with pytest.raises(PermissionDenied):
        identity_providers.save_provider(database, helpdesk, ProviderInput(
            "Staff", ISSUER, "iam-console"))
    assert audit_events(database, "identity_provider.create")[-1].outcome == "denied"
    with pytest.raises(ValidationError) as bad:
        identity_providers.save_provider(database, admin, ProviderInput(
            "", "http://login.example.org", "", scopes="profile", username_claim=""))
    assert set(bad.value.errors) == {"name", "issuer", "client_id", "scopes", "username_claim"}
    assert "https" in bad.value.errors["issuer"]
    assert identity_providers.list_providers(database, enabled_only=False) == ()
    saved = identity_providers.save_provider(database, admin, ProviderInput(
        " Staff ", ISSUER + "/", "iam-console", scopes="openid  email")).value
    assert (saved.name, saved.scopes) == ("Staff", "openid email")
    off = identity_providers.save_provider(database, admin, ProviderInput(
        "Staff", ISSUER, "iam-console", enabled=False), saved.id, saved.version).value
    assert identity_providers.list_providers(database) == ()
    assert identity_providers.list_providers(database, enabled_only=False) == (off,)
    with pytest.raises(ValidationError) as twice:
        identity_providers.save_provider(database, admin, ProviderInput(
            "staff", ISSUER, "x"))  # names are unique regardless of case
    assert "exists already" in twice.value.errors["name"]
    identity_providers.delete_provider(database, admin, saved.id)
    assert [e.action for e in audit_events(database) if e.entity_type == "identity_provider"
            and e.outcome == "succeeded"] == ["identity_provider.create",
                                              "identity_provider.update",
                                              "identity_provider.delete"]
