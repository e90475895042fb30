"""One student's data in one course (``/privacy``), archiving a course, and anonymising it.

Keyword-only functions; the caller passes the session and commits (:mod:`storage.uow`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from storage.models import (
    AuditLog,
    CalendarToken,
    ChannelCourse,
    CourseChoice,
    CourseRow,
    CourseSetting,
    Deadline,
    FaqEntry,
    OhEntry,
    OhHours,
    OhSession,
    OutboxMessage,
    PendingAction,
    Presentation,
    Question,
    Reminder,
    ReminderPref,
    SeenUser,
    StaffMember,
    Team,
    TeamMember,
    TeamSeeker,
)

_OH_WAITING = ("waiting", "held")
_FREE_TEXT_KEYS = frozenset({"text", "topic", "interests", "question", "comment", "content",
                             "answer", "read_as", "message"})


@dataclass
class UserRows:
    """Every row of one course that is about one user (read for ``/privacy``)."""

    memberships: list[tuple[TeamMember, Team | None]] = field(default_factory=list)
    seeker: TeamSeeker | None = None
    pref: ReminderPref | None = None
    calendar_tokens: list[CalendarToken] = field(default_factory=list)
    oh_entries: list[OhEntry] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    presentations: list[Presentation] = field(default_factory=list)
    personal_deadlines: list[Deadline] = field(default_factory=list)
    seen_at: datetime | None = None
    pending_reminders: int = 0
    audit_rows: int = 0
    """Audit rows of changes the user made (not their refused attempts, not the rows their
    own ``/privacy`` requests wrote: the export, the delete and what the delete did)."""
    refused_rows: int = 0
    """Audit rows of the user's refused attempts (a student trying a staff command)."""
    messages: int = 0
    delivered_with_content: int = 0
    """Messages sent (or given up) to the user whose text is still stored."""
    course_choice: bool = False
    """The user chose this course for their DMs (``/course use`` or the course buttons)."""


async def user_rows(*, session: AsyncSession, course_id: str, user_id: str) -> UserRows:
    out = UserRows()
    members = (await session.execute(
        select(TeamMember).where(TeamMember.course_id == course_id, TeamMember.user_id == user_id)
        .order_by(col(TeamMember.id)))).scalars().all()
    for m in members:
        out.memberships.append((m, await session.get(Team, m.team_id)))
    out.seeker = (await session.execute(select(TeamSeeker).where(
        TeamSeeker.course_id == course_id, TeamSeeker.user_id == user_id))).scalars().first()
    out.pref = (await session.execute(select(ReminderPref).where(
        ReminderPref.course_id == course_id, ReminderPref.user_id == user_id))).scalars().first()
    out.calendar_tokens = list((await session.execute(select(CalendarToken).where(
        CalendarToken.course_id == course_id, CalendarToken.user_id == user_id,
        col(CalendarToken.revoked_at).is_(None)))).scalars())
    out.oh_entries = list((await session.execute(select(OhEntry).where(
        OhEntry.course_id == course_id, OhEntry.user_id == user_id)
        .order_by(col(OhEntry.id)))).scalars())
    out.questions = list((await session.execute(select(Question).where(
        Question.course_id == course_id, Question.user_id == user_id)
        .order_by(col(Question.id)))).scalars())
    out.presentations = list((await session.execute(select(Presentation).where(
        Presentation.course_id == course_id, Presentation.user_id == user_id)
        .order_by(col(Presentation.class_date)))).scalars())
    out.personal_deadlines = list((await session.execute(select(Deadline).where(
        Deadline.course_id == course_id, Deadline.user_id == user_id,
        Deadline.status == "active").order_by(col(Deadline.due_at)))).scalars())
    seen = (await session.execute(select(SeenUser.first_seen_at).where(
        SeenUser.course_id == course_id, SeenUser.user_id == user_id))).first()
    out.seen_at = seen[0] if seen else None
    out.pending_reminders = int((await session.execute(select(func.count()).select_from(Reminder)
        .where(Reminder.course_id == course_id, Reminder.target == user_id,
               col(Reminder.status).in_(("pending", "claimed"))))).scalar_one())
    audit = (await session.execute(select(AuditLog.action, AuditLog.at).where(
        AuditLog.course_id == course_id, AuditLog.actor == user_id))).all()
    deletes = {at for action, at in audit if action == "privacy.delete"}
    for action, at in audit:
        if action.startswith("privacy.") or (action == "team.decline" and at in deletes):
            continue  # written by the user's /privacy request itself (the delete declines
            # their open invitations in its transaction), not a change they made
        if action.endswith(".refused"):
            out.refused_rows += 1
        else:
            out.audit_rows += 1
    out.messages = int((await session.execute(select(func.count()).select_from(OutboxMessage)
        .where(OutboxMessage.course_id == course_id,
               OutboxMessage.recipient == user_id))).scalar_one())
    delivered = (await session.execute(select(OutboxMessage.data).where(
        col(OutboxMessage.course_id) == course_id, col(OutboxMessage.recipient) == user_id,
        col(OutboxMessage.status).in_(("sent", "failed", "cancelled"))))).scalars().all()
    out.delivered_with_content = sum(1 for data in delivered if data)
    out.course_choice = (await session.execute(select(CourseChoice.user_id).where(
        CourseChoice.course_id == course_id, CourseChoice.user_id == user_id))).first() is not None
    return out


