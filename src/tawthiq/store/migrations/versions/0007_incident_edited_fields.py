"""incident edited fields: what a person set by hand, kept when reports join later

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 12:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('edited_fields', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_column('edited_fields')
