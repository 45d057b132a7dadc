"""Signing in through a real OpenID Connect provider on loopback (oidc-provider): the first
sign-in creates a pending user, an administrator approves them with a role, the next sign-in
lands with that role's permissions, the remembered sign-in works without a browser, and signing
out forgets it. Refusals: reused code, wrong client, consent declined, a deactivated user."""

from __future__ import annotations

import pytest

from iam_console.auth import oidc
from iam_console.auth.keychain import Keychain
from iam_console.services import approvals, identity_providers, policy, users
from iam_console.services.errors import AuthenticationFailed
from iam_console.services.external_sign_in import AwaitingApproval
from iam_console.services.lifecycle import Transition, change_status
from iam_console.services.permissions import MANAGE_USERS, VIEW_USERS
from iam_console.services.provider_sign_in import (
    ProviderSignIn,
    RememberedSignIns,
    resume,
)
from tests import oidc_peer
from tests.conftest import audit_events
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def provider(database, admin, provider_peer):
    return identity_providers.save_provider(database, admin, identity_providers.ProviderInput(
        "Staff login", provider_peer.issuer, oidc_peer.CLIENT_ID)).value


@pytest.fixture
def keychain():
    return Keychain(MemoryKeyring())


def _sign_in(database, provider, keychain, browser=None, profile="Team"):
    flow = ProviderSignIn(database, provider, RememberedSignIns(keychain, profile), keychain,
                          browser or oidc_peer.Browser("grace"), timeout=30)
    return flow.run()


def _reader_role(database, admin):
    from iam_console.services import roles

    return roles.create_role(database, admin, roles.RoleInput(
        "Directory reader", permission_codes=frozenset({VIEW_USERS}))).value


def _awaiting_user(database, admin):
    rows = users.list_users(database, admin, users.PageRequest(
        view=users.AWAITING_APPROVAL)).rows
    assert len(rows) == 1
    return users.get_user(database, admin, rows[0].id)


def test_first_sign_in_awaits_approval_then_lands_with_the_approved_role(
        database, admin, provider, keychain):
    browser = oidc_peer.Browser("grace")
    with pytest.raises(AwaitingApproval) as refused:
        _sign_in(database, provider, keychain, browser)
    assert "awaits approval" in str(refused.value)
    # the browser tab was told to go back to the console
    page = browser.finished()
    assert page is not None and "Return to IAM Console" in page.text
    assert "code_challenge_method=S256" in browser.visited[0]
    pending = _awaiting_user(database, admin)
    assert (pending.username, pending.first_name, pending.last_name, pending.email,
            pending.status, pending.origin) == ("ghopper", "Grace", "Hopper",
                                                "grace.hopper@example.test", "pending",
                                                "Staff login")
    assert RememberedSignIns(keychain, "Team").get(provider) is None  # not signed in: nothing

    # signing in again before approval: still waiting, no second user
    with pytest.raises(AwaitingApproval):
        _sign_in(database, provider, keychain)
    assert users.count_users(database, admin, view=users.AWAITING_APPROVAL) == 1
    assert approvals.count_awaiting(database, admin) == 1

    reader = _reader_role(database, admin)
    org = users.get_user(database, admin, admin.user_id).organization_ids[0]
    approvals.approve_user(database, admin, pending.id, pending.version, (org,),
                           (users.AssignmentInput(reader.id, org),))
    assert approvals.count_awaiting(database, admin) == 0

    signed = _sign_in(database, provider, keychain)
    assert signed.actor.user_id == pending.id
    assert signed.actor.method == "oidc:Staff login"
    assert signed.remembered and RememberedSignIns(keychain, "Team").get(provider)
    with database.session_factory() as session:
        authority = policy.load_authority(session, signed.actor.user_id)
    assert authority.holds_everywhere(VIEW_USERS) or any(
        VIEW_USERS in g.permissions for g in authority.grants)
    assert not any(MANAGE_USERS in g.permissions for g in authority.grants)
    # the log says which provider signed the person in
    sign_in_event = audit_events(database, "session.sign_in")[-1]
    assert (sign_in_event.outcome, sign_in_event.actor_method) == ("succeeded",
                                                                  "oidc:Staff login")
    assert [e.action for e in audit_events(database) if e.entity_id == pending.id
            and e.action.startswith("user.")] == ["user.self_register", "user.approve"]

    # the next start: silently, with the stored (and rotated) refresh token
    stored = RememberedSignIns(keychain, "Team").get(provider)
    again = resume(database, provider, RememberedSignIns(keychain, "Team"), keychain)
    assert again is not None and again.actor.user_id == pending.id
    rotated = RememberedSignIns(keychain, "Team").get(provider)
    assert rotated and rotated != stored
    # the old one was used up by the rotation: the provider refuses it
    with pytest.raises(oidc.OidcError):
        oidc.refresh(oidc.discover(provider.issuer), provider.client_id, str(stored))

    # another connection profile remembers nothing
    assert resume(database, provider, RememberedSignIns(keychain, "Other"), keychain) is None
    # sign-out forgets it: the next start needs the browser
    RememberedSignIns(keychain, "Team").forget(provider)
    assert resume(database, provider, RememberedSignIns(keychain, "Team"), keychain) is None


