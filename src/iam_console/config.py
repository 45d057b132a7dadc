"""Where the console keeps its files, and which database it opens.

The database is chosen by, in this order: ``--database`` on the command line, the environment
variable ``IAM_CONSOLE_DATABASE``, the ``[database] url`` of the settings file, and otherwise an
SQLite file in the user's data folder (``demo.sqlite3`` with ``--demo``).
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "iam-console"
DATABASE_ENV = "IAM_CONSOLE_DATABASE"
HOME_ENV = "IAM_CONSOLE_HOME"  # one folder for settings and data (portable installs, tests)


@dataclass(frozen=True)
class Locations:
    config_dir: Path
    data_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def window_state_file(self) -> Path:
        return self.config_dir / "window-state.ini"


def locations() -> Locations:
    home = os.environ.get(HOME_ENV)
    if home:
        base = Path(home).expanduser()
        return Locations(base / "config", base / "data")
    return Locations(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
                     Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def to_url(value: str) -> str:
    """A database URL from what a person typed: a URL stays, a path becomes an SQLite URL."""
    value = value.strip()
    if "://" in value:
        return value
    return f"sqlite+pysqlite:///{Path(value).expanduser().resolve()}"


def configured_database(where: Locations) -> str | None:
    parser = configparser.ConfigParser()
    try:
        parser.read(where.settings_file, encoding="utf-8")
    except (OSError, configparser.Error):
        return None
    return parser.get("database", "url", fallback=None) or None


def choose_database(argument: str | None, demo: bool, where: Locations | None = None) -> str:
    """The URL of the database to open (see the module docstring for the order)."""
    where = where or locations()
    for candidate in (argument, os.environ.get(DATABASE_ENV), configured_database(where)):
        if candidate:
            return to_url(candidate)
    where.data_dir.mkdir(parents=True, exist_ok=True)
    return to_url(str(where.data_dir / ("demo.sqlite3" if demo else "console.sqlite3")))
