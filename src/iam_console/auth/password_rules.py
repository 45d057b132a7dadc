"""What makes a new password acceptable (NIST SP 800-63B): long enough, not common, not the
person's own name; no composition rules, any Unicode, nothing truncated."""

from __future__ import annotations

from functools import cache
from importlib import resources

from iam_console.texts import say

DEFAULT_MIN_LENGTH = 12
MAX_LENGTH = 1024  # far above the 128 every person may use; argon2 takes any length
_SMALLEST_NAME = 3  # shorter user names and email parts are not looked for inside passwords


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list of common passwords (lowercase)."""
    text = resources.files("iam_console").joinpath("resources/common-passwords.txt").read_text(
        encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def password_problem(password: str, *, min_length: int = DEFAULT_MIN_LENGTH,
                     username: str = "", email: str = "") -> str | None:
    """Why ``password`` cannot be used, in a sentence; None when it is fine."""
    if len(password) < min_length:
        return say("Use at least {0} characters (spaces and any letters count).", min_length)
    if len(password) > MAX_LENGTH:
        return say("Use at most {0} characters.", MAX_LENGTH)
    folded = password.casefold()
    if folded in common_passwords() or folded.strip() in common_passwords():
        return say("This password is among the most common ones; choose another.")
    name = username.strip().casefold()
    if len(name) >= _SMALLEST_NAME and name in folded:
        return say("The password must not contain the username.")
    local = email.split("@", 1)[0].strip().casefold()
    if len(local) >= _SMALLEST_NAME and local in folded:
        return say("The password must not contain the email address's name.")
    return None
