"""``course-bot archive`` also stops a course's office hours (the open session closes, the
schedule opens no more) and cancels its messages still queued; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import col, select

from bot import office_hours as oh
from bot import privacy
from bot.actor import Actor
from bot.course import Course
from bot.seeding import ensure_course_loaded
from storage.db import Database
from storage.models import OhEntry, OhSession, OutboxMessage

THU = datetime(2021, 11, 4, 22, 0, tzinfo=UTC)  # Thu Nov 4, 5 pm CDT: office hours open


async def test_archive_closes_office_hours_and_cancels_queued_messages(
        db: Database, course: Course) -> None:
    await ensure_course_loaded(db, course)
    assert len((await oh.tick(db, course, now=THU)).opened) == 1
    for n in (1, 2):
        await oh.join(db, course, actor=Actor(f"U0S{n:03d}"), topic="", now=THU)
    async with db.session() as session:
        queued = len((await session.execute(select(OutboxMessage).where(
            col(OutboxMessage.status) == "pending"))).scalars().all())
    assert queued

    report = await privacy.archive_course(db, course.id, now=THU, actor="cli",
                                          retention_days=365)
    assert report.ok and report.closed_sessions == 1 and report.cancelled_messages == queued
    assert "queued messages cancelled" in report.line()
    async with db.session() as session:
        messages = (await session.execute(select(OutboxMessage))).scalars().all()
        sessions = (await session.execute(select(OhSession))).scalars().all()
        entries = (await session.execute(select(OhEntry))).scalars().all()
    assert {(m.status, m.error) for m in messages} == {("cancelled", "the course was archived")}
    assert [s.status for s in sessions] == ["closed"]
    assert {e.status for e in entries} == {"closed"}
    # the next scheduled window (Tue Nov 9, 5 pm CST) opens nothing
    assert await oh.tick(db, course, now=datetime(2021, 11, 9, 23, 0, tzinfo=UTC)) == (
        oh.TickReport())
    again = await privacy.archive_course(db, course.id, now=THU, actor="cli",
                                         retention_days=365)
    assert again.already and again.cancelled_messages == 0 and again.closed_sessions == 0
