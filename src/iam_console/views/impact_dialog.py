"""Impact before harm: "this affects N users in M organizations", the list on request, and
a choice whose default is the safe one (Cancel)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_console.services.impact import Impact

from .context import ConsoleContext
from .dialog_buttons import button_box
from .holders_view import HoldersView, members_view, role_holders_view
from .i18n import tr


class ImpactDialog(QDialog):
    def __init__(self, context: ConsoleContext, impact: Impact, accept_label: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.impact = context, impact
        self.setWindowTitle(tr(impact.question))
        self.setMinimumWidth(520)
        self.question = QLabel(f"<b>{tr(impact.question)}</b>")
        self.summary = QLabel(tr(impact.summary))
        self.summary.setAccessibleName(tr("Who is affected"))
        self.details = QLabel("\n".join(tr(d) for d in impact.details))
        self.details.setWordWrap(True)
        self.details.setVisible(bool(impact.details))
        self.show_button = QPushButton(tr("&Show the affected users ({0:,})\u2026")
                                       .format(impact.users))
        self.show_button.setEnabled(impact.anyone)
        self.show_button.clicked.connect(self.show_affected)
        self.affected: HoldersView | None = None
        self.buttons = button_box(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(accept_label,
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.accept_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.accept_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        for widget in (self.question, self.summary, self.details, self.show_button):
            self._layout.addWidget(widget)
        self._layout.addWidget(self.buttons)
        cancel.setFocus()

    def show_affected(self) -> HoldersView:
        """List who is affected (paged, loaded in the background), once."""
        if self.affected is None:
            if self.impact.holders is not None:
                self.affected = role_holders_view(self.context, self.impact.holders, self)
            else:
                self.affected = members_view(self.context, self.impact.members_of, self)
            self._layout.insertWidget(self._layout.count() - 1, self.affected, 1)
            self.show_button.hide()
            self.resize(max(self.width(), 760), 480)
            self.affected.start()
        return self.affected


def ask_about_impact(context: ConsoleContext, parent: QWidget, impact: Impact,
                     accept_label: str) -> bool:
    """True when the person goes ahead; tests answer through ``context.confirm_impact``."""
    if context.confirm_impact is not None:
        return context.confirm_impact(parent, impact, accept_label)
    dialog = ImpactDialog(context, impact, accept_label, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
