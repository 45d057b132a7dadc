"""Bring a database's schema to this program's version, or refuse it with a clear reason."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from .engine import Database
from .errors import DatabaseOpenError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """An Alembic configuration pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


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
            f"{database.describe()} is not an IAM Console database (it holds other tables). "
            "Choose another file, or an empty one."
        )
    scripts = ScriptDirectory.from_config(alembic_config())
    if revision is not None:
        try:
            scripts.get_revision(revision)
        except Exception as exc:  # alembic.util.CommandError for an unknown revision
            raise DatabaseOpenError(
                f"{database.describe()} was made by a newer version of IAM Console "
                f"(schema {revision}). Install the newer version to open it; "
                "this version leaves the database untouched."
            ) from exc
    if revision == scripts.get_current_head():
        return
    config = alembic_config()
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DatabaseError as exc:
        raise DatabaseOpenError(_describe_failure(database, exc)) from exc


def _describe_failure(database: Database, exc: DatabaseError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "file is not a database" in text:
        return (f"{database.describe()} is not a database file "
                "(it may be damaged, or be some other kind of file).")
    if "readonly" in text or "read-only" in text:
        return f"{database.describe()} is read-only; the console needs to write to it."
    if isinstance(exc, OperationalError):
        return f"Cannot open {database.describe()}: {text}"
    return f"The database {database.describe()} failed: {text}"
