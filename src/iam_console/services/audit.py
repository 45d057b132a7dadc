"""Writing administration log events, with secrets redacted before they are stored, each
chained to the one before it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from iam_console.models import AuditEvent, DatabaseSetting, utcnow
from iam_console.models.audit import CHAIN_SETTING, GENESIS, chain_hash

from .actor import Actor

SUCCEEDED = "succeeded"
DENIED = "denied"
FAILED = "failed"

REDACTED = "[redacted]"
SECRET_FIELDS = frozenset({"password", "password_hash", "token", "token_hash", "secret",
                           "totp_secret", "recovery_codes"})

FieldChanges = Mapping[str, tuple[Any, Any]]


def _plain(value: Any) -> Any:
    if isinstance(value, (frozenset, set, tuple, list)):
        return sorted(_plain(v) for v in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


_COLLECTIONS = (frozenset, set)


def redact(changes: FieldChanges) -> dict[str, Any]:
    """Field changes as JSON-ready values, with every secret field replaced.

    A plain field becomes ``[before, after]``; a set (memberships, assignments, a role's
    permissions, locations) becomes ``{"added": [...], "removed": [...]}``: the items that
    changed, not two copies of a long list."""
    result: dict[str, Any] = {}
    for name, (before, after) in changes.items():
        if name in SECRET_FIELDS:
            result[name] = [REDACTED if before else None, REDACTED if after else None]
        elif isinstance(before, _COLLECTIONS) or isinstance(after, _COLLECTIONS):
            old, new = set(before or ()), set(after or ())
            result[name] = {"added": _plain(new - old), "removed": _plain(old - new)}
        else:
            result[name] = [_plain(before), _plain(after)]
    return result


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields whose values differ between two snapshots of a record."""
    keys = list(dict.fromkeys([*before, *after]))
    return {k: (before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)}


def _event(*, correlation_id: str, actor: Actor | None, action: str, outcome: str, area: str,
           entity_type: str = "", entity_id: int | None = None, entity_name: str = "",
           changes: FieldChanges | None = None, scope_organization_id: int | None = None,
           reason: str = "", actor_name: str = "") -> AuditEvent:
    return AuditEvent(
        correlation_id=correlation_id,
        actor_id=actor.user_id if actor else None,
        actor_name=actor.display_name if actor else actor_name,
        actor_method=actor.method if actor else "",
        workstation=actor.workstation if actor else "",
        console_version=actor.console_version if actor else "",
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        entity_name=entity_name,
        scope_organization_id=scope_organization_id,
        area=area,
        outcome=outcome,
        reason=reason,
        changes=json.dumps(redact(changes or {}), sort_keys=True, ensure_ascii=False),
        occurred_at=utcnow(),
    )


def record(
    session: Session,
    *,
    correlation_id: str,
    actor: Actor | None,
    action: str,
    outcome: str,
    area: str,
    entity_type: str = "",
    entity_id: int | None = None,
    entity_name: str = "",
    changes: FieldChanges | None = None,
    scope_organization_id: int | None = None,
    reason: str = "",
    actor_name: str = "",
) -> None:
    """Add one event to ``session``; it commits (or rolls back) with the change it describes.

    Appends are serialized (the chain's settings row is written first, which locks it until
    the transaction ends), so the chain has one order even with several desktops writing."""
    _append(session, [_event(
        correlation_id=correlation_id, actor=actor, action=action, outcome=outcome, area=area,
        entity_type=entity_type, entity_id=entity_id, entity_name=entity_name,
        changes=changes, scope_organization_id=scope_organization_id, reason=reason,
        actor_name=actor_name)])


def record_many(session: Session, *, correlation_id: str, actor: Actor | None, area: str,
                events: list[dict[str, Any]]) -> None:
    """Add many succeeded events (each a dict of ``record``'s fields, with ``action``) at once:
    one lock of the chain, one flush (an import of thousands of users)."""
    _append(session, [_event(correlation_id=correlation_id, actor=actor, outcome=SUCCEEDED,
                             area=area, **fields) for fields in events])


def _append(session: Session, events: list[AuditEvent]) -> None:
    if not events:
        return
    chain = lock_chain(session)
    head = chain.head_hash
    for event in events:
        head = event.chain_hash = chain_hash(head, event.chain_values())
    if len(events) == 1:
        session.add(events[0])
        session.flush()
        last_id = events[0].id
    else:  # many: one executemany; the chain's lock keeps other writers out meanwhile
        columns = [c.key for c in AuditEvent.__table__.columns if c.key != "id"]
        session.execute(insert(AuditEvent), [{k: getattr(e, k) for k in columns}
                                             for e in events])
        last_id = session.scalar(select(func.max(AuditEvent.id))) or 0
    write_chain(session, ChainState(chain.start_id, chain.start_hash, last_id, head))


@dataclass(frozen=True)
class ChainState:
    """Where the chain starts (after the last purge) and its newest event."""

    start_id: int = 0
    start_hash: str = GENESIS
    head_id: int = 0
    head_hash: str = GENESIS


def lock_chain(session: Session) -> ChainState:
    """The chain's state, its row locked for this transaction (a write: on SQLite that takes
    the database's write lock before the head is read)."""
    session.execute(update(DatabaseSetting).where(DatabaseSetting.key == CHAIN_SETTING)
                    .values(value=DatabaseSetting.value))
    value = session.scalar(select(DatabaseSetting.value)
                           .where(DatabaseSetting.key == CHAIN_SETTING))
    if value is None:  # created by migration 0008; a database without it starts a chain
        session.add(DatabaseSetting(key=CHAIN_SETTING, value=json.dumps(asdict(ChainState()))))
        session.flush()
        return ChainState()
    return ChainState(**json.loads(value))


def write_chain(session: Session, state: ChainState) -> None:
    session.execute(update(DatabaseSetting).where(DatabaseSetting.key == CHAIN_SETTING)
                    .values(value=json.dumps(asdict(state))))
