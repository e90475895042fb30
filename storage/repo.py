"""Queries and writes. Keyword-only; the caller passes the session (one per user action)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from storage.models import (
    AuditLog,
    CalendarToken,
    CourseRow,
    CourseSetting,
    Deadline,
    DeadlineCreate,
    PendingAction,
    Presentation,
    ProcessedEvent,
    StaffMember,
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
) -> CourseRow:
    row = await session.get(CourseRow, course_id)
    if row is None:
        row = CourseRow(id=course_id, code=code, title=title, term=term, timezone=timezone,
                        content_hash=content_hash, source_path=source_path)
        session.add(row)
    else:
        row.code, row.title, row.term, row.timezone = code, title, term, timezone
        row.content_hash, row.source_path, row.loaded_at = content_hash, source_path, utcnow()
    await session.flush()
    return row


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
        query = query.where(or_(Deadline.kind == "course", Deadline.user_id == user_id))
    if not include_cancelled:
        query = query.where(Deadline.status == "active")
    result = await session.execute(query.order_by(Deadline.due_at, Deadline.id))
    return list(result.scalars())


async def list_active_deadlines(*, session: AsyncSession, course_id: str) -> list[Deadline]:
    """Every active deadline of the course, everyone's personal ones included; by due time."""
    result = await session.execute(
        select(Deadline).where(Deadline.course_id == course_id, Deadline.status == "active")
        .order_by(Deadline.due_at, Deadline.id))
    return list(result.scalars())


async def get_deadline(*, session: AsyncSession, course_id: str, key: str) -> Deadline | None:
    result = await session.execute(
        select(Deadline).where(Deadline.course_id == course_id, Deadline.key == key)
    )
    return result.scalars().first()


_SYNCED_FIELDS = ("title", "due_at", "time_assumed", "facts", "source", "status")


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
        .order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit)  # type: ignore[union-attr]
    )
    return list(result.scalars())


async def claim_event(*, session: AsyncSession, course_id: str, event_id: str,
                      received_at: datetime | None = None) -> bool:
    """Record a Slack delivery; False when ``event_id`` was already recorded (a redelivery).

    One ``INSERT … ON CONFLICT DO NOTHING``, so two concurrent deliveries cannot both win.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(ProcessedEvent).values(
        course_id=course_id, event_id=event_id, received_at=received_at or utcnow(),
    ).on_conflict_do_nothing(index_elements=["course_id", "event_id"])
    result = await session.execute(stmt)
    return result.rowcount == 1  # type: ignore[attr-defined]


async def release_event(*, session: AsyncSession, course_id: str, event_id: str) -> bool:
    """Delete the record of one delivery (so a redelivery is handled); True if there was one."""
    result = await session.execute(delete(ProcessedEvent).where(
        ProcessedEvent.course_id == course_id, ProcessedEvent.event_id == event_id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def prune_processed_events(*, session: AsyncSession, before: datetime) -> int:
    """Forget deliveries received before ``before`` (Slack stops retrying within minutes)."""
    result = await session.execute(
        delete(ProcessedEvent).where(ProcessedEvent.received_at < before)  # type: ignore[arg-type]
    )
    return result.rowcount or 0  # type: ignore[attr-defined]


# ---------------------------------------------------------------- staff tools (/course)


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


async def is_staff_member(*, session: AsyncSession, course_id: str, user_id: str) -> bool:
    result = await session.execute(select(StaffMember.id).where(
        StaffMember.course_id == course_id, StaffMember.user_id == user_id))
    return result.first() is not None


async def list_staff_members(*, session: AsyncSession, course_id: str) -> list[StaffMember]:
    result = await session.execute(select(StaffMember).where(StaffMember.course_id == course_id)
                                   .order_by(StaffMember.added_at))
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
    """Record a proposed change; any older pending one by the same actor is superseded."""
    older = await session.execute(select(PendingAction).where(
        PendingAction.course_id == course_id, PendingAction.actor == actor,
        PendingAction.status == "pending"))
    for row in older.scalars():
        row.status, row.decided_at = "superseded", at
    row = PendingAction(course_id=course_id, actor=actor, action=action, payload=payload,
                        created_at=at)
    session.add(row)
    await session.flush()
    return row


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


async def list_presentations(*, session: AsyncSession, course_id: str,
                             user_id: str | None = None) -> list[Presentation]:
    query = select(Presentation).where(Presentation.course_id == course_id)
    if user_id is not None:
        query = query.where(Presentation.user_id == user_id)
    result = await session.execute(query.order_by(Presentation.class_date, Presentation.id))
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


async def cancel_deadline(*, session: AsyncSession, course_id: str, key: str,
                          at: datetime) -> bool:
    """Mark the active deadline ``key`` cancelled (a new version); False if there is none."""
    row = await get_deadline(session=session, course_id=course_id, key=key)
    if row is None or row.status != "active":
        return False
    row.status, row.version, row.updated_at = "cancelled", row.version + 1, at
    await session.flush()
    return True


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
