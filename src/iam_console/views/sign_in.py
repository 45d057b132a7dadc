"""The sign-in window: choose a connection, open it in the background, then sign in.

A PostgreSQL connection whose password is not in the keychain asks for it here and offers to
remember it. An empty database asks for its first administrator instead of a sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iam_console import config, deployment
from iam_console.auth.keychain import Keychain, KeychainUnavailable
from iam_console.auth.oidc_basics import CANCELLED, OidcError, SignInCancelled
from iam_console.auth.passwords import PasswordHasher
from iam_console.services.errors import AuthenticationFailed, ValidationError

from .clipboard import ClipboardGuard
from .errors import describe, said
from .field_form import FieldForm
from .i18n import tr
from .message_bar import MessageBar
from .profile_dialog import KEYCHAIN_PURPOSE, ProfileDialog
from .second_step import SecondStep
from .tasks import TaskRunner

if TYPE_CHECKING:  # the database and sign-in machinery are imported when first used, after
    # the window is painted (a faster start)
    from iam_console.db.engine import Database
    from iam_console.services.identity_providers import ProviderInfo
    from iam_console.services.provider_sign_in import (
        ProviderSignIn,
        RememberedSignIns,
        SignedIn,
    )
    from iam_console.services.setup import DatabaseStatus

    from .redeem_dialog import RedeemDialog

OpenUrl = Callable[[str], "tuple[Database, DatabaseStatus]"]
OpenBrowser = Callable[[str], object]
STATUS, SIGN_IN, SETUP, DB_PASSWORD, SECOND_STEP, WAITING = range(6)


def open_in_system_browser(url: str) -> object:
    """The person's own browser (never an embedded view): their provider session, password
    manager and security keys work there."""
    return QDesktopServices.openUrl(QUrl(url))


class NeedsPassword(Exception):
    """The connection needs a password that the keychain does not hold."""


class SignInWindow(QWidget):
    """Emits ``signed_in(database, actor)`` once a person has signed in."""

    signed_in = Signal(object, object)
    _browser_wanted = Signal(str)  # from the worker that runs a provider sign-in

    def __init__(self, runner: TaskRunner, hasher: PasswordHasher, open_url: OpenUrl,
                 profiles: list[config.Profile], first: config.Profile, *,
                 store: config.ProfileStore | None = None, keychain: Keychain | None = None,
                 demo_credentials: tuple[str, str] | None = None,
                 clipboard: ClipboardGuard | None = None,
                 open_browser: OpenBrowser = open_in_system_browser):
        super().__init__()
        self.setWindowTitle(tr("IAM Console \u2014 Sign in"))
        self.setMinimumWidth(480)
        self._runner, self._hasher, self._open_url = runner, hasher, open_url
        self._store, self._keychain = store, keychain or Keychain()
        self._demo_credentials = demo_credentials
        self.clipboard = clipboard or ClipboardGuard(parent=self)
        self.redeem_dialog: RedeemDialog | None = None
        self._pending_code = ""
        self._profiles = list(profiles)
        self.profile = first
        self.database: Database | None = None
        self._connecting = 0
        self.providers: tuple[ProviderInfo, ...] = ()
        self.provider_used: ProviderInfo | None = None  # of the current sign-in, if any
        self.sign_in_note = ""  # for the main window: e.g. why a sign-in is not remembered
        self.remembered_allowed = True  # only when the console starts, not after sign-out
        self._flow: ProviderSignIn | None = None
        self._open_browser = open_browser
        self._browser_wanted.connect(lambda url: self._open_browser(url))

        title = QLabel(tr("<h2>IAM Console</h2>"))
        self.connection = QComboBox()
        self.connection.setAccessibleName(tr("Connection"))
        self.new_connection = QPushButton(tr("&New\u2026"))
        self.edit_connection = QPushButton(tr("E&dit\u2026"))
        self.new_connection.clicked.connect(lambda: self._open_profile_dialog(None))
        self.edit_connection.clicked.connect(lambda: self._open_profile_dialog(self.profile))
        row = QHBoxLayout()
        label = QLabel(tr("&Connection:"))
        label.setBuddy(self.connection)
        row.addWidget(label)
        row.addWidget(self.connection, 1)
        row.addWidget(self.new_connection)
        row.addWidget(self.edit_connection)
        if store is None:  # --database, the environment or --demo decide: nothing to choose
            self.new_connection.hide()
            self.edit_connection.hide()
        elif not deployment.current().own_connections:
            self.new_connection.setEnabled(False)
            self.new_connection.setToolTip(tr(deployment.current().reason))
        own = {p.name for p in store.profiles()} if store is not None else set()
        self._fixed = [p for p in profiles if p.name not in own]  # the deployment's, the local
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.message_bar = MessageBar()
        self._forms: list[FieldForm] = []
        self.pages = QStackedWidget()
        self.opening_label = QLabel()
        self.opening_label.setWordWrap(True)
        self.pages.addWidget(self.opening_label)
        self.pages.addWidget(self._build_sign_in())
        self.pages.addWidget(self._build_setup())
        self.pages.addWidget(self._build_password())
        self.second_step = SecondStep(runner, hasher, self.clipboard)
        self.second_step.signed_in.connect(self._signed_in)
        self.second_step.start_over.connect(self._start_over)
        self.pages.addWidget(self.second_step)
        self.pages.addWidget(self._build_waiting())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.where)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        self._fill_connections()
        self.connection.currentIndexChanged.connect(self._connection_chosen)
        self.dialog: ProfileDialog | None = None

    # -- pages --------------------------------------------------------------------------------
    def _page(self, build: Callable[[FieldForm], None]) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        form = FieldForm()
        build(form)
        column.addLayout(form.layout)
        self._forms.append(form)
        return page

    def _build_sign_in(self) -> QWidget:
        def build(form: FieldForm) -> None:
            self.username = form.add("username", tr("&Username:"), QLineEdit())
            self.password = form.add("password", tr("&Password:"), QLineEdit())
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.sign_in_button = QPushButton(tr("&Sign in"))
            self.sign_in_button.setDefault(True)
            self.sign_in_button.clicked.connect(self.sign_in)
            self.password.returnPressed.connect(self.sign_in)
            self.username.returnPressed.connect(self.password.setFocus)
            self.redeem_button = QPushButton(tr("I have an &activation or reset code\u2026"))
            self.redeem_button.setFlat(True)
            self.redeem_button.setAutoDefault(False)
            self.redeem_button.clicked.connect(lambda: self.open_redeem())
            self.demo_hint = QLabel()
            self.demo_hint.setWordWrap(True)
            self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.demo_hint.hide()
            form.layout.addRow("", self.sign_in_button)
            self.provider_buttons = QVBoxLayout()
            self.provider_buttons.setContentsMargins(0, 0, 0, 0)
            form.layout.addRow("", self.provider_buttons)
            form.layout.addRow("", self.redeem_button)
            form.layout.addRow("", self.demo_hint)

        return self._page(build)

    def _build_setup(self) -> QWidget:
        def build(form: FieldForm) -> None:
            intro = QLabel(tr("This database has no administrator yet. Create the first system "
                           "administrator; there is no default account or password."))
            intro.setWordWrap(True)
            form.layout.addRow(intro)
            self.setup_fields = {
                "organization": form.add("organization", tr("&Organization:"), QLineEdit()),
                "username": form.add("setup_username", tr("&Username:"), QLineEdit()),
                "first_name": form.add("first_name", tr("&First name:"), QLineEdit()),
                "last_name": form.add("last_name", tr("&Last name:"), QLineEdit()),
                "email": form.add("email", tr("&Email:"), QLineEdit()),
                "password": form.add("setup_password", tr("&Password:"), QLineEdit()),
                "password_confirmation": form.add("password_confirmation",
                                                  tr("&Repeat password:"), QLineEdit()),
            }
            for name in ("password", "password_confirmation"):
                self.setup_fields[name].setEchoMode(QLineEdit.EchoMode.Password)
            self.create_button = QPushButton(tr("&Create administrator"))
            self.create_button.clicked.connect(self.create_administrator)
            form.layout.addRow("", self.create_button)

        return self._page(build)

    def _build_waiting(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        self.cancel_provider_button = QPushButton(tr("&Cancel"))
        self.cancel_provider_button.clicked.connect(self.cancel_provider_sign_in)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_provider_button)
        column.addWidget(self.waiting_label)
        column.addLayout(row)
        return page

    def _build_password(self) -> QWidget:
        def build(form: FieldForm) -> None:
            self.db_password = form.add("db_password", tr("Database pass&word:"), QLineEdit())
            self.db_password.setEchoMode(QLineEdit.EchoMode.Password)
            self.remember_password = form.add("remember", "", QCheckBox(
                tr("&Remember it in the system keychain")))
            self.remember_password.setChecked(True)
            self.connect_button = QPushButton(tr("C&onnect"))
            self.connect_button.clicked.connect(self._connect_with_password)
            self.db_password.returnPressed.connect(self._connect_with_password)
            form.layout.addRow("", self.connect_button)

        return self._page(build)

    def _fill_connections(self) -> None:
        self.connection.blockSignals(True)
        self.connection.clear()
        for profile in self._profiles:
            self.connection.addItem(f"{profile.name} \u2014 {profile.describe()}", profile.name)
        self.connection.setCurrentIndex(
            max(0, next((i for i, p in enumerate(self._profiles)
                         if p.name == self.profile.name), 0)))
        self.connection.blockSignals(False)
        self.edit_connection.setEnabled(self._store is not None and self.profile.name in {
            p.name for p in self._store.profiles()})

    # -- connecting ---------------------------------------------------------------------------
    def start(self) -> None:
        self.show()
        self.connect_to(self.profile)

    def connect_to(self, profile: config.Profile, password: str | None = None,
                   remember: bool = False) -> None:
        """Open ``profile`` in the background (after closing the database open now)."""
        self.profile = profile
        self._fill_connections()
        if self.database is not None:
            self.database.dispose()
            self.database = None
        self._connecting += 1
        attempt = self._connecting
        self.pages.setCurrentIndex(STATUS)
        self.message_bar.hide()
        self.opening_label.setText(tr("Opening {0}\u2026").format(profile.describe()))
        self.where.setText("")
        keychain, open_url = self._keychain, self._open_url

        def work() -> tuple[Database, DatabaseStatus, str, tuple[ProviderInfo, ...]]:
            secret, warning = password, ""
            if profile.needs_password and secret is None:
                try:
                    secret = keychain.get(KEYCHAIN_PURPOSE, profile.name, profile.user)
                except KeychainUnavailable as exc:
                    warning = said(exc)
                if secret is None:
                    raise NeedsPassword(warning)
            database, status = open_url(profile.url(secret))
            providers: tuple[ProviderInfo, ...] = ()
            if not status.needs_first_administrator:
                from iam_console.services.identity_providers import list_providers

                providers = list_providers(database)
            if remember and secret:
                try:
                    keychain.set(KEYCHAIN_PURPOSE, profile.name, profile.user, secret)
                except KeychainUnavailable as exc:
                    warning = tr("The password was not remembered: {0}").format(exc)
            return database, status, warning, providers

        self._runner.submit(work, lambda r: self._opened(attempt, r),
                            lambda exc: self._open_failed(attempt, exc), owner=self)

    def _connection_chosen(self, index: int) -> None:
        if 0 <= index < len(self._profiles):
            self.connect_to(self._profiles[index])

    def _connect_with_password(self) -> None:
        self.connect_to(self.profile, self.db_password.text(), self.remember_password.isChecked())
        self.db_password.clear()

    def _opened(self, attempt: int,
                result: tuple[Database, DatabaseStatus, str, tuple[ProviderInfo, ...]]) -> None:
        database, status, warning, providers = result
        if attempt != self._connecting:  # another connection was chosen meanwhile
            database.dispose()
            return
        self.database = database
        self.where.setText(tr("Database: {0}").format(status.description))
        if self._store is not None:
            self._store.remember(self.profile.name)
        if warning:
            self.message_bar.show_message(warning, "info")
        if status.needs_first_administrator:
            self.pages.setCurrentIndex(SETUP)
            self.setup_fields["organization"].setFocus()
            return
        self.pages.setCurrentIndex(SIGN_IN)
        if status.is_demo and self._demo_credentials:
            user, password = self._demo_credentials
            self.demo_hint.setText(tr("Demo database \u2014 sign in as <b>{0}</b> with the "
                                      "password <b>{1}</b>.").format(user, password))
        self.demo_hint.setVisible(bool(status.is_demo and self._demo_credentials))
        self.username.setFocus()
        self.show_providers(providers)
        if self._pending_code:
            self.open_redeem(self._pending_code)
        elif self.remembered_allowed and self.providers:
            self.try_remembered_sign_in()

    def _open_failed(self, attempt: int, exc: BaseException) -> None:
        if attempt != self._connecting:
            return
        from iam_console.db.errors import DatabaseOpenError

        if isinstance(exc, NeedsPassword) or (
                isinstance(exc, DatabaseOpenError) and "password" in str(exc)
                and self.profile.needs_password):
            self.pages.setCurrentIndex(DB_PASSWORD)
            self.where.setText(tr("Connection: {0}").format(self.profile.describe()))
            if str(exc):
                self._show_error("db_password", said(exc))
            self.db_password.setFocus()
            return
        self.where.setText(tr("The console cannot open this database."))
        self.pages.setCurrentIndex(STATUS)
        self.opening_label.setText(tr("Fix the problem above, choose another connection, or start "
                                   "the console with --database to choose another database."))
        self.message_bar.show_message(describe(exc))

    # -- profiles -----------------------------------------------------------------------------
    def _open_profile_dialog(self, profile: config.Profile | None) -> None:
        if self._store is None:
            return
        self.dialog = ProfileDialog(self._store, self._keychain, profile, self)
        self.dialog.saved.connect(self._profile_saved)
        self.dialog.open()

    def _profile_saved(self, profile: config.Profile, password: str | None) -> None:
        assert self._store is not None
        fixed = {p.name for p in self._fixed}
        self._profiles = self._fixed + [p for p in self._store.profiles() if p.name not in fixed]
        self.connect_to(profile, password)

    # -- errors -------------------------------------------------------------------------------
    def error_text(self, name: str) -> str:
        """The message shown under a field, or "" when there is none."""
        return next((t for f in self._forms if (t := f.error_text(name))), "")

    def _clear_errors(self) -> None:
        self.message_bar.hide()
        for form in self._forms:
            form.clear()

    def _show_error(self, name: str, message: str) -> None:
        if all(form.show_errors({name: message}) for form in self._forms):
            self.message_bar.show_message(message)

    # -- signing in ---------------------------------------------------------------------------
    def sign_in(self) -> None:
        if self.database is None or not self.sign_in_button.isEnabled():
            return
        self._clear_errors()
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self._show_error("username", tr("Enter your username."))
            return
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.setText(tr("Signing in\u2026"))
        database, hasher = self.database, self._hasher
        from iam_console.services.sessions import start_sign_in

        self._runner.submit(lambda: start_sign_in(database, hasher, username, password),
                            self._signed_in, self._sign_in_failed, owner=self)

    def _signed_in(self, result: Any) -> None:
        from iam_console.services.sessions import Challenge

        self.password.clear()
        self.sign_in_button.setEnabled(True)
        self.sign_in_button.setText(tr("&Sign in"))
        if isinstance(result, Challenge):
            assert self.database is not None
            self.pages.setCurrentIndex(SECOND_STEP)
            self.second_step.begin(self.database, result)
            return
        self.pages.setCurrentIndex(SIGN_IN)
        self.signed_in.emit(self.database, result)

    def _start_over(self, message: str) -> None:
        self.pages.setCurrentIndex(SIGN_IN)
        self._show_error("password", message)
        self.password.setFocus()

    # -- identity providers -------------------------------------------------------------------
    def show_providers(self, providers: tuple[ProviderInfo, ...]) -> None:
        """A "Sign in with ..." button for each enabled provider."""
        self.providers = providers
        while self.provider_buttons.count():
            item = self.provider_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.provider_button: dict[str, QPushButton] = {}
        for provider in providers:
            button = QPushButton(tr("Sign in with {0}").format(provider.name))
            button.setAutoDefault(False)
            button.setToolTip(tr("Opens your browser at {0}").format(provider.issuer))
            button.clicked.connect(lambda _c=False, p=provider: self.sign_in_with(p))
            self.provider_buttons.addWidget(button)
            self.provider_button[provider.name] = button

    def _remembered(self) -> RememberedSignIns:
        from iam_console.services.provider_sign_in import RememberedSignIns

        return RememberedSignIns(self._keychain, self.profile.name)

    def sign_in_with(self, provider: ProviderInfo) -> None:
        """Sign in through ``provider`` in the system browser; waits (with Cancel) until the
        browser comes back to the console."""
        if self.database is None or self._flow is not None:
            return
        self._clear_errors()
        from iam_console.services.provider_sign_in import ProviderSignIn

        flow = self._flow = ProviderSignIn(self.database, provider, self._remembered(),
                                           self._keychain, self._browser_wanted.emit)
        self.waiting_label.setText(
            tr("Your browser opened the sign-in page of <b>{0}</b>. Sign in there; the console "
               "continues by itself once you are done.").format(provider.name))
        self.pages.setCurrentIndex(WAITING)
        self.cancel_provider_button.setFocus()
        self._runner.submit(flow.run, self._provider_signed_in, self._provider_failed,
                            owner=self)

    def forget_remembered_sign_in(self) -> None:
        """Signing out deletes the provider's refresh token from the keychain (on a worker:
        the keychain may take a moment)."""
        provider, remembered = self.provider_used, self._remembered()
        if provider is None:
            return

        def forget() -> None:
            try:
                remembered.forget(provider)
            except KeychainUnavailable:
                return  # nothing could have been stored there either

        self._runner.submit(forget, None, lambda _exc: None, owner=self)

    def cancel_provider_sign_in(self) -> None:
        if self._flow is not None:
            self._flow.cancel()

    def try_remembered_sign_in(self) -> None:
        """At start: sign in without a browser where a refresh token is remembered."""
        self.remembered_allowed = False
        if self.database is None:
            return
        from iam_console.services.provider_sign_in import resume

        database, providers, keychain = self.database, self.providers, self._keychain
        remembered = self._remembered()

        def work() -> SignedIn | None:
            for provider in providers:
                found = resume(database, provider, remembered, keychain)
                if found is not None:
                    return found
            return None

        self.opening_label.setText(tr("Signing you in as last time\u2026"))
        self.pages.setCurrentIndex(STATUS)
        self._runner.submit(work, self._remembered_result, self._remembered_failed, owner=self)

    def _remembered_result(self, result: SignedIn | None) -> None:
        if result is None:
            self.pages.setCurrentIndex(SIGN_IN)
            return
        self._provider_signed_in(result)

    def _remembered_failed(self, exc: BaseException) -> None:
        self.pages.setCurrentIndex(SIGN_IN)
        self.message_bar.show_message(
            tr("You were not signed in as last time: ")
            + (said(exc) if isinstance(exc, AuthenticationFailed | OidcError) else describe(exc)),
            "info")

    def _provider_signed_in(self, result: SignedIn) -> None:
        self._flow = None
        self.pages.setCurrentIndex(SIGN_IN)
        self.provider_used = result.provider
        self.sign_in_note = result.note
        self.signed_in.emit(self.database, result.actor)

    def _provider_failed(self, exc: BaseException) -> None:
        from iam_console.services.external_sign_in import AwaitingApproval

        self._flow = None
        self.pages.setCurrentIndex(SIGN_IN)
        if isinstance(exc, AwaitingApproval):
            self.message_bar.show_message(said(exc), "info")
        elif isinstance(exc, SignInCancelled) and str(exc) == CANCELLED:
            self.message_bar.show_message(tr("Sign-in cancelled."), "info")
        elif isinstance(exc, AuthenticationFailed | OidcError):
            self.message_bar.show_message(said(exc))
        else:
            self.message_bar.show_message(describe(exc))

    # -- redeeming a code ---------------------------------------------------------------------
    def open_redeem(self, code: str = "") -> RedeemDialog | None:
        """The code dialog (also for an ``iam-console://`` link); waits for the database."""
        if self.database is None:
            self._pending_code = code
            return None
        from .redeem_dialog import RedeemDialog

        self._pending_code = ""
        self.redeem_dialog = RedeemDialog(self, self._runner, self._hasher, self.database, code)
        self.redeem_dialog.redeemed.connect(self._redeemed)
        self.redeem_dialog.open()
        return self.redeem_dialog

    def _redeemed(self, username: str) -> None:
        self.pages.setCurrentIndex(SIGN_IN)
        self.username.setText(username)
        self.message_bar.show_message(tr("Your password is set. Sign in with it now."), "success")
        self.password.setFocus()

    def _sign_in_failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.sign_in_button.setText(tr("&Sign in"))
        self.password.clear()
        self.password.setFocus()
        self._show_error("password", said(exc) if isinstance(exc, AuthenticationFailed)
                         else describe(exc))

    def create_administrator(self) -> None:
        if self.database is None:
            return
        self._clear_errors()
        from iam_console.services.setup import FirstAdministratorInput, create_first_administrator

        values = {k: f.text() for k, f in self.setup_fields.items()}
        data = FirstAdministratorInput(**values)
        database, hasher = self.database, self._hasher

        self.create_button.setEnabled(False)
        self._runner.submit(lambda: create_first_administrator(database, hasher, data),
                            lambda _id: self._administrator_created(values["username"]),
                            self._setup_failed, owner=self)

    def _administrator_created(self, username: str) -> None:
        self.create_button.setEnabled(True)
        for field in self.setup_fields.values():
            field.clear()
        self.pages.setCurrentIndex(SIGN_IN)
        self.username.setText(username.strip().lower())
        self.message_bar.show_message(tr("Administrator created. Sign in with the password you "
                                      "chose."), "success")
        self.password.setFocus()

    def _setup_failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            renamed = {"username": "setup_username", "password": "setup_password"}
            for name, message in exc.errors.items():
                self._show_error(renamed.get(name, name), message)
        else:
            self.message_bar.show_message(describe(exc))
