"""BSUIDs up to 256 characters: contact.user_id and the statuses' recipient_id

Revision ID: 0009_bsuid_lengths
Revises: 0008_status_callback_data
Create Date: 2026-12-02 21:10:00

SQLite ignores VARCHAR lengths, so only servers that enforce them (PostgreSQL) are altered;
rebuilding the status tables of a big SQLite file would cost seconds at start-up for nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009_bsuid_lengths'
down_revision = '0008_status_callback_data'
branch_labels = None
depends_on = None

COLUMNS = (('contact', 'user_id'), ('message_status', 'recipient_id'), ('billing_record', 'recipient_id'))


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.String(length=256), existing_nullable=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.String(length=96), existing_nullable=True)
