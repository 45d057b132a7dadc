"""Keyboard and screen-reader use of every window: each control Tab reaches has a name a screen
reader can say, Tab moves through a window in reading order (fields, then the dialog's buttons),
and a person typing into an editor meets its fields top to bottom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from iam_console import config
from iam_console.services import holders, impact, roles
from iam_console.views.actions import ActionId
from iam_console.views.error_dialog import ErrorDialog
from iam_console.views.holders_view import open_holders_window
from iam_console.views.impact_dialog import ImpactDialog
from iam_console.views.import_dialog import ORGANIZATIONS as ORGANIZATIONS_IMPORT
from iam_console.views.profile_dialog import ProfileDialog
from iam_console.views.reset_password import open_reset_password
from iam_console.views.secret_dialog import SecretDialog
from iam_console.views.sign_in import DB_PASSWORD, SECOND_STEP, SETUP, SIGN_IN, WAITING

from .accessibility import out_of_order, reachable, spoken_name, tab_traps, unnamed
from .conftest import idle
from .test_sign_in import memory_keychain, sign_in_window  # noqa: F401 (a fixture)

pytestmark = pytest.mark.gui


class Findings:
    """Collects, per window and page, the controls without a name and the Tab steps that jump
    back; one assertion at the end lists all of them."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen = 0

    def check(self, where: str, top: QWidget) -> None:
        QApplication.processEvents()
        controls = reachable(top)
        assert controls, f"{where}: Tab reaches nothing"
        self.seen += len(controls)
        self.problems += [f"{where}: no name: {c}" for c in unnamed(top)]
        self.problems += [f"{where}: Tab order: {c}" for c in out_of_order(top)]
        self.problems += [f"{where}: {c}" for c in tab_traps(top)]
        self.problems += [f"{where}: named like code: {spoken_name(c)!r}" for c in controls
                          if spoken_name(c)[:1].islower()]

    def check_pages(self, where: str, top: QWidget, tabs, context=None, qtbot=None) -> None:
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            if qtbot is not None:
                qtbot.waitUntil(lambda: idle(context))
            self.check(f"{where} / {tabs.tabText(index).replace('&', '')}", top)

    def assert_none(self) -> None:
        assert self.problems == [], "\n".join(self.problems)


@pytest.fixture
def findings() -> Findings:
    return Findings()


def open_editor(pane, qtbot, context, row: int | None):
    if row is None:
        editor = pane.new_record()
    else:
        qtbot.waitUntil(lambda: idle(context) and pane.model.rowCount() > row)
        pane.table.selectRow(row)
        editor = pane.edit_current()
    qtbot.waitUntil(lambda: idle(context))
    return editor


def test_the_main_window_and_every_editor_page(window, qtbot, context, database, admin,
                                                findings):
    roles.create_role(database, admin, roles.RoleInput("Clerk"))  # a role that may be edited
    for index, pane in enumerate(window.panes):
        window.show_pane(index)
        qtbot.waitUntil(lambda: idle(context))
        findings.check(f"main window / {pane.spec.plural}", window)
    log = window.show_log()
    qtbot.waitUntil(lambda: idle(context) and log.model.rowCount() > 0)
    log.table.selectRow(0)  # the event's detail panel with its buttons
    qtbot.waitUntil(lambda: idle(context))
    findings.check("main window / log with an event", window)

    for index in range(3):  # users, organizations, roles: an existing record and a new one
        pane = window.panes[index]
        window.show_pane(index)
        for row in (pane.model.rowCount() - 1 if pane.model.rowCount() else 0, None):
            editor = open_editor(pane, qtbot, context, row)
            findings.check_pages(editor.windowTitle(), editor, editor.tabs, context, qtbot)
            editor.close()
    assert findings.seen > 100
    findings.assert_none()


