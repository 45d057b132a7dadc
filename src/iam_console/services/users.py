"""Users with their memberships and role assignments: list, read, create, update, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.db.estimates import estimate_rows
from iam_console.db.search import user_search_condition
from iam_console.models import (
    LOCAL_ORIGIN,
    Location,
    Membership,
    Organization,
    Role,
    RoleAssignment,
    User,
    UserStatus,
    utcnow,
)
from iam_console.texts import say

from . import installation_settings, policy, screening, validation
from .actor import Actor
from .audit import diff
from .authority import Authority
from .changes import USERS, Changes, Outcome
from .errors import ConflictError, PermissionDenied, ValidationError
from .installation_settings import AccountSettings
from .paging import Page, PageRequest, read_page, sort_column
from .password_policy import check_new_password
from .permissions import ASSIGN_ROLES, MANAGE_USERS, RESET_CREDENTIALS, VIEW_USERS
from .uow import UnitOfWork
from .user_actions import load_user, scope_of, visible_target

AREA = "users"
ENTITY = "user"


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    first_name: str
    last_name: str
    email: str
    phone: str
    status: str
    organizations: str
    created_at: dt.datetime
    locked: bool = False
    origin: str = LOCAL_ORIGIN


@dataclass(frozen=True)
class AssignmentView:
    role_id: int
    role_name: str
    organization_id: int
    organization_name: str
    location_id: int | None
    location_name: str


@dataclass(frozen=True)
class UserDetail:
    id: int
    username: str
    first_name: str
    last_name: str
    email: str
    phone: str
    status: str
    origin: str
    organization_ids: tuple[int, ...]
    assignments: tuple[AssignmentView, ...]
    created_at: dt.datetime
    last_sign_in_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class AssignmentInput:
    role_id: int
    organization_id: int
    location_id: int | None = None


@dataclass(frozen=True)
class UserInput:
    username: str
    first_name: str
    last_name: str
    email: str
    phone: str = ""
    organization_ids: tuple[int, ...] = ()
    assignments: tuple[AssignmentInput, ...] = ()
    password: str = ""
    password_confirmation: str = ""


# the help desk's named subsets of the Users list (the first is the usual list)
CURRENT, LOCKED, PENDING, NEVER_SIGNED_IN, DEACTIVATED, ARCHIVED = (
    "", "locked", "pending", "never", "deactivated", "archived")
AWAITING_APPROVAL = "approval"  # created by a first sign-in through an identity provider
INACTIVE_DAYS = (30, 90, 180)
VIEWS: tuple[tuple[str, str], ...] = (
    (CURRENT, say("Current users")), (LOCKED, say("Locked")), (PENDING, say("Pending activation")),
    (AWAITING_APPROVAL, say("Awaiting approval")), (NEVER_SIGNED_IN, say("Never signed in")),
    *((f"inactive{d}", say("No sign-in for {0} days", d)) for d in INACTIVE_DAYS),
    (DEACTIVATED, say("Deactivated")), (ARCHIVED, say("Archived (deleted users)")))
_GONE = (UserStatus.ARCHIVED, UserStatus.DELETED)


def view_condition(source: Any, view: str, now: dt.datetime | None = None) -> Any:
    """The rows of one named subset; permanently deleted users (tombstones) never show."""
    now = now or utcnow()
    if view == ARCHIVED:
        return source.status == UserStatus.ARCHIVED
    current = source.status.not_in(_GONE)
    if view == LOCKED:
        return current & (source.locked_until > now)
    if view == PENDING:
        return (source.status == UserStatus.PENDING) & (source.origin == LOCAL_ORIGIN)
    if view == AWAITING_APPROVAL:
        return (source.status == UserStatus.PENDING) & (source.origin != LOCAL_ORIGIN)
    if view == DEACTIVATED:
        return source.status == UserStatus.DEACTIVATED
    if view == NEVER_SIGNED_IN:
        return current & source.last_sign_in_at.is_(None)
    if view.startswith("inactive") and view[8:].isdigit():
        return (source.status == UserStatus.ACTIVE) & (
            source.last_sign_in_at < now - dt.timedelta(days=int(view[8:])))
    return current


SORTABLE = ("username", "first_name", "last_name", "email", "status", "created_at")


# a search matching at most this many users is answered by finding them all through the search
# index, then sorting them; a broader one by walking the sort order, where matches are dense
SELECTIVE_SEARCH = 50_000


def _filtered(stmt: Any, database: Database, search: str) -> Any:
    condition = user_search_condition(database.engine.dialect.name, search)
    return stmt if condition is None else stmt.where(condition)


def _search_source(session: Session, database: Database, search: str) -> tuple[Any, Any]:
    """Where a page of users is read from for this search, and the condition left to apply.

    Left alone, PostgreSQL's planner often walks the sort index and tests every row, which takes
    seconds when the few matches sort last. A capped probe tells which case this is: few matches
    are gathered once (with the columns a page shows) and sorted; many are filtered in sort
    order.
    """
    dialect = database.engine.dialect.name
    condition = user_search_condition(dialect, search)
    if condition is None:
        return User, None
    if dialect == "sqlite":
        # SQLite's planner already gathers the matches through the search index (or one
        # index range per prefix) and sorts only those; measured at 1M users, the probe and
        # the gathered table below made every kind of term slower there (about 2x)
        return User, condition
    probe = select(func.count()).select_from(
        select(User.id).where(condition).limit(SELECTIVE_SEARCH + 1).subquery())
    if (session.scalar(probe) or 0) > SELECTIVE_SEARCH:
        return User, condition
    matching = select(User).where(condition).cte("matching").prefix_with("MATERIALIZED")
    return aliased(User, matching), None


def list_users(database: Database, actor: Actor, request: PageRequest) -> Page[UserRow]:
    """One page of the users the actor may see; their organizations come in one more query."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_USERS, action="user.list")
        source, condition = _search_source(uow.session, database, request.search)
        scope = policy.visible_users(authority, source.id)
        column = sort_column({key: getattr(source, key) for key in SORTABLE}, request,
                             "last_name")
        stmt = select(source.id, source.username, source.first_name, source.last_name,
                      source.email, source.phone, source.status, source.created_at,
                      source.locked_until, source.origin, column.label("sort_key"))
        now = utcnow()
        for where in (condition, scope, view_condition(source, request.view, now)):
            if where is not None:
                stmt = stmt.where(where)
        page = read_page(uow.session, stmt, column, source.id, request)
        orgs: dict[int, list[str]] = {}
        ids = [r.id for r in page.rows]
        if ids:
            for user_id, name in uow.session.execute(
                select(Membership.user_id, Organization.name)
                .join(Organization, Organization.id == Membership.organization_id)
                .where(Membership.user_id.in_(ids)).order_by(Organization.name_key)
            ):
                orgs.setdefault(user_id, []).append(name)
        return page.map(lambda r: UserRow(
            r.id, r.username, r.first_name, r.last_name, r.email, r.phone or "",
            UserStatus(r.status).value, ", ".join(orgs.get(r.id, [])), r.created_at,
            r.locked_until is not None and r.locked_until > now, r.origin))


