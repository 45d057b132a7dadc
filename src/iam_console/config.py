"""Where the console keeps its files, and which database it opens.

The database is chosen by, in this order: ``--database`` on the command line, the environment
variable ``IAM_CONSOLE_DATABASE``, the ``[database] url`` of the settings file, and otherwise the
connection profiles, starting with the one used last (the first is an SQLite file in the user's
data folder, ``demo.sqlite3`` with ``--demo``). See ``startup_profiles``.
"""

from __future__ import annotations

import configparser
import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from iam_console.texts import say

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


def read_settings(where: Locations) -> configparser.ConfigParser:
    """The settings file; an unreadable one counts as empty."""
    parser = configparser.ConfigParser(interpolation=None)
    with contextlib.suppress(OSError, configparser.Error):
        parser.read(where.settings_file, encoding="utf-8")
    return parser


def configured_database(where: Locations) -> str | None:
    return read_settings(where).get("database", "url", fallback=None) or None


def default_database_path(demo: bool, where: Locations) -> Path:
    """The SQLite file in the data folder (its folder is created on the way)."""
    where.data_dir.mkdir(parents=True, exist_ok=True)
    return where.data_dir / ("demo.sqlite3" if demo else "console.sqlite3")


# -- connection profiles ---------------------------------------------------------------------
SQLITE, POSTGRESQL = "sqlite", "postgresql"
PROFILE_SECTION = "profile "


@dataclass(frozen=True)
class Profile:
    """A named database connection. Its password, if any, lives only in the keychain."""

    name: str
    kind: str = SQLITE
    path: str = ""
    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    url_override: str = ""  # a --database URL or the environment variable, used as given
    locked: bool = False  # from the deployment settings file: offered, never edited here

    def url(self, password: str | None = None) -> str:
        if self.url_override:
            return self.url_override
        if self.kind == SQLITE:
            return to_url(self.path)
        from urllib.parse import quote

        secret = f":{quote(password, safe='')}" if password else ""
        return (f"postgresql+psycopg://{quote(self.user, safe='')}{secret}@{self.host}:"
                f"{self.port}/{quote(self.database, safe='')}")

    @property
    def needs_password(self) -> bool:
        return self.kind == POSTGRESQL and not self.url_override

    def describe(self) -> str:
        """The connection as shown to a person: a file path, or user@host:port/database."""
        if self.url_override.startswith("sqlite"):
            return self.url_override.split(":///", 1)[-1]
        if self.url_override:
            return self.url_override.split("@")[-1] if "@" in self.url_override else (
                self.url_override)
        if self.kind == SQLITE:
            return self.path
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


class ProfileErrors(Exception):
    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(errors.values()))


def validated_profile(name: str, kind: str, path: str, host: str, port: str, database: str,
                      user: str) -> Profile:
    """A profile from what a person typed, or ProfileErrors naming each bad field."""
    errors: dict[str, str] = {}
    name, host, database, user, path = (v.strip() for v in (name, host, database, user, path))
    if not name:
        errors["name"] = say("Give the connection a name.")
    elif len(name) > 80 or "]" in name:
        errors["name"] = say("The name is too long or holds “]”.")
    if kind == SQLITE:
        if not path:
            errors["path"] = say("Choose the database file.")
        return _raise_or(errors, Profile(name, SQLITE, path=path))
    if kind != POSTGRESQL:
        errors["kind"] = say("Choose SQLite or PostgreSQL.")
    if not host:
        errors["host"] = say("Enter the server's host name or address.")
    try:
        port_number = int(port)
        if not 0 < port_number < 65536:
            raise ValueError
    except ValueError:
        errors["port"] = say("The port is a number from 1 to 65535 (PostgreSQL uses 5432).")
        port_number = 5432
    if not database:
        errors["database"] = say("Enter the database name.")
    if not user:
        errors["user"] = say("Enter the user name on the database server.")
    return _raise_or(errors, Profile(name, POSTGRESQL, host=host, port=port_number,
                                     database=database, user=user))


def _raise_or(errors: dict[str, str], profile: Profile) -> Profile:
    if errors:
        raise ProfileErrors(errors)
    return profile


class ProfileStore:
    """Profiles in ``settings.ini`` (one section each) and which one was used last."""

    def __init__(self, where: Locations):
        self._where = where

    def _parser(self) -> configparser.ConfigParser:
        return read_settings(self._where)

    def _write(self, parser: configparser.ConfigParser) -> None:
        self._where.config_dir.mkdir(parents=True, exist_ok=True)
        with self._where.settings_file.open("w", encoding="utf-8") as handle:
            parser.write(handle)

    def profiles(self) -> list[Profile]:
        parser = self._parser()
        found = []
        for section in parser.sections():
            if not section.startswith(PROFILE_SECTION):
                continue
            values = parser[section]
            try:
                port = int(values.get("port", "5432"))
            except ValueError:
                port = 5432
            found.append(Profile(section[len(PROFILE_SECTION):], values.get("kind", SQLITE),
                                 values.get("path", ""), values.get("host", ""), port,
                                 values.get("database", ""), values.get("user", "")))
        return found

    def save(self, profile: Profile, replacing: str | None = None) -> None:
        parser = self._parser()
        if replacing and replacing != profile.name:
            parser.remove_section(PROFILE_SECTION + replacing)
        section = PROFILE_SECTION + profile.name
        parser[section] = {"kind": profile.kind} | (
            {"path": profile.path} if profile.kind == SQLITE else
            {"host": profile.host, "port": str(profile.port), "database": profile.database,
             "user": profile.user})
        self._write(parser)

    def delete(self, name: str) -> None:
        parser = self._parser()
        parser.remove_section(PROFILE_SECTION + name)
        self._write(parser)

    def last_used(self) -> str | None:
        return self._parser().get("console", "profile", fallback=None)

    def remember(self, name: str) -> None:
        parser = self._parser()
        if not parser.has_section("console"):
            parser.add_section("console")
        parser["console"]["profile"] = name
        self._write(parser)


def startup_profiles(argument: str | None, demo: bool, where: Locations | None = None,
                     deployed: Sequence[Profile] = (), own: bool = True,
                     ) -> tuple[list[Profile], Profile]:
    """The profiles the sign-in window offers and the one it opens first.

    ``--database`` or the environment variable win and are offered alone (as given); otherwise
    the deployment file's connections (``deployed``), then the local file and the saved
    profiles unless the deployment allows no ``own`` ones, starting with the one used last.
    """
    where = where or locations()
    override = argument or os.environ.get(DATABASE_ENV) or configured_database(where)
    if override:
        url = to_url(override)
        kind = POSTGRESQL if url.startswith("postgresql") else SQLITE
        profile = Profile("Command line" if argument else "Configured", kind,
                          url_override=url)
        return [profile], profile
    default = Profile("Demo database" if demo else "This computer", SQLITE,
                      path=str(default_database_path(demo, where)))
    if demo:
        return [default], default
    store = ProfileStore(where)
    names = {p.name for p in deployed}
    if own or not deployed:
        saved = [p for p in store.profiles() if p.name not in names | {default.name}]
        profiles = [*deployed, default, *saved]
    else:
        profiles = list(deployed)
    last = store.last_used()
    first = next((p for p in profiles if p.name == last), profiles[0])
    return profiles, first
