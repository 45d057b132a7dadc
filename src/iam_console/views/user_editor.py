"""The user editor: identity fields, organizations and role assignments (role, org, location)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from iam_console.models import TokenKind
from iam_console.services import abilities, effective, organizations, roles, users
from iam_console.services.changes import USERS, Outcome
from iam_console.services.choices import Choice

from .context import ConsoleContext
from .credentials_tab import CredentialsTab
from .editor import EditorDialog
from .errors import said
from .i18n import tr
from .permissions_tab import PermissionsTab
from .token_handover import TokenHandover

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UserEditor(EditorDialog):
    def __init__(self, context: ConsoleContext, parent: QWidget | None, record_id: int | None):
        super().__init__(context, parent, record_id, "user", USERS)
        self.resize(640, 700)
        self.username = self.add_field("username", tr("&Username:"), QLineEdit())
        self.first_name = self.add_field("first_name", tr("&First name:"), QLineEdit())
        self.last_name = self.add_field("last_name", tr("&Last name:"), QLineEdit())
        self.email = self.add_field("email", tr("&Email:"), QLineEdit())
        self.phone = self.add_field("phone", tr("&Phone:"), QLineEdit())
        self.status = QLabel()
        if record_id is None:
            self.password = self.add_field("password", tr("Pass&word:"), QLineEdit())
            self.password_confirmation = self.add_field(
                "password_confirmation", tr("&Repeat password:"), QLineEdit())
            for field in (self.password, self.password_confirmation):
                field.setEchoMode(QLineEdit.EchoMode.Password)
            self.password.setPlaceholderText(tr("optional: without one the user awaits activation"))
        else:
            self.username.setReadOnly(True)
            self.username.setToolTip(tr("A username never changes."))
            self.form.addRow(tr("Status:"), self.status)

        self.organizations = QListWidget()
        self.organizations.setAccessibleName(tr("Organizations"))
        self.organizations.setMaximumHeight(110)
        self.body.addWidget(QLabel(tr("<b>Organizations</b>")))
        self.body.addWidget(self.organizations)
        self.body.addWidget(self.add_error_line("organizations", self.organizations))

        self.assignments = QTableWidget(0, 3)
        self.assignments.setTabKeyNavigation(False)
        self.assignments.setAccessibleName(tr("Role assignments"))
        self.assignments.setHorizontalHeaderLabels([tr("Role"), tr("Organization"), tr("Location")])
        self.assignments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.assignments.verticalHeader().setVisible(False)
        self.assignments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assignments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.role_pick, self.org_pick, self.location_pick = QComboBox(), QComboBox(), QComboBox()
        for combo, name in ((self.role_pick, tr("Role to assign")),
                            (self.org_pick, tr("Organization of the assignment")),
                            (self.location_pick, tr("Location of the assignment"))):
            combo.setAccessibleName(name)
        self.org_pick.currentIndexChanged.connect(self._fill_locations)
        self.assign_button = add = QPushButton(tr("&Assign"))
        add.clicked.connect(self._add_picked)
        self.remove_button = remove = QPushButton(tr("Re&move"))
        remove.clicked.connect(self._remove_assignment)
        picks = QHBoxLayout()
        for widget in (self.role_pick, self.org_pick, self.location_pick):
            picks.addWidget(widget, 1)
        picks.addWidget(add)
        picks.addWidget(remove)
        self.body.addWidget(QLabel(tr("<b>Role assignments</b> (role in an organization, "
                                   "optionally one location)")))
        self.body.addLayout(picks)
        self.body.addWidget(self.assignments, 1)
        self.body.addWidget(self.add_error_line("assignments", self.assignments))

        self._org_choices: dict[int, Choice] = {}
        self._role_names: dict[int, str] = {}
        self._wanted_orgs: tuple[int, ...] = ()
        self._lists_loaded = False
        self.permissions_tab: PermissionsTab | None = None
        self.credentials_tab: CredentialsTab | None = None
        if record_id is not None:
            self.credentials_tab = CredentialsTab(context, record_id)
            self.add_tab(self.credentials_tab, tr("&Sign-in"))
            self.permissions_tab = PermissionsTab(context, record_id)
            self.add_tab(self.permissions_tab, tr("&Permissions"))
        self.add_log_tab("user")
        self.handover: TokenHandover | None = None
        if record_id is None:
            self.saved.connect(self._hand_over_activation)
        db, actor = context.database, context.actor
        context.runner.submit(
            lambda: (organizations.organization_choices(db, actor), roles.role_choices(db, actor),
                     abilities.unassignable_roles(db, actor)),
            self._got_lists, lambda exc: self.message_bar.show_message(said(exc)), owner=self)

    def _hand_over_activation(self, detail: users.UserDetail) -> None:
        """A new user without a password gets their activation link at once: emailed where a
        mail server is set up, and shown to copy in any case."""
        if detail.status == "pending":
            parent = self.parentWidget() or self
            self.handover = TokenHandover(self.context, parent, detail.id, TokenKind.ACTIVATION,
                                          send=True)

    # -- choices ------------------------------------------------------------------------------
    def _got_lists(self, lists: tuple[list[Choice], list[Choice], dict[int, str]]) -> None:
        pristine = self._pristine is not None and not self.is_dirty()
        orgs, role_list, refused = lists
        for org in orgs:
            self._org_choices[org.id] = org
            item = QListWidgetItem(org.label)
            item.setData(ID_ROLE, org.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.organizations.addItem(item)
            self.org_pick.addItem(org.label, org.id)
        picker = self.role_pick.model()
        assert isinstance(picker, QStandardItemModel)
        for role in role_list:
            self._role_names[role.id] = role.label
            self.role_pick.addItem(role.label, role.id)
            if role.id in refused:  # listed (it may be held already) but not to be picked
                entry = picker.item(self.role_pick.count() - 1)
                entry.setEnabled(False)
                entry.setToolTip(tr(refused[role.id]))
        first = next((i for i in range(self.role_pick.count())
                      if picker.item(i).isEnabled()), -1)
        self.role_pick.setCurrentIndex(first)
        self._lists_loaded = True
        if self.permissions_tab is not None:
            self.permissions_tab.set_choices(orgs, role_list)
        self._check_orgs(self._wanted_orgs)
        if pristine:
            self._pristine = self.collect()

    def _fill_locations(self) -> None:
        self.location_pick.clear()
        self.location_pick.addItem(tr("(whole organization)"), None)
        choice = self._org_choices.get(self.org_pick.currentData())
        for loc in choice.locations if choice else ():
            self.location_pick.addItem(loc.name, loc.id)

    def _check_orgs(self, ids: tuple[int, ...]) -> None:
        for i in range(self.organizations.count()):
            item = self.organizations.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids
                               else Qt.CheckState.Unchecked)

    # -- assignments --------------------------------------------------------------------------
    def add_assignment(self, role_id: int, role: str, org_id: int, org: str,
                       location_id: int | None, location: str) -> None:
        row = self.assignments.rowCount()
        self.assignments.insertRow(row)
        for column, (text, value) in enumerate(((role, role_id), (org, org_id),
                                                (location or tr("(whole organization)"),
                                                 location_id))):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, value)
            self.assignments.setItem(row, column, item)

    def pick(self, role_label: str, org_label: str, location_label: str = "") -> None:
        """Choose role, organization and location by their labels (keyboard and tests)."""
        self.role_pick.setCurrentIndex(self.role_pick.findText(role_label))
        self.org_pick.setCurrentIndex(self.org_pick.findText(org_label))
        if location_label:
            self.location_pick.setCurrentIndex(self.location_pick.findText(location_label))
        self._add_picked()

    def _add_picked(self) -> None:
        if self.role_pick.currentIndex() < 0 or self.org_pick.currentIndex() < 0:
            return
        picker = self.role_pick.model()
        assert isinstance(picker, QStandardItemModel)
        entry = picker.item(self.role_pick.currentIndex())
        if not entry.isEnabled():
            self.show_errors({"assignments": entry.toolTip()})
            return
        self.add_assignment(self.role_pick.currentData(), self.role_pick.currentText(),
                            self.org_pick.currentData(), self.org_pick.currentText(),
                            self.location_pick.currentData(),
                            self.location_pick.currentText()
                            if self.location_pick.currentData() is not None else "")
        # an assignment in an organization makes the user a member there
        org_id = self.org_pick.currentData()
        for i in range(self.organizations.count()):
            if self.organizations.item(i).data(ID_ROLE) == org_id:
                self.organizations.item(i).setCheckState(Qt.CheckState.Checked)

    def _remove_assignment(self) -> None:
        row = self.assignments.currentRow()
        if row >= 0:
            self.assignments.removeRow(row)

    # -- EditorDialog -------------------------------------------------------------------------
    def load_call(self) -> Callable[[], Any]:
        db, actor, record_id = self.context.database, self.context.actor, self.record_id
        assert record_id is not None
        return lambda: users.get_user(db, actor, record_id)

    def _loaded(self, detail: Any) -> None:
        super()._loaded(detail)
        db, actor = self.context.database, self.context.actor
        self.context.runner.submit(lambda: effective.allowed_on_user(db, actor, detail.id),
                                   self._got_allowed, lambda _exc: None, owner=self)

    def _got_allowed(self, allowed: effective.Allowed) -> None:
        if not allowed.edit.allowed:
            self.set_read_only(allowed.edit.reason)

    def lock_inputs(self) -> None:
        super().lock_inputs()
        for widget in (self.role_pick, self.org_pick, self.location_pick, self.assign_button,
                       self.remove_button):
            widget.setEnabled(False)
            widget.setToolTip(self._read_only_reason)

    def fill(self, detail: users.UserDetail) -> None:
        self.username.setText(detail.username)
        self.first_name.setText(detail.first_name)
        self.last_name.setText(detail.last_name)
        self.email.setText(detail.email)
        self.phone.setText(detail.phone)
        self.status.setText(tr("{0} (origin: {1})").format(detail.status, detail.origin))
        self._wanted_orgs = detail.organization_ids
        self._check_orgs(detail.organization_ids)
        self.assignments.setRowCount(0)
        for a in detail.assignments:
            self.add_assignment(a.role_id, a.role_name, a.organization_id, a.organization_name,
                                a.location_id, a.location_name)

    def _cell_id(self, row: int, column: int) -> Any:
        item = self.assignments.item(row, column)
        return item.data(ID_ROLE) if item is not None else None

    def collect(self) -> users.UserInput:
        if self._lists_loaded:
            org_ids = tuple(self.organizations.item(i).data(ID_ROLE)
                            for i in range(self.organizations.count())
                            if self.organizations.item(i).checkState() == Qt.CheckState.Checked)
        else:
            org_ids = self._wanted_orgs
        assignments = tuple(
            users.AssignmentInput(*(self._cell_id(r, c) for c in range(3)))
            for r in range(self.assignments.rowCount()))
        new = self.record_id is None
        return users.UserInput(
            username=self.username.text(), first_name=self.first_name.text(),
            last_name=self.last_name.text(), email=self.email.text(), phone=self.phone.text(),
            organization_ids=org_ids, assignments=assignments,
            password=self.password.text() if new else "",
            password_confirmation=self.password_confirmation.text() if new else "")

    def yours(self) -> dict[str, Any]:
        data = self.collect()
        checked = {self.organizations.item(i).text() for i in range(self.organizations.count())
                   if self.organizations.item(i).checkState() == Qt.CheckState.Checked}
        labels = set()
        for r in range(self.assignments.rowCount()):
            role, org, loc = (self._cell_text(r, c) for c in range(3))
            has_location = self._cell_id(r, 2) is not None
            labels.add(f"{role} @ {org}" + (f" / {loc}" if has_location else ""))
        return {"first_name": data.first_name, "last_name": data.last_name,
                "email": data.email.strip().lower(), "phone": data.phone or None,
                "organizations": frozenset(checked), "assignments": frozenset(labels)}

    def _cell_text(self, row: int, column: int) -> str:
        item = self.assignments.item(row, column)
        return item.text() if item is not None else ""

    def save_call(self, data: users.UserInput, version: int | None,
                  operation_id: str) -> Callable[[], Outcome[Any]]:
        ctx, record_id = self.context, self.record_id
        if record_id is None:
            return lambda: users.create_user(ctx.database, ctx.actor, ctx.hasher, data,
                                            operation_id=operation_id)
        assert version is not None
        return lambda: users.update_user(ctx.database, ctx.actor, record_id, version, data,
                                            operation_id=operation_id)


def open_user_editor(context: ConsoleContext, parent: QWidget, record_id: int | None) -> QWidget:
    return UserEditor(context, parent, record_id).start()
