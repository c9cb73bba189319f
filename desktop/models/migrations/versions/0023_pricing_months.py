"""pricing_month, pricing_watermark and ix_message_timestamp: History keeps closed months

Revision ID: 0023_pricing_months
Revises: 0022_agent_channels
Create Date: 2026-12-03 10:00:00

Closed months of the pricing history are billed once and kept in the database (shared by
every PC on PostgreSQL); the watermark says which rows they have seen. The index lets
History read this month's messages without scanning the year.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0023_pricing_months"
down_revision = "0022_agent_channels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pricing_month",
        sa.Column("waba_id", sa.String(length=64), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("basis", sa.String(length=64), nullable=False),
        sa.Column("bills", sa.Text(), nullable=False),
        sa.Column("left_out", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("waba_id", "month"),
    )
    op.create_table(
        "pricing_watermark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("status_id", sa.BigInteger(), nullable=False),
        sa.Column("record_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_message_timestamp", "message", ["timestamp"])


def downgrade() -> None:
    op.drop_index("ix_message_timestamp", table_name="message")
    op.drop_table("pricing_watermark")
    op.drop_table("pricing_month")
