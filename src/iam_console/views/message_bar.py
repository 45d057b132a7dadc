"""An inline message strip: refusals and errors shown where the person is working."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from iam_console.texts import Text

from .i18n import tr

_STYLES = {
    "error": "background:#fdecea; color:#611a15; border:1px solid #f5c2c0;",
    "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6d3f2;",
    "success": "background:#e7f6ea; color:#1e4620; border:1px solid #b7e0bd;",
    "warning": "background:#fff4e5; color:#663c00; border:1px solid #ffd8a8;",
}


class MessageBar(QWidget):
    """Hidden until ``show_message``; closes with its close button or the next successful action."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("\u00d7")
        close.setAccessibleName(tr("Close message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        self.details_button = QPushButton(tr("Details\u2026"))
        self.details_button.setAutoDefault(False)
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        self._incident: BaseException | None = None
        layout.addWidget(self._label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(close)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()

    def show_message(self, text: str, kind: str = "error") -> None:
        if isinstance(text, Text):  # a sentence from the services
            text = tr(text)
        self.setStyleSheet(f"#messageBar {{ {_STYLES[kind]} border-radius:4px; }}")
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self._incident = getattr(text, "exception", None)  # an unexpected error: its details
        self.details_button.setVisible(self._incident is not None)
        self.show()

    def show_details(self) -> QWidget | None:
        """The error dialog for the unexpected error this bar tells of."""
        if self._incident is None:
            return None
        from .error_dialog import show_incident

        return show_incident(self._incident, self.window())
