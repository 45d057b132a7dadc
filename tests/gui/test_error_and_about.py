"""When something unexpected goes wrong, and Help → About: what a person sees and copies."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QGuiApplication

from iam_console import __version__, log_files
from iam_console.views.about_dialog import AboutDialog
from iam_console.views.actions import ACTIONS, ICONS, ActionId
from iam_console.views.error_dialog import ErrorDialog
from iam_console.views.errors import Incident, describe
from tests.gui.conftest import idle

pytestmark = pytest.mark.gui


def broken() -> None:
    raise KeyError("no such column: postgresql://console:Sup3r-Secret@db/iam")


def test_an_unexpected_failure_offers_details_to_copy(window, qtbot, context, caplog):
    context.runner.submit(broken)  # no handler of its own: the main window's bar tells
    qtbot.waitUntil(lambda: idle(context))
    bar = window.message_bar
    assert bar.text.startswith("Something unexpected went wrong (KeyError). Your input is kept")
    assert bar.details_button.isVisible()
    assert "background task failed" in caplog.text  # logged with its traceback
    dialog = bar.show_details()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert "KeyError" in dialog.summary.text() and "Sup3r" not in dialog.summary.text()
    assert "What to do next" in dialog.next_steps.text()
    assert not dialog.details.isVisible()
    dialog.toggle.click()
    assert dialog.details.isVisible()
    dialog.copy_details()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"IAM Console {__version__}\nTime: ")
    assert "Traceback" in copied and "in broken" in copied
    assert "Sup3r-Secret" not in copied and "console:\u2022\u2022\u2022@db" in copied
    assert dialog.copied.text() == "Copied."
    dialog.close()


def test_a_refusal_has_no_details_button(window, qtbot):
    from iam_console.services.errors import PermissionDenied

    text = describe(PermissionDenied("You may not do that."))
    assert not isinstance(text, Incident)
    window.message_bar.show_message(text)
    assert not window.message_bar.details_button.isVisible()


def test_about_shows_version_database_and_log_folder(window, qtbot, context, tmp_path):
    from iam_console import config

    context.profile = config.Profile("Team server", config.POSTGRESQL, host="db")
    log_files.configure(tmp_path / "logs")
    window.commands[ActionId.ABOUT].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.values["Database"].text() == (
        f"Team server \u2014 {context.database.describe()}")
    assert dialog.values["Log folder"].text() == str(tmp_path / "logs")
    assert dialog.values["Signed in as"].text() == "root"
    dialog.copy()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Version: IAM Console {__version__}\nDatabase: Team server")
    assert f"Log folder: {tmp_path / 'logs'}" in copied
    dialog.close()


def test_every_command_has_an_icon_and_the_platform_menu_roles(window):
    assert set(ICONS) == set(ACTIONS)
    for action_id, action in window.commands.items():
        assert not action.icon().isNull(), action_id
        assert not action.icon().pixmap(32, 32).isNull(), action_id
    roles = {a: window.commands[a].menuRole() for a in ACTIONS}
    assert roles[ActionId.ABOUT] == QAction.MenuRole.AboutRole
    assert roles[ActionId.SETTINGS] == QAction.MenuRole.PreferencesRole
    assert roles[ActionId.QUIT] == QAction.MenuRole.QuitRole
    assert {r for a, r in roles.items()
            if a not in (ActionId.ABOUT, ActionId.SETTINGS, ActionId.QUIT)} == {
        QAction.MenuRole.NoRole}
