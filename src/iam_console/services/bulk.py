"""One action on many users: a preview of what will happen to whom (and who is skipped, and
why), then each user's change in its own transaction, all under one correlation id in the
log; cancelled between two users (so every user is either wholly changed or untouched); a
report of what was done, skipped and failed."""

from __future__ import annotations

import csv
import enum
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import Organization, Role, TokenKind, User, UserStatus
from iam_console.texts import say

from . import lifecycle, mail, policy, tokens, users
from .actor import Actor
from .authority import Authority
from .changes import USERS, Changes
from .csv_files import atomic_file, safe_cell
from .errors import FORM, ServiceError, ValidationError
from .lifecycle import Transition
from .permissions import ASSIGN_ROLES, MANAGE_USERS, RESET_CREDENTIALS
from .tokens import IssuedToken
from .uow import UnitOfWork, shared_correlation
from .users import AssignmentInput, RelationChange

AREA = "users"
MAX_USERS = 50_000  # one bulk action at most (a larger one: narrow the search)
_CHUNK = 500  # users decided per read transaction in the preview

# (done, total) -> keep going?
Progress = Callable[[int, int], bool]


class BulkAction(enum.Enum):
    DEACTIVATE = "deactivate"
    REACTIVATE = "reactivate"
    ARCHIVE = "archive"
    RESTORE = "restore"
    ADD_TO_ORGANIZATION = "join"
    REMOVE_FROM_ORGANIZATION = "leave"
    ASSIGN_ROLE = "grant"
    REMOVE_ROLE = "revoke"
    ISSUE_ACTIVATION = "activation"

    @property
    def title(self) -> str:
        return _TITLES[self][0]

    @property
    def done_word(self) -> str:
        return _TITLES[self][1]

    @property
    def needs_organization(self) -> bool:
        return self in _RELATIONS

    @property
    def needs_role(self) -> bool:
        return self in (BulkAction.ASSIGN_ROLE, BulkAction.REMOVE_ROLE)


_TITLES = {
    BulkAction.DEACTIVATE: (say("Deactivate"), say("Deactivated")),
    BulkAction.REACTIVATE: (say("Reactivate"), say("Reactivated")),
    BulkAction.ARCHIVE: (say("Archive"), say("Archived")),
    BulkAction.RESTORE: (say("Restore"), say("Restored")),
    BulkAction.ADD_TO_ORGANIZATION: (say("Add to organization"), say("Added")),
    BulkAction.REMOVE_FROM_ORGANIZATION: (say("Remove from organization"), say("Removed")),
    BulkAction.ASSIGN_ROLE: (say("Assign role"), say("Assigned")),
    BulkAction.REMOVE_ROLE: (say("Remove role"), say("Removed")),
    BulkAction.ISSUE_ACTIVATION: (say("Issue activation links"), say("Issued")),
}
_TRANSITIONS = {BulkAction.DEACTIVATE: Transition.DEACTIVATE,
                BulkAction.REACTIVATE: Transition.REACTIVATE,
                BulkAction.ARCHIVE: Transition.ARCHIVE, BulkAction.RESTORE: Transition.RESTORE}
_TARGET = {BulkAction.DEACTIVATE: "deactivated", BulkAction.REACTIVATE: "active",
           BulkAction.ARCHIVE: "archived"}
_RELATIONS = (BulkAction.ADD_TO_ORGANIZATION, BulkAction.REMOVE_FROM_ORGANIZATION,
              BulkAction.ASSIGN_ROLE, BulkAction.REMOVE_ROLE)


@dataclass(frozen=True)
class BulkRequest:
    action: BulkAction
    organization_id: int | None = None
    role_id: int | None = None
    location_id: int | None = None

    def relation_change(self) -> RelationChange:
        org = self.organization_id
        assert org is not None
        if self.action is BulkAction.ADD_TO_ORGANIZATION:
            return RelationChange(join=org)
        if self.action is BulkAction.REMOVE_FROM_ORGANIZATION:
            return RelationChange(leave=org)
        assert self.role_id is not None
        if self.action is BulkAction.ASSIGN_ROLE:
            return RelationChange(grant=AssignmentInput(self.role_id, org, self.location_id))
        return RelationChange(revoke=(self.role_id, org))


