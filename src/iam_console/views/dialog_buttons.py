"""Cancel plus one action button that Enter presses, wherever the focus is (also on Cancel)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def cancel_and_action(dialog: QDialog, label: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The button box and its action button; ``accepted`` is left for the dialog to connect,
    Cancel rejects. Call ``action.setDefault(True)`` again in ``showEvent`` (the box picks its
    own default when it is shown)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    action = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    for button in buttons.buttons():  # focus on Cancel must not make Enter cancel
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
    action.setDefault(True)
    buttons.rejected.connect(dialog.reject)
    return buttons, action
