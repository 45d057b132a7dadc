"""A tour of every window and page of the console, as a person would open them: each step
yields ``(where, window)`` with that window showing the page named. Tests walk it to check
what a keyboard or screen-reader user meets, and which texts are translated."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QTabWidget, QWidget

from iam_console import config
from iam_console.services import holders, impact, roles, tokens
from iam_console.views.actions import ActionId
from iam_console.views.error_dialog import ErrorDialog
from iam_console.views.errors import UNEXPECTED
from iam_console.views.holders_view import open_holders_window
from iam_console.views.i18n import tr
from iam_console.views.impact_dialog import ImpactDialog
from iam_console.views.import_dialog import ORGANIZATIONS as ORGANIZATIONS_IMPORT
from iam_console.views.profile_dialog import ProfileDialog
from iam_console.views.reset_password import open_reset_password
from iam_console.views.secret_dialog import SecretDialog
from iam_console.views.sign_in import DB_PASSWORD, SECOND_STEP, SETUP, SIGN_IN, WAITING

from .conftest import idle

Stop = tuple[str, QWidget]


def pages(where: str, top: QWidget, tabs: QTabWidget, wait) -> Iterator[Stop]:
    for index in range(tabs.count()):
        if tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)
            wait()
            yield f"{where} / {tabs.tabText(index).replace('&', '')}", top


def open_editor(pane, qtbot, context, row: int | None):
    if row is None:
        editor = pane.new_record()
    else:
        qtbot.waitUntil(lambda: idle(context) and pane.model.rowCount() > row)
        pane.table.selectRow(row)
        editor = pane.edit_current()
    qtbot.waitUntil(lambda: idle(context))
    return editor


def main_window(window, qtbot, context, database, admin) -> Iterator[Stop]:
    """Every list, the log with an event open, and every page of each kind of editor for an
    existing record and a new one."""
    def wait() -> None:
        qtbot.waitUntil(lambda: idle(context))

    roles.create_role(database, admin, roles.RoleInput("Clerk"))  # a role that may be edited
    for index, pane in enumerate(window.panes):
        window.show_pane(index)
        wait()
        yield f"main window / {pane.spec.plural}", window
    log = window.show_log()
    qtbot.waitUntil(lambda: idle(context) and log.model.rowCount() > 0)
    log.table.selectRow(0)  # the event's detail panel with its buttons
    wait()
    yield "main window / log with an event", window
    for index in range(3):  # users, organizations, roles
        pane = window.panes[index]
        window.show_pane(index)
        for row in (pane.model.rowCount() - 1 if pane.model.rowCount() else 0, None):
            editor = open_editor(pane, qtbot, context, row)
            yield from pages(editor.windowTitle(), editor, editor.tabs, wait)
            editor.close()


def dialogs(window, qtbot, context, database, admin) -> Iterator[Stop]:
    """Settings, My profile, and every other dialog the main window opens."""
    def wait() -> None:
        qtbot.waitUntil(lambda: idle(context))

    settings = window.open_settings()
    wait()
    yield from pages("Settings", settings, settings.tabs, wait)
    settings.close()
    profile = window.open_my_profile()
    wait()
    yield from pages("My profile", profile, profile.tabs, wait)
    profile.close()
    for where, opener in (
            ("Command palette", window.open_palette),
            ("Import users", window.import_from_csv),
            ("Import organizations", lambda: window.import_from_csv(ORGANIZATIONS_IMPORT)),
            ("Sanctions screening", window.open_screening),
            ("About", window._about),
            ("Purge the log", lambda: window.show_log().open_purge())):
        dialog = opener()
        wait()
        yield where, dialog
        dialog.close()

    users = window.panes[0]
    window.show_pane(0)
    users.table.selectRow(0)
    dialog = open_reset_password(context, users, users.current_row())
    yield "Reset password", dialog
    dialog.close()
    with qtbot.waitSignal(window.bulk_opened, timeout=5000) as opened:
        window.commands[ActionId.BULK].trigger()
    wait()
    yield "Bulk action", opened.args[0]
    opened.args[0].close()

    found = next(i for c in roles.role_choices(database, admin)
                 if (i := impact.role_change(database, admin, c.id, None)) is not None)
    role_ids = frozenset(c.id for c in roles.role_choices(database, admin))
    # texts given to these dialogs as the console gives them (through tr())
    for where, make in (
            ("Impact", lambda: ImpactDialog(context, found, tr("Delete"), window)),
            ("Secret shown once", lambda: SecretDialog(
                window, tr(tokens.KIND_TITLES[tokens.TokenKind.RESET]), tr("Reset password"),
                "https://example.org/reset#abc", context.clipboard)),
            ("Error", lambda: ErrorDialog(tr(UNEXPECTED).format("RuntimeError"),
                                          "Traceback: ...", window)),
            ("Holders", lambda: open_holders_window(context, window,
                                                    tr("Who holds “{0}”").format("Clerk"),
                                                    holders.Holders(role_ids)))):
        dialog = make()
        dialog.show()
        wait()
        yield where, dialog
        dialog.close()


def sign_in(window, store, keychain) -> Iterator[Stop]:
    """Every page of the sign-in window (first the one it opened on) and the connection
    dialog for a database file and for a PostgreSQL server."""
    window.show()
    for page, where in ((SIGN_IN, "sign in"), (SETUP, "first administrator"),
                        (DB_PASSWORD, "database password"), (WAITING, "waiting for browser")):
        window.pages.setCurrentIndex(page)
        yield f"Sign-in window / {where}", window
    window.pages.setCurrentIndex(SECOND_STEP)
    steps = window.second_step.pages
    for index, where in enumerate(("code", "enrol", "new password", "recovery codes")):
        steps.setCurrentIndex(index)
        yield f"Sign-in window / second step: {where}", window
    for profile in (None, config.Profile("Team", config.POSTGRESQL, host="db", port=5432,
                                         database="iam", user="console")):
        dialog = ProfileDialog(store, keychain, profile, window)
        dialog.show()
        yield f"Connection dialog ({profile.kind if profile else 'new'})", dialog
        dialog.close()
