"""Organizations as a tree: an organization with everything below it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.models import Organization


def subtree(session: Session, organization_id: int) -> list[int]:
    """The organization and every organization below it (one recursive query)."""
    tree = (select(Organization.id).where(Organization.id == organization_id)
            .cte("tree", recursive=True))
    tree = tree.union(select(Organization.id).where(Organization.parent_id == tree.c.id))
    return list(session.scalars(select(tree.c.id)))
