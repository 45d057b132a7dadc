"""The console's own administration permissions, built in and always present."""

from __future__ import annotations

from dataclasses import dataclass

CONSOLE_APPLICATION = "iam-console"
CONSOLE_APPLICATION_TITLE = "IAM Console"

VIEW_USERS = "iam.users.view"
MANAGE_USERS = "iam.users.manage"
VIEW_ORGANIZATIONS = "iam.organizations.view"
MANAGE_ORGANIZATIONS = "iam.organizations.manage"
VIEW_ROLES = "iam.roles.view"
MANAGE_ROLES = "iam.roles.manage"
VIEW_AUDIT_LOG = "iam.audit.view"
LOAD_CATALOGUE = "iam.catalogue.load"


@dataclass(frozen=True)
class BuiltinPermission:
    code: str
    title: str
    help_text: str


BUILTIN_PERMISSIONS: tuple[BuiltinPermission, ...] = (
    BuiltinPermission(VIEW_USERS, "View users", "See users, their organizations and roles."),
    BuiltinPermission(MANAGE_USERS, "Manage users",
                      "Create, edit and delete users and assign roles to them."),
    BuiltinPermission(VIEW_ORGANIZATIONS, "View organizations",
                      "See organizations and their locations."),
    BuiltinPermission(MANAGE_ORGANIZATIONS, "Manage organizations",
                      "Create, edit and delete organizations and their locations."),
    BuiltinPermission(VIEW_ROLES, "View roles", "See roles and the permissions they hold."),
    BuiltinPermission(MANAGE_ROLES, "Manage roles",
                      "Create, edit and delete custom roles and choose their permissions."),
    BuiltinPermission(VIEW_AUDIT_LOG, "View the administration log",
                      "Read who changed what, where and when."),
    BuiltinPermission(LOAD_CATALOGUE, "Load permission catalogues",
                      "Load the permissions of administered applications from a catalogue file."),
)

SYSTEM_ADMINISTRATOR_ROLE = "System administrator"