@dataclass(frozen=True)
class BulkItem:
    user_id: int
    name: str
    reason: str = ""


@dataclass(frozen=True)
class BulkPreview:
    request: BulkRequest
    description: str  # "Add to “Housing Department”"
    ready: tuple[BulkItem, ...]
    skipped: tuple[BulkItem, ...]


@dataclass(frozen=True)
class BulkResult:
    correlation_id: str
    description: str
    done: tuple[BulkItem, ...]
    skipped: tuple[BulkItem, ...]
    failed: tuple[BulkItem, ...]
    not_reached: int  # users left untouched by a cancel (or a lost database)
    issued: tuple[IssuedToken, ...] = ()
    changes: Changes = field(default_factory=Changes)

    @property
    def cancelled(self) -> bool:
        return self.not_reached > 0


def _describe(session: Session, request: BulkRequest) -> str:
    """What the action does, in words; a vanished organization or role is a field error."""
    errors: dict[str, str] = {}
    org_name = role_name = ""
    if request.action.needs_organization:
        org = session.get(Organization, request.organization_id or 0)
        if org is None:
            errors["organization"] = say("Choose an organization.")
        else:
            org_name = org.name
    if request.action.needs_role:
        role = session.get(Role, request.role_id or 0)
        if role is None:
            errors["role"] = say("Choose a role.")
        else:
            role_name = role.name
    if errors:
        raise ValidationError(errors)
    action = request.action
    if action is BulkAction.ADD_TO_ORGANIZATION:
        return say("Add to “{0}”", org_name)
    if action is BulkAction.REMOVE_FROM_ORGANIZATION:
        return say("Remove from “{0}” (and the roles held there)", org_name)
    if action is BulkAction.ASSIGN_ROLE:
        return say("Assign “{0}” in “{1}”", role_name, org_name)
    if action is BulkAction.REMOVE_ROLE:
        return say("Remove “{0}” in “{1}”", role_name, org_name)
    return action.title


def _permission(action: BulkAction) -> str:
    return RESET_CREDENTIALS if action is BulkAction.ISSUE_ACTIVATION else MANAGE_USERS


def _place_refusal(session: Session, authority: Authority, request: BulkRequest) -> str:
    """The policy on the organization or role itself (the same for every user), "" if
    allowed: asked once per batch of users, not per user."""
    action = request.action
    if action in (BulkAction.ADD_TO_ORGANIZATION, BulkAction.REMOVE_FROM_ORGANIZATION):
        decision = policy.decide_in_organization(
            authority, MANAGE_USERS, policy.place_of(session, request.organization_id))
    elif action.needs_role:
        role = session.get(Role, request.role_id)
        assert role is not None
        decision = policy.decide_assignment(
            authority, ASSIGN_ROLES, policy.load_role_target(role),
            policy.place_of(session, request.organization_id, request.location_id))
    else:
        return ""
    return "" if decision.allowed else decision.reason


