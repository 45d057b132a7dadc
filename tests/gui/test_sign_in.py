"""Start to signed in, on the real thread pool: demo, first run, refusals, broken databases."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from iam_console.db.engine import url_for_path
from iam_console.services import demo
from iam_console.services.sessions import WRONG_CREDENTIALS
from iam_console.views.actions import ActionId
from iam_console.views.session import ConsoleSession

from .watchdog import ModalWatchdog


@pytest.fixture
def start_session(qtbot, tmp_path, hasher, monkeypatch):
    monkeypatch.setattr(demo, "DEMO_USER_COUNT", 40)
    sessions = []

    def start(url, is_demo=False):
        settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
        session = ConsoleSession(url, demo=is_demo, hasher=hasher, settings=settings)
        qtbot.addWidget(session.sign_in_window)
        session.start()
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        if session.main_window is not None:
            session.main_window.close()
        session.shutdown()


def test_demo_sign_in_shows_the_users_table(qtbot, tmp_path, start_session, monkeypatch):
    session = start_session(url_for_path(tmp_path / "demo.sqlite3"), is_demo=True)
    window = session.sign_in_window
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1, timeout=20000)
    assert "sign in as <b>admin</b>" in window.demo_hint.text()
    window.username.setText("admin")
    window.password.setText("wrong password")
    window.sign_in()
    qtbot.waitUntil(lambda: window.error_text("password") != "", timeout=10000)
    assert window.error_text("password") == WRONG_CREDENTIALS
    assert window.password.text() == ""
    window.password.setText(demo.DEMO_PASSWORD)
    with qtbot.waitSignal(window.signed_in, timeout=10000):
        window.sign_in()
    main = session.main_window
    assert main is not None and main.isVisible() and not window.isVisible()
    users = main.panes[0]
    qtbot.waitUntil(lambda: users.model.rowCount() == 41 and "41 users" in
                    users.count_label.text(), timeout=10000)
    main.commands[ActionId.SIGN_OUT].trigger()
    assert session.main_window is None and window.isVisible()
    assert window.password.text() == ""


def test_first_run_asks_for_the_first_administrator(qtbot, tmp_path, start_session):
    session = start_session(url_for_path(tmp_path / "fresh.sqlite3"))
    window = session.sign_in_window
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=20000)
    fields = window.setup_fields
    for name, value in (("organization", "Ministry"), ("username", "chief"),
                        ("first_name", "Chris"), ("last_name", "Chief"), ("email", "chief@"),
                        ("password", "a-long-password"),
                        ("password_confirmation", "a-long-password")):
        fields[name].setText(value)
    window.create_administrator()
    qtbot.waitUntil(lambda: window.error_text("email") != "", timeout=10000)
    assert "is not an email address" in window.error_text("email")
    assert window.pages.currentIndex() == 2 and fields["organization"].text() == "Ministry"
    fields["email"].setText("chief@example.org")
    window.create_administrator()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1, timeout=10000)
    assert window.username.text() == "chief"
    window.password.setText("a-long-password")
    with qtbot.waitSignal(window.signed_in, timeout=10000):
        window.sign_in()


def test_a_file_that_is_not_a_database_is_explained_not_a_traceback(qtbot, tmp_path,
                                                                    start_session):
    path = tmp_path / "report.sqlite3"
    path.write_bytes(b"PK\x03\x04 definitely a zip file" * 50)
    session = start_session(url_for_path(path))
    window = session.sign_in_window
    qtbot.waitUntil(lambda: window.message_bar.text != "", timeout=20000)
    assert "is not a database file" in window.message_bar.text
    assert window.pages.currentIndex() == 0
    assert "--database" in window.opening_label.text()


def test_watchdog_closes_a_forgotten_modal_dialog(qtbot):
    watchdog = ModalWatchdog(limit=0.3, interval_ms=50)
    watchdog.start()
    box = QMessageBox(QMessageBox.Icon.Information, "Forgotten", "Nobody will click me")
    box.exec()  # would block forever without the watchdog
    watchdog.stop()
    assert watchdog.closed == ["Forgotten"]
