"""partial indexes: a number's sends, system messages, unread chats

Revision ID: 0021_partial_indexes
Revises: 0020_bulk_send
Create Date: 2026-12-03 10:00:00

The contact panel lists the ``system`` messages (number or WhatsApp-id changes) of a
customer's conversations. Without an index they are found by reading every message of the
thread (12,000 rows: ~20 ms); this partial index holds only the system messages, so it is
tiny and the panel reads a handful of rows.

Unread chats are counted per channel on every arrival (tray, rail, notifications); without
an index that is a scan of every conversation (50,000: ~50 ms on the DB thread ingest
shares); ``ix_conversation_unread`` holds only the unread ones.

The composer's price line counts the service replies a number sent this month. Through the
outbox index that walked every outbound message of the year (~400 ms on 1M messages);
``ix_message_sent_by_number`` answers it from the index alone (~6 ms).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021_partial_indexes"
down_revision = "0020_bulk_send"
branch_labels = None
depends_on = None

SYSTEM = sa.text("type = 'system'")
UNREAD = sa.text("unread_count > 0")
OUTBOUND = sa.text("direction = 'out'")


def upgrade() -> None:
    op.create_index(
        "ix_message_sent_by_number",
        "message",
        ["phone_number_id", "timestamp", "type", "status", "direction"],
        sqlite_where=OUTBOUND,
        postgresql_where=OUTBOUND,
    )
    op.create_index(
        "ix_message_system",
        "message",
        ["conversation_id", "timestamp"],
        sqlite_where=SYSTEM,
        postgresql_where=SYSTEM,
    )
    op.create_index(
        "ix_conversation_unread",
        "conversation",
        ["phone_number_id", "unread_count"],
        sqlite_where=UNREAD,
        postgresql_where=UNREAD,
    )


def downgrade() -> None:
    op.drop_index("ix_conversation_unread", table_name="conversation")
    op.drop_index("ix_message_system", table_name="message")
    op.drop_index("ix_message_sent_by_number", table_name="message")
