"""File → Import users (or organizations) from CSV: choose the file, map its columns
(remembered for the next file with the same columns), Check (the dry run: every problem at its
line and field, nothing written), fix the file and Check again, then Import with a progress bar
and Cancel; the report lists what was imported, and imported users' activation links can be
copied or emailed. One dialog serves both; an ``ImportKind`` says what differs."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_console.db.engine import Database
from iam_console.services import installation_settings, organization_import, user_import
from iam_console.services.actor import Actor
from iam_console.services.csv_import import (
    MAPPING,
    Fields,
    ImportCheck,
    ImportResult,
    Progress,
    RowProblem,
    synonyms,
)
from iam_console.services.csv_reading import CsvTable, guess_mapping, read_csv
from iam_console.services.errors import ValidationError
from iam_console.services.installation_settings import MailSettings

from .context import ConsoleContext
from .dialog_buttons import button_box
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr
from .link_handover import LinkHandover
from .message_bar import MessageBar
from .progress_task import ProgressTask
from .rows_model import RowsModel, rows_table

ChooseCsv = Callable[[QWidget], Path | None]
NOT_IN_FILE = QT_TRANSLATE_NOOP("", "(not in the file)")


@dataclass(frozen=True)
class ImportKind:
    """What the import dialog imports: its fields, its dry run and its import."""

    plural: str  # "users", "organizations"
    fields: Fields
    hint: str
    check: Callable[[Database, Actor, CsvTable, Mapping[str, str], Progress],
                    ImportCheck[Any] | None]
    run: Callable[[Database, Actor, ImportCheck[Any], Progress], ImportResult]
    imported_text: str  # after "Imported N <plural> from <file>"
    with_links: bool = False

    @property
    def title(self) -> str:
        return tr("Import {0} from CSV").format(tr(self.plural))

    @property
    def settings_key(self) -> str:
        return f"import/{self.plural}/mapping"


USERS = ImportKind(
    QT_TRANSLATE_NOOP("", "users"), user_import.FIELDS,
    QT_TRANSLATE_NOOP("", "Organizations and roles may hold several entries separated by "
                          "\u201c|\u201d; a role is written \u201cRole @ Organization\u201d or "
                          "\u201cRole @ Organization / Location\u201d. No passwords: every "
                          "imported user gets an activation link."),
    user_import.check_users, user_import.import_users,
    QT_TRANSLATE_NOOP("", "; each is pending with an activation link (copy them all, or send "
                          "each by email)."),
    with_links=True)
ORGANIZATIONS = ImportKind(
    QT_TRANSLATE_NOOP("", "organizations"), organization_import.FIELDS,
    QT_TRANSLATE_NOOP("", "Kind is internal or external (empty: the parent's kind). The parent "
                          "may be an organization of the directory or another row of the file "
                          "(parents are created first). Several locations are separated by "
                          "\u201c|\u201d."),
    organization_import.check_organizations, organization_import.import_organizations,
    QT_TRANSLATE_NOOP("", ", parents before their sub-organizations."))


def choose_csv_with_dialog(parent: QWidget) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(parent, tr("Import from CSV"), "",
                                                tr("CSV files (*.csv *.txt);;All files (*)"))
    return Path(path) if path else None


class ImportDialog(QDialog):
    """``table``, ``check`` and ``outcome`` are public for tests."""

    def __init__(self, context: ConsoleContext, parent: QWidget,
                 choose_file: ChooseCsv = choose_csv_with_dialog, kind: ImportKind = USERS):
        super().__init__(parent)
        self.context, self.choose_file, self.kind = context, choose_file, kind
        self.path: Path | None = None
        self.table: CsvTable | None = None
        self.check: ImportCheck[Any] | None = None
        self.outcome: ImportResult | None = None
        self.task: ProgressTask | None = None
        self.setWindowTitle(kind.title)
        self.resize(780, 600)

        self.message_bar = MessageBar()
        self.file_label = QLabel(tr("No file chosen. The first line names the columns; UTF-8, "
                                 "separated by commas or semicolons (as Excel saves it)."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(tr("&Choose file\u2026"))
        self.choose_button.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.mapping_form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for name, field in kind.fields.items():
            box = QComboBox()
            box.setAccessibleName(tr("Column for {0}").format(tr(field.title)))
            box.currentIndexChanged.connect(self._forget_check)
            self.boxes[name] = box
            self.mapping_form.addRow(tr("{0} *:" if field.required else "{0}:").format(
                tr(field.title)), box)
        self.mapping_error = QLabel()
        self.mapping_error.setStyleSheet("color:#b00020;")
        self.mapping_error.setWordWrap(True)
        self.mapping_error.hide()
        hint = QLabel(tr(kind.hint))
        hint.setWordWrap(True)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows = RowsModel((tr("Line"), tr("Field"), tr("Value"), tr("Problem")), self)
        self.problems = rows_table(self.rows, tr("Problems in the file"), (50, 110, 160, 400))

        self.buttons = button_box()
        role = QDialogButtonBox.ButtonRole
        self.check_button = self.buttons.addButton(tr("C&heck"), role.ActionRole)
        self.import_button = self.buttons.addButton(tr("&Import"), role.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.links = LinkHandover(context, self, self.buttons, self.message_bar)
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.check_button.clicked.connect(self._check_pressed)
        self._recheck = False
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(top)
        layout.addLayout(self.mapping_form)
        layout.addWidget(self.mapping_error)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    # -- the file and its columns -------------------------------------------------------------
    def choose(self) -> None:
        path = self.choose_file(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read (or read again, after the person fixed it) the file, in the background."""
        self.path = path
        self.message_bar.hide()
        self.file_label.setText(tr("Reading {0}\u2026").format(path.name))
        self.context.runner.submit(lambda: read_csv(path), self._file_read, self._file_refused,
                                   owner=self)

    def _file_refused(self, exc: BaseException) -> None:
        self.table = None
        self.check_button.setEnabled(False)
        self._forget_check()
        name = self.path.name if self.path else tr("The file")
        self.file_label.setText(tr("{0}: not read.").format(name))
        message = exc.errors.get("file") if isinstance(exc, ValidationError) else None
        self.message_bar.show_message(tr("{0} Nothing was imported.")
                                      .format(message or describe(exc)))

    def _file_read(self, table: CsvTable) -> None:
        first_read = self.table is None or self.table.headers != table.headers
        self.table = table
        separator = "semicolons" if table.delimiter == ";" else "commas"
        self.file_label.setText(tr("<b>{0}</b>: {1:,} rows, {2} columns separated by {3}.")
                                .format(table.name, len(table.rows), len(table.headers), separator))
        if first_read:
            remembered = self._remembered()
            mapping = guess_mapping(table.headers, synonyms(self.kind.fields), remembered)
            for name, box in self.boxes.items():
                box.blockSignals(True)
                box.clear()
                box.addItem(tr(NOT_IN_FILE), "")
                for header in table.headers:
                    box.addItem(header, header)
                box.setCurrentIndex(max(0, box.findData(mapping.get(name, ""))))
                box.blockSignals(False)
        self.check_button.setEnabled(True)
        self.check_button.setDefault(True)
        self._forget_check()
        if self._recheck:  # read again after a fix: check again at once
            self._recheck = False
            self.start_check()

    def mapping(self) -> dict[str, str]:
        return {name: box.currentData() or "" for name, box in self.boxes.items()
                if box.currentData()}

    def _remembered(self) -> dict[str, str]:
        value = self.context.settings.value(self.kind.settings_key, "")
        try:
            found = json.loads(str(value)) if value else {}
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}

    def _forget_check(self) -> None:
        if self.outcome is not None:
            return
        self.check = None
        self.import_button.setEnabled(False)
        self.import_button.setText(tr("&Import"))
        self.rows.set_rows([])
        self.summary.setText("")

    # -- the dry run --------------------------------------------------------------------------
    def start_check(self) -> None:
        table = self.table
        if table is None:
            return
        ctx, mapping, kind = self.context, self.mapping(), self.kind
        self.mapping_error.hide()
        self.message_bar.hide()
        self.check_button.setEnabled(False)
        self.task = ProgressTask(
            ctx.runner, self, tr("Check the file"), tr("Checking every row\u2026"),
            lambda progress: kind.check(ctx.database, ctx.actor, table, mapping, progress),
            self._checked, self._check_failed,
            lambda done, total: tr("Checked {0:,} of {1:,} rows…").format(done, total))

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        if isinstance(exc, ValidationError) and MAPPING in exc.errors:
            self.mapping_error.setText(exc.errors[MAPPING])
            self.mapping_error.show()
            return
        self.message_bar.show_message(describe(exc))

    def _checked(self, check: ImportCheck[Any] | None) -> None:
        self.check_button.setEnabled(True)
        if check is None:
            self.summary.setText(tr("Check cancelled; nothing was imported."))
            return
        self.check = check
        self.context.settings.setValue(self.kind.settings_key, json.dumps(self.mapping()))
        self._show_problems(check.problems)
        ready = len(check.ready)
        if check.problems:
            bad = check.lines_with_problems
            self.summary.setText(
                tr("{0:,} of {1:,} rows are ready; <b>{2:,} {3} problems</b> (below). Nothing has "
                   "been written. Fix the file and press Check again: the file is read again.")
                .format(ready, check.rows, bad, tr("row has") if bad == 1 else tr("rows have")))
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(tr("Fix the rows with problems first."))
            self.check_button.setText(tr("C&heck again"))
        else:
            self.summary.setText(tr("All {0:,} rows are ready. Nothing has been written yet.")
                                 .format(ready))
            self.import_button.setText(tr("&Import {0:,} {1}").format(ready, tr(self.kind.plural)))
            self.import_button.setEnabled(True)
            self.import_button.setToolTip("")
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _show_problems(self, problems: Sequence[RowProblem]) -> None:
        titles = {name: tr(field.title) for name, field in self.kind.fields.items()}
        self.rows.set_rows([(str(p.line), titles.get(p.field, p.field), p.value, tr(p.message))
                            for p in problems])

    def _check_pressed(self) -> None:
        if self.check is not None and self.check.problems:
            self.read_again()
        else:
            self.start_check()

    def read_again(self) -> None:
        """Read the (fixed) file again and check it."""
        if self.path is not None:
            self._recheck = True
            self.open_file(self.path)

    # -- the import ---------------------------------------------------------------------------
    def start_import(self) -> None:
        check = self.check
        if check is None or check.problems:
            return
        ctx, kind = self.context, self.kind
        for widget in (self.import_button, self.check_button, self.choose_button,
                       *self.boxes.values()):
            widget.setEnabled(False)

        def work(progress: Progress) -> tuple[ImportResult, MailSettings | None]:
            return (kind.run(ctx.database, ctx.actor, check, progress),
                    installation_settings.read(ctx.database, MailSettings)
                    if kind.with_links else None)

        self.task = ProgressTask(
            ctx.runner, self, tr("Import {0}").format(tr(kind.plural)), tr("Importing\u2026"),
            work, self._imported,
            self._import_failed,
            lambda done, total: tr("Imported {0:,} of {1:,} {2}…").format(done, total,
                                                                        tr(kind.plural)))

    def _import_failed(self, exc: BaseException) -> None:
        self.message_bar.show_message(
            tr("The import stopped: {0} The batches written before are kept; Check the file again "
               "to see which rows are left.").format(describe(exc)))
        self.choose_button.setEnabled(True)
        self.check_button.setEnabled(True)

    def _imported(self, found: tuple[ImportResult, MailSettings | None]) -> None:
        result, mail_settings = found
        self.outcome = result
        self.context.bus.publish(result.changes)
        text = (tr("Imported <b>{0:,}</b> {1} from {2}").format(
            len(result.imported), tr(self.kind.plural), result.file_name)
                + tr(self.kind.imported_text))
        if result.failed:
            text += tr(" {0:,} rows were not imported (below).").format(len(result.failed))
        if result.cancelled:
            text += (tr(" Cancelled: {0:,} rows were not reached; every row imported is whole.")
                .format(result.not_reached))
        self.summary.setText(text)
        self._show_problems(result.failed)
        if mail_settings is not None:
            self.links.offer(result.issued, mail_settings)
        self.close_button.setDefault(True)
        self.message_bar.show_message(tr("Imported {0:,} {1}.").format(len(result.imported),
                                                                       tr(self.kind.plural)),
                                      "success")

    def reject(self) -> None:
        running = [t for t in (self.task, self.links.task) if t is not None and t.running]
        if running:
            running[0].cancel()  # Escape during an import stops after the current batch
            return
        super().reject()


