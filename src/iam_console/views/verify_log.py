"""File → Verify administration log: the chain checked in the background, with progress and
Cancel; the answer goes to the window's message bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from iam_console.services import audit_chain

from .context import ConsoleContext
from .errors import describe
from .i18n import tr
from .progress_task import ProgressTask

Report = Callable[[str, str], None]  # (text, kind) for the message bar


def verify_log(context: ConsoleContext, parent: QWidget, report: Report) -> ProgressTask:
    """Start one check; its result reaches ``report``."""
    db, actor = context.database, context.actor

    def done(result: audit_chain.Verification) -> None:
        report(result.message, "success" if result.intact
               else "info" if result.cancelled else "error")

    return ProgressTask(
        context.runner, parent, tr("Verify administration log"),
        tr("Checking the administration log\u2026"),
        lambda progress: audit_chain.verify_chain(db, actor, progress), done,
        lambda exc: report(tr("The administration log was not checked.") + "\n" + describe(exc),
                           "error"),
        lambda checked, total: tr("{0:,} of {1:,} events checked…").format(checked, total))
