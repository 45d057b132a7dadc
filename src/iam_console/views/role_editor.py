"""The role editor: name, description, active, base role and permissions by application."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from iam_console.services import abilities, catalogue, holders, impact, roles
from iam_console.services.changes import ROLES, Outcome
from iam_console.services.policy import Decision

from .context import ConsoleContext
from .editor import EditorDialog
from .errors import said
from .holders_view import HoldersView, open_holders_window, role_holders_view
from .i18n import tr

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class RoleEditor(EditorDialog):
    def __init__(self, context: ConsoleContext, parent: QWidget | None, record_id: int | None):
        super().__init__(context, parent, record_id, "role", ROLES)
        self.resize(620, 640)
        self.name = self.add_field("name", tr("&Name:"), QLineEdit())
        self.description = self.add_field("description", tr("&Description:"), QPlainTextEdit())
        self.description.setFixedHeight(60)
        self.description.setTabChangesFocus(True)
        self.active = self.add_field("active", "", QCheckBox(tr("&Active (can be assigned)")))
        self.active.setChecked(True)
        self.base_role = self.add_field("base_role", tr("&Based on:"), QComboBox())
        self.base_role.addItem(tr("(no base role)"), None)

        self.permissions = QTreeWidget()
        self.permissions.setAccessibleName(tr("Permissions"))
        self.permissions.setHeaderLabels([tr("Permission"), tr("Code")])
        self.permissions.setColumnWidth(0, 300)
        self.permissions.currentItemChanged.connect(self._show_help)
        self.help = QLabel(tr("Select a permission to read what it allows."))
        self.help.setWordWrap(True)
        self.help.setAccessibleName(tr("Permission help"))
        self.help.setMinimumHeight(40)
        self.body.addWidget(QLabel(tr("<b>Permissions</b> (hover or select one for its help)")))
        self.body.addWidget(self.permissions, 1)
        self.body.addWidget(self.add_error_line("permissions", self.permissions))
        self.who_holds = QPushButton(tr("&Who holds this permission\u2026"))
        self.who_holds.setEnabled(False)
        self.who_holds.setToolTip(tr("Select a permission first."))
        self.who_holds.clicked.connect(self.show_permission_holders)
        help_row = QHBoxLayout()
        help_row.addWidget(self.help, 1)
        help_row.addWidget(self.who_holds, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(help_row)
        self.holders: HoldersView | None = None
        if record_id is not None:  # who holds this role, where: its own page, read when shown
            self.holders = role_holders_view(context, holders.Holders(
                role_ids=frozenset({record_id})), self)
            self.add_tab(self.holders, tr("&Holders"))
            self.tabs.currentChanged.connect(self._page_shown)
        self.add_log_tab("role")
        self._items: dict[str, QTreeWidgetItem] = {}
        self._wanted: frozenset[str] = frozenset()
        self._wanted_base: int | None = None
        self._lists_loaded = False
        db, actor = context.database, context.actor
        context.runner.submit(
            lambda: (catalogue.list_permissions(db, actor), roles.role_choices(db, actor)),
            self._got_lists, lambda exc: self.message_bar.show_message(said(exc)), owner=self)

    def _got_lists(self, lists: tuple[list[catalogue.PermissionView], list[Any]]) -> None:
        pristine = self._pristine is not None and not self.is_dirty()
        perms, choices = lists
        groups: dict[str, QTreeWidgetItem] = {}
        for perm in perms:
            group = groups.get(perm.application)
            if group is None:
                group = QTreeWidgetItem(self.permissions, [perm.application_title, ""])
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsAutoTristate
                               | Qt.ItemFlag.ItemIsUserCheckable)
                group.setExpanded(True)
                groups[perm.application] = group
            item = QTreeWidgetItem(group, [tr(perm.title), perm.code])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, CODE_ROLE, perm.code)
            item.setToolTip(0, tr(perm.help_text))
            item.setToolTip(1, tr(perm.help_text))
            self._items[perm.code] = item
        for choice in choices:
            if choice.id != self.record_id:
                self.base_role.addItem(choice.label, choice.id)
        self._lists_loaded = True
        self._apply_wanted()
        if pristine:
            self._pristine = self.collect()

    def _apply_wanted(self) -> None:
        for code, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if code in self._wanted
                               else Qt.CheckState.Unchecked)
        self.base_role.setCurrentIndex(max(self.base_role.findData(self._wanted_base), 0))

    def _show_help(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        chosen = item is not None and bool(item.data(0, CODE_ROLE))
        if item is not None and chosen:
            self.help.setText(f"<b>{item.text(0)}</b> \u2014 {item.toolTip(0)}")
        self.who_holds.setEnabled(chosen)
        self.who_holds.setToolTip("" if chosen else tr("Select a permission first."))

    def _page_shown(self, index: int) -> None:
        if self.holders is not None and self.tabs.widget(index) is self.holders:
            self.tabs.currentChanged.disconnect(self._page_shown)
            self.holders.start()

    def show_permission_holders(self) -> QWidget | None:
        """Who holds the selected permission (through any role), and where."""
        item = self.permissions.currentItem()
        if item is None or not item.data(0, CODE_ROLE):
            return None
        return open_holders_window(self.context, self, tr("Who holds “{0}”").format(item.text(0)),
                                   holders.Holders(permission=item.data(0, CODE_ROLE)))

    def permission_item(self, code: str) -> QTreeWidgetItem:
        return self._items[code]

    def set_permission(self, code: str, checked: bool) -> None:
        self._items[code].setCheckState(0, Qt.CheckState.Checked if checked
                                        else Qt.CheckState.Unchecked)

    @property
    def lists_loaded(self) -> bool:
        return self._lists_loaded

    def load_call(self) -> Callable[[], Any]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        assert record_id is not None
        return lambda: roles.get_role(db, actor, record_id)

    def fill(self, detail: roles.RoleDetail) -> None:
        self.name.setText(detail.name)
        self.description.setPlainText(detail.description)
        self.active.setChecked(detail.active)
        self._wanted, self._wanted_base = detail.permission_codes, detail.base_role_id
        if self._lists_loaded:
            self._apply_wanted()
        if detail.system:
            self.message_bar.show_message(tr("This is a predefined system role: read-only."),
                                          "info")
            self.save_button.setEnabled(False)
            for widget in (self.name, self.description, self.active, self.base_role,
                           self.permissions):
                widget.setEnabled(False)

    def collect(self) -> roles.RoleInput:
        codes = frozenset(code for code, item in self._items.items()
                          if item.checkState(0) == Qt.CheckState.Checked)
        if not self._lists_loaded:
            codes = self._wanted
        return roles.RoleInput(name=self.name.text(),
                               description=self.description.toPlainText(),
                               active=self.active.isChecked(),
                               base_role_id=self.base_role.currentData()
                               if self._lists_loaded else self._wanted_base,
                               permission_codes=codes)

    def yours(self) -> dict[str, Any]:
        data = self.collect()
        return {"name": data.name, "description": data.description, "active": data.active,
                "base_role": self.base_role.currentText() if data.base_role_id else None,
                "permissions": data.permission_codes}

    def edit_check(self) -> Callable[[], Decision]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        assert record_id is not None
        return lambda: abilities.may_edit(db, actor, ROLES, record_id)

    def impact_call(self, data: roles.RoleInput) -> Callable[[], impact.Impact | None]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        assert record_id is not None
        return lambda: impact.role_change(db, actor, record_id, data)

    def save_call(self, data: roles.RoleInput, version: int | None,
                  operation_id: str) -> Callable[[], Outcome[Any]]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        if record_id is None:
            return lambda: roles.create_role(db, actor, data,
                                            operation_id=operation_id)
        assert version is not None
        return lambda: roles.update_role(db, actor, record_id, version, data,
                                            operation_id=operation_id)


def open_role_editor(context: ConsoleContext, parent: QWidget, record_id: int | None) -> QWidget:
    return RoleEditor(context, parent, record_id).start()
