"""applied operations

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('applied_operations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=100), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applied_operations'))
    )
    with op.batch_alter_table('applied_operations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applied_operations_applied_at'), ['applied_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('applied_operations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applied_operations_applied_at'))

    op.drop_table('applied_operations')
