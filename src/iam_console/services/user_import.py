"""Importing users from a CSV file: a dry run checks every row by the editor's rules (names,
email, duplicates in the file and in the database, organizations and roles that exist, the
importer's rights) and reports each problem at its row and field; the import then writes the
rows in batches (each batch one transaction, so a cancel leaves whole rows only). No
passwords: every imported user is pending and gets an activation link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from iam_console.auth import secret_tokens
from iam_console.db.engine import Database
from iam_console.models import (
    Location,
    Membership,
    Organization,
    Role,
    RoleAssignment,
    TokenKind,
    User,
    UserStatus,
    UserToken,
    utcnow,
)
from iam_console.texts import say

from . import installation_settings, policy, validation
from .actor import Actor
from .authority import Authority
from .changes import USERS
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
from .installation_settings import AccountSettings
from .permissions import ASSIGN_ROLES, MANAGE_USERS
from .tokens import IssuedToken
from .uow import UnitOfWork

AREA = "users"
NOUN = "a user"
RIGHTS = ImportRights("user", MANAGE_USERS)

FIELDS: dict[str, ImportField] = {
    "username": ImportField("Username", True, ("user", "login", "user name", "account",
                                               "userid")),
    "first_name": ImportField(say("First name"), True, ("first", "given name", "givenname",
                                                   "forename")),
    "last_name": ImportField(say("Last name"), True, ("last", "surname", "family name",
                                                 "familyname")),
    "email": ImportField("Email", True, ("e-mail", "mail", "email address")),
    "phone": ImportField("Phone", False, ("telephone", "mobile", "tel", "phone number")),
    "organizations": ImportField("Organizations", False, ("organization", "organisation",
                                                          "org", "department")),
    "roles": ImportField("Roles", False, ("role",)),
}
SYNONYMS = synonyms(FIELDS)


@dataclass(frozen=True)
class ReadyRow:
    line: int
    username: str
    first_name: str
    last_name: str
    email: str
    phone: str | None
    organization_ids: tuple[int, ...]
    assignments: tuple[tuple[int, int, int | None], ...]  # role, organization, location
    organization_names: tuple[str, ...]
    assignment_labels: tuple[str, ...]


class _Directory:
    """Organizations, locations and roles by name, and the importer's rights, asked once."""

    def __init__(self, session: Session, authority: Authority):
        self.session, self.authority = session, authority
        self.orgs = {o.name_key: o for o in session.scalars(select(Organization))}
        self.roles = {r.name_key: r for r in session.scalars(select(Role))}
        self.locations = {(loc.organization_id, loc.name_key): loc
                          for loc in session.scalars(select(Location))}
        self._decisions: dict[Any, str] = {}

    def organization_refusal(self, org: Organization | None) -> str:
        key = ("org", org.id if org else None)
        if key not in self._decisions:
            place = (policy.place_of(self.session, org.id) if org else policy.Place(None, ""))
            decision = policy.decide_in_organization(self.authority, MANAGE_USERS, place)
            self._decisions[key] = "" if decision.allowed else decision.reason
        return self._decisions[key]

    def assignment_refusal(self, role: Role, org: Organization, location: Location | None) -> str:
        key = ("role", role.id, org.id, location.id if location else None)
        if key not in self._decisions:
            decision = policy.decide_assignment(
                self.authority, ASSIGN_ROLES, policy.load_role_target(role),
                policy.place_of(self.session, org.id, location.id if location else None))
            self._decisions[key] = "" if decision.allowed else decision.reason
        return self._decisions[key]


def _organizations(directory: _Directory, cell: str,
                   problem: Callable[[str, str], None]) -> list[Organization]:
    found: list[Organization] = []
    for name in split_list(cell):
        org = directory.orgs.get(validation.name_key(name))
        if org is None:
            problem("organizations", say("There is no organization “{0}”.", name))
        elif org not in found:
            found.append(org)
    return found


