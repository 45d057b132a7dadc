"""The selected log event in full: who, what, where, outcome, and its changes as a readable
old → new table (items added to or removed from a set each on their own line)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iam_console.services.audit_diff import ADDED, REMOVED
from iam_console.services.audit_log import EventDetail
from iam_console.services.audit_vocabulary import action_title, entity_title, outcome_title

from .i18n import QT_TRANSLATE_NOOP, tr
from .time_text import local_time

_ADDED_BRUSH = QBrush(QColor(0, 110, 40))
_REMOVED_BRUSH = QBrush(QColor(170, 30, 30))


FIELDS = (QT_TRANSLATE_NOOP("", "When"), QT_TRANSLATE_NOOP("", "Who"),
          QT_TRANSLATE_NOOP("", "Action"), QT_TRANSLATE_NOOP("", "Target"),
          QT_TRANSLATE_NOOP("", "Organization"), QT_TRANSLATE_NOOP("", "Outcome"),
          QT_TRANSLATE_NOOP("", "Operation"))

class EventDetailPanel(QWidget):
    """Shows one event (``show_event``) or a hint; the two buttons ask the pane to show the
    operation's other events or to open the target's editor."""

    operation_requested = Signal(str)
    open_target_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shown_event: EventDetail | None = None
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for name in FIELDS:
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            label.setAccessibleName(tr(name))
            self.fields[name] = label
            form.addRow(tr("{0}:").format(tr(name)), label)
        self.fields["When"].setProperty("data", True)  # a time, nothing to translate
        self.changes = QTableWidget(0, 3)
        self.changes.setTabKeyNavigation(False)
        self.changes.setAccessibleName(tr("Changes"))
        self.changes.setHorizontalHeaderLabels([tr("Field"), tr("Before"), tr("After")])
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setWordWrap(False)
        self.changes.verticalHeader().setDefaultSectionSize(22)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.no_changes = QLabel(tr("No field changed in this event."))
        self.no_changes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel(tr("Select an event to see who changed what."))
        self.operation_button = QPushButton(tr("Events of this operation"))
        self.operation_button.setToolTip(tr("Show only the events written by the same operation"))
        self.operation_button.clicked.connect(
            self._show_operation)
        self.target_button = QPushButton(tr("Open target"))
        self.target_button.setToolTip(tr("Open the editor of the record this event is about"))
        self.target_button.clicked.connect(self.open_target_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.operation_button)
        buttons.addWidget(self.target_button)
        buttons.addStretch(1)
        self.body = QWidget()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.changes, 1)
        right.addWidget(self.no_changes)
        right.addStretch(0)
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.body, 1)
        self.show_event(None)

    def _show_operation(self) -> None:
        if self.shown_event is not None:
            self.operation_requested.emit(self.shown_event.correlation_id)

    def show_event(self, event: EventDetail | None, can_open_target: bool = False) -> None:
        self.shown_event = event
        self.hint.setVisible(event is None)
        self.body.setVisible(event is not None)
        if event is None:
            return
        who = event.actor_name or tr("(nobody signed in)")
        how = ", ".join(part for part in (
            tr("signed in with {0}").format(event.actor_method) if event.actor_method else "",
            tr("on {0}").format(event.workstation) if event.workstation else "",
            tr("console {0}").format(event.console_version) if event.console_version else "")
            if part)
        target = event.entity_name or "\u2014"
        if event.entity_type:
            kind = tr(entity_title(event.entity_type))
            target = (tr("{0} \u201c{1}\u201d (id {2})").format(kind, target, event.entity_id)
                      if event.entity_id is not None
                      else tr("{0} \u201c{1}\u201d").format(kind, target))
        outcome = tr(outcome_title(event.outcome))
        if event.reason:
            outcome = tr("{0}: {1}").format(outcome, tr(event.reason))
        values = {
            "When": f"{local_time(event.occurred_at)}  "
                    f"({event.occurred_at.strftime('%Y-%m-%d %H:%M:%S')} UTC)",
            "Who": who + (f" \u2014 {how}" if how else ""),
            "Action": tr("{0}  ({1}, in {2})").format(tr(action_title(event.action)),
                                                     event.action, event.area or "?"),
            "Target": target,
            "Organization": event.organization_name or "\u2014",
            "Outcome": outcome,
            "Operation": tr("{0}  (event {1})").format(event.correlation_id, event.id),
        }
        for name, text in values.items():
            self.fields[name].setText(text)
        self.changes.setRowCount(len(event.changes))
        for row, line in enumerate(event.changes):
            before = f"\u2212 {tr(line.before)}" if line.kind == REMOVED else tr(line.before)
            after = f"+ {tr(line.after)}" if line.kind == ADDED else tr(line.after)
            for column, text in enumerate((tr(line.field), before, after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if line.kind == ADDED and column == 2:
                    item.setForeground(_ADDED_BRUSH)
                elif line.kind == REMOVED and column == 1:
                    item.setForeground(_REMOVED_BRUSH)
                self.changes.setItem(row, column, item)
        self.changes.setVisible(bool(event.changes))
        self.no_changes.setVisible(not event.changes)
        self.target_button.setEnabled(can_open_target)

    def rows(self) -> list[tuple[str, str, str]]:
        """The old → new table as text (what a person reads)."""
        def text(row: int, column: int) -> str:
            item = self.changes.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.changes.rowCount())]
