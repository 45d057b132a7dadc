"""Email through a real SMTP server on loopback (aiosmtpd started here): a reset link arrives
and works; a server that cannot be reached is reported and the link still works; the settings
dialog's test message arrives; the GUI's Send button delivers."""

from __future__ import annotations

import re
import socket
from email import message_from_bytes
from email.message import Message

import pytest
from aiosmtpd.controller import Controller

from iam_console.models import TokenKind
from iam_console.services import installation_settings, mail, tokens
from iam_console.services.installation_settings import SECURITY_NONE, MailSettings
from iam_console.services.mail import MailError, SmtpMailer
from tests.conftest import audit_events
from tests.gui.conftest import idle
from tests.unit.test_tokens import _new_user

SENDER = "iam-console@example.org"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp():
    inbox = Inbox()
    # aiosmtpd's readiness check fails with port=0: choose a free port first
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


def _settings(controller) -> MailSettings:
    return MailSettings(host="127.0.0.1", port=controller.port, security=SECURITY_NONE,
                        sender=SENDER)


def test_reset_email_arrives_with_a_working_link(database, admin, hasher, smtp):
    controller, inbox = smtp
    installation_settings.save(database, admin, _settings(controller))
    installation_settings.save(database, admin, installation_settings.AccountSettings(
        reset_link="https://portal.example.org/reset?token={token}"))
    person = _new_user(database, admin, hasher, "mia", password="first long secret 1")
    issued = tokens.issue_token(database, admin, person.id, TokenKind.RESET).value
    mail.send_token(database, admin, issued, SmtpMailer(_settings(controller)), SENDER)
    [message] = inbox.messages
    assert (message["To"], message["From"]) == ("mia@example.org", SENDER)
    body = message.get_payload(decode=True).decode()
    link = re.search(r"https://portal\.example\.org/reset\?token=\S+", body).group(0)
    tokens.redeem_token(database, hasher, link, "sent by mail 2026!", "sent by mail 2026!")
    event = audit_events(database, "token.email")[-1]
    assert event.outcome == "succeeded" and issued.secret not in event.changes


def test_unreachable_server_is_reported_and_the_link_still_works(database, admin, hasher):
    unreachable = MailSettings(host="127.0.0.1", port=_free_port(), security=SECURITY_NONE,
                               sender=SENDER)
    person = _new_user(database, admin, hasher, "mia", password="first long secret 1")
    issued = tokens.issue_token(database, admin, person.id, TokenKind.RESET).value
    with pytest.raises(MailError, match="cannot be reached"):
        mail.send_token(database, admin, issued, SmtpMailer(unreachable), SENDER)
    assert audit_events(database, "token.email")[-1].outcome == "failed"
    tokens.redeem_token(database, hasher, issued.link, "sent by hand 2026!",
                        "sent by hand 2026!")


def test_settings_test_email_and_the_send_button(qtbot, context, window, database, admin,
                                                 hasher, smtp):
    from iam_console.views.settings_dialog import SettingsDialog
    from iam_console.views.token_handover import TokenHandover

    controller, inbox = smtp
    dialog = SettingsDialog(context, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: idle(context) and dialog.save_button.isEnabled())
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(controller.port)
    dialog.security.setCurrentIndex(dialog.security.findData(SECURITY_NONE))
    dialog.sender_field.setText(SENDER)
    dialog.test_to.setText("me@example.org")
    dialog.send_test()
    qtbot.waitUntil(lambda: idle(context) and len(inbox.messages) == 1)
    assert inbox.messages[0]["Subject"] == "IAM Console test message"
    dialog.save()
    qtbot.waitUntil(lambda: idle(context) and not dialog.isVisible())
    assert installation_settings.read(database, MailSettings).port == controller.port

    person = _new_user(database, admin, hasher, "mia", password="first long secret 1")
    handover = TokenHandover(context, window, person.id, TokenKind.RESET)
    qtbot.waitUntil(lambda: idle(context) and handover.dialog is not None)
    qtbot.addWidget(handover.dialog)
    assert handover.send_button.isEnabled()
    handover.send_button.click()
    qtbot.waitUntil(lambda: idle(context) and len(inbox.messages) == 2)
    assert handover.dialog.status.text() == "Sent to mia@example.org."
    handover.dialog.close()
