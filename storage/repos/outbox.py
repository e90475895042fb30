"""The outbox: messages that committed changes caused, until the worker has sent them.

Example::

    async with unit_of_work(db) as tx:
        ...  # the change
        tx.send(Message(kind="team.invited", to="U2", data={"team_id": 7}))
    # committed together; the worker delivers it later
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.outbox import FILE_UPLOAD, Message
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


# --------------------------------------------------------------------------- delivery

LIVE = ("pending", "claimed")


def _of(column: Any, course_id: str | Sequence[str]) -> Any:
    """``column`` is one course id, or one of several (one query over many courses)."""
    return column == course_id if isinstance(course_id, str) else column.in_(list(course_id))


async def last_id(*, session: AsyncSession) -> int:
    """The highest outbox id so far (0 when empty): rows after it are newer."""
    c = OutboxMessage.__table__.c  # type: ignore[attr-defined]
    return int((await session.execute(select(func.max(c.id)))).scalar() or 0)


async def claim(*, session: AsyncSession, course_id: str | Sequence[str], worker_id: str,
                now: datetime, lease_seconds: float, limit: int,
                after_id: int = 0) -> list[OutboxMessage]:
    """Lease up to ``limit`` due messages to ``worker_id`` (attempts + 1), oldest first,
    of one course or of several (``course_id`` a sequence: one query for all of them).

    Due: pending with ``available_at <= now``, or claimed by a worker whose lease ran out.
    ``after_id``: only rows with a higher id (the offline shell's own messages).
    PostgreSQL skips rows another worker is claiming (``FOR UPDATE SKIP LOCKED``); SQLite
    has one writer, so its single ``UPDATE … RETURNING`` is atomic.
    """
    table = OutboxMessage.__table__  # type: ignore[attr-defined]
    c = table.c
    candidates = (
        select(c.id)
        .where(_of(c.course_id, course_id), c.status.in_(LIVE), c.available_at <= now,
               or_(c.status == "pending", c.lease_until < now), c.id > after_id)
        .order_by(c.available_at, c.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    stmt = (
        table.update().where(c.id.in_(candidates.scalar_subquery()))
        .values(status="claimed", claimed_by=worker_id,
                lease_until=now + timedelta(seconds=lease_seconds), attempts=c.attempts + 1)
        .returning(*c)
    )
    rows = (await session.execute(stmt)).all()
    claimed = [OutboxMessage(**dict(r._mapping)) for r in rows]
    claimed.sort(key=lambda m: (m.available_at, m.id or 0))
    return claimed


async def finish(*, session: AsyncSession, message_id: int, worker_id: str, status: str,
                 error: str = "", slack_ts: str = "", sent_at: datetime | None = None,
                 available_at: datetime | None = None, attempts_back: bool = False) -> bool:
    """Record the result of a claim ``worker_id`` still holds: sent (with Slack's ts),
    failed (with the reason) or pending again at ``available_at`` (``attempts_back``: the
    attempt does not count, e.g. a 429). False when the claim was lost meanwhile."""
    table = OutboxMessage.__table__  # type: ignore[attr-defined]
    c = table.c
    values: dict[str, Any] = {"status": status, "error": error[:255], "claimed_by": None,
                              "lease_until": None}
    if slack_ts:
        values["slack_ts"] = slack_ts[:64]
    if sent_at is not None:
        values["sent_at"] = sent_at
    if available_at is not None:
        values["available_at"] = available_at
    if attempts_back:
        values["attempts"] = c.attempts - 1
    result = await session.execute(
        table.update().where(c.id == message_id, c.status == "claimed",
                             c.claimed_by == worker_id).values(**values))
    done = int(result.rowcount or 0) == 1  # type: ignore[attr-defined]
    if done and status in ("sent", "failed"):
        # a delivered (or undeliverable) file's content is personal data nobody needs any
        # more (a team export's e-mails, a /privacy export): keep only that it was a file
        await session.execute(table.update().where(c.id == message_id, c.kind == FILE_UPLOAD)
                              .values(data={"content_cleared": True}))
    return done


async def next_due(*, session: AsyncSession, course_id: str | Sequence[str],
                   after_id: int = 0) -> datetime | None:
    """When the earliest message still to deliver becomes due (a lapsed lease counts);
    ``after_id`` as in :func:`claim`."""
    c = OutboxMessage.__table__.c  # type: ignore[attr-defined]
    pending_at = (await session.execute(
        select(func.min(c.available_at)).where(_of(c.course_id, course_id),
                                               c.status == "pending", c.id > after_id))).scalar()
    lease_at = (await session.execute(
        select(func.min(c.lease_until)).where(_of(c.course_id, course_id),
                                              c.status == "claimed", c.id > after_id))).scalar()
    found = [t for t in (pending_at, lease_at) if t is not None]
    return min(found) if found else None


async def counts(*, session: AsyncSession, course_id: str) -> list[tuple[str, str, int]]:
    """(status, kind, how many) for every message of the course."""
    c = OutboxMessage.__table__.c  # type: ignore[attr-defined]
    rows = await session.execute(
        select(c.status, c.kind, func.count()).where(c.course_id == course_id)
        .group_by(c.status, c.kind).order_by(c.status, c.kind))
    return [(str(s), str(k), int(n)) for s, k, n in rows.all()]


async def upcoming(*, session: AsyncSession, course_id: str, limit: int) -> list[OutboxMessage]:
    """Messages still to deliver, the soonest first."""
    result = await session.execute(
        select(OutboxMessage).where(col(OutboxMessage.course_id) == course_id,
                                    col(OutboxMessage.status).in_(LIVE))
        .order_by(col(OutboxMessage.available_at), col(OutboxMessage.id)).limit(limit))
    return list(result.scalars())


async def last_failed(*, session: AsyncSession, course_id: str,
                      limit: int) -> list[OutboxMessage]:
    """The latest failed messages, with Slack's reason in ``error``."""
    result = await session.execute(
        select(OutboxMessage).where(col(OutboxMessage.course_id) == course_id,
                                    col(OutboxMessage.status) == "failed")
        .order_by(col(OutboxMessage.id).desc()).limit(limit))
    return list(result.scalars())


async def get(*, session: AsyncSession, message_id: int) -> OutboxMessage | None:
    return await session.get(OutboxMessage, message_id)
