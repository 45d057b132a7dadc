"""Handing over many new activation links at once (after a bulk action or an import): copy
them as one list (name, email, link per line; the clipboard is cleared again) or email each
to its person with progress and Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from iam_console.services import bulk
from iam_console.services.installation_settings import MailSettings
from iam_console.services.tokens import IssuedToken

from .context import ConsoleContext
from .errors import describe
from .i18n import tr
from .message_bar import MessageBar
from .progress_task import ProgressTask


class LinkHandover:
    """Two buttons in ``buttons``, hidden until ``offer(issued, mail_settings)``."""

    def __init__(self, context: ConsoleContext, parent: QWidget, buttons: QDialogButtonBox,
                 message_bar: MessageBar):
        self.context, self.parent, self.message_bar = context, parent, message_bar
        self.issued: tuple[IssuedToken, ...] = ()
        self.mail_settings = MailSettings()
        self.task: ProgressTask | None = None
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.copy_button = buttons.addButton(tr("&Copy all links"), role)
        self.send_button = buttons.addButton(tr("Send all by &email"), role)
        for button in (self.copy_button, self.send_button):
            button.hide()
        self.copy_button.clicked.connect(self.copy_links)
        self.send_button.clicked.connect(self.send_links)

    def offer(self, issued: Sequence[IssuedToken], mail_settings: MailSettings) -> None:
        self.issued, self.mail_settings = tuple(issued), mail_settings
        if not issued:
            return
        self.copy_button.show()
        self.send_button.show()
        self.send_button.setEnabled(mail_settings.configured)
        if not mail_settings.configured:
            self.send_button.setToolTip(tr("No mail server is set up (Settings \u2192 Email); "
                                        "copy the links and pass them on."))

    def copy_links(self) -> None:
        ctx, issued = self.context, self.issued
        ctx.clipboard.put(bulk.links_text(issued))
        self.message_bar.show_message(
            tr("Copied {0:,} links (name, email and link on each line). The clipboard is cleared "
               "in {1} s.").format(len(issued), ctx.clipboard.seconds), "success")
        ctx.runner.submit(lambda: bulk.record_links_copied(ctx.database, ctx.actor, issued),
                          None, lambda exc: self.message_bar.show_message(describe(exc)),
                          owner=self.parent)

    def send_links(self) -> None:
        ctx, issued, settings = self.context, self.issued, self.mail_settings
        self.send_button.setEnabled(False)
        self.task = ProgressTask(
            ctx.runner, self.parent, tr("Send activation links"), tr("Sending\u2026"),
            lambda progress: bulk.send_links(ctx.database, ctx.actor, issued,
                                             ctx.mailer_for(settings), settings.sender,
                                             progress),
            lambda failed: self._sent(len(issued), failed),
            lambda exc: self.message_bar.show_message(describe(exc)),
            lambda done, total: tr("Sent {0:,} of {1:,} emails…").format(done, total))

    def _sent(self, total: int, failed: tuple[bulk.BulkItem, ...]) -> None:
        if failed:
            names = ", ".join(f"{i.name} ({tr(i.reason)})" for i in failed[:5])
            self.message_bar.show_message(
                tr("{0:,} emails sent; {1:,} not sent: {2}").format(
                    total - len(failed), len(failed), names)
                + ("\u2026" if len(failed) > 5 else "") + tr(" Copy the links instead."))
        else:
            self.message_bar.show_message(tr("Sent {0:,} emails.").format(total), "success")
