"""Organizations and their locations: list, read, create, update, delete."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from iam_console.db.engine import Database
from iam_console.models import (
    Location,
    Membership,
    Organization,
    OrganizationKind,
    RoleAssignment,
    utcnow,
)
from iam_console.texts import say

from . import policy, validation
from .actor import Actor
from .audit import diff
from .authority import Authority
from .changes import ORGANIZATIONS, USERS, Changes, Outcome
from .choices import Choice, LocationView
from .errors import FORM, ConflictError, NotFound, PermissionDenied, ValidationError
from .paging import Page, PageRequest, read_page, sort_column
from .permissions import MANAGE_ORGANIZATIONS, VIEW_ORGANIZATIONS
from .uow import UnitOfWork

AREA = "organizations"
ENTITY = "organization"


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    name: str
    kind: str
    active: bool
    parent_name: str
    description: str
    member_count: int


@dataclass(frozen=True)
class OrganizationDetail:
    id: int
    name: str
    description: str
    active: bool
    kind: str
    parent_id: int | None
    parent_name: str
    locations: tuple[LocationView, ...]
    version: int


@dataclass(frozen=True)
class LocationInput:
    name: str
    id: int | None = None


@dataclass(frozen=True)
class OrganizationInput:
    name: str
    description: str = ""
    active: bool = True
    kind: str = OrganizationKind.INTERNAL.value
    parent_id: int | None = None
    locations: tuple[LocationInput, ...] = ()


_parent = aliased(Organization)
_member_count = (
    select(func.count()).where(Membership.organization_id == Organization.id)
    .correlate(Organization).scalar_subquery()
)
SORTABLE: dict[str, Any] = {
    "name": Organization.name_key,
    "kind": Organization.kind,
    "active": Organization.active,
}


def list_organizations(database: Database, actor: Actor,
                       request: PageRequest) -> Page[OrganizationRow]:
    """One page of organizations, filtered and sorted in SQL."""
    with UnitOfWork(database, actor, AREA) as uow:
        stmt = _visible(uow, actor)
        column = sort_column(SORTABLE, request, "name")
        stmt = stmt.add_columns(Organization.id, Organization.name, Organization.kind,
                                Organization.active, _parent.name, Organization.description,
                                _member_count, column.label("sort_key")
                                ).outerjoin(_parent, _parent.id == Organization.parent_id)
        term = request.search.strip().casefold()
        if term:
            stmt = stmt.where(Organization.name_key.contains(term, autoescape=True))
        page = read_page(uow.session, stmt, column, Organization.id, request)
        return page.map(lambda r: OrganizationRow(r[0], r[1], OrganizationKind(r[2]).value, r[3],
                                                  r[4] or "", r[5], r[6]))


def count_organizations(database: Database, actor: Actor, search: str = "") -> int:
    with UnitOfWork(database, actor, AREA) as uow:
        stmt = _visible(uow, actor).add_columns(func.count()).select_from(Organization)
        if search.strip():
            stmt = stmt.where(Organization.name_key.contains(search.strip().casefold(),
                                                             autoescape=True))
        return uow.session.scalar(stmt) or 0


def organization_choices(database: Database, actor: Actor) -> list[Choice]:
    """The organizations the actor may see, with their locations, for pickers in editors."""
    with UnitOfWork(database, actor, AREA) as uow:
        stmt = _visible(uow, actor).add_columns(Organization)
        orgs = uow.session.scalars(stmt.order_by(Organization.name_key).limit(2000))
        return [Choice(o.id, o.name, tuple(LocationView(loc.id, loc.name) for loc in o.locations))
                for o in orgs]


def _visible(uow: UnitOfWork, actor: Actor) -> Any:
    """An empty select limited to the organizations the actor may see (add the columns)."""
    authority = policy.require(uow.session, actor.user_id, VIEW_ORGANIZATIONS,
                               action="organization.list")
    scope = policy.visible(authority, VIEW_ORGANIZATIONS, Organization.id)
    return select() if scope is None else select().where(scope)


def _place(org: Organization) -> policy.Place:
    return policy.Place(org.id, org.name)


def _load(session: Session, organization_id: int) -> Organization:
    org = session.get(Organization, organization_id)
    if org is None:
        raise NotFound(say("This organization no longer exists; another administrator deleted "
                           "it."))
    return org


def _detail(org: Organization) -> OrganizationDetail:
    return OrganizationDetail(
        org.id, org.name, org.description, org.active, OrganizationKind(org.kind).value,
        org.parent_id, org.parent.name if org.parent else "",
        tuple(LocationView(loc.id, loc.name) for loc in org.locations), org.version)


def _snapshot(org: Organization) -> dict[str, Any]:
    return {"name": org.name, "description": org.description, "active": org.active,
            "kind": OrganizationKind(org.kind).value,
            "parent": org.parent.name if org.parent else None,
            "locations": frozenset(loc.name for loc in org.locations)}


def get_organization(database: Database, actor: Actor, organization_id: int) -> OrganizationDetail:
    with UnitOfWork(database, actor, AREA) as uow:
        authority = policy.require(uow.session, actor.user_id, VIEW_ORGANIZATIONS,
                                   action="organization.view", entity_type=ENTITY,
                                   entity_id=organization_id)
        org = _load(uow.session, organization_id)
        if authority.grant_seeing(VIEW_ORGANIZATIONS, org.id) is None:
            raise PermissionDenied(say("“{0}” is outside the organizations you may see.",
                                       org.name), action="organization.view", entity_type=ENTITY,
                                   entity_id=org.id, entity_name=org.name)
        return _detail(org)


def check_fields(errors: validation.FieldErrors, data: OrganizationInput
                 ) -> tuple[str, str, OrganizationKind, list[str]]:
    """The rules that need no database (the editor's and the CSV import's): name, description,
    kind, location names; problems go to ``errors`` by field."""
    name = validation.text(errors, "name", data.name, label="Name", max_length=200)
    description = validation.text(errors, "description", data.description, label="Description",
                                  max_length=2000, required=False)
    try:
        kind = OrganizationKind(data.kind)
    except ValueError:
        errors.add("kind", say("Kind must be internal or external."))
        kind = OrganizationKind.INTERNAL
    names: list[str] = []
    seen: set[str] = set()
    for loc in data.locations:
        loc_errors = validation.FieldErrors()
        loc_name = validation.text(loc_errors, "locations", loc.name, label=say("A location name"),
                                   max_length=200)
        if loc_errors:
            errors.add("locations", loc_errors["locations"])
        elif validation.name_key(loc_name) in seen:
            errors.add("locations", say("The location “{0}” is listed twice.", loc_name))
        seen.add(validation.name_key(loc_name))
        names.append(loc_name)
    return name, description, kind, names


def _validate(session: Session, data: OrganizationInput,
              current: Organization | None) -> tuple[str, str, OrganizationKind, list[str]]:
    errors = validation.FieldErrors()
    name, description, kind, names = check_fields(errors, data)
    if name and "name" not in errors:
        clash = session.scalar(select(Organization).where(
            Organization.name_key == validation.name_key(name)))
        if clash is not None and clash is not current:
            errors.add("name", say("An organization named “{0}” already exists (names are "
                                   "compared without regard to case).", clash.name))
    if data.parent_id is not None:
        parent = session.get(Organization, data.parent_id)
        if parent is None:
            errors.add("parent", say("The chosen parent organization no longer exists."))
        elif current is not None:
            ancestor: Organization | None = parent
            while ancestor is not None:
                if ancestor.id == current.id:
                    errors.add("parent", say("An organization cannot be placed under itself or "
                                             "under one of its own sub-organizations."))
                    break
                ancestor = ancestor.parent
    if errors:
        raise ValidationError(errors)
    return name, description, kind, names


def _apply_locations(session: Session, org: Organization, data: OrganizationInput,
                     names: list[str]) -> None:
    wanted_ids = {loc.id for loc in data.locations if loc.id is not None}
    removed = [loc for loc in org.locations if loc.id not in wanted_ids]
    for loc in removed:
        used = session.scalar(select(func.count()).select_from(RoleAssignment)
                              .where(RoleAssignment.location_id == loc.id)) or 0
        if used:
            raise ValidationError({"locations": say("The location “{0}” is used by {1} role "
                                                    "assignment(s); remove those first.",
                                                    loc.name, used)})
        org.locations.remove(loc)
    by_id = {loc.id: loc for loc in org.locations}
    for item, name in zip(data.locations, names, strict=True):
        if item.id is not None and item.id in by_id:
            by_id[item.id].name = name
            by_id[item.id].name_key = validation.name_key(name)
        else:
            org.locations.append(Location(name=name, name_key=validation.name_key(name)))


def create_organization(database: Database, actor: Actor,
                        data: OrganizationInput,
                        *, operation_id: str | None = None) -> Outcome[OrganizationDetail]:
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_ORGANIZATIONS,
                                   action="organization.create", entity_type=ENTITY,
                                   entity_name=data.name)
        if (done := uow.replayed()) is not None:  # a retry that went through
            again = _load(uow.session, done.entity_id or 0)
            return Outcome(_detail(again), Changes.of(ORGANIZATIONS, again.id))
        org, event = create_in(uow, authority, data)
        uow.record(**event)
        uow.commit()
        return Outcome(_detail(org), Changes.of(ORGANIZATIONS, org.id))


def create_in(uow: UnitOfWork, authority: Authority, data: OrganizationInput,
              reason: str = "") -> tuple[Organization, dict[str, Any]]:
    """Create one organization inside ``uow``'s transaction (the editor's and the CSV import's
    way): validated, decided in its parent (or the whole directory). Answers it with its log
    event, for the caller to record (one at a time, or a batch at once)."""
    name, description, kind, names = _validate(uow.session, data, None)
    policy.decide_in_organization(
        authority, MANAGE_ORGANIZATIONS, policy.place_of(uow.session, data.parent_id)
    ).enforce(action="organization.create", entity_type=ENTITY, entity_name=name)
    org = Organization(name=name, name_key=validation.name_key(name), description=description,
                       active=data.active, kind=kind, parent_id=data.parent_id, locations=[])
    uow.session.add(org)
    _apply_locations(uow.session, org, data, names)
    uow.session.flush()
    uow.session.refresh(org)
    return org, {"action": "organization.create", "entity_type": ENTITY, "entity_id": org.id,
                 "entity_name": org.name, "scope_organization_id": org.id, "reason": reason,
                 "changes": {k: (None, v) for k, v in _snapshot(org).items()}}


def update_organization(database: Database, actor: Actor, organization_id: int, version: int,
                        data: OrganizationInput,
                        *, operation_id: str | None = None) -> Outcome[OrganizationDetail]:
    """Save against the version the editor loaded; a newer version is a ConflictError."""
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_ORGANIZATIONS,
                                   action="organization.update", entity_type=ENTITY,
                                   entity_id=organization_id, entity_name=data.name)
        if (done := uow.replayed()) is not None:  # a retry that went through
            again = _load(uow.session, done.entity_id or 0)
            return Outcome(_detail(again), Changes.of(ORGANIZATIONS, again.id))
        policy.lock_system_administrators(uow.session)
        administrators = policy.active_system_administrators(uow.session)
        org = _load(uow.session, organization_id)
        places = [_place(org)]
        if data.parent_id != org.parent_id:  # a move: the permission where it was and will be
            places += [policy.place_of(uow.session, org.parent_id),
                       policy.place_of(uow.session, data.parent_id)]
        for place in places:
            policy.decide_in_organization(authority, MANAGE_ORGANIZATIONS, place).enforce(
                action="organization.update", entity_type=ENTITY, entity_id=org.id,
                entity_name=org.name)
        if org.version != version:
            raise ConflictError(say("Another administrator changed this organization after you "
                                    "opened it. Reload to see their version; your input is "
                                    "kept."),
                                theirs=_snapshot(org))
        before = _snapshot(org)
        name, description, kind, names = _validate(uow.session, data, org)
        org.name, org.name_key, org.description = name, validation.name_key(name), description
        org.active, org.kind, org.parent_id = data.active, kind, data.parent_id
        org.updated_at = utcnow()
        _apply_locations(uow.session, org, data, names)
        uow.session.flush()
        uow.session.refresh(org)
        policy.ensure_a_system_administrator_remains(uow.session, administrators)
        changes = diff(before, _snapshot(org))
        if changes:
            uow.record("organization.update", entity_type=ENTITY, entity_id=org.id,
                       entity_name=org.name, scope_organization_id=org.id, changes=changes)
        uow.commit()
        return Outcome(_detail(org), Changes.of(ORGANIZATIONS, org.id).merged(Changes.of(USERS)))


def delete_organization(database: Database, actor: Actor, organization_id: int,
                        *, operation_id: str | None = None) -> Outcome[None]:
    """Delete an organization that has no users, sub-organizations or role assignments."""
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_ORGANIZATIONS,
                                   action="organization.delete", entity_type=ENTITY,
                                   entity_id=organization_id)
        if uow.replayed() is not None:  # a retry of a delete that went through
            return Outcome(None, Changes.of(ORGANIZATIONS, organization_id))
        org = _load(uow.session, organization_id)
        policy.decide_in_organization(authority, MANAGE_ORGANIZATIONS, _place(org)).enforce(
            action="organization.delete", entity_type=ENTITY, entity_id=org.id,
            entity_name=org.name)
        session = uow.session
        members = session.scalar(select(func.count()).select_from(Membership)
                                 .where(Membership.organization_id == org.id)) or 0
        if members:
            raise ValidationError({FORM: say("“{0}” has {1} user(s). Move or remove them "
                                             "before deleting the organization.",
                                             org.name, members)})
        children = session.scalar(select(func.count()).select_from(Organization)
                                  .where(Organization.parent_id == org.id)) or 0
        if children:
            raise ValidationError({FORM: say("“{0}” has {1} sub-organization(s). Move or "
                                             "delete them first.", org.name, children)})
        assignments = session.scalar(select(func.count()).select_from(RoleAssignment)
                                     .where(RoleAssignment.organization_id == org.id)) or 0
        if assignments:
            raise ValidationError({FORM: say("“{0}” is the scope of {1} role assignment(s). "
                                             "Remove them first.", org.name, assignments)})
        before = _snapshot(org)
        session.delete(org)
        uow.record("organization.delete", entity_type=ENTITY, entity_id=organization_id,
                   entity_name=before["name"], scope_organization_id=organization_id,
                   changes={k: (v, None) for k, v in before.items()})
        uow.commit()
        return Outcome(None, Changes.of(ORGANIZATIONS, organization_id))