def _assignments(directory: _Directory, cell: str, problem: Callable[[str, str], None]
                 ) -> list[tuple[Role, Organization, Location | None]]:
    found: list[tuple[Role, Organization, Location | None]] = []
    for label in split_list(cell):
        role_name, _at, where = label.partition("@")
        org_name, _slash, location_name = where.partition("/")
        role = directory.roles.get(validation.name_key(role_name.strip()))
        org = directory.orgs.get(validation.name_key(org_name.strip()))
        if not where.strip():
            problem("roles", say("“{0}” says no organization; write it as “Role @ "
                                 "Organization” (or “@ Organization / Location”).", label))
        elif role is None:
            problem("roles", say("There is no role “{0}”.", role_name.strip()))
        elif org is None:
            problem("roles", say("There is no organization “{0}”.", org_name.strip()))
        elif not role.active:
            problem("roles", say("The role “{0}” is inactive and cannot be assigned.", role.name))
        elif role.organization_kind and role.organization_kind != org.kind:
            problem("roles", say("“{0}” can only be assigned in {1} organizations; “{2}” is "
                                 "{3}.", role.name, role.organization_kind, org.name, org.kind))
        else:
            location = None
            if location_name.strip():
                location = directory.locations.get(
                    (org.id, validation.name_key(location_name.strip())))
                if location is None:
                    problem("roles", say("“{0}” has no location “{1}”.",
                                         org.name, location_name.strip()))
                    continue
            found.append((role, org, location))
    return found


def check_users(database: Database, actor: Actor, table: CsvTable, mapping: Mapping[str, str],
                progress: Progress = lambda _d, _t: True) -> ImportCheck[ReadyRow] | None:
    """The dry run: every row checked, nothing written; None when cancelled."""
    check_mapping(table, mapping, FIELDS, NOUN)
    cell = Cells(table, mapping)

    problems: list[RowProblem] = []
    ready: list[ReadyRow] = []
    with UnitOfWork(database, actor, AREA) as uow:
        authority = RIGHTS.require(uow, actor, table.name)
        directory = _Directory(uow.session, authority)
        usernames = [cell(r, "username").strip().lower() for r in table.rows]
        emails = [cell(r, "email").strip().lower() for r in table.rows]
        taken_names = taken(uow.session, User.username, [u for u in usernames if u])
        taken_emails = taken(uow.session, User.email, [e for e in emails if e])
        first_line: dict[tuple[str, str], int] = {}
        for number, (row, line) in enumerate(zip(table.rows, table.lines, strict=True)):
            if number % 1000 == 0 and not progress(number, len(table.rows)):
                return None
            found: list[RowProblem] = []
            problem = cell.reporter(row, line, found)

            errors = validation.FieldErrors()
            username, first, last, email = validation.person(
                errors, cell(row, "username"), cell(row, "first_name"), cell(row, "last_name"),
                cell(row, "email"))
            phone = validation.phone(errors, "phone", cell(row, "phone"))
            for name, message in errors.items():
                problem(name, message)
            for name, value, holders, what in (("username", username, taken_names, "username"),
                                             ("email", email, taken_emails, "email")):
                if not value or name in errors:
                    continue
                if value in holders:
                    problem(name, say("A user with the {0} “{1}” exists already.", what, value))
                elif (name, value) in first_line:
                    problem(name, say("The {0} “{1}” is on line {2} as well.",
                                      what, value, first_line[(name, value)]))
                else:
                    first_line[(name, value)] = line
            orgs = _organizations(directory, cell(row, "organizations"), problem)
            grants = _assignments(directory, cell(row, "roles"), problem)
            places = list(dict.fromkeys([*orgs, *(org for _r, org, _l in grants)]))
            targets: list[Organization | None] = [*places] or [None]
            for org in targets:
                refusal = directory.organization_refusal(org)
                if refusal:
                    problem("organizations", refusal)
            for role, org, location in grants:
                refusal = directory.assignment_refusal(role, org, location)
                if refusal:
                    problem("roles", refusal)
            if found:
                problems.extend(found)
                continue
            ready.append(ReadyRow(
                line, username, first, last, email, phone, tuple(o.id for o in places),
                tuple((r.id, o.id, loc.id if loc else None) for r, o, loc in grants),
                tuple(o.name for o in places),
                tuple(f"{r.name} @ {o.name}" + (f" / {loc.name}" if loc else "")
                      for r, o, loc in grants)))
    progress(len(table.rows), len(table.rows))
    return ImportCheck(table.name, len(table.rows), tuple(ready), tuple(problems))


