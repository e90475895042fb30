"""What keeps requests cheap, checked for correctness (the timings are in tests/bench/).

The deadline snapshot is cached until a deadline is written; Bolt's auth.test runs once
per process; a database at the migration head is recognised without Alembic.
"""

from __future__ import annotations

import gc
from datetime import timedelta

from alembic.script import ScriptDirectory
from sqlalchemy import update

from app.runtime import Runtime
from bot.deadlines import current_snapshot, deadline_listing, deadline_snapshot
from storage.db import Database, alembic_config, head_revisions
from storage.models import Deadline
from storage.repos import deadlines as deadline_repo
from tests.slack import SlackTestClient


def test_head_revisions_agree_with_alembic() -> None:
    expected = set(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads())
    assert set(head_revisions()) == expected


async def test_a_database_at_head_is_recognised(db: Database, tmp_path) -> None:
    assert await db._at_head()  # the fixture's database is migrated
    fresh = Database(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        assert not await fresh._at_head()
        await fresh.migrate()
        assert await fresh._at_head()
    finally:
        await fresh.dispose()


async def test_an_orm_edit_is_seen_by_the_next_command(bot: SlackTestClient) -> None:
    assert "Project proposal" in bot.text(await bot.command("/deadlines"))
    db, course = bot.runtime.db, bot.runtime.deps.course
    async with db.session() as session:
        row = await deadline_repo.get_deadline(session=session, course_id=course.id, key="proposal")
        assert row is not None
        row.title = "Project proposal (revised)"
    assert "Project proposal (revised)" in bot.text(await bot.command("/deadlines"))


async def test_a_bulk_update_is_seen_by_the_next_command(bot: SlackTestClient) -> None:
    assert "Project proposal" in bot.text(await bot.command("/deadlines"))
    async with bot.runtime.db.session() as session:
        await session.execute(update(Deadline).where(Deadline.key == "proposal")
                              .values(status="cancelled"))
    assert "Project proposal" not in bot.text(await bot.command("/deadlines"))


async def test_a_rolled_back_edit_keeps_the_cache(runtime: Runtime) -> None:
    db, course = runtime.db, runtime.deps.course
    before = await deadline_snapshot(db, course)
    try:
        async with db.session() as session:
            row = await deadline_repo.get_deadline(session=session, course_id=course.id,
                                                   key="proposal")
            assert row is not None
            row.title = "never committed"
            await session.flush()
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    assert await deadline_snapshot(db, course) is before


async def test_another_process_edit_is_seen_once_the_ttl_passes(runtime: Runtime) -> None:
    db, course = runtime.db, runtime.deps.course
    now = runtime.deps.clock.now()
    await deadline_listing(db, course, now=now)
    other = Database(db.url)  # a second web worker, or `course-bot load-course`
    try:
        async with other.session() as session:
            row = await deadline_repo.get_deadline(session=session, course_id=course.id,
                                                   key="proposal")
            assert row is not None
            row.title = "Edited elsewhere"
    finally:
        await other.dispose()
    db.cache.ttl = 0  # instead of waiting DEFAULT_TTL seconds
    listing = await deadline_listing(db, course, now=now)
    assert "Edited elsewhere" in [item.title for item in listing.items]


async def test_the_same_question_in_the_same_minute_is_one_shared_listing(
        runtime: Runtime) -> None:
    db, course, now = runtime.db, runtime.deps.course, runtime.deps.clock.now()
    first = await deadline_listing(db, course, now=now, text="this  week", user_id="U1")
    second = await deadline_listing(db, course, now=now.replace(second=30), text="this week",
                                    user_id="U2")
    assert first is second  # no personal deadlines: U1 and U2 see the same thing


async def test_auth_test_runs_once_for_many_requests(bot: SlackTestClient) -> None:
    for text in ("", "all", "this week", "project", "blorp"):
        assert (await bot.command("/deadlines", text)).status_code == 200
    await bot.dm("hello")
    assert len(bot.slack.calls_to("auth.test")) == 1


async def test_the_snapshot_in_memory_is_dropped_by_a_write(runtime: Runtime) -> None:
    db, course = runtime.db, runtime.deps.course
    assert current_snapshot(db, course) is None  # nothing loaded yet: never loads by itself
    loaded = await deadline_snapshot(db, course)
    assert current_snapshot(db, course) is loaded
    async with db.session() as session:
        row = await deadline_repo.get_deadline(session=session, course_id=course.id, key="proposal")
        assert row is not None
        row.title = "Project proposal (revised)"
    assert current_snapshot(db, course) is None


async def test_ask_answers_from_memory_and_still_sees_a_moved_date(
        bot: SlackTestClient) -> None:
    asked = "when is the project proposal due?"
    first = bot.text(await bot.command("/ask", asked))
    assert "Oct 1, 2021" in first  # the syllabus date; the snapshot is now in memory
    db, course = bot.runtime.db, bot.runtime.deps.course
    assert current_snapshot(db, course) is not None
    async with db.session() as session:
        row = await deadline_repo.get_deadline(session=session, course_id=course.id, key="proposal")
        assert row is not None
        row.due_at = row.due_at + timedelta(days=7)
    moved = bot.text(await bot.command("/ask", asked))
    assert "Oct 8, 2021" in moved and "Oct 1, 2021" not in moved
    assert bot.text(await bot.command("/ask", asked)) == moved  # now from memory again


async def test_serve_start_up_freezes_its_objects_and_collects_again(runtime: Runtime) -> None:
    gc.disable()  # as `course-bot serve` does before importing the app
    runtime.freeze_after_start = True
    try:
        await runtime.start()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
