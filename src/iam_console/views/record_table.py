"""The one way a list of database rows is shown: a read-only table of whole rows (one
selected at a time, or several where bulk actions apply), uniform row heights (so scrolling a
million rows costs nothing), the columns at their widths; and the editors such a list
opened."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .table_model import Column, PagedTableModel

ROW_HEIGHT = 24


def record_table(model: PagedTableModel, name: str, columns: Sequence[Column],
                 row_height: int = ROW_HEIGHT, *, several: bool = False) -> QTableView:
    """``several``: rows may be selected together (Shift, Ctrl, Ctrl+A) for bulk actions."""
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.horizontalHeader().setStretchLastSection(True)
    for number, column in enumerate(columns):
        table.setColumnWidth(number, column.width)
    return table


class OpenEditors(list[QWidget]):
    """The editors a pane opened, until each finishes (so closing the window can ask about
    unsaved input first)."""

    def track(self, editor: QWidget) -> QWidget:
        self.append(editor)
        finished = getattr(editor, "finished", None)
        if finished is not None:
            finished.connect(lambda _result, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: QWidget) -> None:
        if editor in self:
            self.remove(editor)
            editor.deleteLater()
