"""statuses keep biz_opaque_callback_data: the outbox row an uncertain send was

Revision ID: 0008_status_callback_data
Revises: 0007_database_mode
Create Date: 2026-12-02 20:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008_status_callback_data'
down_revision = '0007_database_mode'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('message_status', schema=None) as batch_op:
        batch_op.add_column(sa.Column('callback_data', sa.String(length=512), nullable=True))
        batch_op.create_index('ix_message_status_callback_data', ['callback_data'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('message_status', schema=None) as batch_op:
        batch_op.drop_index('ix_message_status_callback_data')
        batch_op.drop_column('callback_data')
