"""Turning a failed task into words for the person at the desk (never a traceback)."""

from __future__ import annotations

from iam_console.services.errors import FORM, ServiceError, ValidationError

from .field_form import FieldForm
from .message_bar import MessageBar


def describe(exc: BaseException) -> str:
    """One readable sentence (or a few) about what went wrong and what to do."""
    from sqlalchemy.exc import DBAPIError, OperationalError  # not on the start-up path

    from iam_console.db.errors import DatabaseOpenError

    if isinstance(exc, ValidationError):
        return exc.errors.get(FORM) or str(exc)
    if isinstance(exc, (ServiceError, DatabaseOpenError)):
        return str(exc)
    if isinstance(exc, OperationalError):
        return ("The database cannot be reached or is busy. Nothing was changed; "
                "your input is kept. Try again in a moment.")
    if isinstance(exc, DBAPIError):
        return "The database refused the request. Nothing was changed."
    return f"Something went wrong: {type(exc).__name__}: {exc}"


def show_failure(fields: FieldForm, bar: MessageBar, exc: BaseException) -> None:
    """A refused form: each message at its field, the rest (and any other failure) in the bar."""
    if isinstance(exc, ValidationError):
        unplaced = fields.show_errors(exc.errors)
        if unplaced:
            bar.show_message("\n".join(unplaced))
    else:
        bar.show_message(describe(exc))
