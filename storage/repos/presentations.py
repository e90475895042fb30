"""Paper presentations: who presents which paper in which class.

Keyword-only functions; the caller passes the session and commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import (
    Presentation,
)


async def list_presentations(*, session: AsyncSession, course_id: str,
                             user_id: str | None = None) -> list[Presentation]:
    query = select(Presentation).where(Presentation.course_id == course_id)
    if user_id is not None:
        query = query.where(Presentation.user_id == user_id)
    result = await session.execute(
        query.order_by(col(Presentation.class_date), col(Presentation.id)))
    return list(result.scalars())


async def delete_presentations(*, session: AsyncSession, course_id: str, class_date: date,
                               user_ids: Sequence[str]) -> list[Presentation]:
    """Remove these students' presentations in the class of ``class_date``; the removed rows."""
    result = await session.execute(select(Presentation).where(
        Presentation.course_id == course_id, Presentation.class_date == class_date,
        Presentation.user_id.in_(list(user_ids))))  # type: ignore[attr-defined]
    rows = list(result.scalars())
    for row in rows:
        await session.delete(row)
    await session.flush()
    return rows


async def upsert_presentation(*, session: AsyncSession, course_id: str, user_id: str,
                              class_date: date, paper_title: str, assigned_by: str,
                              at: datetime) -> Presentation:
    result = await session.execute(select(Presentation).where(
        Presentation.course_id == course_id, Presentation.user_id == user_id,
        Presentation.class_date == class_date))
    row = result.scalars().first()
    if row is None:
        row = Presentation(course_id=course_id, user_id=user_id, class_date=class_date,
                           paper_title=paper_title, assigned_by=assigned_by, assigned_at=at)
        session.add(row)
    else:
        row.paper_title, row.assigned_by, row.assigned_at = paper_title, assigned_by, at
    await session.flush()
    return row
