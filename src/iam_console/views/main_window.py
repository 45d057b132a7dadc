"""The main window: assembles navigation, panes, menus and the status bar; nothing more."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import abilities, approvals, catalogue, sessions
from iam_console.services.bulk import BulkAction
from iam_console.services.changes import ROLES, USERS, Changes, Outcome
from iam_console.services.permissions import (
    LOAD_CATALOGUE,
    MANAGE_ORGANIZATIONS,
    MANAGE_USERS,
    VIEW_AUDIT_LOG,
)
from iam_console.services.policy import Decision

from .about_dialog import AboutDialog
from .actions import ACTIONS, ActionId, build_actions
from .command_palette import CommandPalette
from .context import ConsoleContext
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr
from .import_dialog import ORGANIZATIONS as ORGANIZATIONS_IMPORT
from .import_dialog import USERS as USERS_IMPORT
from .import_dialog import ChooseCsv, ImportDialog, ImportKind, choose_csv_with_dialog
from .list_commands import (
    ChooseCsvFile,
    add_context_menu,
    choose_csv_file_with_dialog,
    export_list,
    start_bulk,
)
from .list_pane import ListPane
from .log_pane import LogPane
from .memory import freeze_start_up_objects
from .message_bar import MessageBar
from .my_profile import MyProfileDialog, open_my_profile
from .palette_commands import open_palette
from .panes import ALL_PANES, APPROVALS_PANE
from .progress_task import ProgressTask
from .record_editors import open_record
from .screening_dialog import ChooseListFile, ScreeningDialog, choose_list_with_dialog
from .settings_dialog import SettingsDialog
from .verify_log import verify_log

ChooseFile = Callable[[QWidget], str]
# as the lists in ALL_PANES, then the administration log
GO_TO_PANE = (ActionId.GO_USERS, ActionId.GO_ORGANIZATIONS, ActionId.GO_ROLES,
              ActionId.GO_APPROVALS, ActionId.GO_LOG)
# row commands of the lists with a menu entry, and where to find the rows they apply to
ROW_ACTIONS = {ActionId.RESET_PASSWORD: QT_TRANSLATE_NOOP("", "Select a user in the Users list."),
               ActionId.APPROVE: QT_TRANSLATE_NOOP("", "Select a user in the Awaiting approval "
                                                   "list.")}
NOT_IN_LOG = QT_TRANSLATE_NOOP("", "The administration log cannot be changed by hand.")

# commands disabled (saying why) for a person who holds their permission nowhere
_COMMAND_NEEDS = ((ActionId.LOAD_CATALOGUE, LOAD_CATALOGUE), (ActionId.VERIFY_LOG, VIEW_AUDIT_LOG),
                  (ActionId.IMPORT_USERS, MANAGE_USERS),
                  (ActionId.IMPORT_ORGANIZATIONS, MANAGE_ORGANIZATIONS))


def choose_catalogue_with_dialog(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent, tr("Load permission catalogue"), "",
        tr("Catalogues (*.toml *.json);;All files (*)"))
    return path


class MainWindow(QMainWindow):
    signed_out = Signal()
    bulk_opened = Signal(object)  # the BulkDialog, once the selection is known

    def __init__(self, context: ConsoleContext,
                 choose_catalogue: ChooseFile = choose_catalogue_with_dialog):
        super().__init__()
        self.context = context
        self._choose_catalogue = choose_catalogue
        self.choose_csv_file: ChooseCsvFile = choose_csv_file_with_dialog
        self.choose_import_file: ChooseCsv = choose_csv_with_dialog
        self.choose_sanctions_file: ChooseListFile = choose_list_with_dialog
        self.my_profile: MyProfileDialog | None = None
        self.setWindowTitle(tr("IAM Console \u2014 {0}").format(context.database.describe()))
        self.panes = [ListPane(spec, context) for spec in ALL_PANES]
        for pane in self.panes:
            add_context_menu(pane)
        self.log_pane = LogPane(context, open_target=open_record, with_purge=True)
        self._signed_out_logged = False
        self.signed_out_reason = ""
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(tr("Navigation"))
        self.navigation.setMaximumWidth(190)
        self.navigation.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        for pane in self.panes:
            self.navigation.addItem(tr(pane.spec.plural))
            self.stack.addWidget(pane)
            pane.abilities_changed.connect(
                lambda p=pane: self._sync_commands() if p is self.current_pane else None)
        self.navigation.addItem(tr("Administration log"))
        self.stack.addWidget(self.log_pane)
        self.navigation.currentRowChanged.connect(self.show_pane)

        self.message_bar = MessageBar()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message_bar)
        column.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1000])
        self.setCentralWidget(splitter)

        self.commands = build_actions(self, {
            ActionId.NEW: partial(self._on_list, ListPane.new_record),
            ActionId.EDIT: self._edit_current,
            ActionId.DELETE: partial(self._on_list, ListPane.delete_current),
            ActionId.FIND: lambda: self.current_pane.focus_search(),
            ActionId.SELECT_ALL: partial(self._on_list, ListPane.select_all_matching),
            ActionId.BULK: self.start_bulk,
            ActionId.EXPORT: partial(self._on_list, self.export_list),
            ActionId.IMPORT_USERS: self.import_from_csv,
            ActionId.IMPORT_ORGANIZATIONS: partial(self.import_from_csv, ORGANIZATIONS_IMPORT),
            ActionId.SCREENING: self.open_screening,
            **{action_id: partial(self._run_row_command, action_id.value)
               for action_id in ROW_ACTIONS},
            ActionId.REFRESH: lambda: self.current_pane.refresh(),
            **{action_id: partial(self.navigation.setCurrentRow, number)
               for number, action_id in enumerate(GO_TO_PANE)},
            ActionId.LOAD_CATALOGUE: self.load_catalogue,
            ActionId.MY_PROFILE: self.open_my_profile,
            ActionId.VERIFY_LOG: self.verify_log,
            ActionId.SETTINGS: self.open_settings,
            ActionId.SIGN_OUT: self._sign_out,
            ActionId.QUIT: self.close,
            ActionId.ABOUT: self._about,
            ActionId.PALETTE: self.open_palette,
        })
        self._build_menus()
        self._build_status_bar()
        context.runner.unhandled_error.connect(self._show_unhandled)
        self._restore_geometry()
        self.navigation.setCurrentRow(0)
        context.bus.changes_applied.connect(self._maybe_my_abilities_changed)
        self.ask_abilities()
        self.count_awaiting()

    def count_awaiting(self) -> None:
        """The number on the Awaiting approval entry (0 shows none), asked in the
        background and again whenever users change (here or on another desktop)."""
        db, actor = self.context.database, self.context.actor
        self.context.runner.submit(lambda: approvals.count_awaiting(db, actor),
                                   self._awaiting_counted, lambda _exc: None, owner=self)

    def _awaiting_counted(self, count: int) -> None:
        item = self.navigation.item(ALL_PANES.index(APPROVALS_PANE))
        item.setText(tr(APPROVALS_PANE.plural) + (f" ({count})" if count else ""))
        item.setToolTip(tr("{0} waiting for an administrator").format(count) if count else "")
        font = item.font()
        font.setBold(bool(count))
        item.setFont(font)

    def ask_abilities(self) -> None:
        """Which lists and commands the signed-in person may use at all (asked in the
        background; until the answer comes, everything is enabled and the services decide)."""
        codes = tuple(p.spec.view_permission for p in self.panes if p.spec.view_permission)
        codes += tuple(code for _id, code in _COMMAND_NEEDS)
        db, actor = self.context.database, self.context.actor
        self.context.runner.submit(lambda: abilities.console_abilities(db, actor, codes),
                                   self._abilities_known, lambda _exc: None, owner=self)

    def _maybe_my_abilities_changed(self, changes: Changes) -> None:
        if changes.touches(USERS) or changes.touches(ROLES):
            self.ask_abilities()
        if changes.touches(USERS):
            self.count_awaiting()

    def _abilities_known(self, decisions: dict[str, Decision]) -> None:
        # one navigation entry (and Go-to command) per list, then the log, as GO_TO_PANE
        needed = [pane.spec.view_permission for pane in self.panes] + [VIEW_AUDIT_LOG]
        for number, code in enumerate(needed):
            decision = decisions.get(code)
            allowed = decision is None or decision.allowed
            item = self.navigation.item(number)
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if allowed
                          else flags & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip("" if allowed or decision is None else tr(decision.reason))
            self.commands[GO_TO_PANE[number]].setEnabled(allowed)
        for action_id, code in _COMMAND_NEEDS:
            decision = decisions[code]
            self.commands[action_id].setEnabled(decision.allowed)
            tip = tr(ACTIONS[action_id].tip) if decision.allowed else tr(decision.reason)
            self.commands[action_id].setToolTip(tip)
            self.commands[action_id].setStatusTip(tip)

    @property
    def current_pane(self) -> ListPane | LogPane:
        index = self.stack.currentIndex()
        return self.panes[index] if index < len(self.panes) else self.log_pane

    @property
    def current_list(self) -> ListPane | None:
        """The current pane when it is a list of records (not the log)."""
        pane = self.current_pane
        return pane if isinstance(pane, ListPane) else None

    def show_pane(self, index: int) -> None:
        panes: list[ListPane | LogPane] = [*self.panes, self.log_pane]
        if 0 <= index < len(panes):
            self.stack.setCurrentIndex(index)
            panes[index].activate()
            panes[index].table.setFocus()
            self._sync_commands()

    def show_log(self) -> LogPane:
        self.navigation.setCurrentRow(len(self.panes))
        return self.log_pane

    def _on_list(self, command: Callable[[ListPane], object]) -> object:
        """Run a list command when a list is shown (the log has none of them)."""
        pane = self.current_list
        return command(pane) if pane is not None else None

    def _run_row_command(self, name: str) -> object:
        return self._on_list(lambda pane: pane.run_row_command(name))

    def _edit_current(self) -> object:
        pane = self.current_pane
        return pane.edit_current() if isinstance(pane, ListPane) else pane.open_target()

    def _sync_commands(self) -> None:
        """New and Delete follow what the signed-in person may do in the current pane; a
        disabled one says why in its tooltip and the status bar."""
        pane = self.current_list
        if pane is None:
            for action_id in (ActionId.NEW, ActionId.DELETE, ActionId.SELECT_ALL, ActionId.BULK,
                              ActionId.EXPORT, *ROW_ACTIONS):
                self.commands[action_id].setEnabled(False)
                self.commands[action_id].setToolTip(tr(NOT_IN_LOG))
                self.commands[action_id].setStatusTip(tr(NOT_IN_LOG))
            edit = self.commands[ActionId.EDIT]
            edit.setEnabled(True)
            edit.setToolTip(tr("Open the user, organization or role the selected event is about"))
            return
        edit = self.commands[ActionId.EDIT]
        edit.setEnabled(True)
        edit.setToolTip(tr(ACTIONS[ActionId.EDIT].tip))
        bulk_here = pane.spec.matching_ids is not None
        for action_id, allowed in ((ActionId.SELECT_ALL, True), (ActionId.EXPORT, True),
                                   (ActionId.BULK, bulk_here)):
            tip = tr(ACTIONS[action_id].tip) if allowed else tr(
                "{0} have no bulk actions; select users in the Users list.").format(
                tr(pane.spec.plural))
            self.commands[action_id].setEnabled(allowed)
            self.commands[action_id].setToolTip(tip)
            self.commands[action_id].setStatusTip(tip)
        # Delete says what it does here ("Reject" in Awaiting approval)
        self.commands[ActionId.DELETE].setText(f"&{tr(pane.spec.delete_verb)}\u2026")
        nothing = (None if pane.current_row() is not None else
                   Decision(False, tr("Select a row of the list first."), "selection"))
        for action_id, decision in ((ActionId.NEW, pane.create_decision),
                                    (ActionId.DELETE, nothing or pane.delete_decision)):
            action = self.commands[action_id]
            refused = decision is not None and not decision.allowed
            action.setEnabled(not refused)
            tip = tr(decision.reason) if refused and decision else tr(ACTIONS[action_id].tip)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        for action_id, elsewhere in ROW_ACTIONS.items():
            command = self.commands[action_id]
            decision = nothing or pane.row_decisions.get(action_id.value)
            here = pane.has_command(action_id.value)
            allowed = here and (decision is None or decision.allowed)
            command.setEnabled(allowed)
            if action_id is ActionId.APPROVE:  # only where there is somebody to approve
                command.setVisible(here)
            if allowed:
                tip = tr(ACTIONS[action_id].tip)
            elif not here:
                tip = tr(elsewhere)
            else:
                tip = tr(decision.reason) if decision is not None else ""
            command.setToolTip(tip)
            command.setStatusTip(tip)

    def start_bulk(self, action: BulkAction = BulkAction.DEACTIVATE) -> None:
        """The bulk dialog for the selected users; ``bulk_opened`` gets it once it is open."""
        self._on_list(lambda pane: start_bulk(pane, action, self.bulk_opened.emit))

    def import_from_csv(self, kind: ImportKind = USERS_IMPORT) -> ImportDialog:
        """The CSV import of users (or of organizations, by ``kind``)."""
        dialog = ImportDialog(self.context, self, self.choose_import_file, kind)
        self.panes[0].editors.track(dialog)  # closing the window asks it first
        dialog.show()
        return dialog

    def open_screening(self) -> ScreeningDialog:
        dialog = ScreeningDialog(self.context, self, self.choose_sanctions_file)
        self.panes[0].editors.track(dialog)
        dialog.show()
        return dialog

    def export_list(self, pane: ListPane) -> ProgressTask | None:
        return export_list(pane, self.choose_csv_file)

    def open_my_profile(self) -> MyProfileDialog:
        """The signed-in person's own profile (one window; asked again, it comes to the front)."""
        if self.my_profile is not None and self.my_profile.isVisible():
            self.my_profile.raise_()
            self.my_profile.activateWindow()
        else:
            self.my_profile = open_my_profile(self.context, self)
        return self.my_profile

    def open_palette(self) -> CommandPalette:
        """Ctrl+K: every command and record by its name."""
        return open_palette(self)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.context, self)
        dialog.open()
        return dialog

    def verify_log(self) -> ProgressTask:
        """Check the administration log's chain in the background; the answer in the bar."""
        return verify_log(self.context, self, self.message_bar.show_message)

    def load_catalogue(self) -> None:
        path = self._choose_catalogue(self)
        if not path:
            return
        ctx = self.context
        self.statusBar().showMessage(tr("Loading {0}\u2026").format(Path(path).name))
        ctx.runner.submit(lambda: catalogue.load_catalogue(ctx.database, ctx.actor, Path(path)),
                          lambda outcome: self._catalogue_loaded(Path(path).name, outcome),
                          self._catalogue_failed, owner=self)

    def _catalogue_loaded(self, name: str, outcome: Outcome[catalogue.CatalogueResult]) -> None:
        r = outcome.value
        self.message_bar.show_message(
            tr("Loaded {0}: {1} permission(s) added, {2} updated, {3} unchanged.").format(
                name, r.added, r.updated, r.unchanged), "success")
        self.statusBar().clearMessage()
        self.context.bus.publish(outcome.changes)

    def _catalogue_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        self.message_bar.show_message(tr("The catalogue was not loaded; nothing changed.\n")
                                      + describe(exc))

    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        bar = self.menuBar()
        for action_id, spec in ACTIONS.items():
            menu = menus.get(spec.menu)
            if menu is None:
                menu = bar.addMenu(tr(spec.menu))
                menus[spec.menu] = menu
            menu.addAction(self.commands[action_id])
        toolbar = QToolBar(tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        for action_id in (ActionId.NEW, ActionId.EDIT, ActionId.DELETE, ActionId.RESET_PASSWORD,
                          ActionId.APPROVE, ActionId.BULK, ActionId.EXPORT, ActionId.REFRESH):
            toolbar.addAction(self.commands[action_id])
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        actor = self.context.actor
        self.busy_label = QLabel()
        who = QLabel(tr("Signed in as {0} ({1})").format(actor.display_name, actor.username))
        where = QLabel(self.context.database.describe())
        where.setProperty("data", True)  # the database's address
        status = self.statusBar()
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(who)
        status.addPermanentWidget(where)
        self.context.runner.busy_changed.connect(self._show_busy)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(tr("Working\u2026") if busy else "")

    def _show_unhandled(self, exc: BaseException) -> None:
        self.message_bar.show_message(describe(exc))

    def show_connection_state(self, reachable: bool, message: str) -> None:
        """The banner that says the database went away (and came back)."""
        self.message_bar.show_message(message, "success" if reachable else "error")

    def _sign_out(self) -> None:
        self.end_session()

    def end_session(self, reason: str = "") -> bool:
        """Sign out (``reason``: why the console did it by itself); False when a person keeps
        an editor open to save their input."""
        if not self._close_editors():
            return False
        self.signed_out_reason = reason
        self._log_sign_out(reason)
        self.signed_out.emit()
        self.close()
        return True

    def _close_editors(self) -> bool:
        """Close every open editor; False when a person keeps one open to save their input."""
        panes: list[ListPane | LogPane] = [*self.panes, self.log_pane]
        editors = [editor for pane in panes for editor in list(pane.editors)]
        if self.my_profile is not None and self.my_profile.isVisible():
            editors.append(self.my_profile)
        return all(editor.close() for editor in editors)

    def _log_sign_out(self, reason: str = "") -> None:
        """Signing out (or closing the console) is an event of the log (written in the
        background; the session waits for the task runner before the program ends)."""
        if self._signed_out_logged:
            return
        self._signed_out_logged = True
        db, actor = self.context.database, self.context.actor
        self.context.runner.submit(lambda: sessions.sign_out(db, actor, reason), None,
                                   lambda _exc: None)

    def _about(self) -> AboutDialog:
        dialog = AboutDialog(self.context, self)
        dialog.open()
        return dialog

    def _restore_geometry(self) -> None:
        geometry = self.context.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        state = self.context.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        freeze_start_up_objects()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_editors():
            event.ignore()
            return
        self._log_sign_out()
        self.context.settings.setValue("window/geometry", self.saveGeometry())
        self.context.settings.setValue("window/state", self.saveState())
        self.context.settings.sync()
        super().closeEvent(event)