def test_a_deactivated_user_is_refused_and_the_remembered_sign_in_forgotten(
        database, admin, provider, keychain):
    with pytest.raises(AwaitingApproval):
        _sign_in(database, provider, keychain)
    pending = _awaiting_user(database, admin)
    reader = _reader_role(database, admin)
    org = users.get_user(database, admin, admin.user_id).organization_ids[0]
    approvals.approve_user(database, admin, pending.id, pending.version, (org,),
                           (users.AssignmentInput(reader.id, org),))
    _sign_in(database, provider, keychain)
    change_status(database, admin, pending.id, Transition.DEACTIVATE)
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        _sign_in(database, provider, keychain)
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        resume(database, provider, RememberedSignIns(keychain, "Team"), keychain)
    assert RememberedSignIns(keychain, "Team").get(provider) is None
    refused = audit_events(database, "session.sign_in")[-1]
    assert refused.outcome == "failed" and "Staff login" in refused.reason
    # reactivated, a provider-linked user without a password becomes active again
    assert change_status(database, admin, pending.id, Transition.REACTIVATE).value == "active"


def test_rejected_user_is_archived_and_cannot_sign_in(database, admin, provider, keychain):
    with pytest.raises(AwaitingApproval):
        _sign_in(database, provider, keychain, oidc_peer.Browser("mallory"))
    pending = _awaiting_user(database, admin)
    approvals.reject_user(database, admin, pending.id, "not one of ours")
    assert users.get_user(database, admin, pending.id).status == "archived"
    with pytest.raises(AuthenticationFailed, match="archived"):
        _sign_in(database, provider, keychain, oidc_peer.Browser("mallory"))
    event = audit_events(database, "user.reject")[-1]
    assert event.reason == "not one of ours"


def test_declined_consent_and_wrong_client_get_clear_messages(database, admin, provider,
                                                               keychain):
    with pytest.raises(oidc.OidcError, match="declined"):
        _sign_in(database, provider, keychain, oidc_peer.Browser("grace", cancel=True))
    wrong = identity_providers.save_provider(
        database, admin, identity_providers.ProviderInput("Wrong", provider.issuer,
                                                          "no-such-client")).value
    browser = oidc_peer.Browser("grace")
    flow = ProviderSignIn(database, wrong, RememberedSignIns(keychain, "Team"), keychain,
                          browser, timeout=2)
    with pytest.raises(oidc.SignInCancelled, match="check the provider settings"):
        flow.run()
    # the provider itself showed the person why, in the browser
    page = browser.finished()
    assert page is not None and "client" in page.text.lower()
    assert users.count_users(database, admin, view=users.AWAITING_APPROVAL) == 0
    failed = [e for e in audit_events(database, "session.sign_in") if e.outcome == "failed"]
    assert any("declined" in e.reason for e in failed)


def test_unreachable_provider_is_reported(database, admin, keychain):
    dead = identity_providers.save_provider(database, admin, identity_providers.ProviderInput(
        "Gone", "http://127.0.0.1:9", oidc_peer.CLIENT_ID)).value
    with pytest.raises(oidc.OidcError, match="cannot be reached"):
        _sign_in(database, dead, keychain)


def test_an_authorization_code_is_used_once(provider_peer):
    metadata = oidc.discover(provider_peer.issuer)
    listener = oidc.LoopbackListener()
    request = oidc.begin(metadata, oidc_peer.CLIENT_ID, "openid", listener.redirect_uri)
    oidc_peer.Browser("grace")(request.url)
    code = request.code_from(listener.wait(30))
    assert request.exchange(code)["id_token"]
    with pytest.raises(oidc.OidcError, match="used already"):
        request.exchange(code)


def test_state_is_checked_and_single_use(provider_peer):
    metadata = oidc.discover(provider_peer.issuer)
    listener = oidc.LoopbackListener()
    request = oidc.begin(metadata, oidc_peer.CLIENT_ID, "openid", listener.redirect_uri)
    listener.close()
    with pytest.raises(oidc.OidcError, match="state does not match"):
        request.code_from({"state": "forged", "code": "x"})
    assert request.code_from({"state": request.state, "code": "abc",
                              "iss": provider_peer.issuer}) == "abc"
    with pytest.raises(oidc.OidcError, match="reused state"):
        request.code_from({"state": request.state, "code": "abc"})


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file back end, which the console refuses."""


def test_a_plaintext_keychain_is_not_used_and_the_person_is_told(database, admin, provider):
    keychain = Keychain(PlaintextKeyring())
    with pytest.raises(AwaitingApproval):
        _sign_in(database, provider, keychain)
    pending = _awaiting_user(database, admin)
    org = users.get_user(database, admin, admin.user_id).organization_ids[0]
    approvals.approve_user(database, admin, pending.id, pending.version, (org,),
                           (users.AssignmentInput(_reader_role(database, admin).id, org),))
    signed = _sign_in(database, provider, keychain)
    assert not signed.remembered
    assert "not remembered" in signed.note and "No safe keychain" in signed.note
    assert keychain._backend.secrets == {}  # type: ignore[attr-defined]
    assert resume(database, provider, RememberedSignIns(keychain, "Team"), keychain) is None
