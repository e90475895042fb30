"""channel_course and course_choice: several courses per workspace

Revision ID: 0011_tenancy
Revises: 0010_course_workspace
Create Date: 2026-11-29 07:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = '0011_tenancy'
down_revision: str | None = '0010_course_workspace'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'channel_course',
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('channel_id', sa.String(length=32), nullable=False),
        sa.Column('course_id', sa.String(length=64), nullable=False),
        sa.Column('bound_by', sa.String(length=32), nullable=False),
        sa.Column('bound_at', storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['course_id'], ['course.id']),
        sa.PrimaryKeyConstraint('team_id', 'channel_id'),
    )
    op.create_index('ix_channel_course_course_id', 'channel_course', ['course_id'],
                    unique=False)
    op.create_table(
        'course_choice',
        sa.Column('team_id', sa.String(length=32), nullable=False),
        sa.Column('user_id', sa.String(length=32), nullable=False),
        sa.Column('course_id', sa.String(length=64), nullable=False),
        sa.Column('chosen_at', storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['course_id'], ['course.id']),
        sa.PrimaryKeyConstraint('team_id', 'user_id'),
    )


def downgrade() -> None:
    op.drop_table('course_choice')
    op.drop_index('ix_channel_course_course_id', table_name='channel_course')
    op.drop_table('channel_course')
