"""The outbox delivery engine against the Slack stand-in: exactly once, with the ts stored;
slow Slack, Slack down, rate limits, permanent errors, two workers, the staff view."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.deps import Deps
from app.offline.fake_slack import Call, FakeSlack
from app.runtime import Runtime
from app.worker import build_outbox_engine
from bot.actor import Actor, Role
from bot.outbox import FILE_UPLOAD, HOME_REFRESH, Message
from bot.outbox_engine import Backoff, OutboxEngine
from bot.reminders import Refused, delivery_status
from bot.sending import Pacing
from handlers.commands.reminders import outbox_command
from handlers.render.registry import renders
from storage import uow
from storage.db import Database
from storage.models import OutboxMessage
from tests.conftest import CHANNEL, STAFF, STUDENT, TEST_DATABASE_URL
from tests.slack import SlackTestClient

FAST = Pacing(rate_per_second=2000, channel_rate_per_second=2000, lease_seconds=60)
QUICK = Backoff(base=0.05, cap=0.2)
_OPEN: list[OutboxEngine] = []


@renders("test.note")
def _note(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    return {"text": f"note {data['n']} for {deps.course.code}"}


@renders("test.whisper")
def _whisper(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    return {"text": f"psst {data['n']}", "user": data["user"]}


def engine_for(runtime: Runtime, **kwargs: Any) -> OutboxEngine:
    kwargs.setdefault("pacing", FAST)
    kwargs.setdefault("backoff", QUICK)
    engine = build_outbox_engine(runtime, **kwargs)
    _OPEN.append(engine)
    return engine


@pytest.fixture(autouse=True)
async def _close_engines() -> AsyncIterator[None]:
    yield
    while _OPEN:
        await _OPEN.pop().aclose()


async def queue(runtime: Runtime, *messages: Message) -> None:
    """Commit ``messages`` the way a service does: through one unit of work."""
    async def op(tx: uow.Tx) -> None:
        tx.send(*messages)

    await uow.run(runtime.db, course_id=runtime.deps.course.id, op=op)


def notes(n: int, *, to: str = "U0ADA", start: int = 0) -> list[Message]:
    return [Message(kind="test.note", to=to, data={"n": i}, key=f"test.note:{to}:{i}")
            for i in range(start, start + n)]


async def rows(db: Database, course_id: str) -> list[OutboxMessage]:
    from sqlmodel import col, select

    async with db.session() as session:
        result = await session.execute(select(OutboxMessage)
                                       .where(col(OutboxMessage.course_id) == course_id)
                                       .order_by(col(OutboxMessage.id)))
        return list(result.scalars())


def said(runtime: Runtime, *numbers: int) -> list[str]:
    return [f"note {n} for {runtime.deps.course.code}" for n in numbers]


def posted(slack: FakeSlack, to: str = "U0ADA") -> list[str]:
    return [c.params["text"] for c in slack.calls_to("chat.postMessage")
            if c.params.get("channel") == to]


def arrivals(slack: FakeSlack, count: int, to: str = "U0ADA") -> asyncio.Event:
    """An event set once ``count`` messages to ``to`` reached the stand-in."""
    done = asyncio.Event()

    def hook(call: Call) -> None:
        if len(posted(slack, to)) >= count:
            done.set()

    slack.hook = hook
    return done


async def test_queued_messages_reach_slack_exactly_once_with_the_ts_stored(
        runtime: Runtime, slack: FakeSlack) -> None:
    await queue(runtime, *notes(3))
    await queue(runtime, *notes(1))  # the same key again: not queued twice
    engine = engine_for(runtime)
    report = await engine.drain()
    assert len(report.sent) == 3
    assert posted(slack) == said(runtime, 0, 1, 2)  # one at a time per channel: in order
    answered = {c.response["ts"] for c in slack.calls_to("chat.postMessage") if c.response}
    stored = await rows(runtime.db, runtime.deps.course.id)
    assert [r.status for r in stored] == ["sent"] * 3
    assert {r.slack_ts for r in stored} == answered and all(r.sent_at for r in stored)
    assert all(r.attempts == 1 and r.claimed_by is None for r in stored)
    assert (await engine.drain()).results == []  # nothing goes out twice
    assert len(posted(slack)) == 3


async def test_home_refresh_ephemeral_and_file_upload(runtime: Runtime,
                                                      slack: FakeSlack) -> None:
    await queue(runtime,
                Message(kind=HOME_REFRESH, to=STUDENT),
                Message(kind="test.whisper", to=CHANNEL, data={"n": 1, "user": STUDENT}),
                Message(kind=FILE_UPLOAD, to=STAFF, data={
                    "filename": "teams.csv", "content": "team,members\nOwls,2\n",
                    "title": "Teams", "comment": "The roster you asked for"}))
    report = await engine_for(runtime).drain()
    assert [r.status for r in report.results] == ["sent"] * 3
    home = slack.calls_to("views.publish")
    assert len(home) == 1 and home[0].params["user_id"] == STUDENT
    assert home[0].params["view"]["type"] == "home"
    whisper = slack.calls_to("chat.postEphemeral")
    assert [(c.params["channel"], c.params["user"], c.params["text"]) for c in whisper] == [
        (CHANNEL, STUDENT, "psst 1")]
    done = slack.calls_to("files.completeUploadExternal")
    assert len(done) == 1 and done[0].params["channel_id"] == "D" + STAFF[1:]
    assert b"Owls" in b"".join(slack.uploads.values())
    stored = {r.kind: r for r in await rows(runtime.db, runtime.deps.course.id)}
    assert stored["test.whisper"].slack_ts and (stored[FILE_UPLOAD].slack_ts or "")[:1] == "F"


async def test_a_slow_slack_delays_delivery_but_each_message_arrives_once(
        runtime: Runtime, slack: FakeSlack) -> None:
    """Every chat.postMessage answered 4 s late: the worker loop (woken by the commit,
    not by its poll) delivers each message once, after the delay."""
    slack.slow("chat.postMessage", 4.0)
    arrived = arrivals(slack, 2)
    stop = asyncio.Event()
    engine = engine_for(runtime)  # polls every 10 minutes: only the wake-up can be in time
    worker = asyncio.create_task(engine.run_forever(interval=600, stop=stop,
                                                    wake=runtime.outbox_wake))
    try:
        await asyncio.sleep(0)  # the loop starts and goes to sleep on its poll
        started = time.monotonic()
        await queue(runtime, *notes(2))
        await asyncio.wait_for(arrived.wait(), timeout=15)
        took = time.monotonic() - started
    finally:
        stop.set()
        await asyncio.wait_for(worker, timeout=20)
    assert 4.0 <= took < 10.0, took
    assert sorted(posted(slack)) == said(runtime, 0, 1)
    assert [r.status for r in await rows(runtime.db, runtime.deps.course.id)] == ["sent"] * 2


async def test_slack_down_for_a_while_then_back_every_message_once(
        runtime: Runtime, slack: FakeSlack) -> None:
    slack.fail("chat.postMessage", status=500, times=7)
    await queue(runtime, *notes(4))
    report = await engine_for(runtime).drain(within=20)
    assert len(report.sent) == 4 and len(report.of("requeued")) == 7
    assert sorted(posted(slack)) == said(runtime, 0, 1, 2, 3)
    stored = await rows(runtime.db, runtime.deps.course.id)
    assert [r.status for r in stored] == ["sent"] * 4
    assert sum(r.attempts for r in stored) == 4 + 7  # each 500 counted as an attempt


async def test_too_many_transient_failures_give_up_with_the_reason(
        runtime: Runtime, slack: FakeSlack) -> None:
    slack.fail("chat.postMessage", status=503, times=10)
    await queue(runtime, *notes(1))
    report = await engine_for(runtime, max_attempts=3).drain(within=10)
    assert [r.status for r in report.results] == ["requeued", "requeued", "failed"]
    [row] = await rows(runtime.db, runtime.deps.course.id)
    assert row.status == "failed" and row.error.startswith("gave up after 3 attempts")
    assert posted(slack) == []


async def test_429_waits_retry_after_and_is_not_counted_as_a_failure(
        runtime: Runtime, slack: FakeSlack) -> None:
    slack.fail("chat.postMessage", status=429, retry_after=1, times=1)
    await queue(runtime, *notes(1))
    engine = engine_for(runtime)
    first = await engine.run_pass()
    [result] = first.results
    assert result.status == "requeued" and result.error == "ratelimited"
    [row] = await rows(runtime.db, runtime.deps.course.id)
    assert row.status == "pending" and row.attempts == 0
    wait = (row.available_at - datetime.now(UTC)).total_seconds()
    assert 0.5 < wait <= 1.0
    assert (await engine.run_pass()).results == []  # not before Retry-After
    started = time.monotonic()
    assert len((await engine.drain()).sent) == 1
    assert time.monotonic() - started >= 0.5
    [row] = await rows(runtime.db, runtime.deps.course.id)
    assert row.status == "sent" and row.attempts == 1 and posted(slack) == said(runtime, 0)


async def test_permanent_errors_and_unknown_kinds_fail_with_the_reason(
        runtime: Runtime, slack: FakeSlack) -> None:
    slack.fail("chat.postMessage", error="channel_not_found", times=1)
    await queue(runtime, Message(kind="test.note", to="C0GONE", data={"n": 1}),
                Message(kind="nobody.renders.this", to="U0ADA", data={}),
                *notes(1))
    report = await engine_for(runtime).drain()
    assert sorted(r.status for r in report.results) == ["failed", "failed", "sent"]
    stored = {r.recipient + r.kind: r for r in await rows(runtime.db, runtime.deps.course.id)}
    gone = stored["C0GONEtest.note"]
    assert gone.status == "failed" and gone.error == "channel_not_found" and gone.attempts == 1
    unknown = stored["U0ADAnobody.renders.this"]
    assert unknown.status == "failed" and "no renderer" in unknown.error
    assert stored["U0ADAtest.note"].status == "sent"  # the loop went on


async def test_a_lapsed_lease_is_taken_over_and_the_old_holder_cannot_mark_it(
        runtime: Runtime, slack: FakeSlack) -> None:
    await queue(runtime, *notes(1))
    wall = [datetime.now(UTC)]
    dead = engine_for(runtime, worker_id="dead", wall_clock=lambda: wall[0])
    claimed = await dead._claim()
    assert len(claimed) == 1
    alive = engine_for(runtime, worker_id="alive", wall_clock=lambda: wall[0])
    assert (await alive.run_pass()).results == []  # the lease is still held
    wall[0] += timedelta(seconds=61)
    assert len((await alive.run_pass()).sent) == 1
    assert not await dead._finish(claimed[0], status="sent", slack_ts="late")
    [row] = await rows(runtime.db, runtime.deps.course.id)
    assert row.status == "sent" and row.slack_ts != "late" and len(posted(slack)) == 1


async def test_two_workers_claim_disjoint_rows(runtime: Runtime, slack: FakeSlack) -> None:
    """On PostgreSQL two processes' claims skip each other's locked rows; on SQLite the
    claims take turns. Either way no message is claimed (or sent) twice."""
    await queue(runtime, *notes(40))
    other_db = Database(runtime.db.url)  # a second process: its own connection pool
    try:
        small = Pacing(rate_per_second=0.4, lease_seconds=60)  # claims of 6
        assert small.batch_size == 6
        one = engine_for(runtime, worker_id="w1", pacing=small)
        two = OutboxEngine(other_db, runtime.deps.course, sender=one.sender, pacing=small,
                           worker_id="w2", backoff=QUICK)

        async def claim(engine: OutboxEngine) -> list[int]:
            ids: list[int] = []
            while batch := await engine._claim():
                ids += [e.id for e in batch]
                await asyncio.sleep(0)
                if len(ids) >= 40:
                    break
            return ids

        first, second = await asyncio.gather(claim(one), claim(two))
        assert not set(first) & set(second)
        assert sorted(first + second) == sorted(int(r.id or 0) for r in await rows(
            runtime.db, runtime.deps.course.id))
        if TEST_DATABASE_URL:
            assert first and second, "both PostgreSQL workers should get a share"
    finally:
        await other_db.dispose()


async def test_two_workers_deliver_everything_once(runtime: Runtime, slack: FakeSlack) -> None:
    await queue(runtime, *notes(30), *notes(30, to="U0BOB"))
    other_db = Database(runtime.db.url)
    try:
        pacing = Pacing(rate_per_second=2000, channel_rate_per_second=2000, lease_seconds=60)
        one = engine_for(runtime, worker_id="w1", pacing=pacing)
        two = OutboxEngine(other_db, runtime.deps.course, sender=one.sender, pacing=pacing,
                           worker_id="w2", backoff=QUICK)
        a, b = await asyncio.gather(one.drain(), two.drain())
        assert len(a.sent) + len(b.sent) == 60
        assert len(posted(slack)) == 30 and len(set(posted(slack))) == 30
        assert len(posted(slack, "U0BOB")) == 30
    finally:
        await other_db.dispose()


async def test_staff_see_every_delivery_students_are_refused(
        bot: SlackTestClient, slack: FakeSlack) -> None:
    runtime = bot.runtime
    slack.fail("chat.postMessage", error="user_not_found", times=1)
    await queue(runtime, *notes(1, to="U0GONE"), *notes(2))
    await engine_for(runtime).drain()
    await queue(runtime, *notes(1, start=5))  # still pending
    deps = runtime.deps
    refused = await delivery_status(deps.db, deps.course, actor=Actor(STUDENT, Role.STUDENT),
                                    now=deps.clock.now())
    assert isinstance(refused, Refused) and refused.code == "staff_only"
    status = await delivery_status(deps.db, deps.course, actor=Actor(STAFF, Role.STAFF),
                                   now=deps.clock.now())
    assert not isinstance(status, Refused)
    assert status.outbox_counts == {"failed": {"test.note": 1}, "sent": {"test.note": 2},
                                    "pending": {"test.note": 1}}
    assert [m.error for m in status.outbox_failed] == ["user_not_found"]
    assert status.next_message is not None and status.next_message <= status.wall
    text = bot.text(await bot.command("/reminders", "status", user_id=STAFF))
    assert "*Messages*: pending 1 · claimed 0 · sent 2 · failed 1" in text, text
    assert "Next message: due now" in text
    assert "user_not_found" in text and "test.note" in text
    acks: list[dict[str, Any]] = []

    class Ack:  # what Bolt hands a listener
        async def __call__(self, **kwargs: Any) -> None:
            acks.append(kwargs)

    ack: Any = Ack()
    await outbox_command(ack, deps, await deps.actor(STUDENT), "")
    await outbox_command(ack, deps, await deps.actor(STAFF), "")
    student, staff = (bot.text(a) for a in acks)
    assert "Only course staff" in student and "user_not_found" not in student
    assert "user_not_found" in staff


async def test_the_worker_loop_runs_reminders_and_the_outbox(
        runtime: Runtime, slack: FakeSlack) -> None:
    """``course-bot worker`` / serve's lifespan: one loop, both engines; a commit in this
    process wakes the outbox side at once (its poll is seconds away)."""
    from app.worker import run_worker
    from storage.models import Reminder

    stop = asyncio.Event()
    worker = asyncio.create_task(run_worker(runtime, stop))
    try:
        arrived = arrivals(slack, 1)
        await asyncio.sleep(0.5)  # the first passes ran; the outbox loop sleeps on its poll
        started = time.monotonic()
        await queue(runtime, *notes(1))
        await asyncio.wait_for(arrived.wait(), timeout=10)
        assert time.monotonic() - started < 2.0
    finally:
        stop.set()
        await asyncio.wait_for(worker, timeout=15)
    assert posted(slack) == said(runtime, 0)
    async with runtime.db.session() as session:  # the reminder side planned the term
        from sqlmodel import func, select

        planned = (await session.execute(select(func.count()).select_from(Reminder))).scalar()
    assert planned and planned > 0
