"""File → Verify administration log: intact says so; an event edited in the database is named."""

from __future__ import annotations

from sqlalchemy import text

from iam_console.views.actions import ActionId
from tests.conftest import audit_events

from .conftest import idle


def test_verify_reports_intact_then_names_an_edited_event(window, qtbot, context):
    window.commands[ActionId.VERIFY_LOG].trigger()
    qtbot.waitUntil(lambda: idle(context) and window.message_bar.text != "")
    assert window.message_bar.text.startswith("The administration log is intact:")
    victim = audit_events(context.database)[0]
    with context.database.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET actor_name = 'Mallory' WHERE id = :id"),
                           {"id": victim.id})
    window.commands[ActionId.VERIFY_LOG].trigger()
    qtbot.waitUntil(lambda: idle(context) and "broken" in window.message_bar.text)
    assert f"event #{victim.id}" in window.message_bar.text
    assert window.commands[ActionId.VERIFY_LOG].isEnabled()
