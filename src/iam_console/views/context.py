"""What every pane and dialog needs: the database, the signed-in actor and shared adapters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from iam_console.auth.passwords import PasswordHasher
from iam_console.config import Profile, ProfileStore
from iam_console.db.engine import Database
from iam_console.services.actor import Actor
from iam_console.services.impact import Impact
from iam_console.services.installation_settings import MailSettings
from iam_console.services.mail import Mailer

from .change_bus import ChangeBus
from .clipboard import ClipboardGuard
from .tasks import TaskRunner

Confirm = Callable[[QWidget, str, str, str], bool]
ConfirmImpact = Callable[[QWidget, Impact, str], bool]  # parent, impact, accept label


def ask_with_message_box(parent: QWidget, title: str, text: str, accept_label: str) -> bool:
    """The real confirmation: a question box whose default button is the safe one (Cancel)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def smtp_mailer(settings: MailSettings) -> Mailer:
    """The real mail adapter, with the SMTP password from this desktop's keychain (runs on a
    worker: the keychain may take a moment)."""
    from iam_console.auth.keychain import Keychain, KeychainUnavailable
    from iam_console.services.mail import KEYCHAIN_PURPOSE, SmtpMailer

    password = None
    if settings.user:
        try:
            password = Keychain().get(KEYCHAIN_PURPOSE, settings.host, settings.user)
        except KeychainUnavailable:
            password = None
    return SmtpMailer(settings, password)


@dataclass
class ConsoleContext:
    database: Database
    actor: Actor
    hasher: PasswordHasher
    runner: TaskRunner
    bus: ChangeBus
    settings: QSettings
    confirm: Confirm = ask_with_message_box
    confirm_impact: ConfirmImpact | None = None  # None: the impact dialog asks
    clipboard: ClipboardGuard = field(default_factory=ClipboardGuard)
    mailer_for: Callable[[MailSettings], Mailer] = smtp_mailer
    profiles: ProfileStore | None = None  # None: the database was given (--database, tests)
    profile: Profile | None = None  # the connection signed in through
