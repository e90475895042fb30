"""Slack deliveries already handled (redelivery guard).

Keyword-only functions; the caller passes the session and commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from storage.models import (
    ProcessedEvent,
)
from storage.types import utcnow


async def claim_event(*, session: AsyncSession, course_id: str, event_id: str,
                      received_at: datetime | None = None) -> bool:
    """Record a Slack delivery; False when ``event_id`` was already recorded (a redelivery).

    One ``INSERT … ON CONFLICT DO NOTHING``, so two concurrent deliveries cannot both win.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(ProcessedEvent).values(
        course_id=course_id, event_id=event_id, received_at=received_at or utcnow(),
    ).on_conflict_do_nothing(index_elements=["course_id", "event_id"])
    result = await session.execute(stmt)
    return result.rowcount == 1  # type: ignore[attr-defined]


async def release_event(*, session: AsyncSession, course_id: str, event_id: str) -> bool:
    """Delete the record of one delivery (so a redelivery is handled); True if there was one."""
    result = await session.execute(delete(ProcessedEvent).where(
        col(ProcessedEvent.course_id) == course_id,
        col(ProcessedEvent.event_id) == event_id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def prune_processed_events(*, session: AsyncSession, before: datetime) -> int:
    """Forget deliveries received before ``before`` (Slack stops retrying within minutes)."""
    result = await session.execute(
        delete(ProcessedEvent).where(ProcessedEvent.received_at < before)  # type: ignore[arg-type]
    )
    return result.rowcount or 0  # type: ignore[attr-defined]
