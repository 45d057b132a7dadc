"""The import as a person does it: a 5,000-row file with a few bad rows, the problems shown
before anything is written, the file fixed and checked again, the import, the links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from iam_console.models import Organization, User, UserStatus
from iam_console.views.actions import ActionId

from .conftest import idle

HEADER = "Username;Given name;Surname;E-mail;Organization;Roles\n"


def users_in(context) -> int:
    with context.database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(User))


def rows(count: int, bad: dict[int, str]) -> str:
    lines = []
    for n in range(count):
        line = f"imp{n:05d};Ivy;Number {n};imp{n}@example.org;Head Office;Reader @ Head Office"
        lines.append(bad.get(n, line))
    return HEADER + "\n".join(lines) + "\n"


def test_a_file_with_bad_rows_is_checked_fixed_and_imported(window, qtbot, context, tmp_path):
    path = tmp_path / "staff.csv"
    bad = {17: "imp00017;Ivy;;imp17@example.org;Head Office;",
           2100: "imp02100;Ivy;Dup;imp5@example.org;Head Office;",
           4999: "imp04999;Ivy;Last;imp4999@example.org;Nowhere Inc;"}
    path.write_text(rows(5000, bad), encoding="utf-8-sig")
    window.choose_import_file = lambda _parent: path
    before = users_in(context)
    window.commands[ActionId.IMPORT_USERS].trigger()
    dialog = window.panes[0].editors[-1]
    QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table is not None and idle(context), timeout=10000)
    assert "5,000 rows, 6 columns separated by semicolons" in dialog.file_label.text()
    assert dialog.boxes["email"].currentText() == "E-mail"
    assert dialog.boxes["roles"].currentText() == "Roles"

    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=20000)
    assert "4,997 of 5,000 rows are ready" in dialog.summary.text()
    assert "3 rows have problems" in dialog.summary.text()
    assert [dialog.rows.row(i)[:2] for i in range(3)] == [
        ("19", "Last name"), ("2102", "Email"), ("5001", "Organizations")]
    assert dialog.rows.row(1)[3] == "The email \u201cimp5@example.org\u201d is on line 7 as well."
    assert not dialog.import_button.isEnabled() and users_in(context) == before

    bad[17] = "imp00017;Ivy;Fixed;imp17@example.org;Head Office;"
    bad[2100] = "imp02100;Ivy;Dup;imp2100@example.org;Head Office;"
    bad[4999] = "imp04999;Ivy;Last;imp4999@example.org;Head Office;"
    path.write_text(rows(5000, bad), encoding="utf-8-sig")
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.check.problems,
                    timeout=20000)
    assert dialog.import_button.text() == "&Import 5,000 users"

    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60000)
    assert len(dialog.outcome.imported) == 5000 and users_in(context) == before + 5000
    with context.database.session_factory() as session:
        assert session.scalar(select(User.status).where(User.username == "imp04999")) == \
            UserStatus.PENDING
    assert dialog.links.copy_button.isVisible()
    assert not dialog.links.send_button.isEnabled()  # no mail server: copy instead
    QTest.mouseClick(dialog.links.copy_button, Qt.MouseButton.LeftButton)
    pasted = context.clipboard.clipboard().text().splitlines()
    assert len(pasted) == 5000 and pasted[0].startswith("Ivy Number 0\timp0@example.org\t")
    qtbot.waitUntil(lambda: idle(context))
    dialog.close()


def test_a_broken_file_says_why_at_the_file(window, qtbot, context, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("username,first_name,last_name,email\nj\u00f6rg,J,K,j@x.org\n"
                     .encode("latin-1"))
    window.choose_import_file = lambda _parent: path
    dialog = window.import_from_csv()
    QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context) and dialog.message_bar.isVisible(), timeout=5000)
    assert "not UTF-8 text (line 2" in dialog.message_bar._label.text()
    assert not dialog.check_button.isEnabled()
    dialog.close()


def test_organizations_are_imported_with_parents_first(window, qtbot, context, tmp_path):
    path = tmp_path / "departments.csv"
    text = ("Name,Type,Parent,Locations,Description\n"
            "Harbour Works,,Port Authority,Quay 1 | Quay 2,Cranes and berths\n"
            "Port Authority,external,,,\n"
            "Dredging,internal,Harbour Wrks,,\n")
    path.write_text(text, encoding="utf-8")
    window.choose_import_file = lambda _parent: path
    window.commands[ActionId.IMPORT_ORGANIZATIONS].trigger()
    dialog = window.panes[0].editors[-1]
    assert dialog.windowTitle() == "Import organizations from CSV"
    QTest.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table is not None and idle(context), timeout=10000)
    assert [dialog.boxes[f].currentText() for f in ("name", "kind", "parent", "locations")] == \
        ["Name", "Type", "Parent", "Locations"]

    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=10000)
    assert "2 of 3 rows are ready" in dialog.summary.text()
    assert dialog.rows.row(0) == (
        "4", "Parent", "Harbour Wrks", "There is no organization \u201cHarbour Wrks\u201d in the "
        "directory or in this file.")
    assert not dialog.import_button.isEnabled()

    path.write_text(text.replace("Harbour Wrks", "Harbour Works"), encoding="utf-8")
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.check.problems,
                    timeout=10000)
    assert dialog.import_button.text() == "&Import 3 organizations"
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert dialog.outcome.imported == ("Port Authority", "Harbour Works", "Dredging")
    assert "Imported <b>3</b> organizations from departments.csv" in dialog.summary.text()
    assert not dialog.links.copy_button.isVisible()  # organizations get no links
    with context.database.session_factory() as session:
        harbour = session.scalar(select(Organization).where(
            Organization.name == "Harbour Works"))
        assert harbour.parent.name == "Port Authority" and harbour.kind.value == "external"
        assert sorted(loc.name for loc in harbour.locations) == ["Quay 1", "Quay 2"]
    qtbot.waitUntil(lambda: idle(context))
    dialog.close()
