"""Alembic environment: runs on the connection handed over by iam_console.db.migrate."""

from alembic import context

from iam_console.db.search import is_search_object
from iam_console.models import Base

config = context.config


def include_object(obj, name, type_, reflected, compare_to):
    # the full-text search tables are maintained by hand-written DDL, not by the models
    return not (type_ == "table" and is_search_object(name))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
