"""The administration log: one append-only event per change, sign-in or denied action."""

from __future__ import annotations

import datetime as dt

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