async def delete_user_data(*, session: AsyncSession, course_id: str, user_id: str,
                           at: datetime) -> dict[str, int]:
    """Delete what ``/privacy delete`` removes (invitations are the teams service's).

    Returns how many rows each part touched."""
    done: dict[str, int] = {}

    async def run(name: str, stmt: Any) -> None:
        done[name] = int((await session.execute(stmt)).rowcount or 0)  # type: ignore[attr-defined]

    await run("reminder_prefs", delete(ReminderPref).where(
        col(ReminderPref.course_id) == course_id, col(ReminderPref.user_id) == user_id))
    await run("personal_reminders", update(Reminder).where(
        col(Reminder.course_id) == course_id, col(Reminder.target) == user_id,
        col(Reminder.kind) == "personal", col(Reminder.status) == "pending")
        .values(status="cancelled", error="deleted at the student's request", updated_at=at))
    await run("looking_for_team", delete(TeamSeeker).where(
        col(TeamSeeker.course_id) == course_id, col(TeamSeeker.user_id) == user_id))
    await run("calendar_tokens", delete(CalendarToken).where(
        col(CalendarToken.course_id) == course_id, col(CalendarToken.user_id) == user_id))
    await run("open_questions", delete(Question).where(
        col(Question.course_id) == course_id, col(Question.user_id) == user_id,
        col(Question.status) == "open"))
    await run("office_hours_waiting", update(OhEntry).where(
        col(OhEntry.course_id) == course_id, col(OhEntry.user_id) == user_id,
        col(OhEntry.status).in_(_OH_WAITING)).values(status="left", ended_at=at))
    await run("office_hours_topics", update(OhEntry).where(
        col(OhEntry.course_id) == course_id, col(OhEntry.user_id) == user_id,
        col(OhEntry.topic) != "").values(topic=""))
    await run("delivered_messages", update(OutboxMessage).where(
        col(OutboxMessage.course_id) == course_id, col(OutboxMessage.recipient) == user_id,
        col(OutboxMessage.status).in_(("sent", "failed", "cancelled"))).values(data={}))
    await run("seen", delete(SeenUser).where(
        col(SeenUser.course_id) == course_id, col(SeenUser.user_id) == user_id))
    await run("course_choice", delete(CourseChoice).where(
        col(CourseChoice.course_id) == course_id, col(CourseChoice.user_id) == user_id))
    await session.flush()
    return done


