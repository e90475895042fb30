"""Shared fixtures: a real database (SQLite, or PostgreSQL with TEST_DATABASE_URL), the
Slack Web API stand-in, a frozen clock and a running bot reached over its HTTP endpoint."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.models  # noqa: F401
from app.config import Settings
from app.factory import build_runtime
from app.offline.fake_slack import FakeSlack
from app.runtime import Runtime
from bot.answers import Answerer, answerer_for
from bot.clock import FrozenClock
from bot.course import Course, load_course
from storage.db import Database
from tests.slack import SlackTestClient

CHICAGO = ZoneInfo("America/Chicago")
TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
STAFF = "U0STAFF"
STUDENT = "U0STUDENT"
CHANNEL = "C0COURSE"


def chicago(*args: int) -> datetime:
    return datetime(*args, tzinfo=CHICAGO)  # type: ignore[misc]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, run only the tests that reach a database: those using the ``db``
    fixture (directly or through ``runtime``/``bot``), and those of modules that read
    ``TEST_DATABASE_URL`` themselves (subprocesses, races, cold starts). The others (the
    answer engine, course-file validation, parsing) do not depend on the database and have
    run on SQLite already."""
    if not TEST_DATABASE_URL:
        return
    keep, skip = [], []
    for item in items:
        module = getattr(item, "module", None)
        reads_url = module is not None and "TEST_DATABASE_URL" in vars(module)
        (keep if "db" in getattr(item, "fixturenames", ()) or reads_url else skip).append(item)
    if skip:
        config.hook.pytest_deselected(items=skip)
        items[:] = keep


def pytest_report_header() -> str:
    return f"database: {'PostgreSQL ' + TEST_DATABASE_URL if TEST_DATABASE_URL else 'SQLite'}"


@pytest.fixture(scope="session")
def course() -> Course:
    return load_course()


@pytest.fixture(scope="session")
def answerer(course: Course) -> Answerer:
    """The course's answer engine (a test file may define its own)."""
    return answerer_for(course)


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Migrate once per session: a template SQLite file, or the PostgreSQL schema."""
    if TEST_DATABASE_URL:
        async def reset() -> None:
            db = Database(TEST_DATABASE_URL)
            async with db.engine.begin() as conn:
                await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
                await conn.execute(text("CREATE SCHEMA public"))
            await db.migrate()
            await db.dispose()

        asyncio.run(reset())
        yield TEST_DATABASE_URL
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"

        async def make() -> None:
            db = Database(f"sqlite:///{path}")
            await db.migrate()
            await db.dispose()

        asyncio.run(make())
        yield str(path)


@pytest.fixture
async def db(_template: str, tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated, empty database of its own for each test."""
    if TEST_DATABASE_URL:
        database = Database(TEST_DATABASE_URL)
        names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
        async with database.engine.begin() as conn:
            await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        path = tmp_path / "bot.db"
        shutil.copy(_template, path)
        database = Database(f"sqlite:///{path}")
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(chicago(2021, 9, 13, 9, 0))


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    async with FakeSlack() as fake:
        fake.add_channel(CHANNEL, name="cs598", members=[STUDENT, STAFF])
        yield fake


@pytest.fixture
def settings(db: Database, slack: FakeSlack) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=db.url,
        slack_api_url=slack.api_url,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret="test-signing-secret",
        course_channel_id=CHANNEL,
        staff_user_ids=frozenset({STAFF}),
    )


@pytest.fixture
async def runtime(settings: Settings, clock: FrozenClock, course: Course,
                  db: Database) -> AsyncIterator[Runtime]:
    runtime = build_runtime(settings, clock=clock, course=course, db=db)
    await runtime.start()
    yield runtime


@pytest.fixture
async def bot(runtime: Runtime, slack: FakeSlack) -> AsyncIterator[SlackTestClient]:
    """The running bot, reached through its ASGI HTTP endpoint with signed requests."""
    transport = httpx.ASGITransport(app=runtime.web)
    async with httpx.AsyncClient(transport=transport, base_url="http://bot") as http:
        yield SlackTestClient(runtime, slack, http)
