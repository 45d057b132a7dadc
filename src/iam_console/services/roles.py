"""Roles (permission sets): list, read, create, update, delete."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iam_console.db.engine import Database
from iam_console.models import Permission, Role, RoleAssignment, role_permissions, utcnow
from iam_console.texts import say

from . import policy, validation
from .actor import Actor
from .audit import diff
from .changes import ROLES, USERS, Changes, Outcome
from .choices import Choice
from .errors import FORM, ConflictError, NotFound, PermissionDenied, ValidationError
from .paging import Page, PageRequest, read_page, sort_column
from .permissions import MANAGE_ROLES, VIEW_ROLES
from .uow import UnitOfWork

AREA = "roles"
ENTITY = "role"


@dataclass(frozen=True)
class RoleRow:
    id: int
    name: str
    description: str
    active: bool
    system: bool
    permission_count: int
    assignment_count: int


@dataclass(frozen=True)
class RoleDetail:
    id: int
    name: str
    description: str
    active: bool
    system: bool
    base_role_id: int | None
    base_role_name: str
    permission_codes: frozenset[str]
    version: int


@dataclass(frozen=True)
class RoleInput:
    name: str
    description: str = ""
    active: bool = True
    base_role_id: int | None = None
    permission_codes: frozenset[str] = frozenset()


_permission_count = (select(func.count()).where(role_permissions.c.role_id == Role.id)
                     .correlate(Role).scalar_subquery())
_assignment_count = (select(func.count()).where(RoleAssignment.role_id == Role.id)
                     .correlate(Role).scalar_subquery())
SORTABLE: dict[str, Any] = {"name": Role.name_key, "active": Role.active, "system": Role.system}


def list_roles(database: Database, actor: Actor, request: PageRequest) -> Page[RoleRow]:
    with UnitOfWork(database, actor, AREA) as uow:
        policy.require(uow.session, actor.user_id, VIEW_ROLES, action="role.list")
        column = sort_column(SORTABLE, request, "name")
        stmt = select(Role.id, Role.name, Role.description, Role.active, Role.system,
                      _permission_count, _assignment_count, column.label("sort_key"))
        term = request.search.strip().casefold()
        if term:
            stmt = stmt.where(Role.name_key.contains(term, autoescape=True))
        page = read_page(uow.session, stmt, column, Role.id, request)
        return page.map(lambda r: RoleRow(*r[:7]))


def count_roles(database: Database, actor: Actor, search: str = "") -> int:
    with UnitOfWork(database, actor, AREA) as uow:
        policy.require(uow.session, actor.user_id, VIEW_ROLES, action="role.list")
        stmt = select(func.count()).select_from(Role)
        if search.strip():
            stmt = stmt.where(Role.name_key.contains(search.strip().casefold(), autoescape=True))
        return uow.session.scalar(stmt) or 0


def role_choices(database: Database, actor: Actor) -> list[Choice]:
    """Roles for pickers; inactive roles are labelled so, and refused when assigned."""
    with UnitOfWork(database, actor, AREA) as uow:
        policy.require(uow.session, actor.user_id, VIEW_ROLES, action="role.list")
        roles = uow.session.execute(select(Role.id, Role.name, Role.active)
                                    .order_by(Role.name_key).limit(2000))
        return [Choice(i, n if a else f"{n} (inactive)") for i, n, a in roles]


def _load(session: Session, role_id: int) -> Role:
    role = session.get(Role, role_id)
    if role is None:
        raise NotFound(say("This role no longer exists; another administrator deleted it."))
    return role


def _detail(role: Role) -> RoleDetail:
    return RoleDetail(role.id, role.name, role.description, role.active, role.system,
                      role.base_role_id, role.base_role.name if role.base_role else "",
                      frozenset(p.code for p in role.permissions), role.version)


def _snapshot(role: Role) -> dict[str, Any]:
    return {"name": role.name, "description": role.description, "active": role.active,
            "base_role": role.base_role.name if role.base_role else None,
            "permissions": frozenset(p.code for p in role.permissions)}


def get_role(database: Database, actor: Actor, role_id: int) -> RoleDetail:
    with UnitOfWork(database, actor, AREA) as uow:
        policy.require(uow.session, actor.user_id, VIEW_ROLES, action="role.view",
                       entity_type=ENTITY, entity_id=role_id)
        return _detail(_load(uow.session, role_id))


def _validate(session: Session, data: RoleInput,
              current: Role | None) -> tuple[str, str, list[Permission]]:
    errors = validation.FieldErrors()
    name = validation.text(errors, "name", data.name, label="Name", max_length=100)
    description = validation.text(errors, "description", data.description, label="Description",
                                  max_length=2000, required=False)
    if name and "name" not in errors:
        clash = session.scalar(select(Role).where(Role.name_key == validation.name_key(name)))
        if clash is not None and clash is not current:
            errors.add("name", say("A role named “{0}” already exists (names are compared "
                                   "without regard to case).", clash.name))
    perms = list(session.scalars(select(Permission)
                                 .where(Permission.code.in_(data.permission_codes))))
    unknown = set(data.permission_codes) - {p.code for p in perms}
    if unknown:
        errors.add("permissions", say("Unknown permission(s): {0}", ", ".join(sorted(unknown))))
    if data.base_role_id is not None:
        base = session.get(Role, data.base_role_id)
        if base is None:
            errors.add("base_role", say("The chosen base role no longer exists."))
        elif current is not None and base.id == current.id:
            errors.add("base_role", say("A role cannot be based on itself."))
        else:
            outside = set(data.permission_codes) - {p.code for p in base.permissions}
            if outside:
                errors.add("permissions", say("A role based on “{0}” may hold only its "
                                              "permissions; remove: {1}.",
                                              base.name, ', '.join(sorted(outside))))
    if errors:
        raise ValidationError(errors)
    return name, description, perms


def create_role(database: Database, actor: Actor, data: RoleInput,
                *, operation_id: str | None = None) -> Outcome[RoleDetail]:
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_ROLES, action="role.create",
                                   entity_type=ENTITY, entity_name=data.name)
        if (done := uow.replayed()) is not None:  # a retry that went through
            again = _load(uow.session, done.entity_id or 0)
            return Outcome(_detail(again), Changes.of(ROLES, again.id))
        name, description, perms = _validate(uow.session, data, None)
        policy.decide_role_definition(authority, data.permission_codes).enforce(
            action="role.create", entity_type=ENTITY, entity_name=name)
        role = Role(name=name, name_key=validation.name_key(name), description=description,
                    active=data.active, system=False, base_role_id=data.base_role_id,
                    permissions=set(perms))
        uow.session.add(role)
        uow.session.flush()
        uow.session.refresh(role)
        uow.record("role.create", entity_type=ENTITY, entity_id=role.id, entity_name=role.name,
                   changes={k: (None, v) for k, v in _snapshot(role).items()})
        uow.commit()
        return Outcome(_detail(role), Changes.of(ROLES, role.id))


def _refuse_system(role: Role, action: str) -> None:
    if role.system:
        raise PermissionDenied(say("“{0}” is a predefined system role and is read-only. Create "
                                   "a role based on it instead.", role.name),
                               action=action, entity_type=ENTITY, entity_id=role.id,
                               entity_name=role.name)


def update_role(database: Database, actor: Actor, role_id: int, version: int,
                data: RoleInput, *, operation_id: str | None = None) -> Outcome[RoleDetail]:
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_ROLES, action="role.update",
                                   entity_type=ENTITY, entity_id=role_id, entity_name=data.name)
        if (done := uow.replayed()) is not None:  # a retry that went through
            again = _load(uow.session, done.entity_id or 0)
            return Outcome(_detail(again), Changes.of(ROLES, again.id))
        role = _load(uow.session, role_id)
        _refuse_system(role, "role.update")
        policy.decide_role_definition(
            authority, data.permission_codes | {p.code for p in role.permissions}).enforce(
            action="role.update", entity_type=ENTITY, entity_id=role.id, entity_name=role.name)
        if role.version != version:
            raise ConflictError(say("Another administrator changed this role after you opened "
                                    "it. Reload to see their version; your input is kept."),
                                theirs=_snapshot(role))
        before = _snapshot(role)
        name, description, perms = _validate(uow.session, data, role)
        role.name, role.name_key, role.description = name, validation.name_key(name), description
        role.active, role.base_role_id = data.active, data.base_role_id
        role.permissions = set(perms)
        role.updated_at = utcnow()
        uow.session.flush()
        uow.session.refresh(role)
        changes = diff(before, _snapshot(role))
        if changes:
            uow.record("role.update", entity_type=ENTITY, entity_id=role.id,
                       entity_name=role.name, changes=changes)
        _narrow_derived(uow, role)
        uow.commit()
        return Outcome(_detail(role), Changes.of(ROLES, role.id).merged(Changes.of(USERS)))


def _narrow_derived(uow: UnitOfWork, base: Role) -> None:
    """Roles based on ``base`` (and on those) lose what ``base`` no longer holds, each change
    logged with the reason."""
    allowed = set(base.permissions)
    for derived in uow.session.scalars(select(Role).where(Role.base_role_id == base.id)):
        lost = {p for p in derived.permissions if p not in allowed}
        if not lost:
            continue
        before = _snapshot(derived)
        derived.permissions = derived.permissions & allowed
        derived.updated_at = utcnow()
        uow.session.flush()
        uow.record("role.update", entity_type=ENTITY, entity_id=derived.id,
                   entity_name=derived.name, changes=diff(before, _snapshot(derived)),
                   reason=say("Its base role “{0}” no longer holds {1}.", base.name,
                              ", ".join(sorted(p.code for p in lost))))
        _narrow_derived(uow, derived)


def delete_role(database: Database, actor: Actor, role_id: int,
                *, operation_id: str | None = None) -> Outcome[None]:
    """Delete a custom role that nobody holds and no role is based on."""
    with UnitOfWork(database, actor, AREA, operation_id) as uow:
        authority = policy.require(uow.session, actor.user_id, MANAGE_ROLES, action="role.delete",
                                   entity_type=ENTITY, entity_id=role_id)
        if uow.replayed() is not None:  # a retry of a delete that went through
            return Outcome(None, Changes.of(ROLES, role_id))
        session = uow.session
        role = _load(session, role_id)
        _refuse_system(role, "role.delete")
        policy.decide_role_definition(authority, {p.code for p in role.permissions}).enforce(
            action="role.delete", entity_type=ENTITY, entity_id=role.id, entity_name=role.name)
        holders = session.scalar(select(func.count(func.distinct(RoleAssignment.user_id)))
                                 .where(RoleAssignment.role_id == role.id)) or 0
        if holders:
            raise ValidationError({FORM: say("“{0}” is assigned to {1} user(s). Remove those "
                                             "assignments before deleting it, or make the role "
                                             "inactive.", role.name, holders)})
        derived = session.scalar(select(func.count()).select_from(Role)
                                 .where(Role.base_role_id == role.id)) or 0
        if derived:
            raise ValidationError({FORM: say("{0} role(s) are based on “{1}”. Delete or change "
                                             "them first.", derived, role.name)})
        before = _snapshot(role)
        session.delete(role)
        uow.record("role.delete", entity_type=ENTITY, entity_id=role_id,
                   entity_name=before["name"], changes={k: (v, None) for k, v in before.items()})
        uow.commit()
        return Outcome(None, Changes.of(ROLES, role_id))
