"""The words the administration log is read in: actions, kinds of target, outcomes, fields."""

from __future__ import annotations

from . import audit

# action code -> what a person reads; an action not listed here shows as its code
ACTIONS = {
    "session.sign_in": "Signed in",
    "session.sign_out": "Signed out",
    "user.create": "Created a user",
    "user.update": "Changed a user",
    "user.delete": "Deleted a user",
    "user.view": "Opened a user",
    "user.list": "Listed users",
    "user.password_reset": "Reset a password",
    "profile.update": "Changed own profile",
    "profile.password_change": "Changed own password",
    "organization.create": "Created an organization",
    "organization.update": "Changed an organization",
    "organization.delete": "Deleted an organization",
    "organization.view": "Opened an organization",
    "organization.list": "Listed organizations",
    "role.create": "Created a role",
    "role.update": "Changed a role",
    "role.delete": "Deleted a role",
    "role.view": "Opened a role",
    "role.list": "Listed roles",
    "role.holders": "Listed a role's holders",
    "permission.list": "Listed permissions",
    "catalogue.load": "Loaded a permission catalogue",
    "audit.list": "Read the log",
    "audit.view": "Opened a log event",
    "audit.verify": "Verified the log",
    "audit.export": "Exported the log",
    "audit.purge": "Purged old log events",
    "setup.first_administrator": "Created the first administrator",
    "demo.fill": "Filled demo data",
}

ENTITY_TYPES = {
    "user": "User",
    "organization": "Organization",
    "role": "Role",
    "catalogue": "Permission catalogue",
    "audit_log": "Administration log",
    "database": "Database",
}

OUTCOMES = {
    audit.SUCCEEDED: "Succeeded",
    audit.DENIED: "Denied",
    audit.FAILED: "Failed",
}


_FIELDS = {  # in the order the editors show them
    "username": "Username",
    "name": "Name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email",
    "phone": "Phone",
    "kind": "Kind",
    "description": "Description",
    "active": "Active",
    "status": "Status",
    "organizations": "Organizations",
    "assignments": "Role assignments",
    "permissions": "Permissions",
    "locations": "Locations",
    "parent": "Parent organization",
    "base_role": "Based on role",
    "notification_frequency": "Notifications",
    "password": "Password",
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
