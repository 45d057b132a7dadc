"""The help-desk day end to end in the real windows: a new user, their activation link copied
to the clipboard, redeemed in the sign-in window, the first sign-in enrolling two-factor with
a code computed here; the clipboard cleared; a locked user unlocked; a reset link issued."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from iam_console.auth import totp
from iam_console.services import installation_settings, sessions
from iam_console.services.installation_settings import AccountSettings
from iam_console.views.clipboard import ClipboardGuard
from iam_console.views.session import ConsoleSession
from iam_console.views.sign_in import SECOND_STEP, SIGN_IN
from iam_console.views.user_editor import UserEditor

from .conftest import idle

LINK = "https://portal.example.org/activate?token={token}"
PASSWORD = "window seat by the sea 4"


def _open_editor(qtbot, context, window, user_id):
    editor = UserEditor(context, window, user_id).start()
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: idle(context) and editor.credentials_tab.state is not None)
    return editor


def _create_user(qtbot, context, window, handovers=None) -> int:
    editor = UserEditor(context, window, None).start()
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: idle(context) and editor.role_pick.count() > 0)
    editor.username.setText("nadia")
    editor.first_name.setText("Nadia")
    editor.last_name.setText("Novak")
    editor.email.setText("nadia@example.org")
    editor.pick("Reader", "Head Office")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save()
    assert saved.args[0].status == "pending"  # no password: awaits activation
    qtbot.waitUntil(lambda: idle(context) and editor.handover.dialog is not None)
    qtbot.addWidget(editor.handover.dialog)
    if handovers is not None:
        handovers.append(editor.handover)
    else:
        editor.handover.dialog.close()
    return saved.args[0].id


def test_new_user_activation_link_redeemed_then_two_factor_enrolment(
        qtbot, tmp_path, context, window, database, hasher, admin):
    installation_settings.save(database, admin, AccountSettings(activation_link=LINK))
    handovers: list = []
    user_id = _create_user(qtbot, context, window, handovers)
    dialog = handovers[0].dialog  # the activation link comes up as the user is created
    assert "activation link" in dialog.windowTitle().lower()
    dialog.copy_button.click()
    link = QGuiApplication.clipboard().text()
    assert link.startswith("https://portal.example.org/activate?token=")
    assert "cleared in 30 s" in dialog.status.text()
    editor = _open_editor(qtbot, context, window, user_id)
    tab = editor.credentials_tab
    assert tab.labels["status"].text() == "pending"
    assert not tab.buttons["reset"].isEnabled()  # reset links are for active users
    tab.buttons["require_2fa"].click()
    qtbot.waitUntil(lambda: idle(context) and "required" in tab.labels["two_factor"].text()
                    and "not required" not in tab.labels["two_factor"].text())
    qtbot.waitUntil(lambda: idle(context) and tab.tokens.item(0, 1) is not None
                    and tab.tokens.item(0, 1).text() == "valid")
    dialog.close()
    secret = link.rsplit("=", 1)[1]
    assert all(secret not in tab.tokens.item(r, c).text()
               for r in range(tab.tokens.rowCount()) for c in range(3))

    # the new person, at another console: paste the link, choose a password, sign in
    settings = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    url = database.engine.url.render_as_string(hide_password=False)
    other = ConsoleSession.for_url(url, demo=False, hasher=hasher, settings=settings)
    sign_in = other.sign_in_window
    qtbot.addWidget(sign_in)
    other.start()
    try:
        qtbot.waitUntil(lambda: sign_in.pages.currentIndex() == SIGN_IN, timeout=20000)
        redeem = sign_in.open_redeem(QGuiApplication.clipboard().text())
        redeem.password.setText(PASSWORD)
        redeem.confirmation.setText(PASSWORD)
        with qtbot.waitSignal(redeem.redeemed, timeout=10000):
            redeem.set_button.click()
        assert sign_in.username.text() == "nadia"
        sign_in.password.setText(PASSWORD)
        sign_in.sign_in()
        qtbot.waitUntil(lambda: sign_in.pages.currentIndex() == SECOND_STEP, timeout=10000)
        step = sign_in.second_step
        assert step.qr.modules > 21  # a QR code is drawn
        key = step.secret_text.text().replace(" ", "")
        step.enrol_code.setText(totp.code_at(key, time.time()))
        step.enrol_button.click()
        qtbot.waitUntil(lambda: step.recovery_codes.toPlainText().count("\n") == 9,
                        timeout=10000)
        with qtbot.waitSignal(sign_in.signed_in, timeout=10000) as signed:
            step.done_button.click()
        actor = signed.args[1]
        assert actor.username == "nadia" and actor.method == "password+totp"
    finally:
        if other.main_window is not None:
            other.main_window.close()
        other.shutdown()


def test_clipboard_is_cleared_only_if_it_still_holds_our_text(qtbot, qapp):
    guard = ClipboardGuard(seconds=1)
    with qtbot.waitSignal(guard.cleared, timeout=3000):
        guard.put("secret-link")
    assert QGuiApplication.clipboard().text() == ""
    guard.put("second-link")
    QGuiApplication.clipboard().setText("something the person copied")
    guard.clear_now()
    assert QGuiApplication.clipboard().text() == "something the person copied"


def test_help_desk_unlocks_and_issues_a_reset_link(qtbot, context, window, database, hasher,
                                                  admin):
    user_id = _create_user(qtbot, context, window)
    from iam_console.models import TokenKind
    from iam_console.services import tokens

    issued = tokens.issue_token(database, admin, user_id, TokenKind.ACTIVATION).value
    tokens.redeem_token(database, hasher, issued.secret, PASSWORD, PASSWORD)
    installation_settings.save(database, admin, AccountSettings(lockout_threshold=3))
    for _ in range(3):
        with pytest.raises(sessions.AuthenticationFailed):
            sessions.start_sign_in(database, hasher, "nadia", "not my password 1")
    pane = window.panes[0]
    pane.show_view("locked")  # the help desk finds the locked user
    qtbot.waitUntil(lambda: idle(context) and pane.model.rowCount() == 1
                    and pane.exact_count == 1)
    assert pane.model.row_at(0).username == "nadia"
    assert pane.model.index(0, 4).data() == "Active, locked"
    editor = _open_editor(qtbot, context, window, user_id)
    tab = editor.credentials_tab
    assert "locked" in tab.labels["sign_in"].text()
    tab.buttons["unlock"].click()
    qtbot.waitUntil(lambda: idle(context) and tab.labels["sign_in"].text() == "not locked")
    qtbot.waitUntil(lambda: idle(context) and pane.model.rowCount() == 0)  # list follows
    assert sessions.sign_in(database, hasher, "nadia", PASSWORD).username == "nadia"
    tab.buttons["reset"].click()
    qtbot.waitUntil(lambda: tab.handover is not None and tab.handover.dialog is not None)
    dialog = tab.handover.dialog
    qtbot.addWidget(dialog)
    assert not tab.handover.send_button.isEnabled()  # no mail server set up
    assert "Settings" in tab.handover.send_button.toolTip()
    dialog.close()
    qtbot.waitUntil(lambda: idle(context) and tab.tokens.item(1, 1).text() == "valid")


def test_an_iam_console_link_opens_the_code_dialog_once_the_database_is_open(
        qtbot, tmp_path, database, admin, hasher):
    from iam_console.app import parse_arguments

    link = "iam-console://redeem?token=" + "A" * 32
    assert parse_arguments([link]).link == link
    settings = QSettings(str(tmp_path / "link.ini"), QSettings.Format.IniFormat)
    url = database.engine.url.render_as_string(hide_password=False)
    session = ConsoleSession.for_url(url, demo=False, hasher=hasher, settings=settings)
    qtbot.addWidget(session.sign_in_window)
    session.start()
    try:
        assert session.sign_in_window.open_redeem(link) is None  # still opening: it waits
        qtbot.waitUntil(lambda: session.sign_in_window.redeem_dialog is not None, timeout=20000)
        dialog = session.sign_in_window.redeem_dialog
        assert dialog.code.text() == link
        dialog.password.setText(PASSWORD)
        dialog.confirmation.setText(PASSWORD)
        dialog.set_button.click()
        qtbot.waitUntil(lambda: dialog.fields.error_text("code") != "", timeout=10000)
        assert "not known" in dialog.fields.error_text("code")
        dialog.reject()
    finally:
        session.shutdown()
