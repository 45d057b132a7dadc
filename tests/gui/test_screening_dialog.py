"""Screening in the window: import the list, screen an organization, see the look-alike with
its score and the list's details, clear it with a comment (refused without one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from iam_console.services import organizations, users
from iam_console.views.actions import ActionId

from .conftest import idle

SAMPLE = Path(__file__).parent.parent / "data" / "un-consolidated-sample.xml"


def test_import_screen_and_clear_a_look_alike(window, qtbot, context, tmp_path):
    office = next(c.id for c in organizations.organization_choices(context.database,
                                                                   context.actor)
                  if c.label == "Head Office")
    for username, first, last in (("mellingsen", "Marcus", "Elingsen"),
                                  ("ajansen", "Anna", "Jansen")):
        users.create_user(context.database, context.actor, context.hasher, users.UserInput(
            username, first, last, f"{username}@example.org", organization_ids=(office,)))
    bad = tmp_path / "wrong.xml"
    bad.write_text("<html/>")
    window.choose_sanctions_file = lambda _parent: bad
    window.commands[ActionId.SCREENING].trigger()
    dialog = window.panes[0].editors[-1]
    qtbot.waitUntil(lambda: idle(context) and dialog.organization_box.count() > 1)
    assert dialog.threshold.value() == 85
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context) and dialog.message_bar.isVisible(), timeout=5000)
    assert "Expected the UN Security Council Consolidated List" in \
        dialog.message_bar._label.text()

    dialog.choose_file = lambda _parent: SAMPLE
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context) and dialog.total == 1, timeout=10000)
    assert "4 entries" in dialog.message_bar._label.text()
    dialog.organization_box.setCurrentIndex(dialog.organization_box.findText("Head Office"))
    QTest.mouseClick(dialog.screen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context) and "Screened 3 users" in
                    dialog.message_bar._label.text(), timeout=10000)
    score, user, listed = dialog.rows.row(0)[:3]
    assert user == "Marcus Elingsen (mellingsen)" and listed == "MARKUS ELLINGSEN"
    assert int(score) >= 90
    assert "Date of birth: 1971-08-14" in dialog.detail.text()

    QTest.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context) and dialog.comment_error.isVisible())
    QTest.keyClicks(dialog.comment, "Born 1994 in Utrecht; passport checked.")
    QTest.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(context) and dialog.total == 0, timeout=5000)
    dialog.show_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: idle(context) and dialog.total == 1)
    assert dialog.rows.row(0)[6] == "cleared"
    assert "Born 1994 in Utrecht" in dialog.detail.text()
    dialog.close()
