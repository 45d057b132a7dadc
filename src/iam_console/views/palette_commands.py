"""What the command palette offers in the main window: each enabled menu command, and the
users, organizations and roles a search finds (open one, or run a user command on it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from iam_console.services.errors import PermissionDenied
from iam_console.services.paging import PageRequest

from .actions import ACTIONS, ActionId
from .command_palette import CommandPalette, PaletteEntry, RecordCommand, plain
from .i18n import tr
from .list_pane import ListPane, RowCommand

if TYPE_CHECKING:
    from .main_window import MainWindow

PER_LIST = 5  # records offered per list


@dataclass(frozen=True)
class Found:
    pane_number: int
    row: Any


def _command_entries(commands: dict[ActionId, QAction]) -> list[PaletteEntry]:
    entries = []
    for action_id, action in commands.items():
        if action_id is ActionId.PALETTE or not action.isEnabled() or not action.isVisible():
            continue
        spec = ACTIONS[action_id]
        words = f"{plain(spec.menu)} {spec.tip}" + (" go to" if spec.menu == "&View" else "")
        entries.append(PaletteEntry(plain(action.text()), action.shortcut().toString(),
                                    action.trigger, words))
    return entries


def open_palette(window: MainWindow) -> CommandPalette:
    context = window.context
    # the lists this person may open (the navigation disables the others)
    lists = [(number, pane.spec) for number, pane in enumerate(window.panes)
             if window.navigation.item(number).flags() & Qt.ItemFlag.ItemIsEnabled]

    def find(term: str) -> list[Found]:  # on a worker
        found: list[Found] = []
        for number, spec in lists:
            if spec.fixed_view:  # "Awaiting approval" repeats users: searched as Users
                continue
            try:
                page = spec.list_page(context.database, context.actor,
                                      PageRequest(search=term, limit=PER_LIST))
            except PermissionDenied:
                continue
            found.extend(Found(number, row) for row in page.rows)
        return found

    def pane_of(hit: Found) -> ListPane:
        return window.panes[hit.pane_number]

    def open_entry(hit: Found) -> PaletteEntry:
        pane = pane_of(hit)

        def run() -> object:
            window.navigation.setCurrentRow(hit.pane_number)
            return pane.editors.track(pane.spec.open_editor(context, pane, hit.row.id))

        return PaletteEntry(tr("Open {0}: {1}").format(tr(pane.spec.singular).lower(),
                                                       pane.spec.describe_row(hit.row)),
                            tr(pane.spec.singular), run)

    def record_command(command: RowCommand) -> RecordCommand:
        title = plain(tr(ACTIONS[ActionId(command.name)].title))

        def make(hit: Found) -> PaletteEntry | None:
            pane = pane_of(hit)
            if command not in pane.spec.row_commands:
                return None

            def run() -> object:
                window.navigation.setCurrentRow(hit.pane_number)
                return command.run(context, pane, hit.row)

            return PaletteEntry(f"{title}: {pane.spec.describe_row(hit.row)}",
                                tr(pane.spec.singular), run)

        return RecordCommand(title, make)

    commands = {c.name: c for _n, spec in lists for c in spec.row_commands}
    palette = CommandPalette(window, context.runner, _command_entries(window.commands), find,
                             open_entry, [record_command(c) for c in commands.values()])
    palette.show()
    return palette
