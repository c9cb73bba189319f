"""ix_message_status_delivery: a message's delivery time from the index alone

Revision ID: 0025_status_delivery_index
Revises: 0024_thread_side_indexes
Create Date: 2026-12-03 13:10:00

Pricing bills an outbound message at its delivery time: the earliest ``delivered`` or
``read`` status. Through ``ix_message_status_message_id`` each lookup also read the status
row for its status and time (a year: 600,000 lookups, about 1.1 s of the re-price's 2.7 s
of reading). ``(message_id, status, timestamp)`` answers it from the index and still serves
every lookup by message, so it replaces the old index rather than adding a second one.
"""

from __future__ import annotations

from alembic import op

revision = "0025_status_delivery_index"
down_revision = "0024_thread_side_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_message_status_delivery", "message_status", ["message_id", "status", "timestamp"]
    )
    op.drop_index("ix_message_status_message_id", table_name="message_status")


def downgrade() -> None:
    op.create_index("ix_message_status_message_id", "message_status", ["message_id"])
    op.drop_index("ix_message_status_delivery", table_name="message_status")
