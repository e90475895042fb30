"""The store: URL mapping, migrations in step with the models, idempotent course loading."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel, select

from bot.course import Course
from bot.seeding import load_course_into
from storage.db import Database, alembic_config, normalize_url
from storage.models import AuditLog, Deadline
from storage.repos import audit as audit_repo
from storage.repos import deadlines as deadline_repo


@pytest.mark.parametrize(("given", "expected"), [
    ("postgres://u:p@h:5432/d", "postgresql+asyncpg://u:p@h:5432/d"),
    ("postgresql://u@h/d", "postgresql+asyncpg://u@h/d"),
    ("postgresql+asyncpg://u@h/d", "postgresql+asyncpg://u@h/d"),
    ("sqlite:///bot.db", "sqlite+aiosqlite:///bot.db"),
    ("sqlite+aiosqlite:////tmp/x.db", "sqlite+aiosqlite:////tmp/x.db"),
])
def test_normalize_url(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


def test_one_migration_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"


async def test_migrations_match_the_models(db: Database) -> None:
    async with db.engine.connect() as conn:
        diff = await conn.run_sync(
            lambda c: compare_metadata(MigrationContext.configure(c), SQLModel.metadata))
    assert diff == [], f"models and migrations differ: {diff}"


async def test_instants_come_back_aware_utc(db: Database, course: Course) -> None:
    await load_course_into(db, course)
    async with db.session() as session:
        row = await deadline_repo.get_deadline(session=session, course_id=course.id, key="team")
    assert row is not None
    assert row.due_at == datetime(2021, 9, 18, 4, 59, tzinfo=UTC)
    assert row.due_at.tzinfo is not None and row.due_at.utcoffset().total_seconds() == 0


async def test_naive_instants_are_refused(db: Database, course: Course) -> None:
    await load_course_into(db, course)
    with pytest.raises(Exception, match="naive"):
        async with db.session() as session:
            await audit_repo.add_audit(session=session, course_id=course.id, actor="t", action="x",
                                 at=datetime(2021, 1, 1))


async def test_loading_twice_changes_nothing(db: Database, course: Course) -> None:
    first = await load_course_into(db, course)
    assert sorted(first.created) == ["final", "midterm", "proposal", "team"]
    second = await load_course_into(db, course)
    assert not second.changed
    async with db.session() as session:
        rows = (await session.execute(select(Deadline))).scalars().all()
        audits = (await session.execute(select(AuditLog))).scalars().all()
    assert len(rows) == 4 and all(r.version == 1 for r in rows)
    assert len(audits) == 1


async def test_reloading_an_edited_file_updates_and_keeps_staff_edits(
        db: Database, course: Course) -> None:
    await load_course_into(db, course)
    async with db.session() as session:
        moved = await deadline_repo.get_deadline(session=session, course_id=course.id, key="final")
        assert moved is not None
        moved.origin = "staff"
        moved.due_at = datetime(2021, 12, 10, 5, 59, tzinfo=UTC)
    deadlines = [d.model_copy(update={"title": "Project proposal (2 pages)"})
                 if d.key == "proposal" else d for d in course.deadlines]
    deadlines = [d for d in deadlines if d.key != "midterm"]
    edited = course.model_copy(update={"deadlines": deadlines, "content_hash": "edited"})
    report = await load_course_into(db, edited)
    assert report.updated == ["proposal"] and report.cancelled == ["midterm"]
    async with db.session() as session:
        rows = {r.key: r for r in (await session.execute(select(Deadline))).scalars()}
    assert rows["proposal"].title == "Project proposal (2 pages)" and rows["proposal"].version == 2
    assert rows["midterm"].status == "cancelled"  # never deleted
    assert rows["final"].due_at == datetime(2021, 12, 10, 5, 59, tzinfo=UTC)  # staff edit kept
