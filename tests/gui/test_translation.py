"""Every text goes through ``tr()``: with a pseudo-translation of the source file installed the
way the console installs a translation at start (for the desktop's language), the texts of the
sign-in window, the menus, the toolbar and the lists all come out translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from iam_console import config
from iam_console.views.i18n import install_translations, tr
from iam_console.views.main_window import MainWindow
from iam_console.views.sign_in import SETUP

from . import tour
from .conftest import idle
from .pseudo_translation import LANGUAGE, build, visible_texts
from .test_sign_in import memory_keychain, sign_in_window  # noqa: F401 (a fixture)

pytestmark = pytest.mark.gui


@pytest.fixture
def pseudo(qapp, tmp_path):
    build(tmp_path)
    installed = install_translations(QLocale(LANGUAGE), tmp_path)
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_a_translation_for_the_desktops_language_is_installed(pseudo, tmp_path):
    assert [t.filePath() for t in pseudo][-1] == str(tmp_path / f"iam_console_{LANGUAGE}.qm")
    assert tr("Version") == "⟦Version⟧"
    assert tr("{0:,} events shown").format(1200) == "⟦1,200 events shown⟧"


def test_english_needs_no_translation_file(qapp):
    installed = install_translations(QLocale(QLocale.Language.English))
    assert all("iam_console" not in t.filePath() for t in installed)
    assert tr("Version") == "Version"


def test_every_page_of_the_sign_in_window_is_translated(
        pseudo, qtbot, hasher, tmp_path, memory_keychain):  # noqa: F811 (the fixture)
    keychain, _backend = memory_keychain
    store = config.ProfileStore(config.Locations(tmp_path / "cfg", tmp_path / "data"))
    local = config.Profile("This computer", config.SQLITE, path=str(tmp_path / "a.sqlite3"))
    window = sign_in_window(qtbot, hasher, [local], keychain, store)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == SETUP, timeout=10000)
    left = {(where, what, text) for where, top in tour.sign_in(window, store, keychain)
            for what, text in visible_texts(top)}
    window.database.dispose()
    assert left == set()


CHROME = {"menu", "menu item", "QToolButton", "placeholder", "tab", "QListWidget accessible name",
          "QLineEdit accessible name", "QTableView accessible name", "QTableView column"}


def test_menus_toolbar_navigation_and_list_columns_are_translated(pseudo, qtbot, context,
                                                                 chooser):
    window = MainWindow(context, choose_catalogue=chooser)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: idle(context) and window.panes[0].model.rowCount() > 0)
    assert window.navigation.item(0).text() == "⟦Users⟧"
    left = set()
    for index in range(len(window.panes)):
        window.show_pane(index)
        qtbot.waitUntil(lambda: idle(context))
        left |= {(what, text) for what, text in visible_texts(window) if what in CHROME}
    assert left == set()
