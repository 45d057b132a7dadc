"""Issuing a token and handing it over: shown once with Copy, and sent by email where a mail
server is set up (a failed send is reported and the link can still be copied)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from iam_console.models import TokenKind
from iam_console.services import installation_settings, mail, tokens
from iam_console.services.changes import Outcome
from iam_console.services.installation_settings import MailSettings
from iam_console.services.tokens import IssuedToken

from .context import ConsoleContext
from .errors import describe
from .i18n import QT_TRANSLATE_NOOP, tr
from .secret_dialog import SecretDialog

_INTRO = {
    TokenKind.ACTIVATION: QT_TRANSLATE_NOOP(
        "", "The activation link for <b>{name}</b>. With it they choose their password and "
        "their account becomes active."),
    TokenKind.RESET: QT_TRANSLATE_NOOP(
        "", "The password reset link for <b>{name}</b>. With it they choose a new password "
        "(their two-factor sign-in stays as it is)."),
    TokenKind.API: QT_TRANSLATE_NOOP("", "The API token <b>{label}</b> of <b>{name}</b>."),
}


class TokenHandover:
    """One issued token's dialog; ``dialog`` is None until the token came back."""

    def __init__(self, context: ConsoleContext, parent: QWidget, user_id: int, kind: TokenKind,
                 *, days: int = 0, label: str = "", send: bool = False):
        self.context, self.parent, self.kind = context, parent, kind
        self.dialog: SecretDialog | None = None
        self.mail_settings = MailSettings()
        self.issued: IssuedToken | None = None
        ctx = context

        def work() -> tuple[Outcome[IssuedToken], MailSettings]:
            return (tokens.issue_token(ctx.database, ctx.actor, user_id, kind, days=days,
                                       label=label),
                    installation_settings.read(ctx.database, MailSettings))

        self._send_at_once, self.label = send, label
        context.runner.submit(work, self._issued, self._failed, owner=parent)
        self.failed_message = ""

    def _failed(self, exc: BaseException) -> None:
        self.failed_message = describe(exc)
        bar = getattr(self.parent, "message_bar", None)
        if bar is not None:
            bar.show_message(self.failed_message)

    def _issued(self, result: tuple[Outcome[IssuedToken], MailSettings]) -> None:
        outcome, self.mail_settings = result
        issued = self.issued = outcome.value
        self.context.bus.publish(outcome.changes)
        what = "token" if self.kind is TokenKind.API else "link"
        intro = tr(_INTRO[self.kind]).format(name=issued.user_name,
                                             label=self.label or tr("(no name)"))
        until = issued.expires_at.astimezone()
        once = self.kind is not TokenKind.API
        intro += (tr(" It works once, until {0:%Y-%m-%d %H:%M}.") if once
                  else tr(" It works until {0:%Y-%m-%d %H:%M}.")).format(until)
        title = tr(tokens.KIND_TITLES[self.kind])
        dialog = self.dialog = SecretDialog(self.parent, title, intro, issued.link,
                                            self.context.clipboard)
        ctx = self.context
        dialog.copied.connect(lambda: ctx.runner.submit(
            lambda: tokens.record_copied(ctx.database, ctx.actor, issued, what),
            None, lambda exc: dialog.message_bar.show_message(describe(exc)), owner=dialog))
        if self.kind is not TokenKind.API:
            self.send_button = dialog.add_action(tr("&Send to {0}").format(issued.email), self.send)
            if not self.mail_settings.configured:
                self.send_button.setEnabled(False)
                self.send_button.setToolTip(tr("No mail server is set up (Settings \u2192 Email); "
                                            "copy the link and pass it on."))
        dialog.show()
        if self._send_at_once and self.mail_settings.configured:
            self.send()

    def send(self) -> None:
        assert self.issued is not None and self.dialog is not None
        ctx, issued, settings, dialog = self.context, self.issued, self.mail_settings, self.dialog
        self.send_button.setEnabled(False)
        dialog.status.setText(tr("Sending to {0}\u2026").format(issued.email))
        ctx.runner.submit(
            lambda: mail.send_token(ctx.database, ctx.actor, issued, ctx.mailer_for(settings),
                                    settings.sender),
            lambda _none: self._sent(), self._send_failed, owner=dialog)

    def _sent(self) -> None:
        assert self.issued is not None and self.dialog is not None
        self.dialog.status.setText(tr("Sent to {0}.").format(self.issued.email))
        self.dialog.message_bar.show_message(tr("The email is on its way to {0}.")
                                             .format(self.issued.email),
                                             "success")

    def _send_failed(self, exc: BaseException) -> None:
        assert self.dialog is not None
        self.send_button.setEnabled(True)
        self.dialog.status.setText("")
        self.dialog.message_bar.show_message(
            tr("The email was not sent: {0} Copy the link and pass it on instead.")
            .format(describe(exc)))
