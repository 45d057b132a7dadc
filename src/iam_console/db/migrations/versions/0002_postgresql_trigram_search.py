"""PostgreSQL: trigram (pg_trgm GIN) indexes for substring search over users

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

from iam_console.db.search import POSTGRES_USER_SEARCH_DDL, POSTGRES_USER_SEARCH_DROP

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_USER_SEARCH_DDL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_USER_SEARCH_DROP:
            op.execute(statement)
