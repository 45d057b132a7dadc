"""Measure the console on a benchmark database and print JSON with p50/p95 per measure.

    .venv/bin/python -m benchmarks.run --database /tmp/iam-bench-1m.sqlite3
    .venv/bin/python -m benchmarks.run --postgres --users 1000000 --events 10000000

With ``--postgres`` a throwaway PostgreSQL cluster is started, filled by benchmarks.generate,
measured and removed. Everything runs through the real main window (offscreen Qt) and the real
task runner; a 5 ms heartbeat timer on the GUI thread records the longest time it was blocked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = Path(__file__).parent / "results"
ADMIN, PASSWORD = "admin", "bench-quartz-2026"


def throwaway_settings() -> Any:
    """Window settings in a temporary folder. Never os.devnull: QSettings saves by writing a
    new file and renaming it over the old one, which would replace the /dev/null device."""
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="iam-bench-settings-")
    return QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 2), "p95": round(p95, 2),
            "n": len(ordered)}


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Heartbeat:
    """Ticks every 5 ms on the GUI thread; the largest gap is the longest the thread was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self.longest_ms = max(self.longest_ms, gap)
        self.phase_ms = max(self.phase_ms, gap)
        self._last = now

    phase_ms = 0.0

    def phase(self) -> float:
        """The longest block since the previous call."""
        longest, self.phase_ms = self.phase_ms, 0.0
        return round(longest, 1)

    def reset(self) -> None:
        self._last = time.perf_counter()


