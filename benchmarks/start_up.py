"""Time the console's start: from launching the program to its sign-in window painted.

    .venv/bin/python -m benchmarks.start_up                 # the bundle if built, else source
    .venv/bin/python -m benchmarks.start_up --command "dist/iam-console/iam-console"

Each run launches the program with ``--smoke-test`` (offscreen Qt, a prepared SQLite file, a
private home folder) and times until it prints that the first window was painted. *Cold* runs
first drop the operating system's file cache (as root on Linux: ``sync`` and
``/proc/sys/vm/drop_caches``), as after a reboot; *warm* runs follow each other. Prints JSON and
writes it to benchmarks/results/start_up-<bundle|source>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .service_timing import RESULTS

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "packaging" / "dist" / "iam-console" / "iam-console"
SMOKE_LINE = "IAM Console: first window painted"  # as iam_console.app prints it
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_file_cache() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
        return True
    except OSError:
        return False


def launch(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch to the smoke line; the process then exits by itself."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == SMOKE_LINE:
            painted = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"{command[0]} exited ({process.wait()}) without painting a window")
    if process.wait(timeout=60) != 0:
        raise SystemExit(f"{command[0]} exited with {process.returncode}")
    return painted


def summary(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    return {"runs": len(ms), "median_ms": round(statistics.median(ms)),
            "min_ms": round(ms[0]), "max_ms": round(ms[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--command", help="the program to start (default: the Linux bundle "
                                          "when built, else this checkout's Python)")
    parser.add_argument("--cold", type=int, default=3, help="cold runs (default 3)")
    parser.add_argument("--warm", type=int, default=10, help="warm runs (default 10)")
    args = parser.parse_args()
    if args.command:
        command, kind = shlex.split(args.command), "given"
    elif BUNDLE.exists():
        command, kind = [str(BUNDLE)], "bundle"
    else:
        command, kind = [sys.executable, "-m", "iam_console"], "source"

    home = Path(tempfile.mkdtemp(prefix="iam-start-up-"))
    database = home / "console.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
    full = [*command, "--smoke-test", "--database", str(database)]
    launch(full, env)  # creates and migrates the database (the run waits for it to finish)

    cold: list[float] = []
    can_drop = drop_file_cache()
    for _ in range(args.cold if can_drop else 0):
        drop_file_cache()
        cold.append(launch(full, env))
    warm = [launch(full, env) for _ in range(args.warm + 1)][1:]
    result = {"program": " ".join(command), "kind": kind,
              "cold": summary(cold) if cold else "not measured: the file cache cannot be "
                                                 "dropped here (needs root on Linux)",
              "warm": summary(warm), "targets_ms": {"cold": 1000, "warm": 400}}
    print(json.dumps(result, indent=2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"start_up-{kind}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
