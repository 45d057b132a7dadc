"""sanctions lists, their entries, and the possible matches screening found

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sanctions_lists',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('file_name', sa.String(length=300), nullable=False),
        sa.Column('generated', sa.String(length=40), nullable=False),
        sa.Column('entries', sa.Integer(), nullable=False),
        sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sanctions_lists')),
        sa.UniqueConstraint('name', name=op.f('uq_sanctions_lists_name')),
    )
    op.create_table(
        'sanctions_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('list_id', sa.Integer(), nullable=False),
        sa.Column('data_id', sa.String(length=40), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('name', sa.String(length=500), nullable=False),
        sa.Column('reference', sa.String(length=60), nullable=False),
        sa.Column('names', sa.Text(), nullable=False),
        sa.Column('details', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['list_id'], ['sanctions_lists.id'], name=op.f('fk_sanctions_entries_list_id_sanctions_lists'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sanctions_entries')),
    )
    op.create_index('ix_sanctions_entries_list_id', 'sanctions_entries', ['list_id'])
    op.create_table(
        'screening_matches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('list_name', sa.String(length=200), nullable=False),
        sa.Column('data_id', sa.String(length=40), nullable=False),
        sa.Column('entry_name', sa.String(length=500), nullable=False),
        sa.Column('matched_name', sa.String(length=500), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('decided_by', sa.String(length=200), nullable=False),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('found_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_screening_matches_user_id_users'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_screening_matches')),
        sa.UniqueConstraint('user_id', 'list_name', 'data_id', name=op.f('uq_screening_matches_user_id_list_name_data_id')),
    )
    op.create_index('ix_screening_matches_user_id', 'screening_matches', ['user_id'])
    op.create_index('ix_screening_matches_status', 'screening_matches', ['status'])


def downgrade() -> None:
    op.drop_table('screening_matches')
    op.drop_index('ix_sanctions_entries_list_id', table_name='sanctions_entries')
    op.drop_table('sanctions_entries')
    op.drop_table('sanctions_lists')
