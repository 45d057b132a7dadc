"""Their values against yours, field by field, when somebody else saved first."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from .i18n import tr


def as_text(value: Any) -> str:
    """A value as a person reads it in the comparison."""
    if isinstance(value, (set, frozenset, list, tuple)):
        return ", ".join(sorted(str(v) for v in value)) or "(none)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if value is None or (isinstance(value, str) and not value.strip()):
        return "(empty)"
    return " ".join(str(value).split())


class ConflictView(QTableWidget):
    """A three-column table (field, theirs, yours) of the fields that differ."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setTabKeyNavigation(False)
        self.setAccessibleName(tr("Their values and yours"))
        self.setHorizontalHeaderLabels([tr("Field"), tr("Saved by the other administrator"),
                                        tr("Yours")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMaximumHeight(150)
        self.hide()

    def show_conflict(self, theirs: Mapping[str, Any], yours: Mapping[str, Any]) -> None:
        rows = [(name, as_text(theirs[name]), as_text(yours[name]))
                for name in yours if name in theirs
                and as_text(theirs[name]) != as_text(yours[name])]
        self.setRowCount(0)
        for name, their_text, your_text in rows:
            row = self.rowCount()
            self.insertRow(row)
            for column, text in enumerate((name.replace("_", " ").capitalize(), their_text,
                                           your_text)):
                self.setItem(row, column, QTableWidgetItem(text))
        self.setVisible(bool(rows))

    def differences(self) -> list[tuple[str, str, str]]:
        return [tuple(self.item(r, c).text() for c in range(3))  # type: ignore[misc, union-attr]
                for r in range(self.rowCount())]
