"""The list panes: search, sort by header, refused and confirmed deletes, remembered layout."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from iam_console.services import organizations, roles, users
from iam_console.views.actions import ActionId
from iam_console.views.main_window import MainWindow

from .conftest import idle
from .test_editors import go, rows


def add_users(context, names):
    for username, last in names:
        users.create_user(context.database, context.actor, context.hasher, users.UserInput(
            username, "Test", last, f"{username}@example.org"))


def click_header(pane, qtbot, column):
    header = pane.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: idle(pane.context) and pane.model.rowCount() > 0)


def test_search_box_filters_in_the_database_and_counts(window, qtbot, context):
    add_users(context, [("zora", "Zimmermann"), ("zed", "Zimmer"), ("amy", "Adams")])
    pane = window.panes[0]
    window.commands[ActionId.REFRESH].trigger()
    window.commands[ActionId.FIND].trigger()
    QTest.keyClicks(pane.search_box, "zimm")
    qtbot.waitUntil(lambda: pane.model.search == "zimm" and idle(context), timeout=3000)
    assert sorted(r.username for r in rows(pane)) == ["zed", "zora"]
    assert pane.count_label.text() == "2 users match \u201czimm\u201d"
    pane.search_box.clear()
    qtbot.waitUntil(lambda: pane.model.search == "" and idle(context), timeout=3000)
    assert pane.model.rowCount() == 4


def test_clicking_headers_sorts_in_sql_both_ways(window, qtbot, context):
    add_users(context, [("bob", "Miller"), ("carl", "Baker"), ("abe", "Young")])
    pane = window.panes[0]
    window.commands[ActionId.REFRESH].trigger()
    qtbot.waitUntil(lambda: idle(context) and pane.model.rowCount() == 4)
    assert [r.last_name for r in rows(pane)] == ["Admin", "Baker", "Miller", "Young"]
    click_header(pane, qtbot, 0)
    assert [r.username for r in rows(pane)] == ["abe", "bob", "carl", "root"]
    click_header(pane, qtbot, 0)
    assert [r.username for r in rows(pane)] == ["root", "carl", "bob", "abe"]


def test_refused_delete_of_a_role_in_use_says_how_many_use_it(window, qtbot, context,
                                                              confirmations):
    pane = go(window, qtbot, 2)
    system_row = next(i for i, r in enumerate(rows(pane)) if r.system)
    system = rows(pane)[system_row]
    role = roles.create_role(context.database, context.actor, roles.RoleInput("Busy")).value
    org = organizations.organization_choices(context.database, context.actor)[0]
    users.create_user(context.database, context.actor, context.hasher, users.UserInput(
        "holder", "Hold", "Er", "h@example.org",
        assignments=(users.AssignmentInput(role.id, org.id),)))
    window.commands[ActionId.REFRESH].trigger()
    qtbot.waitUntil(lambda: idle(context) and pane.model.row_of_id(role.id) is not None)
    pane.table.selectRow(pane.model.row_of_id(role.id))
    window.commands[ActionId.DELETE].trigger()
    qtbot.waitUntil(lambda: idle(context))
    assert "Delete the role \u201cBusy\u201d?" in confirmations.questions[-1]
    assert "assigned to 1 user(s)" in pane.message_bar.text
    assert pane.model.row_of_id(role.id) >= 0
    assert roles.get_role(context.database, context.actor, role.id).name == "Busy"
    pane.table.selectRow(pane.model.row_of_id(system.id))
    window.commands[ActionId.DELETE].trigger()
    qtbot.waitUntil(lambda: idle(context))
    assert "read-only" in pane.message_bar.text


def test_confirmed_delete_removes_the_row_and_cancel_keeps_it(window, qtbot, context,
                                                              confirmations):
    org = organizations.create_organization(context.database, context.actor,
                                            organizations.OrganizationInput("Temp")).value
    pane = go(window, qtbot, 1)
    qtbot.waitUntil(lambda: pane.model.row_of_id(org.id) >= 0)
    pane.table.selectRow(pane.model.row_of_id(org.id))
    confirmations.answer = False
    window.commands[ActionId.DELETE].trigger()
    qtbot.waitUntil(lambda: idle(context))
    assert pane.model.row_of_id(org.id) >= 0
    confirmations.answer = True
    window.commands[ActionId.DELETE].trigger()
    qtbot.waitUntil(lambda: idle(context) and pane.model.row_of_id(org.id) < 0)
    assert "Deleted \u201cTemp\u201d" in pane.message_bar.text


def test_column_widths_and_window_size_are_remembered(qtbot, window, context, chooser):
    window.resize(700, 500)  # within the offscreen screen (800 x 600)
    window.panes[0].table.setColumnWidth(0, 333)
    window.close()
    again = MainWindow(context, choose_catalogue=chooser)
    qtbot.addWidget(again)
    again.show()
    assert again.panes[0].table.columnWidth(0) == 333
    assert (again.width(), again.height()) == (700, 500)


def test_keyboard_navigation_between_panes(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_pane.spec.plural == "Roles"
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_pane.spec.plural == "Organizations"


def test_malformed_catalogue_is_reported_and_a_good_one_loads(window, qtbot, context, chooser,
                                                              tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[applications.a]\ntitle = "A"\n[[permissions]]\ncode = "a.x"\n'
                   'application = "zzz"\ntitle = "X"\n')
    chooser.path = str(bad)
    window.commands[ActionId.LOAD_CATALOGUE].trigger()
    qtbot.waitUntil(lambda: idle(context))
    assert "not loaded" in window.message_bar.text and "\u201czzz\u201d" in window.message_bar.text
    good = tmp_path / "good.toml"
    good.write_text(bad.read_text().replace('"zzz"', '"a"'))
    chooser.path = str(good)
    window.commands[ActionId.LOAD_CATALOGUE].trigger()
    qtbot.waitUntil(lambda: idle(context))
    assert "1 permission(s) added" in window.message_bar.text


def test_scrolling_to_the_end_shows_the_last_rows(window, qtbot, context):
    from sqlalchemy import insert

    from iam_console.models import User, UserStatus, utcnow

    now = utcnow()
    with context.database.engine.begin() as conn:
        conn.execute(insert(User), [
            {"username": f"bulk{n:03d}", "first_name": "Bulk", "last_name": f"User{n:03d}",
             "email": f"bulk{n:03d}@example.org", "status": UserStatus.ACTIVE,
             "origin": "local", "created_at": now, "updated_at": now, "version": 1}
            for n in range(1000)])
    pane = window.panes[0]
    window.commands[ActionId.REFRESH].trigger()
    qtbot.waitUntil(lambda: idle(context) and pane.count_label.text() == "1,001 users")
    assert pane.model.rowCount() == 1001
    assert pane.model.row_at(1000) is None  # the end is not read until someone looks at it
    pane.table.scrollToBottom()
    qtbot.waitUntil(lambda: idle(context) and pane.model.row_at(1000) is not None)
    assert pane.model.row_at(1000).last_name == "User999"  # sorted by last name: the end
    assert pane.model.row_at(0).last_name == "Admin"
    pane.table.scrollToTop()
    qtbot.waitUntil(lambda: idle(context) and pane.model.row_at(1) is not None)
    shown = {pane.model.row_at(i).id for i in range(1001) if pane.model.row_at(i) is not None}
    assert len(shown) == pane.model.held_rows
