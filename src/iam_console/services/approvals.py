"""Approving or rejecting the users a first sign-in through an identity provider created.

Approving activates the user and gives them organizations and roles in the same transaction,
within what the approver may grant (the same checks as the user editor). Rejecting archives
them: they cannot sign in, and they wait under "Archived" where they can be restored.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select

from iam_console.db.engine import Database
from iam_console.models import LOCAL_ORIGIN, User, UserStatus, utcnow
from iam_console.texts import say

from . import policy, screening
from .actor import Actor
from .audit import diff
from .changes import USERS, Changes, Outcome
from .errors import FORM, ConflictError, ValidationError
from .paging import Page, PageRequest
from .permissions import MANAGE_USERS
from .uow import UnitOfWork
from .user_actions import ENTITY, authorized_target, scope_of
from .users import (
    AWAITING_APPROVAL,
    AssignmentInput,
    UserDetail,
    UserInput,
    UserRow,
    apply_relations,
    authorize_relations,
    count_users,
    detail,
    list_users,
    snapshot,
    validate_input,
)

AREA = "users"


def _awaiting(user: User) -> None:
    if user.status is not UserStatus.PENDING or user.origin == LOCAL_ORIGIN:
        raise ValidationError({FORM: say("{0} is not awaiting approval (status {1}); another "
                                         "administrator may have decided already.",
                                         user.display_name, user.status.value)})


def count_awaiting(database: Database, actor: Actor) -> int:
    """How many users await approval (for the navigation's badge); 0 without the right to
    approve anybody."""
    with database.session_factory() as session:
        authority = policy.load_authority(session, actor.user_id)
        if not authority.holds_everywhere(MANAGE_USERS):
            return 0  # a new user belongs to no organization: only directory-wide admins
        return int(session.scalar(select(func.count()).select_from(User).where(
            User.status == UserStatus.PENDING, User.origin != LOCAL_ORIGIN)) or 0)


def list_awaiting(database: Database, actor: Actor, request: PageRequest) -> Page[UserRow]:
    """A page of the users awaiting approval (as the Users list's Show \u2192 Awaiting
    approval)."""
    return list_users(database, actor, dataclasses.replace(request, view=AWAITING_APPROVAL))


def count_matching(database: Database, actor: Actor, search: str = "") -> int:
    """How many users awaiting approval match ``search``."""
    return count_users(database, actor, search, AWAITING_APPROVAL)


def approve_user(database: Database, actor: Actor, user_id: int, version: int,
                 organization_ids: tuple[int, ...],
                 assignments: tuple[AssignmentInput, ...]) -> Outcome[UserDetail]:
    """Activate a user awaiting approval with these organizations and roles."""
    action = "user.approve"
    with UnitOfWork(database, actor, AREA) as uow:
        authority, user = authorized_target(uow, actor.user_id, MANAGE_USERS, user_id, action)
        _awaiting(user)
        if user.version != version:
            raise ConflictError(say("Another administrator changed this user after you opened "
                                    "it; your choices are kept."),
                                theirs=snapshot(uow.session, user))
        if not organization_ids and not assignments:
            raise ValidationError({"organizations": say("Choose at least one organization for "
                                                        "{0}.", user.display_name)})
        data = UserInput(user.username, user.first_name, user.last_name, user.email,
                         user.phone or "", organization_ids, assignments)
        clean = validate_input(uow.session, data, user, with_password=False)
        authorize_relations(uow.session, authority, action, user, clean, data,
                            user.display_name)
        before = snapshot(uow.session, user)
        now = utcnow()
        apply_relations(uow.session, user, clean, data)
        user.status, user.status_changed_at, user.updated_at = UserStatus.ACTIVE, now, now
        uow.session.flush()
        uow.session.expire(user, ["memberships"])
        uow.session.refresh(user)
        uow.record(action, entity_type=ENTITY, entity_id=user.id,
                   entity_name=user.display_name,
                   changes=diff(before, snapshot(uow.session, user)),
                   scope_organization_id=scope_of(user))
        screening.screen_new_users(uow.session, [user.id], uow.record)
        uow.commit()
        return Outcome(detail(uow.session, user), Changes.of(USERS, user.id))


def reject_user(database: Database, actor: Actor, user_id: int,
                reason: str = "") -> Outcome[None]:
    """Archive a user awaiting approval (restorable from "Archived")."""
    from .lifecycle import Transition, change_status

    outcome = change_status(database, actor, user_id, Transition.REJECT, reason=reason)
    return Outcome(None, outcome.changes)
