"""Labelled inputs with an error line under each: the one way every form shows bad input."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QVBoxLayout, QWidget

from .i18n import QT_TRANSLATE_NOOP, tr

ERROR_STYLE = "color:#b3261e;"
LOCKED_NOTE = QT_TRANSLATE_NOOP("", "Set by your deployment")
W = TypeVar("W", bound=QWidget)


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldForm:
    """Wraps a QFormLayout; ``show_errors`` puts each message under its field."""

    def __init__(self, layout: QFormLayout | None = None):
        self.layout = layout or QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}

    def add(self, name: str, label: str, widget: W) -> W:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.error_line(name, widget))
        self.layout.addRow(label, holder)
        self._rows[name] = holder
        spoken = label.replace("&", "").rstrip(":")
        if spoken or not isinstance(widget, QAbstractButton):  # a check box says its own text
            widget.setAccessibleName(spoken or name)
        return widget

    def set_visible(self, name: str, visible: bool) -> None:
        """Show or hide a whole row (label, input and error line)."""
        self.layout.setRowVisible(self._rows[name], visible)

    def error_line(self, name: str, widget: QWidget) -> QLabel:
        """An error line for ``widget`` to be placed by the caller (lists, tables)."""
        self._inputs[name] = widget
        self._errors[name] = error_label(name)
        return self._errors[name]

    def clear(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_errors(self, errors: Mapping[str, str]) -> list[str]:
        """Show each message at its field and focus the first; return those with no field."""
        first: QWidget | None = None
        unplaced = []
        for name, message in errors.items():
            label = self._errors.get(name)
            if label is None:
                unplaced.append(tr(message))
                continue
            label.setText(tr(message))
            label.show()
            first = first or self._inputs[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def lock(self, name: str, reason: str) -> None:
        """Grey out a field someone else decides (the deployment file) and say so under it."""
        widget, holder = self._inputs[name], self._rows[name]
        reason = tr(reason)
        widget.setEnabled(False)
        widget.setToolTip(reason)
        widget.setAccessibleDescription(reason)
        if holder.findChild(QLabel, f"locked_{name}") is None:
            note = QLabel(tr(LOCKED_NOTE))
            note.setObjectName(f"locked_{name}")
            note.setToolTip(reason)
            note.setEnabled(False)
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(note)

    def is_locked(self, name: str) -> bool:
        return self._rows[name].findChild(QLabel, f"locked_{name}") is not None

    def set_read_only(self) -> None:
        """Lock every input: text fields become read-only (still selectable), others disabled."""
        for widget in self._inputs.values():
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
