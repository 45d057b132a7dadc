"""OpenID Connect for a desktop program: discovery, authorization code with PKCE (S256) in the
system browser, a one-shot listener on a loopback address for the redirect, the token exchange,
the ID token's checks, refresh.

No Qt and no database here: ``services.provider_sign_in`` puts the pieces together. Tokens are
never logged; errors carry a message a person can act on.
"""

from __future__ import annotations

import hmac
import html
import ipaddress
import secrets
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
import requests
from oauthlib.oauth2 import OAuth2Error
from requests_oauthlib import OAuth2Session

from iam_console.texts import say

from .oidc_basics import (
    CANCELLED,
    OidcError,
    SignInCancelled,
    allow_plain_http_to_loopback,
    check_issuer_url,
    is_loopback,
)

__all__ = ["CANCELLED", "OidcError", "SignInCancelled", "check_issuer_url", "is_loopback"]

TIMEOUT = 15.0  # seconds for one HTTP request to the provider
ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512",
              "EdDSA")  # asymmetric only: never "none", never a shared-secret HMAC
LEEWAY = 60  # seconds of clock difference allowed between this desktop and the provider
CALLBACK_PATH = "/callback"


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str = ""


def discover(issuer: str, *, http: requests.Session | None = None) -> ProviderMetadata:
    """Read the provider's ``/.well-known/openid-configuration``."""
    issuer = check_issuer_url(issuer)
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    document = _get_json(http or requests.Session(), url, "the provider's configuration")
    if document.get("issuer") != issuer:
        raise OidcError(say("The provider says its issuer is “{0}”, not “{1}”. Copy the issuer "
                            "URL exactly as the provider publishes it.",
                            document.get('issuer'), issuer))
    try:
        metadata = ProviderMetadata(issuer, str(document["authorization_endpoint"]),
                                    str(document["token_endpoint"]), str(document["jwks_uri"]),
                                    str(document.get("userinfo_endpoint") or ""))
    except KeyError as exc:
        raise OidcError(say("The provider's configuration lacks {0}; it is not an OpenID "
                            "Connect provider the console can use.", exc.args[0])) from exc
    methods = document.get("code_challenge_methods_supported")
    if methods is not None and "S256" not in methods:
        raise OidcError(say("The provider does not support PKCE with S256, which the console "
                            "requires for a desktop program."))
    return metadata


def _get_json(http: requests.Session, url: str, what: str,
              headers: Mapping[str, str] | None = None) -> dict[str, Any]:
    try:
        response = http.get(url, timeout=TIMEOUT, headers=dict(headers or {}))
    except requests.RequestException as exc:
        host = urlsplit(url).netloc
        raise OidcError(say("The identity provider at {0} cannot be reached ({1}). Check the "
                            "network and the issuer URL, then try again.",
                            host, type(exc).__name__)) from exc
    if response.status_code != 200:
        raise OidcError(say("The provider answered HTTP {0} when asked for {1} ({2}).",
                            response.status_code, what, url))
    try:
        document = response.json()
    except ValueError as exc:
        raise OidcError(say("The provider's answer for {0} is not JSON ({1}).", what, url)) from exc
    if not isinstance(document, dict):
        raise OidcError(say("The provider's answer for {0} is not a JSON object ({1}).",
                            what, url))
    return document


