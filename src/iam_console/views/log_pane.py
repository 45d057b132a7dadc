"""The administration log pane: newest first, filtered in SQL a keyset page at a time, the
selected event in full below, export, purge, and new events arriving live at the top.

The same pane serves the Administration log list and the Log tab of each editor (there
pre-filtered to that record).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import abilities, audit_log
from iam_console.services.audit_log import EventDetail, EventFilter, EventRow, NewEvents
from iam_console.services.audit_vocabulary import action_title, entity_title, outcome_title
from iam_console.services.changes import Changes
from iam_console.services.permissions import PURGE_AUDIT_LOG
from iam_console.services.policy import Decision

from .context import ConsoleContext
from .errors import describe
from .event_detail import EventDetailPanel
from .i18n import QT_TRANSLATE_NOOP, tr
from .log_export import ChooseExportFile, choose_export_file_with_dialog, export_log
from .log_filter_bar import LogFilterBar
from .message_bar import MessageBar
from .progress_task import ProgressTask
from .purge_dialog import PurgeDialog
from .record_table import OpenEditors, record_table
from .table_model import Column, PagedTableModel
from .time_text import local_time

LIVE_BATCH_MS = 500  # new events are gathered this long and put on top together
OPENABLE = frozenset({"user", "organization", "role"})
# (context, parent, entity type, id) -> the editor it opened
OpenTarget = Callable[[ConsoleContext, QWidget, str, int], QWidget | None]


def _target(row: EventRow) -> str:
    if not row.entity_type:
        return row.entity_name
    kind = tr(entity_title(row.entity_type))
    return tr("{0}: {1}").format(kind, row.entity_name) if row.entity_name else kind


LOG_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("", "Time"), lambda r: local_time(r.occurred_at), None, 150),
    Column(QT_TRANSLATE_NOOP("", "Who"), lambda r: r.actor_name, None, 150),
    Column(QT_TRANSLATE_NOOP("", "Action"), lambda r: tr(action_title(r.action)), None, 160),
    Column(QT_TRANSLATE_NOOP("", "Target"), _target, None, 210),
    Column(QT_TRANSLATE_NOOP("", "Organization"), lambda r: r.organization_name, None, 150),
    Column(QT_TRANSLATE_NOOP("", "Outcome"), lambda r: tr(outcome_title(r.outcome)), None, 80),
    Column(QT_TRANSLATE_NOOP("", "Reason"), lambda r: tr(r.reason).replace("\n", " "), None, 300),
)
TARGET_COLUMN = 3


class LogPane(QWidget):
    """``fixed`` narrows the pane for good (an editor's Log tab: one record's events);
    ``open_target`` opens the editor of an event's target (None: no such command)."""

    def __init__(self, context: ConsoleContext, *, fixed: EventFilter | None = None,
                 open_target: OpenTarget | None = None, with_purge: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._open_target = open_target
        self.choose_export_file: ChooseExportFile = choose_export_file_with_dialog
        self.filter_bar = LogFilterBar(context, fixed)
        self.event_filter = self.filter_bar.current_filter()
        self.editors = OpenEditors()
        self._detail_generation = 0
        self._active = False
        self.export_task: ProgressTask | None = None
        self.purge_dialog: PurgeDialog | None = None

        db, actor = context.database, context.actor
        self.model = PagedTableModel(
            LOG_COLUMNS, lambda request: audit_log.list_events(db, actor, self.event_filter,
                                                               request),
            context.runner, parent=self)
        self.table = record_table(self.model, tr("Administration log"), LOG_COLUMNS)
        if fixed is not None and fixed.entity_id is not None:  # one record: its name each time
            self.table.setColumnHidden(TARGET_COLUMN, True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_target())

        self.detail = EventDetailPanel()
        self.detail.operation_requested.connect(self.filter_bar.show_operation)
        self.detail.open_target_requested.connect(self.open_target)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.export_button = QPushButton(tr("Export\u2026"))
        self.export_button.setToolTip(tr("Save the events the filter shows as CSV or JSON lines"))
        self.export_button.clicked.connect(self.export)
        self.purge_button = QPushButton(tr("Purge old events\u2026"))
        self.purge_button.clicked.connect(self.open_purge)
        self.purge_button.setVisible(with_purge)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.purge_button)

        self.status = QStatusBar()
        self.status.setSizeGripEnabled(False)
        self.count_label = QLabel()
        self.filter_label = QLabel()
        self.filter_label.setAccessibleName(tr("Filter"))
        self.clear_button = QPushButton(tr("Clear filter"))
        self.clear_button.setToolTip(tr("Show every event again (Ctrl+Shift+L)"))
        self.clear_button.clicked.connect(self.filter_bar.clear)
        self.status.addWidget(self.count_label)
        self.status.addWidget(self.filter_label, 1)
        self.status.addPermanentWidget(self.clear_button)

        self.message_bar = MessageBar()
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        QShortcut(QKeySequence("Ctrl+Shift+L"), self, self.filter_bar.clear,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._live = QTimer(self, singleShot=True, interval=LIVE_BATCH_MS)
        self._live.timeout.connect(self._fetch_new)
        self._fetching_new = False
        self.filter_bar.filter_changed.connect(self._apply_filter)
        self.model.page_loaded.connect(self._update_status)
        self.model.loading_changed.connect(lambda _loading: self._update_status())
        self.model.rowsInserted.connect(lambda *_: self._update_status())
        self.model.load_failed.connect(lambda exc: self.message_bar.show_message(describe(exc)))
        context.bus.changes_applied.connect(self._on_changes)
        self._update_status()

    # -- what the window asks of a pane -------------------------------------------------------
    def activate(self) -> None:
        """Load the first page when first shown; from then on new events arrive live."""
        self._active = True
        if self.model.rowCount() == 0 and not self.model.is_loading:
            self.refresh()
        if self.purge_button.isVisible():
            self._ask_purge()

    def refresh(self) -> None:
        self.event_filter = self.filter_bar.current_filter()
        self.model.reload()
        self._active = True

    def focus_search(self) -> None:
        self.filter_bar.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.text.selectAll()

    def current_row(self) -> EventRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- commands -----------------------------------------------------------------------------
    def open_target(self) -> QWidget | None:
        """Open the editor of the selected event's target (a user, organization or role)."""
        row = self.current_row()
        if row is None or self._open_target is None:
            return None
        if row.entity_type not in OPENABLE or row.entity_id is None:
            self.message_bar.show_message(
                tr("This event is not about a user, organization or role."), "info")
            return None
        editor = self._open_target(self.context, self, row.entity_type, row.entity_id)
        return self.editors.track(editor) if editor is not None else None

    def export(self) -> ProgressTask | None:
        """Export what the filter shows (every matching event, not only the loaded ones)."""
        target = self.choose_export_file(self)
        if target is None:
            return None
        self.export_task = export_log(self.context, self, self.filter_bar.current_filter(),
                                      self.filter_bar.summary(), target,
                                      self.message_bar.show_message)
        return self.export_task

    def open_purge(self) -> PurgeDialog:
        self.purge_dialog = PurgeDialog(self.context, self, self.message_bar.show_message,
                                        lambda _count: self.refresh())
        self.purge_dialog.open()
        return self.purge_dialog

    def _ask_purge(self) -> None:
        db, actor = self.context.database, self.context.actor
        self.context.runner.submit(
            lambda: abilities.console_abilities(db, actor, (PURGE_AUDIT_LOG,)),
            lambda found: self._purge_known(found[PURGE_AUDIT_LOG]), lambda _exc: None,
            owner=self)

    def _purge_known(self, decision: Decision) -> None:
        self.purge_button.setEnabled(decision.allowed)
        self.purge_button.setToolTip(
            tr("Delete events older than a date (the rest stays verifiable)") if decision.allowed
            else tr(decision.reason))

    # -- filter, detail, live -----------------------------------------------------------------
    def _apply_filter(self) -> None:
        self.refresh()
        self.detail.show_event(None)

    def _current_changed(self, current: QModelIndex, _previous: Any = None) -> None:
        self._detail_generation += 1
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.detail.show_event(None)
            return
        generation, db, actor = self._detail_generation, self.context.database, self.context.actor
        self.context.runner.submit(lambda: audit_log.get_event(db, actor, row.id),
                                   lambda event: self._detail_arrived(generation, event),
                                   lambda exc: self.message_bar.show_message(describe(exc)),
                                   owner=self)

    def _detail_arrived(self, generation: int, event: EventDetail) -> None:
        if generation == self._detail_generation:
            self.detail.show_event(event, self._open_target is not None
                                   and event.entity_type in OPENABLE
                                   and event.entity_id is not None)

    def _on_changes(self, _changes: Changes) -> None:
        """Every change writes an event: look for new ones soon (changes arriving together,
        from this desktop or others, are one read)."""
        if self._active and not self._live.isActive():
            self._live.start()

    def _fetch_new(self) -> None:
        newest = self.model.newest
        if newest is None or self.model.is_loading:
            if not self.model.is_loading:
                self.refresh()
            return
        if self._fetching_new:
            self._live.start()
            return
        self._fetching_new = True
        db, actor, chosen = self.context.database, self.context.actor, self.event_filter
        self.context.runner.submit(
            lambda: audit_log.newer_events(db, actor, chosen, newest.id),
            lambda found: self._new_arrived(chosen, found), self._new_failed, owner=self)

    def _new_failed(self, _exc: BaseException) -> None:
        self._fetching_new = False  # the connection banner says why; the next change retries

    def _new_arrived(self, chosen: EventFilter, found: NewEvents) -> None:
        self._fetching_new = False
        if chosen != self.event_filter or not found.rows:
            return
        if found.too_many:
            self.refresh()
            return
        newest = self.model.newest
        rows = [r for r in found.rows if newest is None or r.id > newest.id]
        scrollbar = self.table.verticalScrollBar()
        position = scrollbar.value()
        self.model.prepend(rows)
        if position > 0:  # the person scrolled down: what they look at stays in place
            scrollbar.setValue(position + len(rows) * (
                1 if self.table.verticalScrollMode()
                == QAbstractItemView.ScrollMode.ScrollPerItem
                else self.table.verticalHeader().defaultSectionSize()))

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        if self.model.is_loading and shown == 0 and (self.event_filter.text
                                                     and self.event_filter.since is None):
            # free text without a time range reads every event: say so while it runs
            text = tr("Searching the whole log for the text\u2026 (choose a time range for a "
                      "quick answer)")
        elif self.model.is_loading and shown == 0:
            text = tr("Loading events\u2026")
        elif shown == 0:
            text = tr("No events match.")
        else:
            text = (tr("{0:,} events shown, more as you scroll") if self.model.can_grow()
                    else tr("{0:,} events shown")).format(shown)
        self.count_label.setText(text)
        summary = self.filter_bar.summary()
        self.filter_label.setText(tr("Filter: {0}").format(summary) if summary else tr("No filter"))
        self.clear_button.setEnabled(bool(summary))
