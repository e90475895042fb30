"""Calendar feed tokens (one active per user).

Keyword-only functions; the caller passes the session and commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from storage.models import (
    CalendarToken,
)


async def active_calendar_token(*, session: AsyncSession, course_id: str,
                                user_id: str) -> CalendarToken | None:
    result = await session.execute(select(CalendarToken).where(
        CalendarToken.course_id == course_id, CalendarToken.user_id == user_id,
        CalendarToken.revoked_at.is_(None)).order_by(CalendarToken.id.desc()))  # type: ignore[union-attr]
    return result.scalars().first()


async def add_calendar_token(*, session: AsyncSession, course_id: str, user_id: str, token: str,
                             at: datetime) -> CalendarToken:
    row = CalendarToken(course_id=course_id, user_id=user_id, token=token, created_at=at)
    session.add(row)
    await session.flush()
    return row


async def revoke_calendar_tokens(*, session: AsyncSession, course_id: str, user_id: str,
                                 at: datetime) -> int:
    result = await session.execute(select(CalendarToken).where(
        CalendarToken.course_id == course_id, CalendarToken.user_id == user_id,
        CalendarToken.revoked_at.is_(None)))  # type: ignore[union-attr]
    rows = list(result.scalars())
    for row in rows:
        row.revoked_at = at
    await session.flush()
    return len(rows)


async def calendar_token_owner(*, session: AsyncSession, token: str) -> CalendarToken | None:
    result = await session.execute(select(CalendarToken).where(
        CalendarToken.token == token, CalendarToken.revoked_at.is_(None)))  # type: ignore[union-attr]
    return result.scalars().first()
