"""The console's own log file: what went wrong on this desktop, for whoever looks after it.

``console.log`` in the platform's log folder (``~/.local/state/iam-console/log`` on Linux,
``%LOCALAPPDATA%\\iam-console\\Logs`` on Windows, ``~/Library/Logs/iam-console`` on macOS, or
``$IAM_CONSOLE_HOME/logs``), rotated at 1 MB with five old files kept. Every record passes a
filter that blanks what looks like a secret (passwords in database URLs, ``password=``,
``token=``, ``secret=``, bearer tokens, argon2 hashes) before it is written. This is not the
administration log: who changed what is in the database's audit log.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from . import config

FILE_NAME = "console.log"
MAX_BYTES, BACKUPS = 1_000_000, 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
HIDDEN = "\u2022\u2022\u2022"

_SECRETS = [
    (re.compile(r"(://[^:/@\s]+:)[^@\s]+@"), rf"\g<1>{HIDDEN}@"),  # scheme://user:password@
    (re.compile(r"(?i)\b(password|passwd|pwd|secret|token|code|client_secret|refresh_token|"
                r"access_token|id_token)(\s*[=:]\s*)(['\"]?)[^\s'\",&;)]+"),
     rf"\g<1>\g<2>\g<3>{HIDDEN}"),
    (re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]+"), rf"\g<1>{HIDDEN}"),
    (re.compile(r"\$argon2id?\$[^\s'\"]+"), HIDDEN),
]


def redact(text: str) -> str:
    """``text`` with whatever looks like a secret blanked out."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats as usual (tracebacks included), then blanks secrets in the whole text."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def folder() -> Path:
    home = os.environ.get(config.HOME_ENV)
    if home:
        return Path(home).expanduser() / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(config.APP_NAME, appauthor=False))


_file: Path | None = None


def current_file() -> Path | None:
    """The log file of this run (None before ``configure`` or when it could not be opened)."""
    return _file


def configure(where: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the console's records to the rotating file (and warnings to stderr, if any).

    A folder that cannot be written leaves logging to stderr alone: never fatal at start-up.
    """
    global _file
    root = logging.getLogger()
    root.setLevel(logging.WARNING)
    ours = logging.getLogger("iam_console")
    ours.setLevel(level)
    if not any(getattr(h, "iam_console", False) for h in root.handlers):
        errors = logging.StreamHandler()
        errors.setLevel(logging.WARNING)
        errors.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
        errors.iam_console = True  # type: ignore[attr-defined]
        root.addHandler(errors)
    target = (where or folder())
    try:
        target.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target / FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
            delay=True)
    except OSError as exc:
        logging.getLogger(__name__).warning("No log file in %s: %s", target, exc)
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.setLevel(level)
    for old in [h for h in ours.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        ours.removeHandler(old)
        old.close()
    ours.addHandler(handler)
    _file = target / FILE_NAME
    return _file
