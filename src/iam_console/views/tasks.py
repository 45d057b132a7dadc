"""The one task runner: database and network work off the GUI thread, results back on it."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, token: int, fn: Callable[[], Any]):
        super().__init__()
        self._runner, self._token, self._fn = runner, token, fn

    def run(self) -> None:
        try:
            result: Any = self._fn()
            ok = True
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            result, ok = exc, False
        self._runner._finished.emit(self._token, ok, result)


class TaskRunner(QObject):
    """``submit(fn, on_success, on_error)``: fn runs on a worker thread; callbacks on the GUI.

    An error without its own handler goes to ``unhandled_error``, which the main window shows.
    """

    _finished = Signal(int, bool, object)
    busy_changed = Signal(bool)
    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Success | None, Failure | None, QObject | None]] = {}
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def submit(self, fn: Callable[[], Any], on_success: Success | None = None,
               on_error: Failure | None = None, *, owner: QObject | None = None) -> int:
        """Run ``fn`` off the GUI thread; the callbacks are dropped if ``owner`` is gone by then
        (a window closed, or a person signed out, while its task was running)."""
        token = next(self._tokens)
        self._pending[token] = (on_success, on_error, owner)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._start(token, fn)
        return token

    def _start(self, token: int, fn: Callable[[], Any]) -> None:
        self._pool.start(_Job(self, token, fn))

    @Slot(int, bool, object)
    def _deliver(self, token: int, ok: bool, result: Any) -> None:
        on_success, on_error, owner = self._pending.pop(token, (None, None, None))
        try:
            if owner is not None and not shiboken6.isValid(owner):
                return
            if ok:
                if on_success is not None:
                    on_success(result)
                return
            from .errors import is_expected

            if not is_expected(result) and not getattr(result, "_iam_console_logged", False):
                log.error("background task failed", exc_info=result)  # to the log file, once
                result._iam_console_logged = True
            if on_error is not None:
                on_error(result)
            else:
                self.unhandled_error.emit(result)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until the worker threads are idle (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)


class ImmediateTaskRunner(TaskRunner):
    """Runs each task at once on the calling thread; results still arrive through the queue."""

    def _start(self, token: int, fn: Callable[[], Any]) -> None:
        _Job(self, token, fn).run()
