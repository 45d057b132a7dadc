"""Sanctions screening: import a list (replacing the previous edition of the same list, then
screening every user again), screen an organization's users or one user, list the possible
matches, and record an administrator's decision (cleared or confirmed, with a comment).

Names are compared by ``name_matching`` (aliases and the original script included); users
hold no date of birth, so the listed dates of birth are shown for the administrator to judge.
A decision stays with (user, list, entry): a re-screen does not reopen a cleared match.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import (
    Membership,
    SanctionsEntry,
    SanctionsList,
    ScreeningMatch,
    User,
    UserStatus,
    utcnow,
)
from iam_console.models.sanctions import CLEARED, CONFIRMED, OPEN
from iam_console.texts import say

from . import installation_settings, name_matching, policy
from .actor import Actor
from .changes import USERS, Changes, Outcome
from .errors import NotFound, ValidationError
from .installation_settings import ScreeningSettings
from .permissions import MANAGE_SETTINGS, MANAGE_USERS, VIEW_USERS
from .sanctions_file import read_list
from .uow import UnitOfWork

AREA = "screening"
UN_LIST = say("UN Security Council Consolidated List")
Progress = Callable[[int, int], bool]
_CHUNK = 1000


@dataclass(frozen=True)
class ScreenResult:
    screened: int
    new_matches: int
    cancelled: bool = False


@dataclass(frozen=True)
class ListImport:
    name: str
    entries: int
    screen: ScreenResult


@dataclass(frozen=True)
class MatchRow:
    id: int
    user_id: int
    user_name: str
    username: str
    score: int
    matched_name: str
    entry_name: str
    list_name: str
    data_id: str
    status: str
    comment: str
    decided_by: str
    details: dict[str, Any]
    reference: str


@dataclass(frozen=True)
class _Listed:
    list_name: str
    data_id: str
    name: str
    reference: str


class _Index:
    """The listed names by blocking key, read once per screening (plain values: it outlives
    the transaction that read it)."""

    def __init__(self, session: Session):
        self.names: list[tuple[tuple[str, ...], str, _Listed]] = []
        self.by_key: dict[str, list[int]] = {}
        lists = dict(session.execute(select(SanctionsList.id, SanctionsList.name)).tuples()
                     .all())
        for row in session.scalars(select(SanctionsEntry).where(
                SanctionsEntry.kind == "individual")):
            entry = _Listed(lists.get(row.list_id, ""), row.data_id, row.name, row.reference)
            for name in json.loads(row.names):
                words = name_matching.words(name)
                if not words:
                    continue
                position = len(self.names)
                self.names.append((words, name, entry))
                for key in name_matching.keys(words):
                    self.by_key.setdefault(key, []).append(position)

    def best_matches(self, person: Sequence[str], threshold: int
                     ) -> dict[tuple[str, str], tuple[int, str, _Listed]]:
        """(list, DATAID) -> (score, the listed name that matched, entry), at or above the
        threshold: each entry once, with its best-matching name."""
        found: dict[tuple[str, str], tuple[int, str, _Listed]] = {}
        candidates = {p for key in name_matching.keys(person)
                      for p in self.by_key.get(key, ())}
        for position in candidates:
            words, name, entry = self.names[position]
            value = name_matching.score(person, words)
            key = (entry.list_name, entry.data_id)
            if value >= threshold and value > found.get(key, (0, "", entry))[0]:
                found[key] = (value, name, entry)
        return found


def _screen(session: Session, index: _Index, users: Iterable[User], threshold: int,
            record: Callable[..., None]) -> tuple[int, int]:
    """Compare each user with the index; add new possible matches (logged). (users, new)."""
    screened = new = 0
    for user in users:
        screened += 1
        person = name_matching.words(f"{user.first_name} {user.last_name}")
        found = index.best_matches(person, threshold)
        if not found:
            continue
        known = {(m.list_name, m.data_id): m for m in session.scalars(
            select(ScreeningMatch).where(ScreeningMatch.user_id == user.id))}
        for (list_name, data_id), (value, name, entry) in found.items():
            match = known.get((list_name, data_id))
            if match is not None:  # found before: keep the decision, refresh the score
                match.score, match.matched_name, match.entry_name = value, name, entry.name
                continue
            session.add(ScreeningMatch(user_id=user.id, list_name=list_name, data_id=data_id,
                                       entry_name=entry.name, matched_name=name, score=value,
                                       status=OPEN, found_at=utcnow()))
            new += 1
            record("screening.match", entity_type="user", entity_id=user.id,
                   entity_name=user.display_name,
                   changes={"possible_match": (None, f"{entry.name} ({entry.reference}, "
                                                     f"{list_name}), score {value}")})
    return screened, new


def screen_new_users(session: Session, user_ids: Sequence[int], record: Callable[..., None]
                     ) -> int:
    """Screen users just created or approved, in the caller's transaction (no list: 0)."""
    if not session.scalar(select(func.count()).select_from(SanctionsEntry)):
        return 0
    threshold = installation_settings.load(session, ScreeningSettings).threshold
    users = session.scalars(select(User).where(User.id.in_(user_ids)))
    return _screen(session, _Index(session), users, threshold, record)[1]


