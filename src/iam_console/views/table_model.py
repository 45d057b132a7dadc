"""A table model over a window of a server-side query: keyset blocks, loaded where you look.

Until the number of matching rows is known the model grows a block at a time as the view
scrolls (``fetchMore``). Once the pane tells it the count (``set_total``), the model has that
many rows and holds only the blocks near what the view shows: a block is read from a
neighbouring block's first or last key (forwards or backwards), from the end of the list
backwards, or, after a jump, by skipping rows in the sort index (``PageRequest.skip``) from the
nearest key it knows. Blocks far from the view are dropped, so memory stays flat however far
one scrolls. ``data()`` never does I/O: a row not loaded yet shows as a placeholder and asks
for its block, which arrives from the task runner.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from iam_console.services.paging import Page, PageRequest

from .i18n import tr
from .tasks import TaskRunner

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
ROW_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NOT_LOADED = object()
PAGE_SIZE = 200
KEPT_BLOCKS = 30  # blocks held at most (6,000 rows); the ones farthest from the view go first
READS_AT_ONCE = 2  # a view straddling two blocks gets both in one round trip
PLACEHOLDER = "\u2026"

Index = QModelIndex | QPersistentModelIndex
Key = tuple[Any, int]


@dataclass(frozen=True)
class Column:
    """A column: its header, how to show a row's value, and the service sort key (or None)."""

    title: str
    value: Callable[[Any], str]
    sort_key: str | None = None
    width: int = 140
    numeric: bool = False


@dataclass(frozen=True)
class _Block:
    rows: Sequence[Any]
    first: Key | None
    last: Key | None
    more: bool  # rows follow this block (a forward read found one more)


@dataclass(frozen=True)
class _Read:
    """How to read one block: from which key, in which direction, skipping how many rows."""

    block: int
    after: Key | None
    backwards: bool
    skip: int
    limit: int


