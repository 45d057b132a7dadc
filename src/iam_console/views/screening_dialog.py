"""Sanctions screening: import a list file, screen an organization (or everyone), read the
possible matches with their score and what the list says, and clear or confirm each with a
comment. The threshold is a setting of the installation."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iam_console.services import installation_settings, organizations, screening
from iam_console.services.changes import Outcome
from iam_console.services.choices import Choice
from iam_console.services.errors import ValidationError
from iam_console.services.installation_settings import ScreeningSettings
from iam_console.services.screening import MatchRow

from .context import ConsoleContext
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr
from .message_bar import MessageBar
from .progress_task import ProgressTask
from .rows_model import RowsModel, rows_table

ChooseListFile = Callable[[QWidget], Path | None]
_SHOWN = 500  # matches shown at most (highest scores first); the count says how many in all
_LABELS = {  # the fields of a listed entry, as the list names them
    "list": QT_TRANSLATE_NOOP("", "Regime"),
    "listed_on": QT_TRANSLATE_NOOP("", "Listed on"),
    "date_of_birth": QT_TRANSLATE_NOOP("", "Date of birth"),
    "place_of_birth": QT_TRANSLATE_NOOP("", "Place of birth"),
    "nationality": QT_TRANSLATE_NOOP("", "Nationality"),
    "aliases": QT_TRANSLATE_NOOP("", "Also known as"),
    "original_script": QT_TRANSLATE_NOOP("", "Original script"),
    "documents": QT_TRANSLATE_NOOP("", "Documents"),
    "addresses": QT_TRANSLATE_NOOP("", "Addresses"),
    "title": QT_TRANSLATE_NOOP("", "Title"),
    "designation": QT_TRANSLATE_NOOP("", "Designation"),
    "comments": QT_TRANSLATE_NOOP("", "Comments"),
    "note": QT_TRANSLATE_NOOP("", "Note"),
}


def choose_list_with_dialog(parent: QWidget) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, tr("Import sanctions list"), "", tr("XML files (*.xml);;All files (*)"))
    return Path(path) if path else None


class ScreeningDialog(QDialog):
    def __init__(self, context: ConsoleContext, parent: QWidget,
                 choose_file: ChooseListFile = choose_list_with_dialog):
        super().__init__(parent)
        self.context, self.choose_file = context, choose_file
        self.matches: list[MatchRow] = []
        self.total = 0
        self.task: ProgressTask | None = None
        self.setWindowTitle(tr("Sanctions screening"))
        self.resize(900, 620)
        self.message_bar = MessageBar()

        self.import_button = QPushButton(tr("&Import list\u2026"))
        self.import_button.setToolTip(tr("Import the UN Security Council Consolidated List (XML) "
                                      "you downloaded; every user is screened again"))
        self.import_button.clicked.connect(self.import_list)
        self.organization_box = QComboBox()
        self.organization_box.setAccessibleName(tr("Organization to screen"))
        self.organization_box.addItem(tr("All users I may see"), None)
        self.screen_button = QPushButton(tr("&Screen"))
        self.screen_button.clicked.connect(self.start_screening)
        self.threshold = QSpinBox()
        self.threshold.setRange(50, 100)
        self.threshold.setAccessibleName(tr("Score threshold"))
        self.threshold.setToolTip(tr("Names scoring at least this much (0-100) are shown; lower "
                                  "finds more look-alikes"))
        self.save_threshold = QPushButton(tr("Save"))
        self.save_threshold.setAccessibleName(tr("Save the threshold"))
        self.save_threshold.clicked.connect(self._save_threshold)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addSpacing(16)
        top.addWidget(QLabel(tr("Screen:")))
        top.addWidget(self.organization_box, 1)
        top.addWidget(self.screen_button)
        top.addSpacing(16)
        top.addWidget(QLabel(tr("Threshold:")))
        top.addWidget(self.threshold)
        top.addWidget(self.save_threshold)

        self.show_box = QComboBox()
        self.show_box.setAccessibleName(tr("Which matches to show"))
        self.show_box.addItem(tr("Open possible matches"), "open")
        self.show_box.addItem(tr("All, with decisions"), "")
        self.show_box.currentIndexChanged.connect(self.reload)
        self.count_label = QLabel()
        self.rows = RowsModel((tr("Score"), tr("User"), tr("Listed as"), tr("Matched name"),
                               tr("Reference"), tr("List"), tr("Status")), self)
        self.table = rows_table(self.rows, tr("Possible matches"), (50, 190, 170, 150, 70, 120, 70))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.detail = QLabel(tr("Select a possible match to read what the list says."))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(tr("What you checked (kept with the decision)"))
        self.comment.setAccessibleName(tr("Comment"))
        self.comment_error = QLabel()
        self.comment_error.setStyleSheet("color:#b00020;")
        self.comment_error.hide()
        self.clear_button = QPushButton(tr("&Clear (not them)"))
        self.confirm_button = QPushButton(tr("Con&firm"))
        self.clear_button.clicked.connect(lambda: self.decide("cleared"))
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.comment, 1)
        decide_row.addWidget(self.clear_button)
        decide_row.addWidget(self.confirm_button)

        show_row = QHBoxLayout()
        show_row.addWidget(self.show_box)
        show_row.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(top)
        layout.addLayout(show_row)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(decide_row)
        layout.addWidget(self.comment_error)
        self._enable_decisions()
        self._load_choices()
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    def _load_choices(self) -> None:
        ctx = self.context

        def work() -> tuple[list[Choice], ScreeningSettings]:
            return (organizations.organization_choices(ctx.database, ctx.actor),
                    installation_settings.read(ctx.database, ScreeningSettings))

        def loaded(found: tuple[list[Choice], ScreeningSettings]) -> None:
            for choice in found[0]:
                self.organization_box.addItem(choice.label, choice.id)
            self.threshold.setValue(found[1].threshold)

        ctx.runner.submit(work, loaded, self._failed, owner=self)

    def reload(self) -> None:
        ctx, status = self.context, self.show_box.currentData() or ""
        ctx.runner.submit(lambda: screening.list_matches(ctx.database, ctx.actor, status,
                                                         _SHOWN),
                          self._loaded, self._failed, owner=self)

    def _loaded(self, found: tuple[list[MatchRow], int]) -> None:
        self.matches, self.total = found
        self.rows.set_rows([(str(m.score), f"{m.user_name} ({m.username})", m.entry_name,
                             m.matched_name, m.reference, m.list_name, m.status)
                            for m in self.matches])
        shown = len(self.matches)
        more = (tr(" (the {0:,} highest scores shown)").format(shown) if shown < self.total
                else "")
        self.count_label.setText(tr("{0:,} possible matches").format(self.total) + more)
        if self.matches:
            self.table.selectRow(0)
        self._show_detail()

    def _failed(self, exc: BaseException) -> None:
        self.message_bar.show_message(describe(exc))

    # -- the selected match -------------------------------------------------------------------
    def current(self) -> MatchRow | None:
        index = self.table.currentIndex()
        return self.matches[index.row()] if index.isValid() and \
            index.row() < len(self.matches) else None

    def _show_detail(self) -> None:
        match = self.current()
        self._enable_decisions()
        if match is None:
            self.detail.setText(tr("No possible match selected."))
            return
        lines = [tr("<b>{0}</b> ({1}) looks like <b>{2}</b> ({3}, {4}): score <b>{5}</b> "
                    "on “{6}”.")
                 .format(html.escape(match.user_name), html.escape(match.username),
                         html.escape(match.entry_name), html.escape(match.reference),
                         html.escape(match.list_name), match.score,
                         html.escape(match.matched_name))]
        for key, value in match.details.items():
            text = "; ".join(value) if isinstance(value, list) else str(value)
            lines.append(f"{tr(_LABELS.get(key, key))}: {html.escape(text)}")
        if match.status != "open":
            lines.append(f"<i>{match.status.capitalize()} by {html.escape(match.decided_by)}: "
                         f"{html.escape(match.comment)}</i>")
        self.detail.setText("<br>".join(lines))

    def _enable_decisions(self) -> None:
        match = self.current()
        for button in (self.clear_button, self.confirm_button):
            button.setEnabled(match is not None)

    def decide(self, status: str) -> None:
        match = self.current()
        if match is None:
            return
        ctx, comment = self.context, self.comment.text()
        self.comment_error.hide()
        ctx.runner.submit(lambda: screening.decide(ctx.database, ctx.actor, match.id, status,
                                                   comment),
                          lambda outcome: self._decided(match, status, outcome),
                          self._decision_failed, owner=self)

    def _decision_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and "comment" in exc.errors:
            self.comment_error.setText(exc.errors["comment"])
            self.comment_error.show()
            self.comment.setFocus()
            return
        self._failed(exc)

    def _decided(self, match: MatchRow, status: str, outcome: Outcome[None]) -> None:
        self.comment.clear()
        self.message_bar.show_message(tr("{0}: {1} (logged with your comment).")
                                      .format(match.user_name, status), "success")
        self.context.bus.publish(outcome.changes)
        self.reload()

    # -- importing and screening --------------------------------------------------------------
    def import_list(self) -> None:
        path = self.choose_file(self)
        if path is None:
            return
        ctx = self.context
        self.task = ProgressTask(
            ctx.runner, self, tr("Import sanctions list"),
            tr("Reading {0}\u2026").format(path.name),
            lambda progress: screening.import_list(ctx.database, ctx.actor, path,
                                                   progress=progress),
            self._imported,
            lambda exc: self._failed_with(tr("{0} was not imported; nothing changed.")
                .format(path.name),
                                          exc),
            lambda done, total: tr("Screening users: {0:,} of {1:,}…").format(done, total))

    def _failed_with(self, lead: str, exc: BaseException) -> None:
        detail = exc.errors.get("file") if isinstance(exc, ValidationError) else None
        self.message_bar.show_message(f"{lead}\n{detail or describe(exc)}")

    def _imported(self, outcome: Outcome[screening.ListImport]) -> None:
        done = outcome.value
        self.message_bar.show_message(
            tr("Imported {0}: {1:,} entries. Screened {2:,} users: {3:,} new possible matches.")
            .format(done.name, done.entries, done.screen.screened, done.screen.new_matches),
            "success")
        self.reload()

    def start_screening(self) -> None:
        ctx, org = self.context, self.organization_box.currentData()
        self.task = ProgressTask(
            ctx.runner, self, tr("Screen users"), tr("Screening\u2026"),
            lambda progress: screening.screen(ctx.database, ctx.actor, organization_id=org,
                                              progress=progress),
            self._screened, self._failed,
            lambda done, total: tr("Screened {0:,} of {1:,} users…").format(done, total))

    def _screened(self, result: screening.ScreenResult) -> None:
        self.message_bar.show_message(
            tr("Screened {0:,} users: {1:,} new possible matches").format(
                result.screened, result.new_matches)
            + (tr(" (cancelled).") if result.cancelled else "."), "success")
        self.reload()

    def _save_threshold(self) -> None:
        ctx, value = self.context, self.threshold.value()
        ctx.runner.submit(
            lambda: installation_settings.save(ctx.database, ctx.actor,
                                               ScreeningSettings(threshold=value)),
            lambda _o: self.message_bar.show_message(
                tr("Threshold {0} saved; it applies from the next screening.").format(value),
                "success"),
            self._failed, owner=self)