def screen(database: Database, actor: Actor, *, organization_id: int | None = None,
           user_id: int | None = None, progress: Progress = lambda _d, _t: True
           ) -> ScreenResult:
    """Screen one user, an organization's users, or (neither) every user the actor may see;
    a thousand users per transaction. Logged with the numbers."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_USERS,
                                   action="screening.screen")
        if organization_id is not None:
            policy.decide_in_organization(authority, VIEW_USERS, policy.place_of(
                uow.session, organization_id)).enforce(action="screening.screen",
                                                       entity_type="organization",
                                                       entity_id=organization_id)
        stmt = select(User.id).where(User.status.not_in((UserStatus.ARCHIVED,
                                                         UserStatus.DELETED)))
        scope = policy.visible_users(authority, User.id)
        if scope is not None:
            stmt = stmt.where(scope)
        if organization_id is not None:
            stmt = stmt.where(User.id.in_(select(Membership.user_id).where(
                Membership.organization_id == organization_id)))
        if user_id is not None:
            stmt = stmt.where(User.id == user_id)
        ids = list(uow.session.scalars(stmt.order_by(User.id)))
        if user_id is not None and not ids:
            raise NotFound(say("This user is not one you may screen (or no longer exists)."))
    return _screen_ids(database, actor, ids, progress,
                       what="one user" if user_id is not None else
                       "an organization" if organization_id is not None else "all users",
                       organization_id=organization_id)


def _screen_ids(database: Database, actor: Actor, ids: list[int], progress: Progress, *,
                what: str, organization_id: int | None = None) -> ScreenResult:
    screened = new = 0
    cancelled = False
    index: _Index | None = None
    for start in range(0, max(len(ids), 1), _CHUNK):
        if not progress(start, len(ids)):
            cancelled = True
            break
        with UnitOfWork(database, actor, AREA) as uow:
            index = index or _Index(uow.session)
            threshold = installation_settings.load(uow.session, ScreeningSettings).threshold
            users = uow.session.scalars(select(User).where(
                User.id.in_(ids[start:start + _CHUNK])).order_by(User.id))
            counted = _screen(uow.session, index, users, threshold, uow.record)
            screened, new = screened + counted[0], new + counted[1]
            uow.commit()
    progress(screened, len(ids))
    with UnitOfWork(database, actor, AREA) as uow:
        uow.record("screening.screen", entity_type="organization",
                   entity_id=organization_id, entity_name=what,
                   reason=say("{0:,} users screened, {1:,} new possible matches", screened, new)
                          + (" (cancelled)" if cancelled else ""))
        uow.commit()
    return ScreenResult(screened, new, cancelled)


def import_list(database: Database, actor: Actor, path: Path, name: str = UN_LIST,
                progress: Progress = lambda _d, _t: True) -> Outcome[ListImport]:
    """Replace the list ``name`` with the file's entries (one transaction), then screen every
    user again. Needs "Change console settings"."""
    listed = read_list(path)  # a wrong file is refused before anything is opened
    with UnitOfWork(database, actor, AREA) as uow:
        policy.require(uow.session, actor.user_id, MANAGE_SETTINGS, action="screening.import",
                       entity_type="sanctions_list", entity_name=name)
        old = uow.session.scalar(select(SanctionsList).where(SanctionsList.name == name))
        before = old.entries if old else 0
        if old is not None:
            uow.session.execute(delete(SanctionsEntry).where(SanctionsEntry.list_id == old.id))
        target = old or SanctionsList(name=name)
        target.file_name, target.generated = path.name[:300], listed.generated[:40]
        target.entries, target.imported_at = len(listed.entries), utcnow()
        uow.session.add(target)
        uow.session.flush()
        uow.session.add_all([SanctionsEntry(
            list_id=target.id, data_id=e.data_id[:40], kind=e.kind, name=e.name[:500],
            reference=e.reference[:60], names=json.dumps(e.names, ensure_ascii=False),
            details=json.dumps(e.details, ensure_ascii=False)) for e in listed.entries])
        uow.record("screening.import", entity_type="sanctions_list", entity_id=target.id,
                   entity_name=name, changes={"entries": (before, len(listed.entries)),
                                              "generated": (None, listed.generated)},
                   reason=f"from {path.name}")
        uow.commit()
    result = screen(database, actor, progress=progress)
    return Outcome(ListImport(name, len(listed.entries), result), Changes.of(USERS))


def list_matches(database: Database, actor: Actor, status: str = OPEN, limit: int = 500,
                 user_id: int | None = None) -> tuple[list[MatchRow], int]:
    """The possible matches of users the actor may see (``status`` "" for all), highest score
    first, at most ``limit``; and how many there are in all."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_USERS,
                                   action="screening.list")
        stmt = select(ScreeningMatch, User).join(User, User.id == ScreeningMatch.user_id)
        scope = policy.visible_users(authority, User.id)
        for where in (scope, ScreeningMatch.status == status if status else None,
                      ScreeningMatch.user_id == user_id if user_id else None):
            if where is not None:
                stmt = stmt.where(where)
        total = uow.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        found = uow.session.execute(stmt.order_by(ScreeningMatch.score.desc(),
                                                  ScreeningMatch.id).limit(limit)).all()
        entries = {(n, e.data_id): e for n, e in uow.session.execute(
            select(SanctionsList.name, SanctionsEntry).join(
                SanctionsList, SanctionsList.id == SanctionsEntry.list_id).where(
                SanctionsEntry.data_id.in_({m.data_id for m, _u in found})))}
        rows = []
        for match, user in found:
            entry = entries.get((match.list_name, match.data_id))
            rows.append(MatchRow(
                match.id, user.id, user.display_name, user.username, match.score,
                match.matched_name, match.entry_name, match.list_name, match.data_id,
                match.status, match.comment, match.decided_by,
                json.loads(entry.details) if entry else {"note": "no longer on the list"},
                entry.reference if entry else ""))
        return rows, int(total)


