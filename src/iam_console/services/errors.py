"""Typed errors that services raise and views present."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FORM = "_form"  # key of a message about the record as a whole rather than one field


class ServiceError(Exception):
    """Base of the errors a person is shown; ``str(error)`` is a readable sentence."""


class ValidationError(ServiceError):
    """Bad input: field name -> message. Nothing was changed."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))


class PermissionDenied(ServiceError):
    """The signed-in person may not do this; the message says why."""

    def __init__(self, reason: str, *, action: str = "", entity_type: str = "",
                 entity_id: int | None = None, entity_name: str = ""):
        self.reason = reason
        self.action = action
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.entity_name = entity_name
        super().__init__(reason)


class ConflictError(ServiceError):
    """Somebody else saved this record first; ``theirs`` holds their current values."""

    def __init__(self, message: str, theirs: Mapping[str, Any] | None = None):
        self.theirs = dict(theirs or {})
        super().__init__(message)


class NotFound(ServiceError):
    """The record does not exist (any more)."""


class AuthenticationFailed(ServiceError):
    """Sign-in refused; the message never says which of username or password was wrong."""
