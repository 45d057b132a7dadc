"""audit log indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_action'))
        batch_op.drop_index(batch_op.f('ix_audit_events_actor_id'))
        batch_op.create_index('ix_audit_events_action_time', ['action', 'occurred_at', 'id'], unique=False)
        batch_op.create_index('ix_audit_events_actor_time', ['actor_id', 'occurred_at', 'id'], unique=False)
        batch_op.create_index('ix_audit_events_scope_time', ['scope_organization_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_audit_events_target_time', ['entity_type', 'entity_id', 'occurred_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_target_time')
        batch_op.drop_index('ix_audit_events_scope_time')
        batch_op.drop_index('ix_audit_events_actor_time')
        batch_op.drop_index('ix_audit_events_action_time')
        batch_op.create_index(batch_op.f('ix_audit_events_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_action'), ['action'], unique=False)

