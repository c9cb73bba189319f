"""outbox rows name the app instance that claimed them, with a lease

Revision ID: 0010_outbox_claims
Revises: 0009_bsuid_lengths
Create Date: 2026-12-03 03:20:00

Several PCs on one database must never send a row twice: a worker claims a conversation's
queued rows (``claimed_by``) and renews ``claimed_at`` while it is alive; a crashed worker's
rows are taken over once the lease has run out.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010_outbox_claims'
down_revision = '0009_bsuid_lengths'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('claimed_at', sa.Double(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_column('claimed_at')
        batch_op.drop_column('claimed_by')
