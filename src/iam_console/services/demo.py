"""Demo data: a few organizations and locations, the demo catalogue, roles and users."""

from __future__ import annotations

import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.models import (
    DatabaseSetting,
    Location,
    Membership,
    Organization,
    OrganizationKind,
    Permission,
    Role,
    RoleAssignment,
    User,
    UserStatus,
)

from . import validation
from .catalogue import demo_catalogue, upsert_entries
from .demo_history import write_demo_history
from .permissions import VIEW_ORGANIZATIONS, VIEW_ROLES, VIEW_USERS
from .setup import DEMO_SETTING, FirstAdministratorInput, create_first_administrator
from .uow import UnitOfWork

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "tulip-harbour-2026"  # shown on the sign-in window of the demo database only
DEMO_USER_COUNT = 300
# one account per predefined role (password DEMO_PASSWORD): username, role key, where it is
# assigned, their organizations, and demo roles they also hold there
ROLE_ACCOUNTS = (
    ("useradmin", "user-administrator", "Head Office", ("Head Office",), ()),
    ("orgadmin", "organization-administrator", "Housing Department", ("Housing Department",),
     ("Caseworker", "Case supervisor", "Configurator")),
    ("helpdesk", "help-desk", "Head Office", ("Housing Department",), ()),
    ("auditor", "auditor", "Head Office", ("Head Office",), ()),
    ("reader", "reader", "Social Services", ("Social Services",), ()),
    ("extadmin", "external-administrator", "Northwind Partners", ("Northwind Partners",), ()),
    ("extaccess", "external-access", "Northwind Partners", ("Northwind Partners",), ()),
)

FIRST_NAMES = ("Anna", "Ben", "Chloe", "David", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jonas",
               "Kaya", "Liam", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tara",
               "Umar", "Vera", "Wim", "Xenia", "Yusuf", "Zoe")
LAST_NAMES = ("Adams", "Bakker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat",
              "Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Nowak", "Okafor", "Peeters",
              "Quispe", "Rossi", "Schmidt", "Tanaka", "Urban", "Visser", "Weber", "Yilmaz",
              "Zimmermann")
ORGANIZATIONS = (
    ("Head Office", OrganizationKind.INTERNAL, None, ("Main building", "Annex")),
    ("Social Services", OrganizationKind.INTERNAL, "Head Office", ("North", "South", "East")),
    ("Housing Department", OrganizationKind.INTERNAL, "Head Office", ("City centre",)),
    ("IT Services", OrganizationKind.INTERNAL, "Head Office", ()),
    ("Northwind Partners", OrganizationKind.EXTERNAL, None, ("Remote",)),
)
ROLES = (
    ("Caseworker", "Works on the cases of their team.",
     ("case.cases.view", "case.cases.create", "case.cases.edit", "case.documents.upload",
      "case.decisions.draft")),
    ("Case supervisor", "Approves decisions and assigns cases.",
     ("case.cases.view", "case.cases.edit", "case.cases.close", "case.cases.reopen",
      "case.cases.assign", "case.decisions.approve", "case.reports.view")),
    ("Configurator", "Maintains the configuration site.",
     ("config.settings.view", "config.settings.edit", "config.templates.view",
      "config.templates.edit", "config.workflows.view", "config.codelists.edit")),
    ("Directory reader", "Looks people up in the console.",
     (VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES)),
)


def is_empty(database: Database) -> bool:
    with UnitOfWork(database, None, "demo") as uow:
        return not uow.session.scalar(select(func.count()).select_from(User))


def fill_demo(database: Database, hasher: PasswordHasher, users: int | None = None,
              *, history: bool = True) -> None:
    """Fill an empty database with demo data (and, unless told not to, a short history of
    real changes in the administration log); a database with users is left as it is."""
    if not is_empty(database):
        return
    users = DEMO_USER_COUNT if users is None else users
    create_first_administrator(database, hasher, FirstAdministratorInput(
        "Head Office", DEMO_USERNAME, "Dana", "Demo", "admin@demo.example.org",
        DEMO_PASSWORD, DEMO_PASSWORD))
    rng = random.Random(20261122)
    with UnitOfWork(database, None, "demo") as uow:
        session = uow.session
        upsert_entries(session, demo_catalogue())
        session.flush()
        orgs: dict[str, Organization] = {
            o.name: o for o in session.scalars(select(Organization))}
        for name, kind, parent, locations in ORGANIZATIONS:
            org = orgs.get(name) or Organization(name=name, name_key=validation.name_key(name),
                                                 description=f"Demo: {name}", active=True)
            org.kind = kind
            org.parent = orgs[parent] if parent else None
            org.locations = [Location(name=n, name_key=validation.name_key(n)) for n in locations]
            session.add(org)
            orgs[name] = org
        perms = {p.code: p for p in session.scalars(select(Permission))}
        roles = []
        for name, description, codes in ROLES:
            role = Role(name=name, name_key=validation.name_key(name), description=description,
                        active=True, system=False, permissions={perms[c] for c in codes})
            session.add(role)
            roles.append(role)
        session.flush()
        org_list = list(orgs.values())
        for number in range(users):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            username = f"{first[0]}{last}{number}".lower()
            user = User(username=username, first_name=first, last_name=last,
                        email=f"{username}@demo.example.org",
                        phone=f"+31 20 {rng.randint(1000000, 9999999)}" if number % 3 else None,
                        status=UserStatus.ACTIVE if number % 17 else UserStatus.PENDING)
            session.add(user)
            session.flush()
            org = rng.choice(org_list)
            session.add(Membership(user_id=user.id, organization_id=org.id))
            if number % 4:
                role = rng.choice(roles)
                location = rng.choice(org.locations) if org.locations and number % 2 else None
                session.add(RoleAssignment(user_id=user.id, role_id=role.id,
                                           organization_id=org.id,
                                           location_id=location.id if location else None))
        _role_accounts(session, hasher, orgs, {r.name: r for r in roles})
        session.add(DatabaseSetting(key=DEMO_SETTING, value="true"))
        uow.record("demo.fill", entity_type="database", entity_name=database.describe(),
                   actor_name="(demo)", changes={"users": (None, users + 1 + len(ROLE_ACCOUNTS))})
        uow.commit()
    if history:
        write_demo_history(database, hasher, DEMO_USERNAME, DEMO_PASSWORD)


def _role_accounts(session: Session, hasher: PasswordHasher, orgs: dict[str, Organization],
                   demo_roles: dict[str, Role]) -> None:
    """One signed-in-able account per predefined role, to try delegation with."""
    predefined = {r.builtin_key: r for r in session.scalars(
        select(Role).where(Role.builtin_key.isnot(None)))}
    password_hash = hasher.hash(DEMO_PASSWORD)
    for username, key, where, member_of, extra in ROLE_ACCOUNTS:
        role = predefined[key]
        user = User(username=username, first_name=role.name.split()[0],
                    last_name=f"Demo ({role.name})", email=f"{username}@demo.example.org",
                    status=UserStatus.ACTIVE, password_hash=password_hash)
        session.add(user)
        session.flush()
        for org in member_of:
            session.add(Membership(user_id=user.id, organization_id=orgs[org].id))
        for granted in (role, *(demo_roles[name] for name in extra)):
            session.add(RoleAssignment(user_id=user.id, role_id=granted.id,
                                       organization_id=orgs[where].id))
