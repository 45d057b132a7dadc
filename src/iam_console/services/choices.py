"""Small read-only values for pickers in editors (organizations with locations, roles)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LocationView:
    id: int
    name: str


@dataclass(frozen=True)
class Choice:
    """An id and a label for a combo box, with the locations when it is an organization."""

    id: int
    label: str
    locations: tuple[LocationView, ...] = ()
