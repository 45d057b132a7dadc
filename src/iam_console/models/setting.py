"""Installation-wide values kept in the database (for example whether it holds demo data)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class DatabaseSetting(Base):
    __tablename__ = "database_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
