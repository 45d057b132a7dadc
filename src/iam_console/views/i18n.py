"""Every text a person reads goes through ``tr()``: the English source is in the code, and
``resources/translations/iam_console_en.ts`` (made by ``scripts/build_resources.py``) holds it
for translators. One translation context ("") for the whole console keeps ``tr`` a plain
function usable anywhere in the views; texts kept in module-level tables (menu commands, list
columns) are marked with ``QT_TRANSLATE_NOOP("", ...)`` and translated where they are shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from iam_console.texts import Text

CONTEXT = ""
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the desktop's language. A sentence from the services (a ``Text`` made by
    ``say()``) is translated by its template, its arguments each in turn."""
    if isinstance(text, Text):
        template = QCoreApplication.translate(CONTEXT, text.template, disambiguation, n)
        if not text.args:
            return template
        return template.format(*(tr(a) if isinstance(a, Text) else a for a in text.args))
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


def install_translations(locale: QLocale | None = None,
                         folder: Path = FOLDER) -> list[QTranslator]:
    """At start: Qt's own texts (standard buttons such as Cancel, Save, Close) and the
    console's, for the desktop's language when a translation for it is there. A translator's
    ``iam_console_<language>.qm`` goes into ``resources/translations`` (see the README)."""
    locale = locale or QLocale()
    installed = []
    qt_texts = QTranslator(QCoreApplication.instance())
    if qt_texts.load(locale, "qtbase", "_",
                     QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_texts)
        installed.append(qt_texts)
    ours = install_translation(str(folder), locale)
    if ours is not None:
        installed.append(ours)
    return installed
