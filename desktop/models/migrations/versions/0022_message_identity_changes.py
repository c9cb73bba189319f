"""ix_message_system: a customer's number and id changes found without reading their thread

Revision ID: 0022_message_identity_changes
Revises: 0020_bulk_send
Create Date: 2026-12-03 10:00:00

The contact panel lists the ``system`` messages (number or WhatsApp-id changes) of a
customer's conversations. Without an index they are found by reading every message of the
thread (12,000 rows: ~20 ms); this partial index holds only the system messages, so it is
tiny and the panel reads a handful of rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022_message_identity_changes"
down_revision = "0020_bulk_send"
branch_labels = None
depends_on = None

SYSTEM = sa.text("type = 'system'")


def upgrade() -> None:
    op.create_index(
        "ix_message_system",
        "message",
        ["conversation_id", "timestamp"],
        sqlite_where=SYSTEM,
        postgresql_where=SYSTEM,
    )


def downgrade() -> None:
    op.drop_index("ix_message_system", table_name="message")
