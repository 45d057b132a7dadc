"""Type-ahead suggestions of users, organizations and roles (log filters, pickers): only what
the asker may see, and nothing asked of a list they may not read (so nothing is refused)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from iam_console.db.engine import Database
from iam_console.db.search import user_search_condition
from iam_console.models import Organization, Role, User

from . import policy
from .actor import Actor
from .changes import ORGANIZATIONS, ROLES, USERS
from .permissions import VIEW_ORGANIZATIONS, VIEW_ROLES, VIEW_USERS
from .uow import UnitOfWork

SUGGESTIONS = 8  # per kind


@dataclass(frozen=True)
class Suggestion:
    kind: str  # users, organizations or roles
    id: int
    label: str


def suggest(database: Database, actor: Actor, text: str,
            kinds: tuple[str, ...] = (USERS, ORGANIZATIONS, ROLES)) -> tuple[Suggestion, ...]:
    """Records of these kinds whose name contains ``text``, a few of each."""
    term = text.strip()
    if not term:
        return ()
    found: list[Suggestion] = []
    with UnitOfWork(database, actor, "log") as uow:
        session = uow.session
        authority = policy.load_authority(session, actor.user_id)
        if USERS in kinds and authority.holds_anywhere(VIEW_USERS):
            stmt = select(User.id, User.username, User.first_name, User.last_name)
            condition = user_search_condition(database.engine.dialect.name, term)
            scope = policy.visible_users(authority, User.id)
            stmt = stmt.where(*(c for c in (condition, scope) if c is not None))
            for user_id, username, first, last in session.execute(
                    stmt.order_by(User.username).limit(SUGGESTIONS)):
                found.append(Suggestion(USERS, user_id, f"{first} {last} ({username})"))
        key = term.casefold()
        if ORGANIZATIONS in kinds and authority.holds_anywhere(VIEW_ORGANIZATIONS):
            orgs = select(Organization.id, Organization.name).where(
                Organization.name_key.contains(key, autoescape=True))
            scope = policy.visible(authority, VIEW_ORGANIZATIONS, Organization.id)
            if scope is not None:
                orgs = orgs.where(scope)
            found += [Suggestion(ORGANIZATIONS, i, name) for i, name in session.execute(
                orgs.order_by(Organization.name_key).limit(SUGGESTIONS))]
        if ROLES in kinds and authority.holds_anywhere(VIEW_ROLES):
            role_rows = select(Role.id, Role.name).where(
                Role.name_key.contains(key, autoescape=True))
            found += [Suggestion(ROLES, i, name) for i, name in session.execute(
                role_rows.order_by(Role.name_key).limit(SUGGESTIONS))]
    return tuple(found)
