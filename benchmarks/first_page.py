"""Time from program start to the first page of users on screen, and list query times.

    .venv/bin/python -m benchmarks.first_page --database /tmp/iam-bench.sqlite3

Starts a fresh interpreter per run (offscreen Qt) that opens the database (schema check),
signs in (argon2id verify), builds the main window and waits until the users table shows its
first page. Sign-in typing is not counted; everything the program does is. Writes JSON to
benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def probe(database: str, username: str, password: str) -> None:
    """Runs in the child: print one JSON line with the phase times in milliseconds."""
    t0 = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from iam_console.auth.passwords import PasswordHasher
    from iam_console.config import to_url
    from iam_console.services.sessions import sign_in
    from iam_console.services.setup import open_and_prepare
    from iam_console.views.context import ChangeBus, ConsoleContext
    from iam_console.views.main_window import MainWindow
    from iam_console.views.tasks import TaskRunner

    from .run import throwaway_settings

    t_imports = time.perf_counter()
    db, _status = open_and_prepare(to_url(database))
    t_open = time.perf_counter()
    hasher = PasswordHasher()
    actor = sign_in(db, hasher, username, password)
    t_sign_in = time.perf_counter()
    settings = throwaway_settings()
    runner = TaskRunner()
    window = MainWindow(ConsoleContext(db, actor, hasher, runner, ChangeBus(), settings))
    window.show()
    users = window.panes[0]
    while users.model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.001)
    t_page = time.perf_counter()
    print(json.dumps({
        "imports_ms": (t_imports - t0) * 1000, "open_database_ms": (t_open - t_imports) * 1000,
        "sign_in_ms": (t_sign_in - t_open) * 1000, "window_and_first_page_ms":
        (t_page - t_sign_in) * 1000, "rows_on_first_page": users.model.rowCount()}))
    runner.wait_for_done()


def query_times(database: str, username: str, password: str) -> dict[str, float]:
    from iam_console.auth.passwords import PasswordHasher
    from iam_console.config import to_url
    from iam_console.services import users
    from iam_console.services.paging import PageRequest
    from iam_console.services.sessions import sign_in
    from iam_console.services.setup import open_and_prepare

    db, _ = open_and_prepare(to_url(database))
    actor = sign_in(db, PasswordHasher(), username, password)

    def best(fn, repeat: int = 5) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
        return round(min(times), 2)

    first = users.list_users(db, actor, PageRequest(sort="last_name"))
    after = first.after
    for _ in range(250):  # walk 50,000 rows deep by keyset
        after = users.list_users(db, actor, PageRequest(sort="last_name", after=after)).after
    return {
        "first_page_ms": best(lambda: users.list_users(db, actor, PageRequest(sort="last_name"))),
        "page_50000_rows_deep_ms": best(lambda: users.list_users(
            db, actor, PageRequest(sort="last_name", after=after))),
        "search_substring_first_page_ms": best(lambda: users.list_users(
            db, actor, PageRequest(search="mmerm"))),
        "search_two_letters_first_page_ms": best(lambda: users.list_users(
            db, actor, PageRequest(search="zo"))),
        "exact_count_ms": best(lambda: users.count_users(db, actor), 3),
        "exact_count_search_ms": best(lambda: users.count_users(db, actor, "mmerm"), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--username", default="admin")
    parser.add_argument("--password", default="bench-quartz-2026")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.database, args.username, args.password)
        return
    runs = []
    for _ in range(args.runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "benchmarks.first_page", "--probe",
                              "--database", args.database, "--username", args.username,
                              "--password", args.password],
                             capture_output=True, text=True, check=True)
        line = json.loads(out.stdout.strip().splitlines()[-1])
        line["process_start_to_first_page_ms"] = (time.perf_counter() - started) * 1000
        runs.append(line)
    summary = {key: round(statistics.median(r[key] for r in runs), 1) for key in runs[0]}
    result = {"database": args.database, "runs": args.runs, "median": summary,
              "queries": query_times(args.database, args.username, args.password)}
    RESULTS.mkdir(exist_ok=True)
    name = Path(args.database).stem
    (RESULTS / f"first_page-{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
