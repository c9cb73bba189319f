"""message.delivered_at: a message's first delivery time, kept on its row

Revision ID: 0027_message_delivered_at
Revises: 0026_contact_country
Create Date: 2026-12-03 18:50:00

Pricing bills an outbound message at its delivery time: the earliest ``delivered`` or
``read`` status. Looked up in ``message_status`` for every message (0025's index), it was
most of the time a year's re-price spends reading (600,000 index look-ups, about 1.5 s of
2.6 s of SQL). Ingest now keeps it on the message as statuses arrive, whatever their
order; this revision fills it for the messages already stored.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027_message_delivered_at"
down_revision = "0026_contact_country"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("message", sa.Column("delivered_at", sa.BigInteger(), nullable=True))
    op.execute(
        "UPDATE message SET delivered_at = (SELECT min(s.timestamp) FROM message_status s "
        "WHERE s.message_id = message.id AND s.status IN ('delivered', 'read')) "
        "WHERE id IN (SELECT message_id FROM message_status "
        "WHERE status IN ('delivered', 'read') AND message_id IS NOT NULL)"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE message DROP COLUMN delivered_at")
