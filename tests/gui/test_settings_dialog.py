"""One settings dialog: what the deployment settings file sets is greyed out with the reason,
the rest is changed here; connections of this desktop are kept on their own tab."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from iam_console import config
from iam_console.services import installation_settings
from iam_console.services.installation_settings import AccountSettings
from iam_console.views import appearance
from tests.conftest import audit_events
from tests.unit.test_deployment import FILE

pytestmark = pytest.mark.gui


@pytest.fixture
def store(tmp_path, context):
    store = config.ProfileStore(config.Locations(tmp_path / "config", tmp_path / "data"))
    store.save(config.Profile("Mine", config.SQLITE, path=str(tmp_path / "mine.db")))
    context.profiles = store
    return store


def opened(window, qtbot):
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    return dialog


def tab_titles(dialog) -> list[str]:
    return [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]


def test_every_setting_is_in_one_dialog(window, qtbot, store):
    dialog = opened(window, qtbot)
    assert tab_titles(dialog) == ["Accounts", "Email", "Identity providers", "Connections",
                                  "This desktop"]
    assert set(dialog.numbers) >= {"min_password_length", "lockout_threshold",
                                   "activation_hours", "reset_hours", "idle_minutes",
                                   "session_hours"}
    assert dialog.clear_seconds.isEnabled() and dialog.appearance.isEnabled()
    assert not dialog.message_bar.isVisible()
    dialog.close()


def test_deployment_values_are_locked_with_the_reason(window, qtbot, context, database,
                                                      deployed, store):
    deployed(FILE)
    dialog = opened(window, qtbot)
    box = dialog.numbers["min_password_length"]
    assert box.value() == 14 and not box.isEnabled()
    assert "Set by your deployment" in box.toolTip()
    assert dialog.findChild(QLabel, "locked_min_password_length").text() == (
        "Set by your deployment")
    assert dialog.numbers["idle_minutes"].isEnabled()  # not in the file
    assert dialog.host.text() == "smtp.example.org" and not dialog.host.isEnabled()
    assert not dialog.clear_seconds.isEnabled() and dialog.clear_seconds.value() == 10
    assert dialog.appearance.currentData() == appearance.DARK
    assert not dialog.appearance.isEnabled()
    # identity providers: read only, with the reason at the top of the page
    assert not dialog.providers_page.save_button.isEnabled()
    assert "set by your deployment" in dialog.providers_page.message_bar.text
    # what is not locked is saved; the locked values stay as the file says
    dialog.numbers["idle_minutes"].setValue(7)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    effective = installation_settings.read(database, AccountSettings)
    assert (effective.idle_minutes, effective.min_password_length) == (7, 14)
    assert context.settings.value(appearance.SETTING) is None  # nothing stored for this desktop
    assert audit_events(database, "settings.update")


def test_connections_are_kept_here(window, qtbot, store, deployed, confirmations):
    dialog = opened(window, qtbot)
    page = dialog.connections_page
    assert [page.list.item(i).text().split(" \u2014 ")[0] for i in range(page.list.count())] == [
        "Mine"]
    page.list.setCurrentRow(0)
    assert page.edit_button.isEnabled() and page.new_button.isEnabled()
    page.remove()
    assert "Remove the connection \u201cMine\u201d" in confirmations.questions[-1]
    assert store.profiles() == [] and page.list.count() == 0
    dialog.close()


def test_deployment_connections_are_offered_locked(window, qtbot, store, deployed):
    deployed(FILE)  # one connection, and own = no
    dialog = opened(window, qtbot)
    page = dialog.connections_page
    page.list.setCurrentRow(0)
    assert page.list.currentItem().text().startswith("Shared directory")
    assert "(set by your deployment)" in page.list.currentItem().text()
    assert not page.edit_button.isEnabled() and not page.remove_button.isEnabled()
    assert not page.new_button.isEnabled()
    assert "only its own connections" in page.note.text()
    dialog.close()


def test_a_problem_in_the_file_is_shown_in_the_dialog(window, qtbot, deployed):
    deployed("[accounts]\nlockout_threshold = 1\n")
    dialog = opened(window, qtbot)
    assert dialog.message_bar.isVisible()
    assert "lockout_threshold: Choose a number from 3 to 100" in dialog.message_bar.text
    assert dialog.numbers["lockout_threshold"].isEnabled()
    dialog.close()
