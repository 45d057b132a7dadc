"""Create an organization, a role with permissions and a user with an assignment, by the editors."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from iam_console.services import organizations, roles, users
from iam_console.services.paging import PageRequest
from iam_console.views.actions import ActionId

from .conftest import idle, is_open


def go(window, qtbot, number):
    window.navigation.setCurrentRow(number)
    pane = window.current_pane
    qtbot.waitUntil(lambda: idle(window.context) and pane.model.rowCount() > 0)
    return pane


def new_editor(window, qtbot):
    window.commands[ActionId.NEW].trigger()
    editor = window.current_pane.editors[-1]
    qtbot.waitUntil(lambda: idle(window.context))
    return editor


def save(editor, qtbot):
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(editor.context))


def rows(pane):
    """The rows the pane holds now (a row whose block is still loading is left out)."""
    held = (pane.model.row_at(i) for i in range(pane.model.rowCount()))
    return [row for row in held if row is not None]


def create_org(window, qtbot, name="Acme", locations=("North",)):
    pane = go(window, qtbot, 1)
    editor = new_editor(window, qtbot)
    QTest.keyClicks(editor.name, name)
    editor.kind.setCurrentIndex(1)
    for loc in locations:
        editor.add_location(loc)
    save(editor, qtbot)
    assert not is_open(editor)
    return pane


def create_role(window, qtbot, name="Clerk", codes=("iam.users.view", "case.cases.view")):
    pane = go(window, qtbot, 2)
    editor = new_editor(window, qtbot)
    QTest.keyClicks(editor.name, name)
    for code in codes:
        editor.set_permission(code, True)
    save(editor, qtbot)
    assert not is_open(editor)
    return pane


def test_create_organization_role_and_user_with_assignment(window, qtbot, context):
    from iam_console.services.catalogue import demo_catalogue, upsert_entries
    from iam_console.services.uow import UnitOfWork

    with UnitOfWork(context.database, None, "test") as uow:
        upsert_entries(uow.session, demo_catalogue())
        uow.commit()

    orgs_pane = create_org(window, qtbot)
    qtbot.waitUntil(lambda: "Acme" in [r.name for r in rows(orgs_pane)])
    acme = next(r for r in rows(orgs_pane) if r.name == "Acme")
    assert acme.kind == "external"

    roles_pane = create_role(window, qtbot)
    qtbot.waitUntil(lambda: "Clerk" in [r.name for r in rows(roles_pane)])
    clerk = next(r for r in rows(roles_pane) if r.name == "Clerk")
    assert roles.get_role(context.database, context.actor, clerk.id).permission_codes == {
        "iam.users.view", "case.cases.view"}

    users_pane = go(window, qtbot, 0)
    editor = new_editor(window, qtbot)
    for widget, text in ((editor.username, "mmuster"), (editor.first_name, "Max"),
                         (editor.last_name, "Muster"), (editor.email, "Max@Example.org")):
        QTest.keyClicks(widget, text)
    editor.pick("Clerk", "Acme", "North")
    assert editor.assignments.rowCount() == 1
    save(editor, qtbot)
    assert not is_open(editor)
    qtbot.waitUntil(lambda: "mmuster" in [r.username for r in rows(users_pane)])
    row = next(r for r in rows(users_pane) if r.username == "mmuster")
    assert (row.email, row.organizations) == ("max@example.org", "Acme")
    detail = users.get_user(context.database, context.actor, row.id)
    assert [(a.role_name, a.organization_name, a.location_name) for a in detail.assignments] == [
        ("Clerk", "Acme", "North")]


def test_bad_input_shows_at_the_field_keeps_the_input_and_saves_nothing(window, qtbot, context):
    before = users.count_users(context.database, context.actor)
    editor = new_editor(window, qtbot)
    QTest.keyClicks(editor.username, "someone")
    QTest.keyClicks(editor.first_name, "   ")
    QTest.keyClicks(editor.last_name, "Person")
    QTest.keyClicks(editor.email, "not-an-email")
    save(editor, qtbot)
    assert is_open(editor)
    assert editor.error_text("first_name") == "First name is required."
    assert "is not an email address" in editor.error_text("email")
    assert editor.error_text("last_name") == ""
    assert editor.email.text() == "not-an-email"
    assert users.count_users(context.database, context.actor) == before
    editor.email.setText("someone@example.org")
    editor.first_name.setText("Some")
    save(editor, qtbot)
    assert not is_open(editor)
    assert users.count_users(context.database, context.actor) == before + 1


def test_duplicate_organization_name_in_other_case_is_refused_at_the_name(window, qtbot):
    go(window, qtbot, 1)
    editor = new_editor(window, qtbot)
    QTest.keyClicks(editor.name, "HEAD OFFICE")
    save(editor, qtbot)
    assert "already exists" in editor.error_text("name")
    editor.reject()


def test_conflicting_save_keeps_my_input_and_can_save_mine_on_top(window, qtbot, context,
                                                                   confirmations):
    pane = go(window, qtbot, 1)
    pane.table.selectRow(0)
    editor = pane.edit_current()
    qtbot.waitUntil(lambda: editor.version is not None and idle(context))
    org_id = editor.record_id
    theirs = organizations.get_organization(context.database, context.actor, org_id)
    organizations.update_organization(context.database, context.actor, org_id, theirs.version,
                                      organizations.OrganizationInput(
                                          theirs.name, description="Changed by someone else"))
    editor.description.setPlainText("Mine")
    save(editor, qtbot)
    assert is_open(editor)
    assert "Another administrator changed" in editor.message_bar.text
    assert editor.conflict_view.differences() == [
        ("Description", "Changed by someone else", "Mine")]
    assert editor.description.toPlainText() == "Mine"
    assert editor.overwrite_button.isVisible()
    QTest.mouseClick(editor.overwrite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not is_open(editor))
    assert organizations.get_organization(context.database, context.actor,
                                          org_id).description == "Mine"


def test_closing_a_changed_editor_asks_first(window, qtbot, confirmations):
    editor = new_editor(window, qtbot)
    QTest.keyClicks(editor.first_name, "Unsaved")
    confirmations.answer = False
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert is_open(editor) and "lose the changes" in confirmations.questions[-1]
    confirmations.answer = True
    editor.reject()
    assert not is_open(editor)


def test_role_editor_shows_permission_help_and_system_roles_read_only(window, qtbot, context):
    pane = go(window, qtbot, 2)
    system_row = next(i for i, r in enumerate(rows(pane)) if r.name == "System administrator")
    pane.table.selectRow(system_row)
    editor = pane.edit_current()
    qtbot.waitUntil(lambda: editor.version is not None and editor.lists_loaded
                    and idle(context))
    assert not editor.save_button.isEnabled()
    assert "read-only" in editor.message_bar.text
    item = editor.permission_item("iam.users.manage")
    assert item.checkState(0) == Qt.CheckState.Checked
    assert "Create, edit, deactivate and delete users" in item.toolTip(0)
    editor.permissions.setCurrentItem(item)
    assert "Create, edit, deactivate and delete users" in editor.help.text()
    editor.reject()


def test_user_editor_loads_an_existing_user_with_username_read_only(window, qtbot, context):
    pane = window.panes[0]
    pane.table.selectRow(0)
    QTest.keyClick(pane.table, Qt.Key.Key_Return)
    editor = pane.editors[-1]
    qtbot.waitUntil(lambda: editor.version is not None and idle(context))
    assert editor.username.isReadOnly() and editor.username.text() == "root"
    assert editor.assignments.rowCount() == 1
    assert not editor.is_dirty()
    editor.reject()
    assert not is_open(editor)
    page = users.list_users(context.database, context.actor, PageRequest())
    assert page.rows[0].username == "root"
