"""plan version: course.plan_version / planned_version, bumped by triggers

Every change to an input of the reminder plan (a deadline, a reminder preference, a course
setting, the course file's hash, the archive mark) bumps ``course.plan_version`` in the
changing transaction, whichever code path makes it; the worker re-plans the courses whose
``plan_version`` differs from ``planned_version`` (a partial index finds them).

Revision ID: 0014_plan_version
Revises: 0013_privacy
Create Date: 2026-11-29 08:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014_plan_version'
down_revision: str | None = '0013_privacy'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INPUTS = ('deadline', 'reminder_pref', 'course_setting')
DIRTY = "plan_version <> planned_version"
BUMP = "UPDATE course SET plan_version = plan_version + 1 WHERE id = {row}.course_id;"


def _sqlite_up() -> None:
    for table in INPUTS:
        op.execute(f"CREATE TRIGGER plan_bump_{table}_ins AFTER INSERT ON {table} "
                   f"BEGIN {BUMP.format(row='NEW')} END")
        op.execute(f"CREATE TRIGGER plan_bump_{table}_upd AFTER UPDATE ON {table} "
                   f"BEGIN {BUMP.format(row='NEW')} "
                   "UPDATE course SET plan_version = plan_version + 1 "
                   "WHERE id = OLD.course_id AND OLD.course_id <> NEW.course_id; END")
        op.execute(f"CREATE TRIGGER plan_bump_{table}_del AFTER DELETE ON {table} "
                   f"BEGIN {BUMP.format(row='OLD')} END")
    op.execute("CREATE TRIGGER plan_bump_course AFTER UPDATE OF content_hash, archived_at "
               "ON course WHEN OLD.content_hash IS NOT NEW.content_hash "
               "OR OLD.archived_at IS NOT NEW.archived_at "
               "BEGIN UPDATE course SET plan_version = plan_version + 1 WHERE id = NEW.id; END")


def _postgres_up() -> None:
    op.execute("""
        CREATE FUNCTION course_plan_bump() RETURNS trigger AS $$
        BEGIN
          IF TG_OP <> 'INSERT' THEN
            UPDATE course SET plan_version = plan_version + 1 WHERE id = OLD.course_id;
          END IF;
          IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.course_id <> OLD.course_id) THEN
            UPDATE course SET plan_version = plan_version + 1 WHERE id = NEW.course_id;
          END IF;
          RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    op.execute("""
        CREATE FUNCTION course_plan_self_bump() RETURNS trigger AS $$
        BEGIN
          IF NEW.content_hash IS DISTINCT FROM OLD.content_hash
             OR NEW.archived_at IS DISTINCT FROM OLD.archived_at THEN
            NEW.plan_version := OLD.plan_version + 1;
          END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql""")
    for table in INPUTS:
        op.execute(f"CREATE TRIGGER plan_bump_{table} AFTER INSERT OR UPDATE OR DELETE "
                   f"ON {table} FOR EACH ROW EXECUTE FUNCTION course_plan_bump()")
    op.execute("CREATE TRIGGER plan_bump_course BEFORE UPDATE ON course "
               "FOR EACH ROW EXECUTE FUNCTION course_plan_self_bump()")


def upgrade() -> None:
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.add_column(sa.Column('plan_version', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('planned_version', sa.Integer(), nullable=False,
                                      server_default='0'))
    op.create_index('ix_course_plan_dirty', 'course', ['id'],
                    sqlite_where=sa.text(DIRTY), postgresql_where=sa.text(DIRTY))
    if op.get_bind().dialect.name == 'postgresql':
        _postgres_up()
    else:
        _sqlite_up()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in INPUTS:
            op.execute(f"DROP TRIGGER IF EXISTS plan_bump_{table} ON {table}")
        op.execute("DROP TRIGGER IF EXISTS plan_bump_course ON course")
        op.execute("DROP FUNCTION IF EXISTS course_plan_bump()")
        op.execute("DROP FUNCTION IF EXISTS course_plan_self_bump()")
    else:
        for table in INPUTS:
            for op_name in ('ins', 'upd', 'del'):
                op.execute(f"DROP TRIGGER IF EXISTS plan_bump_{table}_{op_name}")
        op.execute("DROP TRIGGER IF EXISTS plan_bump_course")
    op.drop_index('ix_course_plan_dirty', table_name='course')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_column('planned_version')
        batch_op.drop_column('plan_version')
