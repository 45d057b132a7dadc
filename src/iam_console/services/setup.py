"""Opening a database: schema upgrade, built-in permissions, and the first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select

from iam_console.auth.passwords import PasswordHasher
from iam_console.db import migrate
from iam_console.db.engine import Database, open_database
from iam_console.models import (
    DatabaseSetting,
    Membership,
    Organization,
    OrganizationKind,
    RoleAssignment,
    User,
    UserStatus,
)
from iam_console.texts import say

from . import validation
from .catalogue import ensure_builtin_permissions
from .errors import ConflictError
from .password_policy import check_new_password
from .permissions import SYSTEM_ADMINISTRATOR, SYSTEM_ADMINISTRATOR_ROLE
from .predefined import ensure_predefined_roles
from .uow import UnitOfWork

DEMO_SETTING = "demo"


@dataclass(frozen=True)
class DatabaseStatus:
    """What the sign-in window needs to know about the database it opened."""

    description: str
    needs_first_administrator: bool
    is_demo: bool


@dataclass(frozen=True)
class FirstAdministratorInput:
    organization: str
    username: str
    first_name: str
    last_name: str
    email: str
    password: str
    password_confirmation: str


def open_and_prepare(url: str) -> tuple[Database, DatabaseStatus]:
    """Open the database, bring its schema up to date and report its state."""
    database = open_database(url)
    try:
        migrate.upgrade(database)
        return database, prepare(database)
    except Exception:
        database.dispose()
        raise


def prepare(database: Database) -> DatabaseStatus:
    with UnitOfWork(database, None, "setup") as uow:
        migrate.serialize_setup(uow.session.connection())
        ensure_builtin_permissions(uow.session)
        ensure_predefined_roles(uow.session)
        uow.commit()
        has_users = uow.session.scalar(select(exists().where(User.id.isnot(None))))
        demo = uow.session.get(DatabaseSetting, DEMO_SETTING)
        return DatabaseStatus(database.describe(), not has_users, demo is not None)


def create_first_administrator(database: Database, hasher: PasswordHasher,
                               data: FirstAdministratorInput) -> int:
    """On an empty database only: the first organization and its system administrator."""
    errors = validation.FieldErrors()
    org_name = validation.text(errors, "organization", data.organization, label="Organization",
                               max_length=200)
    username, first, last, email = validation.person(errors, data.username, data.first_name,
                                                     data.last_name, data.email)
    check_new_password(database, "password", data.password, data.password_confirmation,
                       username=username, email=email, errors=errors)
    password_hash = hasher.hash(data.password)
    with UnitOfWork(database, None, "setup") as uow:
        session = uow.session
        migrate.serialize_setup(session.connection())
        if session.scalar(select(func.count()).select_from(User)):
            raise ConflictError(say("An administrator was created meanwhile; sign in instead."))
        role = ensure_predefined_roles(session)[SYSTEM_ADMINISTRATOR]
        org = Organization(name=org_name, name_key=validation.name_key(org_name),
                           kind=OrganizationKind.INTERNAL, description="", active=True)
        user = User(username=username, first_name=first, last_name=last, email=email,
                    status=UserStatus.ACTIVE, password_hash=password_hash)
        session.add_all([org, user])
        session.flush()
        session.add_all([Membership(user_id=user.id, organization_id=org.id),
                         RoleAssignment(user_id=user.id, role_id=role.id,
                                        organization_id=org.id)])
        uow.record("setup.first_administrator", entity_type="user", entity_id=user.id,
                   entity_name=user.display_name, actor_name="(setup)",
                   scope_organization_id=org.id,
                   changes={"username": (None, username), "organization": (None, org_name),
                            "role": (None, SYSTEM_ADMINISTRATOR_ROLE), "password": (None, "set")})
        uow.commit()
        return user.id
