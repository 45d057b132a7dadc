"""The organization editor: name, kind, parent, active, description and locations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import abilities, impact
from iam_console.services import organizations as svc
from iam_console.services.changes import ORGANIZATIONS, Outcome
from iam_console.services.choices import Choice
from iam_console.services.policy import Decision

from .context import ConsoleContext
from .editor import EditorDialog
from .i18n import tr

LOCATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganizationEditor(EditorDialog):
    def __init__(self, context: ConsoleContext, parent: QWidget | None, record_id: int | None):
        super().__init__(context, parent, record_id, "organization", ORGANIZATIONS)
        self.name = self.add_field("name", tr("&Name:"), QLineEdit())
        self.kind = self.add_field("kind", tr("&Kind:"), QComboBox())
        self.kind.addItem(tr("Internal"), "internal")
        self.kind.addItem(tr("External (partner)"), "external")
        self.parent_org = self.add_field("parent", tr("&Parent:"), QComboBox())
        self.parent_org.addItem(tr("(none)"), None)
        self.active = self.add_field("active", "", QCheckBox(tr("&Active")))
        self.active.setChecked(True)
        self.description = self.add_field("description", tr("&Description:"), QPlainTextEdit())
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)

        self.locations = QListWidget()
        self.locations.setAccessibleName(tr("Locations"))
        self.locations.setMaximumHeight(130)
        add, rename = QPushButton(tr("Add\u2026")), QPushButton(tr("Rename\u2026"))
        remove = QPushButton(tr("Remove"))
        add.clicked.connect(self._add_location)
        rename.clicked.connect(self._rename_location)
        remove.clicked.connect(self._remove_location)
        self.location_buttons = (add, rename, remove)
        buttons = QVBoxLayout()
        for b in self.location_buttons:
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.locations, 1)
        row.addLayout(buttons)
        self.body.addWidget(QLabel(tr("<b>Locations</b> (pools this organization may use)")))
        self.body.addLayout(row)
        self.body.addWidget(self.add_error_line("locations", self.locations))
        self.add_log_tab("organization")
        self._pending_parent: int | None = None
        context.runner.submit(lambda: svc.organization_choices(context.database, context.actor),
                              self._got_parents, lambda _exc: None, owner=self)

    def _got_parents(self, choices: list[Choice]) -> None:
        pristine = self._pristine is not None and not self.is_dirty()
        for choice in choices:
            if choice.id != self.record_id:
                self.parent_org.addItem(choice.label, choice.id)
        self._select_parent()
        if pristine:
            self._pristine = self.collect()

    def _select_parent(self) -> None:
        index = self.parent_org.findData(self._pending_parent)
        self.parent_org.setCurrentIndex(max(index, 0))

    def load_call(self) -> Callable[[], Any]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        assert record_id is not None
        return lambda: svc.get_organization(db, actor, record_id)

    def fill(self, detail: svc.OrganizationDetail) -> None:
        self.name.setText(detail.name)
        self.kind.setCurrentIndex(max(self.kind.findData(detail.kind), 0))
        self.active.setChecked(detail.active)
        self.description.setPlainText(detail.description)
        self._pending_parent = detail.parent_id
        self._select_parent()
        self.locations.clear()
        for loc in detail.locations:
            item = QListWidgetItem(loc.name)
            item.setData(LOCATION_ID_ROLE, loc.id)
            self.locations.addItem(item)

    def collect(self) -> svc.OrganizationInput:
        locations = tuple(
            svc.LocationInput(self.locations.item(i).text(),
                              self.locations.item(i).data(LOCATION_ID_ROLE))
            for i in range(self.locations.count()))
        return svc.OrganizationInput(
            name=self.name.text(), description=self.description.toPlainText(),
            active=self.active.isChecked(), kind=self.kind.currentData(),
            parent_id=self.parent_org.currentData(), locations=locations)

    def yours(self) -> dict[str, Any]:
        data = self.collect()
        return {"name": data.name, "description": data.description, "active": data.active,
                "kind": data.kind,
                "parent": self.parent_org.currentText() if data.parent_id else None,
                "locations": frozenset(loc.name for loc in data.locations)}

    def lock_inputs(self) -> None:
        super().lock_inputs()
        for button in self.location_buttons:
            button.setEnabled(False)

    def edit_check(self) -> Callable[[], Decision]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        assert record_id is not None
        return lambda: abilities.may_edit(db, actor, ORGANIZATIONS, record_id)

    def impact_call(self, data: svc.OrganizationInput) -> Callable[[], impact.Impact | None]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        assert record_id is not None
        return lambda: impact.organization_change(db, actor, record_id, data)

    def save_call(self, data: svc.OrganizationInput, version: int | None,
                  operation_id: str) -> Callable[[], Outcome[Any]]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        if record_id is None:
            return lambda: svc.create_organization(db, actor, data,
                                            operation_id=operation_id)
        assert version is not None
        return lambda: svc.update_organization(db, actor, record_id, version, data,
                                            operation_id=operation_id)

    # -- locations ----------------------------------------------------------------------------
    def add_location(self, name: str) -> None:
        """Add a location row (validated with the rest of the form on save)."""
        item = QListWidgetItem(name)
        item.setData(LOCATION_ID_ROLE, None)
        self.locations.addItem(item)
        self.locations.setCurrentItem(item)

    def _add_location(self) -> None:
        name, ok = QInputDialog.getText(self, "Add location", "Location name:")
        if ok:
            self.add_location(name)

    def _rename_location(self) -> None:
        item = self.locations.currentItem()
        if item is None:
            return
        name, ok = QInputDialog.getText(self, "Rename location", "Location name:",
                                        text=item.text())
        if ok:
            item.setText(name)

    def _remove_location(self) -> None:
        row = self.locations.currentRow()
        if row >= 0:
            self.locations.takeItem(row)


def open_organization_editor(context: ConsoleContext, parent: QWidget,
                             record_id: int | None) -> QWidget:
    return OrganizationEditor(context, parent, record_id).start()
