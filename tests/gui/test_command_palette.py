"""Ctrl+K: commands and records by their names, run with Enter, without the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from iam_console.services import users
from iam_console.views.actions import ActionId
from iam_console.views.command_palette import CommandPalette
from iam_console.views.reset_password import ResetPasswordDialog

from .conftest import idle, is_open


def type_in(palette, qtbot, text: str) -> None:
    palette.query.setFocus()
    QTest.keyClicks(palette.query, text)
    qtbot.waitUntil(lambda: not palette._timer.isActive() and not palette.searching,
                    timeout=5000)


def titles(palette) -> list[str]:
    return [e.title for e in palette.visible_entries()]


def test_go_to_organizations_by_typing(window, qtbot, context):
    window.activateWindow()
    window.panes[0].table.setFocus()
    QTest.keyClick(window.panes[0].table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    opened = [p for p in window.findChildren(CommandPalette) if p.isVisible()]
    assert len(opened) == 1
    palette = opened[0]
    assert "Bulk action" in titles(palette) and "Command palette" not in titles(palette)
    type_in(palette, qtbot, "go to organ")
    assert titles(palette)[0] == "Organizations"
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.current_pane is window.panes[1]


def test_reset_password_jdoe_opens_the_dialog_for_that_user(window, qtbot, context, database,
                                                             hasher):
    jane = users.create_user(database, context.actor, hasher, users.UserInput(
        "jdoe", "Jane", "Doe", "jane.doe@example.org")).value
    palette = window.open_palette()
    type_in(palette, qtbot, "reset password jdoe")
    assert titles(palette) == ["Reset password: Jane Doe (jdoe)"]
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    dialogs = [d for d in window.findChildren(ResetPasswordDialog) if is_open(d)]
    assert len(dialogs) == 1
    assert (dialogs[0].user_id, dialogs[0].who) == (jane.id, "Jane Doe (jdoe)")
    dialogs[0].close()
    qtbot.waitUntil(lambda: idle(context))


def test_a_name_offers_to_open_the_record_and_nothing_matches_says_so(window, qtbot, context):
    palette = window.open_palette()
    type_in(palette, qtbot, "head off")
    assert "Open organization: Head Office" in titles(palette)
    palette.results.setCurrentRow(titles(palette).index("Open organization: Head Office"))
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    editor = window.panes[1].editors[-1]
    qtbot.waitUntil(lambda: is_open(editor) and idle(context))
    assert editor.name.text() == "Head Office"
    editor.close()

    palette = window.open_palette()
    type_in(palette, qtbot, "zzqx")
    assert titles(palette) == [] and palette.status.text() == "Nothing matches."
    QTest.keyClick(palette.query, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    assert window.commands[ActionId.PALETTE].shortcut().toString() == "Ctrl+K"
