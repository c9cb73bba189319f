"""inbox list indexes: newest-first conversation list, conversations by contact

The conversation list is read newest first and a page at a time, so an index in that exact
order (last_message_ts, id) serves it without sorting; ingest finds a customer's
conversations by contact_id on every inbound batch, and no index started with that column.

Revision ID: 0005
Revises: contact_notes
Create Date: 2026-12-02 19:50:00
"""

from __future__ import annotations

from alembic import op


revision = "0005"
down_revision = "contact_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_last_message_ts")
        batch_op.create_index("ix_conversation_recent", ["last_message_ts", "id"], unique=False)
        batch_op.create_index("ix_conversation_contact_id", ["contact_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_contact_id")
        batch_op.drop_index("ix_conversation_recent")
        batch_op.create_index("ix_conversation_last_message_ts", ["last_message_ts"], unique=False)
