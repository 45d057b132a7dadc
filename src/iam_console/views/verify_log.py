"""File → Verify administration log: the chain checked in the background, with progress and
Cancel; the answer goes to the window's message bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from iam_console.services import audit_chain

from .context import ConsoleContext
from .errors import describe

Report = Callable[[str, str], None]  # (text, kind) for the message bar


class VerifyLog(QObject):
    """One run. The worker only writes two numbers and reads one flag (no widgets off the GUI
    thread); a timer shows them."""

    def __init__(self, context: ConsoleContext, parent: QWidget, report: Report):
        super().__init__(parent)
        self._report = report
        self.checked = self.total = 0
        self.cancelled = False
        self.dialog = QProgressDialog("Checking the administration log\u2026", "Cancel", 0, 0,
                                      parent)
        self.dialog.setWindowTitle("Verify administration log")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._show_progress)
        self._timer.start()
        db, actor = context.database, context.actor
        context.runner.submit(lambda: audit_chain.verify_chain(db, actor, self._progress),
                              self._done, self._failed, owner=self)

    def _progress(self, checked: int, total: int) -> bool:  # on the worker thread
        self.checked, self.total = checked, total
        return not self.cancelled

    def _cancel(self) -> None:
        self.cancelled = True

    def _show_progress(self) -> None:
        if self.total:
            self.dialog.setMaximum(self.total)
            self.dialog.setValue(self.checked)
            self.dialog.setLabelText(f"{self.checked:,} of {self.total:,} events checked\u2026")

    def _finish(self) -> None:
        self._timer.stop()
        self.dialog.close()
        self.deleteLater()

    def _done(self, result: audit_chain.Verification) -> None:
        self._finish()
        self._report(result.message, "success" if result.intact
                     else "info" if result.cancelled else "error")

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self._report("The administration log was not checked.\n" + describe(exc), "error")
