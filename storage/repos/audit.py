"""The audit log: who changed what, when.

Keyword-only functions; the caller passes the session and commits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import (
    AuditLog,
)
from storage.types import utcnow


async def add_audit(
    *,
    session: AsyncSession,
    course_id: str,
    actor: str,
    action: str,
    target: str = "",
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditLog:
    row = AuditLog(course_id=course_id, actor=actor, action=action, target=target, old=old,
                   new=new, at=at or utcnow())
    session.add(row)
    await session.flush()
    return row


async def recent_audit(*, session: AsyncSession, course_id: str, limit: int = 20) -> list[AuditLog]:
    result = await session.execute(
        select(AuditLog).where(AuditLog.course_id == course_id)
        .order_by(col(AuditLog.at).desc(), col(AuditLog.id).desc()).limit(limit)
    )
    return list(result.scalars())
