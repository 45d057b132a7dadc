"""The engine and session factory for one database (SQLite file or PostgreSQL URL)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from iam_console.texts import say

from .errors import DatabaseOpenError


def url_for_path(path: Path) -> str:
    """The SQLAlchemy URL of an SQLite database file."""
    return f"sqlite+pysqlite:///{path}"


NETWORK_FILESYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs",
                                 "fuse.sshfs", "afs", "9p", "davfs", "fuse.davfs2"})


def filesystem_of(path: Path, mounts: str | None = None) -> str:
    """The file system type holding ``path`` (Linux: from /proc/mounts; "" when unknown)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return ""
    best, kind = "", ""
    target = str(path.resolve())
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, kind = mount_point, parts[2]
    return kind


def is_network_location(path: Path, mounts: str | None = None) -> bool:
    """Whether a database file would live on a network share (unsafe for SQLite locking)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):  # a Windows UNC path
        return True
    return filesystem_of(path.parent if not path.exists() else path, mounts) in (
        NETWORK_FILESYSTEMS)


def _check_sqlite_file(database: str) -> None:
    if database in ("", ":memory:"):
        return
    path = Path(database)
    if is_network_location(path):
        raise DatabaseOpenError(
            say("{0} is on a network share. SQLite files there get damaged when the share "
                "drops or several desktops write at once. Copy it to this computer, or use a "
                "PostgreSQL server for a shared database.", path))
    folder = path.parent
    if not folder.exists():
        raise DatabaseOpenError(
            say("The folder {0} does not exist. Create it, or choose another database file.",
                folder)
        )
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError(say("{0} is a folder, not a database file.", path))
        if not os.access(path, os.R_OK):
            raise DatabaseOpenError(say("The database file {0} cannot be read (permission "
                                        "denied).", path))
        if not os.access(path, os.W_OK):
            raise DatabaseOpenError(
                say("The database file {0} is read-only. The console needs to write to it: ask "
                    "for write access or copy it somewhere you can write.", path)
            )
    elif not os.access(folder, os.W_OK):
        raise DatabaseOpenError(say("Cannot create a database in {0}: the folder is read-only.",
                                    folder))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@dataclass(frozen=True)
class Database:
    """One database: its engine and a factory of short-lived sessions."""

    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """The database as shown to a person, with any password hidden."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return url.database or say("(in memory)")
        return url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    """Create the engine for ``url``; raise DatabaseOpenError with a readable reason."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError, ValueError
        raise DatabaseOpenError(say("'{0}' is not a database URL or file path.", url)) from exc
    # errors (shown, copied, logged) never carry a statement's values: hashes, token digests
    kwargs: dict[str, Any] = {"hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_file(parsed.database or "")
        kwargs["connect_args"] = {"check_same_thread": False}
    elif parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not psycopg2
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"connect_timeout": 5, "application_name": "iam-console"}
    else:
        raise DatabaseOpenError(say("The console works with SQLite files and PostgreSQL, not "
                                    "{0}.", parsed.get_backend_name()))
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as exc:  # missing driver and the like
        shown = parsed.render_as_string(hide_password=True)
        raise DatabaseOpenError(say("Cannot use the database {0}: {1}", shown, exc)) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory)
