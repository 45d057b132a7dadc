"""Reading a CSV file a person chose: UTF-8 with or without a byte-order mark, Excel's
semicolon or comma dialect, and a readable message for every way a file can be wrong (not
UTF-8, an unterminated quote, empty, too many rows)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from iam_console.texts import say

from .errors import ValidationError

FILE = "file"  # the field a file's problems are shown at
MAX_ROWS = 50_000
MAX_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class CsvTable:
    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # each as long as the headers
    lines: tuple[int, ...]  # the file's line number of each row (for messages)
    delimiter: str


def _refuse(message: str) -> ValidationError:
    return ValidationError({FILE: message})


def _delimiter(first_line: str) -> str:
    """Excel writes ";" where the decimal comma is usual, "," elsewhere: the header says which."""
    unquoted = re.sub(r'"[^"]*"', "", first_line)
    return ";" if unquoted.count(";") > unquoted.count(",") else ","


def read_csv(path: Path, max_rows: int = MAX_ROWS) -> CsvTable:
    """The file's header and rows; ValidationError at "file" with what is wrong and what to
    do, before anything else happens."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _refuse(say("The file is larger than {0} MB; split it into smaller files.",
                              MAX_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(say("The file cannot be read: {0}.", exc.strerror or exc)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise _refuse(say("The file is not UTF-8 text (line {0} holds a byte UTF-8 does not "
                          "allow). In Excel, save it as “CSV UTF-8” and try again.", line)) from exc
    if not text.strip():
        raise _refuse(say("The file is empty."))
    delimiter = _delimiter(text.lstrip().splitlines()[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    headers: tuple[str, ...] = ()
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue  # blank lines between rows
            if not headers:
                headers = tuple(cell.strip() for cell in record)
                continue
            if len(rows) >= max_rows:
                raise _refuse(say("The file has more than {0:,} rows; split it into files of "
                                  "at most {1:,} rows.", max_rows, max_rows))
            width = len(headers)
            cells = [cell.strip() for cell in record[:width]]
            if len(record) > width and any(c.strip() for c in record[width:]):
                raise _refuse(say("Line {0} has {1} cells but the header has {2}. Check the "
                                  "separators ({3!r}) and quotes on that line.",
                                  reader.line_num, len(record), width, delimiter))
            rows.append(tuple(cells + [""] * (width - len(cells))))
            lines.append(reader.line_num)
    except csv.Error as exc:
        hint = (" A quote (\") is opened and never closed." if "end of data" in str(exc)
                or "quote" in str(exc) else "")
        raise _refuse(say("The file is not valid CSV near line {0}: {1}.{2}",
                          reader.line_num, exc, hint)
                      ) from exc
    if not headers or not rows:
        raise _refuse(say("The file has a header but no rows.") if headers
                      else say("The file is empty."))
    if any(not h for h in headers):
        raise _refuse(say("A column of the header has no name; name every column."))
    if len({h.casefold() for h in headers}) != len(headers):
        raise _refuse(say("Two columns of the header have the same name."))
    return CsvTable(path.name, headers, tuple(rows), tuple(lines), delimiter)


def _plain(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def guess_mapping(headers: Sequence[str], synonyms: Mapping[str, Sequence[str]],
                  remembered: Mapping[str, str] | None = None) -> dict[str, str]:
    """Field -> column: the remembered choice where the file has that column, else a column
    whose name is one of the field's names."""
    by_plain = {_plain(h): h for h in headers}
    mapping: dict[str, str] = {}
    for field, names in synonyms.items():
        earlier = (remembered or {}).get(field)
        if earlier is not None and earlier in headers:
            mapping[field] = earlier
            continue
        for name in (field, *names):
            found = by_plain.get(_plain(name))
            if found is not None and found not in mapping.values():
                mapping[field] = found
                break
    return mapping
