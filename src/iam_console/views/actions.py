"""Every command of the console in one registry: title, shortcut, and where it appears."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from . import resources_rc  # noqa: F401  (registers the SVG icons under :/icons/)
from .i18n import QT_TRANSLATE_NOOP, tr


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
    ActionId.LOAD_CATALOGUE: ActionSpec(QT_TRANSLATE_NOOP("", "&Load permission catalogue\u2026"),
                                        "&File", None,
                                        QT_TRANSLATE_NOOP("", "Load application permissions from a "
                                                              "TOML or JSON file")),
    ActionId.MY_PROFILE: ActionSpec(QT_TRANSLATE_NOOP("", "My &profile\u2026"), "&File", None,
                                    QT_TRANSLATE_NOOP("", "Your own details, password, "
                                                          "notifications and "
                                    "permissions")),
    ActionId.IMPORT_USERS: ActionSpec(QT_TRANSLATE_NOOP("", "&Import users from CSV\u2026"),
                                      "&File", "Ctrl+Shift+I",
                                      QT_TRANSLATE_NOOP("", "Create many users from a CSV file: "
                                                            "map the columns, "
                                      "check every row, then import")),
    ActionId.IMPORT_ORGANIZATIONS: ActionSpec(
        QT_TRANSLATE_NOOP("", "Import o&rganizations from CSV\u2026"), "&File", "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("", "Create many organizations (with parents and locations) from a CSV "
                              "file: map the "
        "columns, check every row, then import")),
    ActionId.SCREENING: ActionSpec(QT_TRANSLATE_NOOP("", "Sanctions &screening\u2026"), "&File",
                                   "Ctrl+Shift+S",
                                   QT_TRANSLATE_NOOP("", "Import a sanctions list, screen users, "
                                                         "clear or confirm "
                                   "possible matches")),
    ActionId.EXPORT: ActionSpec(QT_TRANSLATE_NOOP("", "E&xport list\u2026"), "&File",
                                "Ctrl+Shift+E",
                                QT_TRANSLATE_NOOP("", "Save every row the current search matches "
                                                      "as CSV")),
    ActionId.VERIFY_LOG: ActionSpec(QT_TRANSLATE_NOOP("", "&Verify administration log\u2026"),
                                    "&File", None,
                                    QT_TRANSLATE_NOOP("", "Check that no administration log event "
                                                          "was changed, "
                                    "removed or inserted")),
    ActionId.SETTINGS: ActionSpec(QT_TRANSLATE_NOOP("", "&Settings\u2026"), "&File",
                                  QKeySequence.StandardKey.Preferences,
                                  QT_TRANSLATE_NOOP("", "Account rules, links, the mail server and "
                                                        "the clipboard")),
    ActionId.SIGN_OUT: ActionSpec(QT_TRANSLATE_NOOP("", "Sign &out"), "&File", None,
                                  QT_TRANSLATE_NOOP("", "Sign out and return to sign-in")),
    ActionId.QUIT: ActionSpec(QT_TRANSLATE_NOOP("", "&Quit"), "&File",
                              QKeySequence.StandardKey.Quit),
    ActionId.NEW: ActionSpec(QT_TRANSLATE_NOOP("", "&New\u2026"), "&Edit",
                             QKeySequence.StandardKey.New,
                             QT_TRANSLATE_NOOP("", "Create a record in the current list")),
    ActionId.EDIT: ActionSpec(QT_TRANSLATE_NOOP("", "&Edit\u2026"), "&Edit", "Ctrl+E",
                              QT_TRANSLATE_NOOP("", "Edit the selected record (or press Enter in "
                                                    "the list)")),
    ActionId.DELETE: ActionSpec(QT_TRANSLATE_NOOP("", "&Delete\u2026"), "&Edit",
                                QKeySequence.StandardKey.Delete,
                                QT_TRANSLATE_NOOP("", "Delete the selected record")),
    ActionId.RESET_PASSWORD: ActionSpec(QT_TRANSLATE_NOOP("", "Reset &password\u2026"), "&Edit",
                                        "Ctrl+Shift+P",
                                        QT_TRANSLATE_NOOP("", "Give the selected user a new "
                                                              "password")),
    ActionId.APPROVE: ActionSpec(QT_TRANSLATE_NOOP("", "&Approve\u2026"), "&Edit", "Ctrl+Shift+A",
                                 QT_TRANSLATE_NOOP("", "Approve the selected user: choose their "
                                                       "organizations and "
                                 "roles")),
    ActionId.FIND: ActionSpec(QT_TRANSLATE_NOOP("", "&Find"), "&Edit",
                              QKeySequence.StandardKey.Find,
                              QT_TRANSLATE_NOOP("", "Search the current list")),
    ActionId.SELECT_ALL: ActionSpec(QT_TRANSLATE_NOOP("", "Select all &matching"), "&Edit",
                                    QKeySequence.StandardKey.SelectAll,
                                    QT_TRANSLATE_NOOP("", "Select every row the search matches, "
                                                          "loaded or not")),
    ActionId.BULK: ActionSpec(QT_TRANSLATE_NOOP("", "&Bulk action\u2026"), "&Edit", "Ctrl+B",
                              QT_TRANSLATE_NOOP("", "Deactivate, archive, add to an organization, "
                                                    "assign a role or "
                              "issue activation links for all selected users, with a preview")),
    ActionId.REFRESH: ActionSpec(QT_TRANSLATE_NOOP("", "&Refresh"), "&View",
                                 QKeySequence.StandardKey.Refresh),
    ActionId.GO_USERS: ActionSpec(QT_TRANSLATE_NOOP("", "&Users"), "&View", "Ctrl+1"),
    ActionId.GO_ORGANIZATIONS: ActionSpec(QT_TRANSLATE_NOOP("", "&Organizations"), "&View",
                                          "Ctrl+2"),
    ActionId.GO_ROLES: ActionSpec(QT_TRANSLATE_NOOP("", "&Roles"), "&View", "Ctrl+3"),
    ActionId.GO_APPROVALS: ActionSpec(QT_TRANSLATE_NOOP("", "Awaiting &approval"), "&View",
                                      "Ctrl+5",
                                      QT_TRANSLATE_NOOP("", "People who signed in through an "
                                                            "identity provider and "
                                      "wait for an administrator")),
    ActionId.GO_LOG: ActionSpec(QT_TRANSLATE_NOOP("", "Administration &log"), "&View", "Ctrl+4",
                                QT_TRANSLATE_NOOP("", "Who changed what, where and when")),
    ActionId.PALETTE: ActionSpec(QT_TRANSLATE_NOOP("", "&Command palette\u2026"), "&View", "Ctrl+K",
                                 QT_TRANSLATE_NOOP("", "Run any command or open any record by "
                                                       "typing its name")),
    ActionId.ABOUT: ActionSpec(QT_TRANSLATE_NOOP("", "&About IAM Console"), "&Help"),
}


MENUS = (QT_TRANSLATE_NOOP("", "&File"), QT_TRANSLATE_NOOP("", "&Edit"),  # translated where
         QT_TRANSLATE_NOOP("", "&View"), QT_TRANSLATE_NOOP("", "&Help"))  # the menus are made

ICONS: dict[ActionId, str] = {  # SVG files under resources/icons, built into resources_rc
    ActionId.NEW: "new", ActionId.EDIT: "edit", ActionId.DELETE: "delete",
    ActionId.FIND: "find", ActionId.SELECT_ALL: "select-all", ActionId.BULK: "bulk",
    ActionId.EXPORT: "export", ActionId.IMPORT_USERS: "import",
    ActionId.IMPORT_ORGANIZATIONS: "import", ActionId.SCREENING: "screening",
    ActionId.RESET_PASSWORD: "key", ActionId.APPROVE: "approve", ActionId.REFRESH: "refresh",
    ActionId.GO_USERS: "users", ActionId.GO_ORGANIZATIONS: "organizations",
    ActionId.GO_ROLES: "roles", ActionId.GO_APPROVALS: "approvals", ActionId.GO_LOG: "log",
    ActionId.LOAD_CATALOGUE: "catalogue", ActionId.MY_PROFILE: "profile",
    ActionId.VERIFY_LOG: "verify", ActionId.SETTINGS: "settings",
    ActionId.SIGN_OUT: "sign-out", ActionId.QUIT: "quit", ActionId.ABOUT: "about",
    ActionId.PALETTE: "palette",
}

# macOS moves these into the application menu (About, Preferences… on Cmd+, and Quit); every
# other command keeps its own menu (NoRole stops Qt guessing from titles such as "Settings")
MENU_ROLES: dict[ActionId, QAction.MenuRole] = {
    ActionId.ABOUT: QAction.MenuRole.AboutRole,
    ActionId.SETTINGS: QAction.MenuRole.PreferencesRole,
    ActionId.QUIT: QAction.MenuRole.QuitRole,
}


def icon(name: str) -> QIcon:
    return QIcon(f":/icons/{name}.svg")


def build_actions(parent: QWidget,
                  handlers: dict[ActionId, Callable[[], object]]) -> dict[ActionId, QAction]:
    """One QAction per registry entry, wired to its handler, with standard shortcuts."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in ACTIONS.items():
        action = QAction(icon(ICONS[action_id]), tr(spec.title), parent)
        action.setObjectName(action_id.value)
        action.setMenuRole(MENU_ROLES.get(action_id, QAction.MenuRole.NoRole))
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(tr(spec.tip))
            action.setToolTip(tr(spec.tip))
        handler = handlers[action_id]
        action.triggered.connect(lambda _checked=False, h=handler: h())
        actions[action_id] = action
    return actions
