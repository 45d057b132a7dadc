"""A secret shown once: a new link, token or the recovery codes, with Copy (and Ctrl+C).

The dialog never stores the value anywhere; closing it is the last time anyone sees it. What
is copied goes through the clipboard adapter, which clears it again after a while.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .clipboard import ClipboardGuard
from .dialog_buttons import button_box
from .i18n import tr
from .message_bar import MessageBar


class SecretDialog(QDialog):
    """``copied`` is emitted after each copy (the owner logs it; never the value)."""

    copied = Signal()

    def __init__(self, parent: QWidget | None, title: str, intro: str, value: str,
                 clipboard: ClipboardGuard, *, rows: int = 2):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._value, self._clipboard = value, clipboard
        self.message_bar = MessageBar()
        text = QLabel(intro + tr("<br><b>It is shown only now.</b> Copy it before you close this "
                              "window."))
        text.setWordWrap(True)
        self.value_view = QPlainTextEdit(value)
        self.value_view.setReadOnly(True)
        self.value_view.setAccessibleName(title)
        self.value_view.setFont(QFont("monospace"))
        self.value_view.setFixedHeight(self.value_view.fontMetrics().lineSpacing() * rows + 16)
        self.buttons = button_box(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(tr("&Copy"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self, self.copy)
        clipboard.cleared.connect(self._cleared)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.value_view)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def add_action(self, label: str, slot: Callable[[], None]) -> QPushButton:
        """Another way to hand the secret over (for example "Send by email")."""
        button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def copy(self) -> None:
        self._clipboard.put(self._value)
        seconds = self._clipboard.seconds
        self.status.setText(tr("Copied.") + (tr(" The clipboard is cleared in {0} s.")
                                             .format(seconds) if seconds > 0 else ""))
        self.copied.emit()

    def _cleared(self) -> None:
        self.status.setText(tr("The clipboard was cleared."))
