"""numbers and accounts: quality history, onboarding, account state

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 19:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('number_quality_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('phone_number_id', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('quality_rating', sa.String(length=16), nullable=True),
    sa.Column('messaging_limit_tier', sa.String(length=32), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('event', sa.String(length=48), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_quality_point'))
    )
    with op.batch_alter_table('number_quality_point', schema=None) as batch_op:
        batch_op.create_index('ix_number_quality_point_number_at', ['phone_number_id', 'recorded_at'], unique=False)

    op.create_table('number_onboarding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('waba_id', sa.String(length=64), nullable=False),
    sa.Column('e164', sa.String(length=32), nullable=False),
    sa.Column('display_name', sa.String(length=256), nullable=False),
    sa.Column('phone_number_id', sa.String(length=64), nullable=True),
    sa.Column('step', sa.String(length=24), nullable=False),
    sa.Column('code_method', sa.String(length=8), nullable=True),
    sa.Column('code_requested_at', sa.Float(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_onboarding'))
    )
    with op.batch_alter_table('business', schema=None) as batch_op:
        batch_op.add_column(sa.Column('messaging_limit_tier', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('max_phone_numbers', sa.Integer(), nullable=True))
    with op.batch_alter_table('waba', schema=None) as batch_op:
        batch_op.add_column(sa.Column('account_review_status', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('ban_state', sa.String(length=48), nullable=True))
        batch_op.add_column(sa.Column('ban_date', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('violation_type', sa.String(length=96), nullable=True))
        batch_op.add_column(sa.Column('restrictions', sa.JSON(), nullable=True))
    with op.batch_alter_table('phone_number', schema=None) as batch_op:
        batch_op.add_column(sa.Column('platform_type', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('is_official_business_account', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('is_on_biz_app', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('is_pin_enabled', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('phone_number', schema=None) as batch_op:
        batch_op.drop_column('is_pin_enabled')
        batch_op.drop_column('is_on_biz_app')
        batch_op.drop_column('is_official_business_account')
        batch_op.drop_column('platform_type')
    with op.batch_alter_table('waba', schema=None) as batch_op:
        batch_op.drop_column('restrictions')
        batch_op.drop_column('violation_type')
        batch_op.drop_column('ban_date')
        batch_op.drop_column('ban_state')
        batch_op.drop_column('account_review_status')
    with op.batch_alter_table('business', schema=None) as batch_op:
        batch_op.drop_column('max_phone_numbers')
        batch_op.drop_column('messaging_limit_tier')
    op.drop_table('number_onboarding')
    with op.batch_alter_table('number_quality_point', schema=None) as batch_op:
        batch_op.drop_index('ix_number_quality_point_number_at')
    op.drop_table('number_quality_point')
