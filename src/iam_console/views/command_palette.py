"""The command palette (Ctrl+K, Cmd+K on macOS): type a few words, press Enter.

Every command of the menus is offered by its name ("go to organizations", "bulk action",
"export"), and records by theirs: "jdoe" offers to open that user, "reset password jdoe" to
reset their password, "housing" to open the organization. Commands are filtered at once; the
records are looked up in the background as the person types (a few per list, in their scope).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr
from .tasks import TaskRunner

SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class PaletteEntry:
    title: str  # what the list shows: "Reset password: Jane Doe (jdoe)"
    hint: str  # its shortcut or its kind, shown beside it
    run: Callable[[], object]
    words: str = ""  # more text it is found by ("go to" for the View menu)

    def matches(self, query: str) -> bool:
        text = f"{self.title} {self.words}".lower()
        return all(word in text for word in query.lower().split())


def plain(title: str) -> str:
    """A menu title as words: no mnemonic ampersand, no ellipsis."""
    return title.replace("&", "").replace("\u2026", "").strip()


@dataclass(frozen=True)
class RecordCommand:
    """A command that takes a record: "Reset password" followed by whom."""

    title: str
    make: Callable[[Any], PaletteEntry | None]  # a found record -> its entry (None: not here)


Find = Callable[[str], list[Any]]  # runs on a worker: the records a search text finds


class CommandPalette(QDialog):
    """``entries`` (the commands) are filtered as the person types; ``find`` looks records up
    and ``open_entry``/``record_commands`` turn each found record into entries."""

    def __init__(self, parent: QWidget, runner: TaskRunner, entries: Sequence[PaletteEntry],
                 find: Find, open_entry: Callable[[Any], PaletteEntry],
                 record_commands: Sequence[RecordCommand] = ()):
        super().__init__(parent)
        self.setWindowTitle(tr("Command palette"))
        self.setModal(True)
        self.resize(560, 420)
        self._runner, self._entries, self._find = runner, list(entries), find
        self._open_entry, self._record_commands = open_entry, list(record_commands)
        self._records: list[PaletteEntry] = []
        self._generation = 0
        self.searching = False
        self._pending_enter = False  # Enter pressed before the records were found

        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Type a command or a name: \u201cgo to "
                                         "organizations\u201d, "
                                      "\u201creset password jdoe\u201d\u2026"))
        self.query.setAccessibleName(tr("Command or name"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(tr("Matching commands and records"))
        self.results.setUniformItemSizes(True)
        self.status = QLabel(tr("Enter runs the highlighted line; Escape closes."))
        self.status.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._look_up)
        self.query.textChanged.connect(self._typed)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.run_current())
        self._show()

    # -- typing -------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._records = []
        self._generation += 1
        self._show()
        if self.query.text().strip():
            self._timer.start()
        else:
            self._timer.stop()

    def _split(self) -> tuple[RecordCommand | None, str]:
        """A record command named at the start ("reset password jdoe") and the rest."""
        text = " ".join(self.query.text().split())
        for command in self._record_commands:
            name = command.title.lower()
            if text.lower().startswith(name + " "):
                return command, text[len(name):].strip()
        return None, text

    def _look_up(self) -> None:
        command, term = self._split()
        if not term:
            if self._pending_enter:
                self._pending_enter = False
                self.run_current()
            return
        generation, find = self._generation, self._find
        self.searching = True
        self.status.setText(tr("Looking for \u201c{0}\u201d\u2026").format(term))
        self._runner.submit(lambda: find(term),
                            lambda found: self._found(generation, command, found),
                            lambda exc: self._not_found(generation, exc), owner=self)

    def _found(self, generation: int, command: RecordCommand | None, found: list[Any]) -> None:
        if generation != self._generation:
            return  # the person typed on: a newer search follows
        self.searching = False
        if command is not None:
            entries = [command.make(record) for record in found]
            self._records = [e for e in entries if e is not None]
        else:
            self._records = [self._open_entry(record) for record in found]
        self._show()
        self.status.setText(tr("Enter runs the highlighted line; Escape closes.")
                            if self.results.count() else tr("Nothing matches."))
        if self._pending_enter:
            self._pending_enter = False
            self.run_current()

    def _not_found(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.searching = False
            self.status.setText(tr("Records could not be looked up: {0}").format(exc))

    # -- the list -----------------------------------------------------------------------------
    def visible_entries(self) -> list[PaletteEntry]:
        command, _term = self._split()
        query = self.query.text()
        commands = [] if command is not None else [e for e in self._entries if e.matches(query)]
        return commands + self._records

    def _show(self) -> None:
        self.results.clear()
        for entry in self.visible_entries():
            item = QListWidgetItem(f"{entry.title}\t{entry.hint}" if entry.hint else entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(entry.hint)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def run_current(self) -> object:
        item = self.results.currentItem()
        if item is None:
            return None
        entry: PaletteEntry = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        return entry.run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up/Down move in the list while the typing goes on; Enter runs."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self.searching:
                    self._pending_enter = True  # run the first line once the records are in
                    if self._timer.isActive():
                        self._timer.stop()
                        self._look_up()
                    return True
                self.run_current()
                return True
        return False
