"""Asking for the sign-in again: after a time without any keyboard or mouse input, and after a
longest session in any case (both in Settings → Accounts)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from .i18n import tr

CHECK_MS = 15_000
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                    QEvent.Type.MouseMove, QEvent.Type.TouchBegin})


class SessionTimeout(QObject):
    """Emits ``expired(message)`` once, when the session has to end."""

    expired = Signal(str)

    def __init__(self, idle: dt.timedelta, longest: dt.timedelta, *,
                 clock: Callable[[], float] = time.monotonic, parent: QObject | None = None):
        super().__init__(parent)
        self._idle, self._longest, self._clock = idle, longest, clock
        self._started = self._last_input = clock()
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        now = self._clock()
        if now - self._started >= self._longest.total_seconds():
            hours = round(self._longest.total_seconds() / 3600)
            self._end(tr("You were signed out after {0} hours; sign in again.").format(hours))
        elif now - self._last_input >= self._idle.total_seconds():
            minutes = round(self._idle.total_seconds() / 60)
            self._end(tr("You were signed out after {0} minutes without activity; sign in again.")
                .format(minutes))

    def restart_idle(self) -> None:
        """The person chose to keep the session (an editor with unsaved input stayed open)."""
        self._last_input = self._clock()

    def _end(self, message: str) -> None:
        self._last_input = self._clock()  # asked once; asked again only after another wait
        self.expired.emit(message)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
