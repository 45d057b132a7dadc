"""Reading the administration log: newest first, filtered in SQL, a keyset page at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from iam_console.db.engine import Database
from iam_console.models import AuditEvent

from . import policy
from .actor import Actor
from .paging import Page, PageRequest, apply_keyset, make_page
from .permissions import VIEW_AUDIT_LOG
from .uow import UnitOfWork


@dataclass(frozen=True)
class EventFilter:
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    actor_id: int | None = None
    action: str | None = None
    entity_type: str | None = None
    entity_id: int | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    occurred_at: dt.datetime
    actor_name: str
    action: str
    entity_type: str
    entity_name: str
    outcome: str
    reason: str


def list_events(database: Database, actor: Actor, event_filter: EventFilter,
                request: PageRequest) -> Page[EventRow]:
    """One page of events, newest first, matching every given part of the filter."""
    with UnitOfWork(database, actor, "log") as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_AUDIT_LOG,
                                   action="audit.list")
        # plain columns, not entities: a page of rows without building ORM objects
        stmt = select(AuditEvent.id, AuditEvent.occurred_at, AuditEvent.actor_name,
                      AuditEvent.action, AuditEvent.entity_type, AuditEvent.entity_name,
                      AuditEvent.outcome, AuditEvent.reason)
        conditions: list[Any] = []
        # a delegated auditor reads the events of the organizations they audit, nothing else
        scope = policy.visible(authority, VIEW_AUDIT_LOG, AuditEvent.scope_organization_id)
        if scope is not None:
            conditions.append(scope)
        f = event_filter
        if f.since is not None:
            conditions.append(AuditEvent.occurred_at >= f.since)
        if f.until is not None:
            conditions.append(AuditEvent.occurred_at < f.until)
        for column, value in ((AuditEvent.actor_id, f.actor_id), (AuditEvent.action, f.action),
                              (AuditEvent.entity_type, f.entity_type),
                              (AuditEvent.entity_id, f.entity_id),
                              (AuditEvent.outcome, f.outcome)):
            if value is not None:
                conditions.append(column == value)
        stmt = stmt.where(*conditions)
        newest_first = PageRequest(descending=True, after=request.after, limit=request.limit)
        events = uow.session.execute(
            apply_keyset(stmt, AuditEvent.occurred_at, AuditEvent.id, newest_first)).all()
        page = make_page(events, newest_first, lambda e: (e.occurred_at, e.id))
        return page.map(lambda e: EventRow(*e))
