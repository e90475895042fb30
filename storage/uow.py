"""One write transaction per user action: the change, its audit rows and its outbox
messages commit together, or none of them does.

On SQLite the write lock is taken first (it has no row locks, so read-then-write
changes must take turns); when a unique index refuses the change (another request got
there first) or PostgreSQL reports a serialization failure or deadlock, the whole
operation runs again on fresh data, up to ``attempts`` times.

Example::

    async def op(tx: Tx) -> Outcome:
        team = await teams_repo.get_team(session=tx.session, ...)
        ...
        tx.send(Message(kind="team.invited", to=user, data={...}))
        return outcome

    outcome = await run(db, course_id=course.id, op=op)
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.outbox import Message
from storage.db import Database
from storage.repos import outbox

T = TypeVar("T")
ATTEMPTS = 4
_RETRY_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock (PostgreSQL)
logger = logging.getLogger("course_bot.storage")


class Tx:
    """The open transaction of one unit of work: its session, and the messages to queue.

    ``session`` is handed to repository functions; the domain treats it as opaque.
    """

    def __init__(self, session: AsyncSession, course_id: str) -> None:
        self.session: Any = session
        self.course_id = course_id
        self.messages: list[Message] = []

    def send(self, *messages: Message) -> None:
        """Queue ``messages``: they are written to the outbox when the work commits."""
        self.messages.extend(messages)


async def begin_write(session: AsyncSession) -> None:
    """On SQLite, take the write lock before anything is read (see the module doc)."""
    if session.get_bind().dialect.name == "sqlite":
        await session.execute(text("UPDATE course SET id = id WHERE 0"))


@asynccontextmanager
async def unit_of_work(db: Database, *, course_id: str) -> AsyncIterator[Tx]:
    """One transaction (no retry): commits the change and its outbox rows on success."""
    async with db.session() as session:
        await begin_write(session)
        tx = Tx(session, course_id)
        yield tx
        if tx.messages:
            await outbox.enqueue(session=session, course_id=course_id, messages=tx.messages)


async def run(db: Database, *, course_id: str, op: Callable[[Tx], Awaitable[T]],
              attempts: int = ATTEMPTS) -> T:
    """Run ``op`` in a unit of work, again on fresh data when it lost a race.

    An exception ``op`` raises rolls everything back (messages included) and propagates.
    """
    for attempt in range(attempts):
        try:
            async with unit_of_work(db, course_id=course_id) as tx:
                return await op(tx)
        except DBAPIError as exc:
            retry = isinstance(exc, IntegrityError) or getattr(
                exc.orig, "sqlstate", None) in _RETRY_SQLSTATES
            if not retry or attempt == attempts - 1:
                raise
            logger.info("a change lost a race (attempt %d): %s", attempt + 1,
                        str(exc.orig).splitlines()[0] if exc.orig else exc)
    raise AssertionError("unreachable")
