"""audit log: an index for filtering by outcome (denied events are rare and looked for)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_audit_events_outcome_time', 'audit_events',
                    ['outcome', 'occurred_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_audit_events_outcome_time', table_name='audit_events')