def count_users(database: Database, actor: Actor, search: str = "", view: str = "") -> int:
    """The exact number of users matching ``search`` (in the named subset ``view``) that the
    actor may see (run in the background, not on the first paint)."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_USERS, action="user.list")
        stmt = _filtered(select(func.count()).select_from(User), database, search).where(
            view_condition(User, view))
        scope = policy.visible_users(authority, User.id)
        if scope is not None:
            stmt = stmt.where(scope)
        return int(uow.session.scalar(stmt) or 0)


def matching_user_ids(database: Database, actor: Actor, search: str = "", view: str = "",
                      limit: int = 50_000) -> list[int]:
    """The ids of every user matching ``search`` in ``view`` that the actor may see, in id
    order, at most ``limit`` + 1 (so a caller can say "too many"): "select all matching"."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_USERS, action="user.list")
        stmt = _filtered(select(User.id), database, search).where(view_condition(User, view))
        scope = policy.visible_users(authority, User.id)
        if scope is not None:
            stmt = stmt.where(scope)
        return list(uow.session.scalars(stmt.order_by(User.id).limit(limit + 1)))


def estimate_users(database: Database, actor: Actor) -> int | None:
    """About how many users there are, at once (for the first paint of a large directory);
    None for an actor who sees only some organizations (the table's size says nothing then)."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_USERS, action="user.list")
        if policy.visible_users(authority, User.id) is not None:
            return None
        return estimate_rows(uow.session.connection(), User.__tablename__)


def _assignments(session: Session, user_id: int) -> list[RoleAssignment]:
    return list(session.scalars(select(RoleAssignment).where(RoleAssignment.user_id == user_id)
                                .order_by(RoleAssignment.id)))


def detail(session: Session, user: User) -> UserDetail:
    views = tuple(
        AssignmentView(a.role_id, a.role.name, a.organization_id, a.organization.name,
                       a.location_id, a.location.name if a.location else "")
        for a in _assignments(session, user.id))
    return UserDetail(user.id, user.username, user.first_name, user.last_name, user.email,
                      user.phone or "", UserStatus(user.status).value, user.origin,
                      tuple(sorted(m.organization_id for m in user.memberships)), views,
                      user.created_at, user.last_sign_in_at, user.version)


def _assignment_label(a: RoleAssignment) -> str:
    where = a.organization.name + (f" / {a.location.name}" if a.location else "")
    return f"{a.role.name} @ {where}"


def snapshot(session: Session, user: User) -> dict[str, Any]:
    return {"username": user.username, "first_name": user.first_name,
            "last_name": user.last_name, "email": user.email, "phone": user.phone,
            "status": UserStatus(user.status).value,
            "organizations": frozenset(m.organization.name for m in user.memberships),
            "assignments": frozenset(_assignment_label(a)
                                     for a in _assignments(session, user.id))}


def get_user(database: Database, actor: Actor, user_id: int) -> UserDetail:
    with UnitOfWork(database, actor, AREA) as uow:
        _authority, user = visible_target(uow, actor.user_id, user_id)
        return detail(uow.session, user)


@dataclass(frozen=True)
class CleanInput:
    username: str
    first_name: str
    last_name: str
    email: str
    phone: str | None
    organization_ids: tuple[int, ...]


def validate_input(session: Session, data: UserInput, current: User | None,
              *, with_password: bool) -> CleanInput:
    errors = validation.FieldErrors()
    username, first, last, email = validation.person(errors, data.username, data.first_name,
                                                     data.last_name, data.email)
    phone = validation.phone(errors, "phone", data.phone)
    if current is not None and username != current.username:
        errors.add("username",
                   say("The username cannot change (it is “{0}”).", current.username))
    elif "username" not in errors:
        clash = session.scalar(select(User.id).where(User.username == username))
        if clash is not None and (current is None or clash != current.id):
            errors.add("username", say("The username “{0}” is taken.", username))
    if "email" not in errors:
        clash = session.scalar(select(User.id).where(User.email == email))
        if clash is not None and (current is None or clash != current.id):
            errors.add("email", say("The email {0} belongs to another user.", email))
    if with_password and (data.password or data.password_confirmation):
        rules = installation_settings.load(session, AccountSettings)
        validation.new_password(errors, "password", data.password, data.password_confirmation,
                                min_length=rules.min_password_length, username=username,
                                email=email)
    org_ids = tuple(dict.fromkeys([*data.organization_ids,
                                   *(a.organization_id for a in data.assignments)]))
    orgs = {o.id: o for o in session.scalars(select(Organization)
                                             .where(Organization.id.in_(org_ids)))}
    if len(orgs) != len(org_ids):
        errors.add("organizations", say("An organization you chose no longer exists."))
    roles = {r.id: r for r in session.scalars(
        select(Role).where(Role.id.in_({a.role_id for a in data.assignments})))}
    seen: set[AssignmentInput] = set()
    for a in data.assignments:
        role = roles.get(a.role_id)
        org = orgs.get(a.organization_id)
        if role is None:
            errors.add("assignments", say("A role you chose no longer exists."))
        elif not role.active:
            errors.add("assignments", say("The role “{0}” is inactive and cannot be assigned.",
                                          role.name))
        elif org is not None and role.organization_kind and role.organization_kind != org.kind:
            errors.add("assignments", say("“{0}” can only be assigned in {1} organizations; "
                                          "“{2}” is {3}.",
                                          role.name, role.organization_kind, org.name, org.kind))
        if a.location_id is not None:
            location = session.get(Location, a.location_id)
            if location is None or location.organization_id != a.organization_id:
                errors.add("assignments", say("A chosen location does not belong to the "
                                              "assignment's organization."))
        if a in seen:
            errors.add("assignments", say("The same role is assigned twice in the same place."))
        seen.add(a)
    if errors:
        raise ValidationError(errors)
    return CleanInput(username, first, last, email, phone, org_ids)


def authorize_relations(session: Session, authority: Authority, action: str,
                        user: User | None, clean: CleanInput, data: UserInput,
                        name: str) -> None:
    """The policy's say on what a create or an update changes: every organization joined or
    left in scope, every role given or taken within the actor's own. (An update has already
    checked that the user is in scope and not protected.)"""
    def enforce(decision: policy.Decision) -> None:
        decision.enforce(action=action, entity_type=ENTITY,
                         entity_id=user.id if user else None, entity_name=name)

    current_orgs: set[int] = set()
    current: set[AssignmentInput] = set()
    if user is not None:
        current_orgs = {m.organization_id for m in user.memberships}
        current = {AssignmentInput(a.role_id, a.organization_id, a.location_id)
                   for a in _assignments(session, user.id)}
    elif not clean.organization_ids:
        enforce(policy.decide_in_organization(authority, MANAGE_USERS, policy.Place(None, "")))
    for org_id in sorted(set(clean.organization_ids) ^ current_orgs):
        enforce(policy.decide_in_organization(authority, MANAGE_USERS,
                                              policy.place_of(session, org_id)))
    for key in sorted(set(data.assignments) ^ current, key=repr):
        role = session.get(Role, key.role_id)
        assert role is not None  # validated
        enforce(policy.decide_assignment(
            authority, ASSIGN_ROLES, policy.load_role_target(role),
            policy.place_of(session, key.organization_id, key.location_id)))


def apply_relations(session: Session, user: User, clean: CleanInput, data: UserInput) -> None:
    current = {m.organization_id: m for m in user.memberships}
    for org_id in set(current) - set(clean.organization_ids):
        user.memberships.remove(current[org_id])
    for org_id in clean.organization_ids:
        if org_id not in current:
            user.memberships.append(Membership(organization_id=org_id))
    existing = {AssignmentInput(a.role_id, a.organization_id, a.location_id): a
                for a in _assignments(session, user.id)} if user.id else {}
    wanted = set(data.assignments)
    for key, assignment in existing.items():
        if key not in wanted:
            session.delete(assignment)
    for key in data.assignments:
        if key not in existing:
            session.add(RoleAssignment(user=user, role_id=key.role_id,
                                       organization_id=key.organization_id,
                                       location_id=key.location_id))


def create_user(database: Database, actor: Actor, hasher: PasswordHasher,
                data: UserInput, *, operation_id: str | None = None) -> Outcome[UserDetail]:
    """Create a user; with a password they can sign in, without one they await activation."""
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_USERS,
                                   action="user.create", entity_type=ENTITY,
                                   entity_name=data.username)
        if (done := uow.replayed()) is not None:  # a retry that went through
            again = load_user(uow.session, done.entity_id or 0)
            return Outcome(detail(uow.session, again), Changes.of(USERS, again.id))
        clean = validate_input(uow.session, data, None, with_password=True)
        authorize_relations(uow.session, authority, "user.create", None, clean, data,
                            clean.username)
        user = User(username=clean.username, first_name=clean.first_name,
                    last_name=clean.last_name, email=clean.email, phone=clean.phone,
                    status=UserStatus.ACTIVE if data.password else UserStatus.PENDING,
                    password_hash=hasher.hash(data.password) if data.password else None,
                    memberships=[])
        uow.session.add(user)
        apply_relations(uow.session, user, clean, data)
        uow.session.flush()
        uow.session.refresh(user)
        changes: dict[str, tuple[Any, Any]] = {
            k: (None, v) for k, v in snapshot(uow.session, user).items()}
        if data.password:
            changes["password"] = (None, "set")
        uow.record("user.create", entity_type=ENTITY, entity_id=user.id,
                   entity_name=user.display_name, changes=changes,
                   scope_organization_id=clean.organization_ids[0] if clean.organization_ids
                   else None)
        screening.screen_new_users(uow.session, [user.id], uow.record)
        uow.commit()
        return Outcome(detail(uow.session, user), Changes.of(USERS, user.id))


def update_user(database: Database, actor: Actor, user_id: int, version: int,
                data: UserInput, *, operation_id: str | None = None) -> Outcome[UserDetail]:
    """Save against the version the editor loaded; the username never changes."""
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_USERS,
                                   action="user.update", entity_type=ENTITY, entity_id=user_id)
        if (done := uow.replayed()) is not None:  # a retry that went through
            again = load_user(uow.session, done.entity_id or 0)
            return Outcome(detail(uow.session, again), Changes.of(USERS, again.id))
        return _update(uow, authority, user_id, lambda _current: data, version)


def current_input(session: Session, user: User) -> UserInput:
    """The user as the editor would submit them unchanged (what a bulk change starts from)."""
    return UserInput(user.username, user.first_name, user.last_name, user.email,
                     user.phone or "", tuple(sorted(m.organization_id for m in user.memberships)),
                     tuple(AssignmentInput(a.role_id, a.organization_id, a.location_id)
                           for a in _assignments(session, user.id)))


def _update(uow: UnitOfWork, authority: Authority, user_id: int,
            edit: Any, version: int | None) -> Outcome[UserDetail]:
    """The one way a user's details and relations change: policy on the user, validation as
    in the editor, the policy on every organization and role that changes, the log's diff.
    ``edit`` turns the user's current input into the wanted one; ``version`` (the editor's)
    refuses a save over another administrator's."""
    actor_id = uow.actor.user_id if uow.actor else 0
    policy.lock_system_administrators(uow.session)
    administrators = policy.active_system_administrators(uow.session)
    user = load_user(uow.session, user_id)
    policy.decide_user_action(authority, MANAGE_USERS,
                              policy.load_user_target(uow.session, user)).enforce(
        action="user.update", entity_type=ENTITY, entity_id=user.id,
        entity_name=user.display_name)
    before = snapshot(uow.session, user)
    if version is not None and user.version != version:
        raise ConflictError(say("Another administrator changed this user after you opened it. "
                                "Reload to see their version; your input is kept."), theirs=before)
    current = current_input(uow.session, user)
    data: UserInput = edit(current)
    clean = validate_input(uow.session, data, user, with_password=False)
    if user_id == actor_id and set(data.assignments) != set(current.assignments):
        raise PermissionDenied(say("Nobody changes their own roles; ask another administrator."),
                               action="user.update", entity_type=ENTITY, entity_id=user_id,
                               entity_name=user.display_name)
    authorize_relations(uow.session, authority, "user.update", user, clean, data,
                        user.display_name)
    user.first_name, user.last_name = clean.first_name, clean.last_name
    user.email, user.phone = clean.email, clean.phone
    user.updated_at = utcnow()
    apply_relations(uow.session, user, clean, data)
    uow.session.flush()
    uow.session.expire(user, ["memberships"])
    uow.session.refresh(user)
    policy.ensure_a_system_administrator_remains(uow.session, administrators)
    changes = diff(before, snapshot(uow.session, user))
    if changes:
        uow.record("user.update", entity_type=ENTITY, entity_id=user.id,
                   entity_name=user.display_name, changes=changes,
                   scope_organization_id=scope_of(user))
    uow.commit()
    return Outcome(detail(uow.session, user), Changes.of(USERS, user.id))


