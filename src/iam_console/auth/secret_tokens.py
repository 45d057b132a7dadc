"""Secrets handed to people once: tokens and recovery codes, stored only as SHA-256 digests."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from urllib.parse import parse_qs, urlsplit

TOKEN_BYTES = 24  # 192 bits from the operating system's random source
RECOVERY_CODE_BYTES = 10  # 80 bits, written as four groups of four characters
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{20,200}")


def new_token() -> str:
    """A new random token, URL-safe, 192 bits."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def digest(secret: str) -> str:
    """The SHA-256 digest (hex) under which a secret is stored and looked up."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_recovery_code() -> str:
    """A two-factor recovery code such as ``k3f8-2mxq-9ta4-wq7c`` (80 bits, base32)."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_CODE_BYTES)).decode().lower()
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def normal_recovery_code(typed: str) -> str:
    """A recovery code as typed (any case, spaces, with or without dashes), normalized."""
    text = re.sub(r"[\s-]", "", typed).lower()
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def token_from_text(text: str) -> str:
    """The token in what a person pasted: the code alone, or a link holding it (a ``token``
    query parameter, or the link's last path segment). Empty when nothing looks like one."""
    text = text.strip()
    if _TOKEN_SHAPE.fullmatch(text):
        return text
    if "://" in text or text.startswith(("/", "?")):
        parts = urlsplit(text)
        query = parse_qs(parts.query)
        for key in ("token", "code"):
            if query.get(key) and _TOKEN_SHAPE.fullmatch(query[key][0]):
                return query[key][0]
        last = (parts.path or parts.netloc).rstrip("/").rsplit("/", 1)[-1]
        if _TOKEN_SHAPE.fullmatch(last):
            return last
    return ""


def link_for(template: str, token: str) -> str:
    """The link a person is sent: ``template`` with ``{token}`` replaced (the token alone when
    there is no template)."""
    return template.replace("{token}", token) if template.strip() else token
