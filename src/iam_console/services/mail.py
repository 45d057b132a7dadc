"""Sending the console's emails (activation and reset links, a test message) over SMTP.

``Mailer`` is the adapter: tests may hand in their own; ``SmtpMailer`` talks to a real server
with STARTTLS, TLS or (on a trusted network) neither. The SMTP password comes from the desktop's
keychain and is never stored or logged here.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from typing import Protocol

from iam_console.db.engine import Database
from iam_console.models import TokenKind
from iam_console.texts import say

from . import audit
from .actor import Actor
from .installation_settings import SECURITY_STARTTLS, SECURITY_TLS, MailSettings
from .tokens import KIND_TITLES, IssuedToken
from .uow import UnitOfWork
from .user_actions import ENTITY, load_user, scope_of

AREA = "credentials"
TIMEOUT_SECONDS = 20
KEYCHAIN_PURPOSE = "smtp"


class MailError(Exception):
    """The message could not be sent; the text says why in words."""


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


class SmtpMailer:
    def __init__(self, settings: MailSettings, password: str | None = None,
                 context: ssl.SSLContext | None = None):
        self._settings, self._password = settings, password
        self._context = context or ssl.create_default_context()

    def send(self, message: EmailMessage) -> None:
        s = self._settings
        if not s.configured:
            raise MailError(say("No mail server is set up (Settings → Email)."))
        try:
            smtp: smtplib.SMTP
            if s.security == SECURITY_TLS:
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT_SECONDS,
                                        context=self._context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_SECONDS)
            with smtp:
                if s.security == SECURITY_STARTTLS:
                    smtp.starttls(context=self._context)
                if s.user:
                    smtp.login(s.user, self._password or "")
                smtp.send_message(message)
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(say("The mail server refused the user name or password.")) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise MailError(say("The mail server refused the recipient's address.")) from exc
        except (smtplib.SMTPException, ssl.SSLError) as exc:
            raise MailError(say("The mail server refused the message: {0}", exc)) from exc
        except OSError as exc:
            raise MailError(say("The mail server {0}:{1} cannot be reached ({2}).",
                                s.host, s.port, exc.strerror or exc)) from exc


_WHAT = {TokenKind.ACTIVATION: ("Activate your account",
                                "an account was created for you. To choose your password "
                                "and activate it, open this link"),
         TokenKind.RESET: ("Reset your password",
                           "a password reset was requested for your account. To choose a "
                           "new password, open this link")}


def token_message(issued: IssuedToken, sender: str) -> EmailMessage:
    """The email that hands an activation or reset link to its person."""
    subject, sentence = _WHAT[issued.kind]
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = issued.email
    message.set_content(
        f"Hello {issued.user_name},\n\n{sentence} (or paste it in the IAM Console's sign-in "
        f"window under \u201cI have an activation or reset code\u201d):\n\n{issued.link}\n\n"
        f"It works once and until {issued.expires_at:%Y-%m-%d %H:%M} UTC.\n\n"
        "If you did not expect this message, tell your help desk.\n")
    return message


def send_token(database: Database, actor: Actor, issued: IssuedToken, mailer: Mailer,
               sender: str) -> None:
    """Email a new link to its person; sent or not, it is logged (never the link). A failure
    is raised as MailError after it is logged, so the link can still be copied."""
    error: MailError | None = None
    try:
        mailer.send(token_message(issued, sender))
    except MailError as exc:
        error = exc
    with UnitOfWork(database, actor, AREA) as uow:
        user = load_user(uow.session, issued.user_id)
        audit.record(uow.session, correlation_id=uow.correlation_id, actor=actor,
                     action="token.email", outcome=audit.FAILED if error else audit.SUCCEEDED,
                     area=AREA, entity_type=ENTITY, entity_id=user.id,
                     entity_name=user.display_name, scope_organization_id=scope_of(user),
                     changes={"sent": (None, say("{0} to {1}",
                                                 KIND_TITLES[issued.kind], issued.email))},
                     reason=str(error or ""))
        uow.commit()
    if error:
        raise error


def trial_message(sender: str, to: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = "IAM Console test message"
    message["From"], message["To"] = sender, to
    message.set_content("This message shows that the IAM Console can send email.\n")
    return message
