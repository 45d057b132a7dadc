"""One action on the selected users: choose it, read the preview (how many will change, who is
skipped and why), run it with a progress bar and Cancel, then read and save the report; new
activation links can be copied as one list or emailed (``LinkHandover``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import bulk, installation_settings, organizations, roles
from iam_console.services.bulk import BulkAction, BulkPreview, BulkRequest, BulkResult
from iam_console.services.choices import Choice
from iam_console.services.installation_settings import MailSettings

from .context import ConsoleContext
from .dialog_buttons import button_box
from .errors import describe
from .i18n import tr
from .link_handover import LinkHandover
from .message_bar import MessageBar
from .progress_task import ProgressTask
from .rows_model import RowsModel, rows_table
from .save_csv import choose_csv_to_save

ChooseReportFile = Callable[[QWidget], Path | None]


def choose_report_file_with_dialog(parent: QWidget) -> Path | None:
    return choose_csv_to_save(parent, tr("Save report"), "bulk-report.csv")


class BulkDialog(QDialog):
    """Modeless; ``preview``, ``outcome`` and ``task`` are public for tests."""

    def __init__(self, context: ConsoleContext, parent: QWidget, user_ids: list[int],
                 action: BulkAction = BulkAction.DEACTIVATE,
                 choose_report_file: ChooseReportFile = choose_report_file_with_dialog):
        super().__init__(parent)
        self.context, self.user_ids = context, user_ids
        self.choose_report_file = choose_report_file
        self.preview: BulkPreview | None = None
        self.outcome: BulkResult | None = None
        self.task: ProgressTask | None = None
        self.mail_settings = MailSettings()
        noun = "user" if len(user_ids) == 1 else "users"
        self.setWindowTitle(tr("Bulk action \u2014 {0:,} {1} selected").format(len(user_ids), noun))
        self.resize(720, 520)

        self.message_bar = MessageBar()
        self.action_box = QComboBox()
        for item in BulkAction:
            self.action_box.addItem(tr(item.title), item)
        self.action_box.setCurrentIndex(self.action_box.findData(action))
        self.organization_box = QComboBox()
        self.organization_box.setAccessibleName(tr("Organization"))
        self.role_box = QComboBox()
        self.role_box.setAccessibleName(tr("Role"))
        form = QFormLayout()
        form.addRow(tr("&Action:"), self.action_box)
        form.addRow(tr("&Organization:"), self.organization_box)
        form.addRow(tr("R&ole:"), self.role_box)
        self.form = form

        self.summary = QLabel(tr("{0:,} {1} selected. Choose an action and press Preview.")
                              .format(len(user_ids), noun))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows = RowsModel((tr("User"), tr("Outcome"), tr("Reason")), self)
        self.table = rows_table(self.rows, tr("Users and what happens to them"), (240, 90, 300))

        self.buttons = button_box()
        self.preview_button = self.buttons.addButton(
            tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button = self.buttons.addButton(tr("Run"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = self.buttons.addButton(tr("&Save report\u2026"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.run_button, self.save_button):
            button.setEnabled(False)
        self.links = LinkHandover(context, self, self.buttons, self.message_bar)
        self.preview_button.clicked.connect(self.start_preview)
        self.run_button.clicked.connect(self.start_run)
        self.save_button.clicked.connect(self.save_report)
        self.close_button.clicked.connect(self.reject)
        self.preview_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.action_box.currentIndexChanged.connect(self._action_changed)
        self.organization_box.currentIndexChanged.connect(self._forget_preview)
        self.role_box.currentIndexChanged.connect(self._forget_preview)
        self._action_changed()
        self._load_choices()

    # -- choosing -----------------------------------------------------------------------------
    @property
    def action(self) -> BulkAction:
        chosen = self.action_box.currentData()
        assert isinstance(chosen, BulkAction)
        return chosen

    def choose(self, action: BulkAction, organization: str = "", role: str = "") -> None:
        """Pick the action (and its organization and role by name), as a person would."""
        self.action_box.setCurrentIndex(self.action_box.findData(action))
        if organization:
            self.organization_box.setCurrentIndex(self.organization_box.findText(organization))
        if role:
            self.role_box.setCurrentIndex(self.role_box.findText(role))

    def _load_choices(self) -> None:
        ctx = self.context

        def work() -> tuple[list[Choice], list[Choice], MailSettings]:
            return (organizations.organization_choices(ctx.database, ctx.actor),
                    roles.role_choices(ctx.database, ctx.actor),
                    installation_settings.read(ctx.database, MailSettings))

        ctx.runner.submit(work, self._choices_loaded,
                          lambda exc: self.message_bar.show_message(describe(exc)), owner=self)

    def _choices_loaded(self, found: tuple[list[Choice], list[Choice], MailSettings]) -> None:
        orgs, role_list, self.mail_settings = found
        for box, choices in ((self.organization_box, orgs), (self.role_box, role_list)):
            box.blockSignals(True)
            box.addItem("", None)
            for choice in choices:
                box.addItem(choice.label, choice.id)
            box.blockSignals(False)

    def _action_changed(self) -> None:
        action = self.action
        for widget, needed in ((self.organization_box, action.needs_organization),
                               (self.role_box, action.needs_role)):
            widget.setEnabled(needed)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setEnabled(needed)
        self._forget_preview()

    def _forget_preview(self) -> None:
        if self.outcome is not None:
            return
        self.preview = None
        self.run_button.setEnabled(False)
        self.run_button.setText(tr("Run"))
        self.rows.set_rows([])

    def request(self) -> BulkRequest:
        return BulkRequest(self.action, self.organization_box.currentData(),
                           self.role_box.currentData())

    # -- preview ------------------------------------------------------------------------------
    def start_preview(self) -> None:
        self.message_bar.hide()
        ctx, request, ids = self.context, self.request(), self.user_ids
        self.preview_button.setEnabled(False)
        self.task = ProgressTask(
            ctx.runner, self, tr("Preview"), tr("Checking each user\u2026"),
            lambda progress: bulk.preview(ctx.database, ctx.actor, request, ids, progress),
            self._previewed, self._preview_failed,
            lambda done, total: tr("Checked {0:,} of {1:,} users…").format(done, total))

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.message_bar.show_message(describe(exc))

    def _previewed(self, planned: BulkPreview | None) -> None:
        self.preview_button.setEnabled(True)
        if planned is None:
            self.summary.setText(tr("Preview cancelled; nothing was changed."))
            return
        self.preview = planned
        ready, skipped = len(planned.ready), len(planned.skipped)
        text = f"<b>{planned.description}</b>: {ready:,} " + ("user" if ready == 1 else "users")
        text += " will change." if ready else " \u2014 nothing to do."
        if skipped:
            text += tr(" {0:,} will be skipped (listed below with the reason).").format(skipped)
        self.summary.setText(text)
        self.rows.set_rows([(i.name, tr("skipped"), tr(i.reason)) for i in planned.skipped]
                           + [(i.name, "will change", "") for i in planned.ready])
        self.run_button.setText(f"{planned.request.action.title} {ready:,} " + (tr("user")
                                                                                if ready == 1
                                                                                else tr("users")))
        self.run_button.setEnabled(ready > 0)
        if ready:
            self.run_button.setDefault(True)
            self.run_button.setFocus()

    # -- run ----------------------------------------------------------------------------------
    def start_run(self) -> None:
        planned = self.preview
        if planned is None or not planned.ready:
            return
        ctx = self.context
        for widget in (self.run_button, self.preview_button, self.action_box,
                       self.organization_box, self.role_box):
            widget.setEnabled(False)
        verb = tr(planned.request.action.title)
        self.task = ProgressTask(
            ctx.runner, self, verb, tr("{0}\u2026").format(verb),
            lambda progress: bulk.run(ctx.database, ctx.actor, planned, progress),
            self._ran, self._run_failed,
            lambda done, total: f"{verb}: {done:,} of {total:,} users\u2026")

    def _run_failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.message_bar.show_message(describe(exc))

    def _ran(self, result: BulkResult) -> None:
        self.outcome = result
        self.context.bus.publish(result.changes)
        text = f"<b>{tr(result.description)}</b>: {tr(bulk.summary(result))}."
        if result.cancelled:
            text += " Cancelled: the users not reached are unchanged."
        self.summary.setText(text)
        self.rows.set_rows([(i.name, tr("failed"), tr(i.reason)) for i in result.failed]
                           + [(i.name, tr("skipped"), tr(i.reason)) for i in result.skipped]
                           + [(i.name, "done", "") for i in result.done])
        self.save_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.links.offer(result.issued, self.mail_settings)
        kind = "info" if result.failed or result.cancelled else "success"
        self.message_bar.show_message(tr(bulk.summary(result)).capitalize() + ".", kind)

    # -- after the run ------------------------------------------------------------------------
    def save_report(self) -> Path | None:
        if self.outcome is None:
            return None
        path = self.choose_report_file(self)
        if path is None:
            return None
        result = self.outcome
        self.context.runner.submit(
            lambda: bulk.write_report(result, path),
            lambda rows: self.message_bar.show_message(
                tr("Saved the report ({0:,} users) to {1}.").format(rows, path), "success"),
            lambda exc: self.message_bar.show_message(
                tr("The report was not saved: {0}").format(describe(exc))), owner=self)
        return path

    def reject(self) -> None:
        running = [t for t in (self.task, self.links.task) if t is not None and t.running]
        if running:
            running[0].cancel()  # Escape during a run cancels between two users
            return
        super().reject()


def open_bulk_dialog(context: ConsoleContext, parent: QWidget, user_ids: list[int],
                     action: BulkAction = BulkAction.DEACTIVATE) -> BulkDialog:
    dialog = BulkDialog(context, parent, user_ids, action)
    dialog.show()
    return dialog
