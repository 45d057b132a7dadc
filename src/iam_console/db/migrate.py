"""Bring a database's schema to this program's version, or refuse it with a clear reason."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from iam_console.texts import say

from .engine import Database
from .errors import DatabaseOpenError

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 0x1A3C0501  # the advisory lock that serializes schema upgrades


def alembic_config() -> Config:
    """An Alembic configuration pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def serialize_setup(connection: Connection) -> None:
    """On PostgreSQL, hold the set-up lock until this transaction ends (desktops starting at
    once take turns to migrate and to add built-in rows); SQLite serializes writers itself."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(database: Database) -> None:
    """Create or upgrade the schema; refuse a foreign database or one newer than this program."""
    try:
        with database.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = MigrationContext.configure(connection).get_current_revision()
    except DatabaseError as exc:
        raise DatabaseOpenError(_describe_failure(database, exc)) from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseOpenError(
            say("{0} is not an IAM Console database (it holds other tables). Choose another "
                "file, or an empty one.", database.describe())
        )
    scripts = ScriptDirectory.from_config(alembic_config())
    if revision is not None:
        try:
            scripts.get_revision(revision)
        except Exception as exc:  # alembic.util.CommandError for an unknown revision
            raise DatabaseOpenError(
                say("{0} was made by a newer version of IAM Console (schema {1}). Install the "
                    "newer version to open it; this version leaves the database untouched.",
                    database.describe(), revision)
            ) from exc
    if revision == scripts.get_current_head():
        return
    config = alembic_config()
    try:
        with database.engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                # SQLite changes a table by copying it and dropping the old one; with foreign
                # keys enforced that drop fails once other rows refer to the table. SQLite's
                # own procedure: keys off for the change, then check them all.
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                _drop_leftover_copies(connection)
                connection.commit()
            try:
                with connection.begin():
                    if not sqlite:
                        # one desktop migrates; the others wait here, then find it current
                        serialize_setup(connection)
                        if MigrationContext.configure(connection).get_current_revision() == (
                                scripts.get_current_head()):
                            return
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                    if sqlite:
                        _check_foreign_keys(database, connection)
            finally:
                if sqlite:
                    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                    connection.commit()
    except DatabaseError as exc:
        raise DatabaseOpenError(_describe_failure(database, exc)) from exc


def _drop_leftover_copies(connection: Connection) -> None:
    """A table rebuild that was interrupted (SQLite DDL is not transactional) leaves its copy
    ``_alembic_tmp_<table>`` behind, and the next attempt would stop at it: it holds nothing
    the original table does not, so it goes."""
    for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name LIKE '\\_alembic\\_tmp\\_%' ESCAPE '\\'").fetchall():
        connection.exec_driver_sql(f'DROP TABLE "{name}"')


def _check_foreign_keys(database: Database, connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DatabaseOpenError(
            say("Upgrading {0} left {1} row(s) referring to missing records (first in table "
                "{2}). Restore the file from a backup and report this.",
                database.describe(), len(broken), broken[0][0]))


def _describe_failure(database: Database, exc: DatabaseError) -> str:
    return describe_text(database, str(exc.orig) if exc.orig is not None else str(exc), exc)


def describe_text(database: Database, message: str, exc: DatabaseError) -> str:
    """A readable reason from a driver's error text."""
    if "file is not a database" in message:
        return (say("{0} is not a database file (it may be damaged, or be some other kind of "
                    "file).", database.describe()))
    if "readonly" in message or "read-only" in message:
        return say("{0} is read-only; the console needs to write to it.", database.describe())
    url = database.engine.url
    if "password authentication failed" in message or "no password supplied" in message:
        return (say("The server refused the password of the user “{0}”. Check the user name "
                    "and password of the connection profile.", url.username))
    if "database" in message and "does not exist" in message:
        return (say("The server has no database named “{0}”. Ask its administrator to create "
                    "it (an empty database is enough), or fix the name.", url.database))
    if any(s in message for s in ("Connection refused", "could not translate host name",
                               "timeout expired", "No route to host", "Name or service")):
        return (say("No PostgreSQL server answers at {0}:{1}. Check the host and port, and "
                    "that the server runs and accepts connections from here.",
                    url.host, url.port or 5432))
    if any(s in message for s in ("server closed the connection unexpectedly",
                                  "invalid response", "unsupported frontend protocol",
                                  "received invalid", "expected authentication request")):
        return (say("The server at {0}:{1} does not answer like PostgreSQL. Check the port: "
                    "PostgreSQL usually listens on 5432.", url.host, url.port or 5432))
    if "permission denied" in message:
        return (say("The user “{0}” may not create or change the console's tables in “{1}”. "
                    "Make that user the database's owner (ALTER DATABASE … OWNER TO …), or "
                    "connect as its owner.", url.username, url.database))
    if isinstance(exc, OperationalError):
        return say("Cannot open {0}: {1}", database.describe(), message.strip())
    return say("The database {0} failed: {1}", database.describe(), message.strip())
