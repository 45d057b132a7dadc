"""The issue's walk-through in the windows, against the real provider: "Sign in with Staff
login" opens the browser; a new person sees that they await approval; an administrator
approves them with a role from the Awaiting approval list; they sign in and see what the role
allows; a restart signs them in without a browser; Sign out forgets it; no token in any file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from iam_console import config
from iam_console.auth.keychain import Keychain
from iam_console.services import identity_providers, roles
from iam_console.services.identity_providers import ProviderInput
from iam_console.services.permissions import VIEW_USERS
from iam_console.views.actions import ActionId
from iam_console.views.approval_dialog import ApprovalDialog
from iam_console.views.main_window import GO_TO_PANE
from iam_console.views.session import ConsoleSession
from iam_console.views.sign_in import SIGN_IN, WAITING
from tests import oidc_peer
from tests.gui.conftest import idle
from tests.memory_keyring import MemoryKeyring


def _console(qtbot, database, hasher, tmp_path, keychain, browser) -> ConsoleSession:
    url = database.engine.url.render_as_string(hide_password=False)
    profile = config.Profile("Team", url_override=url)
    settings = QSettings(str(tmp_path / "desktop.ini"), QSettings.Format.IniFormat)
    session = ConsoleSession([profile], profile, demo=False, hasher=hasher, settings=settings,
                             keychain=keychain, open_browser=browser)
    qtbot.addWidget(session.sign_in_window)
    session.start()
    return session


def _close(session: ConsoleSession) -> None:
    if session.main_window is not None:
        session.main_window.close()
    session.shutdown()


def test_sign_in_with_the_provider_approval_and_remembered_sign_in(
        qtbot, tmp_path, database, hasher, admin, context, window, provider_peer):
    identity_providers.save_provider(database, admin, ProviderInput(
        "Staff login", provider_peer.issuer, oidc_peer.CLIENT_ID))
    roles.create_role(database, admin, roles.RoleInput(
        "Directory reader", permission_codes=frozenset({VIEW_USERS})))
    backend = MemoryKeyring()
    keychain = Keychain(backend)

    # a new person: the button opens the browser; the provider's login; "awaiting approval"
    browser = oidc_peer.Browser("grace")
    person = _console(qtbot, database, hasher, tmp_path, keychain, browser)
    sign_in = person.sign_in_window
    try:
        qtbot.waitUntil(lambda: sign_in.pages.currentIndex() == SIGN_IN
                        and "Staff login" in sign_in.provider_button, timeout=20000)
        button = sign_in.provider_button["Staff login"]
        assert button.text() == "Sign in with Staff login"
        button.click()
        assert sign_in.pages.currentIndex() == WAITING
        assert "Staff login" in sign_in.waiting_label.text()
        qtbot.waitUntil(lambda: "awaits approval" in sign_in.message_bar.text, timeout=20000)
        assert browser.visited and browser.visited[0].startswith(provider_peer.issuer)
        assert sign_in.pages.currentIndex() == SIGN_IN and person.main_window is None
    finally:
        _close(person)

    # an administrator: the navigation counts them; Approve with a role
    window.count_awaiting()
    qtbot.waitUntil(lambda: idle(context))
    approvals_row = GO_TO_PANE.index(ActionId.GO_APPROVALS)
    assert window.navigation.item(approvals_row).text() == "Awaiting approval (1)"
    window.commands[ActionId.GO_APPROVALS].trigger()
    pane = window.current_list
    assert pane is not None
    qtbot.waitUntil(lambda: idle(context) and pane.model.rowCount() == 1)
    assert pane.model.index(0, 4).data() == "Staff login"
    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: idle(context)
                    and window.commands[ActionId.APPROVE].isEnabled())
    assert not window.commands[ActionId.NEW].isEnabled()  # people come from their sign-in
    window.commands[ActionId.APPROVE].trigger()
    dialog = pane.editors[-1]
    assert isinstance(dialog, ApprovalDialog)
    qtbot.waitUntil(lambda: idle(context) and dialog.first_name.text() == "Grace")
    assert dialog.first_name.isReadOnly() and dialog.save_button.text() == "&Approve"
    head_office = dialog.org_pick.itemText(0)
    dialog.pick("Directory reader", head_office)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: idle(context) and pane.model.rowCount() == 0)
    qtbot.waitUntil(lambda: window.navigation.item(approvals_row).text()
                    == "Awaiting approval")

    # they sign in again: the console opens with exactly what the role allows
    person = _console(qtbot, database, hasher, tmp_path, keychain, oidc_peer.Browser("grace"))
    sign_in = person.sign_in_window
    try:
        qtbot.waitUntil(lambda: "Staff login" in getattr(sign_in, "provider_button", {}),
                        timeout=20000)
        with qtbot.waitSignal(sign_in.signed_in, timeout=20000) as signed:
            sign_in.provider_button["Staff login"].click()
        actor = signed.args[1]
        assert (actor.username, actor.method) == ("ghopper", "oidc:Staff login")
        main = person.main_window
        assert main is not None
        qtbot.waitUntil(lambda: not bool(main.navigation.item(1).flags()
                                         & Qt.ItemFlag.ItemIsEnabled), timeout=10000)
        enabled = {GO_TO_PANE[n]: bool(main.navigation.item(n).flags()
                                       & Qt.ItemFlag.ItemIsEnabled) for n in range(5)}
        assert enabled == {ActionId.GO_USERS: True, ActionId.GO_ORGANIZATIONS: False,
                           ActionId.GO_ROLES: False, ActionId.GO_APPROVALS: True,
                           ActionId.GO_LOG: False}
        stored = [v for (service, _a), v in backend.secrets.items() if "/oidc/" in service]
        assert len(stored) == 1
    finally:
        _close(person)  # closing the console (not signing out) keeps the remembered sign-in

    # the next start: signed in without a browser
    no_browser = oidc_peer.Browser("grace")
    person = _console(qtbot, database, hasher, tmp_path, keychain, no_browser)
    try:
        qtbot.waitUntil(lambda: person.main_window is not None, timeout=20000)
        assert no_browser.visited == []
        assert person.main_window.context.actor.username == "ghopper"
        rotated = [v for (service, _a), v in backend.secrets.items() if "/oidc/" in service]
        assert rotated and rotated != stored  # the provider rotated it; the new one is kept
        # no token in any file: the database, the desktop settings, anything under the folder
        for path in Path(tmp_path).rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert rotated[0].encode() not in data and stored[0].encode() not in data, path
        # Sign out forgets it
        person.main_window.commands[ActionId.SIGN_OUT].trigger()
        qtbot.waitUntil(lambda: not any("/oidc/" in s for s, _a in backend.secrets),
                        timeout=10000)
        assert person.sign_in_window.isVisible()
    finally:
        _close(person)


def test_settings_add_check_and_switch_off_a_provider(qtbot, context, window, database,
                                                      provider_peer):
    from iam_console.views.settings_dialog import SettingsDialog

    backend = MemoryKeyring()
    dialog = SettingsDialog(context, window, Keychain(backend))
    qtbot.addWidget(dialog)
    page = dialog.providers_page
    page.name.setText("Staff login")
    page.issuer.setText("http://login.example.org")  # plain http off this machine
    page.client_id.setText(oidc_peer.CLIENT_ID)
    page.save_button.click()
    qtbot.waitUntil(lambda: idle(context))
    assert "https" in page.fields.error_text("issuer")
    assert identity_providers.list_providers(database, enabled_only=False) == ()
    page.issuer.setText(provider_peer.issuer)
    page.check_button.click()
    qtbot.waitUntil(lambda: idle(context) and "answers" in page.message_bar.text)
    page.client_secret.setText("s3cret-for-this-desktop")
    page.save_button.click()
    qtbot.waitUntil(lambda: idle(context) and page.list.count() == 1)
    assert page.list.item(0).text() == "Staff login"
    assert list(backend.secrets.values()) == ["s3cret-for-this-desktop"]  # keychain, not db
    assert page.client_secret.text() == ""
    page.enabled.setChecked(False)
    page.save_button.click()
    qtbot.waitUntil(lambda: idle(context) and page.list.item(0).text() == "Staff login (off)")
    assert identity_providers.list_providers(database) == ()
    page.issuer.setText("http://127.0.0.1:9")
    page.check_button.click()
    qtbot.waitUntil(lambda: idle(context) and "cannot be reached" in page.fields.error_text(
        "issuer"))
    dialog.close()
