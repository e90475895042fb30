"""Workspace installations (OAuth): bots, installers, install ``state`` values, and each
workspace's install history with its pending purge.

Token columns are stored as given: the caller (``app.installations``) hands in Fernet
ciphertext. ``""`` stands for "no enterprise" and "no team". Keyword-only functions; the
caller passes the session and commits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col

from storage.models import CourseRow, OAuthState, SlackBot, SlackInstallation, SlackWorkspace

INSTALLED, UNINSTALLED, PURGED = "installed", "uninstalled", "purged"
_KEPT_ON_PURGE = frozenset({SlackWorkspace.__tablename__, "alembic_version"})


def _insert(session: AsyncSession) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


# ----------------------------------------------------------------------------- bots, installers
async def save_bot(*, session: AsyncSession, values: dict[str, Any]) -> None:
    """Insert or replace the bot of ``values``' (client, enterprise, team)."""
    keys = ["client_id", "enterprise_id", "team_id"]
    stmt = _insert(session)(SlackBot).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=keys, set_={k: stmt.excluded[k] for k in values if k not in keys})
    await session.execute(stmt)


async def save_installation(*, session: AsyncSession, values: dict[str, Any]) -> None:
    """Insert or replace the installation of ``values``' (client, enterprise, team, user)."""
    keys = ["client_id", "enterprise_id", "team_id", "user_id"]
    stmt = _insert(session)(SlackInstallation).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=keys, set_={k: stmt.excluded[k] for k in values if k not in keys})
    await session.execute(stmt)


async def find_bot(*, session: AsyncSession, client_id: str, enterprise_id: str | None,
                   team_id: str) -> SlackBot | None:
    """The bot of a workspace (any enterprise when ``enterprise_id`` is None: team ids are
    unique across Slack)."""
    query = select(SlackBot).where(col(SlackBot.client_id) == client_id,
                                   col(SlackBot.team_id) == team_id)
    if enterprise_id is not None:
        query = query.where(col(SlackBot.enterprise_id) == enterprise_id)
    return (await session.execute(query.limit(1))).scalars().first()


async def find_installation(*, session: AsyncSession, client_id: str,
                            enterprise_id: str | None, team_id: str, user_id: str | None = None
                            ) -> SlackInstallation | None:
    """The installation of ``user_id``, or the workspace's latest one when it is None."""
    query = select(SlackInstallation).where(
        col(SlackInstallation.client_id) == client_id,
        col(SlackInstallation.team_id) == team_id)
    if enterprise_id is not None:
        query = query.where(col(SlackInstallation.enterprise_id) == enterprise_id)
    if user_id is not None:
        query = query.where(col(SlackInstallation.user_id) == user_id)
    query = query.order_by(col(SlackInstallation.installed_at).desc(),
                           col(SlackInstallation.id).desc()).limit(1)
    return (await session.execute(query)).scalars().first()


async def delete_bot(*, session: AsyncSession, enterprise_id: str | None, team_id: str,
                     client_id: str | None = None) -> int:
    """Delete the workspace's bot (``None``: any enterprise, any client id)."""
    stmt = delete(SlackBot).where(col(SlackBot.team_id) == team_id)
    if enterprise_id is not None:
        stmt = stmt.where(col(SlackBot.enterprise_id) == enterprise_id)
    if client_id is not None:
        stmt = stmt.where(col(SlackBot.client_id) == client_id)
    return (await session.execute(stmt)).rowcount or 0  # type: ignore[attr-defined]


async def delete_installations(*, session: AsyncSession, enterprise_id: str | None,
                               team_id: str, user_ids: list[str] | None = None,
                               client_id: str | None = None) -> int:
    """Delete the workspace's installations (only those of ``user_ids`` when given)."""
    stmt = delete(SlackInstallation).where(col(SlackInstallation.team_id) == team_id)
    if enterprise_id is not None:
        stmt = stmt.where(col(SlackInstallation.enterprise_id) == enterprise_id)
    if user_ids is not None:
        stmt = stmt.where(col(SlackInstallation.user_id).in_(user_ids))
    if client_id is not None:
        stmt = stmt.where(col(SlackInstallation.client_id) == client_id)
    return (await session.execute(stmt)).rowcount or 0  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------- OAuth state
async def add_state(*, session: AsyncSession, state: str, expires_at: datetime) -> None:
    session.add(OAuthState(state=state, expires_at=expires_at))
    await session.flush()


