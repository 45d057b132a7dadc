"""The change broadcast: every mutation's Changes, so each open view refreshes what it shows
(its own module: the session makes it before anything heavy is imported)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from iam_console.services.changes import Changes


class ChangeBus(QObject):
    """One broadcast: every mutation's Changes, so each open view refreshes what it shows."""

    changes_applied = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changes_applied.emit(changes)
