"""Light and dark: the console follows the operating system's choice (and its changes while
running), or the one chosen in Settings for this desktop. Where the platform's own style does
not switch (Linux without a desktop theme, Windows 10) the Fusion style with a dark palette
does."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from .i18n import QT_TRANSLATE_NOOP

SETTING = "appearance/scheme"
SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = ((SYSTEM, QT_TRANSLATE_NOOP("", "Follow the system")),
           (LIGHT, QT_TRANSLATE_NOOP("", "Light")), (DARK, QT_TRANSLATE_NOOP("", "Dark")))


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#2b2d30", role.WindowText: "#e6e6e6", role.Base: "#1e1f22",
        role.AlternateBase: "#26282b", role.ToolTipBase: "#3c3f41", role.ToolTipText: "#e6e6e6",
        role.PlaceholderText: "#8c8c8c", role.Text: "#e6e6e6", role.Button: "#3c3f41",
        role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Link: "#6ea8ff",
        role.Highlight: "#2f6fb3", role.HighlightedText: "#ffffff", role.Light: "#4a4d50",
        role.Midlight: "#3c3f41", role.Mid: "#8c8c8c", role.Dark: "#1a1b1d",
        role.Shadow: "#000000",
    }
    for color_role, color in colors.items():
        palette.setColor(color_role, QColor(color))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, color_role, QColor("#7a7a7a"))
    return palette


_current: Appearance | None = None


def current() -> Appearance | None:
    """The application's appearance keeper (None in tests that make none)."""
    return _current


class Appearance(QObject):
    """Keeps the application's look in line with ``choice`` (and the system's scheme)."""

    def __init__(self, app: QObject, choice: str = SYSTEM):
        super().__init__(app)
        self.choice = choice
        self.fusion_dark = False  # whether the Fusion style's dark palette is applied
        self._native_style = QApplication.style().name()
        self._native_palette = QApplication.palette()
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()
        global _current
        _current = self

    @property
    def dark(self) -> bool:
        if self.choice == SYSTEM:
            return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.choice == DARK

    def set_choice(self, choice: str) -> None:
        self.choice = choice if choice in dict(CHOICES) else SYSTEM
        self.apply()

    def apply(self) -> None:
        native_is_dark = self._native_palette.color(QPalette.ColorRole.Window).lightness() < 128
        fusion_dark = self.dark and not native_is_dark  # the platform's style stayed light
        if fusion_dark == self.fusion_dark:
            return
        self.fusion_dark = fusion_dark
        if fusion_dark:
            QApplication.setStyle(QStyleFactory.create("Fusion"))
            QApplication.setPalette(dark_palette())
        else:
            QApplication.setStyle(QStyleFactory.create(self._native_style) or
                                  QStyleFactory.create("Fusion"))
            QApplication.setPalette(self._native_palette)
