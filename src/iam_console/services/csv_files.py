"""Writing files for spreadsheets and other programs: the file appears whole or not at all,
and a cell that a spreadsheet would run as a formula is written as text."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

# a cell starting with one of these is run as a formula by spreadsheet programs
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# utf-8-sig so that spreadsheet programs read UTF-8 (and our own import reads it back)
CSV_ENCODING = "utf-8-sig"


class Cancelled(Exception):
    """Raised inside ``atomic_file`` when a person cancelled: the partial file is removed."""


def safe_cell(value: Any) -> str:
    """The text of a CSV cell; one a spreadsheet would run as a formula gets a leading
    apostrophe, which shows it as the text it is."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@contextlib.contextmanager
def atomic_file(path: Path, encoding: str = CSV_ENCODING) -> Iterator[TextIO]:
    """Write ``path`` through a ``.part`` file that replaces it only when the block completes;
    a failure or a cancel (``Cancelled``) leaves no file behind."""
    partial = path.with_name(path.name + ".part")
    try:
        # newline="" lets the csv module write its own line ends
        with partial.open("w", encoding=encoding, newline="") as stream:
            yield stream
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