@dataclass(frozen=True)
class RelationChange:
    """One change to a user's place in the directory (a bulk action's, on each user)."""

    join: int | None = None  # organization id
    leave: int | None = None  # organization id: the membership and the roles held there
    grant: AssignmentInput | None = None
    revoke: tuple[int, int] | None = None  # (role id, organization id), at any location

    def apply(self, data: UserInput) -> UserInput:
        orgs = list(data.organization_ids)
        assignments = list(data.assignments)
        if self.join is not None and self.join not in orgs:
            orgs.append(self.join)
        if self.leave is not None:
            orgs = [o for o in orgs if o != self.leave]
            assignments = [a for a in assignments if a.organization_id != self.leave]
        if self.grant is not None and self.grant not in assignments:
            assignments.append(self.grant)
        if self.revoke is not None:
            assignments = [a for a in assignments
                           if (a.role_id, a.organization_id) != self.revoke]
        return UserInput(data.username, data.first_name, data.last_name, data.email,
                         data.phone, tuple(orgs), tuple(assignments))

    def applies_to(self, data: UserInput) -> bool:
        """Whether it would change anything (False: "already so")."""
        return self.apply(data) != data


def change_relations(database: Database, actor: Actor, user_id: int,
                     change: RelationChange) -> Outcome[UserDetail]:
    """Join or leave an organization, be given or lose a role: exactly what the editor would
    check and log for the same edit, without overwriting anything else."""
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_USERS,
                                   action="user.update", entity_type=ENTITY, entity_id=user_id)
        return _update(uow, authority, user_id, change.apply, None)


