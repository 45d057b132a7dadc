"""Long work in the background with a progress dialog and Cancel (verifying the log,
exporting it): the worker only writes two numbers and reads one flag, never a widget; a timer
on the GUI thread shows them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from .tasks import TaskRunner

# (done, total or 0 when unknown) -> keep going?
Progress = Callable[[int, int], bool]


class ProgressTask(QObject):
    """Runs ``work(progress)`` on the task runner; ``done``/``failed`` get its outcome on the
    GUI thread after the dialog closed. ``describe(done, total)`` is the dialog's text."""

    def __init__(self, runner: TaskRunner, parent: QWidget, title: str, text: str,
                 work: Callable[[Progress], Any], done: Callable[[Any], None],
                 failed: Callable[[BaseException], None],
                 describe: Callable[[int, int], str]):
        super().__init__(parent)
        self._done, self._failed, self._describe = done, failed, describe
        self.count = self.total = 0
        self.cancelled = False
        self.running = True
        self.dialog = QProgressDialog(text, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._show_progress)
        self._timer.start()
        runner.submit(lambda: work(self._progress), self._succeeded, self._errored, owner=self)

    def _progress(self, count: int, total: int) -> bool:  # on the worker thread
        self.count, self.total = count, total
        return not self.cancelled

    def cancel(self) -> None:
        self.cancelled = True

    def _show_progress(self) -> None:
        if self.total:
            self.dialog.setMaximum(self.total)
            self.dialog.setValue(min(self.count, self.total))
        if self.count or self.total:
            self.dialog.setLabelText(self._describe(self.count, self.total))

    def _finish(self) -> None:
        self.running = False
        self._timer.stop()
        self.dialog.close()
        self.deleteLater()

    def _succeeded(self, result: Any) -> None:
        self._finish()
        self._done(result)

    def _errored(self, exc: BaseException) -> None:
        self._finish()
        self._failed(exc)
