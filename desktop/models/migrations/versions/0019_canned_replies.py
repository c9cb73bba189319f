"""canned_reply: texts the desk reuses, picked with /shortcut in the composer

Revision ID: 0019_canned_replies
Revises: 0018_pg_trigram_search
Create Date: 2026-12-03 07:10:00

In the database rather than the settings file, so every PC sharing the inbox offers the same.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0019_canned_replies"
down_revision = "0018_pg_trigram_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "canned_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shortcut", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=128), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("shortcut"),
    )


def downgrade() -> None:
    op.drop_table("canned_reply")