def delete_user(database: Database, actor: Actor, user_id: int,
                *, operation_id: str | None = None) -> Outcome[None]:
    """The Users list's Delete: archive the user. They cannot sign in, their links stop
    working, and they wait under "Archived" where they can be restored; deleting for good is
    a separate step with its own permission (``lifecycle``)."""
    from .lifecycle import Transition, change_status

    outcome = change_status(database, actor, user_id, Transition.ARCHIVE,
                            operation_id=operation_id)
    return Outcome(None, outcome.changes)


def set_password(database: Database, actor: Actor, hasher: PasswordHasher, user_id: int,
                 password: str, confirmation: str, *, must_change: bool = False,
                 operation_id: str | None = None) -> Outcome[None]:
    """Give a user a new password (help desk): needs "Reset credentials" where they belong, and
    the account must not hold more than the actor. With ``must_change`` they choose their own
    at the next sign-in. Two-factor enrolment stays as it is."""
    check_new_password(database, "password", password, confirmation, user_id=user_id)
    password_hash = hasher.hash(password)  # slow on purpose: before the transaction opens
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, RESET_CREDENTIALS,
                                   action="user.password_reset", entity_type=ENTITY,
                                   entity_id=user_id)
        if uow.replayed() is not None:  # a retry that went through
            return Outcome(None, Changes.of(USERS, user_id))
        user = load_user(uow.session, user_id)
        policy.decide_user_action(authority, RESET_CREDENTIALS,
                                  policy.load_user_target(uow.session, user)).enforce(
            action="user.password_reset", entity_type=ENTITY, entity_id=user.id,
            entity_name=user.display_name)
        before_flag, had_password = user.must_change_password, bool(user.password_hash)
        user.password_hash, user.must_change_password = password_hash, must_change
        user.updated_at = utcnow()
        changes: dict[str, tuple[Any, Any]] = {"password": ("set" if had_password else None,
                                                            "set")}
        if before_flag != must_change:
            changes["must_change_password"] = (before_flag, must_change)
        uow.record("user.password_reset", entity_type=ENTITY, entity_id=user.id,
                   entity_name=user.display_name, changes=changes,
                   scope_organization_id=scope_of(user))
        uow.commit()
        return Outcome(None, Changes.of(USERS, user.id))
