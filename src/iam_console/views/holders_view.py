"""A paged list of people: who holds a role or permission and where, or who belongs to some
organizations. One widget serves the role editor's Holders page and the impact dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import holders
from iam_console.services.paging import Page, PageRequest

from .context import ConsoleContext
from .dialog_buttons import button_box
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr
from .record_table import record_table
from .table_model import Column, PagedTableModel

FetchHolders = Callable[[PageRequest], Page[holders.HolderRow]]

HOLDER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("", "Username"), lambda r: r.username, None, 120),
    Column(QT_TRANSLATE_NOOP("", "Name"), lambda r: r.name, None, 160),
    Column(QT_TRANSLATE_NOOP("", "Status"), lambda r: r.status.capitalize(), None, 80),
    Column(QT_TRANSLATE_NOOP("", "Where"), lambda r: r.where, None, 190),
    Column(QT_TRANSLATE_NOOP("", "Through role"), lambda r: r.through, None, 160),
)
MEMBER_COLUMNS = (*HOLDER_COLUMNS[:3], Column(QT_TRANSLATE_NOOP("", "Organizations"),
                                              lambda r: r.where, None, 260))


class HoldersView(QWidget):
    """Search box, paged table and a count; loads when ``start`` is called."""

    def __init__(self, context: ConsoleContext, fetch: FetchHolders,
                 count: Callable[[str], int] | None, columns: tuple[Column, ...] = HOLDER_COLUMNS,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self._count = context, count
        self._generation = 0
        self._counted: int | None = None
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("Search by username or name\u2026"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(tr("Search holders"))
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._debounce.start)
        self.model = PagedTableModel(columns, fetch, context.runner, parent=self)
        self.table = record_table(self.model, tr("Holders"), columns, row_height=22)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Number of holders"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.model.load_failed.connect(lambda exc: self.count_label.setText(describe(exc)))
        self.model.page_loaded.connect(self._show_count)

    def start(self) -> None:
        """Read the first page and count in the background."""
        self.model.reload()
        self._start_count()

    def _apply_search(self) -> None:
        self.model.set_search(self.search_box.text())
        self._start_count()

    def _start_count(self) -> None:
        self._generation += 1
        self._counted = None
        if self._count is None:
            return
        generation, search, count = self._generation, self.model.search, self._count
        self.context.runner.submit(lambda: count(search),
                                   lambda n: self._got_count(generation, n),
                                   lambda exc: self.count_label.setText(describe(exc)),
                                   owner=self)

    def _got_count(self, generation: int, number: int) -> None:
        if generation == self._generation:
            self._counted = number
            self.model.set_total(number)
            self._show_count()

    def _show_count(self) -> None:
        counted = self._counted
        if counted is None:
            self.count_label.setText((tr("{0:,} shown, more as you scroll")
                                      if self.model.can_grow() else tr("{0:,} shown"))
                                     .format(self.model.rowCount()))
        else:
            self.count_label.setText(tr("{0:,} row{1}").format(counted,
                                                               's' if counted != 1 else ''))


def role_holders_view(context: ConsoleContext, query: holders.Holders,
                      parent: QWidget | None = None) -> HoldersView:
    """Who holds these roles (or this permission), where, through which role."""
    db, actor = context.database, context.actor
    return HoldersView(context,
                       lambda request: holders.list_holders(db, actor, query, request),
                       lambda search: holders.count_holders(db, actor, query, search),
                       parent=parent)


def members_view(context: ConsoleContext, organization_ids: frozenset[int],
                 parent: QWidget | None = None) -> HoldersView:
    """The users who belong to any of these organizations."""
    db, actor = context.database, context.actor
    return HoldersView(context,
                       lambda request: holders.list_members(db, actor, organization_ids, request),
                       lambda search: holders.count_members(db, actor, organization_ids, search),
                       MEMBER_COLUMNS, parent=parent)


def open_holders_window(context: ConsoleContext, parent: QWidget, title: str,
                        query: holders.Holders) -> QDialog:
    """A window of its own (not modal) listing who holds a role or a permission, and where."""
    window = QDialog(parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setWindowTitle(title)
    window.resize(760, 460)
    view = role_holders_view(context, query, window)
    close = button_box(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(window.reject)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(view, 1)
    layout.addWidget(close)
    window.show()
    view.start()
    return window
