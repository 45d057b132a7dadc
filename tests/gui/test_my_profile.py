"""My profile at the console: own details saved, email and username locked, the password changed
only with the current one, and one's own permissions listed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from iam_console.services import profile, sessions
from iam_console.services.errors import AuthenticationFailed
from iam_console.views.actions import ActionId
from tests.conftest import ADMIN_PASSWORD

from .conftest import idle, is_open


def open_profile(window, qtbot):
    window.commands[ActionId.MY_PROFILE].trigger()
    dialog = window.my_profile
    qtbot.waitUntil(lambda: dialog.version is not None and idle(window.context))
    return dialog


def test_own_details_are_saved_and_email_and_username_stay_locked(window, qtbot, context):
    dialog = open_profile(window, qtbot)
    assert (dialog.username.text(), dialog.email.text()) == ("root", "ada@example.org")
    assert dialog.username.isReadOnly() and dialog.email.isReadOnly()
    assert "administrator" in dialog.email.toolTip()
    dialog.phone.setText("+1 555 0100")
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("daily"))
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: idle(context) and not is_open(dialog))
    mine = profile.get_my_profile(context.database, context.actor)
    assert (mine.phone, mine.notification_frequency) == ("+1 555 0100", "daily")


def test_bad_phone_is_shown_at_the_field_and_the_input_stays(window, qtbot, context):
    dialog = open_profile(window, qtbot)
    dialog.phone.setText("ring me")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context))
    assert "Phone may hold" in dialog.error_text("phone")
    assert is_open(dialog) and dialog.phone.text() == "ring me"
    dialog._pristine = None  # close without the discard question
    dialog.reject()


def test_password_changes_only_with_the_current_one(window, qtbot, context, hasher):
    dialog = open_profile(window, qtbot)
    page = dialog.password_page
    dialog.tabs.setCurrentWidget(page)
    QTest.keyClicks(page.current, "not my password")
    QTest.keyClicks(page.new, "brand new secret 42")
    QTest.keyClicks(page.confirmation, "brand new secret 42")
    QTest.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context))
    assert page.fields.error_text("current_password") == "This is not your current password."
    assert page.new.text() == "brand new secret 42"  # nothing typed is lost
    page.current.setText(ADMIN_PASSWORD)
    QTest.keyClick(page.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle(context))
    assert "Your password is changed" in page.message_bar.text
    assert page.current.text() == page.new.text() == ""
    try:
        sessions.sign_in(context.database, hasher, "root", ADMIN_PASSWORD)
        raise AssertionError("the old password still works")
    except AuthenticationFailed:
        pass
    assert sessions.sign_in(context.database, hasher, "root", "brand new secret 42")
    dialog.reject()


def test_my_permissions_page_lists_what_i_hold(window, qtbot, context):
    dialog = open_profile(window, qtbot)
    dialog.tabs.setCurrentWidget(dialog.permissions_tab)
    tab = dialog.permissions_tab
    qtbot.waitUntil(lambda: idle(context) and tab.table.rowCount() > 0)
    roles = {tab.table.item(r, 3).text() for r in range(tab.table.rowCount())}
    assert roles == {"System administrator"}
    assert not tab.explain_button.isVisibleTo(tab)  # no Explain box about oneself here
    dialog.reject()
