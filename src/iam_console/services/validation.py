"""Field rules shared by every editor: trimmed required text, lengths, email, phone, names."""

from __future__ import annotations

import re

from iam_console.auth.password_rules import DEFAULT_MIN_LENGTH, password_problem
from iam_console.texts import say

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]*$")
PHONE = re.compile(r"^\+?[0-9 ()./-]{3,}$")


class FieldErrors(dict[str, str]):
    """Collects one message per field; the first message for a field wins."""

    def add(self, name: str, message: str) -> None:
        self.setdefault(name, message)


def text(errors: FieldErrors, name: str, value: str, *, label: str, max_length: int,
         required: bool = True) -> str:
    """The value trimmed; an error when it is required and blank, or too long."""
    cleaned = " ".join(value.split()) if "\n" not in value else value.strip()
    if required and not cleaned:
        errors.add(name, say("{0} is required.", label))
    elif len(cleaned) > max_length:
        errors.add(name, say("{0} is too long: {1} characters, at most {2}.",
                             label, len(cleaned), max_length))
    return cleaned


def email(errors: FieldErrors, name: str, value: str) -> str:
    cleaned = text(errors, name, value, label="Email", max_length=254).lower()
    if cleaned and name not in errors and not EMAIL.match(cleaned):
        errors.add(name, say("“{0}” is not an email address (name@example.org).", cleaned))
    return cleaned


def username(errors: FieldErrors, name: str, value: str) -> str:
    cleaned = text(errors, name, value, label="Username", max_length=64).lower()
    if cleaned and name not in errors:
        if len(cleaned) < 2:
            errors.add(name, say("Username needs at least 2 characters."))
        elif not USERNAME.match(cleaned):
            errors.add(name, say("Username may hold letters, digits and . _ @ - only, no "
                                 "spaces, and starts with a letter or digit."))
    return cleaned


def phone(errors: FieldErrors, name: str, value: str) -> str | None:
    cleaned = text(errors, name, value, label="Phone", max_length=32, required=False)
    if cleaned and name not in errors and not PHONE.match(cleaned):
        errors.add(name, say("Phone may hold digits, spaces, + ( ) - . / only."))
    return cleaned or None


def person(errors: FieldErrors, username_value: str, first_name: str, last_name: str,
           email_value: str) -> tuple[str, str, str, str]:
    """Username, first name, last name and email of a person, cleaned and checked."""
    return (username(errors, "username", username_value),
            text(errors, "first_name", first_name, label=say("First name"), max_length=100),
            text(errors, "last_name", last_name, label=say("Last name"), max_length=100),
            email(errors, "email", email_value))


def new_password(errors: FieldErrors, name: str, password: str, confirmation: str, *,
                 min_length: int = DEFAULT_MIN_LENGTH, username: str = "",
                 email: str = "") -> str:
    """A new password checked against the rules (length, common passwords, the person's own
    name) and its confirmation."""
    problem = password_problem(password, min_length=min_length, username=username, email=email)
    if problem:
        errors.add(name, problem)
    elif password != confirmation:
        errors.add(name + "_confirmation", say("The two passwords differ."))
    return password


def name_key(name: str) -> str:
    """The form of a name under which two names count as the same (case-insensitive)."""
    return name.casefold()
