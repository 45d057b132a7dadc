"""Approving a user who first signed in through an identity provider: the user editor with the
provider's details read-only, where the approver chooses organizations and roles; Approve
activates the account with them in one step (within the approver's own rights)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from iam_console.services import approvals, users
from iam_console.services.changes import Outcome

from .context import ConsoleContext
from .i18n import tr
from .user_editor import UserEditor


class ApprovalDialog(UserEditor):
    def __init__(self, context: ConsoleContext, parent: QWidget | None, record_id: int):
        super().__init__(context, parent, record_id)
        self.setWindowTitle(tr("Approve user"))
        for field in (self.first_name, self.last_name, self.email, self.phone):
            field.setReadOnly(True)
            field.setToolTip(tr("As the identity provider gave it; edit the user after approval."))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body.insertWidget(0, self.intro)
        self.save_label = "&Approve"
        self.save_button.setText(self.save_label)
        self.save_button.setToolTip(tr("Activate the account with these organizations and roles"))

    def fill(self, detail: users.UserDetail) -> None:
        super().fill(detail)
        self.setWindowTitle(tr("Approve {0} {1}").format(detail.first_name, detail.last_name))
        self.intro.setText(
            tr("<b>{0} {1}</b> signed in through <b>{2}</b> for the first time and waits for "
               "approval. Choose the organizations they belong to and their roles; <b>Approve</b> "
               "activates the account with them. To turn them away, close this and choose Reject "
               "in the list.").format(detail.first_name, detail.last_name, detail.origin))
        if detail.status != "pending":
            self.set_read_only(tr("{0} {1} is {2}; there is nothing to approve.")
                .format(detail.first_name, detail.last_name, detail.status))

    def save_call(self, data: users.UserInput, version: int | None,
                  operation_id: str) -> Callable[[], Outcome[Any]]:
        ctx, record_id = self.context, self.record_id
        assert record_id is not None and version is not None
        return lambda: approvals.approve_user(ctx.database, ctx.actor, record_id, version,
                                              data.organization_ids, data.assignments)


def open_approval_dialog(context: ConsoleContext, parent: QWidget,
                         record_id: int | None) -> QWidget:
    assert record_id is not None  # nobody is created here: they come from a first sign-in
    return ApprovalDialog(context, parent, record_id).start()
