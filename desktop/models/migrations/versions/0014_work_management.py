"""work management: status and assignee of a conversation, agents, labels

Revision ID: 0014_work_management
Revises: 0013_message_types
Create Date: 2026-12-03 03:40:00

Plain ADD COLUMN (no table rebuild) with a server default, so a year of conversations is
upgraded in place. The list's index is widened to cover every column a view filters on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0014_work_management"
down_revision = "0013_message_types"
branch_labels = None
depends_on = None

COVERING = (
    "last_message_ts",
    "id",
    "status",
    "assignee_id",
    "unread_count",
    "last_inbound_ts",
    "phone_number_id",
)


def upgrade() -> None:
    op.create_table(
        "agent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "label",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "conversation_label",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("label_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversation.id"]),
        sa.ForeignKeyConstraint(["label_id"], ["label.id"]),
        sa.PrimaryKeyConstraint("conversation_id", "label_id"),
    )
    op.create_index(
        "ix_conversation_label_label", "conversation_label", ["label_id", "conversation_id"]
    )
    op.add_column(
        "conversation",
        sa.Column("status", sa.String(length=16), nullable=False, server_default="open"),
    )
    op.add_column("conversation", sa.Column("assignee_id", sa.Integer(), nullable=True))
    # The list's index covers every column a view filters on (measured in
    # benchmarks/bench_inbox_views.py: counts of a view went from ~270 ms to ~20 ms).
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_recent")
        batch_op.create_index("ix_conversation_recent", list(COVERING), unique=False)


def downgrade() -> None:
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_recent")
        batch_op.create_index("ix_conversation_recent", ["last_message_ts", "id"], unique=False)
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_column("assignee_id")
        batch_op.drop_column("status")
    op.drop_index("ix_conversation_label_label", table_name="conversation_label")
    op.drop_table("conversation_label")
    op.drop_table("label")
    op.drop_table("agent")
