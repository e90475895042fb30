"""A reminder pass over many courses costs what changed and what is due, not the number
of courses: ``course.plan_version`` (bumped by database triggers in the changing
transaction) marks the courses to re-plan, found with one query, and one more query finds
the courses with reminders due. Counted in SQL statements on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import event, select, update

from app.config import Settings
from app.factory import build_runtime
from app.offline.fake_slack import FakeSlack
from app.runtime import Runtime
from app.worker import AllReminders
from bot.clock import FrozenClock
from bot.course import Course
from storage.db import Database
from storage.models import CourseRow, Deadline, Reminder, ReminderPref
from tests.conftest import STUDENT, chicago

BEFORE = chicago(2021, 10, 20, 12)  # after the team lock: no roster, no team nudges


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements run on ``db`` inside the block."""
    seen: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", count)


def ids(n: int) -> list[str]:
    return [f"scale-{i:03d}" for i in range(n)]


async def serving(n: int, settings: Settings, clock: FrozenClock, course: Course,
                  db: Database) -> Runtime:
    """A bot serving the course file and ``n`` copies of it (no channel bound)."""
    files = [course.model_copy(update={"id": cid}) for cid in ids(n)]
    runtime = build_runtime(settings, clock=clock, course=course, db=db, files=files)
    await runtime.start()
    return runtime


async def pass_cost(reminders: AllReminders, db: Database, now: datetime) -> tuple[int, int]:
    """(SQL statements, reminders sent) of one pass."""
    with statements(db) as seen:
        reports = await reminders.run_pass(now=now)
    return len(seen), sum(len(r.sent) for r in reports)


async def want_dms(db: Database, course_ids: list[str]) -> None:
    """A student turns on reminder DMs in each of ``course_ids`` (no code of ours bumps the
    plan version here: the trigger does)."""
    async with db.session() as session:
        for cid in course_ids:
            session.add(ReminderPref(course_id=cid, user_id=STUDENT, enabled=True))


async def first_dm_at(db: Database, course_id: str) -> datetime:
    async with db.session() as session:
        found = await session.execute(
            select(Reminder.send_at).where(Reminder.course_id == course_id,  # type: ignore[arg-type]
                                           Reminder.kind == "personal",  # type: ignore[arg-type]
                                           Reminder.status == "pending")  # type: ignore[arg-type]
            .order_by(Reminder.send_at))  # type: ignore[arg-type]
        return found.scalars().first()  # type: ignore[return-value]


async def costs(runtime: Runtime, db: Database, fresh: list[list[str]]) -> dict[str, Any]:
    """Warm up (this process's first plan of every course), then: a pass with nothing
    changed or due; for each group of courses in ``fresh``, a pass after their students
    turned DMs on (they re-plan) and a pass when those DMs are due (they send)."""
    reminders = AllReminders(runtime)
    out: dict[str, Any] = {}
    try:
        await reminders.run_pass(now=BEFORE)
        out["idle"] = [await pass_cost(reminders, db, BEFORE) for _ in range(2)]
        for group in fresh:
            await want_dms(db, group)
            replan = await pass_cost(reminders, db, BEFORE)
            due = await first_dm_at(db, group[0])
            send = await pass_cost(reminders, db, due)
            after = await pass_cost(reminders, db, due)
            out[len(group)] = (replan, send, after)
    finally:
        await reminders.aclose()
    return out


async def test_a_pass_costs_what_changed_and_is_due_not_the_number_of_courses(
        settings: Settings, clock: FrozenClock, course: Course, db: Database,
        slack: FakeSlack) -> None:
    small = await costs(await serving(20, settings, clock, course, db), db,
                        [ids(20)[:1], ids(20)[1:4]])
    large = await costs(await serving(200, settings, clock, course, db), db,
                        [ids(200)[100:101], ids(200)[101:104]])
    idle = small["idle"][0][0]
    assert small["idle"] == large["idle"] == [(idle, 0), (idle, 0)]
    assert idle <= 2  # the changed courses, the courses with something due
    for k in (1, 3):
        _, (_, sent), (after, again) = large[k]
        assert (sent, again) == (k, 0)  # each course's first DM, once
        assert large[k] == small[k]  # the same, whether 20 or 200 courses are served
        assert after == idle
    # the cost above idle grows with k, the courses that changed or have something due
    (replan1, _), (send1, _), _ = large[1]
    (replan3, _), (send3, _), _ = large[3]
    assert replan3 - idle == 3 * (replan1 - idle)
    assert send3 - idle == 3 * (send1 - idle)


async def test_every_change_to_a_plan_input_marks_the_course(db: Database,
                                                             course: Course) -> None:
    from bot.seeding import ensure_course_loaded
    from storage.repos import reminders as plan_repo
    from storage.repos import settings as settings_repo

    await ensure_course_loaded(db, course)

    async def marked() -> bool:
        async with db.session() as session:
            found = await plan_repo.plans_to_make(session=session)
            if course.id in found:
                await plan_repo.mark_planned(session=session, course_id=course.id,
                                             version=found[course.id])
        return course.id in found

    await marked()
    assert not await marked()
    async with db.session() as session:  # a deadline moved
        await session.execute(update(Deadline).where(Deadline.key == "midterm")  # type: ignore[arg-type]
                              .values(due_at=chicago(2021, 11, 6, 23, 59)))
    assert await marked() and not await marked()
    await want_dms(db, [course.id])  # a preference
    assert await marked()
    async with db.session() as session:  # a course setting (the channel's lead times)
        await settings_repo.set_setting(session=session, course_id=course.id,
                                        key="channel_lead_times", value=["2d"], updated_by="U1",
                                        at=chicago(2021, 9, 1))
    assert await marked()
    async with db.session() as session:  # the archive mark
        await session.execute(update(CourseRow).where(CourseRow.id == course.id)  # type: ignore[arg-type]
                              .values(archived_at=chicago(2021, 12, 20)))
    assert await marked()
    async with db.session() as session:  # a reminder sent changes no input
        await session.execute(update(Reminder).values(error="x"))
    assert not await marked()
