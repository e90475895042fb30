"""Other processes' edits reach this process's query cache: PostgreSQL NOTIFY sent in the
writing transaction, one LISTEN connection per process, the short TTL while it is down.

Two ``Database`` objects on one PostgreSQL database stand for two processes. Nothing sleeps:
each test waits on the notification (or the listener's state) arriving.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

import storage.cache as cache_module
from bot.course import Course
from bot.seeding import ensure_course_loaded
from storage.cache import DEFAULT_TTL, LISTEN_TTL
from storage.db import Database
from storage.repos import tenancy as repo
from tests.conftest import TEST_DATABASE_URL

AT = datetime(2021, 9, 13, 14, 0, tzinfo=UTC)
KEY = ("bound", "T1", "C1")
TABLES = ("channel_course",)
postgres_only = pytest.mark.skipif(not TEST_DATABASE_URL, reason="NOTIFY/LISTEN: PostgreSQL")


def bound(session: object) -> object:
    return repo.bound_course(session=session, team_id="T1", channel_id="C1")  # type: ignore[arg-type]


async def bind(db: Database, course_id: str) -> None:
    async with db.session() as session:
        await repo.bind_channel(session=session, team_id="T1", channel_id="C1",
                                course_id=course_id, by="U1", at=AT)


def heard(db: Database) -> list[asyncio.Event | list[str]]:
    """An event set on each notification ``db``'s cache receives, and their payloads."""
    event, payloads = asyncio.Event(), []
    original = db.cache.notified

    def notified(payload: str) -> None:
        original(payload)
        payloads.append(payload)
        event.set()

    db.cache.notified = notified  # type: ignore[method-assign]
    return [event, payloads]


@pytest.fixture
async def other(db: Database) -> AsyncIterator[Database]:
    """A second process on the same database."""
    second = Database(db.url)
    try:
        yield second
    finally:
        await second.dispose()


@postgres_only
async def test_a_write_in_one_process_clears_the_others_cache_at_once(
        db: Database, other: Database, course: Course) -> None:
    await ensure_course_loaded(db, course)
    await db.listen()
    assert db.cache.listening and db.cache.ttl == LISTEN_TTL
    assert await db.cache.get(KEY, tables=TABLES, load=bound) is None  # type: ignore[arg-type]
    event, payloads = heard(db)

    await bind(other, course.id)
    await asyncio.wait_for(event.wait(), 10)  # type: ignore[union-attr]

    assert any("channel_course" in p for p in payloads)  # type: ignore[union-attr]
    assert await db.cache.get(KEY, tables=TABLES, load=bound) == course.id  # type: ignore[arg-type]


@postgres_only
async def test_only_committed_writes_are_announced(
        db: Database, other: Database, course: Course) -> None:
    await ensure_course_loaded(db, course)
    await db.listen()
    event, payloads = heard(db)
    with pytest.raises(RuntimeError):
        async with other.session() as session:
            await repo.bind_channel(session=session, team_id="T1", channel_id="C1",
                                    course_id=course.id, by="U1", at=AT)
            raise RuntimeError("rolled back")
    async with other.session() as session:
        await repo.choose_course(session=session, team_id="T1", user_id="U1",
                                 course_id=course.id, at=AT)
    await asyncio.wait_for(event.wait(), 10)  # type: ignore[union-attr]
    assert payloads[0].endswith(":course_choice")  # type: ignore[union-attr]


@postgres_only
async def test_the_short_ttl_applies_while_the_listener_is_down(
        db: Database, other: Database, course: Course,
        monkeypatch: pytest.MonkeyPatch) -> None:
    await ensure_course_loaded(db, course)
    await db.listen()
    listener = db.listener
    assert listener is not None and listener.connection is not None
    assert await db.cache.get(KEY, tables=TABLES, load=bound) is None  # type: ignore[arg-type]

    listener.retry = 3600  # stays down for the test
    pid = listener.connection.get_server_pid()
    async with other.session() as session:  # the database drops the connection
        await session.execute(cache_module.text("SELECT pg_terminate_backend(:pid)"),
                              {"pid": pid})
    await asyncio.wait_for(listener.down.wait(), 10)
    assert not db.cache.listening and db.cache.ttl == DEFAULT_TTL

    await bind(other, course.id)  # unheard: the entry stands until the short TTL ends
    assert await db.cache.get(KEY, tables=TABLES, load=bound) is None  # type: ignore[arg-type]
    later = time.monotonic() + DEFAULT_TTL + 0.5
    monkeypatch.setattr(cache_module, "time", SimpleNamespace(monotonic=lambda: later))
    assert await db.cache.get(KEY, tables=TABLES, load=bound) == course.id  # type: ignore[arg-type]


@postgres_only
async def test_a_reconnected_listener_starts_from_a_fresh_cache(
        db: Database, other: Database, course: Course) -> None:
    await ensure_course_loaded(db, course)
    await db.listen()
    listener = db.listener
    assert listener is not None and listener.connection is not None
    assert await db.cache.get(KEY, tables=TABLES, load=bound) is None  # type: ignore[arg-type]
    states: list[bool] = []
    back = asyncio.Event()
    original = db.cache.set_listening

    def set_listening(up: bool) -> None:
        original(up)
        states.append(up)
        if up:
            back.set()

    db.cache.set_listening = set_listening  # type: ignore[method-assign]
    listener.retry = 0.01
    pid = listener.connection.get_server_pid()
    async with other.session() as session:
        await session.execute(cache_module.text("SELECT pg_terminate_backend(:pid)"),
                              {"pid": pid})
    await bind(other, course.id)  # may fall in the gap: the reconnect drops every entry
    await asyncio.wait_for(back.wait(), 10)
    assert states == [False, True] and db.cache.ttl == LISTEN_TTL
    assert await db.cache.get(KEY, tables=TABLES, load=bound) == course.id  # type: ignore[arg-type]


async def test_sqlite_keeps_the_short_ttl_and_sends_nothing(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    await db.listen()
    assert db.listener is None and not db.cache.notify and db.cache.ttl == DEFAULT_TTL


async def test_busy_tables_are_never_cached(db: Database) -> None:
    with pytest.raises(ValueError, match="never cached"):
        await db.cache.get(("x",), tables=("outbox",), load=bound)  # type: ignore[arg-type]


@postgres_only
async def test_an_install_in_one_process_is_seen_by_the_others_lookups_at_once(
        db: Database, other: Database) -> None:
    import base64
    import os

    from slack_sdk.oauth.installation_store import Installation

    from app.installations import SqlInstallationStore, TokenCipher

    cipher = TokenCipher(base64.urlsafe_b64encode(os.urandom(32)).decode())
    mine = SqlInstallationStore(db, cipher, client_id="1.2")
    theirs = SqlInstallationStore(other, cipher, client_id="1.2")
    await db.listen()
    assert await mine.async_find_bot(enterprise_id=None, team_id="T9") is None
    event, _payloads = heard(db)

    await theirs.async_save(Installation(
        app_id="A1", team_id="T9", user_id="U1", bot_token="xoxb-t9", bot_id="B1",
        bot_user_id="U0BOT", bot_scopes="commands", installed_at=time.time()))
    await asyncio.wait_for(event.wait(), 10)  # type: ignore[union-attr]

    found = await mine.async_find_bot(enterprise_id=None, team_id="T9")
    assert found is not None and found.bot_token == "xoxb-t9"
