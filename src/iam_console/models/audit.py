"""The administration log: one append-only event per change, sign-in or denied action.

Events form a hash chain: each stores SHA-256 over the previous event's hash and its own
canonical content (``chain_hash``), so a changed, removed or inserted event is found by
walking the chain. The canonical form below is version 1 and must never change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_events"
    # the log is read newest first within a time window, filtered by who, what or where
    __table_args__ = (
        Index("ix_audit_events_occurred_at_id", "occurred_at", "id"),
        Index("ix_audit_events_actor_time", "actor_id", "occurred_at", "id"),
        Index("ix_audit_events_action_time", "action", "occurred_at", "id"),
        Index("ix_audit_events_target_time", "entity_type", "entity_id", "occurred_at"),
        Index("ix_audit_events_scope_time", "scope_organization_id", "occurred_at"),
        Index("ix_audit_events_outcome_time", "outcome", "occurred_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    correlation_id: Mapped[str] = mapped_column(String(36))
    # actor and target are copied, not foreign keys: the log outlives what it describes
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    actor_method: Mapped[str] = mapped_column(String(50), default="")
    workstation: Mapped[str] = mapped_column(String(200), default="")
    console_version: Mapped[str] = mapped_column(String(50), default="")
    action: Mapped[str] = mapped_column(String(100))
    entity_type: Mapped[str] = mapped_column(String(50), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    entity_name: Mapped[str] = mapped_column(String(300), default="")
    scope_organization_id: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(String(50), default="")
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    # JSON: {"field": [before, after]} with secrets already redacted
    changes: Mapped[str] = mapped_column(Text, default="{}")
    # SHA-256 (hex) over the previous event's chain_hash and this event's canonical content
    chain_hash: Mapped[str] = mapped_column(String(64), default="")

    def chain_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in CHAIN_FIELDS}


GENESIS = "0" * 64  # the "previous hash" of the first event ever written
# the settings row that holds where the chain starts (after a purge) and its head
CHAIN_SETTING = "audit.chain"
CHAIN_FIELDS = ("occurred_at", "correlation_id", "actor_id", "actor_name", "actor_method",
                "workstation", "console_version", "action", "entity_type", "entity_id",
                "entity_name", "scope_organization_id", "area", "outcome", "reason", "changes")


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value


def chain_hash(previous: str, values: Mapping[str, Any]) -> str:
    """The hash an event with these values stores when it follows ``previous``."""
    content = json.dumps({name: _canonical(values[name]) for name in CHAIN_FIELDS},
                         sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((previous + content).encode("utf-8")).hexdigest()