async def consume_state(*, session: AsyncSession, state: str, now: datetime) -> bool:
    """True once for a state issued and not expired; False for an unknown, used or
    expired one (one ``DELETE``: two redirects racing with one state cannot both win)."""
    result = await session.execute(delete(OAuthState).where(
        col(OAuthState.state) == state, col(OAuthState.expires_at) > now))
    return (result.rowcount or 0) == 1  # type: ignore[attr-defined]


async def prune_states(*, session: AsyncSession, before: datetime) -> int:
    result = await session.execute(delete(OAuthState).where(col(OAuthState.expires_at) <= before))
    return result.rowcount or 0  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------- workspaces
async def get_workspace(*, session: AsyncSession, team_id: str,
                        lock: bool = False) -> SlackWorkspace | None:
    query = select(SlackWorkspace).where(col(SlackWorkspace.team_id) == team_id)
    if lock:
        query = query.with_for_update()
    return (await session.execute(query)).scalars().first()


async def mark_installed(*, session: AsyncSession, team_id: str, enterprise_id: str,
                         at: datetime) -> SlackWorkspace | None:
    """Record an install; returns the workspace as it was before (None: a first install)."""
    before = await get_workspace(session=session, team_id=team_id, lock=True)
    if before is None:
        session.add(SlackWorkspace(team_id=team_id, enterprise_id=enterprise_id,
                                   status=INSTALLED, installed_at=at))
        await session.flush()
        return None
    snapshot = SlackWorkspace.model_validate(before.model_dump())
    if before.status == INSTALLED:  # a new installer, or a token rotation: nothing changes
        return snapshot
    before.status, before.installed_at = INSTALLED, at
    before.uninstalled_at = before.purge_after = None
    await session.flush()
    return snapshot


async def mark_uninstalled(*, session: AsyncSession, team_id: str, enterprise_id: str,
                           at: datetime, purge_after: datetime) -> SlackWorkspace:
    """Record an uninstall; a second one (``tokens_revoked`` after ``app_uninstalled``, or
    the reverse) keeps the first one's time and purge date."""
    row = await get_workspace(session=session, team_id=team_id, lock=True)
    if row is None:
        row = SlackWorkspace(team_id=team_id, enterprise_id=enterprise_id, status=INSTALLED,
                             installed_at=at)
        session.add(row)
    if row.status != UNINSTALLED:
        row.status, row.uninstalled_at, row.purge_after = UNINSTALLED, at, purge_after
    await session.flush()
    return row


async def due_purges(*, session: AsyncSession, now: datetime) -> list[str]:
    """Workspaces uninstalled whose grace period is over, oldest first."""
    result = await session.execute(
        select(col(SlackWorkspace.team_id)).where(col(SlackWorkspace.status) == UNINSTALLED,
                                             col(SlackWorkspace.purge_after) <= now)
        .order_by(col(SlackWorkspace.purge_after)))
    return list(result.scalars())


async def purge_workspace(*, session: AsyncSession, team_id: str, now: datetime
                          ) -> dict[str, int] | None:
    """Delete every row of the workspace: its courses (``course.team_id``), every row keyed
    by one of those courses' ids, and every row carrying ``team_id``. Returns the rows
    deleted per table, or None when the workspace is not due (reinstalled meanwhile).

    Tables are read from the metadata, children first, so a table added later is covered.
    """
    row = await get_workspace(session=session, team_id=team_id, lock=True)
    if row is None or row.status != UNINSTALLED or row.purge_after is None \
            or row.purge_after > now:
        return None
    courses = select(col(CourseRow.id)).where(col(CourseRow.team_id) == team_id).scalar_subquery()
    counts: dict[str, int] = {}
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name in _KEPT_ON_PURGE:
            continue
        stmt = _purge_statement(table, team_id, courses)
        if stmt is None:
            continue
        deleted = (await session.execute(stmt)).rowcount or 0  # type: ignore[attr-defined]
        if deleted:
            counts[table.name] = deleted
    await session.execute(update(SlackWorkspace).where(col(SlackWorkspace.team_id) == team_id)
                          .values(status=PURGED, purged_at=now,
                                  purged_rows=sum(counts.values())))
    return counts


def _purge_statement(table: Table, team_id: str, courses: Any) -> Any:
    conditions = []
    if table.name == CourseRow.__tablename__:
        conditions.append(table.c.team_id == team_id)
    else:
        if "course_id" in table.c:
            conditions.append(table.c.course_id.in_(courses))
        if "team_id" in table.c and _is_text(table.c.team_id):  # team_member.team_id is a team
            conditions.append(table.c.team_id == team_id)
    if not conditions:
        return None
    return delete(table).where(or_(*conditions))


def _is_text(column: Any) -> bool:
    try:
        return column.type.python_type is str
    except NotImplementedError:
        return False
