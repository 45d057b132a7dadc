"""What a person holds, where: their grants (role assignments) as the policy reads them.

Pure values, no database: ``policy`` loads them and decides with them, the effective-permissions
view shows them. Where a grant applies:

- a role holding "Whole directory" applies everywhere, and to users in no organization;
- a grant in an organization with no location applies in that organization (every location),
  and also in all its sub-organizations when the role holds "Includes sub-organizations";
- a grant in one location applies in that location of that organization only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from iam_console.texts import say

from .permissions import SUB_ORGANIZATIONS, WHOLE_DIRECTORY

EVERYWHERE: None = None  # what ``organizations_with`` answers for a whole-directory grant


@dataclass(frozen=True)
class Grant:
    """One role assignment, with the permissions of its role."""

    assignment_id: int
    role_id: int
    role_name: str
    organization_id: int
    organization_name: str
    location_id: int | None
    location_name: str
    permissions: frozenset[str]

    @property
    def where(self) -> str:
        return self.organization_name + (f" / {self.location_name}" if self.location_name else "")

    @property
    def label(self) -> str:
        return say("“{0}” in {1}", self.role_name, self.where)


@dataclass(frozen=True)
class OrganizationTree:
    """Parent of each organization (only loaded when a grant reaches sub-organizations)."""

    parents: Mapping[int, int | None] = field(default_factory=dict)

    def ancestors(self, organization_id: int) -> list[int]:
        """The organization, its parent, its parent's parent... (stops at a cycle)."""
        chain: list[int] = []
        current: int | None = organization_id
        while current is not None and current not in chain:
            chain.append(current)
            current = self.parents.get(current)
        return chain

    def descendants(self, roots: Iterable[int]) -> set[int]:
        children: dict[int, list[int]] = {}
        for child, parent in self.parents.items():
            if parent is not None:
                children.setdefault(parent, []).append(child)
        found: set[int] = set()
        stack = list(roots)
        while stack:
            org = stack.pop()
            if org not in found:
                found.add(org)
                stack.extend(children.get(org, ()))
        return found


@dataclass(frozen=True)
class Authority:
    """The grants of one person. An inactive account holds nothing (``grants`` is empty)."""

    user_id: int
    grants: tuple[Grant, ...]
    tree: OrganizationTree = OrganizationTree()

    def covers(self, grant: Grant, organization_id: int | None,
               location_id: int | None = None) -> bool:
        """Whether ``grant`` applies at (organization, location); no organization means a user
        in none, which only a whole-directory grant reaches."""
        if WHOLE_DIRECTORY in grant.permissions:
            return True
        if organization_id is None:
            return False
        if grant.location_id is not None:
            return grant.organization_id == organization_id and grant.location_id == location_id
        if grant.organization_id == organization_id:
            return True
        return (SUB_ORGANIZATIONS in grant.permissions
                and grant.organization_id in self.tree.ancestors(organization_id))

    def grant_for(self, code: str, organization_id: int | None,
                  location_id: int | None = None) -> Grant | None:
        """The first grant giving ``code`` at (organization, location), or None."""
        for grant in self.grants:
            if code in grant.permissions and self.covers(grant, organization_id, location_id):
                return grant
        return None

    def holds(self, code: str, organization_id: int | None,
              location_id: int | None = None) -> bool:
        return self.grant_for(code, organization_id, location_id) is not None

    def grant_seeing(self, code: str, organization_id: int) -> Grant | None:
        """A grant of ``code`` in the organization as a whole or in one of its locations (what
        seeing an organization's users or records needs), or None."""
        for grant in self.grants:
            if code in grant.permissions and (
                    self.covers(grant, organization_id)
                    or (grant.location_id is not None
                        and grant.organization_id == organization_id)):
                return grant
        return None

    def holds_everywhere(self, code: str) -> Grant | None:
        for grant in self.grants:
            if code in grant.permissions and WHOLE_DIRECTORY in grant.permissions:
                return grant
        return None

    def holds_anywhere(self, code: str) -> bool:
        return any(code in grant.permissions for grant in self.grants)

    def organizations_with(self, code: str) -> frozenset[int] | None:
        """Organizations where ``code`` is held in the organization or one of its locations;
        ``EVERYWHERE`` (None) for a whole-directory grant."""
        if self.holds_everywhere(code):
            return EVERYWHERE
        direct = {g.organization_id for g in self.grants if code in g.permissions}
        reaching = [g.organization_id for g in self.grants if code in g.permissions
                    and g.location_id is None and SUB_ORGANIZATIONS in g.permissions]
        return frozenset(direct | self.tree.descendants(reaching))

    def needs_tree(self) -> bool:
        return any(SUB_ORGANIZATIONS in g.permissions and WHOLE_DIRECTORY not in g.permissions
                   for g in self.grants)
