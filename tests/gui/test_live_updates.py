"""Two desktops on one database: the other one's changes appear without a refresh."""

import pytest

from iam_console.db.change_feed import open_feed
from iam_console.services import organizations, users
from iam_console.services.setup import open_and_prepare
from iam_console.views.live_updates import LiveUpdates

from .conftest import idle, is_open
from .test_editors import go, rows


@pytest.fixture
def other_desktop(database):
    other, _status = open_and_prepare(database.engine.url.render_as_string(hide_password=False))
    yield other
    other.dispose()


@pytest.fixture
def live(window, context):
    updates = LiveUpdates(lambda: open_feed(context.database), context.bus, poll_seconds=0.2)
    updates.connection_changed.connect(window.show_connection_state)
    updates.start()
    yield updates
    updates.stop()


@pytest.mark.parametrize("db_backend", ["sqlite", "postgresql"])
def test_a_user_created_on_another_desktop_appears_within_a_second(window, qtbot, context,
                                                                   other_desktop, live,
                                                                   db_backend):
    pane = window.panes[0]
    qtbot.wait(300)  # the feed takes its baseline
    users.create_user(other_desktop, context.actor, context.hasher, users.UserInput(
        "faraway", "Far", "Away", "far@example.org"))
    qtbot.waitUntil(lambda: idle(context) and "faraway" in [r.username for r in rows(pane)],
                    timeout=1500)
    qtbot.waitUntil(lambda: pane.count_label.text() == "2 users", timeout=1500)


@pytest.mark.parametrize("db_backend", ["sqlite", "postgresql"])
def test_an_open_editor_is_told_its_record_changed_underneath(window, qtbot, context,
                                                              other_desktop, live, db_backend):
    pane = go(window, qtbot, 1)
    pane.table.selectRow(0)
    editor = pane.edit_current()
    qtbot.waitUntil(lambda: editor.version is not None and idle(context))
    editor.description.setPlainText("my draft")
    theirs = organizations.get_organization(other_desktop, context.actor, editor.record_id)
    organizations.update_organization(other_desktop, context.actor, theirs.id, theirs.version,
                                      organizations.OrganizationInput(theirs.name,
                                                                      description="theirs"))
    qtbot.waitUntil(lambda: "changed this organization" in editor.message_bar.text,
                    timeout=3000)
    assert editor.description.toPlainText() == "my draft"
    assert editor.reload_button.isVisible() and editor.overwrite_button.isVisible()
    editor.reject()


@pytest.mark.parametrize("db_backend", ["postgresql"])
def test_server_stop_shows_a_banner_keeps_input_and_recovers(window, qtbot, context, live,
                                                             postgres, db_backend):
    pane = window.panes[0]
    pane.table.selectRow(0)
    editor = pane.edit_current()
    qtbot.waitUntil(lambda: editor.version is not None and idle(context))
    editor.first_name.setText("Changed while offline")
    postgres.stop("fast")
    try:
        qtbot.waitUntil(lambda: "cannot be reached" in window.message_bar.text, timeout=5000)
        editor.save()
        qtbot.waitUntil(lambda: idle(context) and editor.message_bar.text != "", timeout=10000)
        assert "cannot be reached" in editor.message_bar.text
        assert editor.first_name.text() == "Changed while offline"
    finally:
        postgres.resume()
    qtbot.waitUntil(lambda: "reachable again" in window.message_bar.text, timeout=15000)
    editor.save()
    qtbot.waitUntil(lambda: idle(context) and not is_open(editor), timeout=10000)
    assert users.get_user(context.database, context.actor,
                          editor.record_id).first_name == "Changed while offline"
