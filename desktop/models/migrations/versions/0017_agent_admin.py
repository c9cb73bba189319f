"""agent.is_admin: who at the desk may change Settings and Numbers

Revision ID: 0017_agent_admin
Revises: 0015_message_agent
Create Date: 2026-12-03 07:30:00

The oldest profile of a database that already has some becomes its admin, so nobody is
locked out of Settings by the upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0017_agent_admin"
down_revision = "0015_message_agent"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agent") as batch:
        batch.add_column(
            sa.Column("is_admin", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute(
        "UPDATE agent SET is_admin = TRUE WHERE id = (SELECT min(id) FROM agent)"
    )


def downgrade() -> None:
    with op.batch_alter_table("agent") as batch:
        batch.drop_column("is_admin")