# ----------------------------------------------------------------------------- archive
async def mark_archived(*, session: AsyncSession, course_id: str, at: datetime) -> int:
    """Mark the course archived and cancel its pending reminders; returns how many."""
    row = await session.get(CourseRow, course_id, with_for_update=True)
    if row is None:
        raise LookupError(course_id)
    if row.archived_at is None:
        row.archived_at = at
    result = await session.execute(update(Reminder).where(
        col(Reminder.course_id) == course_id, col(Reminder.status) == "pending")
        .values(status="cancelled", error="the course was archived", updated_at=at))
    await session.flush()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def stop_activity(*, session: AsyncSession, course_id: str,
                        at: datetime) -> tuple[int, int]:
    """An archived course goes quiet: its messages still queued (not yet claimed by a
    worker) are cancelled, its open office-hours sessions are closed and the people in
    their queues let go (nobody is told: the course is over). Returns (messages cancelled,
    sessions closed)."""
    messages = await session.execute(update(OutboxMessage).where(
        col(OutboxMessage.course_id) == course_id, col(OutboxMessage.status) == "pending")
        .values(status="cancelled", error="the course was archived"))
    await session.execute(update(OhEntry).where(
        col(OhEntry.course_id) == course_id, col(OhEntry.status).in_(("waiting", "called")))
        .values(status="closed", ended_at=at))
    sessions = await session.execute(update(OhSession).where(
        col(OhSession.course_id) == course_id, col(OhSession.status) == "open")
        .values(status="closed", closed_at=at, closed_by="archive"))
    return (int(messages.rowcount or 0),  # type: ignore[attr-defined]
            int(sessions.rowcount or 0))  # type: ignore[attr-defined]


async def archived_since(*, session: AsyncSession, course_id: str) -> datetime | None:
    return (await session.execute(select(CourseRow.archived_at).where(
        CourseRow.id == course_id))).scalar_one_or_none()


async def due_for_anonymising(*, session: AsyncSession, archived_before: datetime) -> list[str]:
    """Ids of courses archived before ``archived_before`` and not yet anonymised."""
    result = await session.execute(select(CourseRow.id).where(
        col(CourseRow.archived_at).is_not(None), col(CourseRow.archived_at) <= archived_before,
        col(CourseRow.anonymised_at).is_(None)).order_by(col(CourseRow.id)))
    return list(result.scalars())


# ----------------------------------------------------------------------------- anonymise
_USER_COLUMNS: tuple[tuple[type, tuple[str, ...]], ...] = (
    (TeamMember, ("user_id", "invited_by")),
    (Team, ("created_by",)),
    (Presentation, ("user_id", "assigned_by")),
    (OhEntry, ("user_id", "called_by")),
    (OhHours, ("user_id",)),
    (OhSession, ("opened_by", "closed_by")),
    (Question, ("user_id", "answered_by")),
    (FaqEntry, ("author", "updated_by")),
    (StaffMember, ("user_id", "added_by")),
    (CourseSetting, ("updated_by",)),
    (Deadline, ("user_id",)),
    (AuditLog, ("actor",)),
    (ChannelCourse, ("bound_by",)),
)
_ID_TOKEN = re.compile(r"\b[UW][A-Z0-9]+\b")  # replaced only when a known id


async def course_user_ids(*, session: AsyncSession, course_id: str) -> set[str]:
    """Every user id stored in the course's rows (the people to pseudonymise)."""
    found: set[str] = set()
    for model, columns in _USER_COLUMNS:
        for name in columns:
            column = getattr(model, name)
            result = await session.execute(select(column).distinct().where(
                model.course_id == course_id))  # type: ignore[attr-defined]
            found |= {v for v in result.scalars() if v}
    for model, name in ((SeenUser, "user_id"), (TeamSeeker, "user_id"),
                        (ReminderPref, "user_id"), (CalendarToken, "user_id"),
                        (PendingAction, "actor")):
        result = await session.execute(select(getattr(model, name)).distinct().where(
            model.course_id == course_id))  # type: ignore[attr-defined]
        found |= {v for v in result.scalars() if v}
    result = await session.execute(select(Reminder.target).distinct().where(
        Reminder.course_id == course_id, Reminder.kind != "channel"))
    found |= set(result.scalars())
    result = await session.execute(select(OutboxMessage.recipient).distinct().where(
        OutboxMessage.course_id == course_id))
    found |= {v for v in result.scalars() if v and v[:1] in "UW"}
    return found


