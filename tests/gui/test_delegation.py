"""An organization administrator at the console: sees only their organization, finds an
administrator's account read-only with the reason, and the Explain box says why."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from iam_console.models import User
from iam_console.services import users
from iam_console.views.actions import ActionId
from iam_console.views.context import ConsoleContext
from iam_console.views.main_window import MainWindow
from iam_console.views.reset_password import ResetPasswordDialog
from tests.conftest import audit_events
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


def window_for(qtbot, context, world, username):
    """The main window as ``username`` of the delegation world sees it."""
    own = ConsoleContext(database=context.database, actor=world.actor[username],
                         hasher=context.hasher, runner=context.runner, bus=context.bus,
                         settings=context.settings, confirm=context.confirm)
    main = MainWindow(own)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: idle(own) and main.panes[0].model.rowCount() > 0)
    return main


@pytest.fixture
def oa_window(qtbot, context, world):
    return window_for(qtbot, context, world, "oa")


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


def select_user(window, qtbot, username):
    pane = window.panes[0]
    pane.table.selectRow(next(i for i in range(pane.model.rowCount())
                              if pane.model.row_at(i).username == username))
    qtbot.waitUntil(lambda: idle(window.context) and pane.delete_decision is not None)


def test_delete_and_reset_are_disabled_on_an_administrator_with_the_reason(oa_window, qtbot):
    delete = oa_window.commands[ActionId.DELETE]
    reset = oa_window.commands[ActionId.RESET_PASSWORD]
    select_user(oa_window, qtbot, "boss")
    assert not delete.isEnabled() and "protected" in delete.toolTip()
    assert not reset.isEnabled() and "protected" in reset.toolTip()
    select_user(oa_window, qtbot, "hank")
    assert delete.isEnabled() and reset.isEnabled()
    select_user(oa_window, qtbot, "oa")
    assert delete.toolTip() == "You cannot delete your own account."
    oa_window.navigation.setCurrentRow(2)  # Roles: defining them needs the whole directory
    qtbot.waitUntil(lambda: idle(oa_window.context)
                    and oa_window.current_pane.create_decision is not None)
    new = oa_window.commands[ActionId.NEW]
    assert not new.isEnabled() and "whole directory" in new.toolTip()
    assert not reset.isEnabled()  # not a command of this list


def test_the_role_picker_offers_only_roles_one_may_give(oa_window, qtbot):
    editor = open_editor(oa_window, qtbot, "hank")
    qtbot.waitUntil(lambda: editor.role_pick.count() > 0)
    model = editor.role_pick.model()
    state = {editor.role_pick.itemText(i): (model.item(i).isEnabled(), model.item(i).toolTip())
             for i in range(editor.role_pick.count())}
    assert state["Reader"] == (True, "")
    assert state["Organization administrator"][0]
    enabled, why = state["System administrator"]
    assert not enabled and "nobody gives more than they hold" in why
    assert not state["Help desk"][0]  # it reaches sub-organizations; oa does not
    assert editor.role_pick.currentText() != "System administrator"
    editor.pick("System administrator", "Housing")
    assert "nobody gives more" in editor.error_text("assignments")
    assert editor.assignments.rowCount() == 0


def test_a_partner_without_role_access_finds_roles_and_catalogue_disabled(qtbot, context, world):
    window = window_for(qtbot, context, world, "ex")
    qtbot.waitUntil(lambda: idle(window.context)
                    and not window.commands[ActionId.LOAD_CATALOGUE].isEnabled())
    roles_item = window.navigation.item(2)
    assert not roles_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert roles_item.toolTip() == "You do not have the permission \u201cView roles\u201d."
    assert not window.commands[ActionId.GO_ROLES].isEnabled()
    assert window.navigation.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Load permission catalogues" in window.commands[ActionId.LOAD_CATALOGUE].toolTip()
    assert not window.commands[ActionId.NEW].isEnabled()  # External access manages nobody
    for command, permission in ((ActionId.IMPORT_USERS, "Manage users"),
                                (ActionId.IMPORT_ORGANIZATIONS, "Manage organizations")):
        assert not window.commands[command].isEnabled()
        assert window.commands[command].toolTip() == \
            f"You do not have the permission \u201c{permission}\u201d."


def test_help_desk_resets_a_password_with_the_dialog(qtbot, context, world, hasher):
    window = window_for(qtbot, context, world, "hd")
    select_user(window, qtbot, "hank")
    assert not window.commands[ActionId.DELETE].isEnabled()  # help desk deletes nobody
    window.commands[ActionId.RESET_PASSWORD].trigger()
    dialog = window.panes[0].findChild(ResetPasswordDialog)
    assert "Hank Tester (hank)" in dialog.findChild(QLabel).text()
    QTest.keyClicks(dialog.password, "fresh password 2026")
    QTest.keyClicks(dialog.confirmation, "fresh password 2027")
    QTest.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context))
    assert dialog.fields.error_text("password_confirmation") == "The two passwords differ."
    dialog.confirmation.setText("fresh password 2026")
    QTest.keyClick(dialog.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle(context) and not dialog.isVisible())
    assert "The password of Hank Tester (hank) is set." in window.panes[0].message_bar.text
    with context.database.session_factory() as session:  # hank has no console roles: check
        stored = session.scalars(select(User).where(User.username == "hank")).one()
    assert hasher.verify(stored.password_hash, "fresh password 2026")
    assert stored.must_change_password  # the box is ticked by default
    event = audit_events(context.database, "user.password_reset")[-1]
    assert event.actor_id == world.user["hd"] and "fresh password" not in (event.changes or "")


def test_row_commands_wait_for_a_selected_row(oa_window, qtbot):
    pane = oa_window.panes[0]
    pane.table.clearSelection()
    pane.table.setCurrentIndex(pane.model.index(-1, -1))
    qtbot.waitUntil(lambda: idle(oa_window.context))
    delete = oa_window.commands[ActionId.DELETE]
    assert not delete.isEnabled() and delete.toolTip() == "Select a row of the list first."
    assert not oa_window.commands[ActionId.RESET_PASSWORD].isEnabled()


def test_organization_and_role_editors_open_read_only_where_one_may_not_save(oa_window, qtbot):
    oa_window.navigation.setCurrentRow(1)
    orgs = oa_window.current_pane
    qtbot.waitUntil(lambda: idle(oa_window.context) and orgs.model.rowCount() > 0)
    orgs.table.selectRow(0)  # Housing: oa manages its users, not the organization
    editor = orgs.edit_current()
    qtbot.waitUntil(lambda: editor.version is not None and idle(oa_window.context))
    assert not editor.save_button.isEnabled()
    assert "Manage organizations" in editor.save_button.toolTip()
    assert editor.name.isReadOnly() and not editor.location_buttons[0].isEnabled()
    editor.reject()
    oa_window.navigation.setCurrentRow(2)
    roles = oa_window.current_pane
    qtbot.waitUntil(lambda: idle(oa_window.context) and roles.model.rowCount() > 0)
    roles.table.selectRow(0)
    role_editor = roles.edit_current()
    qtbot.waitUntil(lambda: role_editor.version is not None and idle(oa_window.context))
    assert not role_editor.save_button.isEnabled()
    assert "read-only" in role_editor.message_bar.text.lower()
    role_editor.reject()