def import_users(database: Database, actor: Actor, check: ImportCheck[ReadyRow],
                 progress: Progress = lambda _d, _t: True, *, batch: int = BATCH,
                 clock: Callable[[], dt.datetime] = utcnow) -> ImportResult:
    """Write the checked rows, ``batch`` rows per transaction, under one correlation id: each
    user pending, with an activation link and one "user.create" event. A row whose username
    or email was taken since the dry run is reported, not written. Cancel stops between
    batches."""
    def write(uow: UnitOfWork, _authority: Authority, chunk: Sequence[ReadyRow]) -> Written:
        return _write_batch(uow, actor, check.file_name, chunk, clock())

    return Importer(AREA, RIGHTS, USERS, write).run(
        database, actor, check, progress, batch)


def _write_batch(uow: UnitOfWork, actor: Actor, file_name: str, chunk: Sequence[ReadyRow],
                 now: dt.datetime) -> Written:
    session = uow.session
    taken_names = taken(session, User.username, [r.username for r in chunk])
    taken_emails = taken(session, User.email, [r.email for r in chunk])
    rules = installation_settings.load(session, AccountSettings)
    lost: list[RowProblem] = []
    rows: list[ReadyRow] = []
    for row in chunk:
        if row.username in taken_names or row.email in taken_emails:
            which = "username" if row.username in taken_names else "email"
            lost.append(RowProblem(row.line, which, getattr(row, which),
                                   say("Taken since the check: another user now has this {0}.",
                                       which)))
        else:
            rows.append(row)
    if not rows:
        return Written(lost=lost)
    # bulk statements (a few round trips per table and batch); the ids by the unique usernames
    session.execute(insert(User), [
        {"username": r.username, "first_name": r.first_name, "last_name": r.last_name,
         "email": r.email, "phone": r.phone, "status": UserStatus.PENDING,
         "created_at": now, "updated_at": now} for r in rows])
    id_of = dict(session.execute(select(User.username, User.id).where(
        User.username.in_([r.username for r in rows]))).tuples().all())
    user_ids = [id_of[r.username] for r in rows]
    placed = list(zip(rows, user_ids, strict=True))
    memberships = [{"user_id": uid, "organization_id": org}
                   for row, uid in placed for org in row.organization_ids]
    if memberships:
        session.execute(insert(Membership), memberships)
    assignments = [{"user_id": uid, "role_id": role, "organization_id": org,
                    "location_id": location}
                   for row, uid in placed for role, org, location in row.assignments]
    if assignments:
        session.execute(insert(RoleAssignment), assignments)
    expires = now + dt.timedelta(hours=rules.activation_hours)
    issued: list[IssuedToken] = []
    token_rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for row, user_id in placed:
        secret = secret_tokens.new_token()
        token_rows.append({"user_id": user_id, "kind": TokenKind.ACTIVATION,
                           "digest": secret_tokens.digest(secret), "label": "",
                           "created_at": now, "created_by_id": actor.user_id,
                           "expires_at": expires})
        name = f"{row.first_name} {row.last_name}"
        issued.append(IssuedToken(0, TokenKind.ACTIVATION, user_id, name, row.email, secret,
                                  secret_tokens.link_for(rules.activation_link, secret),
                                  expires))
        events.append({"action": "user.create", "entity_type": "user", "entity_id": user_id,
                       "entity_name": name,
                       "scope_organization_id": row.organization_ids[0]
                       if row.organization_ids else None,
                       "reason": say("Imported from {0}, line {1}", file_name, row.line),
                       "changes": {"username": (None, row.username),
                                   "first_name": (None, row.first_name),
                                   "last_name": (None, row.last_name),
                                   "email": (None, row.email), "phone": (None, row.phone),
                                   "status": (None, UserStatus.PENDING.value),
                                   "organizations": (None, frozenset(row.organization_names)),
                                   "assignments": (None, frozenset(row.assignment_labels)),
                                   "token_state": (None, "issued")}})
    session.execute(insert(UserToken), token_rows)
    uow.record_many(events)
    return Written([(row.username, uid) for row, uid in placed], lost, issued)

