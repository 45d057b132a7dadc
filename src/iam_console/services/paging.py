"""Keyset (seek) pagination: pages of a sorted server-side query, never OFFSET."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, literal, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from .errors import ValidationError

T = TypeVar("T")
MAX_PAGE = 500


@dataclass(frozen=True)
class PageRequest:
    """Which page: search text, sort key and direction, and where the previous page ended."""

    search: str = ""
    sort: str = ""
    descending: bool = False
    after: tuple[Any, int] | None = None
    limit: int = 200


@dataclass(frozen=True)
class Page(Generic[T]):
    """Rows of one page; ``after`` continues after its last row, None when this was the last."""

    rows: Sequence[T]
    after: tuple[Any, int] | None


def sort_column(sortable: Mapping[str, ColumnElement[Any]], request: PageRequest,
                default: str) -> ColumnElement[Any]:
    key = request.sort or default
    if key not in sortable:
        raise ValidationError({"sort": f"Cannot sort by {key!r}."})
    return sortable[key]


Column = ColumnElement[Any] | InstrumentedAttribute[Any]


def apply_keyset(stmt: Select[Any], column: Column, id_column: Column,
                 request: PageRequest) -> Select[Any]:
    """Order by (column, id) and seek past ``request.after``; fetch one extra row to see more."""
    if request.after is not None:
        key = tuple_(column, id_column)
        value, last_id = request.after
        seek = tuple_(literal(value, type_=column.type), literal(last_id, type_=Integer()))
        stmt = stmt.where(key < seek if request.descending else key > seek)
    if request.descending:
        stmt = stmt.order_by(column.desc(), id_column.desc())
    else:
        stmt = stmt.order_by(column.asc(), id_column.asc())
    return stmt.limit(max(1, min(request.limit, MAX_PAGE)) + 1)


def make_page(rows: Sequence[T], request: PageRequest,
              key_of: Any) -> Page[T]:
    """Cut the extra row off and compute where the next page starts."""
    limit = max(1, min(request.limit, MAX_PAGE))
    if len(rows) > limit:
        kept = rows[:limit]
        return Page(kept, key_of(kept[-1]))
    return Page(rows, None)
