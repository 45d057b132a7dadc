"""The help desk's "Reset password…": give a user a new password (typed twice)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import users
from iam_console.services.changes import Outcome

from .context import ConsoleContext
from .dialog_buttons import cancel_and_action
from .errors import show_failure
from .field_form import FieldForm
from .i18n import QT_TRANSLATE_NOOP, tr
from .message_bar import MessageBar


class ResetPasswordDialog(QDialog):
    def __init__(self, context: ConsoleContext, parent: QWidget | None, user_id: int,
                 who: str):
        super().__init__(parent)
        self.context, self.user_id, self.who = context, user_id, who
        self._operation = str(uuid.uuid4())
        self._busy = False
        self.setWindowTitle(tr("Reset password"))
        self.setMinimumWidth(440)
        self.message_bar = MessageBar()
        self.fields = FieldForm()
        self.password = self.fields.add("password", tr("&New password:"), QLineEdit())
        self.confirmation = self.fields.add("password_confirmation", tr("&Repeat it:"), QLineEdit())
        for field in (self.password, self.confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.must_change = self.fields.add("must_change_password", "", QCheckBox(
            tr("They must choose their own at the next &sign-in")))
        self.must_change.setChecked(True)
        self.buttons, self.set_button = cancel_and_action(
            self, QT_TRANSLATE_NOOP("", "&Set password"))
        self.buttons.accepted.connect(self.submit)
        intro = QLabel(tr("A new password for <b>{0}</b>. Tell it to them by a safe way. Their "
                          "two-factor sign-in stays as it is. (A reset link, on the user's Sign-in "
                          "page, lets them choose a password themselves.)").format(who))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.fields.layout)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the button box picks its own default when shown; Enter sets the password
        self.set_button.setDefault(True)
        self.password.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.fields.clear()
        self.message_bar.hide()
        self.set_button.setEnabled(False)
        ctx, user_id, operation = self.context, self.user_id, self._operation
        password, again = self.password.text(), self.confirmation.text()
        must_change = self.must_change.isChecked()
        ctx.runner.submit(lambda: users.set_password(ctx.database, ctx.actor, ctx.hasher,
                                                     user_id, password, again,
                                                     must_change=must_change,
                                                     operation_id=operation),
                          self._done, self._failed, owner=self)

    def _done(self, outcome: Outcome[Any]) -> None:
        self._busy = False
        self.context.bus.publish(outcome.changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.set_button.setEnabled(True)
        show_failure(self.fields, self.message_bar, exc)


def open_reset_password(context: ConsoleContext, pane: QWidget, row: Any) -> ResetPasswordDialog:
    """Opened from the Users list for its selected row; says so in the list when done."""
    who = f"{row.first_name} {row.last_name} ({row.username})"
    dialog = ResetPasswordDialog(context, pane, row.id, who)
    message_bar = getattr(pane, "message_bar", None)
    if message_bar is not None:
        dialog.accepted.connect(lambda: message_bar.show_message(
            tr("The password of {0} is set.").format(who), "success"))
    dialog.show()
    return dialog
