"""What a keyboard and screen-reader user meets in a window: the controls Tab reaches, in the
order it reaches them, and the name a screen reader says for each."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QWidget,
)


def reachable(top: QWidget) -> list[QWidget]:
    """The controls Tab visits in ``top``, in that order (a widget that hands its focus to a
    proxy is reached as the proxy's owner: a spin box, not its inner line edit)."""
    found: list[QWidget] = []
    widget = top.nextInFocusChain()
    while widget is not top and len(found) < 5000:
        if (widget.isVisible() and widget.isEnabled() and widget.window() is top
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            owner = _proxy_owner(widget)
            if owner not in found:
                found.append(owner)
        widget = widget.nextInFocusChain()
    return found


def _proxy_owner(widget: QWidget) -> QWidget:
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox) and parent.focusProxy() is widget:
        return parent
    return widget


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces. Combo boxes are read by their current item on Linux
    (the label comes through a relation), so for them only an accessible name or a label whose
    buddy they are counts: what Windows and macOS read."""
    if widget.accessibleName():
        return widget.accessibleName()
    top = widget.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&", "")
    if isinstance(widget, QComboBox):
        return ""
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def describe(widget: QWidget) -> str:
    at = widget.mapTo(widget.window(), QPoint(0, 0))
    return f"{type(widget).__name__} {spoken_name(widget)!r} at ({at.x()}, {at.y()})"


def unnamed(top: QWidget) -> list[str]:
    """Every reachable control a screen reader would announce without a name."""
    return [describe(w) for w in reachable(top) if not spoken_name(w).strip()]


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def out_of_order(top: QWidget) -> list[str]:
    """Steps of the Tab order that jump back up within a column: a control reached after one
    it sits wholly above, overlapping it horizontally (side-by-side columns may be read one
    after the other)."""
    chain = reachable(top)
    problems = []
    for index, later in enumerate(chain):
        below = _rect(later)
        if index and _left_within_row(_rect(chain[index - 1]), below):
            problems.append(f"{describe(later)} comes after {describe(chain[index - 1])}")
            continue
        for earlier in chain[:index]:
            above = _rect(earlier)
            if (below.bottom() < above.top() and below.left() < above.right()
                    and above.left() < below.right()):
                problems.append(f"{describe(later)} comes after {describe(earlier)}")
                break
    return problems


def _left_within_row(before: QRect, after: QRect) -> bool:
    """``after`` sits wholly left of ``before`` on the same line."""
    same_line = min(before.bottom(), after.bottom()) - max(before.top(), after.top())
    return same_line > min(before.height(), after.height()) // 2 and after.right() < before.left()


def tab_traps(top: QWidget) -> list[str]:
    """Press Tab once per reachable control, from the first: where focus does not move on, or
    the controls never reached (a hidden focus proxy, a text box that takes the Tab key, a
    table that walks its cells)."""
    controls = reachable(top)
    top.raise_()
    top.activateWindow()
    deadline = time.monotonic() + 2
    while not top.isActiveWindow() and time.monotonic() < deadline:
        QApplication.processEvents()
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    if QApplication.focusWidget() is not controls[0]:
        return [f"the window could not take the focus ({describe(controls[0])})"]
    visited = [controls[0]]
    for _ in range(len(controls)):
        before = QApplication.focusWidget()
        if before is None:
            return ["nothing has the focus"]
        QTest.keyClick(before, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        for _section in range(_sections(before)):  # a date field steps through its parts first
            if after is not before:
                break
            QTest.keyClick(before, Qt.Key.Key_Tab)
            after = QApplication.focusWidget()
        if after is None or after.window() is not top:
            return [f"Tab leaves the window from {describe(_proxy_owner(before))}"]
        if after is before:
            return [f"Tab stays on {describe(_proxy_owner(before))}"]
        visited.append(_proxy_owner(after))
    return [f"Tab never reaches {describe(c)}" for c in controls if c not in visited]


def _sections(widget: QWidget) -> int:
    owner = _proxy_owner(widget)
    return owner.sectionCount() if isinstance(owner, QDateTimeEdit) else 0
