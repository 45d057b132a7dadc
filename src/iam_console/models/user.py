"""Users and their memberships in organizations."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Enum, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow
from .organization import Organization


class UserStatus(enum.StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    DEACTIVATED = "deactivated"
    ARCHIVED = "archived"
    # permanently deleted: an anonymized tombstone that keeps the id the log refers to
    DELETED = "deleted"


LOCAL_ORIGIN = "local"


class NotificationFrequency(enum.StrEnum):
    """How often a person wants the console's summary emails (their own choice)."""

    NEVER = "never"
    DAILY = "daily"
    WEEKLY = "weekly"


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        # every sortable column carries the id so keyset paging is one index range scan
        Index("ix_users_last_name_id", "last_name", "id"),
        Index("ix_users_first_name_id", "first_name", "id"),
        Index("ix_users_status_id", "status", "id"),
        Index("ix_users_created_at_id", "created_at", "id"),
        Index("ix_users_last_sign_in_at_id", "last_sign_in_at", "id"),
        Index("ix_users_locked_until", "locked_until"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[UserStatus] = mapped_column(
        Enum(UserStatus, native_enum=False, length=16,
             values_callable=lambda e: [m.value for m in e]),
        default=UserStatus.ACTIVE,
    )
    origin: Mapped[str] = mapped_column(String(100), default=LOCAL_ORIGIN)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_activity_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    notification_frequency: Mapped[NotificationFrequency] = mapped_column(
        Enum(NotificationFrequency, native_enum=False, length=16,
             values_callable=lambda e: [m.value for m in e]),
        default=NotificationFrequency.NEVER, server_default=NotificationFrequency.NEVER.value,
    )
    # credentials: lockout after repeated failures, a forced change, two-factor (TOTP)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lockouts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       server_default="0")
    totp_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    status_changed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Membership(Base):
    __tablename__ = "memberships"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="memberships")
    organization: Mapped[Organization] = relationship()
