"""Live updates: a listener thread turns other desktops' commits into ``Changes`` broadcasts.

The thread waits on the database's change feed (NOTIFY on PostgreSQL, a polled counter on
SQLite) and hands what changed to the GUI thread through a queued signal. When the database
cannot be reached it says so once, retries with growing pauses, and says when it is back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from iam_console.db.change_feed import ChangeFeed
from iam_console.services.changes import Changes

from .change_bus import ChangeBus
from .i18n import tr

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0, 8.0)


class LiveUpdates(QObject):
    """Owns the listener thread; ``stop()`` ends it (within one poll interval)."""

    _arrived = Signal(object)
    _state = Signal(bool, str)
    connection_changed = Signal(bool, str)  # reachable, message

    def __init__(self, open_feed: Callable[[], ChangeFeed], bus: ChangeBus,
                 parent: QObject | None = None, poll_seconds: float = POLL_SECONDS):
        super().__init__(parent)
        self._open_feed, self._bus, self._poll = open_feed, bus, poll_seconds
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._arrived.connect(self._publish, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self.connection_changed, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="live-updates", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        feed: ChangeFeed | None = None
        failures = 0
        while not self._stopping.is_set():
            try:
                if feed is None:
                    feed = self._open_feed()
                kinds = feed.wait(self._poll)
                if failures:
                    failures = 0
                    self._state.emit(True, tr("The database is reachable again."))
                    kinds = {"users", "organizations", "roles", "permissions", "audit"}
                if kinds:
                    self._arrived.emit(kinds)
            except Exception as exc:  # the database went away; keep trying
                log.info("change feed interrupted: %s", exc)
                if feed is not None:
                    try:
                        feed.close()
                    except Exception:
                        log.debug("closing a broken feed failed", exc_info=True)
                feed = None
                if failures == 0:
                    self._state.emit(False, tr("The database cannot be reached. Your input is "
                                               "kept; the console keeps trying to reconnect."))
                pause = BACKOFF_SECONDS[min(failures, len(BACKOFF_SECONDS) - 1)]
                failures += 1
                self._stopping.wait(pause)
        if feed is not None:
            feed.close()

    @Slot(object)
    def _publish(self, kinds: set[str]) -> None:
        self._bus.publish(Changes({kind: frozenset() for kind in kinds}))
