"""Time the administration log pane's queries on a large log.

    .venv/bin/python -m benchmarks.log --database /tmp/iam-bench-1m.sqlite3

On a database made by ``benchmarks.generate`` (events spread over a year, 50 actors, every
event about a user in one of the organizations): the first page with no filter and with each
kind of filter, one record's history, free text (a rare and a common word, with and without a
time window), opening one event, the live "anything new?" read, and how fast an export writes.
Prints JSON and writes it to benchmarks/results/.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

from .service_timing import open_signed_in, timed, write_result

EXPORTED = 20_000  # events an export writes before the benchmark stops it


def main() -> None:
    database, actor, repeat = open_signed_in(__doc__ or "")
    from sqlalchemy import func, select

    from iam_console.models import AuditEvent, Organization
    from iam_console.services import audit_export, audit_log
    from iam_console.services.audit_log import EventFilter
    from iam_console.services.paging import PageRequest

    with database.session_factory() as session:
        newest = session.scalar(select(func.max(AuditEvent.occurred_at)))
        some = session.execute(select(AuditEvent.actor_id, AuditEvent.entity_id,
                                      AuditEvent.entity_name)
                               .where(AuditEvent.action == "user.update")
                               .order_by(AuditEvent.id.desc()).limit(1)).one()
        top = session.scalar(select(Organization.id).where(Organization.parent_id.is_(None))
                             .order_by(Organization.id))
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    assert newest is not None and top is not None
    if newest.tzinfo is None:
        newest = newest.replace(tzinfo=dt.UTC)
    month = newest - dt.timedelta(days=30)
    day = newest - dt.timedelta(days=1)
    actor_id, target_id, target_name = some

    def first_page(chosen: EventFilter) -> Any:
        return audit_log.list_events(database, actor, chosen, PageRequest(limit=200))

    filters = {
        "no_filter": EventFilter(),
        "last_day": EventFilter(since=day),
        "month_actor_action": EventFilter(since=month, actor_id=actor_id,
                                          action="user.update"),
        "organization_subtree": EventFilter(organization_id=top),
        "one_users_history": audit_log.for_record("user", target_id),
        "denied_only": EventFilter(outcome="denied"),
        "text_common": EventFilter(text="+31 20"),
        "text_rare_last_day": EventFilter(since=day, text=target_name),
        "text_rare_anytime": EventFilter(text=target_name),
    }
    result: dict[str, Any] = {"database": database.describe(), "events": events}
    for name, chosen in filters.items():
        rows = len(first_page(chosen).rows)
        result[name] = {**timed(lambda c=chosen: first_page(c), repeat),
                        "rows_on_page": rows}
    latest = first_page(EventFilter()).rows[0]
    result["open_one_event"] = timed(lambda: audit_log.get_event(database, actor, latest.id),
                                     repeat)
    result["anything_new"] = timed(
        lambda: audit_log.newer_events(database, actor, EventFilter(), latest.id), repeat)

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        outcome = audit_export.export_events(
            database, actor, EventFilter(), Path(folder) / "log.csv", audit_export.CSV,
            lambda written: written < EXPORTED)
        seconds = time.perf_counter() - started
    result["export_csv"] = {"events": outcome.events,
                            "events_per_second": round(outcome.events / seconds)}
    database.dispose()
    write_result("log-{kind}-" + ("1m" if events >= 1_000_000 else "10k"), result)


if __name__ == "__main__":
    main()
