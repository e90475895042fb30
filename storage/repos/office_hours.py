"""Office-hours sessions, queue entries, chat-added hours and scheduled slots.

Functions take ``session=`` as a keyword and never commit: the caller's unit of work
(``storage.uow``) does. The queue's order is ``(queued_at, id)``.

Example::

    async with unit_of_work(db, course_id=course.id) as tx:
        entry = await first_waiting(session=tx.session, course_id=course.id, lock=True)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import OhEntry, OhHours, OhSession, OhSlot

ACTIVE = ("waiting", "called", "held")


async def open_session(*, session: AsyncSession, course_id: str) -> OhSession | None:
    """The open session of the course, if any (the oldest if several)."""
    result = await session.execute(
        select(OhSession).where(col(OhSession.course_id) == course_id,
                                col(OhSession.status) == "open")
        .order_by(col(OhSession.id)).limit(1))
    return result.scalars().first()


async def sessions_due_to_close(*, session: AsyncSession, course_id: str,
                                now: datetime) -> list[OhSession]:
    result = await session.execute(
        select(OhSession).where(col(OhSession.course_id) == course_id,
                                col(OhSession.status) == "open",
                                col(OhSession.closes_at).is_not(None),
                                col(OhSession.closes_at) <= now)
        .order_by(col(OhSession.id)))
    return list(result.scalars())


async def all_sessions(*, session: AsyncSession, course_id: str) -> list[OhSession]:
    result = await session.execute(
        select(OhSession).where(col(OhSession.course_id) == course_id)
        .order_by(col(OhSession.opened_at), col(OhSession.id)))
    return list(result.scalars())


async def add(*, session: AsyncSession, row: OhSession | OhEntry | OhHours | OhSlot) -> None:
    """Insert ``row`` (its id is set on return)."""
    session.add(row)
    await session.flush()


async def slot_taken(*, session: AsyncSession, course_id: str, slot_key: str) -> bool:
    result = await session.execute(
        select(col(OhSlot.id)).where(col(OhSlot.course_id) == course_id,
                                     col(OhSlot.slot_key) == slot_key))
    return result.first() is not None


async def active_entry(*, session: AsyncSession, course_id: str,
                       user_id: str) -> OhEntry | None:
    """The student's waiting, called or held entry, if any."""
    result = await session.execute(
        select(OhEntry).where(col(OhEntry.course_id) == course_id,
                              col(OhEntry.user_id) == user_id,
                              col(OhEntry.status).in_(ACTIVE)))
    return result.scalars().first()


async def last_closed_entry(*, session: AsyncSession, course_id: str,
                            user_id: str) -> OhEntry | None:
    """The student's most recent entry ended by a session closing (for "keep my place")."""
    result = await session.execute(
        select(OhEntry).where(col(OhEntry.course_id) == course_id,
                              col(OhEntry.user_id) == user_id,
                              col(OhEntry.status) == "closed")
        .order_by(col(OhEntry.ended_at).desc(), col(OhEntry.id).desc()).limit(1))
    return result.scalars().first()


async def entries(*, session: AsyncSession, course_id: str,
                  statuses: Sequence[str]) -> list[OhEntry]:
    """Entries in ``statuses``, in queue order."""
    result = await session.execute(
        select(OhEntry).where(col(OhEntry.course_id) == course_id,
                              col(OhEntry.status).in_(tuple(statuses)))
        .order_by(col(OhEntry.queued_at), col(OhEntry.id)))
    return list(result.scalars())


async def session_entries(*, session: AsyncSession, course_id: str) -> list[OhEntry]:
    """Every entry that belongs to a session (for statistics)."""
    result = await session.execute(
        select(OhEntry).where(col(OhEntry.course_id) == course_id,
                              col(OhEntry.session_id).is_not(None))
        .order_by(col(OhEntry.id)))
    return list(result.scalars())


async def first_waiting(*, session: AsyncSession, course_id: str,
                        lock: bool = False) -> OhEntry | None:
    """The head of the queue. With ``lock`` on PostgreSQL the row is locked
    ``FOR UPDATE SKIP LOCKED``: concurrent callers each get a different student.
    (SQLite has no row locks; the unit of work's write lock serialises callers.)"""
    stmt = (select(OhEntry).where(col(OhEntry.course_id) == course_id,
                                  col(OhEntry.status) == "waiting")
            .order_by(col(OhEntry.queued_at), col(OhEntry.id)).limit(1))
    if lock and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    result = await session.execute(stmt)
    return result.scalars().first()


async def called_by(*, session: AsyncSession, course_id: str, staff: str) -> OhEntry | None:
    """The student ``staff`` is helping now (pulled and not yet done/skipped)."""
    result = await session.execute(
        select(OhEntry).where(col(OhEntry.course_id) == course_id,
                              col(OhEntry.status) == "called",
                              col(OhEntry.called_by) == staff)
        .order_by(col(OhEntry.called_at).desc()).limit(1))
    return result.scalars().first()


async def recent_helped(*, session: AsyncSession, course_id: str,
                        limit: int = 20) -> list[OhEntry]:
    """The last ``limit`` entries helped to the end (for the wait estimate)."""
    result = await session.execute(
        select(OhEntry).where(col(OhEntry.course_id) == course_id,
                              col(OhEntry.status) == "done",
                              col(OhEntry.called_at).is_not(None),
                              col(OhEntry.ended_at).is_not(None))
        .order_by(col(OhEntry.ended_at).desc()).limit(limit))
    return list(result.scalars())


async def hours(*, session: AsyncSession, course_id: str) -> list[OhHours]:
    """Chat-added hours not removed, oldest first (the numbering of ``/oh hours``)."""
    result = await session.execute(
        select(OhHours).where(col(OhHours.course_id) == course_id,
                              col(OhHours.removed_at).is_(None))
        .order_by(col(OhHours.id)))
    return list(result.scalars())


async def flush(*, session: AsyncSession) -> None:
    await session.flush()
