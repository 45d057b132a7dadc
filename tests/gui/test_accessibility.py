"""Keyboard and screen-reader use of every window: each control Tab reaches has a name a screen
reader can say, Tab moves through a window in reading order (fields, then the dialog's buttons)
without getting stuck, and a person typing into an editor meets its fields top to bottom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from iam_console import config
from iam_console.views.sign_in import SETUP

from . import tour
from .accessibility import out_of_order, reachable, spoken_name, tab_traps, unnamed
from .test_sign_in import memory_keychain, sign_in_window  # noqa: F401 (a fixture)

pytestmark = pytest.mark.gui


class Findings:
    """Collects, per window and page, the controls without a name, the Tab steps that jump back
    and where Tab gets stuck; one assertion at the end lists all of them."""

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

    def walk(self, stops) -> None:
        for where, top in stops:
            self.check(where, top)
        assert self.seen > 20
        assert self.problems == [], "\n".join(self.problems)


def test_the_main_window_and_every_editor_page(window, qtbot, context, database, admin):
    Findings().walk(tour.main_window(window, qtbot, context, database, admin))


def test_settings_and_the_other_dialogs(window, qtbot, context, database, admin):
    Findings().walk(tour.dialogs(window, qtbot, context, database, admin))


def test_every_page_of_the_sign_in_window(qtbot, hasher, tmp_path,
                                          memory_keychain):  # noqa: F811 (the fixture)
    keychain, _backend = memory_keychain
    store = config.ProfileStore(config.Locations(tmp_path / "cfg", tmp_path / "data"))
    local = config.Profile("This computer", config.SQLITE, path=str(tmp_path / "a.sqlite3"))
    window = sign_in_window(qtbot, hasher, [local], keychain, store)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == SETUP, timeout=10000)
    Findings().walk(tour.sign_in(window, store, keychain))
    window.database.dispose()


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
    editor = tour.open_editor(window.panes[1], qtbot, context, None)  # a new organization
    qtbot.waitUntil(lambda: editor.isActiveWindow() or QApplication.activeWindow() is not None)
    editor.activateWindow()
    editor.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name)
    assert focused_names(11) == ["Kind", "Parent", "Active", "Description", "Locations", "Add…",
                                 "Rename…", "Remove", "Save", "Cancel", "Name"]
    assert focused_names(2, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) == [
        "Cancel", "Save"]  # Shift+Tab from the first field: the buttons, which come last
    editor.close()
