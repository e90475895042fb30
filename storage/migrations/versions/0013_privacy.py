"""privacy: course.archived_at / anonymised_at, deadline.date_assumed

Revision ID: 0013_privacy
Revises: 0012_oauth
Create Date: 2026-11-29 07:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = '0013_privacy'
down_revision: str | None = '0012_oauth'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_at', storage.types.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('anonymised_at', storage.types.UTCDateTime(timezone=True),
                                      nullable=True))
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.add_column(sa.Column('date_assumed', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.drop_column('date_assumed')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')
        batch_op.drop_column('archived_at')
