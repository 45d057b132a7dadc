"""Sanctions lists imported from files (the UN Security Council Consolidated List and lists
in its shape), their entries, and the possible matches screening found among the users.

A possible match is keyed by (user, list, the entry's DATAID), not by the entry row: a new
edition of a list replaces its entries, and an administrator's decision (cleared, confirmed)
stays with the person and the listed entry it was about.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow

OPEN, CLEARED, CONFIRMED = "open", "cleared", "confirmed"


class SanctionsList(Base):
    __tablename__ = "sanctions_lists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    file_name: Mapped[str] = mapped_column(String(300))
    generated: Mapped[str] = mapped_column(String(40), default="")
    entries: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class SanctionsEntry(Base):
    __tablename__ = "sanctions_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("sanctions_lists.id", ondelete="CASCADE"),
                                         index=True)
    data_id: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))  # individual or entity
    name: Mapped[str] = mapped_column(String(500))
    reference: Mapped[str] = mapped_column(String(60), default="")
    names: Mapped[str] = mapped_column(Text)  # JSON: the name, aliases, original script
    details: Mapped[str] = mapped_column(Text)  # JSON: what the list says about the entry


class ScreeningMatch(Base):
    __tablename__ = "screening_matches"
    __table_args__ = (UniqueConstraint("user_id", "list_name", "data_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    list_name: Mapped[str] = mapped_column(String(200))
    data_id: Mapped[str] = mapped_column(String(40))
    entry_name: Mapped[str] = mapped_column(String(500))
    matched_name: Mapped[str] = mapped_column(String(500))
    score: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=OPEN, index=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
