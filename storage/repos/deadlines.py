"""Deadlines: the course file's, staff-edited ones and derived personal ones.

Keyword-only functions; the caller passes the session and commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import (
    Deadline,
    DeadlineCreate,
)
from storage.types import utcnow


async def list_deadlines(
    *,
    session: AsyncSession,
    course_id: str,
    user_id: str | None = None,
    include_cancelled: bool = False,
) -> list[Deadline]:
    """Course deadlines plus, when ``user_id`` is given, that student's own ones; by due time."""
    query = select(Deadline).where(Deadline.course_id == course_id)
    if user_id is None:
        query = query.where(Deadline.kind == "course")
    else:
        query = query.where(or_(col(Deadline.kind) == "course", col(Deadline.user_id) == user_id))
    if not include_cancelled:
        query = query.where(Deadline.status == "active")
    result = await session.execute(query.order_by(col(Deadline.due_at), col(Deadline.id)))
    return list(result.scalars())


async def list_active_deadlines(*, session: AsyncSession, course_id: str) -> list[Deadline]:
    """Every active deadline of the course, everyone's personal ones included; by due time."""
    result = await session.execute(
        select(Deadline).where(Deadline.course_id == course_id, Deadline.status == "active")
        .order_by(col(Deadline.due_at), col(Deadline.id)))
    return list(result.scalars())


async def get_deadline(*, session: AsyncSession, course_id: str, key: str) -> Deadline | None:
    result = await session.execute(
        select(Deadline).where(Deadline.course_id == course_id, Deadline.key == key)
    )
    return result.scalars().first()


_SYNCED_FIELDS = ("title", "due_at", "time_assumed", "date_assumed", "facts", "source",
                  "status")


async def sync_file_deadlines(
    *, session: AsyncSession, course_id: str, deadlines: Sequence[DeadlineCreate]
) -> dict[str, list[str]]:
    """Make the course-file deadlines in the database match ``deadlines``.

    Rows that staff have edited (``origin != 'course_file'``) are left as they are;
    a file deadline that vanished from the file is cancelled, never deleted.
    Returns the keys ``created``, ``updated``, ``cancelled`` and ``unchanged``.
    """
    report: dict[str, list[str]] = {"created": [], "updated": [], "cancelled": [], "unchanged": []}
    existing = {
        row.key: row
        for row in (
            await session.execute(
                select(Deadline).where(Deadline.course_id == course_id, Deadline.kind == "course")
            )
        ).scalars()
    }
    wanted = {d.key: d for d in deadlines}
    for key, new in wanted.items():
        row = existing.get(key)
        if row is None:
            session.add(Deadline.model_validate(new))
            report["created"].append(key)
            continue
        if row.origin != "course_file":
            report["unchanged"].append(key)
            continue
        changed = False
        for field in _SYNCED_FIELDS:
            value = getattr(new, field)
            if getattr(row, field) != value:
                setattr(row, field, value)
                changed = True
        if changed:
            row.version += 1
            row.updated_at = utcnow()
            report["updated"].append(key)
        else:
            report["unchanged"].append(key)
    for key, row in existing.items():
        if key not in wanted and row.origin == "course_file" and row.status == "active":
            row.status = "cancelled"
            row.version += 1
            row.updated_at = utcnow()
            report["cancelled"].append(key)
    await session.flush()
    return report


async def get_deadline_by_id(*, session: AsyncSession, course_id: str,
                             deadline_id: int) -> Deadline | None:
    row = await session.get(Deadline, deadline_id)
    return row if row is not None and row.course_id == course_id else None


async def list_course_deadlines(*, session: AsyncSession, course_id: str,
                                include_cancelled: bool = False) -> list[Deadline]:
    """Only the course-wide deadlines (no personal ones), by due time."""
    return await list_deadlines(session=session, course_id=course_id,
                                include_cancelled=include_cancelled)


async def upsert_personal_deadline(*, session: AsyncSession, deadline: DeadlineCreate,
                                   at: datetime) -> Deadline:
    """Create or update the derived deadline with ``deadline.key`` (a presenter's own, or a
    class's reviews); a change bumps version."""
    row = await get_deadline(session=session, course_id=deadline.course_id, key=deadline.key)
    if row is None:
        row = Deadline.model_validate(deadline)
        row.created_at = row.updated_at = at
        session.add(row)
    else:
        changed = False
        for field in ("title", "due_at", "time_assumed", "facts", "source", "status"):
            value = getattr(deadline, field)
            if getattr(row, field) != value:
                setattr(row, field, value)
                changed = True
        if changed:
            row.version += 1
            row.updated_at = at
    await session.flush()
    return row


async def cancel_deadline(*, session: AsyncSession, course_id: str, key: str,
                          at: datetime) -> bool:
    """Mark the active deadline ``key`` cancelled (a new version); False if there is none."""
    row = await get_deadline(session=session, course_id=course_id, key=key)
    if row is None or row.status != "active":
        return False
    row.status, row.version, row.updated_at = "cancelled", row.version + 1, at
    await session.flush()
    return True
