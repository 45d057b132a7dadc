"""A short, real history for the demo database's administration log: a few sign-ins (some
failed, locking an account), an organization and users created and changed, a role changed, an
activation link issued, a password reset, and two refusals, all made through the same services
a person uses. The help desk finds a locked user (tdekker, who must set up two-factor) and a
user awaiting activation (mbos); an administrator finds a user awaiting approval after a first
sign-in through an identity provider (praman)."""

from __future__ import annotations

import contextlib

from sqlalchemy import select

from iam_console.auth.passwords import PasswordHasher
from iam_console.db.engine import Database
from iam_console.models import Organization, Role, TokenKind, User

from . import installation_settings, organizations, roles, sessions, tokens, two_factor, users
from .actor import Actor
from .errors import AuthenticationFailed, PermissionDenied
from .installation_settings import AccountSettings
from .uow import UnitOfWork

NEW_USERS = ("jvisser", "mbos", "tdekker", "praman", "vhalvorsen")  # the people the history adds


def _ids(database: Database) -> tuple[dict[str, int], dict[str, int], int]:
    with UnitOfWork(database, None, "demo") as uow:
        orgs = {n: i for n, i in uow.session.execute(select(Organization.name, Organization.id))}
        role_ids = {n: i for n, i in uow.session.execute(select(Role.name, Role.id))}
        victim = uow.session.scalar(select(User.id).where(User.username == "auditor"))
        assert victim is not None
        return orgs, role_ids, victim


def write_demo_history(database: Database, hasher: PasswordHasher, username: str,
                       password: str) -> None:
    orgs, role_ids, auditor_id = _ids(database)
    with contextlib.suppress(AuthenticationFailed):
        sessions.sign_in(database, hasher, username, "not-the-password")
    admin = sessions.sign_in(database, hasher, username, password)
    projects = organizations.create_organization(database, admin, organizations.OrganizationInput(
        "Projects Office", "Runs the housing renewal projects.",
        parent_id=orgs["Housing Department"])).value
    created = users.create_user(database, admin, hasher, users.UserInput(
        "jvisser", "Jan", "Visser", "jan.visser@demo.example.org",
        organization_ids=(orgs["Housing Department"],),
        assignments=(users.AssignmentInput(role_ids["Caseworker"],
                                           orgs["Housing Department"]),))).value
    users.update_user(database, admin, created.id, created.version, users.UserInput(
        "jvisser", "Jan", "Visser", "jan.visser@demo.example.org", "+31 20 555 0199",
        organization_ids=(orgs["Housing Department"], projects.id),
        assignments=(users.AssignmentInput(role_ids["Case supervisor"],
                                           orgs["Housing Department"]),
                     users.AssignmentInput(role_ids["Caseworker"], projects.id))))
    trainee = users.create_user(database, admin, hasher, users.UserInput(
        "mbos", "Mila", "Bos", "mila.bos@demo.example.org",
        organization_ids=(orgs["Housing Department"],))).value
    locked = users.create_user(database, admin, hasher, users.UserInput(
        "tdekker", "Tom", "Dekker", "tom.dekker@demo.example.org",
        organization_ids=(orgs["Housing Department"],),
        assignments=(users.AssignmentInput(role_ids["Reader"], orgs["Housing Department"]),),
        password=password, password_confirmation=password)).value
    two_factor.require_two_factor(database, admin, locked.id, True)
    role = roles.get_role(database, admin, role_ids["Caseworker"])
    roles.update_role(database, admin, role.id, role.version, roles.RoleInput(
        role.name, role.description, role.active, role.base_role_id,
        role.permission_codes | {"case.reports.view"}))
    sessions.sign_out(database, admin)
    for _ in range(installation_settings.read(database, AccountSettings).lockout_threshold):
        with contextlib.suppress(AuthenticationFailed):  # someone guesses: the account locks
            sessions.start_sign_in(database, hasher, "tdekker", "summer-2026")
    helpdesk = sessions.sign_in(database, hasher, "helpdesk", password)
    tokens.issue_token(database, helpdesk, trainee.id, TokenKind.ACTIVATION)
    with contextlib.suppress(PermissionDenied):  # protected: holds what the help desk does not
        users.set_password(database, helpdesk, hasher, created.id, "spring-renewal-2026",
                           "spring-renewal-2026")
    with contextlib.suppress(PermissionDenied):
        users.delete_user(database, helpdesk, auditor_id)
    sessions.sign_out(database, helpdesk)
    _first_provider_sign_in(database, admin)
    _sanctions_list(database, admin, hasher, orgs["Housing Department"])


def _sanctions_list(database: Database, admin: Actor, hasher: PasswordHasher,
                    housing: int) -> None:
    """An (invented) sanctions list, and a new user whose name looks like a listed one: the
    screening on creation flags them (Sanctions screening shows the possible match)."""
    from pathlib import Path

    from .screening import import_list

    import_list(database, admin, Path(__file__).parent.parent / "resources"
                / "demo-sanctions.xml", name="Demo sanctions list (invented)")
    users.create_user(database, admin, hasher, users.UserInput(
        "vhalvorsen", "Victor", "Halvorssen", "victor.halvorssen@demo.example.org",
        organization_ids=(housing,)))


DEMO_PROVIDER = "Staff login"


def _first_provider_sign_in(database: Database, admin: Actor) -> None:
    """A provider set up (switched off: the demo has no real one to reach) and a person whose
    first sign-in through it created them as a user awaiting approval (praman)."""
    from .external_sign_in import AwaitingApproval, sign_in_with_identity
    from .identity_providers import ProviderInput, save_provider

    provider = save_provider(database, admin, ProviderInput(
        DEMO_PROVIDER, "https://login.demo.example.org/realms/staff", "iam-console",
        enabled=False)).value
    with contextlib.suppress(AwaitingApproval):
        sign_in_with_identity(database, provider, {
            "iss": provider.issuer, "sub": "3f1c9a60-demo", "preferred_username": "praman",
            "given_name": "Priya", "family_name": "Raman",
            "email": "priya.raman@demo.example.org"})