def test_settings_and_the_other_dialogs(window, qtbot, context, database, admin, findings):
    settings = window.open_settings()
    qtbot.waitUntil(lambda: idle(context))
    findings.check_pages("Settings", settings, settings.tabs)
    settings.close()
    profile = window.open_my_profile()
    qtbot.waitUntil(lambda: idle(context))
    findings.check_pages("My profile", profile, profile.tabs, context, qtbot)
    profile.close()
    for where, opener in (
            ("Command palette", window.open_palette),
            ("Import users", window.import_from_csv),
            ("Import organizations", lambda: window.import_from_csv(ORGANIZATIONS_IMPORT)),
            ("Sanctions screening", window.open_screening),
            ("About", window._about),
            ("Purge the log", lambda: window.show_log().open_purge())):
        dialog = opener()
        qtbot.waitUntil(lambda: idle(context))
        findings.check(where, dialog)
        dialog.close()

    users = window.panes[0]
    window.show_pane(0)
    users.table.selectRow(0)
    dialog = open_reset_password(context, users, users.current_row())
    findings.check("Reset password", dialog)
    dialog.close()
    with qtbot.waitSignal(window.bulk_opened, timeout=5000) as opened:
        window.commands[ActionId.BULK].trigger()
    qtbot.waitUntil(lambda: idle(context))
    findings.check("Bulk action", opened.args[0])
    opened.args[0].close()

    found = next(i for c in roles.role_choices(database, admin)
                 if (i := impact.role_change(database, admin, c.id, None)) is not None)
    role_ids = frozenset(c.id for c in roles.role_choices(database, admin))
    for where, dialog in (
            ("Impact", ImpactDialog(context, found, "Delete", window)),
            ("Secret shown once", SecretDialog(window, "Reset link", "Give this link to them.",
                                               "https://example.org/reset#abc", context.clipboard)),
            ("Error", ErrorDialog("Something failed.", "Traceback: ...", window)),
            ("Holders", open_holders_window(context, window, "Holders",
                                            holders.Holders(role_ids)))):
        dialog.show()
        qtbot.waitUntil(lambda: idle(context))
        findings.check(where, dialog)
        dialog.close()
    findings.assert_none()


def test_every_page_of_the_sign_in_window(qtbot, hasher, tmp_path, memory_keychain,  # noqa: F811
                                          findings):
    keychain, _backend = memory_keychain
    store = config.ProfileStore(config.Locations(tmp_path / "cfg", tmp_path / "data"))
    local = config.Profile("This computer", config.SQLITE, path=str(tmp_path / "a.sqlite3"))
    window = sign_in_window(qtbot, hasher, [local], keychain, store)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == SETUP, timeout=10000)
    window.show()
    for page, where in ((SIGN_IN, "sign in"), (SETUP, "first administrator"),
                        (DB_PASSWORD, "database password"), (WAITING, "waiting for browser")):
        window.pages.setCurrentIndex(page)
        findings.check(f"Sign-in window / {where}", window)
    window.pages.setCurrentIndex(SECOND_STEP)
    steps = window.second_step.pages
    for index, where in enumerate(("code", "enrol", "new password", "recovery codes")):
        steps.setCurrentIndex(index)
        findings.check(f"Sign-in window / second step: {where}", window)
    for profile in (None, config.Profile("Team", config.POSTGRESQL, host="db", port=5432,
                                         database="iam", user="console")):
        dialog = ProfileDialog(store, keychain, profile, window)
        dialog.show()
        findings.check(f"Connection dialog ({profile.kind if profile else 'new'})", dialog)
        dialog.close()
    window.database.dispose()
    findings.assert_none()


def focused_names(presses: int, key=Qt.Key.Key_Tab,
                  modifier=Qt.KeyboardModifier.NoModifier) -> list[str]:
    """Press ``key`` ``presses`` times; the name of the control focused after each press."""
    names = []
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        focused = QApplication.focusWidget()
        names.append(spoken_name(focused.parentWidget() if focused.objectName() ==
                                 "qt_spinbox_lineedit" else focused))
    return names


def test_tab_walks_an_editor_top_to_bottom_then_its_buttons(window, qtbot, context):
    editor = open_editor(window.panes[1], qtbot, context, None)  # a new organization
    qtbot.waitUntil(lambda: editor.isActiveWindow() or QApplication.activeWindow() is not None)
    editor.activateWindow()
    editor.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name)
    assert focused_names(11) == ["Kind", "Parent", "Active", "Description", "Locations", "Add…",
                                 "Rename…", "Remove", "Save", "Cancel", "Name"]
    assert focused_names(2, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) == [
        "Cancel", "Save"]  # Shift+Tab from the first field: the buttons, which come last
    editor.close()
