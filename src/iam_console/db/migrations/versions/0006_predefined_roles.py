"""predefined roles: a key per built-in role and the kind of organization a role is for

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

The roles themselves are created and refreshed by ``services.setup.prepare`` in the same
serialized set-up step as the built-in permissions, so a newer program can add to them.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('roles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('builtin_key', sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column('organization_kind', sa.String(length=16),
                                      nullable=False, server_default=''))
        batch_op.create_unique_constraint(batch_op.f('uq_roles_builtin_key'), ['builtin_key'])
    op.execute("UPDATE roles SET builtin_key = 'system-administrator', "
               "organization_kind = 'internal' "
               "WHERE system AND name = 'System administrator'")


def downgrade() -> None:
    with op.batch_alter_table('roles', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_roles_builtin_key'), type_='unique')
        batch_op.drop_column('organization_kind')
        batch_op.drop_column('builtin_key')
