"""Every command of the console in one registry: title, shortcut, and where it appears."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(enum.Enum):
    NEW = "new"
    EDIT = "edit"
    DELETE = "delete"
    FIND = "find"
    SELECT_ALL = "select_all"
    BULK = "bulk"
    EXPORT = "export"
    IMPORT_USERS = "import_users"
    IMPORT_ORGANIZATIONS = "import_organizations"
    SCREENING = "screening"
    RESET_PASSWORD = "reset_password"
    APPROVE = "approve"
    REFRESH = "refresh"
    GO_USERS = "go_users"
    GO_ORGANIZATIONS = "go_organizations"
    GO_ROLES = "go_roles"
    GO_APPROVALS = "go_approvals"
    GO_LOG = "go_log"
    LOAD_CATALOGUE = "load_catalogue"
    MY_PROFILE = "my_profile"
    VERIFY_LOG = "verify_log"
    SETTINGS = "settings"
    SIGN_OUT = "sign_out"
    QUIT = "quit"
    ABOUT = "about"
    PALETTE = "palette"


Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    title: str
    menu: str
    shortcut: Shortcut = None
    tip: str = ""


ACTIONS: dict[ActionId, ActionSpec] = {
    ActionId.LOAD_CATALOGUE: ActionSpec("&Load permission catalogue\u2026", "&File", None,
                                        "Load application permissions from a TOML or JSON file"),
    ActionId.MY_PROFILE: ActionSpec("My &profile\u2026", "&File", None,
                                    "Your own details, password, notifications and "
                                    "permissions"),
    ActionId.IMPORT_USERS: ActionSpec("&Import users from CSV\u2026", "&File", "Ctrl+Shift+I",
                                      "Create many users from a CSV file: map the columns, "
                                      "check every row, then import"),
    ActionId.IMPORT_ORGANIZATIONS: ActionSpec(
        "Import o&rganizations from CSV\u2026", "&File", "Ctrl+Shift+O",
        "Create many organizations (with parents and locations) from a CSV file: map the "
        "columns, check every row, then import"),
    ActionId.SCREENING: ActionSpec("Sanctions &screening\u2026", "&File", "Ctrl+Shift+S",
                                   "Import a sanctions list, screen users, clear or confirm "
                                   "possible matches"),
    ActionId.EXPORT: ActionSpec("E&xport list\u2026", "&File", "Ctrl+Shift+E",
                                "Save every row the current search matches as CSV"),
    ActionId.VERIFY_LOG: ActionSpec("&Verify administration log\u2026", "&File", None,
                                    "Check that no administration log event was changed, "
                                    "removed or inserted"),
    ActionId.SETTINGS: ActionSpec("&Settings\u2026", "&File", QKeySequence.StandardKey.Preferences,
                                  "Account rules, links, the mail server and the clipboard"),
    ActionId.SIGN_OUT: ActionSpec("Sign &out", "&File", None, "Sign out and return to sign-in"),
    ActionId.QUIT: ActionSpec("&Quit", "&File", QKeySequence.StandardKey.Quit),
    ActionId.NEW: ActionSpec("&New\u2026", "&Edit", QKeySequence.StandardKey.New,
                             "Create a record in the current list"),
    ActionId.EDIT: ActionSpec("&Edit\u2026", "&Edit", "Ctrl+E",
                              "Edit the selected record (or press Enter in the list)"),
    ActionId.DELETE: ActionSpec("&Delete\u2026", "&Edit", QKeySequence.StandardKey.Delete,
                                "Delete the selected record"),
    ActionId.RESET_PASSWORD: ActionSpec("Reset &password\u2026", "&Edit", "Ctrl+Shift+P",
                                        "Give the selected user a new password"),
    ActionId.APPROVE: ActionSpec("&Approve\u2026", "&Edit", "Ctrl+Shift+A",
                                 "Approve the selected user: choose their organizations and "
                                 "roles"),
    ActionId.FIND: ActionSpec("&Find", "&Edit", QKeySequence.StandardKey.Find,
                              "Search the current list"),
    ActionId.SELECT_ALL: ActionSpec("Select all &matching", "&Edit",
                                    QKeySequence.StandardKey.SelectAll,
                                    "Select every row the search matches, loaded or not"),
    ActionId.BULK: ActionSpec("&Bulk action\u2026", "&Edit", "Ctrl+B",
                              "Deactivate, archive, add to an organization, assign a role or "
                              "issue activation links for all selected users, with a preview"),
    ActionId.REFRESH: ActionSpec("&Refresh", "&View", QKeySequence.StandardKey.Refresh),
    ActionId.GO_USERS: ActionSpec("&Users", "&View", "Ctrl+1"),
    ActionId.GO_ORGANIZATIONS: ActionSpec("&Organizations", "&View", "Ctrl+2"),
    ActionId.GO_ROLES: ActionSpec("&Roles", "&View", "Ctrl+3"),
    ActionId.GO_APPROVALS: ActionSpec("Awaiting &approval", "&View", "Ctrl+5",
                                      "People who signed in through an identity provider and "
                                      "wait for an administrator"),
    ActionId.GO_LOG: ActionSpec("Administration &log", "&View", "Ctrl+4",
                                "Who changed what, where and when"),
    ActionId.PALETTE: ActionSpec("&Command palette\u2026", "&View", "Ctrl+K",
                                 "Run any command or open any record by typing its name"),
    ActionId.ABOUT: ActionSpec("&About IAM Console", "&Help"),
}


def build_actions(parent: QWidget,
                  handlers: dict[ActionId, Callable[[], object]]) -> dict[ActionId, QAction]:
    """One QAction per registry entry, wired to its handler, with standard shortcuts."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in ACTIONS.items():
        action = QAction(spec.title, parent)
        action.setObjectName(action_id.value)
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        handler = handlers[action_id]
        action.triggered.connect(lambda _checked=False, h=handler: h())
        actions[action_id] = action
    return actions
