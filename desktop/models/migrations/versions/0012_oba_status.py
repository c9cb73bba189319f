"""phone numbers keep the state of their official-business-account request

Revision ID: 0012_oba_status
Revises: 0011_channels
Create Date: 2026-12-03 03:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0012_oba_status'
down_revision = '0011_channels'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('phone_number', schema=None) as batch_op:
        batch_op.add_column(sa.Column('oba_status', sa.String(length=24), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('phone_number', schema=None) as batch_op:
        batch_op.drop_column('oba_status')
