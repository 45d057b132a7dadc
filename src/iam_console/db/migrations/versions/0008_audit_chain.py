"""administration log hash chain; append-only on PostgreSQL

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22

Existing events are chained in id order; the chain's start and head go to the settings row
``audit.chain``. On PostgreSQL a trigger refuses UPDATE and DELETE on audit_events, except a
DELETE by the purge (which sets ``iam_console.purge`` for its own transaction).
"""

import json

import sqlalchemy as sa
from alembic import op

from iam_console.models.audit import CHAIN_FIELDS, CHAIN_SETTING, GENESIS, AuditEvent, chain_hash

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

BATCH = 5000

APPEND_ONLY = """
CREATE OR REPLACE FUNCTION iam_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('iam_console.purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the administration log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_hash', sa.String(length=64), nullable=False,
                                      server_default=''))
    bind = op.get_bind()
    table = AuditEvent.__table__
    columns = [table.c.id, *(table.c[name] for name in CHAIN_FIELDS)]
    previous, last_id = GENESIS, 0
    while True:
        rows = bind.execute(sa.select(*columns).where(table.c.id > last_id)
                            .order_by(table.c.id).limit(BATCH)).all()
        if not rows:
            break
        updates = []
        for row in rows:
            previous = chain_hash(previous, dict(row._mapping))
            updates.append({"event_id": row.id, "hash": previous})
        bind.execute(sa.text("UPDATE audit_events SET chain_hash = :hash WHERE id = :event_id"),
                     updates)
        last_id = rows[-1].id
    state = {"start_id": 0, "start_hash": GENESIS, "head_id": last_id, "head_hash": previous}
    bind.execute(sa.text("INSERT INTO database_settings (key, value) VALUES (:key, :value)"),
                 {"key": CHAIN_SETTING, "value": json.dumps(state)})
    if bind.dialect.name == "postgresql":
        op.execute(APPEND_ONLY)
        op.execute("CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE "
                   "ON audit_events FOR EACH ROW EXECUTE FUNCTION iam_audit_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS iam_audit_append_only()")
    op.execute(f"DELETE FROM database_settings WHERE key = '{CHAIN_SETTING}'")
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_column('chain_hash')
