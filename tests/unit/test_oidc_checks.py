"""The ID token's checks (signature, issuer, audience, expiry, nonce), the loopback-only
redirect and the listener, with keys made here (no provider needed)."""

from __future__ import annotations

import json
import threading
import time

import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa

from iam_console.auth import oidc

ISSUER, CLIENT = "https://login.example.org", "iam-console"


@pytest.fixture(scope="module")
def signing():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    public.update(kid="k1", use="sig", alg="RS256")
    return key, {"keys": [public]}


def _token(key, **overrides):
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": CLIENT, "sub": "u-1", "iat": now, "exp": now + 300,
              "nonce": "n-1"}
    claims.update(overrides)
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "k1"})


def _check(token, keys, nonce="n-1"):
    return oidc.validate_id_token(token, keys=keys, issuer=ISSUER, client_id=CLIENT,
                                  nonce=nonce)


def test_a_good_token_gives_its_claims(signing):
    key, keys = signing
    assert _check(_token(key), keys)["sub"] == "u-1"


@pytest.mark.parametrize(("overrides", "message"), [
    ({"aud": "another-app"}, "another application"),
    ({"iss": "https://evil.example.org"}, "another issuer"),
    ({"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200}, "expired"),
    ({"nonce": "n-2"}, "nonce"),
    ({"nonce": None}, "nonce"),
    ({"aud": [CLIENT, "other"], "azp": "other"}, "authorized party"),
])
def test_a_token_for_something_else_is_refused(signing, overrides, message):
    key, keys = signing
    with pytest.raises(oidc.OidcError, match=message):
        _check(_token(key, **overrides), keys)


def test_a_tampered_token_is_refused(signing):
    key, keys = signing
    header, payload, signature = _token(key).split(".")
    forged = jwt.utils.base64url_encode(json.dumps(
        {**json.loads(jwt.utils.base64url_decode(payload)), "sub": "admin"}).encode()).decode()
    with pytest.raises(oidc.OidcError, match="signature does not verify"):
        _check(f"{header}.{forged}.{signature}", keys)


def test_a_token_signed_by_another_key_or_unsigned_is_refused(signing):
    _key, keys = signing
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(oidc.OidcError, match="signature does not verify"):
        _check(_token(other), keys)
    unsigned = jwt.encode({"iss": ISSUER, "aud": CLIENT, "sub": "u-1", "nonce": "n-1",
                           "exp": int(time.time()) + 60, "iat": int(time.time())},
                          None, algorithm="none")
    with pytest.raises(oidc.OidcError, match="does not accept"):
        _check(unsigned, keys)
    shared = jwt.encode({"sub": "u-1"}, "a shared secret of thirty-two bytes!", algorithm="HS256")
    with pytest.raises(oidc.OidcError, match="does not accept"):
        _check(shared, keys)


def test_a_refreshed_token_needs_no_nonce(signing):
    key, keys = signing
    assert oidc.validate_id_token(_token(key, nonce=None), keys=keys, issuer=ISSUER,
                                  client_id=CLIENT, nonce=None)["sub"] == "u-1"


METADATA = oidc.ProviderMetadata(ISSUER, ISSUER + "/auth", ISSUER + "/token", ISSUER + "/jwks")


@pytest.mark.parametrize("redirect", [
    "http://192.0.2.10:8080/callback", "http://localhost.example.org/callback",
    "https://attacker.example.org/callback", "http://10.0.0.1/callback",
])
def test_a_redirect_off_this_machine_is_refused(redirect):
    with pytest.raises(oidc.OidcError, match="loopback"):
        oidc.begin(METADATA, CLIENT, "openid", redirect)


def test_the_request_uses_pkce_s256_a_fresh_state_and_nonce():
    first = oidc.begin(METADATA, CLIENT, "openid offline_access",
                       "http://127.0.0.1:5000/callback")
    second = oidc.begin(METADATA, CLIENT, "openid", "http://[::1]:5000/callback")
    assert "code_challenge_method=S256" in first.url and "code_challenge=" in first.url
    assert f"nonce={first.nonce}" in first.url and "prompt=consent" in first.url
    assert "prompt=" not in second.url  # no refresh token asked for: no forced consent
    assert first.state != second.state and first.nonce != second.nonce
    assert len(first.state) >= 32


def test_the_listener_binds_loopback_only_and_answers_one_redirect():
    with pytest.raises(oidc.OidcError, match="loopback"):
        oidc.LoopbackListener("0.0.0.0")
    listener = oidc.LoopbackListener()
    assert listener.redirect_uri.startswith("http://127.0.0.1:")
    pages: list[requests.Response] = []

    def browser():
        pages.append(requests.get(listener.redirect_uri.replace("/callback", "/favicon.ico"),
                                  timeout=5))
        pages.append(requests.get(listener.redirect_uri + "?code=c1&state=s1", timeout=5))

    thread = threading.Thread(target=browser)
    thread.start()
    assert listener.wait(10) == {"code": "c1", "state": "s1"}
    thread.join(5)
    assert [p.status_code for p in pages] == [404, 200]
    assert "Return to IAM Console" in pages[1].text
    with pytest.raises(requests.ConnectionError):  # closed after the one answer
        requests.get(listener.redirect_uri, timeout=2)


def test_waiting_can_be_cancelled_and_times_out():
    cancelled = threading.Event()
    cancelled.set()
    with pytest.raises(oidc.SignInCancelled, match="cancelled"):
        oidc.LoopbackListener().wait(30, cancelled)
    with pytest.raises(oidc.SignInCancelled, match="did not come back"):
        oidc.LoopbackListener().wait(0.3)


@pytest.mark.parametrize(("issuer", "ok"), [
    ("https://login.example.org/realms/staff", True), ("http://127.0.0.1:8080", True),
    ("http://login.example.org", False), ("login.example.org", False), ("ftp://x", False),
])
def test_issuer_urls_must_be_https_except_on_this_machine(issuer, ok):
    if ok:
        assert oidc.check_issuer_url(issuer) == issuer
    else:
        with pytest.raises(oidc.OidcError):
            oidc.check_issuer_url(issuer)
