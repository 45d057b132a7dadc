"""Fails a test that leaves a modal dialog open instead of letting the run hang on it."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


class ModalWatchdog:
    """Closes any modal dialog that stays open longer than ``limit`` seconds and remembers it.

    Its timer keeps firing inside the nested event loop of ``exec()``, so even a blocking
    QMessageBox is closed and the test goes on to fail instead of hanging the run.
    """

    def __init__(self, limit: float = 5.0, interval_ms: int = 100):
        self.limit = limit
        self.closed: list[str] = []
        self._since: float | None = None
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._check)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        leftover = QApplication.activeModalWidget()
        if leftover is not None:
            self._close(leftover)

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            self._since = None
        elif self._since is None:
            self._since = time.monotonic()
        elif time.monotonic() - self._since > self.limit:
            self._close(modal)
            self._since = None

    def _close(self, widget) -> None:
        self.closed.append(widget.windowTitle() or type(widget).__name__)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
