"""Help → About IAM Console: the version, the database this console has open (and through which
connection), who is signed in, where the log files are and which deployment file it follows —
what a help desk asks first. *Copy* puts it all on the clipboard as plain text."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_console import __version__, deployment, log_files

from .context import ConsoleContext
from .dialog_buttons import button_box
from .error_dialog import open_log_folder
from .i18n import QT_TRANSLATE_NOOP, tr


def about_facts(context: ConsoleContext) -> list[tuple[str, str]]:
    """(label, value) pairs, in the order shown."""
    profile = context.profile
    connection = (f"{profile.name} \u2014 {context.database.describe()}" if profile is not None
                  else context.database.describe())
    log_file = log_files.current_file()
    deployed = deployment.current()
    return [
        (QT_TRANSLATE_NOOP("", "Version"), f"IAM Console {__version__}"),
        (QT_TRANSLATE_NOOP("", "Database"), connection),
        (QT_TRANSLATE_NOOP("", "Signed in as"), context.actor.username),
        (QT_TRANSLATE_NOOP("", "Log folder"),
         str(log_file.parent) if log_file else tr("none (logging to the terminal)")),
        (QT_TRANSLATE_NOOP("", "Deployment settings"),
         str(deployed.path) if deployed.path else tr("none")),
        (QT_TRANSLATE_NOOP("", "System"), f"{platform.system()} {platform.release()}, Python "
                   f"{platform.python_version()}, Qt {qVersion()} (PySide6 {pyside_version})"),
    ]


class AboutDialog(QDialog):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("About IAM Console"))
        self.setMinimumWidth(520)
        self.facts = about_facts(context)
        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/iam-console.svg").pixmap(64, 64))
        heading = QLabel(tr("<h2>IAM Console {0}</h2><p>Administration of users, "
                                 "organizations and roles.</p>").format(__version__))
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in self.facts[1:]:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(shown.textInteractionFlags()
                                          | shown.textInteractionFlags().TextSelectableByMouse)
            shown.setAccessibleName(tr(label))
            shown.setProperty("data", True)  # what this desktop is: never translated
            self.values[label] = shown
            form.addRow(tr(label) + ":", shown)
        self.copy_button = QPushButton(tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.folder_button = QPushButton(tr("Open &log folder"))
        self.folder_button.setEnabled(log_files.current_file() is not None)
        self.folder_button.clicked.connect(open_log_folder)
        buttons = button_box(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.facts)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