def _why_skipped(session: Session, actor: Actor, authority: Authority, request: BulkRequest,
                 user: User, target: policy.UserTarget, place_refusal: str) -> str:
    """Why this user is left out ("" when the action applies): state first (the commonest
    and least alarming reason), then the policy's answer on the user, then on the place."""
    action = request.action
    status = UserStatus(user.status)
    transition = _TRANSITIONS.get(action)
    if transition is not None:
        if user.id == actor.user_id:
            return say("Your own account (ask another administrator).")
        if not lifecycle.allowed_from(transition, status.value):
            if status.value == _TARGET.get(action):
                return say("Already {0}.", status.value)
            return say("Is {0}; “{1}” does not apply.", status.value, transition.title)
    elif action is BulkAction.ISSUE_ACTIVATION:
        if status is not UserStatus.PENDING:
            return say("Is {0}, not awaiting activation.", status.value)
    else:
        if status in (UserStatus.ARCHIVED, UserStatus.DELETED):
            return say("Is {0}.", status.value)
        current = users.current_input(session, user)
        if not request.relation_change().applies_to(current):
            return {BulkAction.ADD_TO_ORGANIZATION: say("Already in that organization."),
                    BulkAction.REMOVE_FROM_ORGANIZATION: say("Not in that organization."),
                    BulkAction.ASSIGN_ROLE: say("Already holds that role there."),
                    BulkAction.REMOVE_ROLE: say("Does not hold that role there.")}[action]
        if action is not BulkAction.ADD_TO_ORGANIZATION and user.id == actor.user_id and (
                action is not BulkAction.REMOVE_FROM_ORGANIZATION
                or any(a.organization_id == request.organization_id
                       for a in current.assignments)):
            return say("Your own roles (ask another administrator).")
    decision = policy.decide_user_action(authority, _permission(action), target)
    return decision.reason if not decision.allowed else place_refusal


