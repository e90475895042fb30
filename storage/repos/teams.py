"""Queries and writes for project teams. Keyword-only; the caller passes the session and
commits (:mod:`storage.uow`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import SeenUser, Team, TeamMember, TeamSeeker

LIVE_STATES = ("invited", "accepted")


async def live_teams(*, session: AsyncSession, course_id: str) -> list[Team]:
    result = await session.execute(
        select(Team).where(Team.course_id == course_id, Team.status != "dissolved")
        .order_by(col(Team.id)))
    return list(result.scalars())


async def get_team(*, session: AsyncSession, course_id: str, team_id: int,
                   lock: bool = False) -> Team | None:
    query = select(Team).where(Team.course_id == course_id, Team.id == team_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(query)).scalars().first()


async def lock_teams(*, session: AsyncSession, course_id: str,
                     team_ids: Iterable[int]) -> dict[int, Team]:
    """Lock these teams' rows (``FOR UPDATE`` on PostgreSQL), always in id order.

    Rows already in the session are refreshed, so what follows sees the committed state."""
    ids = sorted(set(team_ids))
    if not ids:
        return {}
    result = await session.execute(
        select(Team).where(Team.course_id == course_id, col(Team.id).in_(ids))
        .order_by(col(Team.id)).with_for_update()
        .execution_options(populate_existing=True))
    return {t.id: t for t in result.scalars() if t.id is not None}


async def team_by_key(*, session: AsyncSession, course_id: str, key: str) -> Team | None:
    """The live team whose ``name_key`` (the name's look-alike skeleton,
    :func:`bot.teams.names.skeleton`) is ``key``."""
    result = await session.execute(
        select(Team).where(Team.course_id == course_id, Team.name_key == key,
                           Team.status != "dissolved"))
    return result.scalars().first()


async def members_of(*, session: AsyncSession, team_ids: Sequence[int],
                     states: Sequence[str] = LIVE_STATES) -> list[TeamMember]:
    if not team_ids:
        return []
    result = await session.execute(
        select(TeamMember).where(col(TeamMember.team_id).in_(list(team_ids)),
                                 col(TeamMember.state).in_(list(states)))
        .order_by(col(TeamMember.id)).execution_options(populate_existing=True))
    return list(result.scalars())


async def memberships_of(*, session: AsyncSession, course_id: str, user_id: str,
                         states: Sequence[str] = LIVE_STATES) -> list[TeamMember]:
    result = await session.execute(
        select(TeamMember).where(TeamMember.course_id == course_id,
                                 TeamMember.user_id == user_id,
                                 col(TeamMember.state).in_(list(states)))
        .order_by(col(TeamMember.id)))
    return list(result.scalars())


async def accepted_members(*, session: AsyncSession, course_id: str,
                           user_ids: Sequence[str] | None = None) -> list[TeamMember]:
    """Accepted memberships (at most one per person: a unique index says so)."""
    query = select(TeamMember).where(TeamMember.course_id == course_id,
                                     TeamMember.state == "accepted")
    if user_ids is not None:
        query = query.where(col(TeamMember.user_id).in_(list(user_ids)))
    return list((await session.execute(query)).scalars())


async def teams_named_like(*, session: AsyncSession, course_id: str, prefix: str) -> set[str]:
    result = await session.execute(
        select(Team.name_key).where(Team.course_id == course_id, Team.status != "dissolved",
                                    col(Team.name_key).startswith(prefix)))
    return set(result.scalars())


def _insert_ignore(session: AsyncSession, model: type, rows: list[dict]):  # type: ignore[no-untyped-def]
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(model).values(rows).on_conflict_do_nothing()


async def note_seen(*, session: AsyncSession, course_id: str, user_ids: Iterable[str],
                    at: datetime) -> None:
    """Remember students the bot has met (idempotent, safe under concurrency)."""
    rows = [{"course_id": course_id, "user_id": u, "first_seen_at": at}
            for u in sorted(set(user_ids)) if u]
    if rows:
        await session.execute(_insert_ignore(session, SeenUser, rows))


async def seen_users(*, session: AsyncSession, course_id: str) -> list[str]:
    result = await session.execute(
        select(SeenUser.user_id).where(SeenUser.course_id == course_id)
        .order_by(col(SeenUser.first_seen_at), col(SeenUser.id)))
    return list(result.scalars())


async def set_seeker(*, session: AsyncSession, course_id: str, user_id: str, interests: str,
                     at: datetime) -> None:
    row = (await session.execute(select(TeamSeeker).where(
        TeamSeeker.course_id == course_id, TeamSeeker.user_id == user_id))).scalars().first()
    if row is None:
        await session.execute(_insert_ignore(session, TeamSeeker, [{
            "course_id": course_id, "user_id": user_id, "interests": interests, "since": at}]))
    else:
        row.interests = interests
    await session.flush()


async def remove_seeker(*, session: AsyncSession, course_id: str, user_id: str) -> bool:
    row = (await session.execute(select(TeamSeeker).where(
        TeamSeeker.course_id == course_id, TeamSeeker.user_id == user_id))).scalars().first()
    if row is None:
        return False
    await session.delete(row)
    await session.flush()
    return True


async def seekers(*, session: AsyncSession, course_id: str) -> list[TeamSeeker]:
    result = await session.execute(
        select(TeamSeeker).where(TeamSeeker.course_id == course_id)
        .order_by(col(TeamSeeker.since), col(TeamSeeker.id)))
    return list(result.scalars())


async def count_live_teams(*, session: AsyncSession, course_id: str) -> int:
    result = await session.execute(
        select(func.count()).select_from(Team)
        .where(Team.course_id == course_id, Team.status != "dissolved"))
    return int(result.scalar_one())
