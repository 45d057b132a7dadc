"""Keyset (seek) pagination: pages of a sorted server-side query.

Pages continue from a key, never from an OFFSET into the table; a jump into the middle of a long
list finds its key with one scan of (sort key, id) pairs in an index (``seek``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Integer, Select, literal, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from iam_console.texts import say

from .errors import ValidationError

T = TypeVar("T")
U = TypeVar("U")
MAX_PAGE = 500


@dataclass(frozen=True)
class PageRequest:
    """Which page: search text, sort key and direction, and where the previous page ended."""

    search: str = ""
    sort: str = ""
    descending: bool = False
    after: tuple[Any, int] | None = None
    limit: int = 200
    skip: int = 0  # rows to pass over after ``after`` (a jump into the middle of a long list)
    view: str = ""  # a named subset a list offers (the users' "Locked", "Archived", ...)


@dataclass(frozen=True)
class Page(Generic[T]):
    """Rows of one page; ``after`` continues after its last row, None when this was the last.

    ``first`` and ``last`` are the sort keys of the first and last rows (None when empty): a
    windowed view continues from either end of any page it holds, in either direction.
    """

    rows: Sequence[T]
    after: tuple[Any, int] | None
    first: tuple[Any, int] | None = None
    last: tuple[Any, int] | None = None

    def map(self, convert: Callable[[Any], U]) -> Page[U]:
        """The same page with each row converted (database rows to the rows a view shows)."""
        return Page([convert(row) for row in self.rows], self.after, self.first, self.last)


def sort_column(sortable: Mapping[str, ColumnElement[Any]], request: PageRequest,
                default: str) -> ColumnElement[Any]:
    key = request.sort or default
    if key not in sortable:
        raise ValidationError({"sort": say("Cannot sort by {0!r}.", key)})
    return sortable[key]


Column = ColumnElement[Any] | InstrumentedAttribute[Any]


def _ordered(stmt: Select[Any], column: Column, id_column: Column,
             request: PageRequest) -> Select[Any]:
    if request.after is not None:
        key = tuple_(column, id_column)
        value, last_id = request.after
        seek = tuple_(literal(value, type_=column.type), literal(last_id, type_=Integer()))
        stmt = stmt.where(key < seek if request.descending else key > seek)
    if request.descending:
        stmt = stmt.order_by(column.desc(), id_column.desc())
    else:
        stmt = stmt.order_by(column.asc(), id_column.asc())
    return stmt


def apply_keyset(stmt: Select[Any], column: Column, id_column: Column,
                 request: PageRequest) -> Select[Any]:
    """Order by (column, id) and seek past ``request.after``; fetch one extra row to see more."""
    limit = max(1, min(request.limit, MAX_PAGE))
    return _ordered(stmt, column, id_column, request).limit(limit + 1)


def seek(session: Session, stmt: Select[Any], column: Column, id_column: Column,
         request: PageRequest) -> PageRequest | None:
    """Turn ``request.skip`` into a keyset position: the request continues after the key of the
    row just before the wanted page, found by reading only (sort key, id) pairs, which an index
    on (column, id) answers without touching the table. None when the list is shorter."""
    if request.skip <= 0:
        return request
    keys = _ordered(stmt.with_only_columns(column, id_column), column, id_column, request)
    found = session.execute(keys.offset(request.skip - 1).limit(1)).first()
    if found is None:
        return None
    return replace(request, after=(found[0], found[1]), skip=0)


def make_page(rows: Sequence[T], request: PageRequest,
              key_of: Any) -> Page[T]:
    """Cut the extra row off and compute where the next page starts."""
    limit = max(1, min(request.limit, MAX_PAGE))
    kept = rows[:limit]
    if not kept:
        return Page(kept, None)
    first, last = key_of(kept[0]), key_of(kept[-1])
    return Page(kept, last if len(rows) > limit else None, first, last)


def read_page(session: Session, stmt: Select[Any], column: Column, id_column: Column,
              request: PageRequest) -> Page[Any]:
    """One page of ``stmt`` (which selects ``column`` labelled ``sort_key`` and an ``id``)."""
    positioned = seek(session, stmt, column, id_column, request)
    if positioned is None:
        return Page([], None)
    rows = session.execute(apply_keyset(stmt, column, id_column, positioned)).all()
    return make_page(rows, positioned, lambda r: (r.sort_key, r.id))
