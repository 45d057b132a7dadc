"""An organization administrator at the console: sees only their organization, finds an
administrator's account read-only with the reason, and the Explain box says why."""

import pytest

from iam_console.services import users
from iam_console.views.context import ConsoleContext
from iam_console.views.main_window import MainWindow
from tests.delegation_world import build

from .conftest import idle


@pytest.fixture
def world(database, admin, hasher):
    world = build(database, admin, hasher)
    boss = users.create_user(database, admin, hasher, users.UserInput(
        "boss", "Bo", "Boss", "boss@example.org", organization_ids=(world.org["Housing"],),
        assignments=(users.AssignmentInput(world.role["user-administrator"],
                                           world.org["Housing"]),))).value
    world.user["boss"] = boss.id
    return world


@pytest.fixture
def oa_window(qtbot, context, world):
    oa_context = ConsoleContext(database=context.database, actor=world.actor["oa"],
                                hasher=context.hasher, runner=context.runner, bus=context.bus,
                                settings=context.settings, confirm=context.confirm)
    main = MainWindow(oa_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: idle(oa_context) and main.panes[0].model.rowCount() > 0)
    return main


def names(pane):
    return {pane.model.row_at(i).username for i in range(pane.model.rowCount())}


def open_editor(window, qtbot, username):
    pane = window.panes[0]
    pane.table.selectRow(next(i for i in range(pane.model.rowCount())
                              if pane.model.row_at(i).username == username))
    editor = pane.edit_current()
    qtbot.waitUntil(lambda: editor.version is not None and idle(window.context))
    return editor


def test_organization_administrator_sees_only_their_organization(oa_window, qtbot):
    pane = oa_window.panes[0]
    qtbot.waitUntil(lambda: pane.exact_count is not None)
    assert names(pane) == {"oa", "rd", "hank", "both", "boss"}
    assert "5 users" in pane.count_label.text()
    orgs = oa_window.panes[1]
    oa_window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: idle(oa_window.context) and orgs.model.rowCount() > 0)
    assert [orgs.model.row_at(i).name for i in range(orgs.model.rowCount())] == ["Housing"]


def test_an_administrator_account_is_read_only_with_the_reason(oa_window, qtbot):
    editor = open_editor(oa_window, qtbot, "boss")
    assert not editor.save_button.isEnabled()
    assert "protected" in editor.save_button.toolTip()
    assert "Read-only for you" in editor.message_bar.text
    assert editor.first_name.isReadOnly()
    assert not editor.assign_button.isEnabled()
    assert "protected" in editor.assign_button.toolTip()
    # a plain user of the same organization is editable
    plain = open_editor(oa_window, qtbot, "hank")
    assert plain.save_button.isEnabled() and not plain.first_name.isReadOnly()


def test_the_explain_box_gives_the_reason(oa_window, qtbot):
    editor = open_editor(oa_window, qtbot, "oa")  # their own account: what may I do?
    tab = editor.permissions_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: idle(oa_window.context) and tab.table.rowCount() > 0)
    granted = {tab.table.item(r, 0).text() for r in range(tab.table.rowCount())}
    assert {"Manage users", "Assign roles", "View users"} <= granted
    assert {tab.table.item(r, 2).text() for r in range(tab.table.rowCount())} == {"Housing"}
    tab.question.setCurrentIndex(tab.question.findData("edit-user"))
    tab.target_user.setText("boss")
    tab.explain()
    qtbot.waitUntil(lambda: "No." in tab.answer.text())
    assert "protected account" in tab.answer.text()
    assert "User administrator" in tab.answer.text()
    tab.target_user.setText("hank")
    tab.explain()
    qtbot.waitUntil(lambda: "Yes." in tab.answer.text())
    assert "Organization administrator" in tab.answer.text()
