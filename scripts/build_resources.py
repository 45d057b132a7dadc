"""Regenerate what is built from the resources folder and committed:

- ``src/iam_console/resources/icons.qrc`` (every SVG under ``resources/icons``),
- ``src/iam_console/views/resources_rc.py`` (compiled by ``pyside6-rcc``; importing it puts the
  icons under ``:/icons/``),
- ``src/iam_console/resources/translations/iam_console_en.ts`` (the English source
  translation file: every ``tr()`` text of ``src/iam_console`` and every ``say()`` sentence of
  the services, by ``pyside6-lupdate``).

Run: ``.venv/bin/python scripts/build_resources.py`` (``--check`` exits 1 when anything is
out of date, without writing).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "iam_console"
RESOURCES = PACKAGE / "resources"
QRC = RESOURCES / "icons.qrc"
RC_MODULE = PACKAGE / "views" / "resources_rc.py"
TS_FILE = RESOURCES / "translations" / "iam_console_en.ts"
BIN = Path(sys.executable).parent


def qrc_text() -> str:
    files = "\n".join(f"    <file>icons/{p.name}</file>"
                      for p in sorted((RESOURCES / "icons").glob("*.svg")))
    return ('<!DOCTYPE RCC>\n<RCC version="1.0">\n  <qresource prefix="/">\n'
            f"{files}\n  </qresource>\n</RCC>\n")


def rc_module_text(qrc: Path) -> str:
    # format 1: no file times in the output, so the same icons always give the same module
    return subprocess.run([str(BIN / "pyside6-rcc"), "-g", "python", "--format-version", "1",
                           str(qrc)], check=True, capture_output=True, text=True).stdout


def ts_text(into: Path) -> str:
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py") if p.name != RC_MODULE.name)
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "en",
                    "-tr-function-alias", "tr+=say", *sources,
                    "-ts", str(into)], check=True, capture_output=True, text=True)
    return into.read_text(encoding="utf-8")


def comparable(text: str) -> str:
    """The text without what only the tools' versions change (rcc's header, lupdate's order)."""
    if text.startswith("# Resource object code"):
        return "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    if "<!DOCTYPE TS>" in text:
        import re

        return "\n".join(sorted(set(re.findall(r"<source>(.*?)</source>", text, re.S))))
    return text


def main(argv: list[str]) -> int:
    check = "--check" in argv
    with tempfile.TemporaryDirectory() as scratch:
        qrc = Path(scratch) / "icons" / ".." / "icons.qrc"
        (Path(scratch) / "icons").mkdir()
        for svg in (RESOURCES / "icons").glob("*.svg"):
            (Path(scratch) / "icons" / svg.name).write_bytes(svg.read_bytes())
        qrc.write_text(qrc_text(), encoding="utf-8")
        wanted = {QRC: qrc_text(), RC_MODULE: rc_module_text(qrc),
                  TS_FILE: ts_text(Path(scratch) / TS_FILE.name)}
    stale = [path for path, text in wanted.items()
             if not path.exists() or comparable(path.read_text(encoding="utf-8"))
             != comparable(text)]
    if check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)} (run scripts/build_resources.py)")
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
