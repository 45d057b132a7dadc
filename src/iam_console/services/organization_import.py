"""Importing organizations from a CSV file: name, kind, description, parent and locations.

The dry run checks every row by the editor's rules (name, kind, descriptions and location
names; a name already in the directory or twice in the file), finds each parent in the
directory or in the file itself, puts parents before their sub-organizations, refuses circles,
and asks the importer's right to create each organization where it goes ("Manage
organizations" in its parent, or in the whole directory for a top-level one; under a parent
that the file creates, the right must reach that new organization, i.e. come from the whole
directory or from an ancestor's grant that includes sub-organizations). The import then
creates the rows through the editor's own create, a batch per transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import Organization, OrganizationKind
from iam_console.texts import say

from . import organizations, policy, validation
from .actor import Actor
from .authority import Authority, OrganizationTree
from .changes import ORGANIZATIONS
from .csv_import import (
    BATCH,
    Cells,
    ImportCheck,
    Importer,
    ImportField,
    ImportResult,
    ImportRights,
    Progress,
    RowProblem,
    Written,
    check_mapping,
    split_list,
    synonyms,
    taken,
)
from .csv_reading import CsvTable
from .organizations import LocationInput, OrganizationInput
from .permissions import MANAGE_ORGANIZATIONS
from .uow import UnitOfWork

AREA = organizations.AREA
NOUN = "an organization"
RIGHTS = ImportRights(organizations.ENTITY, MANAGE_ORGANIZATIONS)

FIELDS: dict[str, ImportField] = {
    "name": ImportField("Name", True, ("organization", "organisation", "organization name",
                                       "organisation name", "org")),
    "kind": ImportField("Kind", False, ("type", "internal or external")),
    "description": ImportField("Description", False, ("about", "notes")),
    "parent": ImportField("Parent", False, ("parent organization", "parent organisation",
                                            "part of", "under")),
    "locations": ImportField("Locations", False, ("location", "sites", "offices")),
}
SYNONYMS = synonyms(FIELDS)


@dataclass(frozen=True)
class ReadyOrganization:
    line: int
    name: str
    kind: str
    description: str
    parent: str  # its name ("" for a top-level organization)
    locations: tuple[str, ...]
    parent_in_file: bool = False  # the parent is another row, created by this import


@dataclass(frozen=True)
class _Row:
    line: int
    name: str
    key: str
    kind: str  # as written ("" = the parent's kind)
    description: str
    parent: str
    locations: tuple[str, ...]


class _Places:
    """Where each row goes (an organization in the directory, another row, or the top) and
    the importer's right to create there, each decided once."""

    def __init__(self, session: Session, authority: Authority, existing: Mapping[str, Organization],
                 rows: Mapping[str, _Row]):
        self.session, self.existing, self.rows = session, existing, rows
        # rows of the file as organizations to be: id -line, under their parent
        virtual: dict[int, int | None] = {}
        for row in rows.values():
            parent = self._parent(row)
            virtual[-row.line] = (parent.id if isinstance(parent, Organization) else
                                  -parent.line if isinstance(parent, _Row) else None)
        self.authority = dataclasses.replace(
            authority, tree=OrganizationTree({**authority.tree.parents, **virtual}))
        self._decisions: dict[int | None, str] = {}

    def _parent(self, row: _Row) -> Organization | _Row | None:
        key = validation.name_key(row.parent)
        if not key or key == row.key:
            return None
        return self.rows.get(key) or self.existing.get(key)

    def circles(self) -> dict[int, list[_Row]]:
        """Line -> the rows of the circle it is part of (A under B under A)."""
        done: set[int] = set()
        found: dict[int, list[_Row]] = {}
        for start in self.rows.values():
            path: list[_Row] = []
            at: dict[int, int] = {}  # line -> its place in path
            current: Organization | _Row | None = start
            while isinstance(current, _Row) and current.line not in done \
                    and current.line not in at:
                at[current.line] = len(path)
                path.append(current)
                current = self._parent(current)
            if isinstance(current, _Row) and current.line in at:
                circle = path[at[current.line]:]
                found.update((r.line, circle) for r in circle)
            done.update(at)
        return found

    def parent_in_file(self, row: _Row) -> bool:
        return isinstance(self._parent(row), _Row)

    def kind(self, row: _Row) -> str:
        """The kind written, else the parent's (followed up the file), else internal."""
        seen: set[int] = set()
        current: Organization | _Row | None = row
        while isinstance(current, _Row) and current.line not in seen:
            seen.add(current.line)
            if current.kind:
                return current.kind
            current = self._parent(current)
        if isinstance(current, Organization):
            return current.kind.value
        return OrganizationKind.INTERNAL.value

    def refusal(self, row: _Row) -> str:
        parent = self._parent(row)
        if isinstance(parent, _Row):
            place = policy.Place(-parent.line, say("“{0}” (new, line {1})",
                                                   parent.name, parent.line))
        elif isinstance(parent, Organization):
            place = policy.Place(parent.id, parent.name)
        else:
            place = policy.Place(None, "")
        if place.organization_id not in self._decisions:
            decision = policy.decide_in_organization(self.authority, MANAGE_ORGANIZATIONS, place)
            self._decisions[place.organization_id] = "" if decision.allowed else decision.reason
        return self._decisions[place.organization_id]

    def order(self, ready: Sequence[_Row]) -> list[_Row]:
        """Parents before their sub-organizations, otherwise the file's order."""
        waiting = {row.line for row in ready}
        ordered: list[_Row] = []
        for row in ready:
            chain: list[_Row] = []  # this row and its parents from the file not yet placed
            current: Organization | _Row | None = row
            while isinstance(current, _Row) and current.line in waiting:
                waiting.discard(current.line)
                chain.append(current)
                current = self._parent(current)
            ordered.extend(reversed(chain))
        return ordered


