"""Which course a request belongs to: channels bound to a course copy, and each user's
chosen course. Keyword-only functions; the caller passes the session and commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import ChannelCourse, CourseChoice, CourseRow, SeenUser


async def bound_course(*, session: AsyncSession, team_id: str, channel_id: str) -> str | None:
    row = await session.get(ChannelCourse, (team_id, channel_id))
    return row.course_id if row else None


async def bind_channel(*, session: AsyncSession, team_id: str, channel_id: str,
                       course_id: str, by: str, at: datetime) -> str | None:
    """Bind the channel to ``course_id``; returns the course it was bound to before."""
    row = await session.get(ChannelCourse, (team_id, channel_id))
    before = row.course_id if row else None
    if row is None:
        session.add(ChannelCourse(team_id=team_id, channel_id=channel_id, course_id=course_id,
                                  bound_by=by, bound_at=at))
    else:
        row.course_id, row.bound_by, row.bound_at = course_id, by, at
    await session.flush()
    return before


async def course_channels(*, session: AsyncSession, course_id: str) -> list[str]:
    result = await session.execute(select(ChannelCourse.channel_id).where(
        ChannelCourse.course_id == course_id).order_by(col(ChannelCourse.bound_at)))
    return list(result.scalars())


async def first_channels(*, session: AsyncSession) -> dict[str, str]:
    """Each course's first bound channel (one query for every course)."""
    result = await session.execute(select(ChannelCourse.course_id, ChannelCourse.channel_id)
                                   .order_by(col(ChannelCourse.bound_at).desc()))
    return {cid: ch for cid, ch in result.all()}  # the earliest binding wins: it comes last


async def chosen_course(*, session: AsyncSession, team_id: str, user_id: str) -> str | None:
    row = await session.get(CourseChoice, (team_id, user_id))
    return row.course_id if row else None


async def choose_course(*, session: AsyncSession, team_id: str, user_id: str, course_id: str,
                        at: datetime) -> str | None:
    """Remember ``user_id``'s course; returns the one chosen before."""
    row = await session.get(CourseChoice, (team_id, user_id))
    before = row.course_id if row else None
    if row is None:
        session.add(CourseChoice(team_id=team_id, user_id=user_id, course_id=course_id,
                                 chosen_at=at))
    else:
        row.course_id, row.chosen_at = course_id, at
    await session.flush()
    return before


async def workspace_courses(*, session: AsyncSession, team_id: str | None) -> list[CourseRow]:
    """The course copies of a workspace (``None``: single-workspace courses)."""
    where = (col(CourseRow.team_id).is_(None) if team_id is None
             else CourseRow.team_id == team_id)
    result = await session.execute(select(CourseRow).where(where).order_by(col(CourseRow.id)))
    return list(result.scalars())


async def all_courses(*, session: AsyncSession) -> list[CourseRow]:
    result = await session.execute(select(CourseRow).order_by(col(CourseRow.id)))
    return list(result.scalars())


async def courses_seen(*, session: AsyncSession, user_id: str,
                       course_ids: list[str]) -> set[str]:
    """Which of ``course_ids`` have met ``user_id`` (one query)."""
    if not course_ids:
        return set()
    result = await session.execute(select(SeenUser.course_id).where(
        SeenUser.user_id == user_id, col(SeenUser.course_id).in_(course_ids)).distinct())
    return set(result.scalars())
