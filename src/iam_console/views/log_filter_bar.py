"""The administration log's filter bar: time range, actor, action, kind of target, target,
organization, outcome and free text, turned into one ``EventFilter``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from iam_console.services.audit_log import EventFilter
from iam_console.services.audit_vocabulary import (
    ACTIONS,
    ENTITY_TYPES,
    OUTCOMES,
    action_title,
    entity_title,
    outcome_title,
)
from iam_console.services.changes import ORGANIZATIONS, ROLES, USERS

from .context import ConsoleContext
from .i18n import QT_TRANSLATE_NOOP, tr
from .type_ahead import TypeAheadField

TEXT_DEBOUNCE_MS = 300
ANY_TIME, CUSTOM = "any", "custom"
TIME_RANGES = {
    ANY_TIME: (QT_TRANSLATE_NOOP("", "Any time"), None),
    "hour": (QT_TRANSLATE_NOOP("", "Last hour"), dt.timedelta(hours=1)),
    "day": (QT_TRANSLATE_NOOP("", "Last 24 hours"), dt.timedelta(days=1)),
    "week": (QT_TRANSLATE_NOOP("", "Last 7 days"), dt.timedelta(days=7)),
    "month": (QT_TRANSLATE_NOOP("", "Last 30 days"), dt.timedelta(days=30)),
    CUSTOM: (QT_TRANSLATE_NOOP("", "Custom\u2026"), None),
}
_ENTITY_KIND = {USERS: "user", ORGANIZATIONS: "organization", ROLES: "role"}


def _combo(name: str, anything: str, choices: Mapping[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    # as narrow as the window allows; the list that drops down shows whole titles
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.addItem(anything, None)
    for code, title in choices.items():
        combo.addItem(tr(title), code)
    return combo


def _utc(value: QDateTime) -> dt.datetime:
    return dt.datetime.fromtimestamp(value.toSecsSinceEpoch(), dt.UTC)


class LogFilterBar(QWidget):
    """``filter_changed`` fires (once) after any part changes; ``current_filter()`` is the
    filter now, with relative time ranges counted back from this moment."""

    filter_changed = Signal()

    def __init__(self, context: ConsoleContext, fixed: EventFilter | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._fixed = fixed or EventFilter()
        self._correlation: str | None = None
        self._emit_soon = QTimer(self, singleShot=True, interval=0)
        self._emit_soon.timeout.connect(self.filter_changed)

        self.time_range = _combo(tr("Time range"), tr(TIME_RANGES[ANY_TIME][0]), {
            code: title for code, (title, _delta) in TIME_RANGES.items() if code != ANY_TIME})
        self.time_range.setItemData(0, ANY_TIME)
        now = QDateTime.currentDateTime()
        self.time_from = QDateTimeEdit(now.addDays(-1))
        self.time_to = QDateTimeEdit(now.addSecs(3600))
        for edit, name in ((self.time_from, tr("From")), (self.time_to, tr("Until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setAccessibleName(tr("{0} (local time)").format(name))
            edit.dateTimeChanged.connect(lambda _v: self._changed())
        self.actor = TypeAheadField(context, (USERS,), tr("Who (type a name)"))
        self.action = _combo(tr("Action"), tr("Any action"), dict(sorted(
            ((code, tr(title)) for code, title in ACTIONS.items()), key=lambda item: item[1])))
        self.entity_type = _combo(tr("Kind of target"), tr("Any kind"), ENTITY_TYPES)
        self.target = TypeAheadField(context, (USERS, ORGANIZATIONS, ROLES),
                                     tr("Target (type a name)"))
        self.organization = TypeAheadField(context, (ORGANIZATIONS,),
                                           tr("Organization (and below)"))
        self.outcome = _combo(tr("Outcome"), tr("Any outcome"), OUTCOMES)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Text anywhere in the event\u2026"))
        self.text.setAccessibleName(tr("Text anywhere in the event"))
        self.text.setClearButtonEnabled(True)
        self._text_debounce = QTimer(self, singleShot=True, interval=TEXT_DEBOUNCE_MS)
        self._text_debounce.timeout.connect(self._changed)
        self.text.textChanged.connect(self._text_debounce.start)
        self.text.returnPressed.connect(self._changed)

        self.time_range.currentIndexChanged.connect(self._time_range_changed)
        for combo in (self.action, self.entity_type, self.outcome):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        for field in (self.actor, self.target, self.organization):
            field.chosen_changed.connect(self._changed)

        self.time_error = QLabel()
        self.time_error.setStyleSheet("color: #b00020;")
        self.time_error.setVisible(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.time_range, 0, 0)
        grid.addWidget(self.actor, 0, 1)
        grid.addWidget(self.action, 0, 2)
        grid.addWidget(self.outcome, 0, 3)
        grid.addWidget(self.entity_type, 1, 0)
        grid.addWidget(self.target, 1, 1)
        grid.addWidget(self.organization, 1, 2)
        grid.addWidget(self.text, 1, 3)
        # a custom range gets its own line under the others, shown only when chosen
        self.custom_range = QWidget()
        times = QHBoxLayout(self.custom_range)
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(QLabel(tr("From")))
        times.addWidget(self.time_from)
        times.addWidget(QLabel(tr("until")))
        times.addWidget(self.time_to)
        times.addWidget(self.time_error, 1)
        self.custom_range.setVisible(False)
        grid.addWidget(self.custom_range, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        if self._fixed.entity_id is not None:  # one record's history: its target is given
            self.entity_type.setVisible(False)
            self.target.setVisible(False)

    # -- the filter ---------------------------------------------------------------------------
    def current_filter(self) -> EventFilter:
        since = until = None
        code = self.time_range.currentData()
        delta = TIME_RANGES[code][1]
        if code == CUSTOM:
            since, until = _utc(self.time_from.dateTime()), _utc(self.time_to.dateTime())
        elif delta is not None:
            since = dt.datetime.now(dt.UTC) - delta
        target = self.target.chosen
        entity_type, entity_id = self.entity_type.currentData(), None
        if target is not None:
            entity_type, entity_id = _ENTITY_KIND[target.kind], target.id
        chosen = EventFilter(
            since=since, until=until,
            actor_id=self.actor.chosen.id if self.actor.chosen else None,
            action=self.action.currentData(), entity_type=entity_type, entity_id=entity_id,
            organization_id=self.organization.chosen.id if self.organization.chosen else None,
            outcome=self.outcome.currentData(), text=self.text.text().strip(),
            correlation_id=self._correlation)
        if self._fixed.entity_id is not None:
            chosen = replace(chosen, entity_type=self._fixed.entity_type,
                             entity_id=self._fixed.entity_id)
        return chosen

    def show_operation(self, correlation_id: str | None) -> None:
        """Only the events of one operation (None: all again)."""
        self._correlation = correlation_id
        self._changed()

    def summary(self) -> str:
        """The filter in words, for the status line ("" when nothing narrows the log)."""
        parts: list[str] = []
        code = self.time_range.currentData()
        if code == CUSTOM:
            parts.append(f"{self.time_from.text()} \u2013 {self.time_to.text()}")
        elif code != ANY_TIME:
            parts.append(tr(TIME_RANGES[code][0]))
        if self.actor.chosen:
            parts.append(tr("by {0}").format(self.actor.chosen.label))
        if self.action.currentData():
            parts.append(tr(action_title(self.action.currentData())))
        if self.target.chosen:
            parts.append(tr("target {0}").format(self.target.chosen.label))
        elif self.entity_type.currentData():
            parts.append(tr(entity_title(self.entity_type.currentData())))
        if self.organization.chosen:
            parts.append(tr("in {0}").format(self.organization.chosen.label))
        if self.outcome.currentData():
            parts.append(tr(outcome_title(self.outcome.currentData())))
        if self.text.text().strip():
            parts.append(f"\u201c{self.text.text().strip()}\u201d")
        if self._correlation:
            parts.append(tr("one operation"))
        return " \u00b7 ".join(parts)

    def clear(self) -> None:
        """Every part back to "any" in one step (one reload)."""
        self.blockSignals(True)
        self.time_range.setCurrentIndex(0)
        for combo in (self.action, self.entity_type, self.outcome):
            combo.setCurrentIndex(0)
        for field in (self.actor, self.target, self.organization):
            field.choose(None)
        self.text.clear()
        self._text_debounce.stop()
        self._correlation = None
        self.blockSignals(False)
        self._emit_soon.stop()
        self.filter_changed.emit()

    # -- internals ----------------------------------------------------------------------------
    def _time_range_changed(self) -> None:
        self.custom_range.setVisible(self.time_range.currentData() == CUSTOM)
        self._changed()

    def _changed(self) -> None:
        self._text_debounce.stop()
        if self.time_range.currentData() == CUSTOM and (
                self.time_from.dateTime() >= self.time_to.dateTime()):
            # said at the field; the list keeps showing what it showed
            self.time_error.setText(tr("\u201cFrom\u201d must be before \u201cuntil\u201d."))
            self.time_error.setVisible(True)
            self._emit_soon.stop()
            return
        self.time_error.setVisible(False)
        self._emit_soon.start()
