"""Purge the administration log's events older than a date (its own permission): choose the
date, confirm, and the rest of the log stays verifiable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import audit_chain
from iam_console.services.changes import Outcome

from .context import ConsoleContext
from .dialog_buttons import button_box
from .errors import describe
from .i18n import tr

Report = Callable[[str, str], None]  # (text, kind) for a message bar


class PurgeDialog(QDialog):
    """Asks for the date; on OK asks once more (Cancel is the default) and purges in the
    background. ``purged`` is called with the number removed."""

    def __init__(self, context: ConsoleContext, parent: QWidget, report: Report,
                 purged: Callable[[int], None]):
        super().__init__(parent)
        self.context, self._report, self._purged = context, report, purged
        self.setWindowTitle(tr("Purge old log events"))
        self.setMinimumWidth(440)
        self.before = QDateEdit(QDate.currentDate().addYears(-1))
        self.before.setCalendarPopup(True)
        self.before.setDisplayFormat("yyyy-MM-dd")
        self.before.setMaximumDate(QDate.currentDate())
        self.before.setAccessibleName(tr("Purge events before"))
        explanation = QLabel(
            tr("Events older than this date are deleted from the database for good. The hash of "
            "the last deleted event is kept, so the rest of the log can still be verified. "
            "The purge itself is logged."))
        explanation.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(tr("Purge events before:"), self.before)
        buttons = button_box(QDialogButtonBox.StandardButton.Cancel)
        self.purge_button = buttons.addButton(tr("Purge\u2026"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def cutoff(self) -> dt.datetime:
        """Midnight (local time) at the start of the chosen day, in UTC."""
        local = self.before.date().startOfDay()
        local.setTime(QTime(0, 0))
        return dt.datetime.fromtimestamp(local.toSecsSinceEpoch(), dt.UTC)

    def _confirm(self) -> None:
        day = self.before.date().toString("yyyy-MM-dd")
        if not self.context.confirm(self, tr("Purge old log events"),
                                    tr("Delete every administration log event before {0}?\n\nThis "
                                       "cannot be undone.").format(day), tr("Purge")):
            return
        before, db, actor = self.cutoff(), self.context.database, self.context.actor
        self.purge_button.setEnabled(False)
        self.context.runner.submit(lambda: audit_chain.purge_events(db, actor, before),
                                   self._done, self._failed, owner=self)

    def _done(self, outcome: Outcome[int]) -> None:
        count = outcome.value
        self._report(tr("Purged {0:,} events before {1}.")
            .format(count, self.before.date().toString('yyyy-MM-dd')) if count else
                     tr("No event is older than that date; nothing was purged."), "success")
        self._purged(count)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.purge_button.setEnabled(True)
        self.error.setText(tr("Nothing was purged. ") + describe(exc))
        self.error.setVisible(True)
