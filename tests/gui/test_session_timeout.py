"""The console asks for the sign-in again after the idle time and the longest session."""

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from iam_console.views.session_timeout import SessionTimeout
from tests.conftest import audit_events

from .conftest import idle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_and_longest_session(qtbot, qapp):
    clock = Clock()
    timeout = SessionTimeout(dt.timedelta(minutes=30), dt.timedelta(hours=12), clock=clock)
    ended: list[str] = []
    timeout.expired.connect(ended.append)
    clock.now += 29 * 60
    timeout.check()
    assert ended == []
    # a click on anything counts as activity
    event = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(1, 1), QPointF(1, 1),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    timeout.eventFilter(qapp, event)
    clock.now += 29 * 60
    timeout.check()
    assert ended == []
    clock.now += 2 * 60
    timeout.check()
    assert ended == ["You were signed out after 30 minutes without activity; sign in again."]
    clock.now = 1000.0 + 12 * 3600
    timeout.check()
    assert ended[-1] == "You were signed out after 12 hours; sign in again."
    timeout.stop()


def test_a_timed_out_session_is_logged_with_its_reason(qtbot, context, window, database):
    signed_out: list = []
    window.signed_out.connect(lambda: signed_out.append(True))
    assert window.end_session("You were signed out after 30 minutes without activity; "
                              "sign in again.")
    qtbot.waitUntil(lambda: idle(context))
    assert signed_out == [True]
    event = audit_events(database, "session.sign_out")[-1]
    assert "30 minutes without activity" in event.reason
