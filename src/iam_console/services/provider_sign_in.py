"""A sign-in through an identity provider from start to end, and the remembered sign-in.

The browser does the provider's login; this desktop listens once on a loopback address for the
answer, exchanges the code (PKCE), checks the ID token and signs in the linked user. The refresh
token is kept in the keychain (one entry per connection profile and provider) so the next start
signs in without a browser; a rotated refresh token is stored before it is used; signing out
forgets it. Runs on a worker thread: ``cancel()`` may be called from any other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from iam_console.auth import oidc
from iam_console.auth.keychain import Keychain, KeychainUnavailable
from iam_console.db.engine import Database
from iam_console.texts import say

from . import audit
from .actor import Actor
from .errors import AuthenticationFailed
from .external_sign_in import sign_in_with_identity
from .identity_providers import ProviderInfo
from .sessions import AREA
from .uow import UnitOfWork

KEYCHAIN_PURPOSE = "oidc"
REFRESH_TOKEN = "refresh-token"
CLIENT_SECRET = "client-secret"
WAIT_SECONDS = 300.0  # how long the console waits for the browser

OpenBrowser = Callable[[str], None]


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    provider: ProviderInfo
    remembered: bool
    note: str = ""  # why the sign-in was not remembered, if it was not


class RememberedSignIns:
    """The refresh tokens of one connection profile, one per provider, in the keychain."""

    def __init__(self, keychain: Keychain, profile: str):
        self._keychain, self._profile = keychain, profile

    def _name(self, provider: ProviderInfo) -> str:
        return f"{self._profile}/{provider.name}"

    def get(self, provider: ProviderInfo) -> str | None:
        return self._keychain.get(KEYCHAIN_PURPOSE, self._name(provider), REFRESH_TOKEN)

    def store(self, provider: ProviderInfo, refresh_token: str) -> None:
        self._keychain.set(KEYCHAIN_PURPOSE, self._name(provider), REFRESH_TOKEN,
                           refresh_token)

    def forget(self, provider: ProviderInfo) -> None:
        self._keychain.delete(KEYCHAIN_PURPOSE, self._name(provider), REFRESH_TOKEN)


def client_secret(keychain: Keychain, provider: ProviderInfo) -> str | None:
    """The provider's client secret on this desktop, if one was set (most native clients have
    none)."""
    try:
        return keychain.get(KEYCHAIN_PURPOSE, provider.name, CLIENT_SECRET)
    except KeychainUnavailable:
        return None


def record_failure(database: Database, provider: ProviderInfo, reason: str) -> None:
    """A sign-in through the provider that failed before anybody was identified."""
    with UnitOfWork(database, None, AREA) as uow:
        audit.record(uow.session, correlation_id=uow.correlation_id, actor=None,
                     actor_name=say("(through {0})", provider.name)[:200], action="session.sign_in",
                     outcome=audit.FAILED, area=AREA, entity_type="identity_provider",
                     entity_id=provider.id, entity_name=provider.name, reason=reason[:500])
        uow.commit()


def _claims(metadata: oidc.ProviderMetadata, provider: ProviderInfo, tokens: dict[str, Any],
            nonce: str | None) -> dict[str, Any]:
    """The checked ID token's claims, completed by the userinfo endpoint (many providers put
    names and email only there)."""
    id_token = tokens.get("id_token")
    access_token = str(tokens.get("access_token", ""))
    if not id_token:
        if nonce is not None:
            raise oidc.OidcError(say("The provider sent no ID token; is the openid scope set?"))
        if not metadata.userinfo_endpoint:
            raise oidc.OidcError(say("The provider sent neither an ID token nor user details."))
        info = oidc.user_claims(metadata, access_token, None)  # a refresh without ID token
        return {**info, "iss": metadata.issuer}
    claims = oidc.validate_id_token(str(id_token), keys=oidc.fetch_keys(metadata),
                                    issuer=metadata.issuer, client_id=provider.client_id,
                                    nonce=nonce)
    if access_token:
        extra = oidc.user_claims(metadata, access_token, str(claims["sub"]))
        claims = {**extra, **claims}
    return claims


class ProviderSignIn:
    """One interactive sign-in: browser, loopback redirect, tokens, the linked user."""

    def __init__(self, database: Database, provider: ProviderInfo, remembered: RememberedSignIns,
                 keychain: Keychain, open_browser: OpenBrowser, *,
                 timeout: float = WAIT_SECONDS):
        self._database, self.provider = database, provider
        self._remembered, self._keychain = remembered, keychain
        self._open_browser, self._timeout = open_browser, timeout
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def run(self) -> SignedIn:
        """Signed in, or OidcError / AuthenticationFailed (AwaitingApproval for a new or
        pending user) with a message for the person."""
        try:
            return self._run()
        except oidc.SignInCancelled:
            raise
        except oidc.OidcError as exc:
            record_failure(self._database, self.provider, str(exc))
            raise

    def _run(self) -> SignedIn:
        metadata = oidc.discover(self.provider.issuer)
        listener = oidc.LoopbackListener()
        try:
            request = oidc.begin(metadata, self.provider.client_id, self.provider.scopes,
                                 listener.redirect_uri, client_secret(self._keychain,
                                                                      self.provider))
            self._open_browser(request.url)
            answer = listener.wait(self._timeout, self._cancelled)
        finally:
            listener.close()
        tokens = request.exchange(request.code_from(answer))
        claims = _claims(metadata, self.provider, tokens, request.nonce)
        actor = sign_in_with_identity(self._database, self.provider, claims)
        remembered, note = False, ""
        refresh_token = tokens.get("refresh_token")
        if not refresh_token:
            note = (say("The sign-in is not remembered: the provider gave no refresh token (it "
                        "needs the offline_access scope)."))
        else:
            try:
                self._remembered.store(self.provider, str(refresh_token))
                remembered = True
            except KeychainUnavailable as exc:
                note = say("The sign-in is not remembered: {0}", exc)
        return SignedIn(actor, self.provider, remembered, note)


def resume(database: Database, provider: ProviderInfo, remembered: RememberedSignIns,
           keychain: Keychain) -> SignedIn | None:
    """Sign in silently with the refresh token remembered for ``provider``; None when there is
    none. A token the provider no longer accepts is forgotten (AuthenticationFailed says so)."""
    try:
        stored = remembered.get(provider)
    except KeychainUnavailable:
        return None
    if not stored:
        return None
    metadata = oidc.discover(provider.issuer)
    try:
        tokens = oidc.refresh(metadata, provider.client_id, stored,
                              client_secret(keychain, provider))
    except oidc.OidcError:
        remembered.forget(provider)
        raise
    rotated = tokens.get("refresh_token")
    if rotated and rotated != stored:
        remembered.store(provider, str(rotated))  # before anything uses the new tokens
    try:
        claims = _claims(metadata, provider, tokens, None)
        actor = sign_in_with_identity(database, provider, claims)
    except (oidc.OidcError, AuthenticationFailed):
        remembered.forget(provider)
        raise
    return SignedIn(actor, provider, True)
