"""An inline message strip: refusals and errors shown where the person is working."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

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
        close.setAccessibleName("Close message")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setStyleSheet(f"#messageBar {{ {_STYLES[kind]} border-radius:4px; }}")
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
