"""record state: the version counter writers of incidents bump

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 10:55:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    state = op.create_table(
        'record_state',
        sa.Column('key', sa.String(length=32), nullable=False),
        sa.Column('value', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )
    op.bulk_insert(state, [{'key': 'version', 'value': 0}])


def downgrade() -> None:
    op.drop_table('record_state')
