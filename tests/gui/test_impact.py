"""Impact before harm at the console: the editors ask before narrowing a role or moving an
organization, Cancel keeps the input and saves nothing, and the lists say who is affected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from iam_console.services import holders, impact, organizations, roles, users
from iam_console.services.permissions import MANAGE_USERS, RESET_CREDENTIALS, VIEW_USERS
from iam_console.views.impact_dialog import ImpactDialog
from tests.delegation_world import build

from .conftest import idle, is_open


@pytest.fixture
def world(database, admin, hasher):
    world = build(database, admin, hasher)
    caseworker = roles.create_role(database, admin, roles.RoleInput(
        "Caseworker", permission_codes=frozenset({VIEW_USERS, MANAGE_USERS,
                                                  RESET_CREDENTIALS}))).value
    world.role["Caseworker"] = caseworker.id
    for username in ("sam", "yara"):
        detail = world.detail(username)
        users.update_user(database, admin, detail.id, detail.version, users.UserInput(
            detail.username, detail.first_name, detail.last_name, detail.email,
            organization_ids=detail.organization_ids,
            assignments=(users.AssignmentInput(caseworker.id, detail.organization_ids[0]),)))
    return world


def open_role(window, qtbot, role_id):
    window.navigation.setCurrentRow(2)
    pane = window.current_pane
    qtbot.waitUntil(lambda: idle(window.context) and pane.model.row_of_id(role_id) >= 0)
    pane.table.selectRow(pane.model.row_of_id(role_id))
    editor = pane.edit_current()
    qtbot.waitUntil(lambda: editor.version is not None and editor.lists_loaded
                    and idle(window.context))
    return editor


def test_narrowing_a_role_asks_first_and_cancel_saves_nothing(window, qtbot, world,
                                                              confirmations):
    editor = open_role(window, qtbot, world.role["Caseworker"])
    editor.set_permission(RESET_CREDENTIALS, False)
    confirmations.answer = False
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(window.context))
    assert confirmations.questions[-1].startswith(
        "Remove permissions from the role \u201cCaseworker\u201d? This affects 2 users in "
        "2 organizations.")
    assert is_open(editor) and editor.is_dirty()  # the unticked box is still unticked
    assert "Not saved" in editor.message_bar.text
    detail = roles.get_role(world.database, world.root, world.role["Caseworker"])
    assert RESET_CREDENTIALS in detail.permission_codes
    confirmations.answer = True
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(window.context) and not is_open(editor))
    detail = roles.get_role(world.database, world.root, world.role["Caseworker"])
    assert RESET_CREDENTIALS not in detail.permission_codes


def test_renaming_a_role_takes_nothing_away_and_asks_nothing(window, qtbot, world,
                                                             confirmations):
    editor = open_role(window, qtbot, world.role["Caseworker"])
    editor.name.setText("Case worker")
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(window.context) and not is_open(editor))
    assert confirmations.impacts == []


def test_moving_an_organization_asks_with_the_count_of_its_users(window, qtbot, world,
                                                                 confirmations):
    window.navigation.setCurrentRow(1)
    pane = window.current_pane
    social = world.org["Social Services"]
    qtbot.waitUntil(lambda: idle(window.context) and pane.model.row_of_id(social) >= 0)
    pane.table.selectRow(pane.model.row_of_id(social))
    editor = pane.edit_current()
    qtbot.waitUntil(lambda: editor.version is not None and idle(window.context)
                    and editor.parent_org.findData(world.org["Housing"]) >= 0)
    editor.parent_org.setCurrentIndex(editor.parent_org.findData(world.org["Housing"]))
    confirmations.answer = False
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(window.context))
    assert "This affects 5 users in 2 organizations." in confirmations.questions[-1]
    assert organizations.get_organization(world.database, world.root,
                                          social).parent_id == world.org["Head Office"]
    editor.reject()


def test_the_dialog_lists_the_affected_people_on_request_and_defaults_to_cancel(
        qtbot, context, world):
    found = impact.role_change(world.database, world.root, world.role["Caseworker"], None)
    dialog = ImpactDialog(context, found, "Delete")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.summary.text() == "This affects 2 users in 2 organizations."
    assert dialog.affected is None  # nothing is read until asked
    QTest.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    view = dialog.affected
    qtbot.waitUntil(lambda: idle(context) and view.model.rowCount() == 2)
    shown = [[view.model.index(r, c).data() for c in (0, 3, 4)] for r in range(2)]
    assert shown == [["sam", "Social Services", "Caseworker"],
                     ["yara", "Social Youth", "Caseworker"]]
    assert view.count_label.text() == "2 rows"
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # the default button is Cancel
    assert dialog.result() == dialog.DialogCode.Rejected


def test_role_editor_holders_page_and_permission_holders_window(window, qtbot, world):
    editor = open_role(window, qtbot, world.role["Caseworker"])
    assert editor.holders is not None and editor.holders.model.rowCount() == 0
    editor.tabs.setCurrentWidget(editor.holders)
    qtbot.waitUntil(lambda: idle(window.context) and editor.holders.model.rowCount() == 2)
    assert not editor.who_holds.isEnabled()
    editor.permissions.setCurrentItem(editor.permission_item(RESET_CREDENTIALS))
    assert editor.who_holds.isEnabled()
    holders_window = editor.show_permission_holders()
    view = holders_window.findChild(type(editor.holders))
    qtbot.waitUntil(lambda: idle(window.context) and view.count_label.text().endswith("rows"))
    expected = holders.count_holders(world.database, world.root,
                                     holders.Holders(permission=RESET_CREDENTIALS))
    assert view.count_label.text() == f"{expected} rows" and expected >= 7
    assert "Who holds \u201cReset credentials\u201d" in holders_window.windowTitle()
    holders_window.close()
    editor.reject()
