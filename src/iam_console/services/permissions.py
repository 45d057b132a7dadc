"""The console's own administration permissions and the predefined roles made of them.

Both are built in: every database gets them when it is opened (``setup.prepare``), and a newer
program refreshes them. The predefined roles are read-only in the console.
"""

from __future__ import annotations

from dataclasses import dataclass

from iam_console.texts import say

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
    BuiltinPermission(VIEW_USERS, say("View users"),
                      say("See users, their organizations and roles.")),
    BuiltinPermission(MANAGE_USERS, say("Manage users"),
                      say("Create, edit, deactivate and delete users and change their "
                          "organizations.")),
    BuiltinPermission(ASSIGN_ROLES, say("Assign roles"),
                      say("Give users roles and take roles away, only roles whose every "
                          "permission you hold yourself in that place.")),
    BuiltinPermission(RESET_CREDENTIALS, say("Reset credentials"),
                      say("Reset passwords, unlock accounts, resend activation links and reset "
                          "two-factor authentication.")),
    BuiltinPermission(DELETE_USERS_PERMANENTLY, say("Delete users permanently"),
                      say("Delete archived users for good, leaving an anonymized record that "
                          "the administration log refers to (only where the installation "
                          "allows it).")),
    BuiltinPermission(VIEW_ORGANIZATIONS, say("View organizations"),
                      say("See organizations and their locations.")),
    BuiltinPermission(MANAGE_ORGANIZATIONS, say("Manage organizations"),
                      say("Create, edit and delete organizations and their locations.")),
    BuiltinPermission(VIEW_ROLES, say("View roles"),
                      say("See roles and the permissions they hold.")),
    BuiltinPermission(MANAGE_ROLES, say("Manage roles"),
                      say("Create, edit and delete custom roles and choose their permissions.")),
    BuiltinPermission(VIEW_AUDIT_LOG, say("View the administration log"),
                      say("Read who changed what, where and when.")),
    BuiltinPermission(PURGE_AUDIT_LOG, say("Purge the administration log"),
                      say("Delete administration log events older than a date (the purge is "
                          "itself logged, and the rest of the log still verifies).")),
    BuiltinPermission(LOAD_CATALOGUE, say("Load permission catalogues"),
                      say("Load the permissions of administered applications from a catalogue "
                          "file.")),
    BuiltinPermission(MANAGE_SETTINGS, say("Change console settings"),
                      say("Change the installation's account rules (passwords, lockout, token "
                          "lifetimes, links) and its mail server.")),
    BuiltinPermission(SUB_ORGANIZATIONS, say("Includes sub-organizations"),
                      say("The role's permissions apply in the organization it is assigned in "
                          "and in all of its sub-organizations.")),
    BuiltinPermission(WHOLE_DIRECTORY, say("Whole directory"),
                      say("The role's permissions apply in every organization, and to users "
                          "who belong to none.")),
)

SYSTEM_ADMINISTRATOR_ROLE = say("System administrator")


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
                   say("Everything the console can do, in the whole directory."),
                   frozenset(p.code for p in BUILTIN_PERMISSIONS), "internal"),
    PredefinedRole("user-administrator", say("User administrator"),
                   say("Users, organizations and role assignments in the organization it is "
                       "assigned in and below it; grants only permissions the holder has."),
                   _MANAGE_PEOPLE | {MANAGE_ORGANIZATIONS, SUB_ORGANIZATIONS}, "internal"),
    PredefinedRole("organization-administrator", say("Organization administrator"),
                   say("The users of the organization it is assigned in, and their roles; "
                       "cannot touch accounts that hold more than the holder."),
                   _MANAGE_PEOPLE, "internal"),
    PredefinedRole("help-desk", say("Help desk"),
                   say("Finds users and resets passwords, unlocks, resends activation and "
                       "resets two-factor, in the organization and below; no role changes."),
                   _READ | {RESET_CREDENTIALS, SUB_ORGANIZATIONS}, "internal"),
    PredefinedRole("auditor", say("Auditor"),
                   say("Reads the administration log of the organization and below."),
                   _READ | {VIEW_AUDIT_LOG, SUB_ORGANIZATIONS}, "internal"),
    PredefinedRole("reader", say("Reader"),
                   say("Views the users, organizations and roles of the organization it is "
                       "assigned in; changes nothing."), _READ, "internal"),
    PredefinedRole("external-administrator", say("External administrator"),
                   say("Manages the users of its own external (partner) organization."),
                   _MANAGE_PEOPLE, "external"),
    PredefinedRole("external-access", say("External access"),
                   say("Read-only access for a partner organization's people to their own "
                       "organization."), frozenset({VIEW_USERS, VIEW_ORGANIZATIONS}), "external"),
)
