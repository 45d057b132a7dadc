"""Writing administration log events, with secrets redacted before they are stored."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from iam_console.models import AuditEvent

from .actor import Actor

SUCCEEDED = "succeeded"
DENIED = "denied"
FAILED = "failed"

REDACTED = "[redacted]"
SECRET_FIELDS = frozenset({"password", "password_hash", "token", "token_hash", "secret"})

FieldChanges = Mapping[str, tuple[Any, Any]]


def _plain(value: Any) -> Any:
    if isinstance(value, (frozenset, set, tuple, list)):
        return sorted(_plain(v) for v in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def redact(changes: FieldChanges) -> dict[str, list[Any]]:
    """Before/after pairs as JSON-ready lists, with every secret field replaced."""
    result: dict[str, list[Any]] = {}
    for name, (before, after) in changes.items():
        if name in SECRET_FIELDS:
            result[name] = [REDACTED if before else None, REDACTED if after else None]
        else:
            result[name] = [_plain(before), _plain(after)]
    return result


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields whose values differ between two snapshots of a record."""
    keys = list(dict.fromkeys([*before, *after]))
    return {k: (before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)}


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
    """Add one event to ``session``; it commits (or rolls back) with the change it describes."""
    session.add(
        AuditEvent(
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
        )
    )
