"""A new password checked against the installation's rules and the person it is for, before
anything slow (hashing) or any write happens."""

from __future__ import annotations

from iam_console.db.engine import Database
from iam_console.models import User

from . import installation_settings, validation
from .errors import ValidationError
from .installation_settings import AccountSettings


def check_new_password(database: Database, field: str, password: str, confirmation: str, *,
                       user_id: int | None = None, username: str = "", email: str = "",
                       errors: validation.FieldErrors | None = None) -> None:
    """Raise ValidationError (with any ``errors`` gathered before) when the password breaks a
    rule: the minimum length set for the installation, a common password, the person's
    username or email name inside it, or a confirmation that differs."""
    errors = errors if errors is not None else validation.FieldErrors()
    with database.session_factory() as session:
        rules = installation_settings.load(session, AccountSettings)
        user = session.get(User, user_id) if user_id is not None else None
        if user is not None:
            username, email = user.username, user.email
    validation.new_password(errors, field, password, confirmation,
                            min_length=rules.min_password_length, username=username,
                            email=email)
    if errors:
        raise ValidationError(errors)
