"""Dark and light: chosen in Settings for this desktop (or following the system)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from iam_console.views import appearance


@pytest.fixture(autouse=True)
def forget_the_keeper():
    yield
    appearance._current = None


def window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_and_back_to_light(qapp):
    keeper = appearance.Appearance(qapp, appearance.LIGHT)
    light = window_lightness()
    keeper.set_choice(appearance.DARK)
    assert window_lightness() < 80 and QApplication.style().name().lower() == "fusion"
    keeper.set_choice(appearance.LIGHT)
    assert window_lightness() == light
    keeper.set_choice("purple")  # an unknown value falls back to the system's choice
    assert keeper.choice == appearance.SYSTEM


def test_the_settings_dialog_saves_the_choice_for_this_desktop(window, qtbot, context):
    keeper = appearance.Appearance(QApplication.instance(), appearance.LIGHT)
    dialog = window.open_settings()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(appearance.DARK))
    dialog.save()
    assert context.settings.value(appearance.SETTING) == appearance.DARK
    assert keeper.dark and window_lightness() < 80
    keeper.set_choice(appearance.LIGHT)
    dialog.close()
