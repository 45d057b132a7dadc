"""Reading the administration log: newest first, filtered in SQL, a keyset page at a time.

Every read is limited to the organizations where the reader holds "View the administration
log" (a delegated auditor reads their organizations' events, nothing else).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import AuditEvent, Organization
from iam_console.texts import say

from . import policy
from .actor import Actor
from .audit_diff import DiffLine, diff_lines
from .authority import Authority
from .errors import NotFound
from .organization_tree import subtree
from .paging import MAX_PAGE, Page, PageRequest, apply_keyset, make_page
from .permissions import VIEW_AUDIT_LOG
from .uow import UnitOfWork

AREA = "log"
NEWER_AT_MOST = 500  # more new events than this at once: the view starts over instead


@dataclass(frozen=True)
class EventFilter:
    """Which events to show; every part that is set must match."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None
    actor_id: int | None = None
    action: str | None = None
    entity_type: str | None = None
    entity_id: int | None = None
    organization_id: int | None = None  # that organization and every one below it
    outcome: str | None = None
    text: str = ""  # anywhere in who, what, the target, the reason or the changes
    correlation_id: str | None = None  # the events of one operation


@dataclass(frozen=True)
class EventRow:
    """One line of the log table."""

    id: int
    occurred_at: dt.datetime
    actor_name: str
    action: str
    entity_type: str
    entity_id: int | None
    entity_name: str
    organization_name: str
    outcome: str
    reason: str


@dataclass(frozen=True)
class EventDetail:
    """Everything stored about one event, with its changes as readable old -> new lines."""

    id: int
    occurred_at: dt.datetime
    correlation_id: str
    actor_id: int | None
    actor_name: str
    actor_method: str
    workstation: str
    console_version: str
    action: str
    entity_type: str
    entity_id: int | None
    entity_name: str
    organization_id: int | None
    organization_name: str
    area: str
    outcome: str
    reason: str
    changes: tuple[DiffLine, ...]
    raw_changes: str


_ROW_COLUMNS = (AuditEvent.id, AuditEvent.occurred_at, AuditEvent.actor_name,
                AuditEvent.action, AuditEvent.entity_type, AuditEvent.entity_id,
                AuditEvent.entity_name, Organization.name, AuditEvent.outcome,
                AuditEvent.reason)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def conditions(session: Session, authority: Authority, f: EventFilter) -> list[Any]:
    """The SQL conditions for the reader's scope and the filter."""
    found: list[Any] = []
    scope = policy.visible(authority, VIEW_AUDIT_LOG, AuditEvent.scope_organization_id)
    if scope is not None:
        found.append(scope)
    if f.since is not None:
        found.append(AuditEvent.occurred_at >= f.since)
    if f.until is not None:
        found.append(AuditEvent.occurred_at < f.until)
    for column, value in ((AuditEvent.actor_id, f.actor_id), (AuditEvent.action, f.action),
                          (AuditEvent.entity_type, f.entity_type),
                          (AuditEvent.entity_id, f.entity_id),
                          (AuditEvent.outcome, f.outcome),
                          (AuditEvent.correlation_id, f.correlation_id)):
        if value is not None:
            found.append(column == value)
    if f.organization_id is not None:
        found.append(AuditEvent.scope_organization_id.in_(subtree(session, f.organization_id)))
    text = f.text.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        found.append(or_(*(column.ilike(pattern, escape="\\") for column in (
            AuditEvent.actor_name, AuditEvent.action, AuditEvent.entity_name,
            AuditEvent.reason, AuditEvent.changes, AuditEvent.workstation))))
    return found


def _with_organization(stmt: Select[Any]) -> Select[Any]:
    """The event's organization by name (the log keeps its id; the name is today's)."""
    return stmt.outerjoin(Organization, Organization.id == AuditEvent.scope_organization_id)


def _rows(session: Session, authority: Authority, f: EventFilter) -> Select[Any]:
    return _with_organization(select(*_ROW_COLUMNS)).where(*conditions(session, authority, f))


