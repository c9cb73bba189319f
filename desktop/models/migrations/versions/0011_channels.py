"""channels: a name and a colour per number, and the numbers a channel used before

Revision ID: 0011_channels
Revises: 0010_outbox_claims
Create Date: 2026-12-03 03:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0011_channels'
down_revision = '0010_outbox_claims'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('channel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('phone_number_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channel')),
    sa.UniqueConstraint('phone_number_id', name=op.f('uq_channel_phone_number_id'))
    )
    op.create_table('channel_number',
    sa.Column('phone_number_id', sa.String(length=64), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=False),
    sa.Column('attached_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('replaced_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['channel_id'], ['channel.id'], name=op.f('fk_channel_number_channel_id_channel')),
    sa.PrimaryKeyConstraint('phone_number_id', name=op.f('pk_channel_number'))
    )
    with op.batch_alter_table('channel_number', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_channel_number_channel_id'), ['channel_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('channel_number', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channel_number_channel_id'))
    op.drop_table('channel_number')
    op.drop_table('channel')
