"""What windows and settings need of OpenID Connect without ``oidc`` itself (which imports
HTTP and JWT libraries, slow to load): its failures and the checks of its URLs."""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit

from iam_console.texts import say

CANCELLED = say("Sign-in cancelled.")


class OidcError(Exception):
    """A sign-in through the provider failed; the message says why and what to do."""


class SignInCancelled(OidcError):
    """The person cancelled, or the browser never came back."""


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine by a loopback IP address (RFC 8252 §7.3)."""
    host = urlsplit(url).hostname or ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allow_plain_http_to_loopback(url: str) -> None:
    """oauthlib refuses http:// URLs. Plain http is allowed only to a provider on this
    machine (nothing crosses a network); every other provider must use https."""
    if url.startswith("http://") and is_loopback(url):
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"


def check_issuer_url(issuer: str) -> str:
    """The issuer URL as the console uses it, or an OidcError saying what is wrong."""
    issuer = issuer.strip()
    parts = urlsplit(issuer)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise OidcError(say("The issuer is a URL such as https://login.example.org/realms/staff."))
    if parts.scheme == "http" and not is_loopback(issuer):
        raise OidcError(say("The issuer must use https:// (plain http only for a provider on "
                            "this computer)."))
    return issuer
