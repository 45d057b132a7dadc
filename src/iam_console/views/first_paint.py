"""Knowing when a window was first painted: the start-up benchmark and the installers' smoke
test (``--smoke-test``) wait for it, and the sign-in window starts its slow work after it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Calls ``then`` once, just after ``widget``'s first paint has been done."""

    def __init__(self, widget: QObject, then: Callable[[], object]):
        super().__init__(widget)
        self._then: Callable[[], object] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)  # after this paint is on the screen
        return False
