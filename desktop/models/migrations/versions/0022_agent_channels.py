"""agent.sees_all_channels and agent_channel: the channels each agent sees

Revision ID: 0022_agent_channels
Revises: 0021_partial_indexes
Create Date: 2026-12-03 09:40:00

Every profile that exists sees every channel, as before the upgrade; an admin narrows
them in Settings.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0022_agent_channels"
down_revision = "0021_partial_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agent") as batch:
        batch.add_column(
            sa.Column("sees_all_channels", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    op.create_table(
        "agent_channel",
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("phone_number_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"]),
        sa.PrimaryKeyConstraint("agent_id", "phone_number_id"),
    )


def downgrade() -> None:
    op.drop_table("agent_channel")
    with op.batch_alter_table("agent") as batch:
        batch.drop_column("sees_all_channels")
