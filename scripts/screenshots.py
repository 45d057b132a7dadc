"""Make the README screenshots of the real windows on the demo database.

Run under a virtual X server:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
Images go to docs/screenshots/. Uses a throwaway home folder, so your own settings stay untouched.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def wait_until(app, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    home = tempfile.mkdtemp(prefix="iam-console-shots-")
    os.environ["IAM_CONSOLE_HOME"] = home
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from iam_console.auth.passwords import PasswordHasher
    from iam_console.config import startup_profiles
    from iam_console.services import impact
    from iam_console.services.demo import DEMO_PASSWORD, DEMO_USERNAME
    from iam_console.views.actions import ActionId
    from iam_console.views.appearance import Appearance
    from iam_console.views.errors import describe
    from iam_console.views.impact_dialog import ImpactDialog
    from iam_console.views.import_dialog import ORGANIZATIONS as ORGANIZATIONS_IMPORT
    from iam_console.views.session import ConsoleSession

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(Path(home) / "window.ini"), QSettings.Format.IniFormat)
    profiles, first = startup_profiles(None, demo=True)  # as `iam-console --demo` starts
    session = ConsoleSession(profiles, first, demo=True, hasher=PasswordHasher(),
                             settings=settings)
    session.start()
    sign_in = session.sign_in_window
    wait_until(app, lambda: sign_in.pages.currentIndex() == 1)
    sign_in.username.setText(DEMO_USERNAME)
    sign_in.password.setText(DEMO_PASSWORD)
    shoot(app, sign_in, "sign-in.png")
    sign_in.sign_in()
    wait_until(app, lambda: session.main_window is not None)
    window = session.main_window
    assert window is not None
    window.resize(1200, 720)
    users = window.panes[0]
    wait_until(app, lambda: users.model.rowCount() > 0 and "users" in users.count_label.text()
               and not session.runner.pending)
    users.table.selectRow(3)
    shoot(app, window, "users.png")
    editor = users.edit_current()
    wait_until(app, lambda: editor.version is not None and not session.runner.pending)
    shoot(app, editor, "user-editor.png")
    editor.close()
    # the help desk's day: the locked user, their Sign-in page, a reset link shown once
    users.show_view("locked")
    wait_until(app, lambda: users.model.rowCount() == 1 and users.model.row_at(0) is not None
               and not session.runner.pending)
    users.table.selectRow(0)
    editor = users.edit_current()
    wait_until(app, lambda: editor.version is not None and not session.runner.pending)
    editor.tabs.setCurrentWidget(editor.credentials_tab)
    wait_until(app, lambda: editor.credentials_tab.state is not None
               and not session.runner.pending)
    shoot(app, editor, "user-sign-in.png")
    editor.credentials_tab.buttons["unlock"].click()
    wait_until(app, lambda: not session.runner.pending
               and editor.credentials_tab.labels["sign_in"].text() == "not locked")
    editor.credentials_tab.buttons["reset"].click()
    wait_until(app, lambda: editor.credentials_tab.handover is not None
               and editor.credentials_tab.handover.dialog is not None)
    link_dialog = editor.credentials_tab.handover.dialog
    link_dialog.copy()
    shoot(app, link_dialog, "reset-link.png")
    link_dialog.close()
    editor.close()
    users.show_view("")
    # the organization administrator's permissions, and why they may not touch the help desk
    users.search_box.setText("orgadmin")
    wait_until(app, lambda: users.model.rowCount() == 1 and users.model.row_at(0) is not None
               and not session.runner.pending)
    users.table.selectRow(0)
    editor = users.edit_current()
    wait_until(app, lambda: editor.version is not None and not session.runner.pending)
    tab = editor.permissions_tab
    editor.tabs.setCurrentWidget(tab)
    wait_until(app, lambda: tab.table.rowCount() > 0 and not session.runner.pending)
    tab.question.setCurrentIndex(tab.question.findData("edit-user"))
    tab.target_user.setText("helpdesk")
    tab.explain()
    wait_until(app, lambda: "No." in tab.answer.text())
    shoot(app, editor, "user-permissions.png")
    editor.close()
    users.search_box.setText("")
    window.navigation.setCurrentRow(2)
    roles = window.panes[2]
    wait_until(app, lambda: roles.model.rowCount() > 0 and not session.runner.pending)
    wait_until(app, lambda: any(roles.model.row_at(i) is not None
                                and roles.model.row_at(i).name == "Case supervisor"
                                for i in range(roles.model.rowCount())))
    roles.table.selectRow(next(i for i in range(roles.model.rowCount())
                               if roles.model.row_at(i).name == "Case supervisor"))
    role_editor = roles.edit_current()
    wait_until(app, lambda: role_editor.version is not None and role_editor.lists_loaded
               and not session.runner.pending)
    role_editor.permissions.setCurrentItem(role_editor.permission_item("case.decisions.approve"))
    shoot(app, role_editor, "role-editor.png")
    # impact before harm: what taking "approve decisions" away from the role would affect
    typed = role_editor.collect()
    narrowed = dataclasses.replace(
        typed, permission_codes=typed.permission_codes - {"case.decisions.approve"})
    found = impact.role_change(window.context.database, window.context.actor,
                               role_editor.record_id, narrowed)
    assert found is not None
    dialog = ImpactDialog(window.context, found, "Save", role_editor)
    dialog.show()
    affected = dialog.show_affected()
    wait_until(app, lambda: affected.model.rowCount() > 0 and not session.runner.pending)
    shoot(app, dialog, "impact.png")
    dialog.reject()
    role_editor.close()
    window.navigation.setCurrentRow(1)
    orgs = window.panes[1]
    wait_until(app, lambda: orgs.model.rowCount() > 0 and not session.runner.pending)
    shoot(app, window, "organizations.png")
    # the command palette: a command and a user by name
    palette = window.open_palette()
    palette.query.setText("reset password dekker")
    wait_until(app, lambda: not palette._timer.isActive() and not palette.searching
               and not session.runner.pending)
    shoot(app, palette, "command-palette.png")
    palette.close()
    # the settings dialog, and the window in dark mode
    settings_dialog = window.open_settings()
    wait_until(app, lambda: settings_dialog.save_button.isEnabled()
               and not session.runner.pending)
    shoot(app, settings_dialog, "settings.png")
    settings_dialog.close()
    # the same dialog on a desktop whose deployment file sets the password rules and lockout
    from iam_console import deployment

    locked_file = Path(home) / deployment.FILE_NAME
    locked_file.write_text("[accounts]\nmin_password_length = 14\nlockout_threshold = 5\n"
                           "lockout_minutes = 30\n[desktop]\nclipboard_clear_seconds = 20\n",
                           encoding="utf-8")
    deployment.install(deployment.read(locked_file))
    settings_dialog = window.open_settings()
    wait_until(app, lambda: settings_dialog.save_button.isEnabled()
               and not session.runner.pending)
    shoot(app, settings_dialog, "settings-locked.png")
    settings_dialog.close()
    deployment.install(deployment.NONE)
    # Help -> About, and the error dialog of an unexpected failure
    about = window._about()
    shoot(app, about, "about.png")
    about.close()
    try:
        {}["organization_id"]
    except KeyError as exc:
        window.message_bar.show_message(describe(exc))
        failure = window.message_bar.show_details()
    failure.toggle.click()
    shoot(app, failure, "error-dialog.png")
    failure.close()
    window.message_bar.hide()
    window.commands[ActionId.GO_USERS].trigger()
    keeper = Appearance(app, "dark")
    shoot(app, window, "users-dark.png")
    keeper.set_choice("light")
    window.commands[ActionId.GO_ORGANIZATIONS].trigger()
    profile = window.open_my_profile()
    wait_until(app, lambda: profile.version is not None and not session.runner.pending)
    profile.tabs.setCurrentWidget(profile.permissions_tab)
    wait_until(app, lambda: profile.permissions_tab.table.rowCount() > 0
               and not session.runner.pending)
    profile.tabs.setCurrentIndex(0)
    shoot(app, profile, "my-profile.png")
    profile.close()
    # the administration log with the demo's history: a change with its old -> new table
    log = window.show_log()
    wait_until(app, lambda: log.model.rowCount() > 0 and not session.runner.pending)
    changed = next(r for r in range(log.model.rowCount())
                   if log.model.row_at(r).action == "user.update")
    log.table.selectRow(changed)
    wait_until(app, lambda: log.detail.shown_event is not None and not session.runner.pending)
    shoot(app, window, "log.png")
    # an administrator approves the person a first sign-in through a provider created
    window.commands[ActionId.GO_APPROVALS].trigger()
    approvals = window.current_list
    assert approvals is not None
    wait_until(app, lambda: approvals.model.rowCount() > 0 and not session.runner.pending)
    approvals.table.selectRow(0)
    wait_until(app, lambda: window.commands[ActionId.APPROVE].isEnabled())
    shoot(app, window, "awaiting-approval.png")
    window.commands[ActionId.APPROVE].trigger()
    approve = approvals.editors[-1]
    wait_until(app, lambda: approve.first_name.text() != "" and not session.runner.pending)
    approve.pick("Reader", "Housing Department")
    shoot(app, approve, "approve-user.png")
    approve.done(0)  # not saved: the demo person stays waiting
    # bulk work: every user matching a search selected, the preview of a deactivation
    window.commands[ActionId.GO_USERS].trigger()
    users.show_view("")
    users.search_box.setText("de")
    users._apply_search()
    wait_until(app, lambda: users.exact_count is not None and not session.runner.pending)
    users.select_all_matching()
    opened: list = []
    window.bulk_opened.connect(opened.append)
    window.commands[ActionId.BULK].trigger()
    wait_until(app, lambda: bool(opened) and not session.runner.pending)
    bulk = opened[0]
    bulk.start_preview()
    wait_until(app, lambda: bulk.preview is not None and not session.runner.pending)
    shoot(app, bulk, "bulk-preview.png")
    bulk.done(0)
    # a CSV import with problems found by the check
    people = Path(home) / "new-staff.csv"
    people.write_text(
        "Username;First name;Last name;E-mail;Organization;Roles\n"
        "lmeijer;Lotte;Meijer;lotte.meijer@demo.example.org;Housing Department;"
        "Reader @ Housing Department\n"
        "jvisser;Jan;Visser;jan.visser2@demo.example.org;Housing Department;\n"
        "kdijk;Kees;;kees.dijk@demo;Housing Dept;\n"
        "svos;Sanne;Vos;sanne.vos@demo.example.org;Projects Office;Boss @ Projects Office\n",
        encoding="utf-8-sig")
    importer = window.import_from_csv()
    importer.open_file(people)
    wait_until(app, lambda: importer.table is not None and not session.runner.pending)
    importer.start_check()
    wait_until(app, lambda: importer.check is not None and not session.runner.pending)
    shoot(app, importer, "import-check.png")
    importer.done(0)
    # organizations from CSV: a parent later in the file, a misspelt parent
    departments = Path(home) / "departments.csv"
    departments.write_text(
        "Name,Type,Parent,Locations,Description\n"
        "Harbour Works,,Port Authority,Quay 1 | Quay 2,Cranes and berths\n"
        "Port Authority,external,,,Partner for the port\n"
        "Youth Housing,,Housing Department,,\n"
        "Dredging,internal,Harbour Wrks,,\n", encoding="utf-8")
    org_importer = window.import_from_csv(ORGANIZATIONS_IMPORT)
    org_importer.open_file(departments)
    wait_until(app, lambda: org_importer.table is not None and not session.runner.pending)
    org_importer.start_check()
    wait_until(app, lambda: org_importer.check is not None and not session.runner.pending)
    shoot(app, org_importer, "import-organizations.png")
    org_importer.done(0)
    # sanctions screening: the demo's look-alike flagged with its score
    screening = window.open_screening()
    wait_until(app, lambda: screening.total > 0 and not session.runner.pending)
    shoot(app, screening, "screening.png")
    screening.done(0)
    # tdekker (two-factor required) signs in for the first time: the enrolment step
    window.commands[ActionId.SIGN_OUT].trigger()
    wait_until(app, lambda: session.main_window is None and not session.runner.pending)
    sign_in.username.setText("tdekker")
    sign_in.password.setText(DEMO_PASSWORD)
    sign_in.sign_in()
    wait_until(app, lambda: sign_in.second_step.enrolment is not None)
    shoot(app, sign_in, "two-factor-enrolment.png")
    # the sign-in window as it is once providers are set up (the demo's own is switched off)
    from iam_console.services.identity_providers import ProviderInfo

    sign_in.pages.setCurrentIndex(1)  # back to the sign-in page
    sign_in.message_bar.hide()
    sign_in.show_providers(tuple(
        ProviderInfo(n, name, issuer, "iam-console", "openid", "sub", True, 1)
        for n, (name, issuer) in enumerate((
            ("Staff login", "https://login.demo.example.org/realms/staff"),
            ("Microsoft Entra ID", "https://login.microsoftonline.com/demo/v2.0")))))
    sign_in.username.clear()
    sign_in.password.clear()
    shoot(app, sign_in, "sign-in-providers.png")
    sign_in.close()
    session.shutdown()
    print(f"screenshots written to {OUT}")
    return 0


def shoot(app, widget, name: str) -> None:
    widget.show()
    widget.raise_()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    screen = widget.screen()
    pixmap = screen.grabWindow(0, widget.frameGeometry().x(), widget.frameGeometry().y(),
                               widget.frameGeometry().width(), widget.frameGeometry().height())
    if pixmap.isNull() or pixmap.toImage().isGrayscale():
        pixmap = widget.grab()
    pixmap.save(str(OUT / name))


if __name__ == "__main__":
    raise SystemExit(main())
