"""The course row and the course's settings (key → JSON value) changed from chat.

Keyword-only functions; the caller passes the session and commits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from storage.models import (
    CourseRow,
    CourseSetting,
)
from storage.types import utcnow


async def get_course(*, session: AsyncSession, course_id: str) -> CourseRow | None:
    return await session.get(CourseRow, course_id)


async def upsert_course(
    *,
    session: AsyncSession,
    course_id: str,
    code: str,
    title: str,
    term: str,
    timezone: str,
    content_hash: str,
    source_path: str,
    team_id: str | None = None,
) -> CourseRow:
    row = await session.get(CourseRow, course_id)
    if row is None:
        row = CourseRow(id=course_id, code=code, title=title, term=term, timezone=timezone,
                        content_hash=content_hash, source_path=source_path, team_id=team_id)
        session.add(row)
    else:
        row.code, row.title, row.term, row.timezone = code, title, term, timezone
        row.content_hash, row.source_path, row.loaded_at = content_hash, source_path, utcnow()
    await session.flush()
    return row


async def get_setting(*, session: AsyncSession, course_id: str, key: str) -> Any:
    result = await session.execute(select(CourseSetting.value).where(
        CourseSetting.course_id == course_id, CourseSetting.key == key))
    found = result.first()
    return None if found is None else found[0]


async def set_setting(*, session: AsyncSession, course_id: str, key: str, value: Any,
                      updated_by: str, at: datetime) -> None:
    result = await session.execute(select(CourseSetting).where(
        CourseSetting.course_id == course_id, CourseSetting.key == key))
    row = result.scalars().first()
    if row is None:
        session.add(CourseSetting(course_id=course_id, key=key, value=value,
                                  updated_by=updated_by, updated_at=at))
    else:
        row.value, row.updated_by, row.updated_at = value, updated_by, at
    await session.flush()
