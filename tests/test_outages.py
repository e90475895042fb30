"""Outages: the database goes away and comes back; a write fails half-way; Slack is down or slow.

On PostgreSQL the database is reached through a TCP proxy the test can cut (connections
dropped, new ones refused) and restore on the same port; on SQLite its directory
disappears and the process's connections are dropped, then the directory returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

import handlers
from app.config import Settings
from app.factory import build_runtime
from app.offline import slack_requests as sr
from app.offline.fake_slack import FakeSlack
from bot.clock import FrozenClock
from bot.course import Course
from handlers.errors import DB_DOWN, SLACK_DOWN, TOO_SLOW, TRY_AGAIN
from storage.db import Database
from tests.conftest import STAFF, STUDENT, TEST_DATABASE_URL
from tests.reliability import BROADCAST, ack_body, row_counts
from tests.slack import SlackTestClient


class PostgresProxy:
    """A TCP proxy in front of PostgreSQL that can be cut and restored on the same port."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def up(self) -> None:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def down(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.transport.abort()
        self._writers.clear()
        await self._server.wait_closed()


class SqliteOutage:
    """A SQLite file whose directory can vanish (with the process's connections) and return."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.away = directory.with_name(directory.name + ".away")
        self.db: Database | None = None

    async def down(self) -> None:
        self.directory.rename(self.away)
        assert self.db is not None
        await self.db.engine.dispose()  # the open file handles go, as in a restarted host

    async def up(self) -> None:
        self.away.rename(self.directory)


@contextlib.asynccontextmanager
async def outage_runtime(db: Database, settings: Settings, clock: FrozenClock, course: Course,
                         tmp_path: Path, slack: FakeSlack) -> AsyncIterator[tuple[
                             SlackTestClient, PostgresProxy | SqliteOutage]]:
    """A started bot whose database the test can take away and give back."""
    if TEST_DATABASE_URL:
        url = make_url(db.url)
        proxy = PostgresProxy(url.host or "127.0.0.1", url.port or 5432)
        await proxy.up()
        outage: PostgresProxy | SqliteOutage = proxy
        db_url = url.set(host="127.0.0.1", port=proxy.port).render_as_string(
            hide_password=False)
    else:
        store = tmp_path / "store"
        store.mkdir()
        shutil.copy(make_url(db.url).database or "", store / "bot.db")
        outage = SqliteOutage(store)
        db_url = f"sqlite:///{store / 'bot.db'}"
    runtime = build_runtime(settings.model_copy(update={"database_url": db_url}), clock=clock,
                            course=course)
    if isinstance(outage, SqliteOutage):
        outage.db = runtime.db
    await runtime.start()
    transport = httpx.ASGITransport(app=runtime.web)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://bot") as http:
            yield SlackTestClient(runtime, slack, http), outage
    finally:
        with contextlib.suppress(Exception):
            await outage.up()
        await runtime.close()


def _shown(response: httpx.Response) -> str:
    body = ack_body(response)
    return " ".join(str(body.get(k, "")) for k in ("text", "blocks"))


async def test_database_outage_then_recovery_without_restart(
        db: Database, settings: Settings, clock: FrozenClock, course: Course, tmp_path: Path,
        slack: FakeSlack) -> None:
    async with outage_runtime(db, settings, clock, course, tmp_path, slack) as (bot, outage):
        assert (await bot.http.get("/healthz")).status_code == 200
        before = await row_counts(bot.runtime.db)

        await outage.down()
        health = await bot.http.get("/healthz")
        assert health.status_code == 503
        assert health.json()["database"] == "down"
        # the first command after the cut has nothing cached: it must say so
        response = await bot.command("/deadlines")
        assert response.status_code == 200 and DB_DOWN in _shown(response)
        for command in handlers.SLASH_COMMANDS:
            for text in ("", "help", "register <@U0FRIEND> Night Owls"):
                response = await bot.command(command, text, user_id=STUDENT)
                shown = _shown(response)
                assert response.status_code == 200, (command, text, response.text)
                assert shown.strip(), (command, text)
                assert TRY_AGAIN not in shown and SLACK_DOWN not in shown, (command, text, shown)
        dm = await bot.dm("when is the final report due?")
        assert dm.status_code == 200  # no 5xx: Slack would only retry into the same outage
        for message in bot.sent_text():
            assert TRY_AGAIN not in message

        await outage.up()
        assert (await bot.http.get("/healthz")).status_code == 200
        assert await row_counts(bot.runtime.db) == before  # nothing half-written meanwhile
        response = await bot.command("/deadlines", "all")
        assert "Final report" in bot.text(response)
        response = await bot.command("/team", "", user_id=STUDENT)
        assert response.status_code == 200 and DB_DOWN not in _shown(response)


async def test_a_write_that_fails_half_way_leaves_nothing(bot: SlackTestClient) -> None:
    """Fail the 1st, 2nd, … write statement of a multi-row action: never a partial team."""
    engine = bot.runtime.db.engine.sync_engine
    writes: list[str] = []
    fail_at: list[int | None] = [None]

    def count(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writes.append(statement)
            if fail_at[0] is not None and len(writes) == fail_at[0]:
                raise OperationalError(statement, None, ConnectionError("injected: link lost"))

    register = "register <@U0ADA> <@U0BOB> Night Owls"
    bot.slack.add_user("U0ADA")  # invitees must be real Slack users
    bot.slack.add_user("U0BOB")
    event.listen(engine, "before_cursor_execute", count)
    try:
        baseline = await row_counts(bot.runtime.db)
        # a dry run on a copy of the state would need a second database; instead count the
        # writes of a staff registration, then undo nothing: each failing run must add nothing
        total = None
        for k in range(1, 30):
            writes.clear()
            fail_at[0] = k
            response = await bot.command("/team", register, user_id=STAFF)
            assert response.status_code == 200
            if len(writes) < k:  # the action finished before reaching the k-th write
                total = k - 1
                break
            assert DB_DOWN in _shown(response), _shown(response)
            assert await row_counts(bot.runtime.db) == baseline, f"partial write at {k}"
        assert total is not None and total >= 2, "expected a multi-row write"
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert "Night Owls" in bot.text(response)


async def test_slack_down_during_a_command(bot: SlackTestClient) -> None:
    """Slack answers 500 to everything: commands that need it say so; the others still work."""
    for method in ("users.info", "users.list", "conversations.members", "conversations.open",
                   "chat.postMessage", "views.open", "chat.postEphemeral"):
        bot.slack.fail(method, status=500, times=1000)
    for command in handlers.SLASH_COMMANDS:
        for text in ("", "register <@U0ADA> Night Owls", "list"):
            response = await bot.command(command, text, user_id=STAFF)
            shown = _shown(response)
            assert response.status_code == 200, (command, text)
            assert shown.strip(), (command, text)
            assert TRY_AGAIN not in shown and DB_DOWN not in shown, (command, text, shown)
            assert not BROADCAST.search(shown)


async def test_slow_slack_never_holds_a_command_and_messages_arrive_once(
        bot: SlackTestClient) -> None:
    """Slack answers every Web API call 4 s late. A slash command whose reply travels in
    the ack is timed end to end (signed request, Bolt, listener, ack) and stays fast even
    while the delivery loop is stuck on Slack; the message a committed change queued is
    delivered once, after the delay."""
    from app.worker import build_outbox_engine
    from bot.outbox import Message
    from bot.sending import Pacing
    from storage import uow

    runtime, slack = bot.runtime, bot.slack
    warm = await bot.command("/deadlines")  # Bolt's one-time auth.test happens here, on time
    assert warm.status_code == 200
    engine = build_outbox_engine(runtime, pacing=Pacing(rate_per_second=100,
                                                        channel_rate_per_second=100))
    stop = asyncio.Event()
    loop = asyncio.create_task(engine.run_forever(interval=600, stop=stop,
                                                  wake=runtime.outbox_wake))
    arrived = asyncio.Event()
    slack.hook = lambda call: arrived.set() if call.params.get("channel") == "U0ADA" else None
    slack.delay = 4.0
    try:
        async def change(tx: uow.Tx) -> None:
            tx.send(Message(kind="test.note", to="U0ADA", data={"n": 1}))

        from tests.test_outbox import _note  # noqa: F401  (registers the test renderer)

        started = time.monotonic()
        await uow.run(runtime.db, course_id=runtime.deps.course.id, op=change)
        await asyncio.sleep(0.2)  # the loop woke and is now waiting on Slack
        assert not arrived.is_set()
        t0 = time.monotonic()
        response = await bot.command("/deadlines", "all")
        took = time.monotonic() - t0
        assert response.status_code == 200 and took < 1.5, took
        assert "Final report" in bot.text(response)
        assert TOO_SLOW not in _shown(response) and SLACK_DOWN not in _shown(response)
        await asyncio.wait_for(arrived.wait(), timeout=15)
        assert time.monotonic() - started >= 4.0
    finally:
        slack.delay = 0.0
        stop.set()
        await asyncio.wait_for(loop, timeout=15)
        await engine.aclose()
    assert [c.params["text"] for c in slack.calls_to("chat.postMessage")
            if c.params.get("channel") == "U0ADA"] == [f"note 1 for {runtime.deps.course.code}"]


async def test_a_dm_slack_would_not_take_is_answered_on_redelivery(
        bot: SlackTestClient) -> None:
    """Slack refuses our answer: we answer 503, Slack delivers again, the answer goes out."""
    bot.slack.fail("chat.postMessage", status=500, times=3)  # first try and its two retries
    event = sr.message_event(user_id=STUDENT, text="hello")
    first = await bot.event(event, event_id="Ev0LOST")
    assert first.status_code == 503
    assert bot.sent() == []
    again = await bot.event(event, event_id="Ev0LOST", retry_num=1)
    assert again.status_code == 200
    assert len(bot.sent()) == 1
    third = await bot.event(event, event_id="Ev0LOST", retry_num=2)
    assert third.status_code == 200 and len(bot.sent()) == 1  # and only once


async def _register_pair(bot: SlackTestClient) -> tuple[float, str]:
    """A student registers a team with two classmates; (seconds the ack took, its text)."""
    for user in ("U0ADA", "U0BOB"):
        bot.slack.add_user(user)
    warm = await bot.command("/deadlines")  # Bolt's one-time auth.test happens here, on time
    assert warm.status_code == 200
    started = time.monotonic()
    response = await bot.command("/team", "register <@U0ADA|ada> <@U0BOB|bob> Night Owls",
                                 user_id=STUDENT)
    took = time.monotonic() - started
    assert response.status_code == 200
    return took, bot.text(response)


def _invitations(slack: FakeSlack) -> list[str]:
    return sorted(c.params["channel"] for c in slack.calls_to("chat.postMessage")
                  if c.params.get("channel") in ("U0ADA", "U0BOB"))


async def _team_rows(bot: SlackTestClient) -> list[tuple[str, str]]:
    from sqlmodel import select

    from storage.models import OutboxMessage

    async with bot.runtime.db.session() as session:
        rows = (await session.execute(select(OutboxMessage).where(
            OutboxMessage.kind == "team.invited"))).scalars().all()
    return sorted((r.recipient, r.status) for r in rows)


async def test_team_register_with_a_slow_slack_answers_at_once_and_invites_once(
        bot: SlackTestClient) -> None:
    """Every chat.postMessage answered 4 s late, the delivery loop running as in ``serve``:
    ``/team register`` answers in under a second with the saved outcome, and each
    invitation DM arrives exactly once, after the delay."""
    from app.worker import build_outbox_engine
    from bot.sending import Pacing

    runtime, slack = bot.runtime, bot.slack
    slack.slow("chat.postMessage", 4.0)
    engine = build_outbox_engine(runtime, pacing=Pacing(rate_per_second=100,
                                                        channel_rate_per_second=100))
    stop = asyncio.Event()
    loop = asyncio.create_task(engine.run_forever(interval=600, stop=stop,
                                                  wake=runtime.outbox_wake))
    both = asyncio.Event()
    slack.hook = lambda call: both.set() if len(_invitations(slack)) >= 2 else None
    try:
        took, text = await _register_pair(bot)
        assert took < 1.0, took
        assert "pending until" in text and "Night Owls" in text, text
        assert TOO_SLOW not in text and SLACK_DOWN not in text
        assert _invitations(slack) == []  # nothing was sent before the ack
        await asyncio.wait_for(both.wait(), timeout=20)
    finally:
        stop.set()
        await asyncio.wait_for(loop, timeout=20)
        await engine.aclose()
        slack.slow("chat.postMessage", 0)
    assert _invitations(slack) == ["U0ADA", "U0BOB"]
    assert await _team_rows(bot) == [("U0ADA", "sent"), ("U0BOB", "sent")]
    again = await bot.command("/team", "register <@U0ADA|ada> <@U0BOB|bob> Night Owls",
                              user_id=STUDENT)
    assert "already" in bot.text(again)  # the saved team, not a failure to retry
    assert await _team_rows(bot) == [("U0ADA", "sent"), ("U0BOB", "sent")]


async def test_team_invitations_survive_a_minute_of_slack_500s(bot: SlackTestClient) -> None:
    """Slack answers chat.postMessage with 500 for "a minute", then recovers: each
    invitation arrives exactly once. Time is scaled 40× down: the engine's backoff
    (2 s doubling, 8 attempts: 254 s of patience) becomes 0.05 s doubling, and the minute
    1.5 s."""
    from app.worker import build_outbox_engine
    from bot.outbox_engine import MAX_ATTEMPTS, Backoff
    from bot.sending import Pacing

    patience = sum(Backoff().after(n) for n in range(1, MAX_ATTEMPTS))
    assert patience > 60, patience  # the real engine outlasts a minute's outage
    scale = 40.0
    slack = bot.slack
    took, text = await _register_pair(bot)
    assert took < 1.0 and "pending until" in text
    slack.down("chat.postMessage", 60 / scale, status=500)
    engine = build_outbox_engine(bot.runtime, pacing=Pacing(rate_per_second=100,
                                                            channel_rate_per_second=100),
                                 backoff=Backoff(base=2.0 / scale, cap=300 / scale))
    try:
        report = await engine.drain(within=30)
    finally:
        await engine.aclose()
    assert len(report.of("requeued")) >= 2  # it did meet the outage
    assert _invitations(slack) == ["U0ADA", "U0BOB"]
    assert await _team_rows(bot) == [("U0ADA", "sent"), ("U0BOB", "sent")]
