"""Start to signed in, on the real thread pool: demo, first run, refusals, broken databases."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from iam_console.db.engine import url_for_path
from iam_console.services import demo, demo_history
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
        session = ConsoleSession.for_url(url, demo=is_demo, hasher=hasher, settings=settings)
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
    everyone = 41 + len(demo.ROLE_ACCOUNTS) + len(demo_history.NEW_USERS)
    qtbot.waitUntil(lambda: users.model.rowCount() == everyone and f"{everyone} users" in
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


@pytest.fixture
def memory_keychain():
    from iam_console.auth.keychain import Keychain
    from tests.memory_keyring import MemoryKeyring

    backend = MemoryKeyring()
    return Keychain(backend), backend


def sign_in_window(qtbot, hasher, profiles, keychain, store=None):
    from iam_console.views.session import open_database_task
    from iam_console.views.sign_in import SignInWindow
    from iam_console.views.tasks import TaskRunner

    runner = TaskRunner()
    window = SignInWindow(runner, hasher, lambda url: open_database_task(url, False, hasher),
                          profiles, profiles[0], store=store, keychain=keychain)
    qtbot.addWidget(window)
    window.start()
    return window


def test_postgres_profile_asks_for_its_password_and_remembers_it(qtbot, hasher, postgres,
                                                                 memory_keychain):
    from iam_console import config
    from tests.pg_cluster import PASSWORD, PASSWORD_USER

    keychain, backend = memory_keychain
    postgres.create_database("secured_db", owner=PASSWORD_USER)
    profile = config.Profile("Team", config.POSTGRESQL, host="127.0.0.1", port=postgres.port,
                             database="secured_db", user=PASSWORD_USER)
    window = sign_in_window(qtbot, hasher, [profile], keychain)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 3, timeout=10000)
    window.db_password.setText("not the password")
    window.connect_button.click()
    qtbot.waitUntil(lambda: "refused the password" in window.error_text("db_password"),
                    timeout=10000)
    assert backend.secrets == {}
    window.db_password.setText(PASSWORD)
    window.connect_button.click()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=20000)  # first run
    assert backend.secrets == {("iam-console/database/Team", PASSWORD_USER): PASSWORD}
    window.database.dispose()
    again = sign_in_window(qtbot, hasher, [profile], keychain)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == 2, timeout=20000)  # no question
    again.database.dispose()


def test_new_connection_is_checked_saved_and_opened(qtbot, hasher, tmp_path, memory_keychain):
    from iam_console import config

    keychain, _backend = memory_keychain
    where = config.Locations(tmp_path / "cfg", tmp_path / "data")
    store = config.ProfileStore(where)
    local = config.Profile("This computer", config.SQLITE, path=str(tmp_path / "a.sqlite3"))
    window = sign_in_window(qtbot, hasher, [local], keychain, store)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=10000)
    window.new_connection.click()
    dialog = window.dialog
    dialog.name.setText("Second file")
    dialog.save()
    assert dialog.fields.error_text("path") == "Choose the database file."
    dialog.path.setText(str(tmp_path / "b.sqlite3"))
    dialog.save()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2 and window.database is not None,
                    timeout=10000)
    assert window.database.describe().endswith("b.sqlite3")
    assert [p.name for p in store.profiles()] == ["Second file"]
    assert store.last_used() == "Second file"
    assert window.connection.count() == 2
    window.connection.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.database is not None
                    and window.database.describe().endswith("a.sqlite3"), timeout=10000)
    window.database.dispose()


def test_deployment_connections_come_first_and_cannot_be_edited(qtbot, hasher, tmp_path,
                                                                memory_keychain, deployed):
    from iam_console import config

    keychain, _backend = memory_keychain
    where = config.Locations(tmp_path / "cfg", tmp_path / "data")
    store = config.ProfileStore(where)
    found = deployed(f"[connections]\nown = no\n[connection Team file]\n"
                     f"path = {tmp_path / 'team.sqlite3'}\n")
    profiles, _first = config.startup_profiles(None, False, where, found.connections(),
                                              found.own_connections)
    window = sign_in_window(qtbot, hasher, profiles, keychain, store)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 2, timeout=10000)
    assert window.connection.count() == 1
    assert window.connection.currentText().startswith("Team file")
    assert not window.new_connection.isEnabled() and not window.edit_connection.isEnabled()
    assert "Set by your deployment" in window.new_connection.toolTip()
    window.database.dispose()
