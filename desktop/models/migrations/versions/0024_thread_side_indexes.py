"""partial indexes: the reactions, edits and deletions of a thread

Revision ID: 0024_thread_side_indexes
Revises: 0023_pricing_months
Create Date: 2026-12-03 13:10:00

A page of a thread is shown with the reactions on its messages and their edits and
deletions ("revoke"), which are messages of their own. Found through the thread's index they
cost a read of every message after the page (12,000 rows in a year-old chat: ~25 ms each,
on the DB thread, every time a thread opens); these partial indexes hold only those rows.
The queries name the types as literals, so PostgreSQL's generic plans can use them too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024_thread_side_indexes"
down_revision = "0023_pricing_months"
branch_labels = None
depends_on = None

REACTION = sa.text("type = 'reaction'")
AMENDING = sa.text("type IN ('edit', 'revoke')")


def upgrade() -> None:
    op.create_index(
        "ix_message_reaction",
        "message",
        ["conversation_id", "timestamp"],
        sqlite_where=REACTION,
        postgresql_where=REACTION,
    )
    op.create_index(
        "ix_message_amending",
        "message",
        ["conversation_id", "timestamp"],
        sqlite_where=AMENDING,
        postgresql_where=AMENDING,
    )


def downgrade() -> None:
    op.drop_index("ix_message_amending", table_name="message")
    op.drop_index("ix_message_reaction", table_name="message")
