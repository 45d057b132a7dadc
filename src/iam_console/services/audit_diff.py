"""An event's stored changes as lines a person reads: field, old value, new value."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from iam_console.texts import say

from .audit_vocabulary import field_order, field_title

CHANGED = "changed"
ADDED = "added"
REMOVED = "removed"


@dataclass(frozen=True)
class DiffLine:
    """One changed field, or one item added to or removed from a set (an assignment, a
    membership, a permission)."""

    field: str
    before: str
    after: str
    kind: str = CHANGED


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return say("Yes") if value else say("No")
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _items(field: str, added: list[Any], removed: list[Any]) -> list[DiffLine]:
    title = field_title(field)
    return ([DiffLine(title, _text(item), "", REMOVED) for item in removed]
            + [DiffLine(title, "", _text(item), ADDED) for item in added])


def diff_lines(changes: str) -> tuple[DiffLine, ...]:
    """Readable lines of a stored ``changes`` value, in field order; sets show the items that
    were added or removed (older events stored whole before/after lists: the same lines)."""
    try:
        parsed = json.loads(changes or "{}")
    except ValueError:
        return (DiffLine(say("Changes"), "", changes),)
    if not isinstance(parsed, dict):
        return (DiffLine(say("Changes"), "", _text(parsed)),)
    lines: list[DiffLine] = []
    for field, value in sorted(parsed.items(), key=lambda item: field_order(item[0])):
        if isinstance(value, dict):
            lines += _items(field, list(value.get("added", [])), list(value.get("removed", [])))
        elif (isinstance(value, list) and len(value) == 2
              and all(isinstance(v, list) or v is None for v in value)
              and any(isinstance(v, list) for v in value)):
            before, after = value[0] or [], value[1] or []
            lines += _items(field, [v for v in after if v not in before],
                            [v for v in before if v not in after])
        elif isinstance(value, list) and len(value) == 2:
            before, after = _text(value[0]), _text(value[1])
            if before != after:  # an empty value set to another empty one says nothing
                lines.append(DiffLine(field_title(field), before, after))
        else:
            lines.append(DiffLine(field_title(field), "", _text(value)))
    return tuple(lines)
