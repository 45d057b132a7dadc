"""Turning a failed task into words for the person at the desk (never a traceback).

An error nobody expected becomes an ``Incident``: the sentence shown in the message bar, which
carries the exception so the bar can offer *Details…* (the error dialog with *Copy details*);
it is written to the log file with its traceback, once.
"""

from __future__ import annotations

import logging

from iam_console.services.errors import FORM, ServiceError, ValidationError

from .field_form import FieldForm
from .i18n import QT_TRANSLATE_NOOP, tr
from .message_bar import MessageBar

log = logging.getLogger(__name__)
UNEXPECTED = QT_TRANSLATE_NOOP("", "Something unexpected went wrong ({0}). Your input is kept; "
                                   "try again. If it happens again, choose Details\u2026 and "
                                   "copy them for whoever looks after the console.")
UNREACHABLE = QT_TRANSLATE_NOOP("", "The database cannot be reached or is busy. Nothing was "
                                    "changed; your input is kept. Try again in a moment.")
REFUSED = QT_TRANSLATE_NOOP("", "The database refused the request. Nothing was changed.")


class Incident(str):
    """A message about an unexpected error; ``exception`` is what went wrong."""

    exception: BaseException

    def __new__(cls, text: str, exception: BaseException) -> Incident:
        made = super().__new__(cls, text)
        made.exception = exception
        return made


def is_expected(exc: BaseException) -> bool:
    """A refusal or an unreachable database: said in words, no details to send anyone."""
    from sqlalchemy.exc import DBAPIError

    from iam_console.db.errors import DatabaseOpenError

    return isinstance(exc, (ServiceError, DatabaseOpenError, DBAPIError))


def describe(exc: BaseException) -> str:
    """One readable sentence (or a few) about what went wrong and what to do."""
    from sqlalchemy.exc import DBAPIError, OperationalError  # not on the start-up path

    from iam_console.db.errors import DatabaseOpenError

    if isinstance(exc, ValidationError):
        return tr(exc.errors.get(FORM) or "; ".join(tr(m) for m in exc.errors.values()))
    if isinstance(exc, (ServiceError, DatabaseOpenError)):
        return said(exc)
    if isinstance(exc, OperationalError):
        return tr(UNREACHABLE)
    if isinstance(exc, DBAPIError):
        return tr(REFUSED)
    if not getattr(exc, "_iam_console_logged", False):
        log.error("unexpected error", exc_info=exc)
        exc._iam_console_logged = True  # type: ignore[attr-defined]
    return Incident(tr(UNEXPECTED).format(type(exc).__name__), exc)


def said(exc: BaseException) -> str:
    """What an error from below the views says, in the desktop's language (its message is a
    ``say()`` sentence, translated with its arguments)."""
    return tr(exc.args[0]) if exc.args and isinstance(exc.args[0], str) else str(exc)


def show_failure(fields: FieldForm, bar: MessageBar, exc: BaseException) -> None:
    """A refused form: each message at its field, the rest (and any other failure) in the bar."""
    if isinstance(exc, ValidationError):
        unplaced = fields.show_errors(exc.errors)
        if unplaced:
            bar.show_message("\n".join(unplaced))  # translated by show_errors
    else:
        bar.show_message(describe(exc))
