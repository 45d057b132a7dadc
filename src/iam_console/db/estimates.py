"""Cheap row-count estimates for a first paint (exact counts follow in the background)."""

from __future__ import annotations

from sqlalchemy import Connection, text


def estimate_rows(connection: Connection, table: str) -> int | None:
    """About how many rows ``table`` holds, without counting them; None when unknown."""
    if connection.dialect.name == "postgresql":
        value = connection.execute(
            text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:t)"), {"t": table}
        ).scalar()
        return int(value) if value is not None and value >= 0 else None
    # SQLite: ids are handed out in order and rarely deleted, so the highest one is close
    value = connection.execute(text(f"SELECT max(rowid) FROM {table}")).scalar()
    return int(value or 0)
