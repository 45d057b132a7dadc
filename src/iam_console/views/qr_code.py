"""A QR code drawn by the console (for two-factor enrolment): crisp at any size, no image file."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .i18n import tr

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def _matrix(text: str) -> list[tuple[bool, ...]]:
    import segno  # only when a code is drawn (not on the start-up path)

    return [tuple(bool(m) for m in row)
            for row in segno.make(text, error="m").matrix_iter(border=QUIET_ZONE)]


class QrCodeView(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple[bool, ...]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("QR code to scan with an authenticator app"))
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self._rows = _matrix(text) if text else []
        self.updateGeometry()
        self.update()

    @property
    def modules(self) -> int:
        return len(self._rows)

    def sizeHint(self) -> QSize:
        side = self.modules * max(4, -(-200 // max(1, self.modules)))
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self._rows:
            return
        size = max(1, min(self.width(), self.height()) // self.modules)  # whole pixels: crisp
        left = (self.width() - size * self.modules) // 2
        top = (self.height() - size * self.modules) // 2
        for y, row in enumerate(self._rows):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRectF(left + x * size, top + y * size, size, size),
                                     QColor("black"))
        painter.end()
