"""What a service call changed, so that every open view can refresh what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

USERS = "users"
ORGANIZATIONS = "organizations"
ROLES = "roles"
PERMISSIONS = "permissions"
AUDIT = "audit"
SETTINGS = "settings"

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Kinds of record that changed, with the ids that changed in each."""

    ids: dict[str, frozenset[int]] = field(default_factory=dict)

    @staticmethod
    def of(kind: str, *ids: int) -> Changes:
        return Changes({kind: frozenset(ids)})

    def merged(self, other: Changes) -> Changes:
        merged = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(merged)

    def touches(self, kind: str) -> bool:
        return kind in self.ids

    def __bool__(self) -> bool:
        return bool(self.ids)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A mutation's result: the new state of the record and what changed."""

    value: T
    changes: Changes
