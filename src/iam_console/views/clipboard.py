"""The clipboard adapter: what the console copies (links, tokens, codes) is cleared again
after a while, if the clipboard still holds it (a person may have copied something else)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_SECONDS = 30
SETTING = "clipboard/clear_seconds"


class ClipboardGuard(QObject):
    """``put(text)`` copies and arms a timer; ``cleared`` is emitted when it emptied it."""

    cleared = Signal()

    def __init__(self, seconds: int = DEFAULT_CLEAR_SECONDS, clipboard: QClipboard | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.seconds = seconds
        self._clipboard = clipboard
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    def clipboard(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    def put(self, text: str) -> None:
        self.clipboard().setText(text)
        self._text = text
        if self.seconds > 0:
            self._timer.start(self.seconds * 1000)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def clear_now(self) -> None:
        """Empty the clipboard if it still holds what we put there."""
        self._timer.stop()
        if self._text and self.clipboard().text() == self._text:
            self.clipboard().clear()
            self.cleared.emit()
        self._text = ""
