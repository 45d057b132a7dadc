"""iam-console:// links the operating system hands to a running console: macOS delivers them
as a file-open event (Windows and Linux start the program with the link as its argument)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class LinkEvents(QObject):
    """Passes each ``scheme`` link opened through the application to ``open_link``."""

    def __init__(self, app: QObject, scheme: str, open_link: Callable[[str], object]):
        super().__init__(app)
        self._scheme, self._open_link = scheme, open_link
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            link = event.url().toString()
            if link.startswith(self._scheme):
                self._open_link(link)
                return True
        return False
