"""The sign-in window: opens the database in the background, then first-run setup or sign-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.services.errors import AuthenticationFailed, ValidationError
from iam_console.services.setup import DatabaseStatus, FirstAdministratorInput

from .editor import ERROR_STYLE
from .errors import describe
from .message_bar import MessageBar
from .tasks import TaskRunner

OpenDatabase = Callable[[], tuple[Database, DatabaseStatus]]


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class SignInWindow(QWidget):
    """Emits ``signed_in(database, actor)`` once a person has signed in."""

    signed_in = Signal(object, object)

    def __init__(self, runner: TaskRunner, hasher: PasswordHasher, open_database: OpenDatabase,
                 demo_credentials: tuple[str, str] | None = None):
        super().__init__()
        self.setWindowTitle("IAM Console \u2014 Sign in")
        self.setMinimumWidth(460)
        self._runner, self._hasher, self._open = runner, hasher, open_database
        self._demo_credentials = demo_credentials
        self.database: Database | None = None
        self._errors: dict[str, QLabel] = {}

        title = QLabel("<h2>IAM Console</h2>")
        self.where = QLabel("Opening the database\u2026")
        self.where.setWordWrap(True)
        self.message_bar = MessageBar()
        self.pages = QStackedWidget()
        self.opening_label = QLabel("Opening the database\u2026")
        self.opening_label.setWordWrap(True)
        self.pages.addWidget(self.opening_label)
        self.pages.addWidget(self._build_sign_in())
        self.pages.addWidget(self._build_setup())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.where)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages)

    # -- pages --------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, name: str, label: str, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        self._errors[name] = _error_label(name)
        column.addWidget(self._errors[name])
        form.addRow(label, holder)
        return edit

    def _build_sign_in(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.username = self._field(form, "username", "&Username:")
        self.password = self._field(form, "password", "&Password:", secret=True)
        self.sign_in_button = QPushButton("&Sign in")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.hide()
        form.addRow("", self.sign_in_button)
        form.addRow("", self.demo_hint)
        return page

    def _build_setup(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        intro = QLabel("This database has no administrator yet. Create the first system "
                       "administrator; there is no default account or password.")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        outer.addLayout(form)
        self.setup_fields = {
            "organization": self._field(form, "organization", "&Organization:"),
            "username": self._field(form, "setup_username", "&Username:"),
            "first_name": self._field(form, "first_name", "&First name:"),
            "last_name": self._field(form, "last_name", "&Last name:"),
            "email": self._field(form, "email", "&Email:"),
            "password": self._field(form, "setup_password", "&Password:", secret=True),
            "password_confirmation": self._field(form, "password_confirmation",
                                                 "&Repeat password:", secret=True),
        }
        self.create_button = QPushButton("&Create administrator")
        self.create_button.clicked.connect(self.create_administrator)
        form.addRow("", self.create_button)
        return page

    # -- flow ---------------------------------------------------------------------------------
    def start(self) -> None:
        self.show()
        self._runner.submit(self._open, self._opened, self._open_failed, owner=self)

    def _opened(self, result: tuple[Database, DatabaseStatus]) -> None:
        self.database, status = result
        self.where.setText(f"Database: {status.description}")
        if status.needs_first_administrator:
            self.pages.setCurrentIndex(2)
            self.setup_fields["organization"].setFocus()
            return
        self.pages.setCurrentIndex(1)
        if status.is_demo and self._demo_credentials:
            user, password = self._demo_credentials
            self.demo_hint.setText(f"Demo database \u2014 sign in as <b>{user}</b> with the "
                                   f"password <b>{password}</b>.")
            self.demo_hint.show()
        self.username.setFocus()

    def _open_failed(self, exc: BaseException) -> None:
        self.where.setText("The console cannot open its database.")
        self.pages.setCurrentIndex(0)
        self.opening_label.setText("Fix the problem above and start the console again, "
                                   "or start it with --database to choose another one.")
        self.message_bar.show_message(describe(exc))

    def error_text(self, name: str) -> str:
        """The message shown under a field, or "" when there is none."""
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def _clear_errors(self) -> None:
        self.message_bar.hide()
        for label in self._errors.values():
            label.hide()

    def _show_error(self, name: str, message: str) -> None:
        label = self._errors.get(name)
        if label is None:
            self.message_bar.show_message(message)
        else:
            label.setText(message)
            label.show()

    def sign_in(self) -> None:
        if self.database is None or not self.sign_in_button.isEnabled():
            return
        self._clear_errors()
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self._show_error("username", "Enter your username.")
            return
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.setText("Signing in\u2026")
        database, hasher = self.database, self._hasher
        from iam_console.services.sessions import sign_in

        self._runner.submit(lambda: sign_in(database, hasher, username, password),
                            self._signed_in, self._sign_in_failed, owner=self)

    def _signed_in(self, actor: Any) -> None:
        self.password.clear()
        self.sign_in_button.setEnabled(True)
        self.sign_in_button.setText("&Sign in")
        self.signed_in.emit(self.database, actor)

    def _sign_in_failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.sign_in_button.setText("&Sign in")
        self.password.clear()
        self.password.setFocus()
        self._show_error("password", str(exc) if isinstance(exc, AuthenticationFailed)
                         else describe(exc))

    def create_administrator(self) -> None:
        if self.database is None:
            return
        self._clear_errors()
        values = {k: f.text() for k, f in self.setup_fields.items()}
        data = FirstAdministratorInput(**values)
        database, hasher = self.database, self._hasher
        from iam_console.services.setup import create_first_administrator

        self.create_button.setEnabled(False)
        self._runner.submit(lambda: create_first_administrator(database, hasher, data),
                            lambda _id: self._administrator_created(values["username"]),
                            self._setup_failed, owner=self)

    def _administrator_created(self, username: str) -> None:
        self.create_button.setEnabled(True)
        for field in self.setup_fields.values():
            field.clear()
        self.pages.setCurrentIndex(1)
        self.username.setText(username.strip().lower())
        self.message_bar.show_message("Administrator created. Sign in with the password you "
                                      "chose.", "success")
        self.password.setFocus()

    def _setup_failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            renamed = {"username": "setup_username", "password": "setup_password"}
            for name, message in exc.errors.items():
                self._show_error(renamed.get(name, name), message)
        else:
            self.message_bar.show_message(describe(exc))
