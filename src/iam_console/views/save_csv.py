"""The one question "where shall the CSV file go?" (exports, reports)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from .i18n import tr


def choose_csv_to_save(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested,
                                                tr("CSV for spreadsheets (*.csv)"))
    return Path(path) if path else None
