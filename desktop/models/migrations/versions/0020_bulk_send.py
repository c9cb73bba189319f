"""bulk_job, bulk_row and message.not_before: bulk sends and scheduled sends

Revision ID: 0020_bulk_send
Revises: 0019_canned_replies
Create Date: 2026-12-03 07:00:00

``message.not_before`` is a nullable column without a default, so adding it does not
rewrite the message table (SQLite and PostgreSQL only change the schema).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0020_bulk_send"
down_revision = "0019_canned_replies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("message", sa.Column("not_before", sa.Double(), nullable=True))
    op.create_table(
        "bulk_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phone_number_id", sa.String(length=64), nullable=False),
        sa.Column("template_name", sa.String(length=512), nullable=False),
        sa.Column("template_language", sa.String(length=16), nullable=False),
        sa.Column("template_category", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=256), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "bulk_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("wa_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=256), nullable=True),
        sa.Column("components", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["job_id"], ["bulk_job.id"]),
        sa.ForeignKeyConstraint(["message_id"], ["message.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("job_id", "wa_id"),
        sa.UniqueConstraint("message_id"),
    )
    op.create_index("ix_bulk_row_job_state", "bulk_row", ["job_id", "state", "position"])


def downgrade() -> None:
    op.drop_index("ix_bulk_row_job_state", table_name="bulk_row")
    op.drop_table("bulk_row")
    op.drop_table("bulk_job")
    op.drop_column("message", "not_before")
