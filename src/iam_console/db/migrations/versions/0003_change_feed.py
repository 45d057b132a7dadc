"""Change feed for live updates: NOTIFY triggers on PostgreSQL, change counters on SQLite

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from alembic import op

from iam_console.db import change_feed

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in change_feed.postgres_ddl() if postgres else change_feed.sqlite_ddl():
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in change_feed.postgres_drop() if postgres else change_feed.sqlite_drop():
        op.execute(statement)
