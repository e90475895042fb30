"""Office hours (/oh): the queue, the schedule (DST included), stats, durability, the shell."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlmodel import select

from app.config import Settings
from app.offline.shell import Exchange, Shell
from bot import office_hours as oh
from bot.actor import Actor, Role
from bot.course import Course
from bot.office_hours import schedule
from bot.office_hours.stats import nearest_rank
from bot.seeding import ensure_course_loaded
from handlers.render import oh as render
from handlers.render import registry
from storage.db import Database
from storage.models import AuditLog, OhEntry, OutboxMessage
from storage.repos import outbox
from tests.conftest import TEST_DATABASE_URL, chicago
from tests.slack import SlackTestClient

STAFF = Actor("U0STAFF", Role.STAFF)
TA = Actor("U0TA", Role.STAFF)


def student(n: int) -> Actor:
    return Actor(f"U0S{n:03d}")


async def _rows(db: Database, course: Course, kind: str = "") -> list[Any]:
    async with db.session() as session:
        rows = await outbox.pending(session=session, course_id=course.id)
    return [r for r in rows if not kind or r.kind == kind]


async def _entries(db: Database) -> list[OhEntry]:
    from sqlmodel import col, select
    async with db.session() as session:
        return list((await session.execute(select(OhEntry).order_by(col(OhEntry.id)))).scalars())


async def _audit(db: Database, action: str) -> list[AuditLog]:
    from sqlmodel import select
    async with db.session() as session:
        result = await session.execute(select(AuditLog).where(AuditLog.action == action))
        return list(result.scalars())


@pytest.fixture
async def loaded(db: Database, course: Course) -> Database:
    await ensure_course_loaded(db, course)
    return db


NOW = chicago(2021, 9, 15, 14, 0)  # a Wednesday: no office hours in the course file


# ----------------------------------------------------------------------------- queue

async def test_join_positions_next_and_privacy(loaded: Database, course: Course) -> None:
    db = loaded
    assert (await oh.open_hours(db, course, actor=STAFF, now=NOW)).code == "opened"
    for n in (1, 2, 3):
        out = await oh.join(db, course, actor=student(n), topic=f"secret topic {n}", now=NOW)
        assert out.code == "joined" and out.values["position"] == n
    dup = await oh.join(db, course, actor=student(2), topic="again", now=NOW)
    assert dup.code == "already" and dup.values["position"] == 2
    assert len([e for e in await _entries(db) if e.user_id == student(2).user_id]) == 1

    pulled = await oh.next_student(db, course, actor=STAFF, now=NOW + timedelta(minutes=4))
    assert pulled.code == "pulled" and pulled.values["student"] == student(1).user_id
    assert pulled.values["topic"] == "secret topic 1" and pulled.values["remaining"] == 2
    turn = await _rows(db, course, "oh.your_turn")
    assert [r.recipient for r in turn] == [student(1).user_id]
    assert "no meeting link" in turn[0].data["link_note"]  # the syllabus gives none
    assert [r.recipient for r in await _rows(db, course, "oh.next_up")] == [student(2).user_id]

    view = await oh.status(db, course, actor=student(3), now=NOW)
    assert (view.position, view.waiting, view.being_helped) == (2, 2, 1)
    text = render.status_reply(view, _deps(course)).text
    for n in (1, 2):
        assert student(n).user_id not in text and f"secret topic {n}" not in text

    assert (await oh.leave(db, course, actor=student(2), now=NOW)).code == "left"
    assert (await oh.leave(db, course, actor=student(2), now=NOW)).code == "not_in_queue"
    assert (await oh.status(db, course, actor=student(3), now=NOW)).position == 1
    # student 3 is now at the head and is told so
    assert student(3).user_id in [r.recipient for r in await _rows(db, course, "oh.next_up")]


async def test_estimate_uses_the_median_turn(loaded: Database, course: Course) -> None:
    db = loaded
    await oh.open_hours(db, course, actor=STAFF, now=NOW)
    for n in range(1, 5):
        await oh.join(db, course, actor=student(n), topic="", now=NOW)
    await oh.next_student(db, course, actor=STAFF, now=NOW)
    await oh.next_student(db, course, actor=STAFF, now=NOW + timedelta(minutes=10))  # 1: 10 min
    await oh.done(db, course, actor=STAFF, now=NOW + timedelta(minutes=16))          # 2: 6 min
    view = await oh.status(db, course, actor=student(4), now=NOW + timedelta(minutes=16))
    # #2 in the queue, nobody with staff: one turn ahead at the median of 10 and 6 = 8 min
    assert view.position == 2 and view.estimate_minutes == pytest.approx(8.0)


async def test_closed_join_offers_a_reminder_at_the_next_opening(loaded: Database,
                                                                 course: Course) -> None:
    db = loaded
    out = await oh.join(db, course, actor=student(1), topic="", now=NOW)
    # next course-file hours after Wed Sep 15: Thu Sep 16, 5 pm Chicago (CDT)
    assert out.code == "closed"
    assert datetime.fromisoformat(out.values["next_opens"]) == chicago(2021, 9, 16, 17, 0)
    assert await _entries(db) == []
    reply = render.outcome_reply(out, _deps(course))
    actions = [e["action_id"] for b in reply.blocks if b["type"] == "actions"
               for e in b["elements"]]
    assert actions == [render.REMIND_ACTION]
    for _ in range(2):  # pressing twice queues one reminder
        res = await oh.remind(db, course, actor=student(1), now=NOW)
        assert res.code == "reminder_set"
    rows = await _rows(db, course, "oh.opening")
    assert len(rows) == 1 and rows[0].recipient == student(1).user_id
    assert rows[0].available_at == chicago(2021, 9, 16, 17, 0).astimezone(UTC)


async def test_close_tells_the_waiting_and_keeps_places_on_request(loaded: Database,
                                                                   course: Course) -> None:
    db = loaded
    await oh.open_hours(db, course, actor=STAFF, now=NOW)
    for n in (1, 2, 3):
        await oh.join(db, course, actor=student(n), topic="", now=NOW + timedelta(minutes=n))
    await oh.next_student(db, course, actor=STAFF, now=NOW + timedelta(minutes=5))
    closed = await oh.close_hours(db, course, actor=STAFF, now=NOW + timedelta(minutes=30))
    assert closed.code == "closed_session" and closed.values["told"] == 2
    told = await _rows(db, course, "oh.closed")
    assert sorted(r.recipient for r in told) == [student(2).user_id, student(3).user_id]
    rendered = registry.render("oh.closed", told[0].data, _deps(course))
    assert render.HOLD_ACTION in str(rendered["blocks"])
    # student 3 keeps their place, student 2 does not; a newcomer joins the next session
    kept = await oh.hold(db, course, actor=student(3), now=NOW + timedelta(hours=1))
    assert kept.code == "held"
    later = NOW + timedelta(days=1)
    await oh.open_hours(db, course, actor=STAFF, now=later)
    await oh.join(db, course, actor=student(4), topic="", now=later)
    assert (await oh.status(db, course, actor=student(3), now=later)).position == 1
    assert (await oh.status(db, course, actor=student(4), now=later)).position == 2
    assert [r.recipient for r in await _rows(db, course, "oh.reopened")] == [student(3).user_id]
    assert (await oh.hold(db, course, actor=student(1), now=later)).code == "nothing_to_hold"


async def test_skip_sends_to_the_back_once_then_out(loaded: Database, course: Course) -> None:
    db = loaded
    await oh.open_hours(db, course, actor=STAFF, now=NOW)
    for n in (1, 2):
        await oh.join(db, course, actor=student(n), topic="", now=NOW + timedelta(seconds=n))
    await oh.next_student(db, course, actor=STAFF, now=NOW)
    first = await oh.skip(db, course, actor=STAFF, now=NOW + timedelta(minutes=1))
    assert first.values == {"student": student(1).user_id, "removed": False, "position": 2}
    again = await oh.next_student(db, course, actor=STAFF, now=NOW + timedelta(minutes=2))
    assert again.values["student"] == student(2).user_id
    third = await oh.next_student(db, course, actor=STAFF, now=NOW + timedelta(minutes=3))
    assert third.values["student"] == student(1).user_id and third.values["finished"]
    out = await oh.skip(db, course, actor=STAFF, now=NOW + timedelta(minutes=4))
    assert out.values["removed"] is True
    assert (await oh.status(db, course, actor=student(1), now=NOW)).status == ""
    assert [r.data["removed"] for r in await _rows(db, course, "oh.skipped")] == [False, True]


async def test_every_change_is_audited(loaded: Database, course: Course) -> None:
    db = loaded
    await oh.open_hours(db, course, actor=STAFF, now=NOW)
    await oh.join(db, course, actor=student(1), topic="", now=NOW)
    await oh.next_student(db, course, actor=STAFF, now=NOW)
    await oh.done(db, course, actor=STAFF, now=NOW)
    await oh.close_hours(db, course, actor=STAFF, now=NOW)
    for action in ("oh.open", "oh.join", "oh.next", "oh.done", "oh.close"):
        assert len(await _audit(db, action)) == 1, action


# ----------------------------------------------------------------------------- concurrency

async def _race(url: str, course: Course, students: int) -> list[str]:
    first, second = Database(url), Database(url)
    try:
        await oh.open_hours(first, course, actor=STAFF, now=NOW)
        for n in range(students):
            await oh.join(first, course, actor=student(n), topic="", now=NOW + timedelta(
                seconds=n))

        async def pull(db: Database, actor: Actor) -> list[str]:
            out = []
            for _ in range(students // 2):
                result = await oh.next_student(db, course, actor=actor, now=NOW)
                assert result.code == "pulled"
                out.append(result.values["student"])
            return out

        a, b = await asyncio.gather(pull(first, STAFF), pull(second, TA))
        return a + b
    finally:
        await first.dispose()
        await second.dispose()


@pytest.mark.skipif(not TEST_DATABASE_URL, reason="the row-lock race needs PostgreSQL")
async def test_two_staff_pulling_at_once_on_postgresql(loaded: Database, course: Course) -> None:
    pulled = await _race(loaded.url, course, 100)
    assert len(pulled) == 100 and len(set(pulled)) == 100
    entries = await _entries(loaded)
    assert {e.status for e in entries} == {"called", "done"}


@pytest.mark.skipif(bool(TEST_DATABASE_URL), reason="the SQLite variant of the race")
async def test_two_staff_pulling_at_once_on_sqlite(loaded: Database, course: Course) -> None:
    pulled = await _race(loaded.url, course, 20)
    assert len(pulled) == 20 and len(set(pulled)) == 20


# ----------------------------------------------------------------------------- schedule

def test_course_file_windows_follow_local_time_across_dst(course: Course) -> None:
    specs = schedule.hours_specs(course, [])
    assert {(s.host, s.weekday, s.start, s.end) for s in specs} == {
        ("Arindam Banerjee", 1, time(17), time(18)), ("Arindam Banerjee", 3, time(17), time(18))}
    got = list(schedule.windows(course, specs, chicago(2021, 11, 1), chicago(2021, 11, 12)))
    assert [(w.opens, w.closes) for w in got] == [
        (datetime(2021, 11, 2, 22, tzinfo=UTC), datetime(2021, 11, 2, 23, tzinfo=UTC)),  # CDT
        (datetime(2021, 11, 4, 22, tzinfo=UTC), datetime(2021, 11, 4, 23, tzinfo=UTC)),
        (datetime(2021, 11, 9, 23, tzinfo=UTC), datetime(2021, 11, 10, 0, tzinfo=UTC)),  # CST
        (datetime(2021, 11, 11, 23, tzinfo=UTC), datetime(2021, 11, 12, 0, tzinfo=UTC))]
    # no office hours in the Thanksgiving break (a no-class range of the course file)
    after_break = schedule.next_window(course, specs, chicago(2021, 11, 19, 12))
    assert after_break is not None and after_break.day.isoformat() == "2021-11-30"
    assert schedule.next_window(course, specs, chicago(2021, 12, 31)) is None


async def test_tick_opens_and_closes_at_the_course_file_hours_across_dst(
        loaded: Database, course: Course) -> None:
    db = loaded
    before = datetime(2021, 11, 4, 21, 59, tzinfo=UTC)  # Thu Nov 4, 4:59 pm CDT
    assert await oh.tick(db, course, now=before) == oh.TickReport()
    opened = await oh.tick(db, course, now=datetime(2021, 11, 4, 22, 0, tzinfo=UTC))
    assert len(opened.opened) == 1
    assert await oh.tick(db, course, now=datetime(2021, 11, 4, 22, 30, tzinfo=UTC)) == (
        oh.TickReport())  # idempotent
    view = await oh.status(db, course, actor=student(1), now=datetime(2021, 11, 4, 22, 30,
                                                                      tzinfo=UTC))
    assert view.is_open and view.hosts == ("Arindam Banerjee",)
    await oh.join(db, course, actor=student(1), topic="", now=datetime(2021, 11, 4, 22, 40,
                                                                       tzinfo=UTC))
    closed = await oh.tick(db, course, now=datetime(2021, 11, 4, 23, 0, tzinfo=UTC))
    assert closed.closed == opened.opened
    assert [r.recipient for r in await _rows(db, course, "oh.closed")] == [student(1).user_id]
    # after the change to CST on Nov 7: 5 pm is 23:00 UTC, so 22:00 UTC opens nothing
    assert await oh.tick(db, course, now=datetime(2021, 11, 9, 22, 0, tzinfo=UTC)) == (
        oh.TickReport())
    tue = await oh.tick(db, course, now=datetime(2021, 11, 9, 23, 0, tzinfo=UTC))
    assert len(tue.opened) == 1
    late = await oh.tick(db, course, now=datetime(2021, 11, 10, 0, 0, tzinfo=UTC))
    assert late.closed == tue.opened


async def test_staff_close_early_is_not_reopened_and_a_late_worker_opens_nothing(
        loaded: Database, course: Course) -> None:
    db = loaded
    await oh.tick(db, course, now=chicago(2021, 9, 14, 17, 0))
    await oh.close_hours(db, course, actor=STAFF, now=chicago(2021, 9, 14, 17, 20))
    assert await oh.tick(db, course, now=chicago(2021, 9, 14, 17, 30)) == oh.TickReport()
    assert await oh.tick(db, course, now=chicago(2021, 9, 16, 18, 5)) == oh.TickReport()


async def test_a_window_extends_an_open_session(loaded: Database, course: Course) -> None:
    db = loaded
    start = chicago(2021, 9, 14, 16, 30)
    await oh.open_hours(db, course, actor=STAFF, now=start, length=timedelta(minutes=30))
    await oh.join(db, course, actor=student(1), topic="", now=start)
    report = await oh.tick(db, course, now=chicago(2021, 9, 14, 17, 0))
    assert report == oh.TickReport()  # extended, not closed and reopened
    view = await oh.status(db, course, actor=student(1), now=chicago(2021, 9, 14, 17, 1))
    assert view.position == 1 and view.closes_at == chicago(2021, 9, 14, 18, 0)
    assert set(view.hosts) == {STAFF.user_id, "Arindam Banerjee"}


async def test_hours_added_from_chat(loaded: Database, course: Course) -> None:
    db = loaded
    refused = await oh.hours_add(db, course, actor=student(1), text="Wed 3-4pm", now=NOW)
    assert refused.refused and await oh.hours_list(db, course) == schedule.hours_specs(course, [])
    bad = await oh.hours_add(db, course, actor=TA, text="Someday 3-4pm", now=NOW)
    assert bad.code == "bad_hours"
    added = await oh.hours_add(db, course, actor=TA, text="Wed 3-4pm https://zoom.example/ta",
                               now=NOW)
    assert added.code == "hours_added" and added.values["number"] == 1
    listed = render.hours_reply(await oh.hours_list(db, course), _deps(course), staff=True).text
    assert "1. <@U0TA>: Wed 3:00 PM–4:00 PM" in listed \
        and "Arindam Banerjee: Tue, Thu 5:00 PM–6:00 PM" in listed \
        and "Anant Dadu: _The syllabus lists the TA" in listed
    report = await oh.tick(db, course, now=chicago(2021, 9, 22, 15, 0))
    assert len(report.opened) == 1
    view = await oh.status(db, course, actor=student(1), now=chicago(2021, 9, 22, 15, 1))
    assert view.hosts == ("U0TA",)
    pulled_link = await oh.join(db, course, actor=student(1), topic="", now=chicago(2021, 9, 22,
                                                                                    15, 2))
    assert pulled_link.code == "joined"
    out = await oh.next_student(db, course, actor=TA, now=chicago(2021, 9, 22, 15, 3))
    assert out.values["link"] == "https://zoom.example/ta"
    assert (await oh.hours_remove(db, course, actor=TA, number="2", now=NOW)).code == "bad_number"
    assert (await oh.hours_remove(db, course, actor=TA, number="1", now=NOW)).code == (
        "hours_removed")
    assert [s for s in await oh.hours_list(db, course) if s.number] == []


@pytest.mark.parametrize("text,expected", [
    ("Wed 3-4pm", (2, time(15), time(16), "")),
    ("friday 10:30-11:30am", (4, time(10, 30), time(11, 30), "")),
    ("Mon 11-1pm", (0, time(11), time(13), "")),
    ("Tue 14:00-15:30 https://x.example/z", (1, time(14), time(15, 30), "https://x.example/z")),
])
def test_parse_hours(text: str, expected: tuple[Any, ...]) -> None:
    assert schedule.parse_hours(text) == expected


@pytest.mark.parametrize("text", ["Wed", "Wed 4-3pm", "Wed 3-4pm ftp://x", "Xyz 1-2", "Wed 25-26"])
def test_parse_hours_refuses(text: str) -> None:
    with pytest.raises(schedule.HoursError):
        schedule.parse_hours(text)


# ----------------------------------------------------------------------------- stats

async def test_stats_match_a_hand_computed_fixture(loaded: Database, course: Course) -> None:
    db = loaded
    t0 = chicago(2021, 9, 14, 17, 0)  # Tue: session 1
    await oh.open_hours(db, course, actor=STAFF, now=t0)
    for n, minute in ((1, 0), (2, 1), (3, 2)):
        await oh.join(db, course, actor=student(n), topic="", now=t0 + timedelta(minutes=minute))
    await oh.next_student(db, course, actor=STAFF, now=t0 + timedelta(minutes=5))   # s1 waited 5
    await oh.next_student(db, course, actor=STAFF, now=t0 + timedelta(minutes=15))  # s2 waited 14
    await oh.skip(db, course, actor=STAFF, now=t0 + timedelta(minutes=16))          # s2 no-show
    await oh.next_student(db, course, actor=STAFF, now=t0 + timedelta(minutes=20))  # s3 waited 18
    await oh.next_student(db, course, actor=STAFF, now=t0 + timedelta(minutes=30))  # s2 waited 29
    await oh.close_hours(db, course, actor=STAFF, now=t0 + timedelta(minutes=40))
    t1 = chicago(2021, 9, 16, 17, 0)  # Thu: session 2, same week
    await oh.open_hours(db, course, actor=STAFF, now=t1)
    await oh.join(db, course, actor=student(4), topic="", now=t1)
    await oh.next_student(db, course, actor=STAFF, now=t1 + timedelta(minutes=2))   # s4 waited 2
    await oh.done(db, course, actor=STAFF, now=t1 + timedelta(minutes=10))
    await oh.close_hours(db, course, actor=STAFF, now=t1 + timedelta(minutes=20))
    t2 = chicago(2021, 9, 21, 17, 0)  # next Tue: session 3, nobody came
    await oh.open_hours(db, course, actor=STAFF, now=t2)
    await oh.close_hours(db, course, actor=STAFF, now=t2 + timedelta(minutes=60))

    refused = await oh.stats(db, course, actor=student(1), now=t2)
    assert isinstance(refused, oh.Outcome) and refused.refused
    result = await oh.stats(db, course, actor=STAFF, now=t2)
    assert not isinstance(result, oh.Outcome)
    per_session, per_week = result
    # session 1: waits 5, 18, 29 (s2's pull before the skip counts once: 14 is replaced by the
    # final pull, as the wait is stored per entry) → median 18, p90 (nearest rank 3/3) 29
    s1, s2, s3 = per_session
    assert (s1.helped, s1.median_wait, s1.p90_wait, s1.no_shows) == (3, 18, 29, 1)
    assert (s2.helped, s2.median_wait, s2.p90_wait, s2.no_shows) == (1, 2, 2, 0)
    assert (s3.helped, s3.median_wait, s3.p90_wait, s3.no_shows) == (0, None, None, 0)
    w1, w2 = per_week
    assert w1.week_of is not None and w1.week_of.isoformat() == "2021-09-13"
    # week 1: waits 2, 5, 18, 29 → median 11.5, p90 = 4th of 4 = 29; 4 helped; 1 no-show
    assert (w1.sessions, w1.helped, w1.median_wait, w1.p90_wait, w1.no_shows) == (
        2, 4, 11.5, 29, 1)
    assert (w2.sessions, w2.helped, w2.median_wait) == (1, 0, None)
    text = render.stats_reply(per_session, per_week, _deps(course)).text
    assert "4 helped · median wait 12 min · 90th percentile 29 min · 1 no-shows" in text


def test_nearest_rank() -> None:
    values = [float(v) for v in range(1, 11)]
    assert nearest_rank(values, 90) == 9 and nearest_rank(values, 50) == 5
    assert nearest_rank([3.0], 90) == 3


# ----------------------------------------------------------------------------- durability

async def test_a_restart_keeps_every_place(tmp_path: Any, course: Course) -> None:
    url = TEST_DATABASE_URL or f"sqlite:///{tmp_path / 'restart.db'}"
    first = Database(url)
    await first.migrate()
    await ensure_course_loaded(first, course)
    if TEST_DATABASE_URL:  # the shared test schema: start from an empty queue
        from sqlalchemy import text
        async with first.engine.begin() as conn:
            await conn.execute(text("TRUNCATE oh_entry, oh_slot, oh_session, oh_hours CASCADE"))
    await oh.open_hours(first, course, actor=STAFF, now=NOW)
    for n in range(1, 6):
        await oh.join(first, course, actor=student(n), topic=f"t{n}", now=NOW + timedelta(
            seconds=n))
    await oh.next_student(first, course, actor=STAFF, now=NOW + timedelta(minutes=1))
    before = [(await oh.status(first, course, actor=student(n), now=NOW)).position
              for n in range(1, 6)]
    await first.dispose()

    second = Database(url)  # a new process on the same database
    try:
        after = [(await oh.status(second, course, actor=student(n), now=NOW)).position
                 for n in range(1, 6)]
        assert before == after == [None, 1, 2, 3, 4]
        assert (await oh.next_student(second, course, actor=STAFF, now=NOW)).values[
            "student"] == student(2).user_id
    finally:
        await second.dispose()


# ----------------------------------------------------------------------------- Slack side

def _deps(course: Course) -> Any:
    class _D:
        pass
    d = _D()
    d.course = course  # type: ignore[attr-defined]
    return d


def test_every_oh_kind_has_a_renderer(course: Course) -> None:
    registry.load_all()
    data = {"link": "", "link_note": "No link.", "by": "U1", "session_id": 1,
            "next_opens": None, "opens": NOW.isoformat(), "closes": NOW.isoformat(),
            "host": "Arindam Banerjee", "position": 2, "removed": False}
    for kind in ("oh.next_up", "oh.your_turn", "oh.closed", "oh.opening", "oh.reopened",
                 "oh.skipped"):
        assert kind in registry.kinds()
        out = registry.render(kind, data, _deps(course))
        assert out["text"] and out["blocks"]


async def test_slash_command_flow_and_home(bot: SlackTestClient, runtime: Any) -> None:
    runtime.deps.clock.set(NOW)
    reply = bot.text(await bot.command("/oh", "join flows", user_id="U0S001"))
    assert "closed" in reply and "next open" in reply
    assert "Only the course staff" in bot.text(await bot.command("/oh", "open", user_id="U0S001"))
    assert "open until" in bot.text(await bot.command("/oh", "open 45m", user_id="U0STAFF"))
    assert "#1" in bot.text(await bot.command("/oh", "join flows", user_id="U0S001"))
    assert "#2" in bot.text(await bot.command("/oh", "join", user_id="U0S002"))
    listing = bot.text(await bot.command("/oh", "list", user_id="U0STAFF"))
    assert "flows" in listing and "U0S002" in listing
    status = bot.text(await bot.command("/oh", "", user_id="U0S002"))
    assert "2 people are waiting" in status and "#2" in status and "flows" not in status
    pulled = bot.text(await bot.command("/oh", "next", user_id="U0STAFF"))
    assert "U0S001" in pulled and "flows" in pulled
    assert "don't know" in bot.text(await bot.command("/oh", "dance", user_id="U0S002"))
    assert "I did not understand" in bot.text(await bot.command("/oh", "open soon",
                                                                user_id="U0STAFF"))
    await bot.event({"type": "app_home_opened", "user": "U0S002", "tab": "home"})
    home = str(bot.sent("views.publish")[-1])
    assert "Office hours" in home and "#1" in home


async def test_shell_three_students_next_leave_close(db: Database) -> None:
    """The issue's shell scenario; the shell delivers the outbox, so each step shows the
    DMs it caused."""
    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]
    now = NOW

    async def run(user: str, line: str, *, staff: bool = False) -> Exchange:
        async with Shell.open(settings, user_id=user, staff=staff, now=now) as shell:
            return await shell.send(line)

    async def say(user: str, line: str, *, staff: bool = False) -> str:
        return (await run(user, line, staff=staff)).text

    def dms(exchange: Exchange) -> list[str]:
        return [m["channel"] for m in exchange.messages if m.get("via") == "chat.postMessage"]

    assert "Office hours are open" in await say("U0STAFF", "/oh open 60m", staff=True)
    for n in (1, 2, 3):
        assert f"#{n}" in await say(f"U0S00{n}", "/oh join help with homework")
    assert "already in the queue, at #2" in (await say("U0S002", "/oh join")).replace("*", "")
    pulled = await run("U0STAFF", "/oh next", staff=True)
    assert "U0S001" in pulled.text and "help with homework" in pulled.text
    assert dms(pulled) == ["U0S001", "U0S002"]  # your turn; you're next
    assert "#1" in await say("U0S002", "/oh")
    assert "#2" in await say("U0S003", "/oh")
    assert "left" in await say("U0S002", "/oh leave")
    assert "#1" in await say("U0S003", "/oh")
    closed = await run("U0STAFF", "/oh close", staff=True)
    assert "1 still waiting was told" in closed.text
    assert dms(closed) == ["U0S003"]  # told; U0S002 had left
    check = Database(db.url)
    try:
        kinds = [(r.kind, r.recipient, r.status) for r in await _all_rows(check)
                 if r.kind.startswith("oh.")]
    finally:
        await check.dispose()
    assert ("oh.your_turn", "U0S001", "sent") in kinds
    assert ("oh.closed", "U0S003", "sent") in kinds
    assert not [k for k in kinds if k[1] == "U0S002" and k[0] == "oh.closed"]


async def _all_rows(db: Database) -> list[OutboxMessage]:
    async with db.session() as session:
        return list((await session.execute(select(OutboxMessage))).scalars())


def _course(_: Database) -> Course:
    from bot.course import load_course
    return load_course()


# ----------------------------------------------------------------------------- course file

def test_course_file_office_hours_state_the_missing_link(course: Course) -> None:
    instructor = next(o for o in course.office_hours if o.has_hours)
    assert instructor.link == "" and "gives no meeting link" in instructor.link_note
    ta = next(o for o in course.office_hours if not o.has_hours)
    assert ta.person == "Anant Dadu" and ta.days == []


@pytest.mark.parametrize("fields,message", [
    ({"link": "", "link_note": ""}, "no link"),
    ({"link": "zoom please", "link_note": ""}, "http"),
])
def test_course_file_office_hours_link_is_validated(fields: dict[str, str],
                                                    message: str) -> None:
    from pydantic import ValidationError

    from bot.course import OfficeHours
    with pytest.raises(ValidationError, match=message):
        OfficeHours(person="X", days=["Tue"], start=time(17), end=time(18), **fields)
    assert OfficeHours(person="X", days=["Tue"], start=time(17), end=time(18),
                       link="https://zoom.example/j/1").link == "https://zoom.example/j/1"
