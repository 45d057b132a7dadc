"""A table model over pages of a server-side query: keyset pages, fetchMore, sort in SQL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from iam_console.services.paging import Page, PageRequest

from .tasks import TaskRunner

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: its header, how to show a row's value, and the service sort key (or None)."""

    title: str
    value: Callable[[Any], str]
    sort_key: str | None = None
    width: int = 140
    numeric: bool = False


class PagedTableModel(QAbstractTableModel):
    """Rows arrive a page at a time from ``fetch_page`` on the task runner; data() does no I/O.

    Every reset bumps a generation number so that a page that arrives late for an older search
    or sort is dropped instead of mixed in.
    """

    loading_changed = Signal(bool)
    page_loaded = Signal()
    load_failed = Signal(object)

    def __init__(self, columns: Sequence[Column], fetch_page: Callable[[PageRequest], Page[Any]],
                 runner: TaskRunner, *, default_sort: int = 0, parent: Any = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_page = fetch_page
        self._runner = runner
        self._rows: list[Any] = []
        self._after: tuple[Any, int] | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._search = ""
        self._sort_column = default_sort
        self._descending = False

    # -- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].value(row)
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load_page()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self._sort_column, self._descending) or not self._rows:
            self._sort_column, self._descending = column, descending
            self.reload()

    # -- our API ------------------------------------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return self._columns

    @property
    def search(self) -> str:
        return self._search

    @property
    def sort_state(self) -> tuple[int, bool]:
        """The sorted column and whether it is descending."""
        return self._sort_column, self._descending

    @property
    def is_loading(self) -> bool:
        return self._loading

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def is_sortable(self, column: int) -> bool:
        return self._columns[column].sort_key is not None

    def set_search(self, text: str) -> None:
        if text.strip() != self._search:
            self._search = text.strip()
            self.reload()

    def reload(self) -> None:
        """Drop the rows and load the first page again (search, sort or data changed)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._after, self._exhausted = [], None, False
        self._set_loading(False)
        self.endResetModel()
        self._load_page()

    def _request(self) -> PageRequest:
        column = self._columns[self._sort_column]
        return PageRequest(search=self._search, sort=column.sort_key or "",
                           descending=self._descending, after=self._after, limit=PAGE_SIZE)

    def _load_page(self) -> None:
        generation, request = self._generation, self._request()
        self._set_loading(True)
        self._runner.submit(lambda: self._fetch_page(request),
                            lambda page: self._append(generation, page),
                            lambda exc: self._failed(generation, exc), owner=self)

    def _append(self, generation: int, page: Page[Any]) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._after = page.after
        self._exhausted = page.after is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self._exhausted = True
        self.load_failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
