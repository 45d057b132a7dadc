"""My profile: the signed-in person's own details, password, notifications and permissions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import profile
from iam_console.services.changes import USERS, Outcome

from .context import ConsoleContext
from .editor import EditorDialog
from .errors import show_failure
from .field_form import FieldForm
from .i18n import QT_TRANSLATE_NOOP, tr
from .message_bar import MessageBar
from .permissions_tab import PermissionsTab

ADMINISTRATOR_ONLY = QT_TRANSLATE_NOOP("", "Only an administrator changes this.")


class PasswordPage(QWidget):
    """Current password, new password twice, and a button of its own (not the dialog's Save)."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._operation: str | None = None
        self.message_bar = MessageBar()
        self.fields = FieldForm()
        self.current = self.fields.add("current_password", tr("&Current password:"), QLineEdit())
        self.new = self.fields.add("new_password", tr("&New password:"), QLineEdit())
        self.confirmation = self.fields.add("new_password_confirmation", tr("&Repeat it:"),
                                            QLineEdit())
        for field in (self.current, self.new, self.confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.change_button = QPushButton(tr("Change &password"))
        self.change_button.clicked.connect(self.change)
        self.confirmation.returnPressed.connect(self.change)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.fields.layout)
        layout.addLayout(row)
        layout.addStretch(1)

    def change(self) -> None:
        self.fields.clear()
        self.message_bar.hide()
        self.change_button.setEnabled(False)
        self.change_button.setText(tr("Changing\u2026"))
        db, actor, hasher = self.context.database, self.context.actor, self.context.hasher
        current, new, again = self.current.text(), self.new.text(), self.confirmation.text()
        self._operation = self._operation or str(uuid.uuid4())
        operation = self._operation
        self.context.runner.submit(
            lambda: profile.change_my_password(db, actor, hasher, current, new, again,
                                               operation_id=operation),
            self._changed, self._failed, owner=self)

    def _done(self) -> None:
        self.change_button.setEnabled(True)
        self.change_button.setText(tr("Change &password"))

    def _changed(self, outcome: Outcome[None]) -> None:
        self._done()
        self._operation = None
        for field in (self.current, self.new, self.confirmation):
            field.clear()
        self.message_bar.show_message(tr("Your password is changed. Use the new one from your "
                                      "next sign-in."), "success")
        self.context.bus.publish(outcome.changes)

    def _failed(self, exc: BaseException) -> None:
        self._done()
        show_failure(self.fields, self.message_bar, exc)


class MyProfileDialog(EditorDialog):
    def __init__(self, context: ConsoleContext, parent: QWidget | None):
        super().__init__(context, parent, context.actor.user_id, "profile", USERS)
        self.setWindowTitle(tr("My profile"))
        self.resize(640, 520)
        self.username = self.add_field("username", tr("Username:"), QLineEdit())
        self.email = self.add_field("email", tr("Email:"), QLineEdit())
        for field in (self.username, self.email):
            field.setReadOnly(True)
            field.setToolTip(tr(ADMINISTRATOR_ONLY))
        self.first_name = self.add_field("first_name", tr("&First name:"), QLineEdit())
        self.last_name = self.add_field("last_name", tr("&Last name:"), QLineEdit())
        self.phone = self.add_field("phone", tr("P&hone:"), QLineEdit())
        self.frequency = self.add_field("notification_frequency", tr("&Notifications:"),
                                        QComboBox())
        for value, label in profile.FREQUENCIES.items():
            self.frequency.addItem(label, value)
        self.frequency.setToolTip(tr("How often the console may email you a summary of the "
                                  "changes that concern you."))
        note = QLabel(tr("Your username, email, organizations and roles are kept by your "
                      "administrators."))
        note.setWordWrap(True)
        self.body.addWidget(note)
        self.body.addStretch(1)
        self.password_page = PasswordPage(context, self)
        self.add_tab(self.password_page, tr("P&assword"))
        db, actor = context.database, context.actor
        self.permissions_tab = PermissionsTab(
            context, actor.user_id, self, load=lambda: profile.my_permissions(db, actor),
            with_explain=False)
        self.add_tab(self.permissions_tab, tr("&My permissions"))

    def load_call(self) -> Callable[[], Any]:
        db, actor = self.context.database, self.context.actor
        return lambda: profile.get_my_profile(db, actor)

    def fill(self, detail: profile.MyProfile) -> None:
        self.username.setText(detail.username)
        self.email.setText(detail.email)
        self.first_name.setText(detail.first_name)
        self.last_name.setText(detail.last_name)
        self.phone.setText(detail.phone)
        self.frequency.setCurrentIndex(max(self.frequency.findData(
            detail.notification_frequency), 0))

    def collect(self) -> profile.ProfileInput:
        return profile.ProfileInput(self.first_name.text(), self.last_name.text(),
                                    self.phone.text(), self.frequency.currentData())

    def yours(self) -> dict[str, Any]:
        data = self.collect()
        return {"first_name": data.first_name, "last_name": data.last_name,
                "phone": data.phone or None,
                "notification_frequency": data.notification_frequency}

    def save_call(self, data: profile.ProfileInput, version: int | None,
                  operation_id: str) -> Callable[[], Outcome[Any]]:
        db, actor = self.context.database, self.context.actor
        assert version is not None
        return lambda: profile.update_my_profile(db, actor, version, data,
                                                 operation_id=operation_id)


def open_my_profile(context: ConsoleContext, parent: QWidget) -> MyProfileDialog:
    dialog = MyProfileDialog(context, parent)
    dialog.start()
    return dialog
