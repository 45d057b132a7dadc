"""What the service-level benchmarks share: their arguments, a signed-in actor on the given
database, p50/p95 timing, and where the results go."""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .run import ADMIN, PASSWORD

RESULTS = Path(__file__).parent / "results"


def open_signed_in(description: str) -> tuple[Any, Any, int]:
    """Parse ``--database`` and ``--repeat``; open (and migrate) the database and sign in as
    the generated administrator. Returns (database, actor, repeat)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--database", required=True, help="SQLite path or PostgreSQL URL")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    from iam_console.auth.passwords import PasswordHasher
    from iam_console.config import to_url
    from iam_console.services import sessions
    from iam_console.services.setup import open_and_prepare

    database, _status = open_and_prepare(to_url(args.database))
    return database, sessions.sign_in(database, PasswordHasher(), ADMIN, PASSWORD), args.repeat


def timed(call: Callable[[], Any], repeat: int) -> dict[str, Any]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return {"p50_ms": round(statistics.median(samples), 1),
            "p95_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 1)}


def write_result(name: str, result: dict[str, Any]) -> None:
    """Print the result and keep it as ``results/<name>-<sqlite|postgresql>[-size].json``."""
    print(json.dumps(result, indent=2))
    kind = "postgresql" if "postgresql" in str(result["database"]).lower() else "sqlite"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name.format(kind=kind)}.json").write_text(json.dumps(result, indent=2) + "\n")
