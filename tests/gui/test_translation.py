"""Every text goes through ``tr()``: with a pseudo-translation of the source file installed the
way the console installs a translation at start (for the desktop's language), the texts of the
sign-in window, the menus, the toolbar and the lists all come out translated."""

from __future__ import annotations

from itertools import chain

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from iam_console import config
from iam_console.services.impact import _users_in as impact_summary
from iam_console.texts import say
from iam_console.views.i18n import install_translations, tr
from iam_console.views.sign_in import SETUP

from . import tour
from .pseudo_translation import LANGUAGE, build, shown_texts, untranslated, visible_texts
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
    # a sentence from the services: its template translated, its arguments put in (a sentence
    # given as an argument is translated in turn)
    assert tr(say("Delete the role “{0}”?", "Clerk")) == "⟦Delete the role “Clerk”?⟧"
    assert tr(impact_summary(3, 1)) == "⟦This affects ⟦3 users⟧ in ⟦1 organization⟧.⟧"
    assert impact_summary(3, 1) == "This affects 3 users in 1 organization."


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


def test_every_window_and_page_of_the_console_is_translated(pseudo, window, qtbot, context,
                                                          database, admin):
    """The whole tour: every list, the log with an event open, every editor page, Settings,
    My profile and every other dialog — no text a person reads or hears is left in English,
    the services' sentences (refusals, impact, import fields, log actions) included."""
    left, seen = set(), 0
    for where, top in chain(tour.main_window(window, qtbot, context, database, admin),
                            tour.dialogs(window, qtbot, context, database, admin)):
        texts = shown_texts(top)
        seen += len(texts)
        left |= {(where, what, text) for what, text in texts if untranslated(text)}
        if where == "Impact":  # a services' sentence, its argument kept as given
            assert top.question.text().startswith("<b>⟦Delete the role “")
    assert window.navigation.item(0).text() == "⟦Users⟧"
    assert seen > 500  # the tour did show the windows (947 texts when written)
    assert left == set()
