"""database facts: which mode's data a database holds

Revision ID: 0007_database_mode
Revises: 0006
Create Date: 2026-12-02 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007_database_mode'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('database_fact',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_database_fact'))
    )


def downgrade() -> None:
    op.drop_table('database_fact')
