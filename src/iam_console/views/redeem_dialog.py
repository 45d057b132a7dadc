""""I have an activation or reset code": paste the code or the whole link, choose a password.

Opened from the sign-in window, and by an ``iam-console://redeem?token=…`` link (the installer
registers the scheme), which fills the code in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.services import tokens

from .dialog_buttons import cancel_and_action
from .errors import show_failure
from .field_form import FieldForm
from .i18n import QT_TRANSLATE_NOOP, tr
from .message_bar import MessageBar
from .tasks import TaskRunner


class RedeemDialog(QDialog):
    """``redeemed(username)`` once the password is set; the code is then used up."""

    redeemed = Signal(str)

    def __init__(self, parent: QWidget | None, runner: TaskRunner, hasher: PasswordHasher,
                 database: Database, code: str = ""):
        super().__init__(parent)
        self._runner, self._hasher, self._database = runner, hasher, database
        self._busy = False
        self.setWindowTitle(tr("Activate your account or reset your password"))
        self.setMinimumWidth(520)
        intro = QLabel(tr("Paste the code or the whole link you received, then choose your "
                       "password: at least 12 characters, spaces and any letters welcome; not "
                       "a common password and not your username."))
        intro.setWordWrap(True)
        self.message_bar = MessageBar()
        self.fields = FieldForm()
        self.code = self.fields.add("code", tr("&Code or link:"), QLineEdit(code))
        self.password = self.fields.add("password", tr("&New password:"), QLineEdit())
        self.confirmation = self.fields.add("password_confirmation", tr("&Repeat it:"), QLineEdit())
        for field in (self.password, self.confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons, self.set_button = cancel_and_action(
            self, QT_TRANSLATE_NOOP("", "&Set password"))
        self.buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.fields.layout)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.set_button.setDefault(True)
        (self.password if self.code.text() else self.code).setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.fields.clear()
        self.message_bar.hide()
        self.set_button.setEnabled(False)
        database, hasher = self._database, self._hasher
        code, password, again = self.code.text(), self.password.text(), self.confirmation.text()
        self._runner.submit(lambda: tokens.redeem_token(database, hasher, code, password, again),
                            self._done, self._failed, owner=self)

    def _done(self, result: tokens.Redeemed) -> None:
        self._busy = False
        self.password.clear()
        self.confirmation.clear()
        self.redeemed.emit(result.username)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.set_button.setEnabled(True)
        show_failure(self.fields, self.message_bar, exc)
