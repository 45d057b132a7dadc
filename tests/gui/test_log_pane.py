"""The administration log pane as a person uses it: filters, the detail panel, a user's Log
tab, export, live updates, opening a target, purge, and sign-out as an event."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtTest import QTest

from iam_console.services import audit, audit_chain, organizations, users
from iam_console.services.audit_log import EventRow
from iam_console.services.permissions import MANAGE_ORGANIZATIONS, VIEW_USERS, WHOLE_DIRECTORY
from iam_console.views.actions import ActionId
from iam_console.views.context import ConsoleContext
from iam_console.views.main_window import MainWindow
from tests.conftest import audit_events

from .conftest import idle, is_open

TEN_DAYS_AGO = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)


@dataclass
class History:
    other: object  # a second administrator
    ann: users.UserDetail
    bob: users.UserDetail


@pytest.fixture
def history(database, admin, hasher, make_actor, monkeypatch) -> History:
    with monkeypatch.context() as patched:  # events written ten days ago
        patched.setattr(audit, "utcnow", lambda: TEN_DAYS_AGO)
        organizations.create_organization(database, admin,
                                          organizations.OrganizationInput("Old Team"))
    other = make_actor(MANAGE_ORGANIZATIONS, WHOLE_DIRECTORY)
    organizations.create_organization(database, other,
                                      organizations.OrganizationInput("Recent by other"))
    team = organizations.create_organization(database, admin, organizations.OrganizationInput(
        "Recent by admin")).value
    ann = users.create_user(database, admin, hasher, users.UserInput(
        "ann", "Ann", "Lee", "ann@example.org", organization_ids=(team.id,))).value
    ann = users.update_user(database, admin, ann.id, ann.version, users.UserInput(
        "ann", "Ann", "Lee", "ann@example.org", "+31 20 555 0100",
        organization_ids=(team.id,))).value
    bob = users.create_user(database, admin, hasher, users.UserInput(
        "bob", "Bob", "Ray", "bob@example.org", organization_ids=(team.id,))).value
    return History(other, ann, bob)


@pytest.fixture
def log(window, qtbot, history):
    pane = window.show_log()
    qtbot.waitUntil(lambda: idle(window.context) and pane.model.rowCount() > 0)
    return pane


def shown(pane) -> list[EventRow]:
    return [pane.model.row_at(r) for r in range(pane.model.rowCount())]


def targets(pane, action: str | None = None) -> list[str]:
    return [r.entity_name for r in shown(pane) if action is None or r.action == action]


def pick(qtbot, field, typed: str, label_part: str) -> None:
    """Type into a type-ahead field and pick the suggestion containing ``label_part``."""
    field.setFocus()
    QTest.keyClicks(field, typed)
    qtbot.waitUntil(lambda: any(label_part in s for s in field.suggestions))
    field.pick_label(next(s for s in field.suggestions if label_part in s))


def test_filtering_by_actor_and_time_window_shows_the_right_events(log, qtbot, history,
                                                                   context):
    bar = log.filter_bar
    pick(qtbot, bar.actor, "Actor", "actor0")
    qtbot.waitUntil(lambda: idle(context) and targets(log, "organization.create")
                    == ["Recent by other"])
    assert {r.actor_name for r in shown(log)} == {"Test Actor0"}
    assert "by Test Actor0" in log.filter_label.text()

    bar.actor.choose(None)
    pick(qtbot, bar.actor, "Ada", "(root)")  # the administrator: old and new events
    qtbot.waitUntil(lambda: idle(context) and "Old Team" in targets(log))
    bar.time_range.setCurrentIndex(bar.time_range.findText("Last 24 hours"))
    qtbot.waitUntil(lambda: idle(context) and "Old Team" not in targets(log))
    assert targets(log, "organization.create") == ["Recent by admin"]
    # a custom window around ten days ago: only what happened then
    bar.time_range.setCurrentIndex(bar.time_range.findText("Custom\u2026"))
    when = QDateTime.fromSecsSinceEpoch(int(TEN_DAYS_AGO.timestamp()))
    bar.time_from.setDateTime(when.addSecs(-3600))
    bar.time_to.setDateTime(when.addSecs(3600))
    qtbot.waitUntil(lambda: idle(context) and targets(log) == ["Old Team"])
    assert "by Ada Admin (root)" in log.filter_label.text()

    log.clear_button.click()  # one step back to everything
    qtbot.waitUntil(lambda: idle(context) and len(targets(log, "organization.create")) >= 3)
    assert log.filter_label.text() == "No filter" and not log.clear_button.isEnabled()
    assert bar.actor.text() == "" and bar.time_range.currentIndex() == 0


def test_the_detail_panel_shows_old_to_new(log, qtbot, context):
    row = next(i for i, r in enumerate(shown(log)) if r.action == "user.update")
    log.table.selectRow(row)
    qtbot.waitUntil(lambda: log.detail.shown_event is not None)
    assert ("Phone", "", "+31 20 555 0100") in log.detail.rows()
    assert "Changed a user" in log.detail.fields["Action"].text()
    assert "Ann Lee" in log.detail.fields["Target"].text()
    created = next(i for i, r in enumerate(shown(log)) if r.action == "user.create"
                   and r.entity_name == "Ann Lee")
    log.table.selectRow(created)
    qtbot.waitUntil(lambda: log.detail.shown_event.action == "user.create")
    assert ("Organizations", "", "+ Recent by admin") in log.detail.rows()


def test_a_users_log_tab_shows_only_that_users_events(window, qtbot, history, context):
    editor = window.panes[0].spec.open_editor(context, window, history.ann.id)
    qtbot.waitUntil(lambda: idle(context) and editor.version is not None)
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.log_pane))
    editor.tabs.setCurrentWidget(editor.log_pane)
    qtbot.waitUntil(lambda: idle(context) and editor.log_pane.model.rowCount() == 2)
    rows = shown(editor.log_pane)
    assert [(r.action, r.entity_id) for r in rows] == [("user.update", history.ann.id),
                                                       ("user.create", history.ann.id)]
    assert not editor.log_pane.filter_bar.target.isVisible()
    editor.close()


def test_export_writes_the_filtered_rows(log, qtbot, context, tmp_path):
    bar = log.filter_bar
    bar.action.setCurrentIndex(bar.action.findData("organization.create"))
    qtbot.waitUntil(lambda: idle(context) and set(targets(log)) == {
        "Old Team", "Recent by other", "Recent by admin"})
    path = tmp_path / "exported.csv"
    log.choose_export_file = lambda _parent: (path, "csv")
    log.export()
    qtbot.waitUntil(lambda: idle(context) and "Exported" in log.message_bar.text)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        exported = [r["target"] for r in csv.DictReader(stream)]
    assert exported == targets(log)
    assert "Exported 3 events" in log.message_bar.text


def test_new_events_arrive_on_top_without_moving_the_selection_or_the_view(
        log, qtbot, context, admin):
    for n in range(60):
        organizations.create_organization(context.database, admin,
                                          organizations.OrganizationInput(f"Bulk {n:02}"))
    log.refresh()
    qtbot.waitUntil(lambda: idle(context) and log.model.rowCount() > 60)
    log.table.resize(800, 300)
    log.table.scrollTo(log.model.index(40, 0), log.table.ScrollHint.PositionAtTop)
    top_before = log.model.row_at(log.table.rowAt(0)).id
    log.table.selectRow(42)
    selected = log.model.row_at(42).id
    count = log.model.rowCount()
    outcome = organizations.create_organization(context.database, admin,
                                                organizations.OrganizationInput("Live one"))
    context.bus.publish(outcome.changes)
    qtbot.waitUntil(lambda: idle(context) and log.model.rowCount() == count + 1)
    assert log.model.row_at(0).entity_name == "Live one"
    assert log.current_row().id == selected
    assert log.model.row_at(log.table.rowAt(0)).id == top_before


def test_opening_an_events_target_opens_its_editor(log, qtbot, window, context, history):
    row = next(i for i, r in enumerate(shown(log)) if r.entity_name == "Bob Ray")
    log.table.selectRow(row)
    qtbot.waitUntil(lambda: log.detail.shown_event is not None)
    assert log.detail.target_button.isEnabled()
    window.commands[ActionId.EDIT].trigger()
    editor = log.editors[-1]
    qtbot.waitUntil(lambda: idle(context) and editor.version is not None)
    assert editor.record_id == history.bob.id and editor.username.text() == "bob"
    editor.close()
    assert not window.commands[ActionId.NEW].isEnabled()
    assert not window.commands[ActionId.DELETE].isEnabled()


def test_purging_old_events_keeps_the_log_verifiable(log, qtbot, context, confirmations):
    qtbot.waitUntil(lambda: idle(context) and log.purge_button.isEnabled())
    dialog = log.open_purge()
    dialog.before.setDate(QDate.currentDate())  # everything before today
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: idle(context) and not is_open(dialog))
    assert any("Purge old log events" in q for q in confirmations.questions)
    assert "Purged" in log.message_bar.text
    qtbot.waitUntil(lambda: idle(context) and log.model.rowCount() > 0)
    assert "Old Team" not in targets(log)
    assert audit_events(context.database, "audit.purge")
    assert audit_chain.verify_chain(context.database, None).intact


def test_without_the_log_permission_the_log_and_log_tabs_are_disabled_with_the_reason(
        qtbot, context, make_actor, history):
    reader = make_actor(VIEW_USERS, WHOLE_DIRECTORY)
    own = ConsoleContext(database=context.database, actor=reader, hasher=context.hasher,
                         runner=context.runner, bus=context.bus, settings=context.settings,
                         confirm=context.confirm)
    main = MainWindow(own)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: idle(own) and main.panes[0].model.rowCount() > 0)
    item = main.navigation.item(len(main.panes))
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "View the administration log" in item.toolTip()
    assert not main.commands[ActionId.GO_LOG].isEnabled()
    editor = main.panes[0].spec.open_editor(own, main, history.ann.id)
    qtbot.waitUntil(lambda: idle(own) and editor.version is not None)
    index = editor.tabs.indexOf(editor.log_pane)
    assert not editor.tabs.isTabEnabled(index)
    assert "View the administration log" in editor.tabs.tabToolTip(index)
    editor.close()


def test_signing_out_is_an_event(window, qtbot, context):
    window.commands[ActionId.SIGN_OUT].trigger()
    qtbot.waitUntil(lambda: idle(context))
    events = audit_events(context.database, "session.sign_out")
    assert [e.actor_id for e in events] == [context.actor.user_id]


def test_a_custom_range_that_ends_before_it_starts_is_refused_at_the_field(log, qtbot,
                                                                          context):
    bar = log.filter_bar
    before = targets(log)
    bar.time_range.setCurrentIndex(bar.time_range.findText("Custom\u2026"))
    qtbot.waitUntil(lambda: idle(context) and "Old Team" not in targets(log))
    shown_now = targets(log)
    bar.time_to.setDateTime(bar.time_from.dateTime().addSecs(-60))
    assert bar.time_error.isVisible() and "before" in bar.time_error.text()
    qtbot.wait(50)
    assert targets(log) == shown_now and shown_now != before
    bar.time_to.setDateTime(bar.time_from.dateTime().addDays(2))
    assert not bar.time_error.isVisible()


def test_enter_in_a_type_ahead_field_takes_the_first_suggestion(log, qtbot, context):
    field = log.filter_bar.target
    field.setFocus()
    QTest.keyClicks(field, "Bob")
    qtbot.waitUntil(lambda: bool(field.suggestions))
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.chosen is not None and field.chosen.label == "Bob Ray (bob)"
    qtbot.waitUntil(lambda: idle(context) and set(targets(log)) == {"Bob Ray"})
