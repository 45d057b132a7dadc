"""When something unexpected goes wrong: what happened, what to do next, and the details to
copy for whoever looks after the console (version, platform, the error and where it came from;
blanked of secrets like the log file)."""

from __future__ import annotations

import datetime as dt
import platform
import traceback

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from iam_console import __version__, log_files

from .dialog_buttons import button_box
from .i18n import QT_TRANSLATE_NOOP, tr

NEXT_STEPS = (
    QT_TRANSLATE_NOOP("", "Nothing you typed is lost: the window you worked in stays open."),
    QT_TRANSLATE_NOOP("", "Try again. If the same thing happens, copy the details and send "
                          "them to whoever looks after the console on your desktop (the log "
                          "file holds them too)."),
)


def incident_details(exc: BaseException, when: dt.datetime | None = None) -> str:
    """What a person copies: version, platform, time, the error and its traceback."""
    when = when or dt.datetime.now().astimezone()
    lines = [f"IAM Console {__version__}", f"Time: {when.isoformat(timespec='seconds')}",
             f"System: {platform.platform()}, Python {platform.python_version()}, "
             f"Qt {qVersion()}",
             f"Log file: {log_files.current_file() or 'none'}", "",
             "".join(traceback.format_exception(exc)).rstrip()]
    return log_files.redact("\n".join(lines))


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None,
                 next_steps: tuple[str, ...] = NEXT_STEPS):
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        self.setMinimumWidth(560)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        self.summary = QLabel(f"<b>{_escape(summary)}</b>")
        self.summary.setWordWrap(True)
        self.next_steps = QLabel(tr("What to do next:") + "<ul>" + "".join(
            f"<li>{_escape(tr(step))}</li>" for step in next_steps) + "</ul>")
        self.next_steps.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Details"))
        self.details.setVisible(False)
        self.details.setMinimumHeight(220)
        self.toggle = QPushButton(tr("Show &details"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_details)
        self.copy_button = QPushButton(tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(tr("Open &log folder"))
        self.folder_button.clicked.connect(open_log_folder)
        self.folder_button.setEnabled(log_files.current_file() is not None)
        self.copied = QLabel()
        buttons = button_box(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(self.next_steps)
        top.addLayout(text, 1)
        row = QHBoxLayout()
        for button in (self.toggle, self.copy_button, self.folder_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(tr("Hide &details") if shown else tr("Show &details"))
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copied.setText(tr("Copied."))



def open_log_folder() -> None:
    """Show the folder of the console's log file in the desktop's file manager."""
    path = log_files.current_file()
    if path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_incident(exc: BaseException, parent: QWidget | None = None,
                  summary: str = "") -> ErrorDialog:
    """Open the error dialog (not blocking) for an exception that has been logged."""
    summary = log_files.redact(summary or f"{type(exc).__name__}: {exc}")
    dialog = ErrorDialog(summary, incident_details(exc), parent)
    dialog.setModal(parent is not None)
    dialog.show()
    return dialog
