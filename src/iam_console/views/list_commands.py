"""Commands on what a list shows or has selected: export it to CSV, run a bulk action on the
selection (also from the table's context menu)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from iam_console.services import table_export
from iam_console.services.bulk import BulkAction

from .bulk_dialog import BulkDialog, open_bulk_dialog
from .errors import describe
from .i18n import tr
from .list_pane import ListPane
from .progress_task import ProgressTask
from .save_csv import choose_csv_to_save

ChooseCsvFile = Callable[[QWidget, str], Path | None]


def choose_csv_file_with_dialog(parent: QWidget, suggested: str) -> Path | None:
    return choose_csv_to_save(parent, tr("Export to CSV"), suggested)


def export_list(pane: ListPane, choose: ChooseCsvFile = choose_csv_file_with_dialog
                ) -> ProgressTask | None:
    """Export every row the list's search and subset match (not only those loaded), in the
    list's order, with progress and Cancel; the file appears only when it is complete."""
    kind = pane.spec.kind
    if kind not in table_export.EXPORTABLE:
        return None
    path = choose(pane, f"{pane.spec.plural.lower().replace(' ', '-')}.csv")
    if path is None:
        return None
    ctx, request, noun = pane.context, pane.page_request(), pane.plural_word
    bar = pane.message_bar

    def done(result: table_export.TableExport) -> None:
        if result.cancelled:
            bar.show_message(tr("Export cancelled after {0:,} {1}; no file was written.")
                             .format(result.rows, noun), "info")
        else:
            bar.show_message(tr("Exported {0:,} {1} to {2}.").format(result.rows, noun,
                                                                     result.path), "success")

    return ProgressTask(
        ctx.runner, pane, tr("Export {0}").format(noun), tr("Exporting {0}\u2026").format(noun),
        lambda progress: table_export.export_table(ctx.database, ctx.actor, kind, request, path,
                                                   lambda n: progress(n, 0)),
        done, lambda exc: bar.show_message(tr("Nothing was exported.\n{0}").format(describe(exc))),
        lambda written, _total: f"{written:,} {noun} written\u2026")


def start_bulk(pane: ListPane, action: BulkAction,
               opened: Callable[[BulkDialog], object] = lambda _d: None) -> None:
    """Open the bulk dialog for the pane's selection (all matching ones, once known)."""
    if pane.spec.matching_ids is None:
        pane.message_bar.show_message(tr("{0} have no bulk actions.").format(pane.spec.plural),
                                      "info")
        return

    def open_with(ids: list[int]) -> None:
        dialog = open_bulk_dialog(pane.context, pane, ids, action)
        pane.editors.track(dialog)
        opened(dialog)

    pane.with_selected_ids(open_with)


def add_context_menu(pane: ListPane) -> None:
    """Right-click on a users list: the bulk actions for the selected rows."""
    if pane.spec.matching_ids is None:
        return
    table = pane.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(at: QPoint) -> None:
        menu = QMenu(table)
        for action in BulkAction:
            menu.addAction(f"{tr(action.title)}\u2026", partial(start_bulk, pane, action))
        menu.addSeparator()
        menu.addAction(tr("Select all matching"), pane.select_all_matching)
        menu.exec(table.viewport().mapToGlobal(at))

    table.customContextMenuRequested.connect(show)
