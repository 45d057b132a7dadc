"""One generic pane serves every table: search box, paged table, counts, new/edit/delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iam_console.db.engine import Database
from iam_console.services import abilities
from iam_console.services.actor import Actor
from iam_console.services.changes import Changes, Outcome
from iam_console.services.impact import Impact
from iam_console.services.paging import Page, PageRequest
from iam_console.services.policy import Decision

from .context import ConsoleContext
from .editor import EditorDialog
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr
from .impact_dialog import ask_about_impact
from .message_bar import MessageBar
from .record_table import OpenEditors, record_table
from .table_model import Column, PagedTableModel

SEARCH_DEBOUNCE_MS = 250
REFRESH_COALESCE_MS = 150  # changes arriving together (own save, then its notification) load once


@dataclass(frozen=True)
class RowCommand:
    """A command on the selected user beyond edit and delete (such as resetting a password):
    the permission the policy decides on the row, and what to do."""

    name: str
    permission: str  # the policy decides this permission on the row's user
    run: Callable[[ConsoleContext, QWidget, Any], object]


@dataclass(frozen=True)
class PaneSpec:
    """What differs between the Users, Organizations and Roles panes: data, not code."""

    kind: str
    singular: str
    plural: str
    columns: tuple[Column, ...]
    list_page: Callable[[Database, Actor, PageRequest], Page[Any]]
    count: Callable[..., int]  # (database, actor, search[, view=...])
    delete: Callable[[Database, Actor, int], Outcome[None]]
    open_editor: Callable[[ConsoleContext, QWidget, int | None], QWidget]
    describe_row: Callable[[Any], str]
    delete_consequence: str
    refresh_on: frozenset[str]
    default_sort: int = 0
    estimate: Callable[[Database, Actor], int | None] | None = None
    # whom deleting a record harms, asked before the question (instead of the plain one)
    delete_impact: Callable[[Database, Actor, int], Impact | None] | None = None
    row_commands: tuple[RowCommand, ...] = ()
    view_permission: str = ""  # the list is disabled in the navigation without it
    # named subsets offered next to the search box: (key, title); the first is the default
    views: tuple[tuple[str, str], ...] = ()
    # a list whose records come from elsewhere offers no New (and says why)
    no_new_reason: str = ""
    # the word for what Delete does here ("Reject") and for what it did
    delete_verb: str = QT_TRANSLATE_NOOP("", "Delete")
    deleted_word: str = QT_TRANSLATE_NOOP("", "Deleted")
    # the ids of every row matching (database, actor, search, view): "select all matching";
    # a list with it offers the bulk actions on its selection
    matching_ids: Callable[[Database, Actor, str, str], list[int]] | None = None
    fixed_view: str = ""  # the named subset this list always shows (for exports, select all)


class ListPane(QWidget):
    """A searchable, sortable table of one kind of record, a page at a time.

    It also knows whether the signed-in person may create records here, delete the selected
    one or run a row command on it (``create_decision``, ``delete_decision``,
    ``row_decisions``; None while unknown), so the window can disable those and say why.
    """

    abilities_changed = Signal()

    def __init__(self, spec: PaneSpec, context: ConsoleContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec, self.context = spec, context
        self.create_decision: Decision | None = None
        self.delete_decision: Decision | None = None
        self.row_decisions: dict[str, Decision] = {}
        self._ability_generation = 0
        self._count: int | None = None
        self._estimate: int | None = None
        self._count_generation = 0
        self.editors = OpenEditors()

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(tr("Search {0}\u2026  (Ctrl+F)")
                                           .format(self.plural_word))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(tr("Search {0}").format(self.plural_word))
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self._apply_search)
        self._refresh_later = QTimer(self, singleShot=True, interval=REFRESH_COALESCE_MS)
        self._refresh_later.timeout.connect(self.refresh)
        self._keep_selected: int | None = None

        database, actor = context.database, context.actor
        self.model = PagedTableModel(
            spec.columns, lambda request: spec.list_page(database, actor, request),
            context.runner, default_sort=spec.default_sort, parent=self)
        self.table = record_table(self.model, tr(spec.plural), spec.columns, several=True)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self._restore_header()
        header.setSortIndicator(spec.default_sort, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        header.sectionResized.connect(lambda *_: self._save_header())
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._ask_row)

        self.message_bar = MessageBar()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Number of {0}").format(self.plural_word))
        self.selection_label = QLabel()
        self.selection_label.setAccessibleName(tr("Selected rows"))
        self.all_matching = False  # the selection is every row matching the search
        self._selecting_all = False
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)  # another search: start again

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        self.view_box: QComboBox | None = None
        if spec.views:
            self.view_box = QComboBox()
            self.view_box.setAccessibleName(tr("Which {0} to show").format(self.plural_word))
            for key, title in spec.views:
                self.view_box.addItem(tr(title), key)
            self.view_box.currentIndexChanged.connect(self._view_chosen)
            label = QLabel(tr("S&how:"))
            label.setBuddy(self.view_box)
            top.addWidget(label)
            top.addWidget(self.view_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.selection_label)
        layout.addLayout(bottom)

        self.model.page_loaded.connect(self._update_count_label)
        self.model.page_loaded.connect(self._reselect)
        self.model.load_failed.connect(lambda exc: self.message_bar.show_message(describe(exc)))
        self.model.loading_changed.connect(lambda _loading: self._update_count_label())
        context.bus.changes_applied.connect(self._on_changes)

    # -- actions ------------------------------------------------------------------------------
    @property
    def plural_word(self) -> str:
        """"users", "organizations" … in the desktop's language, as used inside a sentence."""
        return tr(self.spec.plural).lower()

    def activate(self) -> None:
        """Load the first page when the pane is first shown."""
        if self.model.rowCount() == 0 and not self.model.is_loading:
            self.refresh()
        if self.create_decision is None:
            self._ask_create()

    def _ask_create(self) -> None:
        if self.spec.no_new_reason:
            self._create_known(Decision(False, tr(self.spec.no_new_reason), "list"))
            return
        database, actor, kind = self.context.database, self.context.actor, self.spec.kind
        self.context.runner.submit(lambda: abilities.may_create(database, actor, kind),
                                   self._create_known, lambda _exc: None, owner=self)

    def _create_known(self, decision: Decision) -> None:
        self.create_decision = decision
        self.abilities_changed.emit()

    def _ask_row(self, current: QModelIndex | None = None, _previous: Any = None) -> None:
        """Ask what may be done to the row now current (the selection follows it a moment
        later, so the row is taken from the index the signal gives)."""
        self._ability_generation += 1
        self.delete_decision = None
        self.row_decisions = {}
        self.abilities_changed.emit()
        row = (self.model.row_at(current.row()) if current is not None and current.isValid()
               else self.current_row())
        if row is None:
            return
        generation, row_id = self._ability_generation, row.id
        database, actor, kind = self.context.database, self.context.actor, self.spec.kind
        commands = self.spec.row_commands

        def ask() -> tuple[Decision, dict[str, Decision]]:
            found = abilities.row_abilities(database, actor, kind, row_id,
                                            tuple(c.permission for c in commands))
            return found.delete, {c.name: found.on_user[c.permission] for c in commands}

        self.context.runner.submit(ask, lambda answers: self._row_known(generation, *answers),
                                   lambda _exc: None, owner=self)

    def _row_known(self, generation: int, delete: Decision,
                   commands: dict[str, Decision]) -> None:
        if generation == self._ability_generation:
            self.delete_decision, self.row_decisions = delete, commands
            self.abilities_changed.emit()

    def has_command(self, name: str) -> bool:
        return any(c.name == name for c in self.spec.row_commands)

    def run_row_command(self, name: str) -> object:
        """Run a row command on the selected row (the window disables it when refused)."""
        command = next((c for c in self.spec.row_commands if c.name == name), None)
        row = self.current_row()
        if command is None:
            return None
        if row is None:
            self.message_bar.show_message(tr("Select a row of the list first."), "info")
            return None
        opened = command.run(self.context, self, row)
        # an editor (such as Approve) is asked about unsaved input before the window closes
        return self.editors.track(opened) if isinstance(opened, EditorDialog) else opened

    @property
    def exact_count(self) -> int | None:
        """The number of matching records once the background count has finished."""
        return self._count

    def refresh(self) -> None:
        row = self.current_row()
        self._keep_selected = row.id if row is not None else None
        self.model.refresh()
        self._start_count()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def current_row(self) -> Any | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        return self.model.row_at(index.row()) if index.isValid() else None

    def new_record(self) -> QWidget:
        return self.editors.track(self.spec.open_editor(self.context, self, None))

    def edit_current(self) -> QWidget | None:
        row = self.current_row()
        if row is None:
            self.message_bar.show_message(tr("Select a row of the list first."), "info")
            return None
        return self.editors.track(self.spec.open_editor(self.context, self, row.id))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            self.message_bar.show_message(tr("Select a row of the list first."), "info")
            return
        name = self.spec.describe_row(row)
        database, actor, row_id = self.context.database, self.context.actor, row.id
        check = self.spec.delete_impact
        if check is not None:
            self.context.runner.submit(
                lambda: check(database, actor, row_id),
                lambda impact: self._impact_known(name, row_id, impact),
                lambda exc: self.message_bar.show_message(describe(exc)), owner=self)
            return
        self._confirm_delete(name, row_id)

    def _confirm_delete(self, name: str, row_id: int) -> None:
        verb, noun = tr(self.spec.delete_verb), tr(self.spec.singular).lower()
        question = tr("{0} the {1} \u201c{2}\u201d?").format(verb, noun, name) + "\n\n" + \
            tr(self.spec.delete_consequence)
        if self.context.confirm(self, tr("{0} {1}").format(verb, noun), question, verb):
            self._delete(name, row_id)

    def _impact_known(self, name: str, row_id: int, impact: Impact | None) -> None:
        if impact is None:  # nothing to count (the service will say if it is refused)
            self._confirm_delete(name, row_id)
        elif ask_about_impact(self.context, self, impact, tr(self.spec.delete_verb)):
            self._delete(name, row_id)

    def _delete(self, name: str, row_id: int) -> None:
        database, actor = self.context.database, self.context.actor
        self.context.runner.submit(
            lambda: self.spec.delete(database, actor, row_id),
            lambda outcome: self._deleted(name, outcome),
            lambda exc: self.message_bar.show_message(describe(exc)), owner=self)

    def _deleted(self, name: str, outcome: Outcome[None]) -> None:
        self.message_bar.show_message(
            tr("{0} \u201c{1}\u201d.").format(tr(self.spec.deleted_word), name), "success")
        self.context.bus.publish(outcome.changes)

    # -- selection ----------------------------------------------------------------------------
    def select_all_matching(self) -> None:
        """Select every row matching the current search and subset, loaded or not."""
        self._selecting_all = True
        try:
            self.table.selectAll()
        finally:
            self._selecting_all = False
        self.all_matching = self.model.rowCount() > 0
        self._show_selection()

    def _selection_changed(self, *_args: Any) -> None:
        if not self._selecting_all:  # a click or a key changed it: those rows, as they are
            self.all_matching = False
        self._show_selection()

    def _show_selection(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        if self.all_matching:
            total = self._count if self._count is not None else None
            text = (tr("All {0:,} matching selected").format(total) if total is not None
                    else tr("All matching selected"))
        else:
            text = tr("{0:,} selected").format(count) if count > 1 else ""
        self.selection_label.setText(text)

    def with_selected_ids(self, use: Callable[[list[int]], None]) -> None:
        """Call ``use`` with the ids of the selected rows: every matching one after "select
        all matching" (asked in the background), else the selected rows (which must be
        loaded: a row still showing "…" is not known yet)."""
        if self.all_matching and self.spec.matching_ids is not None:
            ids_of, search = self.spec.matching_ids, self.model.search
            view = self.spec.fixed_view or self.model.view
            db, actor = self.context.database, self.context.actor
            self.context.runner.submit(lambda: ids_of(db, actor, search, view), use,
                                       lambda exc: self.message_bar.show_message(describe(exc)),
                                       owner=self)
            return
        rows = [self.model.row_at(index.row())
                for index in self.table.selectionModel().selectedRows()]
        known = [row.id for row in rows if row is not None]
        if len(known) < len(rows):
            self.message_bar.show_message(
                tr("{0:,} of the selected rows have not been loaded yet. Scroll to them, or use "
                   "Edit \u2192 Select all matching (Ctrl+A).").format(len(rows) - len(known)),
                "info")
            return
        if not known:
            self.message_bar.show_message(
                tr("Select {0} first (Shift or Ctrl with a click, or Ctrl+A for all "
                   "matching).").format(self.plural_word),
                                          "info")
            return
        use(sorted(known))

    def page_request(self) -> PageRequest:
        """What the list shows now (search, subset, sort), for an export."""
        column, descending = self.model.sort_state
        return PageRequest(search=self.model.search,
                           sort=self.spec.columns[column].sort_key or "",
                           descending=descending, view=self.spec.fixed_view or self.model.view)

    # -- internals ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if event.matches(QKeySequence.StandardKey.SelectAll):
                self.select_all_matching()
                return True
        return super().eventFilter(watched, event)

    def _apply_search(self) -> None:
        self._debounce.stop()
        if self.search_box.text().strip() != self.model.search:
            self.model.set_search(self.search_box.text())
            self._start_count()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model._sort_column,
                                    Qt.SortOrder.DescendingOrder if self.model._descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(column, order)
        if self._count is not None:  # the same rows in another order: as many as before
            self.model.set_total(self._count)

    def _on_changes(self, changes: Changes) -> None:
        if any(changes.touches(kind) for kind in self.spec.refresh_on):
            self._refresh_later.start()
            if self.create_decision is not None:  # one's own roles may have changed too
                self._ask_create()
            self._ask_row()

    def _reselect(self) -> None:
        if self._keep_selected is not None:
            row = self.model.row_of_id(self._keep_selected)
            if row >= 0:
                self.table.selectRow(row)
                self._keep_selected = None

    def show_view(self, key: str) -> None:
        """Show the named subset ``key`` (as if chosen in the Show box)."""
        if self.view_box is not None:
            self.view_box.setCurrentIndex(max(0, self.view_box.findData(key)))

    def _view_chosen(self, _index: int) -> None:
        assert self.view_box is not None
        self.model.set_view(self.view_box.currentData() or "")
        self._start_count()

    def _start_count(self) -> None:
        self._count = None
        self._estimate = None
        self._count_generation += 1
        generation, search, view = self._count_generation, self.model.search, self.model.view
        database, actor = self.context.database, self.context.actor
        estimate = self.spec.estimate
        if estimate is not None and not search and not view:
            self.context.runner.submit(lambda: estimate(database, actor),
                                       lambda n: self._estimated(generation, n),
                                       lambda _exc: None, owner=self)
        extra = {"view": view} if view else {}
        self.context.runner.submit(lambda: self.spec.count(database, actor, search, **extra),
                                    lambda n: self._counted(generation, n),
                                    lambda _exc: None, owner=self)

    def _estimated(self, generation: int, estimate: int | None) -> None:
        if generation == self._count_generation and self._count is None:
            self._estimate = estimate
            self._update_count_label()

    def _counted(self, generation: int, count: int) -> None:
        if generation == self._count_generation:
            self._count = count
            self.model.set_total(count)
            self._update_count_label()
            self._show_selection()

    def _update_count_label(self) -> None:
        shown = self.model.rowCount()
        plural = self.plural_word
        if self.model.is_loading and shown == 0:
            text = tr("Loading {0}\u2026").format(plural)
        elif self._count is None and self._estimate is not None:
            text = tr("about {0:,} {1} (counting\u2026)").format(self._estimate, plural)
        elif self._count is None:
            text = (tr("{0:,} {1} shown, more as you scroll") if self.model.can_grow()
                    else tr("{0:,} {1} shown")).format(shown, plural)
        else:
            noun = tr(self.spec.singular).lower() if self._count == 1 else plural
            if self.model.search:
                text = (tr("{0:,} {1} matches \u201c{2}\u201d") if self._count == 1 else
                        tr("{0:,} {1} match \u201c{2}\u201d")).format(
                    self._count, noun, self.model.search)
            else:
                text = tr("{0:,} {1}").format(self._count, noun)
            if self.view_box is not None and self.model.view:
                text += f" ({self.view_box.currentText().lower()})"
        self.count_label.setText(text)

    def _header_key(self) -> str:
        return f"panes/{self.spec.kind}/header"

    def _save_header(self) -> None:
        self.context.settings.setValue(self._header_key(),
                                        self.table.horizontalHeader().saveState())

    def _restore_header(self) -> None:
        state = self.context.settings.value(self._header_key())
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
