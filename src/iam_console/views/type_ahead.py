"""A line edit that suggests users, organizations or roles as one types (asked in the
background) and remembers the one picked."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from iam_console.services import lookup
from iam_console.services.lookup import Suggestion

from .context import ConsoleContext

TYPE_AHEAD_DEBOUNCE_MS = 200
_KIND_WORD = {"users": "user", "organizations": "organization", "roles": "role"}


class TypeAheadField(QLineEdit):
    """``chosen`` is the picked record (None until one is picked, and again once the text is
    edited); ``chosen_changed`` says when it changes."""

    chosen_changed = Signal()

    def __init__(self, context: ConsoleContext, kinds: tuple[str, ...], placeholder: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._context, self._kinds = context, kinds
        self.chosen: Suggestion | None = None
        self._offered: dict[str, Suggestion] = {}
        self._generation = 0
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self.setClearButtonEnabled(True)
        self._labels = QStringListModel(self)
        self.completer_ = QCompleter(self._labels, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.completer_)
        self.completer_.activated.connect(self.pick_label)
        self._debounce = QTimer(self, singleShot=True, interval=TYPE_AHEAD_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._ask)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._take_first)

    def _label(self, suggestion: Suggestion) -> str:
        if len(self._kinds) == 1:
            return suggestion.label
        return f"{suggestion.label} \u2014 {_KIND_WORD.get(suggestion.kind, suggestion.kind)}"

    def _edited(self, text: str) -> None:
        if self.chosen is not None:
            self.chosen = None
            self.chosen_changed.emit()
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()

    def _ask(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.text()
        db, actor, kinds = self._context.database, self._context.actor, self._kinds
        self._context.runner.submit(lambda: lookup.suggest(db, actor, text, kinds),
                                    lambda found: self._offer(generation, found),
                                    lambda _exc: None, owner=self)

    def _offer(self, generation: int, found: tuple[Suggestion, ...]) -> None:
        if generation != self._generation or self.chosen is not None:
            return
        self._offered = {self._label(s): s for s in found}
        self._labels.setStringList(list(self._offered))
        if self._offered and self.hasFocus():
            self.completer_.complete()

    def _take_first(self) -> None:
        """Enter without picking takes the first suggestion offered."""
        if self.chosen is None and self._offered and self.text().strip():
            self.choose(next(iter(self._offered.values())))

    def pick_label(self, label: str) -> None:
        suggestion = self._offered.get(label)
        if suggestion is not None:
            self.choose(suggestion)

    def choose(self, suggestion: Suggestion | None) -> None:
        """Pick a record (or none) as if the person had chosen it."""
        self._debounce.stop()
        self._generation += 1
        self.chosen = suggestion
        self.setText(self._label(suggestion) if suggestion else "")
        self.chosen_changed.emit()

    @property
    def suggestions(self) -> list[str]:
        """The labels offered now."""
        return list(self._offered)
