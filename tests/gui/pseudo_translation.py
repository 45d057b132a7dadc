"""A pseudo-translation made from the English source file: every text becomes ``⟦text⟧``. With
it installed, any visible text without the brackets never went through ``tr()``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

SOURCE = (Path(__file__).resolve().parents[2] / "src" / "iam_console" / "resources"
          / "translations" / "iam_console_en.ts")
LANGUAGE = "eo"  # Esperanto: a language the console has no translation for
BIN = Path(sys.executable).parent


def build(folder: Path) -> Path:
    """``iam_console_eo.qm`` in ``folder``, every text bracketed (numbers and placeholders
    kept, so ``{0}`` still takes its value)."""
    tree = ElementTree.parse(SOURCE)
    root = tree.getroot()
    root.set("language", LANGUAGE)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ElementTree.SubElement(translation, "numerusform").text = f"⟦{source}⟧"
        else:
            translation.text = f"⟦{source}⟧"
    ts = folder / f"iam_console_{LANGUAGE}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


TAGS = re.compile(r"<[^>]+>|&[a-z]+;")


def untranslated(text: str) -> bool:
    """A text with letters outside every ⟦…⟧ part (markup and numbers aside)."""
    outside = re.sub(r"⟦.*?⟧", "", TAGS.sub("", text or ""), flags=re.S)
    return bool(re.search(r"[A-Za-z]{2,}", outside)) and "⟦" not in text


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every text of ``top`` that is shown untranslated."""
    return [(what, text) for what, text in shown_texts(top) if untranslated(text)]


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every text a person reads or hears in ``top`` as it is shown."""
    found = [("window title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if widget.accessibleName():
            found.append((f"{kind} accessible name", widget.accessibleName()))
        if widget.toolTip():
            found.append((f"{kind} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel) and not widget.property("data"):
            found.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar) \
                and not _standard(widget):  # Qt's own translation says Cancel, Save, Close
            found.append((f"{kind}", widget.text()))
        elif isinstance(widget, QLineEdit):
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            found.append(("group", widget.title()))
        elif isinstance(widget, QTabBar):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableView) or (isinstance(widget, QTreeView)
                                                 and not widget.isHeaderHidden()):
            model = widget.model()
            columns = range(model.columnCount(QModelIndex()))
            found += [(f"{kind} column", str(model.headerData(c, Qt.Orientation.Horizontal)
                                             or "")) for c in columns]
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            found.append(("menu", action.text()))
            menu = action.menu()
            found += [("menu item", a.text()) for a in menu.actions() if a.text()]
    return [(what, text) for what, text in found if text]


def _standard(button: QAbstractButton) -> bool:
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and \
        box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
