"""The words the administration log is read in: actions, kinds of target, outcomes, fields."""

from __future__ import annotations

from iam_console.texts import say

from . import audit

# action code -> what a person reads; an action not listed here shows as its code
ACTIONS = {
    "session.sign_in": say("Signed in"),
    "session.sign_out": say("Signed out"),
    "user.create": say("Created a user"),
    "user.update": say("Changed a user"),
    "user.delete": say("Deleted a user"),
    "user.view": say("Opened a user"),
    "user.list": say("Listed users"),
    "user.password_reset": say("Reset a password"),
    "profile.update": say("Changed own profile"),
    "profile.password_change": say("Changed own password"),
    "organization.create": say("Created an organization"),
    "organization.update": say("Changed an organization"),
    "organization.delete": say("Deleted an organization"),
    "organization.view": say("Opened an organization"),
    "organization.list": say("Listed organizations"),
    "role.create": say("Created a role"),
    "role.update": say("Changed a role"),
    "role.delete": say("Deleted a role"),
    "role.view": say("Opened a role"),
    "role.list": say("Listed roles"),
    "role.holders": say("Listed a role's holders"),
    "permission.list": say("Listed permissions"),
    "catalogue.load": say("Loaded a permission catalogue"),
    "audit.list": say("Read the log"),
    "audit.view": say("Opened a log event"),
    "audit.verify": say("Verified the log"),
    "audit.export": say("Exported the log"),
    "audit.purge": say("Purged old log events"),
    "setup.first_administrator": say("Created the first administrator"),
    "demo.fill": say("Filled demo data"),
}

ENTITY_TYPES = {
    "user": say("User"),
    "organization": say("Organization"),
    "role": say("Role"),
    "catalogue": say("Permission catalogue"),
    "audit_log": say("Administration log"),
    "database": say("Database"),
}

OUTCOMES = {
    audit.SUCCEEDED: say("Succeeded"),
    audit.DENIED: say("Denied"),
    audit.FAILED: say("Failed"),
}


_FIELDS = {  # in the order the editors show them
    "username": say("Username"),
    "name": say("Name"),
    "first_name": say("First name"),
    "last_name": say("Last name"),
    "email": say("Email"),
    "phone": say("Phone"),
    "kind": say("Kind"),
    "description": say("Description"),
    "active": say("Active"),
    "status": say("Status"),
    "organizations": say("Organizations"),
    "assignments": say("Role assignments"),
    "permissions": say("Permissions"),
    "locations": say("Locations"),
    "parent": say("Parent organization"),
    "base_role": say("Based on role"),
    "notification_frequency": say("Notifications"),
    "password": say("Password"),
}


def action_title(code: str) -> str:
    return ACTIONS.get(code, code)


def entity_title(code: str) -> str:
    return ENTITY_TYPES.get(code, code.replace("_", " ").capitalize())


def outcome_title(code: str) -> str:
    return OUTCOMES.get(code, code.capitalize())


def field_title(name: str) -> str:
    return _FIELDS.get(name, name.replace("_", " ").capitalize())


def field_order(name: str) -> int:
    """Where a field comes in an event's changes: as in the editors, unknown ones last."""
    return list(_FIELDS).index(name) if name in _FIELDS else len(_FIELDS)
