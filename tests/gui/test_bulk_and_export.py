"""Bulk work in the window: select all users matching a search (Ctrl+A), preview, run, read
and save the report; a list exported to CSV as it is searched."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from iam_console.models import Membership, Organization, User, UserStatus
from iam_console.services.bulk import BulkAction
from iam_console.views.actions import ActionId

from .conftest import idle


def add_many(context, count: int, prefix: str = "bulk") -> None:
    with context.database.session_factory() as session:
        office = session.scalar(select(Organization.id).where(Organization.name == "Head Office"))
        for n in range(count):
            user = User(username=f"{prefix}{n:04d}", first_name="Bulk", last_name=f"Person{n}",
                        email=f"{prefix}{n}@example.org", status=UserStatus.ACTIVE)
            session.add(user)
            session.flush()
            session.add(Membership(user_id=user.id, organization_id=office))
        session.commit()


def search(window, qtbot, context, text):
    pane = window.panes[0]
    QTest.keyClicks(pane.search_box, text)
    QTest.keyClick(pane.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.model.search == text and idle(context)
                    and pane.exact_count is not None, timeout=5000)
    return pane


def test_select_all_matching_preview_run_and_save_the_report(window, qtbot, context, tmp_path):
    add_many(context, 320)
    with context.database.session_factory() as session:  # one is deactivated already
        session.get(User, session.scalar(select(User.id).where(User.username == "bulk0007"))
                    ).status = UserStatus.DEACTIVATED
        session.commit()
    pane = search(window, qtbot, context, "bulk")
    assert pane.exact_count == 320 and pane.model.rowCount() == 320
    pane.table.setFocus()
    QTest.keyClick(pane.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert pane.all_matching and pane.selection_label.text() == "All 320 matching selected"

    with qtbot.waitSignal(window.bulk_opened, timeout=5000) as opened:
        window.commands[ActionId.BULK].trigger()
    dialog = opened.args[0]
    assert dialog.windowTitle() == "Bulk action \u2014 320 users selected"
    qtbot.waitUntil(lambda: idle(context))
    dialog.choose(BulkAction.DEACTIVATE)
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert "319 users will change. 1 will be skipped" in dialog.summary.text()
    assert dialog.rows.row(0) == ("Bulk Person7 (bulk0007)", "skipped", "Already deactivated.")
    assert dialog.run_button.text() == "Deactivate 319 users"
    with context.database.session_factory() as session:  # the preview wrote nothing
        assert session.scalar(select(User.status).where(User.username == "bulk0001")) == \
            UserStatus.ACTIVE

    QTest.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    assert "319 done, 1 skipped, 0 failed" in dialog.summary.text()
    with context.database.session_factory() as session:
        statuses = set(session.scalars(select(User.status).where(User.username.like("bulk%"))))
    assert statuses == {UserStatus.DEACTIVATED}
    qtbot.waitUntil(lambda: idle(context) and "deactivated" in
                    pane.model.row_at(0).status.lower(), timeout=5000)

    dialog.choose_report_file = lambda _parent: tmp_path / "report.csv"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "report.csv").exists() and idle(context))
    with (tmp_path / "report.csv").open(encoding="utf-8-sig") as stream:
        lines = list(csv.reader(stream))
    assert lines[1] == ["user_id", "user", "outcome", "reason"] and len(lines) == 322
    assert [r[2] for r in lines[2:]].count("done") == 319
    assert lines[-1][1:] == ["Bulk Person7 (bulk0007)", "skipped", "Already deactivated."]
    dialog.close()


def test_a_few_rows_selected_with_ctrl_click_are_the_ones_acted_on(window, qtbot, context):
    add_many(context, 5, "few")
    pane = search(window, qtbot, context, "few")
    table = pane.table
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier),
                          (2, Qt.KeyboardModifier.ControlModifier)):
        rect = table.visualRect(pane.model.index(row, 0))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert pane.selection_label.text() == "2 selected" and not pane.all_matching
    got: list[list[int]] = []
    pane.with_selected_ids(got.append)
    assert got == [sorted(pane.model.row_at(r).id for r in (0, 2))]


def test_export_writes_what_the_search_matches(window, qtbot, context, tmp_path):
    add_many(context, 30, "exp")
    pane = search(window, qtbot, context, "exp")
    window.choose_csv_file = lambda _parent, suggested: tmp_path / suggested
    window.commands[ActionId.EXPORT].trigger()
    target = tmp_path / "users.csv"
    qtbot.waitUntil(lambda: target.exists() and idle(context), timeout=5000)
    with target.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 30 and rows[0]["organizations"] == "Head Office"
    assert pane.message_bar.isVisible()


def test_another_search_drops_select_all_matching(window, qtbot, context):
    add_many(context, 12, "drop")
    pane = search(window, qtbot, context, "drop")
    pane.select_all_matching()
    assert pane.all_matching
    pane.search_box.clear()
    QTest.keyClick(pane.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.model.search == "" and idle(context), timeout=5000)
    assert not pane.all_matching and pane.selection_label.text() == ""
