"""A link the operating system hands to the running console (macOS's file-open event) opens the
sign-in window's code dialog with the code filled in."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from iam_console.views.link_events import LinkEvents


def test_a_link_opened_by_the_system_reaches_the_console(qapp):
    opened: list[str] = []
    handler = LinkEvents(qapp, "iam-console://", opened.append)
    link = "iam-console://redeem?token=abc123"
    QApplication.sendEvent(qapp, QFileOpenEvent(QUrl(link)))
    QApplication.sendEvent(qapp, QFileOpenEvent(QUrl("file:///tmp/other.csv")))
    assert opened == [link]
    qapp.removeEventFilter(handler)
