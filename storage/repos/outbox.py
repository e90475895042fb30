"""The outbox: messages that committed changes caused, until the worker has sent them.

Example::

    async with unit_of_work(db) as tx:
        ...  # the change
        tx.send(Message(kind="team.invited", to="U2", data={"team_id": 7}))
    # committed together; the worker delivers it later
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.outbox import Message
from storage.models import OutboxMessage
from storage.types import utcnow


async def enqueue(*, session: AsyncSession, course_id: str, messages: Iterable[Message],
                  available_at: datetime | None = None) -> int:
    """Queue ``messages`` in the caller's transaction; a message whose ``key`` is already
    queued for this course is skipped. Returns how many rows were added."""
    when = available_at or utcnow()
    rows = [{"course_id": course_id, "kind": m.kind, "recipient": m.to, "data": dict(m.data),
             "dedupe_key": m.key or None, "status": "pending", "available_at": when,
             "attempts": 0, "error": "", "created_at": utcnow()} for m in messages]
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(OutboxMessage).values(rows).on_conflict_do_nothing(
        index_elements=["course_id", "dedupe_key"],
        index_where=OutboxMessage.dedupe_key.isnot(None),  # type: ignore[union-attr]
    )
    result = await session.execute(stmt)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def pending(*, session: AsyncSession, course_id: str) -> list[OutboxMessage]:
    """Messages not yet delivered, oldest first (for tests and the status view)."""
    result = await session.execute(
        select(OutboxMessage).where(col(OutboxMessage.course_id) == course_id,
                                    col(OutboxMessage.status).in_(("pending", "claimed")))
        .order_by(col(OutboxMessage.id)))
    return list(result.scalars())