def _scrub(value: Any, mapping: dict[str, str]) -> Any:
    """A JSON value with known user ids replaced and free-text fields cleared."""
    if isinstance(value, dict):
        return {k: "" if k in _FREE_TEXT_KEYS and isinstance(v, str) else _scrub(v, mapping)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, mapping) for v in value]
    if isinstance(value, str):
        if value in mapping:
            return mapping[value]
        return _ID_TOKEN.sub(lambda m: mapping.get(m.group(0), m.group(0)), value)
    return value


async def anonymise_course(*, session: AsyncSession, course_id: str,
                           pseudonym: Callable[[str], str], at: datetime) -> dict[str, int]:
    """Replace every user id of the course by ``pseudonym(id)`` (the same person gets the
    same pseudonym in every table), clear free text, delete what only served the living
    course (preferences, the board, calendar tokens, the roster, waiting staff changes)."""
    ids = await course_user_ids(session=session, course_id=course_id)
    mapping = {u: pseudonym(u) for u in ids}
    counts: dict[str, int] = {"people": len(mapping)}

    async def gone(model: Any, name: str) -> None:
        result = await session.execute(delete(model).where(model.course_id == course_id))
        counts[name] = int(result.rowcount or 0)  # type: ignore[attr-defined]

    await gone(ReminderPref, "reminder_prefs")
    await gone(TeamSeeker, "looking_for_team")
    await gone(CalendarToken, "calendar_tokens")
    await gone(SeenUser, "seen_users")
    await gone(PendingAction, "pending_actions")
    await gone(CourseChoice, "course_choices")
    result = await session.execute(delete(Reminder).where(
        col(Reminder.course_id) == course_id, col(Reminder.kind) != "channel"))
    counts["personal_reminders"] = int(result.rowcount or 0)  # type: ignore[attr-defined]

    rows_changed = 0
    for model, columns in _USER_COLUMNS:
        rows: Any = (await session.execute(select(model).where(
            model.course_id == course_id))).scalars().all()  # type: ignore[attr-defined]
        for row in rows:
            for name in columns:
                value = getattr(row, name)
                if value in mapping:
                    setattr(row, name, mapping[value])
            if isinstance(row, AuditLog):
                row.target = _scrub(row.target, mapping)
                row.old = _scrub(row.old, mapping) if row.old is not None else None
                row.new = _scrub(row.new, mapping) if row.new is not None else None
            elif isinstance(row, OhEntry):
                row.topic = ""
            elif isinstance(row, Question):
                row.text = ""
            elif isinstance(row, FaqEntry):
                row.question = ""
            elif isinstance(row, OhSession):
                row.hosts = [mapping.get(h, h) for h in row.hosts or []]
            elif isinstance(row, CourseSetting):
                row.value = _scrub(row.value, mapping)
            elif isinstance(row, Deadline) and row.user_id is not None:
                row.key = _scrub(row.key, mapping)  # a personal key names its student
            rows_changed += 1
    messages = (await session.execute(select(OutboxMessage).where(
        OutboxMessage.course_id == course_id))).scalars().all()
    for message in messages:
        message.recipient = mapping.get(message.recipient, message.recipient)
        message.data = {}
        if message.dedupe_key:
            message.dedupe_key = _scrub(message.dedupe_key, mapping)
    counts["rows"] = rows_changed
    counts["messages"] = len(messages)
    course = await session.get(CourseRow, course_id)
    if course is not None:
        course.anonymised_at = at
    await session.flush()
    return counts
