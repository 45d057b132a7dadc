"""The generic editor dialog: fields with inline errors, background load and save, conflicts.

Each record editor (user, organization, role) builds its fields and says how to load, fill,
collect and save; loading, saving, error display, conflict handling and the guard against losing
typed input live here once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import abilities, audit_log
from iam_console.services.changes import Changes, Outcome
from iam_console.services.errors import ConflictError, NotFound, ValidationError
from iam_console.services.impact import Impact
from iam_console.services.permissions import VIEW_AUDIT_LOG
from iam_console.services.policy import Decision

from .conflict_view import ConflictView
from .context import ConsoleContext
from .dialog_buttons import button_box
from .errors import describe, said
from .field_form import FieldForm, W
from .i18n import tr
from .impact_dialog import ask_about_impact
from .log_pane import LogPane
from .message_bar import MessageBar


class EditorDialog(QDialog):
    """Base of the record editors. Subclasses implement ``fill``, ``collect`` and ``save_call``."""

    saved = Signal(object)

    def __init__(self, context: ConsoleContext, parent: QWidget | None, record_id: int | None,
                 kind_label: str, change_kind: str):
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.change_kind = change_kind
        self.version: int | None = None
        self.kind_label = kind_label
        self._pristine: Any = None
        self._operation: tuple[Any, str] | None = None
        self._busy = False
        self.setWindowTitle(tr("New {0}")
                            .format(kind_label) if record_id is None else tr("Edit {0}")
                            .format(kind_label))
        self.setMinimumWidth(520)

        self.message_bar = MessageBar()
        self.fields = FieldForm()
        self.form = self.fields.layout
        self.body = QVBoxLayout()
        self.buttons = button_box(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_label = "Save"  # what the button says when not busy
        self.reload_button = QPushButton(tr("Reload theirs"))
        self.overwrite_button = QPushButton(tr("Save mine anyway"))
        for button in (self.reload_button, self.overwrite_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.hide()
        self.reload_button.clicked.connect(self._reload_theirs)
        self.overwrite_button.clicked.connect(self._overwrite)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        context.bus.changes_applied.connect(self._on_changes)

        self.conflict_view = ConflictView()

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.conflict_view)
        # the fields live on a "Details" page; editors may add pages (the tab bar shows then)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(self.form)
        details_layout.addLayout(self.body, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(details, tr("&Details"))
        self.tabs.tabBar().hide()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # else Tab stops at the hidden bar
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._read_only_reason = ""
        self.log_pane: LogPane | None = None

    # -- building -----------------------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: W) -> W:
        """A labelled input with an error line under it that shows only when it has a message."""
        return self.fields.add(name, label, widget)

    def add_tab(self, widget: QWidget, label: str) -> None:
        self.tabs.addTab(widget, label)
        self.tabs.tabBar().show()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def add_log_tab(self, entity_type: str) -> None:
        """A "Log" page with this record's events: the log pane, pre-filtered, read when the
        page is first shown (disabled, with the reason, for those who may not read the log)."""
        if self.record_id is None:
            return
        self.log_pane = LogPane(self.context,
                                fixed=audit_log.for_record(entity_type, self.record_id))
        self.add_tab(self.log_pane, tr("&Log"))
        self.tabs.currentChanged.connect(self._log_page_shown)
        db, actor = self.context.database, self.context.actor
        self.context.runner.submit(
            lambda: abilities.console_abilities(db, actor, (VIEW_AUDIT_LOG,)),
            lambda found: self._log_allowed(found[VIEW_AUDIT_LOG]), lambda _exc: None,
            owner=self)

    def _log_allowed(self, decision: Decision) -> None:
        assert self.log_pane is not None
        index = self.tabs.indexOf(self.log_pane)
        self.tabs.setTabEnabled(index, decision.allowed)
        self.tabs.setTabToolTip(index, "" if decision.allowed else tr(decision.reason))

    def _log_page_shown(self, index: int) -> None:
        if self.log_pane is not None and self.tabs.widget(index) is self.log_pane:
            self.tabs.currentChanged.disconnect(self._log_page_shown)
            self.log_pane.activate()

    def set_read_only(self, reason: str) -> None:
        """The signed-in person may look but not change: inputs locked, Save disabled, and the
        reason said in the message bar and on the Save button's tooltip."""
        reason = tr(reason)
        self._read_only_reason = reason
        self.lock_inputs()
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(reason)
        self.message_bar.show_message(tr("Read-only for you: {0}").format(reason), "info")

    def lock_inputs(self) -> None:
        """Make every input read-only (editors with more than form fields extend this)."""
        self.fields.set_read_only()

    def add_error_line(self, name: str, widget: QWidget) -> QLabel:
        """An error line for a section outside the form (a list or table of the editor)."""
        return self.fields.error_line(name, widget)

    # -- to be provided by each editor --------------------------------------------------------
    def load_call(self) -> Callable[[], Any]:
        raise NotImplementedError

    def fill(self, detail: Any) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def save_call(self, data: Any, version: int | None,
                  operation_id: str) -> Callable[[], Outcome[Any]]:
        raise NotImplementedError

    def yours(self) -> dict[str, Any]:
        """The typed values under the names the service uses for their values (conflicts)."""
        raise NotImplementedError

    # -- lifecycle ----------------------------------------------------------------------------
    def start(self) -> EditorDialog:
        """Show the dialog; an existing record is loaded in the background first."""
        self.show()
        if self.record_id is None:
            self._pristine = self.collect()
        else:
            self._set_busy(True, "Loading\u2026")
            self.context.runner.submit(self.load_call(), self._loaded, self._load_failed,
                                       owner=self)
        return self

    def _loaded(self, detail: Any) -> None:
        self._set_busy(False)
        self.version = detail.version
        self.fill(detail)
        self._pristine = self.collect()
        check = self.edit_check()
        if check is not None and not self._read_only_reason:
            self.context.runner.submit(check, self._edit_known, lambda _exc: None, owner=self)

    def edit_check(self) -> Callable[[], Decision] | None:
        """How to ask whether the signed-in person may save this record (None: the editor
        decides another way); refused, the editor turns read-only with the reason."""
        return None

    def _edit_known(self, decision: Decision) -> None:
        if not decision.allowed and not self._read_only_reason:
            self.set_read_only(decision.reason)

    def _load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.save_button.setEnabled(False)
        self.message_bar.show_message(describe(exc))

    def is_dirty(self) -> bool:
        return self._pristine is not None and self.collect() != self._pristine

    def impact_call(self, data: Any) -> Callable[[], Impact | None] | None:
        """How to learn whom saving ``data`` harms (editors whose changes can take something
        away from people); None: nothing to ask."""
        return None

    def save(self) -> None:
        if self._busy:
            return
        self.clear_errors()
        data = self.collect()
        check = self.impact_call(data) if self.record_id is not None else None
        if check is None:
            self._submit_save(data)
            return
        self._set_busy(True, "Checking\u2026")
        self.context.runner.submit(check, lambda impact: self._impact_known(data, impact),
                                   self._save_failed, owner=self)

    def _impact_known(self, data: Any, impact: Impact | None) -> None:
        self._set_busy(False)
        if impact is not None and not ask_about_impact(self.context, self, impact, tr("Save")):
            self.message_bar.show_message(tr("Not saved. Your changes are still here."), "info")
            return
        self._submit_save(data)

    def _submit_save(self, data: Any) -> None:
        self._set_busy(True, "Saving\u2026")
        # the same input saved again (after a lost connection) is the same operation: if the
        # first attempt went through after all, the service answers with it instead of repeating
        if self._operation is None or self._operation[0] != (data, self.version):
            self._operation = ((data, self.version), str(uuid.uuid4()))
        self.context.runner.submit(self.save_call(data, self.version, self._operation[1]),
                                   self._saved, self._save_failed, owner=self)

    def _saved(self, outcome: Outcome[Any]) -> None:
        self._set_busy(False)
        self._pristine = None
        self.context.bus.publish(outcome.changes)
        self.saved.emit(outcome.value)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, ConflictError):
            self.message_bar.show_message(said(exc))
            self.conflict_view.show_conflict(exc.theirs, self.yours())
            self.reload_button.show()
            self.overwrite_button.show()
        elif isinstance(exc, NotFound):
            self.message_bar.show_message(said(exc))
            self.save_button.setEnabled(False)
        else:
            self.message_bar.show_message(describe(exc))

    def _reload_theirs(self) -> None:
        self._pristine = None
        self._hide_conflict_buttons()
        self.message_bar.hide()
        self._set_busy(True, "Loading\u2026")
        self.context.runner.submit(self.load_call(), self._loaded, self._load_failed, owner=self)

    def _overwrite(self) -> None:
        """Keep my values: take the current version number, then save mine on top."""
        self._hide_conflict_buttons()
        self._set_busy(True, "Saving\u2026")

        def got_version(detail: Any) -> None:
            self._set_busy(False)
            self.version = detail.version
            self.save()

        self.context.runner.submit(self.load_call(), got_version, self._save_failed, owner=self)

    def _on_changes(self, changes: Changes) -> None:
        """Another window or desktop changed records of this kind: was it this one?"""
        if (self.record_id is None or self.version is None or self._busy
                or not self.isVisible() or not changes.touches(self.change_kind)):
            return
        ids = changes.ids[self.change_kind]
        if ids and self.record_id not in ids:
            return
        loaded = self.version
        self.context.runner.submit(self.load_call(), lambda d: self._check_newer(loaded, d),
                                   lambda _exc: None, owner=self)

    def _check_newer(self, loaded: int, detail: Any) -> None:
        if self.version == loaded and detail.version != loaded and self.isVisible():
            self.message_bar.show_message(
                tr("Another administrator changed this {0} after you opened it. Reload theirs, or "
                   "save yours on top of it.").format(self.kind_label), "info")
            self.reload_button.show()
            self.overwrite_button.show()

    def _hide_conflict_buttons(self) -> None:
        self.reload_button.hide()
        self.overwrite_button.hide()
        self.conflict_view.hide()

    # -- errors -------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.message_bar.hide()
        self.fields.clear()

    def show_errors(self, errors: dict[str, str]) -> None:
        general = self.fields.show_errors(errors)
        if general:
            self.message_bar.show_message("\n".join(general))

    def error_text(self, name: str) -> str:
        return self.fields.error_text(name)

    # -- closing ------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.is_dirty() and not self.context.confirm(
                self, tr("Discard changes"), tr("Close this {0} editor and lose the changes you "
                                                "typed?").format(self.kind_label), tr("Discard")):
            return
        self._pristine = None
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and not self.context.confirm(
                self, tr("Discard changes"), tr("Close this {0} editor and lose the changes you "
                                                "typed?").format(self.kind_label), tr("Discard")):
            event.ignore()
            return
        self._pristine = None
        super().closeEvent(event)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy and not self._read_only_reason)
        self.save_button.setText(text if busy else self.save_label)

