"""The steps of a sign-in after the password: a new password the person must choose, setting
up two-factor (a QR code, the secret as text, a confirming code, then ten recovery codes shown
once), or the code from their authenticator app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iam_console.auth import totp
from iam_console.auth.passwords import PasswordHasher
from iam_console.services.errors import AuthenticationFailed, ValidationError

from .clipboard import ClipboardGuard
from .errors import describe, said
from .field_form import FieldForm
from .i18n import tr
from .message_bar import MessageBar
from .qr_code import QrCodeView
from .tasks import TaskRunner

if TYPE_CHECKING:  # the sign-in services are imported when a second step begins
    from iam_console.db.engine import Database
    from iam_console.services.sessions import Challenge, Enrolled, Enrolment

CODE, ENROL, CHANGE, RECOVERY = range(4)


class SecondStep(QWidget):
    """``signed_in(actor)`` when the sign-in is complete; ``start_over(message)`` when the
    person must begin again with their password."""

    signed_in = Signal(object)
    start_over = Signal(str)

    def __init__(self, runner: TaskRunner, hasher: PasswordHasher, clipboard: ClipboardGuard):
        super().__init__()
        self._runner, self._hasher, self._clipboard = runner, hasher, clipboard
        self.database: Database | None = None
        self.challenge: Challenge | None = None
        self.enrolment: Enrolment | None = None
        self._actor: Any = None
        self.message_bar = MessageBar()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._code_page())
        self.pages.addWidget(self._enrol_page())
        self.pages.addWidget(self._change_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages)

    # -- pages --------------------------------------------------------------------------------
    def _code_page(self) -> QWidget:
        page = QWidget()
        form = FieldForm()
        self.code = form.add("code", tr("&Code:"), QLineEdit())
        self.code.setPlaceholderText(tr("6 digits from your app, or a recovery code"))
        self.code.returnPressed.connect(self.submit_code)
        self.code_button = QPushButton(tr("&Continue"))
        self.code_button.clicked.connect(self.submit_code)
        form.layout.addRow("", self.code_button)
        page.setLayout(form.layout)
        self._forms = [form]
        return page

    def _enrol_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(tr("Your administrator asks for two-factor sign-in. Scan this code with an "
                       "authenticator app (or type the key below into it), then type the "
                       "six-digit code the app shows."))
        intro.setWordWrap(True)
        self.qr = QrCodeView()
        self.secret_text = QLineEdit()
        self.secret_text.setReadOnly(True)
        self.secret_text.setAccessibleName(tr("Two-factor key as text"))
        self.secret_text.setFont(QFont("monospace"))
        row = QHBoxLayout()
        row.addWidget(self.qr)
        row.addStretch(1)
        form = FieldForm()
        form.layout.addRow(tr("Key:"), self.secret_text)
        self.enrol_code = form.add("enrol_code", tr("&Code from the app:"), QLineEdit())
        self.enrol_code.returnPressed.connect(self.submit_enrolment)
        self.enrol_button = QPushButton(tr("&Turn on two-factor"))
        self.enrol_button.clicked.connect(self.submit_enrolment)
        form.layout.addRow("", self.enrol_button)
        column.addWidget(intro)
        column.addLayout(row)
        column.addLayout(form.layout)
        self._forms.append(form)
        return page

    def _change_page(self) -> QWidget:
        page = QWidget()
        form = FieldForm()
        intro = QLabel(tr("The help desk gave you this password for one sign-in. Choose your own "
                       "now (at least 12 characters; spaces are fine)."))
        intro.setWordWrap(True)
        form.layout.addRow(intro)
        self.new_password = form.add("new_password", tr("&New password:"), QLineEdit())
        self.new_confirmation = form.add("new_password_confirmation", tr("&Repeat it:"),
                                         QLineEdit())
        for field in (self.new_password, self.new_confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_confirmation.returnPressed.connect(self.submit_password)
        self.change_button = QPushButton(tr("&Set password and continue"))
        self.change_button.clicked.connect(self.submit_password)
        form.layout.addRow("", self.change_button)
        page.setLayout(form.layout)
        self._forms.append(form)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(tr("Two-factor is on. Keep these recovery codes somewhere safe: each one "
                       "signs you in once if you lose your phone. <b>They are shown only "
                       "now.</b>"))
        intro.setWordWrap(True)
        self.recovery_codes = QPlainTextEdit()
        self.recovery_codes.setReadOnly(True)
        self.recovery_codes.setFont(QFont("monospace"))
        self.recovery_codes.setAccessibleName(tr("Recovery codes"))
        buttons = QHBoxLayout()
        self.copy_codes = QPushButton(tr("&Copy codes"))
        self.copy_codes.clicked.connect(
            lambda: self._clipboard.put(self.recovery_codes.toPlainText()))
        self.done_button = QPushButton(tr("I have kept them \u2014 &open the console"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self._finish)
        buttons.addWidget(self.copy_codes)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        column.addWidget(intro)
        column.addWidget(self.recovery_codes)
        column.addLayout(buttons)
        return page

    # -- flow ---------------------------------------------------------------------------------
    def begin(self, database: Database, challenge: Challenge) -> None:
        from iam_console.services import sessions

        self.database, self.challenge = database, challenge
        self.message_bar.hide()
        for form in self._forms:
            form.clear()
        who = tr("Signing in as <b>{0}</b> ({1}).").format(challenge.display_name,
                                                          challenge.username)
        if challenge.step == sessions.TWO_FACTOR:
            self.title.setText(who + tr(" Type the code from your authenticator app."))
            self.code.clear()
            self.pages.setCurrentIndex(CODE)
            self.code.setFocus()
        elif challenge.step == sessions.ENROL_TWO_FACTOR:
            self.title.setText(who)
            self.enrolment = sessions.offer_enrolment(challenge)
            self.qr.set_text(self.enrolment.uri)
            self.secret_text.setText(totp.grouped(self.enrolment.secret))
            self.enrol_code.clear()
            self.pages.setCurrentIndex(ENROL)
            self.enrol_code.setFocus()
        else:
            self.title.setText(who)
            self.pages.setCurrentIndex(CHANGE)
            self.new_password.setFocus()

    def error_text(self, name: str) -> str:
        return next((t for f in self._forms if (t := f.error_text(name))), "")

    def _submit(self, work: Any, done: Any, button: QPushButton) -> None:
        self.message_bar.hide()
        for form in self._forms:
            form.clear()
        button.setEnabled(False)

        def finished(result: Any) -> None:
            button.setEnabled(True)
            done(result)

        def failed(exc: BaseException) -> None:
            button.setEnabled(True)
            self._failed(exc)

        self._runner.submit(work, finished, failed, owner=self)

    def submit_code(self) -> None:
        from iam_console.services import sessions

        database, challenge, code = self.database, self.challenge, self.code.text()
        assert database is not None and challenge is not None
        self._submit(lambda: sessions.verify_second_factor(database, challenge, code),
                     self.signed_in.emit, self.code_button)

    def submit_enrolment(self) -> None:
        from iam_console.services import sessions

        database, challenge, enrolment = self.database, self.challenge, self.enrolment
        assert database is not None and challenge is not None and enrolment is not None
        code = self.enrol_code.text()
        self._submit(lambda: sessions.confirm_enrolment(database, challenge, enrolment.secret,
                                                        code),
                     self._enrolled, self.enrol_button)

    def submit_password(self) -> None:
        from iam_console.services import sessions

        database, challenge, hasher = self.database, self.challenge, self._hasher
        assert database is not None and challenge is not None
        new, again = self.new_password.text(), self.new_confirmation.text()
        self._submit(lambda: sessions.change_expired_password(database, hasher, challenge, new,
                                                              again),
                     self._after_password, self.change_button)

    def _after_password(self, result: Any) -> None:
        from iam_console.services.sessions import Challenge

        self.new_password.clear()
        self.new_confirmation.clear()
        if isinstance(result, Challenge):
            assert self.database is not None
            self.begin(self.database, result)
        else:
            self.signed_in.emit(result)

    def _enrolled(self, enrolled: Enrolled) -> None:
        self.enrolment = None
        self.secret_text.clear()
        self.qr.set_text("")
        self._actor = enrolled.actor
        self.recovery_codes.setPlainText("\n".join(enrolled.recovery_codes))
        self.pages.setCurrentIndex(RECOVERY)
        self.done_button.setFocus()

    def _finish(self) -> None:
        self.recovery_codes.clear()
        actor, self._actor = self._actor, None
        self.signed_in.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        from iam_console.services import sessions

        if isinstance(exc, sessions.SecondStepFailed):
            self.challenge = exc.challenge
            self.code.clear()
            self._forms[0].show_errors({"code": said(exc)})
            self.code.setFocus()
        elif isinstance(exc, ValidationError):
            renamed = {"code": "enrol_code"} if self.pages.currentIndex() == ENROL else {}
            unplaced = [m for f in self._forms
                        for m in f.show_errors({renamed.get(k, k): v
                                                for k, v in exc.errors.items()})]
            if len(unplaced) == len(self._forms) * len(exc.errors):
                self.message_bar.show_message(describe(exc))
        elif isinstance(exc, AuthenticationFailed):
            self.start_over.emit(said(exc))
        else:
            self.message_bar.show_message(describe(exc))