def preview(database: Database, actor: Actor, request: BulkRequest, user_ids: Sequence[int],
            progress: Progress = lambda _d, _t: True) -> BulkPreview | None:
    """Who the action will change and who it skips, and why; None when cancelled. Nothing is
    written."""
    ids = list(dict.fromkeys(user_ids))
    if len(ids) > MAX_USERS:
        raise ValidationError({FORM: say("{0:,} users are more than one bulk action takes "
                                         "({1:,}); narrow the search.", len(ids), MAX_USERS)})
    ready: list[BulkItem] = []
    skipped: list[BulkItem] = []
    description = ""
    for start in range(0, max(len(ids), 1), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        with UnitOfWork(database, actor, AREA) as uow:
            session = uow.session
            description = description or _describe(session, request)
            authority = policy.load_authority(session, actor.user_id)
            place_refusal = _place_refusal(session, authority, request)
            found = {u.id: u for u in session.scalars(select(User).where(User.id.in_(chunk)))}
            for user_id in chunk:
                user = found.get(user_id)
                if user is None or user.status == UserStatus.DELETED:
                    skipped.append(BulkItem(user_id, f"#{user_id}", say("No longer exists.")))
                    continue
                target = policy.load_user_target(session, user)
                if not policy.decide_view_user(authority, target).allowed:
                    skipped.append(BulkItem(user_id, f"#{user_id}",
                                            say("Outside the organizations you may see.")))
                    continue
                reason = _why_skipped(session, actor, authority, request, user, target,
                                      place_refusal)
                (skipped if reason else ready).append(
                    BulkItem(user.id, f"{user.display_name} ({user.username})", reason))
        if not progress(min(start + _CHUNK, len(ids)), len(ids)):
            return None
    return BulkPreview(request, description, tuple(ready), tuple(skipped))


def _apply(database: Database, actor: Actor, request: BulkRequest,
           user_id: int) -> IssuedToken | None:
    action = request.action
    transition = _TRANSITIONS.get(action)
    if transition is not None:
        lifecycle.change_status(database, actor, user_id, transition)
    elif action is BulkAction.ISSUE_ACTIVATION:
        return tokens.issue_token(database, actor, user_id, TokenKind.ACTIVATION).value
    else:
        users.change_relations(database, actor, user_id, request.relation_change())
    return None


def run(database: Database, actor: Actor, planned: BulkPreview,
        progress: Progress = lambda _d, _t: True) -> BulkResult:
    """Apply the previewed action to each ready user, each in its own transaction through
    the same service the one-user command uses (so the policy and the rules are checked
    again: somebody may have changed a user since the preview). A refusal or a conflict is a
    failed row with its reason; a lost database stops the run."""
    correlation_id = str(uuid.uuid4())
    done: list[BulkItem] = []
    failed: list[BulkItem] = []
    issued: list[IssuedToken] = []
    total = len(planned.ready)
    reached = 0
    with shared_correlation(correlation_id):
        for item in planned.ready:
            if not progress(reached, total):
                break
            reached += 1
            try:
                token = _apply(database, actor, planned.request, item.user_id)
            except ServiceError as exc:
                message = (exc.errors.get(FORM) if isinstance(exc, ValidationError) else None)
                failed.append(BulkItem(item.user_id, item.name, message or str(exc)))
                continue
            except OperationalError:
                failed.append(BulkItem(item.user_id, item.name,
                                       say("The database could not be reached; stopped here.")))
                break
            done.append(item)
            if token is not None:
                issued.append(token)
        progress(reached, total)
        result = BulkResult(correlation_id, planned.description, tuple(done), planned.skipped,
                            tuple(failed), total - reached, tuple(issued),
                            Changes.of(USERS, *(i.user_id for i in done)))
        _record_summary(database, actor, planned, result)
    return result


def _record_summary(database: Database, actor: Actor, planned: BulkPreview,
                    result: BulkResult) -> None:
    """One event that ties the run together (the users' own events carry its correlation)."""
    try:
        with UnitOfWork(database, actor, AREA) as uow:
            uow.record(f"bulk.{planned.request.action.value}", entity_type="user",
                       entity_name=planned.description,
                       reason=summary(result))
            uow.commit()
    except OperationalError:  # the users' events are written; the summary is a courtesy
        pass


def summary(result: BulkResult) -> str:
    """"297 done, 3 skipped, 0 failed" (and what a cancel left)."""
    done, skipped, failed = len(result.done), len(result.skipped), len(result.failed)
    if result.not_reached:
        return say("{0:,} done, {1:,} skipped, {2:,} failed, {3:,} not reached (cancelled)",
                   done, skipped, failed, result.not_reached)
    return say("{0:,} done, {1:,} skipped, {2:,} failed", done, skipped, failed)


REPORT_HEADER = ("user_id", "user", "outcome", "reason")


def write_report(result: BulkResult, path: Path) -> int:
    """Save the run's report as CSV (done, skipped, failed, each with its reason); no
    secrets (issued links are not in it). The number of rows written."""
    rows = [*((i, "done") for i in result.done), *((i, "skipped") for i in result.skipped),
            *((i, "failed") for i in result.failed)]
    with atomic_file(path) as stream:
        writer = csv.writer(stream)
        writer.writerow((f"# {result.description}: {summary(result)}",))
        writer.writerow(REPORT_HEADER)
        writer.writerows([safe_cell(v) for v in (item.user_id, item.name, outcome, item.reason)]
                         for item, outcome in rows)
    return len(rows)


def links_text(issued: Sequence[IssuedToken]) -> str:
    """The issued links as one list to paste: name, email and link on each line."""
    return "".join(f"{t.user_name}\t{t.email}\t{t.link}\n" for t in issued)


def record_links_copied(database: Database, actor: Actor, issued: Sequence[IssuedToken]) -> None:
    """Log, for each user, that their new link was copied (as one list); never the link."""
    with shared_correlation(str(uuid.uuid4())):
        for token in issued:
            tokens.record_copied(database, actor, token, "link, in a list")


def send_links(database: Database, actor: Actor, issued: Sequence[IssuedToken],
               mailer: mail.Mailer, sender: str,
               progress: Progress = lambda _d, _t: True) -> tuple[BulkItem, ...]:
    """Email each new link to its person (each sent or failed send logged, under one
    correlation); the ones that failed, with the reason. A cancel stops between emails."""
    failed: list[BulkItem] = []
    with shared_correlation(str(uuid.uuid4())):
        for number, token in enumerate(issued):
            if not progress(number, len(issued)):
                break
            try:
                mail.send_token(database, actor, token, mailer, sender)
            except mail.MailError as exc:
                failed.append(BulkItem(token.user_id, token.user_name, str(exc)))
    return tuple(failed)
