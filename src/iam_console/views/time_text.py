"""Times as a person reads them: stored in UTC, shown in the desktop's local time."""

from __future__ import annotations

import datetime as dt


def local_time(moment: dt.datetime) -> str:
    """``2026-11-22 14:03:07`` in local time (a naive value is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
