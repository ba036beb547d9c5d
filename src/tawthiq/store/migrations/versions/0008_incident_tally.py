"""incident tally: the running tally of an incident's reports, so a report joining it later goes on from it

Incidents stored before this revision have none; a report joining one reads its reports once, as before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 01:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tally', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_column('tally')