# -- the redirect listener ---------------------------------------------------------------------
_DONE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>IAM Console</title>
<style>body{{font-family:sans-serif;margin:4em auto;max-width:32em;color:#222}}</style></head>
<body><h1>{title}</h1><p>{text}</p></body></html>"""


class LoopbackListener:
    """Answers exactly one redirect on 127.0.0.1 (or ::1) at a random free port, then closes.

    Requests for other paths (a browser's favicon) get 404 and do not end the wait."""

    def __init__(self, host: str = "127.0.0.1"):
        if not ipaddress.ip_address(host).is_loopback:
            raise OidcError(say("The redirect listener only listens on a loopback address, not "
                                "{0}.", host))
        self._result: dict[str, str] | None = None
        self._arrived = threading.Event()
        self.page_title = "You are signed in"
        self.page_text = "Return to IAM Console; you can close this tab."
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != CALLBACK_PATH or listener._arrived.is_set():
                    self.send_error(404)
                    return
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                failed = "error" in query or "code" not in query
                title, text = (("Sign-in did not complete", "Return to IAM Console to see "
                                "why and try again; you can close this tab.") if failed
                               else (listener.page_title, listener.page_text))
                body = _DONE_PAGE.format(title=html.escape(title), text=html.escape(text))
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(data)
                listener._result = query
                listener._arrived.set()

            def log_message(self, format: str, *args: Any) -> None:
                return  # the query holds the authorization code: never logged

        server_class = type("Server", (HTTPServer,), {
            "address_family": socket.AF_INET6 if ":" in host else socket.AF_INET})
        self._server = server_class((host, 0), Handler)
        self._server.timeout = 0.2
        port = self._server.server_address[1]
        shown = f"[{host}]" if ":" in host else host
        self.redirect_uri = f"http://{shown}:{port}{CALLBACK_PATH}"
        self._closed = False

    def wait(self, timeout: float, cancelled: threading.Event | None = None) -> dict[str, str]:
        """The redirect's query parameters; SignInCancelled on cancel or timeout."""
        deadline = time.monotonic() + timeout
        try:
            while not self._arrived.is_set():
                if cancelled is not None and cancelled.is_set():
                    raise SignInCancelled(CANCELLED)
                if time.monotonic() > deadline:
                    raise SignInCancelled(
                        say("The browser did not come back within {0} minutes. If the provider "
                            "showed an error page, check the provider settings (client id, "
                            "redirect), then try again.", round(timeout / 60) or 1))
                self._server.handle_request()
        finally:
            self.close()
        assert self._result is not None
        return self._result

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._server.server_close()


# -- authorization and tokens -------------------------------------------------------------------
@dataclass
class Authorization:
    """One authorization request in flight: its ``state`` and ``nonce`` are single-use."""

    metadata: ProviderMetadata
    client_id: str
    client_secret: str | None
    redirect_uri: str
    url: str
    state: str
    nonce: str
    _oauth: OAuth2Session = field(repr=False)
    _answered: bool = False

    def code_from(self, query: Mapping[str, str]) -> str:
        """The authorization code in the redirect, once its state is checked (once only)."""
        if self._answered:
            raise OidcError(say("This sign-in was answered already (a reused state); start "
                                "again."))
        if not hmac.compare_digest(str(query.get("state", "")), self.state):
            raise OidcError(say("The answer from the browser does not belong to this sign-in "
                                "(the state does not match). Start again."))
        self._answered = True
        if "error" in query:
            raise OidcError(_authorization_error(query))
        iss = query.get("iss")
        if iss is not None and iss != self.metadata.issuer:  # RFC 9207 mix-up defence
            raise OidcError(say("The answer came from another identity provider ({0}); start "
                                "again.", iss))
        code = query.get("code", "")
        if not code:
            raise OidcError(say("The provider's answer holds no authorization code."))
        return code

    def exchange(self, code: str) -> dict[str, Any]:
        """Trade the code (with the PKCE verifier) for tokens."""
        try:
            token = self._oauth.fetch_token(
                self.metadata.token_endpoint, code=code, include_client_id=True,
                client_secret=self.client_secret, timeout=TIMEOUT)
        except OAuth2Error as exc:
            raise OidcError(_token_error(exc)) from exc
        except requests.RequestException as exc:
            raise OidcError(say("The provider could not be reached to finish the sign-in "
                                "({0}); try again.", type(exc).__name__)) from exc
        return dict(token)


def _authorization_error(query: Mapping[str, str]) -> str:
    error = query.get("error", "")
    if error == "access_denied":
        return (say("The sign-in was declined at the provider (you cancelled, or did not give "
                    "consent). Try again if that was not intended."))
    if error in ("unauthorized_client", "invalid_client"):
        return (say("The provider does not accept this console's client id ({0}); check the "
                    "provider settings.", error))
    detail = query.get("error_description", "")
    if detail:
        return say("The provider refused the sign-in: {0} ({1})", error, detail)
    return say("The provider refused the sign-in: {0}", error)


def _token_error(exc: OAuth2Error) -> str:
    if exc.error == "invalid_grant":
        return (say("The provider refused the sign-in code (used already, expired, or not "
                    "issued for this console). Start again."))
    if exc.error in ("invalid_client", "unauthorized_client"):
        return (say("The provider does not accept this console's client id or secret; check "
                    "the provider settings."))
    return say("The provider refused the token request: {0}.", exc.error)


def begin(metadata: ProviderMetadata, client_id: str, scopes: str, redirect_uri: str,
          client_secret: str | None = None) -> Authorization:
    """The browser URL for a new authorization, with fresh state, nonce and PKCE verifier."""
    if not is_loopback(redirect_uri) or not redirect_uri.startswith("http://"):
        raise OidcError(say("The console only accepts its answer on a loopback address "
                            "(127.0.0.1 or [::1]), not {0}.", redirect_uri))
    for url in (metadata.authorization_endpoint, metadata.token_endpoint):
        allow_plain_http_to_loopback(url)
    scope = scopes.split()
    oauth = OAuth2Session(client_id, redirect_uri=redirect_uri, scope=scope, pkce="S256")
    nonce = secrets.token_urlsafe(24)
    extra = {"nonce": nonce}
    if "offline_access" in scope:
        extra["prompt"] = "consent"  # OpenID Connect Core §11: needed for a refresh token
    url, state = oauth.authorization_url(metadata.authorization_endpoint,
                                         state=secrets.token_urlsafe(24), **extra)
    return Authorization(metadata, client_id, client_secret, redirect_uri, url, state, nonce,
                         oauth)


def refresh(metadata: ProviderMetadata, client_id: str, refresh_token: str,
            client_secret: str | None = None) -> dict[str, Any]:
    """New tokens for a stored refresh token (the provider may rotate the refresh token)."""
    allow_plain_http_to_loopback(metadata.token_endpoint)
    oauth = OAuth2Session(client_id)
    try:
        token = oauth.refresh_token(metadata.token_endpoint, refresh_token=refresh_token,
                                    client_id=client_id, client_secret=client_secret,
                                    include_client_id=True, timeout=TIMEOUT)
    except OAuth2Error as exc:
        raise OidcError(say("The remembered sign-in is no longer valid at the provider ({0}); "
                            "sign in again.", exc.error)) from exc
    except requests.RequestException as exc:
        raise OidcError(say("The identity provider cannot be reached to renew the remembered "
                            "sign-in ({0}).", type(exc).__name__)) from exc
    return dict(token)


# -- the ID token ------------------------------------------------------------------------------
def fetch_keys(metadata: ProviderMetadata,
               http: requests.Session | None = None) -> dict[str, Any]:
    """The provider's signing keys (a JWK set)."""
    return _get_json(http or requests.Session(), metadata.jwks_uri, "its signing keys")


def validate_id_token(id_token: str, *, keys: Mapping[str, Any], issuer: str, client_id: str,
                      nonce: str | None) -> dict[str, Any]:
    """The ID token's claims once its signature (against ``keys``), issuer, audience,
    expiry and nonce are checked; OidcError otherwise. ``nonce=None`` is for a token from a
    refresh, which carries none."""
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.PyJWTError as exc:
        raise OidcError(say("The provider's ID token is not a signed token.")) from exc
    algorithm = header.get("alg")
    if algorithm not in ALGORITHMS:
        raise OidcError(say("The ID token is signed with “{0}”, which the console does not "
                            "accept.", algorithm))
    try:
        key_set = jwt.PyJWKSet.from_dict(dict(keys))
        candidates = [k for k in key_set.keys
                      if header.get("kid") in (None, k.key_id)]
    except jwt.PyJWTError as exc:
        raise OidcError(say("The provider's signing keys cannot be read.")) from exc
    if not candidates:
        raise OidcError(say("The ID token is signed with a key the provider does not publish."))
    last: Exception | None = None
    for key in candidates:
        try:
            claims: dict[str, Any] = jwt.decode(
                id_token, key.key, algorithms=[algorithm], audience=client_id, issuer=issuer,
                leeway=LEEWAY, options={"require": ["exp", "iat", "iss", "aud", "sub"],
                                        "verify_iat": False},
            )
            break
        except jwt.InvalidSignatureError as exc:
            last = exc
        except jwt.ExpiredSignatureError as exc:
            raise OidcError(say("The ID token has expired; check this computer's clock and "
                                "sign in again.")) from exc
        except jwt.InvalidAudienceError as exc:
            raise OidcError(say("The ID token was issued for another application (wrong "
                                "audience).")) from exc
        except jwt.InvalidIssuerError as exc:
            raise OidcError(say("The ID token comes from another issuer.")) from exc
        except jwt.PyJWTError as exc:
            raise OidcError(say("The ID token is not valid: {0}.", exc)) from exc
    else:
        raise OidcError(say("The ID token's signature does not verify: it was altered or not "
                            "signed by this provider.")) from last
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    if len(audiences) > 1 and claims.get("azp") != client_id:
        raise OidcError(say("The ID token was issued for another application (authorized party)."))
    if nonce is not None and not hmac.compare_digest(str(claims.get("nonce", "")), nonce):
        raise OidcError(say("The ID token does not belong to this sign-in (the nonce does not "
                            "match). Start again."))
    return claims


def user_claims(metadata: ProviderMetadata, access_token: str, subject: str | None,
                http: requests.Session | None = None) -> dict[str, Any]:
    """The userinfo endpoint's claims for ``subject`` (empty when there is no endpoint;
    ``subject=None`` takes whoever the access token belongs to)."""
    if not metadata.userinfo_endpoint:
        return {}
    claims = _get_json(http or requests.Session(), metadata.userinfo_endpoint,
                       "the signed-in person's details",
                       {"Authorization": f"Bearer {access_token}"})
    if not claims.get("sub") or (subject is not None and claims.get("sub") != subject):
        raise OidcError(say("The provider's user details belong to someone else than the ID "
                            "token; sign in again."))
    return claims
