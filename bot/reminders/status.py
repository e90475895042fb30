"""What staff see of deliveries: the reminder plan's state and the outbox's.

Example::

    status = await delivery_status(db, course, actor=Actor("U1", Role.STAFF), now=now)
    status.outbox_total("failed")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.actor import Actor
from bot.course import Course
from bot.reminders.schedule import FAILED, LIVE, SENT
from storage.db import Database
from storage.models import Reminder
from storage.repos import outbox as outbox_repo
from storage.repos import reminders as plan_repo


@dataclass(frozen=True)
class StatusRow:
    kind: str
    target: str
    deadline_key: str
    lead: str
    send_at: datetime
    status: str
    attempts: int
    error: str
    slack_ts: str


@dataclass(frozen=True)
class ReminderStatus:
    counts: dict[str, int]
    next_due: list[StatusRow]
    failed: list[StatusRow]
    recent: list[StatusRow]


def _status_row(r: Reminder) -> StatusRow:
    return StatusRow(r.kind, r.target, r.deadline_key, r.lead, r.send_at, r.status, r.attempts,
                     r.error, r.slack_ts or "")


async def reminder_status(db: Database, course: Course | str, *, now: datetime,
                          limit: int = 10) -> ReminderStatus:
    """Counts by status, the next pending, every failed one (with reasons), the latest sent
    (``course``: the course, or a stored course's id)."""
    course_id = course if isinstance(course, str) else course.id
    async with db.session() as session:
        counts = await plan_repo.status_counts(session=session, course_id=course_id)
        next_due = await plan_repo.rows_with_status(session=session, course_id=course_id,
                                                    statuses=LIVE, order="next", limit=limit)
        failed = await plan_repo.rows_with_status(session=session, course_id=course_id,
                                                  statuses=(FAILED,), order="latest_planned",
                                                  limit=50)
        recent = await plan_repo.rows_with_status(session=session, course_id=course_id,
                                                  statuses=(SENT,), order="latest_sent",
                                                  limit=limit)
    return ReminderStatus(counts=counts, next_due=[_status_row(r) for r in next_due],
                          failed=[_status_row(r) for r in failed],
                          recent=[_status_row(r) for r in recent])


# --------------------------------------------------------------------------- every delivery


@dataclass(frozen=True)
class OutboxRow:
    """One outbox message as staff see it."""

    id: int
    kind: str
    to: str
    status: str
    available_at: datetime
    attempts: int
    error: str
    created_at: datetime


@dataclass(frozen=True)
class DeliveryStatus:
    """All deliveries at a glance: reminders and outbox messages, counted by status and
    kind; what goes out next; the latest failures with Slack's reason."""

    reminders: ReminderStatus
    outbox_counts: dict[str, dict[str, int]]
    """status → kind → how many."""
    outbox_next: list[OutboxRow]
    outbox_failed: list[OutboxRow]
    now: datetime
    """The bot's clock (reminders are planned on it)."""
    wall: datetime
    """The real time (messages are queued, retried and sent on it)."""

    @property
    def next_reminder(self) -> datetime | None:
        return self.reminders.next_due[0].send_at if self.reminders.next_due else None

    @property
    def next_message(self) -> datetime | None:
        """When the next message is due (at or before :attr:`wall`: now)."""
        return min((m.available_at for m in self.outbox_next), default=None)

    def outbox_total(self, status: str) -> int:
        return sum(self.outbox_counts.get(status, {}).values())


@dataclass(frozen=True)
class Refused:
    """The actor may not see this (``code``: ``staff_only``)."""

    code: str
    reason: str


STAFF_ONLY = Refused("staff_only", "Only course staff can see the delivery status.")


def _outbox_row(m: Any) -> OutboxRow:
    return OutboxRow(id=int(m.id or 0), kind=m.kind, to=m.recipient, status=m.status,
                     available_at=m.available_at, attempts=m.attempts, error=m.error,
                     created_at=m.created_at)


async def delivery_status(db: Database, course: Course, *, actor: Actor, now: datetime,
                          limit: int = 10) -> DeliveryStatus | Refused:
    """Staff only: counts of every reminder and outbox message by status and kind, the
    next due, and the last failures with Slack's reason."""
    if not actor.is_staff:
        return STAFF_ONLY
    reminders = await reminder_status(db, course, now=now, limit=limit)
    async with db.session() as session:
        counts: dict[str, dict[str, int]] = {}
        for status, kind, n in await outbox_repo.counts(session=session, course_id=course.id):
            counts.setdefault(status, {})[kind] = n
        upcoming = await outbox_repo.upcoming(session=session, course_id=course.id, limit=limit)
        failed = await outbox_repo.last_failed(session=session, course_id=course.id,
                                               limit=limit)
    return DeliveryStatus(reminders=reminders, outbox_counts=counts,
                          outbox_next=[_outbox_row(m) for m in upcoming],
                          outbox_failed=[_outbox_row(m) for m in failed], now=now,
                          wall=datetime.now(UTC))
