"""contact: the desk's own name for a customer and its notes

Revision ID: contact_notes
Revises: 0003
Create Date: 2026-12-02 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "contact_notes"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: no table rebuild, cheap on a year of contacts.
    op.add_column("contact", sa.Column("local_name", sa.String(length=256), nullable=True))
    op.add_column("contact", sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("notes")
        batch_op.drop_column("local_name")