def _kind(value: str) -> str:
    """"Internal"/"external" in any case; anything else is kept for the editor's message."""
    cleaned = value.strip()
    return cleaned.lower() if cleaned.lower() in {k.value for k in OrganizationKind} else cleaned


def check_organizations(database: Database, actor: Actor, table: CsvTable,
                        mapping: Mapping[str, str], progress: Progress = lambda _d, _t: True
                        ) -> ImportCheck[ReadyOrganization] | None:
    """The dry run: every row checked, nothing written; None when cancelled. The ready rows
    come parents first."""
    check_mapping(table, mapping, FIELDS, NOUN)
    cell = Cells(table, mapping)
    problems: list[RowProblem] = []
    with UnitOfWork(database, actor, AREA) as uow:
        authority = RIGHTS.require(uow, actor, table.name)
        existing = {o.name_key: o for o in uow.session.scalars(select(Organization))}
        rows: dict[str, _Row] = {}  # name key -> its first row
        checked: list[tuple[_Row, list[RowProblem]]] = []
        for number, (values, line) in enumerate(zip(table.rows, table.lines, strict=True)):
            if number % 1000 == 0 and not progress(number, 2 * len(table.rows)):
                return None
            found: list[RowProblem] = []
            problem = cell.reporter(values, line, found)

            errors = validation.FieldErrors()
            kind = _kind(cell(values, "kind"))
            locations = tuple(split_list(cell(values, "locations")))
            name, description, _k, location_names = organizations.check_fields(
                errors, OrganizationInput(
                    cell(values, "name"), cell(values, "description"),
                    kind=kind or OrganizationKind.INTERNAL.value,
                    locations=tuple(LocationInput(n) for n in locations)))
            for field_name, message in errors.items():
                problem(field_name, message)
            key = validation.name_key(name)
            if name and "name" not in errors:
                if key in existing:
                    problem("name", say("An organization named “{0}” exists already (names are "
                                        "compared without regard to case).", existing[key].name))
                elif key in rows:
                    problem("name", say("The organization “{0}” is on line {1} as well.",
                                        name, rows[key].line))
            row = _Row(line, name, key, kind, description,
                       " ".join(cell(values, "parent").split()), tuple(location_names))
            if name and key not in rows and key not in existing:
                rows[key] = row
            checked.append((row, found))
        places = _Places(uow.session, authority, existing, rows)
        circles = places.circles()
        ready: list[_Row] = []
        for number, (row, found) in enumerate(checked):
            if number % 1000 == 0 and not progress(len(checked) + number, 2 * len(checked)):
                return None
            parent_key = validation.name_key(row.parent)
            if parent_key and parent_key == row.key:
                found.append(RowProblem(row.line, "parent", row.parent,
                                        say("An organization cannot be its own parent.")))
            elif parent_key and parent_key not in rows and parent_key not in existing:
                found.append(RowProblem(row.line, "parent", row.parent,
                                        say("There is no organization “{0}” in the directory "
                                            "or in this file.", row.parent)))
            elif rows.get(row.key) is row and (circle := circles.get(row.line)):
                found.append(RowProblem(row.line, "parent", row.parent,
                                        say("These rows are each other's parents (a circle): "
                                            "{0}.", ", ".join(say("“{0}” (line {1})", r.name,
                                                                  r.line) for r in circle))))
            elif not found and (refusal := places.refusal(row)):
                found.append(RowProblem(row.line, "parent", row.parent, refusal))
            if found:
                problems.extend(found)
            else:
                ready.append(row)
        ordered = [ReadyOrganization(r.line, r.name, places.kind(r), r.description, r.parent,
                                     r.locations, places.parent_in_file(r))
                   for r in places.order(ready)]
    progress(len(table.rows), len(table.rows))
    return ImportCheck(table.name, len(table.rows), tuple(ordered),
                       tuple(sorted(problems, key=lambda p: p.line)))