def list_events(database: Database, actor: Actor, event_filter: EventFilter,
                request: PageRequest) -> Page[EventRow]:
    """One page of events, newest first, matching every given part of the filter."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_AUDIT_LOG,
                                   action="audit.list")
        newest_first = PageRequest(descending=True, after=request.after, limit=request.limit)
        stmt = apply_keyset(_rows(uow.session, authority, event_filter),
                            AuditEvent.occurred_at, AuditEvent.id, newest_first)
        events = uow.session.execute(stmt).all()
        page = make_page(events, newest_first, lambda e: (e.occurred_at, e.id))
        return page.map(lambda e: EventRow(*e))


@dataclass(frozen=True)
class NewEvents:
    """Events written after the newest one a view shows, newest first; ``too_many`` when more
    arrived than a view should insert (it starts over instead)."""

    rows: tuple[EventRow, ...]
    too_many: bool


def newer_events(database: Database, actor: Actor, event_filter: EventFilter,
                 newest_id: int) -> NewEvents:
    """The matching events written after event ``newest_id`` (live updates of an open log)."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_AUDIT_LOG,
                                   action="audit.list")
        # by id: appends are serialized, so ids follow time, and the primary key finds the
        # few new events at once (a walk down the time index would pass every older one)
        stmt = (_rows(uow.session, authority, event_filter)
                .where(AuditEvent.id > newest_id)
                .order_by(AuditEvent.id.desc())
                .limit(NEWER_AT_MOST + 1))
        rows = [EventRow(*e) for e in uow.session.execute(stmt).all()]
        return NewEvents(tuple(rows[:NEWER_AT_MOST]), len(rows) > NEWER_AT_MOST)


def get_event(database: Database, actor: Actor, event_id: int) -> EventDetail:
    """One event in full; only within the organizations whose log the reader may read."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_AUDIT_LOG,
                                   action="audit.view")
        stmt = _with_organization(select(AuditEvent, Organization.name)).where(
            AuditEvent.id == event_id)
        scope = policy.visible(authority, VIEW_AUDIT_LOG, AuditEvent.scope_organization_id)
        if scope is not None:
            stmt = stmt.where(scope)
        found = uow.session.execute(stmt).first()
        if found is None:
            raise NotFound(say("This event does not exist or is outside the part of the log "
                               "you may read."))
        return _detail(*found, with_lines=True)


def _detail(e: AuditEvent, organization_name: str | None, *, with_lines: bool) -> EventDetail:
    return EventDetail(
        e.id, e.occurred_at, e.correlation_id, e.actor_id, e.actor_name, e.actor_method,
        e.workstation, e.console_version, e.action, e.entity_type, e.entity_id,
        e.entity_name, e.scope_organization_id, organization_name or "", e.area,
        e.outcome, e.reason, diff_lines(e.changes) if with_lines else (), e.changes)


def iterate_events(database: Database, actor: Actor, event_filter: EventFilter,
                   page_size: int = MAX_PAGE) -> Iterator[list[EventDetail]]:
    """Every matching event in full, newest first, a page (one short transaction) at a time:
    for exports, which must not hold the whole log in memory."""
    after: tuple[Any, int] | None = None
    while True:
        with UnitOfWork(database, actor, AREA) as uow:
            authority = policy.require(uow.session, actor.user_id, VIEW_AUDIT_LOG,
                                       action="audit.export")
            request = PageRequest(descending=True, after=after, limit=page_size)
            stmt = _with_organization(select(AuditEvent, Organization.name)).where(
                *conditions(uow.session, authority, event_filter))
            found = uow.session.execute(
                apply_keyset(stmt, AuditEvent.occurred_at, AuditEvent.id, request)).all()
            page = make_page(found, request, lambda r: (r[0].occurred_at, r[0].id))
            yield [_detail(e, name, with_lines=False) for e, name in page.rows]
        if page.after is None:
            return
        after = page.after


def for_record(entity_type: str, entity_id: int) -> EventFilter:
    """The filter of a record's own history (the Log tab of its editor)."""
    return EventFilter(entity_type=entity_type, entity_id=entity_id)