def start_to_first_page(database: str, runs: int) -> dict[str, float]:
    """A fresh process per run: imports, open, sign in, window, first page of users."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "benchmarks.first_page", "--probe", "--database",
                        database, "--username", ADMIN, "--password", PASSWORD],
                       check=True, capture_output=True)
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def log_filter_first_page(database: Any, actor: Any, repeat: int) -> dict[str, Any]:
    """Time window + actor + action over the administration log, first page (service call)."""
    from iam_console.services import audit_log
    from iam_console.services.paging import PageRequest

    samples, rows = [], 0
    since = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
    for n in range(repeat):
        started = time.perf_counter()
        page = audit_log.list_events(database, actor, audit_log.EventFilter(
            since=since, actor_id=2 + n % 50, action="user.update"), PageRequest(limit=200))
        samples.append((time.perf_counter() - started) * 1000)
        rows = len(page.rows)
    return {**percentiles(samples), "rows_on_page": rows}


def measure(database_url: str, repeat: int, scroll_step: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from iam_console.auth.passwords import PasswordHasher
    from iam_console.services import sessions
    from iam_console.services.setup import open_and_prepare
    from iam_console.views.context import ChangeBus, ConsoleContext
    from iam_console.views.main_window import MainWindow
    from iam_console.views.tasks import TaskRunner

    from .generate import username

    app = QApplication.instance() or QApplication(sys.argv[:1])
    database, _status = open_and_prepare(database_url)
    actor = sessions.sign_in(database, PasswordHasher(), ADMIN, PASSWORD)
    # before the window: this runs on this (the GUI) thread and must not count as a GUI block
    log_filter = log_filter_first_page(database, actor, repeat)
    runner = TaskRunner()
    window = MainWindow(ConsoleContext(database, actor, PasswordHasher(), runner, ChangeBus(),
                                       throwaway_settings()))
    window.resize(1200, 800)
    window.show()
    pane = window.panes[0]
    model, table = pane.model, pane.table
    heartbeat = Heartbeat()

    def until(condition: Callable[[], bool], timeout: float = 120) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("no answer")
            app.processEvents()
            time.sleep(0.0002)

    def painted(action: Callable[[], None]) -> float:
        until(lambda: not runner.pending)
        heartbeat.reset()
        started = time.perf_counter()
        action()  # starts a load at once (the model is loading from here on)
        until(lambda: not model.is_loading)
        table.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    until(lambda: model.rowCount() > 0 and not runner.pending and pane.exact_count is not None)
    total = pane.exact_count or 0
    result: dict[str, Any] = {"users": total, "log_filter_first_page_ms": log_filter}
    blocked: dict[str, float] = {"opening": heartbeat.phase()}
    result["first_page_ms"] = percentiles([painted(model.reload) for _ in range(repeat)])
    blocked["first_page"] = heartbeat.phase()

    terms = {
        "one_user": username(total // 2)[2],
        "about_10_users": username(total // 3)[2][:-1] if total > 100 else "aadams1",
        "a_last_name_4pct": "mmerm",
        "two_letters": "zi",
    }
    searches: dict[str, Any] = {}
    for label, term in terms.items():
        samples = []
        for _ in range(repeat):
            samples.append(painted(lambda t=term: model.set_search(t)))
            rows = model.rowCount()
            model.set_search("")
            until(lambda: not model.is_loading and not runner.pending)
        searches[label] = {"term": term, "rows_on_first_page": rows, **percentiles(samples)}
        blocked[f"search_{label}"] = heartbeat.phase()
    result["search_first_page_ms"] = searches

    bar = table.verticalScrollBar()

    def rows_in_view_loaded() -> bool:
        first = table.rowAt(0)
        last = table.rowAt(table.viewport().height() - 1)
        if first < 0:
            return False
        last = model.rowCount() - 1 if last < 0 else last
        return all(model.row_at(row) is not None for row in range(first, last + 1))

    def scrolled_to(value: int) -> float:
        """Move the scroll bar (a drag ends there) and wait until the rows in view are painted."""
        until(lambda: not runner.pending)
        heartbeat.reset()
        started = time.perf_counter()
        bar.setValue(value)
        until(rows_in_view_loaded)
        table.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    def back_to_the_top_with_nothing_held() -> None:
        scrolled_to(0)
        model.refresh()  # drops every held block: the next jump reads from the database
        until(lambda: rows_in_view_loaded() and not runner.pending and not model.is_loading)

    pane.refresh()  # the windowed model: as many rows as the count says
    until(lambda: model.total is not None and not runner.pending and not model.is_loading)
    to_end, anywhere = [], []
    for n in range(repeat):
        back_to_the_top_with_nothing_held()
        to_end.append(scrolled_to(bar.maximum()))
        back_to_the_top_with_nothing_held()
        anywhere.append(scrolled_to(bar.maximum() * (2 * n + 1) // (2 * repeat)))
    result["scroll_to_end_ms"] = percentiles(to_end)
    result["jump_anywhere_ms"] = percentiles(anywhere)
    blocked["scroll_to_end_and_jumps"] = heartbeat.phase()

    # scroll through everything, a block of rows per step: every row is read once
    back_to_the_top_with_nothing_held()
    import gc

    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + scroll_step)
        scrolled_to(value)
    seconds = time.perf_counter() - started
    gc.collect()
    after = rss_mb()
    result["scroll"] = {
        "rows_scrolled": model.rowCount(), "seconds": round(seconds, 2),
        "rss_before_mb": round(before, 1), "rss_after_mb": round(after, 1),
        "rss_growth_mb": round(after - before, 1), "rows_held_after": model.held_rows,
        "reached_the_end": model.row_at(model.rowCount() - 1) is not None,
    }
    blocked["scroll"] = heartbeat.phase()
    result["gui_thread_longest_block_ms"] = round(heartbeat.longest_ms, 1)
    result["gui_thread_longest_block_by_phase_ms"] = blocked
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    window.close()
    runner.wait_for_done()
    database.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", help="SQLite file or URL of a generated database")
    parser.add_argument("--postgres", action="store_true",
                        help="start a throwaway PostgreSQL cluster and generate into it")
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--scroll-step", type=int, default=200,
                        help="rows per step when scrolling through everything")
    parser.add_argument("--name", default="")
    args = parser.parse_args()
    cluster = None
    try:
        if args.postgres:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
            from tests.pg_cluster import PostgresCluster, find_bindir

            from .generate import generate

            bindir = find_bindir()
            assert bindir is not None, "PostgreSQL server binaries are needed"
            cluster = PostgresCluster(bindir)
            cluster.start()
            url = cluster.create_database("bench")
            print(json.dumps(generate(url, args.users, args.events)), file=sys.stderr)
        else:
            from iam_console.config import to_url

            url = to_url(args.database)
        result = {"database": "postgresql" if args.postgres else "sqlite",
                  "events": args.events if args.postgres else None,
                  "start_to_first_page_painted_ms": start_to_first_page(url, args.starts),
                  **measure(url, args.repeat, args.scroll_step)}
    finally:
        if cluster is not None:
            cluster.destroy()
    RESULTS.mkdir(exist_ok=True)
    name = args.name or f"{result['database']}-{result['users']}"
    (RESULTS / f"run-{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
