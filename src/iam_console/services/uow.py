"""One unit of work per service call: one session, one transaction, audit in the same one."""

from __future__ import annotations

import contextlib
import contextvars
import uuid
from collections.abc import Iterator
from types import TracebackType
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from iam_console.db.engine import Database
from iam_console.models import AppliedOperation
from iam_console.texts import say

from . import audit
from .actor import Actor
from .errors import ConflictError, PermissionDenied

_SHARED_CORRELATION: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "shared_correlation", default=None)


@contextlib.contextmanager
def shared_correlation(correlation_id: str) -> Iterator[str]:
    """Every unit of work opened inside the block (on this thread) files its events under
    ``correlation_id``: one bulk action or import is one correlation in the log, each record's
    change its own event."""
    token = _SHARED_CORRELATION.set(correlation_id)
    try:
        yield correlation_id
    finally:
        _SHARED_CORRELATION.reset(token)


class UnitOfWork:
    """``with UnitOfWork(db, actor, area) as uow:`` rolls back unless ``uow.commit()`` ran.

    A PermissionDenied leaving the block is logged as a denied event in its own transaction,
    after the rolled-back work, so the refusal is on record and nothing else is.
    """

    def __init__(self, database: Database, actor: Actor | None, area: str,
                 operation_id: str | None = None):
        self._database = database
        self.actor = actor
        self.area = area
        self.operation_id = operation_id
        self._marked = False
        self.correlation_id = _SHARED_CORRELATION.get() or str(uuid.uuid4())
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        assert self._session is not None, "unit of work used outside its with block"
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._database.session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None
        if isinstance(exc, PermissionDenied):
            self._record_denied(exc)
        # a race lost at flush or commit time: nothing was written; say it as a conflict
        if isinstance(exc, StaleDataError):
            raise ConflictError(
                say("Another administrator changed this record after you opened it. Reload to "
                    "see their version; your input is kept.")
            ) from exc
        if isinstance(exc, IntegrityError):
            raise ConflictError(
                say("Another administrator saved a conflicting record at the same moment (the "
                    "same name, or a record yours refers to was removed). Try again.")
            ) from exc

    def commit(self) -> None:
        self.session.commit()

    def replayed(self) -> AppliedOperation | None:
        """The earlier run of this operation, when a retried write already went through."""
        if self.operation_id is None:
            return None
        return self.session.get(AppliedOperation, self.operation_id)


    def record(self, action: str, **fields: Any) -> None:
        """Add an audit event for a succeeded change to this transaction (and mark a retried
        operation as applied, in the same transaction)."""
        if self.operation_id is not None and not self._marked:
            self._marked = True
            self.session.add(AppliedOperation(id=self.operation_id, action=action,
                                              entity_id=fields.get("entity_id")))
        audit.record(
            self.session,
            correlation_id=self.correlation_id,
            actor=self.actor,
            action=action,
            outcome=audit.SUCCEEDED,
            area=self.area,
            **fields,
        )

    def record_many(self, events: list[dict[str, Any]]) -> None:
        """Add many succeeded events at once (``record``'s fields with ``action`` each)."""
        audit.record_many(self.session, correlation_id=self.correlation_id, actor=self.actor,
                          area=self.area, events=events)

    def _record_denied(self, denied: PermissionDenied) -> None:
        with self._database.session_factory() as session:
            audit.record(
                session,
                correlation_id=self.correlation_id,
                actor=self.actor,
                action=denied.action or "denied",
                outcome=audit.DENIED,
                area=self.area,
                entity_type=denied.entity_type,
                entity_id=denied.entity_id,
                entity_name=denied.entity_name,
                reason=denied.reason,
            )
            session.commit()
