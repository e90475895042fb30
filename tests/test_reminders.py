"""Reminders: lead times across DST, quiet hours, the plan, catch-up and exactly-once posts."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from app.offline.fake_slack import FakeSlack
from app.runtime import Runtime
from bot.course import Course
from bot.reminders import (
    Pacer,
    lead_send_at,
    quiet_adjust,
    reminder_status,
    replan,
)
from storage.db import Database
from storage.models import Deadline, Reminder
from tests.conftest import CHANNEL, CHICAGO, chicago
from tests.reminders_support import _close_engines, make_engine  # noqa: F401

engine_for = make_engine


def posted(slack: FakeSlack) -> list[dict]:
    return [c.params for c in slack.calls_to("chat.postMessage")]


async def rows(db: Database, **where: str) -> list[Reminder]:
    async with db.session() as session:
        query = select(Reminder)
        for name, value in where.items():
            query = query.where(getattr(Reminder, name) == value)
        return list((await session.execute(query.order_by(Reminder.send_at))).scalars())


# --------------------------------------------------------------------------- time


@pytest.mark.parametrize(("due", "lead", "expected"), [
    # Fri Nov 12 11:59 pm CST, 7 days before: Fri Nov 5 11:59 pm CDT (across Nov 7)
    (chicago(2021, 11, 12, 23, 59), "7d", chicago(2021, 11, 5, 23, 59)),
    (chicago(2021, 11, 12, 23, 59), "1w", chicago(2021, 11, 5, 23, 59)),
    # hours are absolute: 168 hours before is 12:59 am CDT on Sat Nov 6 (an hour "later")
    (chicago(2021, 11, 12, 23, 59), "168h", chicago(2021, 11, 6, 0, 59)),
    (chicago(2021, 11, 12, 23, 59), "3h", chicago(2021, 11, 12, 20, 59)),
    # before the change: the mid-term report, Fri Nov 5 11:59 pm CDT
    (chicago(2021, 11, 5, 23, 59), "7d", chicago(2021, 10, 29, 23, 59)),
    (chicago(2021, 11, 5, 23, 59), "1d", chicago(2021, 11, 4, 23, 59)),
    # the night of the change: 3 hours before Sun Nov 7 3:00 am CST is 1:00 am CDT
    (chicago(2021, 11, 7, 3, 0), "3h", datetime(2021, 11, 7, 6, 0, tzinfo=UTC)),
    # after it: the final report, Wed Dec 8 11:59 pm CST
    (chicago(2021, 12, 8, 23, 59), "7d", chicago(2021, 12, 1, 23, 59)),
])
def test_lead_times_keep_wall_clock_in_days_and_are_absolute_in_hours(
        due: datetime, lead: str, expected: datetime) -> None:
    got = lead_send_at(due.astimezone(UTC), lead, CHICAGO)
    assert got == expected.astimezone(UTC)
    assert got.tzinfo is not None and got.utcoffset() == timedelta(0)


def test_the_issue_example_across_the_dst_change() -> None:
    due = datetime(2021, 11, 13, 5, 59, tzinfo=UTC)  # Fri Nov 12 11:59 pm CST
    send = lead_send_at(due, "7d", CHICAGO)
    local = send.astimezone(CHICAGO)
    assert (local.day, local.hour, local.minute, local.tzname()) == (5, 23, 59, "CDT")


@pytest.mark.parametrize(("local", "zone", "expected"), [
    ((2021, 10, 1, 14, 0), "America/Chicago", (2021, 10, 1, 14, 0)),  # daytime: unchanged
    ((2021, 10, 1, 23, 59), "America/Chicago", (2021, 10, 1, 21, 30)),  # late: earlier
    ((2021, 10, 2, 3, 0), "America/Chicago", (2021, 10, 1, 21, 30)),  # night: evening before
    ((2021, 10, 2, 7, 59), "Asia/Tokyo", (2021, 10, 1, 21, 30)),
    ((2021, 10, 2, 8, 0), "Asia/Tokyo", (2021, 10, 2, 8, 0)),
    ((2021, 10, 1, 22, 0), "Europe/London", (2021, 10, 1, 21, 30)),
])
def test_quiet_hours_move_a_dm_before_10pm_in_the_students_zone(
        local: tuple[int, ...], zone: str, expected: tuple[int, ...]) -> None:
    z = ZoneInfo(zone)
    got = quiet_adjust(datetime(*local, tzinfo=z), z)
    assert got == datetime(*expected, tzinfo=z)
    assert not (got.astimezone(z).hour >= 22 or got.astimezone(z).hour < 8)


def busiest(starts: list[float]) -> int:
    """The most starts in any window (t - 1 s, t]."""
    return max(sum(1 for u in starts if t - 1.0 < u <= t) for t in starts)


async def test_the_pacer_keeps_each_channel_and_the_total_under_its_rate() -> None:
    pacer = Pacer(rate=100, channel_rate=10)  # 10 ms apart; 100 ms apart in one channel
    names = ["C1", "C1", "C1", "U1", "U2", "U3", "U4", "U5"]
    starts = await asyncio.gather(*(pacer.wait(c) for c in names))
    channel = sorted(t for c, t in zip(names, starts, strict=True) if c == "C1")
    assert all(b - a >= 0.1 for a, b in itertools.pairwise(channel))
    dms = [t for c, t in zip(names, starts, strict=True) if c.startswith("U")]
    assert max(dms) < channel[1]  # the DMs are not held up behind the channel's queue


async def test_late_wake_ups_neither_break_the_ceiling_nor_slow_the_fan_out() -> None:
    now = [0.0]

    async def late_sleep(seconds: float) -> None:  # every wake-up is 30 ms late
        now[0] += seconds + 0.03

    pacer = Pacer(rate=10, channel_rate=1, clock=lambda: now[0], sleep=late_sleep)
    starts = [await pacer.wait(f"U{i}") for i in range(100)]
    assert busiest(starts) <= 10  # never more than the ceiling in any second
    assert starts[-1] < 10.5  # 100 at 10/s: about 9.9 s, not 100 × 0.13 s


# --------------------------------------------------------------------------- the plan


async def test_replanning_is_idempotent_and_pending_rows_follow_their_deadline(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    db, now = runtime.db, chicago(2021, 8, 20)
    first = await replan(db, course, now=now, channel_id=CHANNEL)
    assert first.created == 4 * 3
    again = await replan(db, course, now=now, channel_id=CHANNEL)
    assert (again.created, again.moved, again.cancelled) == (0, 0, 0)

    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 9, 10, 23, 59))  # team, 7 days ahead
    assert len(posted(slack)) == 1
    async with db.session() as session:  # staff move the team deadline a week later
        await session.execute(update(Deadline).where(Deadline.key == "team").values(
            due_at=chicago(2021, 9, 24, 23, 59).astimezone(UTC), origin="staff", version=2))
    moved = await replan(db, course, now=chicago(2021, 9, 11), channel_id=CHANNEL)
    assert moved.created == 0 and moved.moved == 2  # the sent one stays, the others move
    team = {r.lead: r for r in await rows(db, deadline_key="team")}
    assert team["7d"].status == "sent" and team["7d"].slack_ts
    assert team["7d"].send_at == chicago(2021, 9, 10, 23, 59).astimezone(UTC)
    assert team["1d"].status == "pending"
    assert team["1d"].send_at == chicago(2021, 9, 23, 23, 59).astimezone(UTC)
    # a channel that goes away cancels what is pending (never deletes)
    gone = await replan(db, course, now=chicago(2021, 9, 11), channel_id="")
    assert gone.cancelled == 11
    assert {r.status for r in await rows(db)} == {"sent", "cancelled"}


async def test_rows_whose_time_passed_before_planning_are_skipped_not_sent(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    await replan(runtime.db, course, now=chicago(2021, 9, 13), channel_id=CHANNEL)
    team = {r.lead: r.status for r in await rows(runtime.db, deadline_key="team")}
    assert team == {"7d": "skipped", "1d": "pending", "3h": "pending"}
    report = await engine_for(runtime).run_pass(now=chicago(2021, 9, 13, 1))
    assert report.sent == [] and posted(slack) == []


# --------------------------------------------------------------------------- passes


async def test_successive_instants_post_each_channel_reminder_exactly_once_at_its_time(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 8, 20))
    plan = await rows(runtime.db, kind="channel")
    assert len(plan) == 12 and all(r.status == "pending" for r in plan)
    instants = sorted({r.send_at + d for r in plan
                       for d in (timedelta(minutes=-1), timedelta(0), timedelta(minutes=1))})
    for instant in instants:
        report = await engine.run_pass(now=instant)
        expected = {(r.deadline_key, r.lead) for r in plan if r.send_at <= instant}
        got = Counter((r.deadline_key, r.lead) for r in await rows(runtime.db, status="sent"))
        assert set(got) == expected and all(n == 1 for n in got.values()), instant
        again = await engine.run_pass(now=instant)  # the same instant again: nothing
        assert again.sent == [] and len(posted(slack)) == len(expected)
        assert len(report.sent) <= 1
    assert len(posted(slack)) == 12
    assert all(p["channel"] == CHANNEL for p in posted(slack))


async def test_a_channel_reminder_says_what_is_due_when_and_what_to_hand_in(
        runtime: Runtime, course: Course, slack: FakeSlack, bot) -> None:
    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 9, 20))
    await engine.run_pass(now=chicago(2021, 9, 24, 23, 59))
    [message] = posted(slack)
    text = bot.text(message)
    assert "Project proposal" in text and "is due" in text and "(in 7 days)" in text
    assert "Fri, Oct 1, 2021 at 11:59 PM CDT" in text
    assert "Proposal: 5%, 2 pages + references" in text
    assert "11:59 PM course time is assumed" in text
    assert "<!date^" in str(message["blocks"])


async def test_after_a_two_day_gap_only_the_latest_lead_goes_out_and_nothing_after_the_deadline(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 9, 15, 20))  # team 7d went out... skipped at plan
    assert posted(slack) == []
    report = await engine.run_pass(now=chicago(2021, 9, 17, 21, 30))  # two days later
    assert [(o.deadline_key, o.lead) for o in report.sent] == [("team", "3h")]
    assert report.superseded == 1  # the 1-day one: never "1 day left" when 2 hours are left
    team = {r.lead: r for r in await rows(runtime.db, deadline_key="team")}
    assert team["1d"].status == "skipped" and "superseded" in team["1d"].error
    assert "(in 2 hours)" in str(posted(slack)[0]["blocks"])

    slack.reset_calls()  # down from before the proposal's 1-day reminder until after it is due
    await engine.run_pass(now=chicago(2021, 9, 25, 0, 30))
    slack.reset_calls()
    report = await engine.run_pass(now=chicago(2021, 10, 2, 9))
    assert report.sent == [] and posted(slack) == []
    proposal = {r.lead: r for r in await rows(runtime.db, deadline_key="proposal")}
    assert proposal["7d"].status == "sent"
    assert {proposal["1d"].status, proposal["3h"].status} == {"skipped"}
    assert "deadline passed" in proposal["3h"].error


async def test_a_gap_over_several_deadlines_posts_the_latest_lead_of_each_still_ahead(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    custom = course.model_copy(update={"deadlines": course.deadlines})
    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 8, 20))
    async with runtime.db.session() as session:  # a staff deadline two days after the team one
        session.add(Deadline(course_id=course.id, key="survey", title="Team survey",
                             due_at=chicago(2021, 9, 19, 12).astimezone(UTC), origin="staff"))
    await engine.run_pass(now=chicago(2021, 9, 10))
    slack.reset_calls()
    report = await engine.run_pass(now=chicago(2021, 9, 17, 12))  # a week's gap
    assert sorted((o.deadline_key, o.lead) for o in report.sent) == [
        ("survey", "7d"), ("team", "1d")]  # survey 1d (Sep 18 noon) not yet due
    assert custom.id == course.id


async def test_a_deadline_after_the_dst_change_is_announced_at_the_same_wall_clock_time(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    engine = engine_for(runtime)
    async with runtime.db.session() as session:  # Fri Nov 12 11:59 pm CST
        session.add(Deadline(course_id=course.id, key="survey", title="Course survey",
                             due_at=chicago(2021, 11, 12, 23, 59).astimezone(UTC),
                             origin="staff"))
    await engine.run_pass(now=chicago(2021, 10, 1))
    early = await engine.run_pass(now=chicago(2021, 11, 5, 23, 58))
    assert [o.deadline_key for o in early.sent] == ["midterm"]  # its own 3-hour one
    report = await engine.run_pass(now=chicago(2021, 11, 5, 23, 59))  # CDT, a week before
    assert [(o.deadline_key, o.lead) for o in report.sent] == [("survey", "7d")]
    assert chicago(2021, 11, 5, 23, 59).tzname() == "CDT"
    report = await engine.run_pass(now=chicago(2021, 11, 11, 23, 59))  # CST, a day before
    assert [(o.deadline_key, o.lead) for o in report.sent] == [("survey", "1d")]
    report = await engine.run_pass(now=chicago(2021, 11, 12, 20, 59))  # 3 hours before
    assert [(o.deadline_key, o.lead) for o in report.sent] == [("survey", "3h")]


async def test_a_channel_staff_set_takes_over_the_pending_channel_reminders(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    from storage.repos import settings as settings_repo

    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 8, 20))
    await engine.run_pass(now=chicago(2021, 9, 11))  # team, 7 days: to the configured one
    async with runtime.db.session() as session:
        await settings_repo.set_setting(session=session, course_id=course.id,
                               key="announcement_channel", value="C0NEW", updated_by="U0STAFF",
                               at=chicago(2021, 9, 12))
    await engine.run_pass(now=chicago(2021, 9, 12))  # the worker notices and re-plans
    await engine.run_pass(now=chicago(2021, 9, 16, 23, 59))  # team, 1 day: to the new one
    assert [p["channel"] for p in posted(slack)] == [CHANNEL, "C0NEW"]
    statuses = Counter((r.target, r.status) for r in await rows(runtime.db, kind="channel"))
    assert statuses[(CHANNEL, "sent")] == 1 and statuses[(CHANNEL, "cancelled")] == 11
    assert statuses[("C0NEW", "sent")] == 1 and statuses[("C0NEW", "pending")] == 10
    assert statuses[("C0NEW", "skipped")] == 1  # its 7-day one was already past


async def test_a_permanent_slack_error_is_marked_failed_with_its_reason_and_shown(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 8, 20))
    slack.fail("chat.postMessage", error="not_in_channel")
    report = await engine.run_pass(now=chicago(2021, 9, 11))
    [failed] = report.of("failed")
    assert failed.error == "not_in_channel"
    status = await reminder_status(runtime.db, course, now=chicago(2021, 9, 11))
    assert status.counts["failed"] == 1
    assert [(r.deadline_key, r.lead, r.error) for r in status.failed] == [
        ("team", "7d", "not_in_channel")]
    again = await engine.run_pass(now=chicago(2021, 9, 11))  # never retried, never dropped
    assert again.outcomes == []


async def test_slack_down_requeues_and_a_later_pass_delivers(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 8, 20))
    slack.fail("chat.postMessage", status=503, times=3)  # the client retries twice, then gives up
    report = await engine.run_pass(now=chicago(2021, 9, 11))
    assert [o.status for o in report.outcomes] == ["requeued"] and posted(slack) == []
    report = await engine.run_pass(now=chicago(2021, 9, 11, 0, 1))
    assert [o.status for o in report.outcomes] == ["sent"] and len(posted(slack)) == 1
    [row] = [r for r in await rows(runtime.db, status="sent")]
    assert row.attempts == 2


async def test_a_claim_whose_worker_died_is_taken_over_after_its_lease(
        runtime: Runtime, course: Course, slack: FakeSlack) -> None:
    wall = [datetime(2030, 1, 1, tzinfo=UTC)]
    dead = make_engine(runtime, wall_clock=lambda: wall[0])
    await dead.run_pass(now=chicago(2021, 8, 20))
    claimed = await dead._claim(chicago(2021, 9, 11))  # claims, then "dies" before posting
    assert len(claimed) == 1
    alive = make_engine(runtime, wall_clock=lambda: wall[0])
    assert (await alive.run_pass(now=chicago(2021, 9, 11))).outcomes == []  # lease still held
    wall[0] += timedelta(seconds=61)
    report = await alive.run_pass(now=chicago(2021, 9, 11))
    assert [o.status for o in report.sent] == ["sent"] and len(posted(slack)) == 1
    assert not await dead._finish(claimed[0].id, status="sent", ts="late")  # lost its claim


async def test_status_lists_pending_sent_and_failed(runtime: Runtime, course: Course,
                                                    slack: FakeSlack) -> None:
    engine = engine_for(runtime)
    await engine.run_pass(now=chicago(2021, 8, 20))
    await engine.run_pass(now=chicago(2021, 9, 11))
    status = await reminder_status(runtime.db, course, now=chicago(2021, 9, 11))
    assert status.counts == {"pending": 11, "sent": 1}
    assert [(r.deadline_key, r.lead) for r in status.recent] == [("team", "7d")]
    assert status.next_due[0].deadline_key == "team" and status.next_due[0].lead == "1d"
