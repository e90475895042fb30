"""Staff added from chat, and staff changes waiting for confirmation (pending actions).

Keyword-only functions; the caller passes the session and commits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import (
    PendingAction,
    StaffMember,
)


async def is_staff_member(*, session: AsyncSession, course_id: str, user_id: str) -> bool:
    result = await session.execute(select(StaffMember.id).where(
        StaffMember.course_id == course_id, StaffMember.user_id == user_id))
    return result.first() is not None


async def list_staff_members(*, session: AsyncSession, course_id: str) -> list[StaffMember]:
    result = await session.execute(select(StaffMember).where(StaffMember.course_id == course_id)
                                   .order_by(col(StaffMember.added_at)))
    return list(result.scalars())


async def add_staff_member(*, session: AsyncSession, course_id: str, user_id: str,
                           added_by: str, at: datetime) -> bool:
    """Add ``user_id`` to the staff table; False when already there."""
    if await is_staff_member(session=session, course_id=course_id, user_id=user_id):
        return False
    session.add(StaffMember(course_id=course_id, user_id=user_id, added_by=added_by, added_at=at))
    await session.flush()
    return True


async def remove_staff_member(*, session: AsyncSession, course_id: str, user_id: str) -> bool:
    result = await session.execute(select(StaffMember).where(
        StaffMember.course_id == course_id, StaffMember.user_id == user_id))
    row = result.scalars().first()
    if row is None:
        return False
    await session.delete(row)
    await session.flush()
    return True


async def add_pending_action(*, session: AsyncSession, course_id: str, actor: str, action: str,
                             payload: dict[str, Any], at: datetime) -> PendingAction:
    """Record a proposed change. Older pending ones by the same actor stay pending until
    this one is confirmed (:func:`supersede_pending_actions`)."""
    row = PendingAction(course_id=course_id, actor=actor, action=action, payload=payload,
                        created_at=at)
    session.add(row)
    await session.flush()
    return row


async def list_pending_actions(*, session: AsyncSession, course_id: str,
                               actor: str) -> list[PendingAction]:
    """The actor's changes still waiting for a decision, oldest first."""
    result = await session.execute(select(PendingAction).where(
        PendingAction.course_id == course_id, PendingAction.actor == actor,
        PendingAction.status == "pending").order_by(col(PendingAction.id)))
    return list(result.scalars())


async def supersede_pending_actions(*, session: AsyncSession, course_id: str, actor: str,
                                    before_id: int, at: datetime) -> list[PendingAction]:
    """Mark the actor's pending changes older than ``before_id`` superseded; those rows."""
    rows = [r for r in await list_pending_actions(session=session, course_id=course_id,
                                                  actor=actor)
            if r.id is not None and r.id < before_id]
    for row in rows:
        row.status, row.decided_at = "superseded", at
    await session.flush()
    return rows


async def get_pending_action(*, session: AsyncSession, course_id: str, actor: str,
                             action_id: int | None = None) -> PendingAction | None:
    """The actor's pending action (``action_id``'s, or the latest), locked for the decision."""
    query = select(PendingAction).where(PendingAction.course_id == course_id,
                                        PendingAction.actor == actor)
    if action_id is not None:
        query = query.where(PendingAction.id == action_id)
    else:
        query = query.where(PendingAction.status == "pending")
    query = query.order_by(PendingAction.id.desc()).limit(1)  # type: ignore[union-attr]
    result = await session.execute(query.with_for_update())
    return result.scalars().first()
