"""The Users, Organizations and Roles panes, declared as data for the generic ListPane."""

from __future__ import annotations

from iam_console.services import approvals, impact, organizations, roles, users
from iam_console.services.changes import ORGANIZATIONS, PERMISSIONS, ROLES, USERS
from iam_console.services.permissions import (
    MANAGE_USERS,
    RESET_CREDENTIALS,
    VIEW_ORGANIZATIONS,
    VIEW_ROLES,
    VIEW_USERS,
)

from .approval_dialog import open_approval_dialog
from .i18n import QT_TRANSLATE_NOOP
from .list_pane import PaneSpec, RowCommand
from .organization_editor import open_organization_editor
from .reset_password import open_reset_password
from .role_editor import open_role_editor
from .table_model import Column
from .user_editor import open_user_editor


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


RESET_PASSWORD = RowCommand("reset_password", RESET_CREDENTIALS, open_reset_password)


APPROVE = RowCommand("approve", MANAGE_USERS, lambda ctx, parent, row: open_approval_dialog(
    ctx, parent, row.id))
USER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("", "Username"), lambda r: r.username, "username", 130),
    Column(QT_TRANSLATE_NOOP("", "Last name"), lambda r: r.last_name, "last_name", 130),
    Column(QT_TRANSLATE_NOOP("", "First name"), lambda r: r.first_name, "first_name", 110),
    Column(QT_TRANSLATE_NOOP("", "Email"), lambda r: r.email, "email", 220),
    Column(QT_TRANSLATE_NOOP("", "Status"),
           lambda r: r.status.capitalize() + (", locked" if r.locked else ""),
           "status", 110),
    Column(QT_TRANSLATE_NOOP("", "Organizations"), lambda r: r.organizations, None, 200),
    Column(QT_TRANSLATE_NOOP("", "Phone"), lambda r: r.phone, None, 120),
)


def _describe_user(row: users.UserRow) -> str:
    return f"{row.first_name} {row.last_name} ({row.username})"


USERS_PANE = PaneSpec(
    kind=USERS, singular=QT_TRANSLATE_NOOP("", "User"), plural=QT_TRANSLATE_NOOP("", "Users"),
    columns=USER_COLUMNS,
    list_page=users.list_users, count=users.count_users, delete=users.delete_user,
    open_editor=open_user_editor,
    describe_row=_describe_user,
    delete_consequence=QT_TRANSLATE_NOOP(
        "", "They are archived: they can no longer sign in and their links stop "
        "working. Their organizations, roles and history are kept, and they can "
        "be restored from Show \u2192 Archived."),
    refresh_on=frozenset({USERS, ORGANIZATIONS, ROLES}), default_sort=1,
    estimate=users.estimate_users,
    row_commands=(RESET_PASSWORD,), view_permission=VIEW_USERS, views=users.VIEWS,
    matching_ids=users.matching_user_ids,
)

ORGANIZATIONS_PANE = PaneSpec(
    kind=ORGANIZATIONS, singular=QT_TRANSLATE_NOOP("", "Organization"),
    plural=QT_TRANSLATE_NOOP("", "Organizations"),
    columns=(
        Column(QT_TRANSLATE_NOOP("", "Name"), lambda r: r.name, "name", 220),
        Column(QT_TRANSLATE_NOOP("", "Kind"), lambda r: r.kind.capitalize(), "kind", 90),
        Column(QT_TRANSLATE_NOOP("", "Active"), lambda r: _yes_no(r.active), "active", 70),
        Column(QT_TRANSLATE_NOOP("", "Parent"), lambda r: r.parent_name, None, 180),
        Column(QT_TRANSLATE_NOOP("", "Users"), lambda r: f"{r.member_count:,}", None, 70,
               numeric=True),
        Column(QT_TRANSLATE_NOOP("", "Description"), lambda r: r.description.replace("\n", " "),
               None, 260),
    ),
    list_page=organizations.list_organizations, count=organizations.count_organizations,
    delete=organizations.delete_organization, open_editor=open_organization_editor,
    describe_row=lambda r: r.name,
    delete_consequence=QT_TRANSLATE_NOOP(
        "", "Its locations are deleted with it. An organization that still has "
        "users, sub-organizations or role assignments is not deleted."),
    refresh_on=frozenset({ORGANIZATIONS, USERS}),
    delete_impact=lambda db, actor, org_id: impact.organization_change(db, actor, org_id, None),
    view_permission=VIEW_ORGANIZATIONS,
)

ROLES_PANE = PaneSpec(
    kind=ROLES, singular=QT_TRANSLATE_NOOP("", "Role"), plural=QT_TRANSLATE_NOOP("", "Roles"),
    columns=(
        Column(QT_TRANSLATE_NOOP("", "Name"), lambda r: r.name, "name", 200),
        Column(QT_TRANSLATE_NOOP("", "Active"), lambda r: _yes_no(r.active), "active", 70),
        Column(QT_TRANSLATE_NOOP("", "System"), lambda r: _yes_no(r.system), "system", 70),
        Column(QT_TRANSLATE_NOOP("", "Permissions"), lambda r: f"{r.permission_count:,}", None, 90,
               numeric=True),
        Column(QT_TRANSLATE_NOOP("", "Assignments"), lambda r: f"{r.assignment_count:,}", None, 90,
               numeric=True),
        Column(QT_TRANSLATE_NOOP("", "Description"), lambda r: r.description.replace("\n", " "),
               None, 300),
    ),
    list_page=roles.list_roles, count=roles.count_roles, delete=roles.delete_role,
    open_editor=open_role_editor, describe_row=lambda r: r.name,
    delete_consequence=QT_TRANSLATE_NOOP(
        "", "A role that is assigned to anyone is not deleted; make it inactive "
        "instead, or remove its assignments first."),
    refresh_on=frozenset({ROLES, USERS, PERMISSIONS}),
    delete_impact=lambda db, actor, role_id: impact.role_change(db, actor, role_id, None),
    view_permission=VIEW_ROLES,
)

# the people a first sign-in through an identity provider created (Enter opens Approve)
APPROVALS_PANE = PaneSpec(
    kind=USERS, singular=QT_TRANSLATE_NOOP("", "User"),
    plural=QT_TRANSLATE_NOOP("", "Awaiting approval"),
    columns=(*USER_COLUMNS[:4], Column(QT_TRANSLATE_NOOP("", "Signed in through"),
                                       lambda r: r.origin, None, 160),
             Column(QT_TRANSLATE_NOOP("", "Since"),
                    lambda r: r.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    "created_at", 130)),
    list_page=approvals.list_awaiting, count=approvals.count_matching,
    delete=approvals.reject_user, open_editor=open_approval_dialog,
    describe_row=_describe_user,
    delete_consequence=QT_TRANSLATE_NOOP(
        "", "They are archived and cannot sign in. They can be restored from the "
        "Users list (Show \u2192 Archived)."),
    refresh_on=frozenset({USERS}), default_sort=5, row_commands=(APPROVE,),
    view_permission=VIEW_USERS,
    no_new_reason=QT_TRANSLATE_NOOP(
        "", "People appear here after their first sign-in through an identity provider; create "
        "local users in the Users list."),
    delete_verb=QT_TRANSLATE_NOOP("", "Reject"), deleted_word=QT_TRANSLATE_NOOP("", "Rejected"),
    matching_ids=users.matching_user_ids, fixed_view=users.AWAITING_APPROVAL,
)

ALL_PANES = (USERS_PANE, ORGANIZATIONS_PANE, ROLES_PANE, APPROVALS_PANE)
