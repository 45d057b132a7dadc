"""Every text a person reads goes through ``tr()``: the English source is in the code, and
``resources/translations/iam_console_en.ts`` (made by ``scripts/build_resources.py``) holds it
for translators. One translation context ("") for the whole console keeps ``tr`` a plain
function usable anywhere in the views; texts kept in module-level tables (menu commands, list
columns) are marked with ``QT_TRANSLATE_NOOP("", ...)`` and translated where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks a text for the translation file; it is translated where it is shown."""
    return text


def install_translation(folder: str, locale: QLocale | None = None) -> QTranslator | None:
    """Load ``iam_console_<language>.qm`` from ``folder`` for the desktop's language, if there
    is one (English needs none: it is the source)."""
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(locale or QLocale(), "iam_console", "_", folder):
        QCoreApplication.installTranslator(translator)
        return translator
    return None
