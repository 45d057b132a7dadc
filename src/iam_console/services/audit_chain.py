"""Checking the administration log's hash chain, and purging old events without breaking it.

``verify_chain`` walks every event from the chain's start (the last purge) to its head in id
order and recomputes each hash; the first event whose stored hash differs is named: it was
changed, or an event before it was removed or inserted. A head that no longer matches the
newest event means events were removed from the end.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import AuditEvent, DatabaseSetting
from iam_console.models.audit import CHAIN_SETTING, chain_hash
from iam_console.texts import say

from . import audit, policy
from .actor import Actor
from .changes import Changes, Outcome
from .errors import PermissionDenied
from .permissions import PURGE_AUDIT_LOG, VIEW_AUDIT_LOG
from .uow import UnitOfWork

AREA = "administration log"
BATCH = 2000
Progress = Callable[[int, int], bool]  # (checked, total) -> go on?


@dataclass(frozen=True)
class Verification:
    intact: bool
    checked: int
    message: str
    first_broken_id: int | None = None
    cancelled: bool = False


def _state(session: Session) -> audit.ChainState:
    value = session.scalar(select(DatabaseSetting.value)
                           .where(DatabaseSetting.key == CHAIN_SETTING))
    return audit.ChainState(**json.loads(value)) if value else audit.ChainState()


def _describe(event: AuditEvent, in_full: bool) -> str:
    when = event.occurred_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    if not in_full:  # the event may be another organization's: its time and number only
        return f"event #{event.id} ({when})"
    who = event.actor_name or "nobody signed in"
    return f"event #{event.id} ({when}, {event.action} by {who})"


def _whole_log(session: Session, actor: Actor, action: str, code: str) -> None:
    authority = policy.load_authority(session, actor.user_id)
    if authority.holds_everywhere(code) is None:
        raise PermissionDenied(say("This needs “{0}” in the whole directory: it covers every "
                                   "organization's events.", policy.title(code)),
                               action=action, entity_type="audit_log")


def _may_verify(session: Session, actor: Actor) -> bool:
    """Anyone who reads the log somewhere may check the chain; only those who read all of it
    are told who and what a broken event was. True: they read all of it."""
    authority = policy.load_authority(session, actor.user_id)
    if not authority.holds_anywhere(VIEW_AUDIT_LOG):
        raise PermissionDenied(say("You do not have the permission “{0}”.",
                                   policy.title(VIEW_AUDIT_LOG)),
                               action="audit.verify", entity_type="audit_log")
    return authority.holds_everywhere(VIEW_AUDIT_LOG) is not None


def verify_chain(database: Database, actor: Actor | None,
                 progress: Progress | None = None) -> Verification:
    """Check the whole chain; the result is itself logged (``audit.verify``)."""
    with UnitOfWork(database, actor, AREA) as uow:
        in_full = _may_verify(uow.session, actor) if actor is not None else True
        result = _walk(uow.session, progress, in_full)
        if not result.cancelled:
            audit.record(uow.session, correlation_id=uow.correlation_id, actor=actor,
                         actor_name="" if actor else "command line", action="audit.verify",
                         outcome=audit.SUCCEEDED if result.intact else audit.FAILED,
                         area=AREA, entity_type="audit_log", entity_name="administration log",
                         reason=result.message)
            uow.commit()
        return result


def _walk(session: Session, progress: Progress | None, in_full: bool) -> Verification:
    state = _state(session)
    total = session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.id > state.start_id, AuditEvent.id <= state.head_id)) or 0
    previous, last_id, checked = state.start_hash, state.start_id, 0
    while True:
        events = session.scalars(select(AuditEvent).where(
            AuditEvent.id > last_id, AuditEvent.id <= state.head_id)
            .order_by(AuditEvent.id).limit(BATCH)).all()
        if not events:
            break
        for event in events:
            if chain_hash(previous, event.chain_values()) != event.chain_hash:
                return Verification(False, checked,
                                    say("The chain is broken at {0}: this event was changed, "
                                        "or an event before it was removed or inserted.",
                                        _describe(event, in_full)), event.id)
            previous, last_id, checked = event.chain_hash, event.id, checked + 1
        session.expunge_all()
        if progress is not None and not progress(checked, total):
            return Verification(False, checked, say("Verification cancelled."), cancelled=True)
    if last_id != state.head_id or previous != state.head_hash:
        return Verification(False, checked, say("The chain ends at event #{0}, but the log's "
                                                "newest event was #{1}: events were removed "
                                                "from the end.", last_id, state.head_id),
                            last_id + 1)
    if state.start_id:
        return Verification(True, checked, say(
            "The administration log is intact: {0:,} events checked (since the purge of events "
            "up to #{1}).", checked, state.start_id))
    return Verification(True, checked, say("The administration log is intact: {0:,} events "
                                           "checked.", checked))


def purge_events(database: Database, actor: Actor, before: dt.datetime,
                 *, operation_id: str | None = None) -> Outcome[int]:
    """Delete the events older than ``before``; the last one's hash becomes the chain's
    anchor, so the rest still verifies. Needs its own permission, and is logged."""
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        session = uow.session
        _whole_log(session, actor, "audit.purge", PURGE_AUDIT_LOG)
        if uow.replayed() is not None:
            return Outcome(0, Changes())
        state = audit.lock_chain(session)
        cutoff = session.scalar(select(func.max(AuditEvent.id)).where(
            AuditEvent.occurred_at < before, AuditEvent.id <= state.head_id))
        if cutoff is None or cutoff <= state.start_id:
            return Outcome(0, Changes())
        anchor = session.scalar(select(AuditEvent.chain_hash).where(AuditEvent.id == cutoff))
        assert anchor is not None
        if session.get_bind().dialect.name == "postgresql":  # the append-only trigger lets
            session.execute(select(func.set_config("iam_console.purge", "on", True)))
        removed = session.execute(delete(AuditEvent).where(AuditEvent.id <= cutoff))
        count = int(getattr(removed, "rowcount", 0) or 0)
        audit.write_chain(session, audit.ChainState(cutoff, anchor, state.head_id,
                                                    state.head_hash))
        uow.record("audit.purge", entity_type="audit_log", entity_name="administration log",
                   reason=say("{0:,} events before {1:%Y-%m-%d %H:%M} UTC purged; the chain "
                              "now starts after event #{2}.", count, before, cutoff))
        uow.commit()
        return Outcome(count, Changes())
