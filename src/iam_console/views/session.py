"""A console session: the sign-in window, then the main window, and back on sign-out."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from iam_console import config, deployment
from iam_console.auth.keychain import Keychain
from iam_console.auth.passwords import PasswordHasher

from .change_bus import ChangeBus
from .clipboard import DEFAULT_CLEAR_SECONDS, ClipboardGuard
from .clipboard import SETTING as CLEAR_SETTING
from .sign_in import OpenBrowser, SignInWindow, open_in_system_browser
from .tasks import TaskRunner

if TYPE_CHECKING:  # the main window and the database come after the sign-in window is painted
    from iam_console.db.engine import Database
    from iam_console.services.actor import Actor
    from iam_console.services.installation_settings import AccountSettings
    from iam_console.services.setup import DatabaseStatus

    from .live_updates import LiveUpdates
    from .main_window import MainWindow
    from .session_timeout import SessionTimeout


def open_database_task(url: str, demo: bool,
                       hasher: PasswordHasher) -> tuple[Database, DatabaseStatus]:
    """Runs on a worker: open and migrate, and fill an empty demo database."""
    from iam_console.services import demo as demo_data
    from iam_console.services.setup import open_and_prepare, prepare

    database, status = open_and_prepare(url)
    if demo and status.needs_first_administrator:
        demo_data.fill_demo(database, hasher)
        status = prepare(database)
    return database, status


def _demo_credentials() -> tuple[str, str]:
    from iam_console.services.demo import DEMO_PASSWORD, DEMO_USERNAME

    return DEMO_USERNAME, DEMO_PASSWORD


class ConsoleSession(QObject):
    def __init__(self, profiles: list[config.Profile], first: config.Profile, *, demo: bool,
                 hasher: PasswordHasher, settings: QSettings,
                 store: config.ProfileStore | None = None, keychain: Keychain | None = None,
                 runner: TaskRunner | None = None,
                 open_browser: OpenBrowser = open_in_system_browser):
        super().__init__()
        self.runner = runner or TaskRunner(self)
        self.hasher, self.settings, self.store = hasher, settings, store
        self.bus = ChangeBus(self)
        seconds = deployment.current().clipboard_seconds()
        if seconds is None:
            chosen = str(settings.value(CLEAR_SETTING, DEFAULT_CLEAR_SECONDS))
            seconds = int(chosen) if chosen.isdigit() else DEFAULT_CLEAR_SECONDS
        self.clipboard = ClipboardGuard(seconds, parent=self)
        self.sign_in_window = SignInWindow(
            self.runner, hasher, lambda url: open_database_task(url, demo, hasher),
            profiles, first, store=store, keychain=keychain,
            demo_credentials=_demo_credentials() if demo else None,
            clipboard=self.clipboard, open_browser=open_browser)
        self.sign_in_window.signed_in.connect(self._signed_in)
        self.main_window: MainWindow | None = None
        self.live: LiveUpdates | None = None
        self.timeout: SessionTimeout | None = None

    @classmethod
    def for_url(cls, url: str, *, demo: bool, hasher: PasswordHasher,
                settings: QSettings) -> ConsoleSession:
        """A session on one given database (tests, scripts, ``--database``)."""
        profile = config.Profile("Given database", url_override=url)
        return cls([profile], profile, demo=demo, hasher=hasher, settings=settings)

    def start(self) -> None:
        self.sign_in_window.start()

    def _signed_in(self, database: Database, actor: Actor) -> None:
        from iam_console.db.change_feed import open_feed
        from iam_console.services.installation_settings import AccountSettings
        from iam_console.services.installation_settings import read as read_settings

        from .context import ConsoleContext
        from .live_updates import LiveUpdates

        logging.getLogger(__name__).info("signed in as %s to %s", actor.username,
                                         database.describe())
        from .main_window import MainWindow

        context = ConsoleContext(database=database, actor=actor, hasher=self.hasher,
                                 runner=self.runner, bus=self.bus, settings=self.settings,
                                 clipboard=self.clipboard, profiles=self.store,
                                 profile=self.sign_in_window.profile)
        self.main_window = MainWindow(context)
        self.main_window.signed_out.connect(self._signed_out)
        self.live = LiveUpdates(lambda: open_feed(database), self.bus, self)
        self.live.connection_changed.connect(self.main_window.show_connection_state)
        self.live.start()
        self.main_window.show()
        self.sign_in_window.hide()
        if self.sign_in_window.sign_in_note:
            self.main_window.message_bar.show_message(self.sign_in_window.sign_in_note, "info")
        self.runner.submit(lambda: read_settings(database, AccountSettings),
                           self._start_timeout, lambda _exc: None, owner=self.main_window)

    def _start_timeout(self, rules: AccountSettings) -> None:
        from .session_timeout import SessionTimeout

        if self.main_window is None:
            return
        self.timeout = SessionTimeout(dt.timedelta(minutes=rules.idle_minutes),
                                      dt.timedelta(hours=rules.session_hours), parent=self)
        self.timeout.expired.connect(self._time_is_up)

    def _time_is_up(self, message: str) -> None:
        kept = self.main_window is not None and not self.main_window.end_session(message)
        if kept and self.timeout is not None:
            self.timeout.restart_idle()

    def _signed_out(self) -> None:
        self._stop_live()
        reason = ""
        if self.timeout is not None:
            self.timeout.stop()
            self.timeout = None
        if self.main_window is not None:
            reason = self.main_window.signed_out_reason
            self.main_window.deleteLater()
            self.main_window = None
        window = self.sign_in_window
        window.sign_in_note = ""
        if window.provider_used is not None and not reason:
            window.forget_remembered_sign_in()  # Sign out: the next start asks again
        window.provider_used = None
        window.show()
        window.username.setFocus()
        if reason:
            window.message_bar.show_message(reason, "info")

    def _stop_live(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def shutdown(self) -> None:
        self._stop_live()
        self.clipboard.clear_now()  # a copied link does not outlive the console
        self.runner.wait_for_done()
        if self.sign_in_window.database is not None:
            self.sign_in_window.database.dispose()