class PagedTableModel(QAbstractTableModel):
    """Rows arrive a block at a time from ``fetch_page`` on the task runner; data() does no I/O.

    Every reset bumps a generation number so that a block that arrives late for an older
    search, sort or refresh is dropped instead of mixed in.
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
        self._blocks: OrderedDict[int, _Block] = OrderedDict()
        self._stale: dict[int, _Block] = {}  # shown while a refresh reads the blocks again
        self._total: int | None = None
        self._grown = 0  # rows shown before the total is known
        self._head: list[Any] = []  # rows put on top since (live updates of a growing list)
        self._exhausted = True
        self._loading = False
        self._reading: set[int] = set()  # blocks being read now
        self._wanted: list[int] = []  # blocks the view asked for in its latest paint
        self._focus = 0  # the block the view looked at last: eviction keeps what is near it
        self._pump_soon = QTimer(self, singleShot=True, interval=0)
        self._pump_soon.timeout.connect(self._pump)
        self._generation = 0
        self._search = ""
        self._view = ""
        self._sort_column = default_sort
        self._descending = False

    # -- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._head) + self._grown if self._total is None else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self._value(self._shown_row(index.row(), role == DISPLAY), index.column(), role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # a QModelRoleDataSpan
        """All the roles a view asks of a cell in one call (one Python call per cell, not
        seven: painting a screen of rows is about three times faster)."""
        if not index.isValid():
            return
        row, column = self._shown_row(index.row(), True), index.column()
        for number in range(len(roleDataSpan)):
            item = roleDataSpan[number]
            value = self._value(row, column, item.role())
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _shown_row(self, row: int, asks_for_it: bool) -> Any:
        """The row object, _NOT_LOADED (and its block asked for), or None past the end."""
        if not 0 <= row < self.rowCount():
            return None
        if row < len(self._head):
            return self._head[row]
        number, offset = divmod(row - len(self._head), PAGE_SIZE)
        block = self._blocks.get(number)
        if block is None and asks_for_it:
            self._want(number)  # not held, or only as it was before a refresh
        block = block or self._stale.get(number)
        if block is None or offset >= len(block.rows):
            return _NOT_LOADED
        return block.rows[offset]

    def _value(self, row: Any, column: int, role: int) -> Any:
        if row is None:
            return None
        if row is _NOT_LOADED:
            return (PLACEHOLDER if column == 0 else "") if role == DISPLAY else None
        if role in (DISPLAY, TOOLTIP):
            return self._columns[column].value(row)
        if role == ROW_ID_ROLE:
            return row.id
        if role == ALIGNMENT and self._columns[column].numeric:
            return RIGHT_ALIGNED
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return tr(self._columns[section].title)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._total is None and not self._exhausted
                and not self._loading)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._start(self._grow_read())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self._sort_column, self._descending) or not self._blocks:
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

    @property
    def total(self) -> int | None:
        """The number of rows once the pane has counted them; None while still growing."""
        return self._total

    @property
    def held_rows(self) -> int:
        """How many rows are in memory (what eviction keeps small)."""
        return sum(len(b.rows) for b in self._blocks.values()) + sum(
            len(b.rows) for b in self._stale.values())

    def can_grow(self) -> bool:
        """Whether more rows follow the ones shown, before the total is known."""
        return self._total is None and not self._exhausted

    def row_at(self, row: int) -> Any | None:
        """The row at this position, or None when its block is not loaded (yet)."""
        found = self._shown_row(row, False)
        return None if found is _NOT_LOADED else found

    def row_of_id(self, row_id: int) -> int:
        for position, row in enumerate(self._head):
            if row.id == row_id:
                return position
        for number, block in sorted(self._blocks.items()):
            for offset, row in enumerate(block.rows):
                if row.id == row_id:
                    return len(self._head) + number * PAGE_SIZE + offset
        return -1

    @property
    def newest(self) -> Any | None:
        """The first row of a growing list (for a newest-first list: the newest one held)."""
        return self.row_at(0) if self.rowCount() else None

    def prepend(self, rows: Sequence[Any]) -> None:
        """Put rows on top of a growing list in one insertion (new log events while the log
        is open); the rows below keep their identity, so a selection stays on its row."""
        if not rows or self._total is not None:
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._head[:0] = list(rows)
        self.endInsertRows()

    def is_sortable(self, column: int) -> bool:
        return self._columns[column].sort_key is not None

    def set_search(self, text: str) -> None:
        if text.strip() != self._search:
            self._search = text.strip()
            self.reload()

    @property
    def view(self) -> str:
        return self._view

    def set_view(self, view: str) -> None:
        """Show another named subset of the rows (empty: the list's usual rows)."""
        if view != self._view:
            self._view = view
            self.reload()

    def reload(self) -> None:
        """Start over at the first row (the search or the sort changed)."""
        self._generation += 1
        self.beginResetModel()
        self._blocks.clear()
        self._stale.clear()
        self._head = []
        self._total, self._grown, self._exhausted = None, 0, False
        self._wanted, self._focus = [], 0
        self._reading.clear()
        self._set_loading(False)
        self.endResetModel()
        self._start(self._grow_read())

    def refresh(self) -> None:
        """Read the rows in view again where they are (records changed underneath)."""
        if self._total is None:
            self.reload()
            return
        self._generation += 1
        self._stale.update(self._blocks)
        self._blocks.clear()
        self._reading.clear()
        self._set_loading(False)
        self._wanted = [self._focus]
        if self._total:  # repaint what is in view: the rows it shows ask for fresh blocks
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(self._columns) - 1))
        self._pump()

    def set_total(self, total: int) -> None:
        """The exact number of matching rows: from now on the model is that long."""
        before = self.rowCount()
        self._total = max(0, total)
        if self._total > before:
            self.beginInsertRows(QModelIndex(), before, self._total - 1)
            self.endInsertRows()
        elif self._total < before:
            self.beginRemoveRows(QModelIndex(), self._total, before - 1)
            for number in [n for n in self._blocks if n * PAGE_SIZE >= self._total]:
                del self._blocks[number]
            self.endRemoveRows()
        self._exhausted = True
        for number, block in list(self._blocks.items()):  # read before the count changed
            if len(block.rows) != min(PAGE_SIZE, self._total - number * PAGE_SIZE):
                self._stale[number] = self._blocks.pop(number)
                self._wanted.append(number)
        self._pump_soon.start()

    # -- reading blocks -----------------------------------------------------------------------
    def _want(self, number: int) -> None:
        if not self._pump_soon.isActive():
            self._wanted = []  # a new paint: what it asks for replaces the last one's
            self._pump_soon.start()
        if number not in self._wanted:
            self._wanted.append(number)

    def _pump(self) -> None:
        """Start reading the blocks the view is waiting for (READS_AT_ONCE at a time), or, when
        it has them all, the blocks just around them."""
        if self._total is None:
            return
        total = self._total
        missing = [n for n in self._wanted if n not in self._blocks and n * PAGE_SIZE < total]
        if missing:
            self._focus = missing[0]
        elif not self._reading:  # what is in view is fresh: read ahead just around it
            self._stale.clear()
            missing = [n for n in (self._focus + 1, self._focus - 1)
                       if n >= 0 and n * PAGE_SIZE < total and n not in self._blocks]
        for number in missing:
            if len(self._reading) >= READS_AT_ONCE:
                break
            if number not in self._reading:
                self._start(self._plan(number))

    def _grow_read(self) -> _Read:
        number = self._grown // PAGE_SIZE
        previous = self._blocks.get(number - 1)
        return _Read(number, previous.last if previous else None, False, 0, PAGE_SIZE)

    def _plan(self, number: int) -> _Read:
        """The cheapest way to read block ``number`` from what is held."""
        assert self._total is not None
        start = number * PAGE_SIZE
        end = min(start + PAGE_SIZE, self._total)
        before, after = self._blocks.get(number - 1), self._blocks.get(number + 1)
        # forwards: a whole block (if the list grew, it has the rows); backwards: exactly the
        # rows of this block, so that its last row lands where the key it reads back from says
        if number == 0:
            return _Read(number, None, False, 0, PAGE_SIZE)
        if before is not None and before.last is not None:
            return _Read(number, before.last, False, 0, PAGE_SIZE)
        if after is not None and after.first is not None:
            return _Read(number, after.first, True, 0, end - start)
        # nearest known key: the start, the end, or an edge of a held block
        options = [_Read(number, None, False, start, PAGE_SIZE),
                   _Read(number, None, True, self._total - end, end - start)]
        for held, block in self._blocks.items():
            if block.last is not None and held < number:
                options.append(_Read(number, block.last, False,
                                     start - (held * PAGE_SIZE + len(block.rows)), PAGE_SIZE))
            if block.first is not None and held > number:
                options.append(_Read(number, block.first, True, held * PAGE_SIZE - end,
                                     end - start))
        return min(options, key=lambda read: read.skip)

    def _start(self, read: _Read) -> None:
        sort_key = self._columns[self._sort_column].sort_key or ""
        request = PageRequest(search=self._search, view=self._view, sort=sort_key,
                              descending=self._descending != read.backwards,
                              after=read.after, skip=read.skip, limit=max(1, read.limit))
        generation = self._generation
        self._reading.add(read.block)
        self._set_loading(True)
        self._runner.submit(lambda: self._fetch_page(request),
                            lambda page: self._arrived(generation, read, page),
                            lambda exc: self._failed(generation, exc), owner=self)

    def _arrived(self, generation: int, read: _Read, page: Page[Any]) -> None:
        if generation != self._generation:
            return
        self._reading.discard(read.block)
        self._set_loading(bool(self._reading))
        if read.backwards:
            block = _Block(list(reversed(page.rows)), page.last, page.first, True)
        else:
            block = _Block(list(page.rows), page.first, page.last, page.after is not None)
        self._blocks[read.block] = block
        self._stale.pop(read.block, None)
        self._blocks.move_to_end(read.block)
        if self._total is None:
            self._grow(block)
        else:
            self._evict()
            first = read.block * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(self._columns) - 1))
        self.page_loaded.emit()
        self._pump()

    def _grow(self, block: _Block) -> None:
        self._exhausted = not block.more
        if block.rows:
            first = len(self._head) + self._grown
            self.beginInsertRows(QModelIndex(), first, first + len(block.rows) - 1)
            self._grown += len(block.rows)
            self.endInsertRows()

    def _evict(self) -> None:
        while len(self._blocks) > KEPT_BLOCKS:
            farthest = max(self._blocks, key=lambda n: abs(n - self._focus))
            del self._blocks[farthest]

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._reading.clear()
        self._set_loading(False)
        self._exhausted = True
        self._wanted = []
        self.load_failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
