"""The console's own administration permissions and the predefined roles made of them.

Both are built in: every database gets them when it is opened (``setup.prepare``), and a newer
program refreshes them. The predefined roles are read-only in the console.
"""

from __future__ import annotations

from dataclasses import dataclass

CONSOLE_APPLICATION = "iam-console"
CONSOLE_APPLICATION_TITLE = "IAM Console"

VIEW_USERS = "iam.users.view"
MANAGE_USERS = "iam.users.manage"
ASSIGN_ROLES = "iam.users.assign"
RESET_CREDENTIALS = "iam.users.credentials"
DELETE_USERS_PERMANENTLY = "iam.users.purge"
VIEW_ORGANIZATIONS = "iam.organizations.view"
MANAGE_ORGANIZATIONS = "iam.organizations.manage"
VIEW_ROLES = "iam.roles.view"
MANAGE_ROLES = "iam.roles.manage"
VIEW_AUDIT_LOG = "iam.audit.view"
PURGE_AUDIT_LOG = "iam.audit.purge"
LOAD_CATALOGUE = "iam.catalogue.load"
MANAGE_SETTINGS = "iam.settings.manage"
# scope permissions: where the other permissions of the same role apply
SUB_ORGANIZATIONS = "iam.scope.suborganizations"
WHOLE_DIRECTORY = "iam.scope.directory"


@dataclass(frozen=True)
class BuiltinPermission:
    code: str
    title: str
    help_text: str


BUILTIN_PERMISSIONS: tuple[BuiltinPermission, ...] = (
    BuiltinPermission(VIEW_USERS, "View users", "See users, their organizations and roles."),
    BuiltinPermission(MANAGE_USERS, "Manage users",
                      "Create, edit, deactivate and delete users and change their "
                      "organizations."),
    BuiltinPermission(ASSIGN_ROLES, "Assign roles",
                      "Give users roles and take roles away, only roles whose every permission "
                      "you hold yourself in that place."),
    BuiltinPermission(RESET_CREDENTIALS, "Reset credentials",
                      "Reset passwords, unlock accounts, resend activation links and reset "
                      "two-factor authentication."),
    BuiltinPermission(DELETE_USERS_PERMANENTLY, "Delete users permanently",
                      "Delete archived users for good, leaving an anonymized record that the "
                      "administration log refers to (only where the installation allows it)."),
    BuiltinPermission(VIEW_ORGANIZATIONS, "View organizations",
                      "See organizations and their locations."),
    BuiltinPermission(MANAGE_ORGANIZATIONS, "Manage organizations",
                      "Create, edit and delete organizations and their locations."),
    BuiltinPermission(VIEW_ROLES, "View roles", "See roles and the permissions they hold."),
    BuiltinPermission(MANAGE_ROLES, "Manage roles",
                      "Create, edit and delete custom roles and choose their permissions."),
    BuiltinPermission(VIEW_AUDIT_LOG, "View the administration log",
                      "Read who changed what, where and when."),
    BuiltinPermission(PURGE_AUDIT_LOG, "Purge the administration log",
                      "Delete administration log events older than a date (the purge is itself "
                      "logged, and the rest of the log still verifies)."),
    BuiltinPermission(LOAD_CATALOGUE, "Load permission catalogues",
                      "Load the permissions of administered applications from a catalogue file."),
    BuiltinPermission(MANAGE_SETTINGS, "Change console settings",
                      "Change the installation's account rules (passwords, lockout, token "
                      "lifetimes, links) and its mail server."),
    BuiltinPermission(SUB_ORGANIZATIONS, "Includes sub-organizations",
                      "The role's permissions apply in the organization it is assigned in and "
                      "in all of its sub-organizations."),
    BuiltinPermission(WHOLE_DIRECTORY, "Whole directory",
                      "The role's permissions apply in every organization, and to users who "
                      "belong to none."),
)

SYSTEM_ADMINISTRATOR_ROLE = "System administrator"


@dataclass(frozen=True)
class PredefinedRole:
    key: str
    name: str
    description: str
    permissions: frozenset[str]
    # the kind of organization the role may be assigned in ("" for any)
    organization_kind: str


_READ = frozenset({VIEW_USERS, VIEW_ORGANIZATIONS, VIEW_ROLES})
_MANAGE_PEOPLE = _READ | {MANAGE_USERS, ASSIGN_ROLES, RESET_CREDENTIALS}

SYSTEM_ADMINISTRATOR = "system-administrator"
PREDEFINED_ROLES: tuple[PredefinedRole, ...] = (
    PredefinedRole(SYSTEM_ADMINISTRATOR, SYSTEM_ADMINISTRATOR_ROLE,
                   "Everything the console can do, in the whole directory.",
                   frozenset(p.code for p in BUILTIN_PERMISSIONS), "internal"),
    PredefinedRole("user-administrator", "User administrator",
                   "Users, organizations and role assignments in the organization it is "
                   "assigned in and below it; grants only permissions the holder has.",
                   _MANAGE_PEOPLE | {MANAGE_ORGANIZATIONS, SUB_ORGANIZATIONS}, "internal"),
    PredefinedRole("organization-administrator", "Organization administrator",
                   "The users of the organization it is assigned in, and their roles; cannot "
                   "touch accounts that hold more than the holder.", _MANAGE_PEOPLE, "internal"),
    PredefinedRole("help-desk", "Help desk",
                   "Finds users and resets passwords, unlocks, resends activation and resets "
                   "two-factor, in the organization and below; no role changes.",
                   _READ | {RESET_CREDENTIALS, SUB_ORGANIZATIONS}, "internal"),
    PredefinedRole("auditor", "Auditor",
                   "Reads the administration log of the organization and below.",
                   _READ | {VIEW_AUDIT_LOG, SUB_ORGANIZATIONS}, "internal"),
    PredefinedRole("reader", "Reader", "Views the users, organizations and roles of the "
                   "organization it is assigned in; changes nothing.", _READ, "internal"),
    PredefinedRole("external-administrator", "External administrator",
                   "Manages the users of its own external (partner) organization.",
                   _MANAGE_PEOPLE, "external"),
    PredefinedRole("external-access", "External access",
                   "Read-only access for a partner organization's people to their own "
                   "organization.", frozenset({VIEW_USERS, VIEW_ORGANIZATIONS}), "external"),
)
