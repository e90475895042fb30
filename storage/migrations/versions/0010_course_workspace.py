"""course.team_id: the workspace a course lives in

Revision ID: 0010_course_workspace
Revises: 0009_questions
Create Date: 2026-11-29 07:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_course_workspace'
down_revision: str | None = '0009_questions'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.add_column(sa.Column('team_id', sa.String(length=32), nullable=True))
        batch_op.create_index('ix_course_team_id', ['team_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index('ix_course_team_id')
        batch_op.drop_column('team_id')
