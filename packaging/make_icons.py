"""Make the application icon in every format the installers need, from the one SVG:
PNG sizes (Linux), .ico (Windows) and .icns (macOS), into packaging/build/icons.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "src" / "iam_console" / "resources" / "icons" / "iam-console.svg"
OUT = HERE / "build" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    icon = QIcon(str(SVG))
    if icon.isNull():
        raise SystemExit(f"cannot read {SVG}")
    for size in SIZES:
        image = icon.pixmap(QSize(size, size)).toImage()
        if not image.save(str(OUT / f"iam-console-{size}.png")):
            raise SystemExit(f"cannot write the {size} px PNG")
    large = icon.pixmap(QSize(256, 256)).toImage()
    for suffix, fmt in (("ico", b"ico"), ("icns", b"icns")):
        writer = QImageWriter(str(OUT / f"iam-console.{suffix}"), fmt)
        if not writer.write(large if suffix == "ico" else icon.pixmap(QSize(512, 512)).toImage()):
            raise SystemExit(f"cannot write .{suffix}: {writer.errorString()}")
    print(f"icons written to {OUT}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
