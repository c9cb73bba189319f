"""webhook bodies stored once: a hash of each body and a count of its repeats

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 20:00:00

Meta re-delivers a body it did not get a 200 for; each delivery used to add a full copy of
the body. Rows stored before this revision have no hash and are never matched (computing it
for a year of rows would slow the first start-up of the new version for nothing).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("webhook_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_sha256", sa.String(length=64), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_webhook_event_body_sha256"), ["body_sha256"], unique=False
        )
    op.create_table(
        "webhook_redelivery",
        sa.Column("body_sha256", sa.String(length=64), nullable=False),
        sa.Column("repeats", sa.Integer(), nullable=False),
        sa.Column("last_received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("body_sha256", name=op.f("pk_webhook_redelivery")),
    )


def downgrade() -> None:
    op.drop_table("webhook_redelivery")
    with op.batch_alter_table("webhook_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_event_body_sha256"))
        batch_op.drop_column("body_sha256")
