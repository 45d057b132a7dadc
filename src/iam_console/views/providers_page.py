"""Settings → Identity providers: the providers people may sign in with. Each is saved on its
own (Save provider); Check reads the provider's discovery document before anybody relies on
it. A client secret, for the providers that insist on one, goes to this desktop's keychain."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_console.auth.keychain import Keychain
from iam_console.models.identity import DEFAULT_SCOPES, DEFAULT_USERNAME_CLAIM
from iam_console.services import identity_providers, installation_settings
from iam_console.services.errors import ValidationError
from iam_console.services.identity_providers import ProviderInfo, ProviderInput

from .context import ConsoleContext
from .errors import describe, said
from .field_form import FieldForm
from .i18n import tr
from .message_bar import MessageBar

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProvidersPage(QWidget):
    def __init__(self, context: ConsoleContext, keychain: Keychain):
        super().__init__()
        self.context, self._keychain = context, keychain
        self._current: ProviderInfo | None = None
        self.message_bar = MessageBar()
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Identity providers"))
        self.list.setMaximumWidth(180)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.fields = form = FieldForm()
        self.name = form.add("name", tr("&Name:"), QLineEdit())
        self.name.setPlaceholderText(tr("shown on the sign-in button, e.g. Staff login"))
        self.issuer = form.add("issuer", tr("&Issuer URL:"), QLineEdit())
        self.issuer.setPlaceholderText(tr("https://login.example.org/realms/staff"))
        self.client_id = form.add("client_id", tr("&Client id:"), QLineEdit())
        self.client_secret = form.add("client_secret", tr("Client s&ecret:"), QLineEdit())
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(tr("only if the provider requires one; kept in this "
                                              "computer's keychain"))
        self.scopes = form.add("scopes", tr("Sco&pes:"), QLineEdit())
        self.username_claim = form.add("username_claim", tr("&Username claim:"), QLineEdit())
        self.enabled = form.add("enabled", "", QCheckBox(tr("Show on the sign-in window")))
        self.new_button = QPushButton(tr("&New provider"))
        self.save_button = QPushButton(tr("Save pro&vider"))
        self.check_button = QPushButton(tr("C&heck"))
        self.check_button.setToolTip(tr("Read the provider's discovery document now"))
        self.remove_button = QPushButton(tr("&Remove"))
        self.new_button.clicked.connect(self.new_provider)
        self.save_button.clicked.connect(self.save)
        self.check_button.clicked.connect(self.check)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.check_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.save_button.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form.layout)
        right.addLayout(buttons)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(right, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.message_bar)
        column.addLayout(row, 1)
        self.new_provider()
        self._follow_deployment()
        self.reload()

    def _follow_deployment(self) -> None:
        """Read only when the deployment settings file locks the providers (Check still works)."""
        self.locked = installation_settings.providers_locked()
        if self.locked:
            self.fields.set_read_only()
            for button in (self.new_button, self.save_button, self.remove_button):
                button.setEnabled(False)
                button.setToolTip(tr(installation_settings.lock_reason()))
            self.message_bar.show_message(tr("The identity providers are set by your deployment; "
                                             "they cannot be changed on this desktop."), "info")

    def reload(self, select: str = "") -> None:
        database = self.context.database
        self.context.runner.submit(
            lambda: identity_providers.list_providers(database, enabled_only=False),
            lambda found: self._listed(found, select),
            lambda exc: self.message_bar.show_message(describe(exc)), owner=self)

    def _listed(self, providers: tuple[ProviderInfo, ...], select: str) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for provider in providers:
            item = QListWidgetItem(provider.name + ("" if provider.enabled else " (off)"))
            item.setData(ID_ROLE, provider)
            self.list.addItem(item)
            if provider.name == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if select:
            self._show(self.list.currentItem())

    def new_provider(self) -> None:
        self._current = None
        self.list.clearSelection()
        for field in (self.name, self.issuer, self.client_id, self.client_secret):
            field.clear()
        self.scopes.setText(DEFAULT_SCOPES)
        self.username_claim.setText(DEFAULT_USERNAME_CLAIM)
        self.enabled.setChecked(True)
        self.remove_button.setEnabled(False)
        self.fields.clear()

    def _show(self, item: QListWidgetItem | None) -> None:
        provider: ProviderInfo | None = item.data(ID_ROLE) if item is not None else None
        if provider is None:
            return
        self._current = provider
        self.name.setText(provider.name)
        self.issuer.setText(provider.issuer)
        self.client_id.setText(provider.client_id)
        self.client_secret.clear()
        self.scopes.setText(provider.scopes)
        self.username_claim.setText(provider.username_claim)
        self.enabled.setChecked(provider.enabled)
        self.remove_button.setEnabled(not self.locked)
        self.fields.clear()

    def collect(self) -> ProviderInput:
        return ProviderInput(self.name.text(), self.issuer.text(), self.client_id.text(),
                             self.scopes.text(), self.username_claim.text(),
                             self.enabled.isChecked())

    def save(self) -> None:
        self.fields.clear()
        self.message_bar.hide()
        ctx, data, current = self.context, self.collect(), self._current
        secret, keychain = self.client_secret.text(), self._keychain

        def work() -> Any:
            saved = identity_providers.save_provider(
                ctx.database, ctx.actor, data, current.id if current else None,
                current.version if current else None)
            if secret:
                from iam_console.services.provider_sign_in import CLIENT_SECRET, KEYCHAIN_PURPOSE

                keychain.set(KEYCHAIN_PURPOSE, saved.value.name, CLIENT_SECRET, secret)
            return saved

        ctx.runner.submit(work, self._saved, self._failed, owner=self)

    def _saved(self, outcome: Any) -> None:
        self.client_secret.clear()
        self.context.bus.publish(outcome.changes)
        self.message_bar.show_message(
            tr("Saved \u201c{0}\u201d. It shows on the sign-in window from the next "
               "sign-in.").format(outcome.value.name), "success")
        self.reload(select=outcome.value.name)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            unplaced = self.fields.show_errors(exc.errors)
            if unplaced:
                self.message_bar.show_message(" ".join(unplaced))
        else:
            self.message_bar.show_message(describe(exc))

    def check(self) -> None:
        """Read the discovery document (in the background): a wrong URL shows at once."""
        self.fields.clear()
        self.message_bar.hide()
        issuer = self.issuer.text().strip()

        def work() -> str:
            from iam_console.auth import oidc

            metadata = oidc.discover(issuer)
            return metadata.authorization_endpoint

        def failed(exc: BaseException) -> None:
            self.fields.show_errors({"issuer": said(exc)})

        self.context.runner.submit(work, lambda endpoint: self.message_bar.show_message(
            tr("The provider answers; people sign in at {0}.").format(endpoint), "success"), failed,
            owner=self)

    def remove(self) -> None:
        current = self._current
        if current is None or not self.context.confirm(
                self, tr("Remove identity provider"),
                tr("Remove \u201c{0}\u201d? Nobody can sign in with it any more; the users it "
                   "created keep their accounts.").format(current.name), tr("Remove")):
            return
        ctx = self.context
        ctx.runner.submit(lambda: identity_providers.delete_provider(ctx.database, ctx.actor,
                                                                     current.id),
                          self._removed, self._failed, owner=self)

    def _removed(self, outcome: Any) -> None:
        self.context.bus.publish(outcome.changes)
        self.new_provider()
        self.reload()
