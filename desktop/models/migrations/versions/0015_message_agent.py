"""message_agent: which agent at the desk sent an outbound message

Revision ID: 0015_message_agent
Revises: 0014_work_management
Create Date: 2026-12-03 04:15:00

A table of its own rather than a column of ``message``: the outbox's rows stay as they are,
and a year of messages is not rewritten.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0015_message_agent"
down_revision = "0014_work_management"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_agent",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"]),
        sa.PrimaryKeyConstraint("message_id"),
    )


def downgrade() -> None:
    op.drop_table("message_agent")
