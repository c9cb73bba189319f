"""the chat list knows its last message's type; contacts keep their marketing choice

Revision ID: 0013_message_types
Revises: 0012_oba_status
Create Date: 2026-12-03 03:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0013_message_types'
down_revision = '0012_oba_status'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_message_type', sa.String(length=32), nullable=True))
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('marketing_opt_out', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('marketing_pref_ts', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('marketing_pref_ts')
        batch_op.drop_column('marketing_opt_out')
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.drop_column('last_message_type')
