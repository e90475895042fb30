"""Helpers for the reminder tests: engines wired to the Slack stand-in, closed after each test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from app.runtime import Runtime
from app.worker import slack_sender
from bot.reminders import Pacing, ReminderEngine
from storage.db import Database
from tests.conftest import CHANNEL

FAST = Pacing(rate_per_second=2000, channel_rate_per_second=2000, lease_seconds=60)
_OPEN: list[ReminderEngine] = []


def make_engine(runtime: Runtime, *, pacing: Pacing = FAST, db: Database | None = None,
                worker_id: str | None = None, **kwargs: object) -> ReminderEngine:
    """An engine posting through ``runtime``'s client to the stand-in (closed after the test)."""
    course = runtime.deps.course
    engine = ReminderEngine(db or runtime.db, course, sender=slack_sender(runtime.client, course),
                            channel_id=CHANNEL, pacing=pacing, worker_id=worker_id,
                            **kwargs)  # type: ignore[arg-type]
    _OPEN.append(engine)
    return engine


@pytest.fixture(autouse=True)
async def _close_engines() -> AsyncIterator[None]:
    yield
    while _OPEN:
        await _OPEN.pop().aclose()
