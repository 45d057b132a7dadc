"""Export the log's filtered events to CSV or JSON lines, in the background with progress and
Cancel; the file appears only when the export completes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from iam_console.services import audit_export
from iam_console.services.audit_log import EventFilter

from .context import ConsoleContext
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr
from .progress_task import ProgressTask

# parent -> (path, format) or None when the person cancelled
ChooseExportFile = Callable[[QWidget], tuple[Path, str] | None]
Report = Callable[[str, str], None]
_FILTERS = {QT_TRANSLATE_NOOP("", "CSV for spreadsheets (*.csv)"): audit_export.CSV,
            QT_TRANSLATE_NOOP("", "JSON lines (*.jsonl)"): audit_export.JSON_LINES}


def choose_export_file_with_dialog(parent: QWidget) -> tuple[Path, str] | None:
    path, chosen = QFileDialog.getSaveFileName(parent, tr("Export administration log"),
                                               "administration-log.csv",
                                               ";;".join(tr(f) for f in _FILTERS))
    if not path:
        return None
    fmt = {tr(f): kind for f, kind in _FILTERS.items()}.get(chosen, audit_export.CSV)
    if path.lower().endswith(".jsonl"):
        fmt = audit_export.JSON_LINES
    elif path.lower().endswith(".csv"):
        fmt = audit_export.CSV
    return Path(path), fmt


def export_log(context: ConsoleContext, parent: QWidget, event_filter: EventFilter,
               description: str, target: tuple[Path, str], report: Report) -> ProgressTask:
    """Start one export of ``event_filter`` to ``target``; the outcome reaches ``report``."""
    path, fmt = target
    db, actor = context.database, context.actor

    def done(result: audit_export.ExportResult) -> None:
        if result.cancelled:
            report(tr("Export cancelled after {0:,} events; no file was written.")
                .format(result.events),
                   "info")
        else:
            report(tr("Exported {0:,} events to {1}.")
                .format(result.events, result.path), "success")

    return ProgressTask(
        context.runner, parent, tr("Export administration log"), tr("Exporting events\u2026"),
        lambda progress: audit_export.export_events(
            db, actor, event_filter, path, fmt, lambda n: progress(n, 0), description),
        done,
        lambda exc: report(tr("The log was not exported; no file was written.\n{0}")
            .format(describe(exc)),
                           "error"),
        lambda written, _total: tr("{0:,} events written…").format(written))
