"""What every CSV import shares (users, organizations): the fields a file's columns map to, the
mapping's check, a problem at a row and field, the dry run's answer and the import's report."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.texts import say

from . import policy
from .actor import Actor
from .authority import Authority
from .changes import Changes
from .csv_reading import CsvTable
from .errors import ValidationError
from .tokens import IssuedToken
from .uow import UnitOfWork, shared_correlation

MAPPING = "mapping"  # the field a mapping problem is shown at
BATCH = 500

Progress = Callable[[int, int], bool]
Row = TypeVar("Row")


@dataclass(frozen=True)
class ImportField:
    title: str
    required: bool
    other_names: tuple[str, ...] = ()  # other names a column may have (matched when guessing)


Fields = Mapping[str, ImportField]


def synonyms(fields: Fields) -> dict[str, tuple[str, ...]]:
    return {name: f.other_names for name, f in fields.items()}


@dataclass(frozen=True)
class RowProblem:
    line: int
    field: str  # a field's key
    value: str
    message: str


@dataclass(frozen=True)
class ImportCheck(Generic[Row]):
    """A dry run's answer: the rows ready to import (in the order they will be written) and
    every problem found."""

    file_name: str
    rows: int
    ready: tuple[Row, ...]
    problems: tuple[RowProblem, ...]

    @property
    def lines_with_problems(self) -> int:
        return len({p.line for p in self.problems})


@dataclass(frozen=True)
class ImportResult:
    correlation_id: str
    file_name: str
    imported: tuple[str, ...]  # usernames or organization names
    failed: tuple[RowProblem, ...]  # rows refused at import time (someone was quicker)
    not_reached: int
    issued: tuple[IssuedToken, ...] = ()
    changes: Changes = field(default_factory=Changes)

    @property
    def cancelled(self) -> bool:
        return self.not_reached > 0


def check_mapping(table: CsvTable, mapping: Mapping[str, str], fields: Fields,
                  noun: str) -> None:
    """Every required field needs a column; a column serves one field."""
    used = [c for c in mapping.values() if c]
    if not used:
        raise ValidationError({MAPPING: say("None of the file's columns ({0}) is mapped to {1} "
                                            "field; choose a column for each field.",
                                            ", ".join(table.headers[:8]), noun)})
    missing = [f.title for name, f in fields.items() if f.required and not mapping.get(name)]
    if missing:
        raise ValidationError({MAPPING: say("Choose the column that holds: {0}.",
                                            ", ".join(missing))})
    unknown = [c for c in used if c not in table.headers]
    if unknown:
        raise ValidationError({MAPPING: say("The file has no column “{0}”.", unknown[0])})
    if len(set(used)) != len(used):
        raise ValidationError({MAPPING: say("One column is chosen for two fields.")})


class Cells:
    """A row's cell by field name ("" for a field the file does not have)."""

    def __init__(self, table: CsvTable, mapping: Mapping[str, str]):
        self.column = {name: table.headers.index(col) for name, col in mapping.items() if col}

    def __call__(self, row: tuple[str, ...], name: str) -> str:
        return row[self.column[name]] if name in self.column else ""

    def reporter(self, row: tuple[str, ...], line: int,
                 found: list[RowProblem]) -> Callable[[str, str], None]:
        """problem(field, message): one problem of ``row`` (with its cell) added to ``found``."""
        def problem(name: str, message: str) -> None:
            found.append(RowProblem(line, name, self(row, name), message))

        return problem


def split_list(cell: str) -> list[str]:
    """A cell holding several entries separated by "|" (as the exports write them)."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def taken(session: Session, column: Any, values: Sequence[str]) -> set[str]:
    """Which of ``values`` the (unique) ``column`` holds already, asked in chunks."""
    found: set[str] = set()
    for start in range(0, len(values), BATCH):
        found.update(session.scalars(select(column).where(
            column.in_(values[start:start + BATCH]))))
    return found


@dataclass
class Written:
    """What one batch wrote: (name, id) of each new record, the rows refused at write time and
    any activation links issued."""

    done: list[tuple[str, int]] = field(default_factory=list)
    lost: list[RowProblem] = field(default_factory=list)
    issued: list[IssuedToken] = field(default_factory=list)


@dataclass(frozen=True)
class ImportRights:
    """The permission an import of ``entity_type`` records needs (logged "<entity>.import")."""

    entity_type: str
    permission: str

    @property
    def action(self) -> str:
        return f"{self.entity_type}.import"

    def require(self, uow: UnitOfWork, actor: Actor, file_name: str) -> Authority:
        """The importer's right (asked by the dry run and again each batch: it may change);
        logged if refused."""
        return policy.require(uow.session, actor.user_id, self.permission, action=self.action,
                              entity_type=self.entity_type, entity_name=file_name)


@dataclass(frozen=True)
class Importer(Generic[Row]):
    """How one kind of record is imported: its area, its rights, and how a batch of checked
    rows is written inside a transaction."""

    area: str
    rights: ImportRights
    changes_kind: str  # a ``changes`` kind: USERS, ORGANIZATIONS
    write: Callable[[UnitOfWork, Authority, Sequence[Row]], Written]

    def run(self, database: Database, actor: Actor, check: ImportCheck[Row],
            progress: Progress, batch: int) -> ImportResult:
        """The checked rows, ``batch`` per transaction, under one correlation id; cancel
        (``progress`` answering False) stops between batches."""
        correlation_id = str(uuid.uuid4())
        total = Written()
        rows = check.ready
        reached = 0
        with shared_correlation(correlation_id):
            for start in range(0, len(rows), batch):
                if not progress(reached, len(rows)):
                    break
                chunk = rows[start:start + batch]
                with UnitOfWork(database, actor, self.area) as uow:
                    written = self.write(uow, self.rights.require(uow, actor, check.file_name),
                                         chunk)
                    uow.commit()
                reached += len(chunk)
                total.done.extend(written.done)
                total.lost.extend(written.lost)
                total.issued.extend(written.issued)
            progress(reached, len(rows))
        return ImportResult(correlation_id, check.file_name,
                            tuple(name for name, _id in total.done), tuple(total.lost),
                            len(rows) - reached, tuple(total.issued),
                            Changes.of(self.changes_kind, *(i for _n, i in total.done)))