def decide(database: Database, actor: Actor, match_id: int, status: str,
           comment: str) -> Outcome[None]:
    """Mark a possible match cleared (not the listed person) or confirmed, with a comment;
    needs "Manage users" for that user. Logged with the comment."""
    if status not in (CLEARED, CONFIRMED, OPEN):
        raise ValueError(status)
    text = comment.strip()
    if not text:
        raise ValidationError({"comment": say("Say why (what you checked): the comment is kept "
                                              "with the decision in the log.")})
    with UnitOfWork(database, actor, AREA) as uow:
        match = uow.session.get(ScreeningMatch, match_id)
        if match is None:
            raise NotFound(say("This possible match no longer exists."))
        user = uow.session.get(User, match.user_id)
        assert user is not None
        authority = policy.require(uow.session, actor.user_id, MANAGE_USERS,
                                   action=f"screening.{status}", entity_type="user",
                                   entity_id=user.id)
        policy.decide_user_action(authority, MANAGE_USERS, policy.load_user_target(
            uow.session, user)).enforce(action=f"screening.{status}", entity_type="user",
                                        entity_id=user.id, entity_name=user.display_name)
        before = match.status
        match.status, match.comment = status, text[:2000]
        match.decided_by, match.decided_at = actor.display_name, utcnow()
        uow.record(f"screening.{status}", entity_type="user", entity_id=user.id,
                   entity_name=user.display_name, reason=text[:500],
                   changes={"match": (f"{match.entry_name}: {before}",
                                      f"{match.entry_name}: {status}")})
        uow.commit()
        return Outcome(None, Changes.of(USERS, user.id))
