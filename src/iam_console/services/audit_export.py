"""Exporting the filtered administration log to CSV or JSON lines: streamed a page at a time,
UTF-8, with cells a spreadsheet would run as a formula quoted."""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from iam_console.db.engine import Database
from iam_console.texts import say

from . import audit_log
from .actor import Actor
from .audit_log import EventDetail, EventFilter
from .csv_files import CSV_ENCODING, Cancelled, atomic_file, safe_cell
from .paging import MAX_PAGE
from .uow import UnitOfWork

CSV = "csv"
JSON_LINES = "jsonl"
FORMATS = {CSV: "CSV (spreadsheets)", JSON_LINES: "JSON lines"}
HEADER = ("time_utc", "event_id", "correlation_id", "actor_id", "actor", "signed_in_with",
          "workstation", "console_version", "action", "target_type", "target_id", "target",
          "organization_id", "organization", "area", "outcome", "reason", "changes")

# called after each page with the number of events written so far; False cancels
Progress = Callable[[int], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    events: int
    cancelled: bool


def _values(event: EventDetail) -> tuple[Any, ...]:
    return (event.occurred_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), event.id,
            event.correlation_id, event.actor_id, event.actor_name, event.actor_method,
            event.workstation, event.console_version, event.action, event.entity_type,
            event.entity_id, event.entity_name, event.organization_id,
            event.organization_name, event.area, event.outcome, event.reason,
            event.raw_changes)


class _CsvWriter:
    def __init__(self, stream: TextIO):
        self._writer = csv.writer(stream)
        self._writer.writerow(HEADER)

    def write(self, event: EventDetail) -> None:
        self._writer.writerow([safe_cell(v) for v in _values(event)])


class _JsonLinesWriter:
    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, event: EventDetail) -> None:
        record = dict(zip(HEADER, _values(event), strict=True))
        with contextlib.suppress(ValueError):  # otherwise kept as the text it is
            record["changes"] = json.loads(event.raw_changes or "{}")
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def export_events(database: Database, actor: Actor, event_filter: EventFilter, path: Path,
                  fmt: str, progress: Progress = lambda _n: True,
                  description: str = "", page_size: int = MAX_PAGE) -> ExportResult:
    """Write the matching events to ``path``, newest first. The file appears only when the
    export completes (a cancelled or failed export leaves no partial file); a completed one
    is logged, with how many events and which filter (``description``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    written = 0
    # utf-8-sig for spreadsheet programs; JSON lines stay plain UTF-8
    try:
        with atomic_file(path, CSV_ENCODING if fmt == CSV else "utf-8") as stream:
            writer = _CsvWriter(stream) if fmt == CSV else _JsonLinesWriter(stream)
            for page in audit_log.iterate_events(database, actor, event_filter, page_size):
                for event in page:
                    writer.write(event)
                written += len(page)
                if not progress(written):
                    raise Cancelled
    except Cancelled:
        return ExportResult(path, written, True)
    with UnitOfWork(database, actor, audit_log.AREA) as uow:
        uow.record("audit.export", entity_type="audit_log", entity_name=path.name,
                   reason=say("{0:,} events exported as {1}", written, FORMATS[fmt])
                          + (f"; filter: {description}" if description else ""))
        uow.commit()
    return ExportResult(path, written, False)