def import_organizations(database: Database, actor: Actor,
                         check: ImportCheck[ReadyOrganization],
                         progress: Progress = lambda _d, _t: True, *,
                         batch: int = BATCH) -> ImportResult:
    """Create the checked rows (parents first), ``batch`` rows per transaction, under one
    correlation id, each through the editor's create (its rules, its right, its log event). A
    row whose name was taken since the dry run, or whose parent is gone or was not imported, is
    reported, not written. Cancel stops between batches."""
    created: dict[str, int] = {}  # name key -> id of the organizations this import created

    def write(uow: UnitOfWork, authority: Authority,
              chunk: Sequence[ReadyOrganization]) -> Written:
        written = _write_batch(uow, authority, check.file_name, chunk, created)
        created.update((validation.name_key(name), org_id) for name, org_id in written.done)
        return written

    return Importer(AREA, RIGHTS, ORGANIZATIONS, write).run(database, actor, check, progress,
                                                            batch)


def _write_batch(uow: UnitOfWork, authority: Authority, file_name: str,
                 chunk: Sequence[ReadyOrganization], created: Mapping[str, int]) -> Written:
    session = uow.session
    keys = [validation.name_key(r.name) for r in chunk]
    names_taken = taken(session, Organization.name_key, keys)
    outside = sorted({validation.name_key(r.parent) for r in chunk
                      if r.parent and not r.parent_in_file})
    parent_ids: dict[str, int] = {}  # parents in the directory, then those created here
    for start in range(0, len(outside), BATCH):
        parent_ids.update(session.execute(select(Organization.name_key, Organization.id).where(
            Organization.name_key.in_(outside[start:start + BATCH]))).tuples().all())
    made = dict(created)
    done: list[tuple[str, int]] = []
    lost: list[RowProblem] = []
    events: list[dict[str, Any]] = []
    # the authority was read before this batch's organizations existed: a grant that includes
    # sub-organizations must reach the ones created here (as a fresh read would)
    tree = dict(authority.tree.parents)
    authority = dataclasses.replace(authority, tree=OrganizationTree(tree))
    for row, key in zip(chunk, keys, strict=True):
        parent_key = validation.name_key(row.parent)
        parent_id = (made if row.parent_in_file else parent_ids).get(parent_key)
        if key in names_taken:
            lost.append(RowProblem(row.line, "name", row.name, say("Taken since the check: "
                                                                   "another organization now "
                                                                   "has this name.")))
        elif row.parent and parent_id is None:
            lost.append(RowProblem(row.line, "parent", row.parent, (
                say("Its parent “{0}” from this file was not imported.", row.parent) if
                row.parent_in_file else
                say("Its parent “{0}” no longer exists.", row.parent))))
        else:
            org, event = organizations.create_in(uow, authority, OrganizationInput(
                row.name, row.description, kind=row.kind, parent_id=parent_id,
                locations=tuple(LocationInput(n) for n in row.locations)),
                reason=say("Imported from {0}, line {1}", file_name, row.line))
            made[key] = org.id  # a sub-organization later in the file finds it
            tree[org.id] = parent_id
            done.append((org.name, org.id))
            events.append(event)
    if events:
        uow.record_many(events)
    return Written(done, lost)
