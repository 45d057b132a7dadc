"""Create or edit a connection profile; a PostgreSQL password may go to the keychain."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iam_console import config
from iam_console.auth.keychain import Keychain, KeychainUnavailable

from .dialog_buttons import button_box
from .field_form import FieldForm
from .i18n import tr
from .message_bar import MessageBar

KEYCHAIN_PURPOSE = "database"


class ProfileDialog(QDialog):
    """Emits ``saved(profile, password)``; the password is None when none was typed."""

    saved = Signal(object, object)

    def __init__(self, store: config.ProfileStore, keychain: Keychain,
                 profile: config.Profile | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Connection") if profile else tr("New connection"))
        self.setMinimumWidth(460)
        self._store, self._keychain, self._original = store, keychain, profile
        self.message_bar = MessageBar()
        self.fields = FieldForm()
        f = self.fields
        self.name = f.add("name", tr("&Name:"), QLineEdit())
        self.kind = f.add("kind", tr("&Kind:"), QComboBox())
        self.kind.addItem(tr("SQLite file on this computer"), config.SQLITE)
        self.kind.addItem(tr("PostgreSQL server (shared by a team)"), config.POSTGRESQL)
        self.path = f.add("path", tr("&File:"), QLineEdit())
        self.host = f.add("host", tr("&Host:"), QLineEdit())
        self.port = f.add("port", tr("&Port:"), QLineEdit("5432"))
        self.database = f.add("database", tr("&Database:"), QLineEdit())
        self.user = f.add("user", tr("&User:"), QLineEdit())
        self.password = f.add("password", tr("Pass&word:"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = f.add("remember", "", QCheckBox(tr("&Remember the password in the "
                                                        "system keychain")))
        self.remember.setChecked(True)
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        buttons = button_box(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.fields.layout)
        layout.addWidget(buttons)
        if profile is not None:
            self.name.setText(profile.name)
            self.kind.setCurrentIndex(max(self.kind.findData(profile.kind), 0))
            self.path.setText(profile.path)
            self.host.setText(profile.host)
            self.port.setText(str(profile.port))
            self.database.setText(profile.database)
            self.user.setText(profile.user)
        self._show_kind_fields()

    def _show_kind_fields(self) -> None:
        postgres = self.kind.currentData() == config.POSTGRESQL
        for name in ("host", "port", "database", "user", "password", "remember"):
            self.fields.set_visible(name, postgres)
        self.fields.set_visible("path", not postgres)

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.fields.show_errors(errors)
        self.adjustSize()  # a small dialog grows to show every message whole

    def save(self) -> None:
        self.fields.clear()
        self.message_bar.hide()
        try:
            profile = config.validated_profile(
                self.name.text(), self.kind.currentData(), self.path.text(), self.host.text(),
                self.port.text(), self.database.text(), self.user.text())
        except config.ProfileErrors as errors:
            self._show_errors(errors.errors)
            return
        taken = {p.name for p in self._store.profiles()} - (
            {self._original.name} if self._original else set())
        if profile.name in taken:
            self._show_errors({"name": tr("A connection with this name exists already.")})
            return
        password = self.password.text() or None
        if profile.needs_password and password and self.remember.isChecked():
            try:
                self._keychain.set(KEYCHAIN_PURPOSE, profile.name, profile.user, password)
            except KeychainUnavailable as exc:
                self._show_errors({"remember": tr(
                    "{0} Untick to use the password for this session only.").format(exc)})
                return
        self._store.save(profile, replacing=self._original.name if self._original else None)
        self.saved.emit(profile, password)
        self.accept()
