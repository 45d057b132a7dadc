"""File → Settings… (Preferences on macOS): everything a deployment configures, in one place.

The installation's account rules (password policy, lockout, link lifetimes and templates,
session timeouts) and mail server are kept in the database and changed with "Change console
settings"; identity providers likewise; the SMTP password lives in this desktop's keychain;
connections, clipboard clearing and appearance belong to this desktop. Whatever the deployment
settings file sets is shown greyed out with the reason (``iam_console.deployment``)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iam_console import deployment
from iam_console.auth.keychain import Keychain
from iam_console.services import installation_settings, mail
from iam_console.services.errors import FORM, ValidationError
from iam_console.services.installation_settings import (
    SECURITY_NONE,
    SECURITY_STARTTLS,
    SECURITY_TLS,
    AccountSettings,
    MailSettings,
)

from . import appearance
from .clipboard import SETTING as CLEAR_SETTING
from .connections_page import ConnectionsPage
from .context import ConsoleContext
from .dialog_buttons import button_box
from .errors import describe
from .field_form import FieldForm
from .i18n import QT_TRANSLATE_NOOP, tr
from .message_bar import MessageBar
from .providers_page import ProvidersPage

_NUMBERS = {  # field: (label, low, high, suffix)
    "min_password_length": (QT_TRANSLATE_NOOP("", "Minimum password &length:"), 8, 128,
                           QT_TRANSLATE_NOOP("", " characters")),
    "lockout_threshold": (QT_TRANSLATE_NOOP("", "Lock after &failures:"), 3, 100,
                           QT_TRANSLATE_NOOP("", " in a row")),
    "lockout_minutes": (QT_TRANSLATE_NOOP("", "First lockout lasts:"), 1, 1440,
                           QT_TRANSLATE_NOOP("", " min (doubles each time)")),
    "activation_hours": (QT_TRANSLATE_NOOP("", "&Activation links work for:"), 1, 720,
                           QT_TRANSLATE_NOOP("", " h")),
    "reset_hours": (QT_TRANSLATE_NOOP("", "&Reset links work for:"), 1, 168,
                           QT_TRANSLATE_NOOP("", " h")),
    "idle_minutes": (QT_TRANSLATE_NOOP("", "Sign out after &idle:"), 1, 1440,
                           QT_TRANSLATE_NOOP("", " min without input")),
    "session_hours": (QT_TRANSLATE_NOOP("", "Sign in again a&fter:"), 1, 168,
                           QT_TRANSLATE_NOOP("", " h in any case")),
}


class SettingsDialog(QDialog):
    def __init__(self, context: ConsoleContext, parent: QWidget | None,
                 keychain: Keychain | None = None):
        super().__init__(parent)
        self.context, self._keychain = context, keychain or Keychain()
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(680)
        self.message_bar = MessageBar()
        self.fields = FieldForm()
        self.mail_fields = FieldForm()
        self.desktop_fields = FieldForm()
        tabs = QTabWidget()
        tabs.addTab(self._accounts_page(), tr("&Accounts"))
        tabs.addTab(self._mail_page(), tr("&Email"))
        self.providers_page = ProvidersPage(context, self._keychain)
        tabs.addTab(self.providers_page, tr("Identity &providers"))
        self.connections_page = ConnectionsPage(context, self._keychain)
        tabs.addTab(self.connections_page, tr("C&onnections"))
        tabs.addTab(self._desktop_page(), tr("This &desktop"))
        self.tabs = tabs
        problems = deployment.current().problems + tuple(installation_settings.lock_problems())
        if problems:
            self.message_bar.show_message(
                tr("The deployment settings file has values the console ignores: ")
                + "; ".join(problems), "warning")
        self.buttons = button_box(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        self.save_button.setEnabled(False)
        ctx = context
        ctx.runner.submit(lambda: (installation_settings.read(ctx.database, AccountSettings),
                                   installation_settings.read(ctx.database, MailSettings)),
                          self._loaded, lambda exc: self.message_bar.show_message(describe(exc)),
                          owner=self)

    # -- pages --------------------------------------------------------------------------------
    def _accounts_page(self) -> QWidget:
        page = QWidget()
        self.numbers: dict[str, QSpinBox] = {}
        for name, (label, low, high, suffix) in _NUMBERS.items():
            box = QSpinBox()
            box.setRange(low, high)
            box.setSuffix(tr(suffix))
            self.numbers[name] = self.fields.add(name, tr(label), box)
        self.activation_link = self.fields.add("activation_link", tr("Activation link &template:"),
                                               QLineEdit())
        self.reset_link = self.fields.add("reset_link", tr("Reset link te&mplate:"), QLineEdit())
        for field in (self.activation_link, self.reset_link):
            field.setPlaceholderText(tr("https://portal.example.org/activate?token={token} "
                                     "(empty: the code alone)"))
        self.permanent_deletion = self.fields.add("permanent_deletion", "", QCheckBox(
            tr("Allow deleting archived users &permanently")))
        page.setLayout(self.fields.layout)
        return page

    def _desktop_page(self) -> QWidget:
        page, form, deployed = QWidget(), self.desktop_fields, deployment.current()
        self.clear_seconds = form.add("clear_seconds", tr("Clear the clipboard &after:"),
                                      QSpinBox())
        self.clear_seconds.setRange(0, 600)
        self.clear_seconds.setSuffix(tr(" s (0: never)"))
        locked_seconds = deployed.clipboard_seconds()
        self.clear_seconds.setValue(self.context.clipboard.seconds if locked_seconds is None
                                    else locked_seconds)
        self.appearance = form.add("appearance", tr("A&ppearance:"), QComboBox())
        for key, title in appearance.CHOICES:
            self.appearance.addItem(tr(title), key)
        chosen = deployed.appearance() or str(self.context.settings.value(
            appearance.SETTING, appearance.SYSTEM))
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(chosen)))
        if deployed.clipboard_seconds() is not None:
            form.lock("clear_seconds", deployed.reason)
        if deployed.appearance() is not None:
            form.lock("appearance", deployed.reason)
        page.setLayout(form.layout)
        return page

    def _mail_page(self) -> QWidget:
        page = QWidget()
        form = self.mail_fields
        self.host = form.add("host", tr("SMTP &server:"), QLineEdit())
        self.port = form.add("port", tr("&Port:"), QSpinBox())
        self.port.setRange(1, 65535)
        self.security = form.add("security", tr("&Security:"), QComboBox())
        for key, title in ((SECURITY_STARTTLS, "STARTTLS"), (SECURITY_TLS, "TLS"),
                           (SECURITY_NONE, tr("None (a trusted network only)"))):
            self.security.addItem(title, key)
        self.user = form.add("user", tr("&User name:"), QLineEdit())
        self.password = form.add("password", tr("Pass&word:"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("kept in this computer's keychain; empty: unchanged"))
        self.sender_field = form.add("sender", tr("&From address:"), QLineEdit())
        self.test_to = form.add("test_to", tr("Send a test &to:"), QLineEdit())
        self.test_button = QPushButton(tr("Send &test email"))
        self.test_button.clicked.connect(self.send_test)
        form.layout.addRow("", self.test_button)
        page.setLayout(form.layout)
        return page

    # -- values -------------------------------------------------------------------------------
    def _loaded(self, values: tuple[AccountSettings, MailSettings]) -> None:
        accounts, mail_settings = values
        for name, box in self.numbers.items():
            box.setValue(getattr(accounts, name))
        self.activation_link.setText(accounts.activation_link)
        self.reset_link.setText(accounts.reset_link)
        self.permanent_deletion.setChecked(accounts.permanent_deletion)
        self.host.setText(mail_settings.host)
        self.port.setValue(mail_settings.port)
        self.security.setCurrentIndex(max(0, self.security.findData(mail_settings.security)))
        self.user.setText(mail_settings.user)
        self.sender_field.setText(mail_settings.sender)
        reason = installation_settings.lock_reason()
        for form, group in ((self.fields, AccountSettings), (self.mail_fields, MailSettings)):
            for name in installation_settings.locked_fields(group):
                form.lock(name, reason)
        self.save_button.setEnabled(True)

    def accounts(self) -> AccountSettings:
        values: dict[str, Any] = {name: box.value() for name, box in self.numbers.items()}
        return AccountSettings(**values, activation_link=self.activation_link.text().strip(),
                               reset_link=self.reset_link.text().strip(),
                               permanent_deletion=self.permanent_deletion.isChecked())

    def mail_settings(self) -> MailSettings:
        return MailSettings(self.host.text().strip(), self.port.value(),
                            self.security.currentData(), self.user.text().strip(),
                            self.sender_field.text().strip())

    def _store_password(self, settings: MailSettings, password: str) -> None:
        if password and settings.user:
            self._keychain.set(mail.KEYCHAIN_PURPOSE, settings.host, settings.user, password)

    def save(self) -> None:
        self.fields.clear()
        self.mail_fields.clear()
        self.message_bar.hide()
        self.save_button.setEnabled(False)
        ctx, accounts, mail_settings = self.context, self.accounts(), self.mail_settings()
        password = self.password.text()
        self._save_desktop()

        def work() -> Any:
            installation_settings.save(ctx.database, ctx.actor, accounts)
            saved = installation_settings.save(ctx.database, ctx.actor, mail_settings)
            self._store_password(mail_settings, password)
            return saved

        ctx.runner.submit(work, lambda outcome: self._saved(outcome), self._failed, owner=self)

    def _save_desktop(self) -> None:
        """This desktop's own choices, unless the deployment file set them."""
        if not self.desktop_fields.is_locked("clear_seconds"):
            self.context.settings.setValue(CLEAR_SETTING, self.clear_seconds.value())
            self.context.clipboard.seconds = self.clear_seconds.value()
        if not self.desktop_fields.is_locked("appearance"):
            scheme = str(self.appearance.currentData())
            self.context.settings.setValue(appearance.SETTING, scheme)
            keeper = appearance.current()
            if keeper is not None:
                keeper.set_choice(scheme)

    def _saved(self, outcome: Any) -> None:
        self.password.clear()
        self.context.bus.publish(outcome.changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            names = {f.name for f in dataclasses.fields(AccountSettings)}
            self.fields.show_errors({k: v for k, v in exc.errors.items() if k in names})
            self.mail_fields.show_errors({k: v for k, v in exc.errors.items() if k not in names})
            if FORM in exc.errors:
                self.message_bar.show_message(exc.errors[FORM])
        else:
            self.message_bar.show_message(describe(exc))

    def send_test(self) -> None:
        self.message_bar.hide()
        self.mail_fields.clear()
        to = self.test_to.text().strip()
        if "@" not in to:
            self.mail_fields.show_errors({"test_to": tr("Enter the address to send the test to.")})
            return
        settings, password = self.mail_settings(), self.password.text()
        mailer_for = self.context.mailer_for
        self.test_button.setEnabled(False)

        def work() -> None:
            # the password typed now (not yet saved) wins over the one in the keychain
            mailer = mail.SmtpMailer(settings, password) if password else mailer_for(settings)
            mailer.send(mail.trial_message(settings.sender, to))

        self.context.runner.submit(work, lambda _none: self._test_sent(to),
                                   self._test_failed, owner=self)

    def _test_sent(self, to: str) -> None:
        self.test_button.setEnabled(True)
        self.message_bar.show_message(tr("A test message was sent to {0}.").format(to), "success")

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.message_bar.show_message(tr("The test message was not sent: {0}")
                                      .format(describe(exc)))
