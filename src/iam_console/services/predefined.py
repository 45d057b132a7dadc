"""The read-only predefined roles, kept in step with the program and the loaded catalogues."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iam_console.models import Permission, Role

from . import validation
from .permissions import PREDEFINED_ROLES, SYSTEM_ADMINISTRATOR


def ensure_predefined_roles(session: Session) -> dict[str, Role]:
    """Create or refresh the read-only predefined roles (System administrator, Help desk, ...).

    A custom role that already has a predefined role's name keeps it; the predefined one is
    then called "<name> (predefined)".
    """
    session.flush()
    perms = {p.code: p for p in session.scalars(select(Permission))}
    existing = {r.builtin_key: r for r in session.scalars(select(Role)
                                                          .where(Role.builtin_key.isnot(None)))}
    roles: dict[str, Role] = {}
    for spec in PREDEFINED_ROLES:
        role = existing.get(spec.key)
        # the System administrator holds everything: the console's and every catalogue's
        wanted = (set(perms.values()) if spec.key == SYSTEM_ADMINISTRATOR
                  else {perms[code] for code in spec.permissions})
        if role is None:
            name = spec.name
            if session.scalar(select(Role.id).where(Role.name_key == validation.name_key(name))):
                name = f"{spec.name} (predefined)"
            role = Role(name=name, name_key=validation.name_key(name), active=True, system=True,
                        builtin_key=spec.key, permissions=wanted)
            session.add(role)
        elif role.permissions != wanted:
            role.permissions = wanted
        role.description = spec.description
        role.organization_kind = spec.organization_kind
        roles[spec.key] = role
    session.flush()
    return roles
