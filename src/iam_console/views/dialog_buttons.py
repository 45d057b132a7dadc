"""A dialog's row of buttons: reached last by Tab, left to right as shown, and Cancel plus one
action button that Enter presses wherever the focus is (also on Cancel)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QPushButton, QWidget

from .i18n import tr

Standard = QDialogButtonBox.StandardButton


def button_box(buttons: Standard = Standard.NoButton) -> QDialogButtonBox:
    """A button row whose buttons come after every other control of its window in the Tab
    order, in the order the platform shows them (dialogs add their fields after the buttons
    exist, and the box places e.g. Cancel left of Save on macOS but right of it on Windows)."""
    box = QDialogButtonBox(buttons)
    _LastInTabOrder(box)
    return box


class _LastInTabOrder(QObject):
    def __init__(self, box: QDialogButtonBox):
        super().__init__(box)
        self._box = box
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            put_last_in_tab_order(self._box)
        return False


def buttons_as_shown(box: QDialogButtonBox) -> list[QAbstractButton]:
    layout = box.layout()
    if layout is None:
        return box.buttons()
    items = (layout.itemAt(index) for index in range(layout.count()))
    return [w for item in items
            if item is not None and isinstance(w := item.widget(), QAbstractButton)]


def put_last_in_tab_order(box: QDialogButtonBox) -> None:
    buttons = buttons_as_shown(box)
    window = box.window()
    last: QWidget = window
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if widget not in buttons and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            last = widget  # Qt ignores an order that starts at a widget taking no focus
        widget = widget.nextInFocusChain()
    for button in buttons:
        QWidget.setTabOrder(last, button)
        last = button


def cancel_and_action(dialog: QDialog, label: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The button box and its action button (``label`` is translated here); ``accepted`` is
    left for the dialog to connect, Cancel rejects. Call ``action.setDefault(True)`` again in
    ``showEvent`` (the box picks its own default when it is shown)."""
    buttons = button_box(Standard.Cancel)
    action = buttons.addButton(tr(label), QDialogButtonBox.ButtonRole.AcceptRole)
    for button in buttons.buttons():  # focus on Cancel must not make Enter cancel
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
    action.setDefault(True)
    buttons.rejected.connect(dialog.reject)
    return buttons, action
