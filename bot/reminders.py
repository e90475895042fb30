"""Reminders that never miss and never repeat: a durable plan, leased claims, paced sends.

The plan is one ``reminder`` row per deadline × kind × target × lead time (a unique key).
:func:`replan` makes the rows match the deadlines, preferences and course file, and is
idempotent: a sent reminder stays sent, pending ones move with their deadline, rows that
are no longer wanted are cancelled (never deleted).

A pass (:meth:`ReminderEngine.run_pass`) at instant ``now``:

1. re-plans when deadlines, preferences, course file or channel changed;
2. catch-up after downtime: a due pending row whose deadline has passed is skipped (or
   failed, if an earlier attempt errored); a due pending row with a later due sibling
   (same deadline, kind and target) is skipped, so only the most recent lead goes out;
3. claims due rows with a lease (``FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite has a
   single writer, so its one ``UPDATE … RETURNING`` is atomic), posts each through the
   injected ``sender`` at a paced rate, and marks it at once with Slack's ``ts``.

Exactly once: a row is posted only by the worker holding its claim, and is marked sent
in its own transaction right after Slack answers. The one window that can repeat a
message is a crash (or a lost database) between Slack's answer and that mark: the claim
then expires after ``REMINDER_LEASE_SECONDS`` and another worker posts it again. Slack
faults never repeat one: 429 and 5xx answers mean Slack did not post.

No Slack here: the sender is a callable ``(Outgoing) -> Delivery`` (``app.worker``
builds the real one).

Example::

    engine = ReminderEngine(db, course, sender=send, channel_id="C123")
    report = await engine.run_pass(now=clock.now())
    [o.target for o in report.sent]
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import socket
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, bindparam, func, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.course import Course, parse_lead_time
from storage.db import Database
from storage.models import Deadline, Reminder, ReminderPref
from storage.repos import audit as audit_repo
from storage.repos import settings as settings_repo
from storage.types import UTCDateTime

logger = logging.getLogger("course_bot.reminders")

CHANNEL, PERSONAL, TEAM_NUDGE = "channel", "personal", "team_nudge"
PENDING, CLAIMED, SENT, FAILED = "pending", "claimed", "sent", "failed"
SKIPPED, CANCELLED = "skipped", "cancelled"
LIVE = (PENDING, CLAIMED)
MAX_ATTEMPTS = 8
MAX_PERSONAL_LEADS = 5
MAX_LEAD = timedelta(weeks=4)
QUIET_START, QUIET_END = 22, 8  # personal DMs never land 10 pm – 8 am in the student's zone
QUIET_SEND = (21, 30)  # where a DM inside quiet hours moves to: 9:30 pm the evening before
TEAM_LOCK_KEY = "team"  # the deadline that locks teams (bot.teams.LOCK_KEY)
TEAM_NUDGE_LEADS = ("3d", "1d")
ROSTER_TTL = 600.0  # seconds a fetched roster is reused
WallClock = Callable[[], datetime]
Roster = Callable[[], Awaitable[Sequence[str]]]


# --------------------------------------------------------------------------- time


def lead_send_at(due_at: datetime, lead: str, zone: ZoneInfo) -> datetime:
    """When a reminder ``lead`` before ``due_at`` goes out (aware UTC).

    Days and weeks keep the wall-clock time in ``zone`` across a DST change; hours and
    minutes are absolute.

    Example::

        >>> lead_send_at(datetime(2021, 11, 13, 5, 59, tzinfo=UTC), "7d", CHICAGO)
        datetime.datetime(2021, 11, 6, 4, 59, tzinfo=datetime.timezone.utc)
    """
    delta = parse_lead_time(lead)
    if lead.strip()[-1] in "dw":
        local = due_at.astimezone(zone)
        wall = local.replace(tzinfo=None) - delta
        return wall.replace(tzinfo=zone).astimezone(UTC)
    return (due_at - delta).astimezone(UTC)


def quiet_adjust(send_at: datetime, zone: ZoneInfo) -> datetime:
    """Move an instant inside 10 pm – 8 am in ``zone`` to 9:30 pm the evening before it."""
    local = send_at.astimezone(zone)
    if QUIET_END <= local.hour < QUIET_START:
        return send_at
    day = local.date() if local.hour >= QUIET_START else local.date() - timedelta(days=1)
    moved = datetime(day.year, day.month, day.day, *QUIET_SEND, tzinfo=zone)
    return moved.astimezone(UTC)


def _zone(name: str, fallback: ZoneInfo) -> ZoneInfo:
    try:
        return ZoneInfo(name) if name else fallback
    except (ZoneInfoNotFoundError, ValueError):
        return fallback


def lead_label(lead: str) -> str:
    """``7d`` → ``7 days``."""
    number, unit = int(lead[:-1]), lead[-1]
    word = {"m": "minute", "h": "hour", "d": "day", "w": "week"}[unit]
    return f"{number} {word}{'s' if number != 1 else ''}"


# --------------------------------------------------------------------------- plan

PlanKey = tuple[str, str, str, str]  # deadline_key, kind, target, lead


@dataclass(frozen=True)
class PlanReport:
    created: int = 0
    moved: int = 0
    cancelled: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        return (f"plan: {self.created} created, {self.moved} moved, {self.cancelled} cancelled, "
                f"{self.unchanged} unchanged")


def desired_plan(
    course: Course,
    deadlines: Sequence[Deadline],
    prefs: Sequence[ReminderPref],
    *,
    channel_id: str,
    roster: Sequence[str] | None = None,
    channel_leads: Sequence[str] | None = None,
) -> dict[PlanKey, tuple[datetime, datetime]]:
    """Every reminder the course wants: key → (due_at, send_at).

    ``channel_leads``: the lead times staff set (default: the course file's), used by the
    channel's reminders and by students who have not chosen their own.

    ``roster`` (the course's students) adds the team nudges: a DM to each of them
    :data:`TEAM_NUDGE_LEADS` before the team lock; whether one still needs it is decided
    when it is due (a student who registered a team by then is skipped).
    """
    wanted: dict[PlanKey, tuple[datetime, datetime]] = {}
    zone = course.tz
    default_leads = list(channel_leads or course.reminders.channel_lead_times)
    active = [d for d in deadlines if d.status == "active"]
    lock = next((d for d in active if d.key == TEAM_LOCK_KEY and d.kind == "course"), None)
    if roster is not None and lock is not None:
        zones = {p.user_id: _zone(p.tz, zone) for p in prefs}
        for user in dict.fromkeys(roster):
            for lead in TEAM_NUDGE_LEADS:
                send_at = quiet_adjust(lead_send_at(lock.due_at, lead, zone),
                                       zones.get(user, zone))
                wanted[(lock.key, TEAM_NUDGE, user, lead)] = (lock.due_at, send_at)
    if channel_id:
        for d in active:
            if d.kind != "course":
                continue
            # a presented class's paper reviews get one evening notice, not the full series
            leads = (course.reminders.review_notice_lead_times if d.origin == "presentation"
                     else default_leads)
            for lead in leads:
                wanted[(d.key, CHANNEL, channel_id, lead)] = (
                    d.due_at, lead_send_at(d.due_at, lead, zone))
    for pref in prefs:
        if not pref.enabled:
            continue
        user_zone = _zone(pref.tz, zone)
        leads = pref.leads or default_leads
        muted = set(pref.muted or ())
        for d in active:
            if d.key in muted or (d.kind != "course" and d.user_id != pref.user_id):
                continue
            seen: set[datetime] = set()
            for lead in sorted(leads, key=parse_lead_time):  # shortest first
                send_at = quiet_adjust(lead_send_at(d.due_at, lead, zone), user_zone)
                if send_at in seen:  # two leads moved out of quiet hours to the same time
                    continue
                seen.add(send_at)
                wanted[(d.key, PERSONAL, pref.user_id, lead)] = (d.due_at, send_at)
    return wanted


def _insert(session: AsyncSession, rows: list[dict[str, Any]]) -> Any:
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(Reminder).values(rows).on_conflict_do_nothing(
        index_elements=["course_id", "deadline_key", "kind", "target", "lead"])


async def replan_in(
    session: AsyncSession,
    course: Course,
    *,
    now: datetime,
    channel_id: str,
    user_id: str | None = None,
    roster: Sequence[str] | None = None,
) -> PlanReport:
    """:func:`replan` inside the caller's transaction (``user_id``: only that user's DMs)."""
    if user_id is None:  # the channel staff set with `/course channel` wins
        channel_id = await _course_channel(session, course, default=channel_id)
    deadlines = list((await session.execute(
        select(Deadline).where(Deadline.course_id == course.id))).scalars())
    prefs_q = select(ReminderPref).where(ReminderPref.course_id == course.id)
    kinds = (CHANNEL, PERSONAL) if roster is None else (CHANNEL, PERSONAL, TEAM_NUDGE)
    rows_q = select(Reminder.id, Reminder.deadline_key, Reminder.kind, Reminder.target,
                    Reminder.lead, Reminder.status, Reminder.due_at, Reminder.send_at).where(
        Reminder.course_id == course.id, Reminder.kind.in_(kinds))
    if user_id is not None:
        prefs_q = prefs_q.where(ReminderPref.user_id == user_id)
        rows_q = rows_q.where(Reminder.kind == PERSONAL, Reminder.target == user_id)
    prefs = list((await session.execute(prefs_q)).scalars())
    wanted = desired_plan(course, deadlines, prefs, channel_id=channel_id if user_id is None
                          else "", roster=roster if user_id is None else None,
                          channel_leads=await channel_leads_in(session, course))
    existing = {(r.deadline_key, r.kind, r.target, r.lead): r
                for r in (await session.execute(rows_q)).all()}
    created = moved = cancelled = unchanged = 0
    stamp = datetime.now(UTC)
    new_rows = []
    for key, (due_at, send_at) in wanted.items():
        row = existing.get(key)
        if row is None:
            status = PENDING if send_at >= now else SKIPPED
            new_rows.append({
                "course_id": course.id, "deadline_key": key[0], "kind": key[1],
                "target": key[2], "lead": key[3], "due_at": due_at, "send_at": send_at,
                "status": status, "attempts": 0,
                "error": "" if status == PENDING else "its time had passed when it was planned",
                "created_at": stamp, "updated_at": stamp})
            created += 1
            continue
        same = row.due_at == due_at and row.send_at == send_at
        if row.status == PENDING and not same:
            values: dict[str, Any] = {"due_at": due_at, "send_at": send_at}
        elif row.status == CANCELLED or (row.status == SKIPPED and not same):
            status = PENDING if send_at >= now else SKIPPED
            values = {"due_at": due_at, "send_at": send_at, "status": status,
                      "error": "" if status == PENDING else "its time had passed when planned"}
        else:
            unchanged += 1
            continue
        result = await session.execute(
            update(Reminder).where(Reminder.id == row.id, Reminder.status == row.status)
            .values(**values, updated_at=stamp))
        moved += result.rowcount
    gone = [r.id for key, r in existing.items() if key not in wanted and r.status == PENDING]
    for start in range(0, len(gone), 500):
        result = await session.execute(
            update(Reminder).where(Reminder.id.in_(gone[start:start + 500]),
                                   Reminder.status == PENDING)
            .values(status=CANCELLED, error="no longer planned", updated_at=stamp))
        cancelled += result.rowcount
    for start in range(0, len(new_rows), 500):
        await session.execute(_insert(session, new_rows[start:start + 500]))
    return PlanReport(created=created, moved=moved, cancelled=cancelled, unchanged=unchanged)


async def _course_channel(session: AsyncSession, course: Course, *, default: str) -> str:
    """The course channel: the one staff set (``/course channel``), else ``default``."""
    from bot.course_settings import course_channel  # the one precedence rule

    return await course_channel(session, course, default=default)


async def replan(db: Database, course: Course, *, now: datetime, channel_id: str,
                 user_id: str | None = None, roster: Sequence[str] | None = None) -> PlanReport:
    """Make the reminder plan match the deadlines, preferences and course file (idempotent).

    Call it whenever a deadline, team, preference or course file changes; workers also
    re-plan on their own when they notice a change. ``channel_id`` is the course channel
    (``COURSE_CHANNEL_ID``; a channel staff set with ``/course channel`` takes precedence;
    empty and none set: no channel reminders). ``roster``: the students, for the team nudges (None:
    leave the team nudges as they are).

    Example::

        await replan(deps.db, deps.course, now=deps.clock.now(),
                     channel_id=deps.course_channel_id)
    """
    async with db.session() as session:
        return await replan_in(session, course, now=now, channel_id=channel_id,
                               user_id=user_id, roster=roster)


async def plan_fingerprint(db: Database, course: Course, *, channel_id: str) -> tuple[Any, ...]:
    """A cheap summary that changes whenever the plan's inputs change."""
    async with db.session() as session:
        d = (await session.execute(select(func.count(Deadline.id), func.max(Deadline.updated_at),
                                          func.sum(Deadline.version))
                                   .where(Deadline.course_id == course.id))).one()
        p = (await session.execute(select(func.count(ReminderPref.id),
                                          func.max(ReminderPref.updated_at))
                                   .where(ReminderPref.course_id == course.id))).one()
        channel = await _course_channel(session, course, default=channel_id)
        leads = await channel_leads_in(session, course)
    return (course.content_hash, channel, leads, tuple(d), tuple(p))


# --------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class Outgoing:
    """One reminder to post, with everything needed to write it (no Slack types)."""

    reminder_id: int
    kind: str
    target: str
    lead: str
    deadline_key: str
    title: str
    due_at: datetime
    facts: tuple[str, ...]
    source: str
    time_assumed: bool
    personal_deadline: bool
    now: datetime
    teamless: int | None = None
    """Channel post before the team lock: students with no registered team (None: unknown)."""
    team: str = ""
    """Team nudge: the name of the student's unregistered team, if any."""
    team_status: str = ""
    """Team nudge: what that team still needs (mrkdwn from :func:`bot.teams.status_line`)."""
    invitations: tuple[tuple[int, str], ...] = ()
    """Team nudge: (team id, name) of invitations the student has not answered."""


@dataclass(frozen=True)
class Delivery:
    """What the sender reports: posted (with ``ts``), or an error, permanent or not."""

    ok: bool
    ts: str = ""
    error: str = ""
    permanent: bool = False
    retry_after: float | None = None


Sender = Callable[[Outgoing], Awaitable[Delivery]]


@dataclass(frozen=True)
class Outcome:
    reminder_id: int
    kind: str
    target: str
    deadline_key: str
    lead: str
    status: str  # sent | failed | requeued | skipped | cancelled | moved | lost
    ts: str = ""
    error: str = ""
    retry_after: float | None = None

    def line(self) -> str:
        where = f"#{self.target}" if self.kind == CHANNEL else f"@{self.target}"
        extra = f" ts={self.ts}" if self.ts else (f" ({self.error})" if self.error else "")
        return (f"{self.status:<9} {self.kind:<10} {where:<14} {self.deadline_key} "
                f"{self.lead}{extra}")


@dataclass
class PassReport:
    now: datetime
    outcomes: list[Outcome] = field(default_factory=list)
    expired: int = 0
    superseded: int = 0
    plan: PlanReport | None = None

    def of(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def sent(self) -> list[Outcome]:
        return self.of(SENT)

    def summary(self) -> str:
        counts = {s: len(self.of(s)) for s in (SENT, FAILED, "requeued")}
        return (f"sent {counts[SENT]}, failed {counts[FAILED]}, retry later "
                f"{counts['requeued']}, skipped {self.expired + self.superseded} "
                f"({self.superseded} superseded by a later lead, {self.expired} past deadline)")


@dataclass(frozen=True)
class Pacing:
    """Send-rate limits and claim sizes (from settings)."""

    rate_per_second: float = 20.0
    channel_rate_per_second: float = 1.0
    lease_seconds: float = 120.0
    max_in_flight: int = 64

    @classmethod
    def from_settings(cls, settings: Any) -> Pacing:
        return cls(rate_per_second=settings.reminder_rate_per_second,
                   channel_rate_per_second=settings.reminder_channel_rate_per_second,
                   lease_seconds=settings.reminder_lease_seconds)

    @property
    def batch_size(self) -> int:
        """Rows per claim: a quarter of the lease's worth of sending, so claims never lapse."""
        return max(1, min(500, int(self.rate_per_second * self.lease_seconds / 4)))


class Pacer:
    """At most ``rate`` sends a second overall and ``channel_rate`` per channel (in process).

    Sends are scheduled ``1/rate`` apart (so a late wake-up does not slow the whole
    fan-out), and no window of one second ever holds more than ``rate`` actual starts; in
    one channel, starts are at least ``1/channel_rate`` apart. A message waiting for its
    channel holds only that channel's queue, never everyone's.
    """

    def __init__(self, *, rate: float, channel_rate: float,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.channel_interval = 1.0 / channel_rate if channel_rate > 0 else 0.0
        self.clock, self.sleep = clock, sleep
        self._next = 0.0
        self.cap = max(1, int(rate)) if rate > 0 else 0
        self._window: deque[float] = deque()
        self._lock = asyncio.Lock()
        self._channels: dict[str, float] = {}
        self._channel_locks: dict[str, asyncio.Lock] = {}

    async def wait(self, channel: str) -> float:
        """Sleep until this send may start; return when it starts (on ``clock``)."""
        lock = self._channel_locks.setdefault(channel, asyncio.Lock())
        async with lock:
            ready = self._channels.get(channel, 0.0)
            t = self.clock()
            if ready > t:
                await self.sleep(ready - t)
            async with self._lock:
                t = self.clock()
                slot = max(t, self._next, ready)
                if self.cap and len(self._window) >= self.cap:
                    slot = max(slot, self._window[0] + 1.0)
                if slot > t:
                    await self.sleep(slot - t)
                start = max(self.clock(), slot)
                self._next = slot + self.interval
                if self.cap:
                    self._window.append(start)
                    while len(self._window) > self.cap:
                        self._window.popleft()
            self._channels[channel] = start + self.channel_interval
        return start


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class ReminderEngine:
    """Claims due reminders and posts them; one per process (``worker``/``serve``/``remind``)."""

    def __init__(self, db: Database, course: Course, *, sender: Sender, channel_id: str,
                 pacing: Pacing | None = None, worker_id: str | None = None,
                 wall_clock: WallClock | None = None, roster: Roster | None = None) -> None:
        self.db, self.course, self.sender, self.channel_id = db, course, sender, channel_id
        self.roster = roster
        self._roster_cache: tuple[float, tuple[str, ...]] | None = None
        self.pacing = pacing or Pacing()
        self.worker_id = worker_id or worker_name()
        self.wall_clock = wall_clock or (lambda: datetime.now(UTC))
        self.pacer = Pacer(rate=self.pacing.rate_per_second,
                           channel_rate=self.pacing.channel_rate_per_second)
        self._fingerprint: tuple[Any, ...] | None = None
        self._marks: list[dict[str, Any]] = []
        self._flushing = False

    # ----------------------------------------------------------------- one pass
    async def run_pass(self, *, now: datetime, plan: bool = True,
                       stop: asyncio.Event | None = None) -> PassReport:
        """Re-plan if needed, apply the catch-up rules, then send everything due at ``now``.

        ``stop`` (set on shutdown) ends the pass after the batch in flight.
        """
        report = PassReport(now=now)
        if plan:
            roster = await self._students(now)
            fingerprint = (await plan_fingerprint(self.db, self.course,
                                                  channel_id=self.channel_id), roster)
            if fingerprint != self._fingerprint:
                report.plan = await replan(self.db, self.course, now=now,
                                           channel_id=self.channel_id, roster=roster)
                self._fingerprint = fingerprint
        report.expired, report.superseded = await self._catch_up(now)
        while stop is None or not stop.is_set():
            rows = await self._claim(now)
            if not rows:
                break
            outcomes = await self._deliver_all(rows, now)
            report.outcomes.extend(outcomes)
            transient = [o for o in outcomes if o.status == "requeued"]
            if len(transient) == len(outcomes):
                break  # no progress: Slack is down; the next pass tries again
            if transient:  # wait what Slack asked (Retry-After), then the requeued go again
                await asyncio.sleep(min(30.0, max(o.retry_after or 1.0 for o in transient)))
        return report

    async def _students(self, now: datetime) -> tuple[str, ...] | None:
        """The roster (cached for :data:`ROSTER_TTL`); None when unknown or teams are locked."""
        if self.roster is None:
            return None
        from bot import teams

        try:
            if now >= await teams.lock_at(self.db, self.course):
                return None
        except RuntimeError:  # a course file with no team deadline: no team nudges
            return None
        t = time.monotonic()
        if self._roster_cache is None or t - self._roster_cache[0] > ROSTER_TTL:
            try:
                self._roster_cache = (t, tuple(sorted(set(await self.roster()))))
            except Exception:
                logger.exception("could not read the roster; team nudges wait")
                return None if self._roster_cache is None else self._roster_cache[1]
        return self._roster_cache[1]

    async def _catch_up(self, now: datetime) -> tuple[int, int]:
        due = and_(Reminder.course_id == self.course.id, Reminder.status == PENDING,
                   Reminder.send_at <= now)
        stamp = self.wall_clock()
        async with self.db.session() as session:
            never = await session.execute(
                update(Reminder).where(due, Reminder.due_at <= now, Reminder.attempts == 0)
                .values(status=SKIPPED, error="the deadline passed before it went out",
                        updated_at=stamp))
            tried = await session.execute(
                update(Reminder).where(due, Reminder.due_at <= now, Reminder.attempts > 0)
                .values(status=FAILED, updated_at=stamp,
                        error=func.substr("not delivered before the deadline: " +
                                          Reminder.error, 1, 255)))
            # only the latest due lead per deadline × kind × target: look up the siblings of
            # the due rows alone (by the plan's unique key), never scan the whole plan
            due_rows = (await session.execute(
                select(Reminder.id, Reminder.deadline_key, Reminder.kind, Reminder.target,
                       Reminder.send_at).where(due))).all()
            groups = list({(r.deadline_key, r.kind, r.target) for r in due_rows})
            latest: dict[tuple[str, str, str], datetime] = {}
            for start in range(0, len(groups), 500):
                key = tuple_(Reminder.deadline_key, Reminder.kind, Reminder.target)
                found = await session.execute(
                    select(Reminder.deadline_key, Reminder.kind, Reminder.target,
                           func.max(Reminder.send_at))
                    .where(Reminder.course_id == self.course.id,
                           key.in_(groups[start:start + 500]), Reminder.send_at <= now,
                           Reminder.status != CANCELLED)
                    .group_by(Reminder.deadline_key, Reminder.kind, Reminder.target))
                latest.update({(k, kind, t): at for k, kind, t, at in found.all()})
            stale = [r.id for r in due_rows
                     if r.send_at < latest.get((r.deadline_key, r.kind, r.target), r.send_at)]
            superseded = 0
            for start in range(0, len(stale), 500):
                result = await session.execute(
                    update(Reminder).where(Reminder.id.in_(stale[start:start + 500]),
                                           Reminder.status == PENDING)
                    .values(status=SKIPPED, error="superseded by a later lead time",
                            updated_at=stamp))
                superseded += result.rowcount
        return never.rowcount + tried.rowcount, superseded

    async def _claim(self, now: datetime) -> list[Any]:
        wall = self.wall_clock()
        candidates = (
            select(Reminder.id)
            .where(Reminder.course_id == self.course.id, Reminder.status.in_(LIVE),
                   Reminder.send_at <= now,
                   or_(Reminder.status == PENDING, Reminder.lease_until < wall))
            .order_by(Reminder.send_at, Reminder.id)
            .limit(self.pacing.batch_size)
        )
        if not self.db.is_sqlite:
            candidates = candidates.with_for_update(skip_locked=True)
        claim = (
            update(Reminder).where(Reminder.id.in_(candidates.scalar_subquery()))
            .values(status=CLAIMED, claimed_by=self.worker_id,
                    lease_until=wall + timedelta(seconds=self.pacing.lease_seconds),
                    attempts=Reminder.attempts + 1, updated_at=wall)
            .returning(Reminder.id, Reminder.deadline_key, Reminder.kind, Reminder.target,
                       Reminder.lead, Reminder.due_at, Reminder.send_at, Reminder.attempts,
                       Reminder.error)
        )
        async with self.db.session() as session:
            rows = list((await session.execute(claim)).all())
        rows.sort(key=lambda r: (r.send_at, r.id))
        return rows

    async def _deliver_all(self, rows: list[Any], now: datetime) -> list[Outcome]:
        keys = {r.deadline_key for r in rows}
        async with self.db.session() as session:
            deadlines = {d.key: d for d in (await session.execute(
                select(Deadline).where(Deadline.course_id == self.course.id,
                                       Deadline.key.in_(keys)))).scalars()}
        gate = asyncio.Semaphore(self.pacing.max_in_flight)

        async def one(row: Any) -> Outcome:
            async with gate:
                return await self._deliver(row, deadlines.get(row.deadline_key), now)

        return list(await asyncio.gather(*(one(r) for r in rows)))

    async def _deliver(self, row: Any, deadline: Deadline | None, now: datetime) -> Outcome:
        def outcome(status: str, *, ts: str = "", error: str = "") -> Outcome:
            return Outcome(row.id, row.kind, row.target, row.deadline_key, row.lead, status,
                           ts=ts, error=error)

        if deadline is None or deadline.status != "active":
            await self._finish(row.id, status=CANCELLED, error="the deadline was removed")
            return outcome(CANCELLED)
        if deadline.due_at <= now:
            await self._finish(row.id, status=SKIPPED,
                               error="the deadline passed before it went out")
            return outcome(SKIPPED)
        if deadline.due_at != row.due_at:  # moved since the plan: follow it
            send_at = lead_send_at(deadline.due_at, row.lead, self.course.tz)
            if send_at > now:
                await self._finish(row.id, status=PENDING, due_at=deadline.due_at,
                                   send_at=send_at, error="", attempts_back=True)
                return outcome("moved")
        extra: dict[str, Any] = {}
        if row.kind == TEAM_NUDGE:
            from bot import teams

            mine = await teams.my_team(self.db, self.course, user_id=row.target, now=now)
            if mine.team is not None and mine.team.status == "registered":
                await self._finish(row.id, status=SKIPPED, error="already on a registered team")
                return outcome(SKIPPED)
            if mine.team is not None:
                extra["team"] = mine.team.name
                extra["team_status"] = teams.status_line(mine.team)
            extra["invitations"] = tuple((i.id, i.name) for i in mine.invitations)
        elif row.kind == CHANNEL and deadline.key == TEAM_LOCK_KEY:
            roster = await self._students(now)
            if roster is not None:
                from bot import teams

                extra["teamless"] = len(await teams.students_without_team(
                    self.db, self.course.id, roster, registered_only=True))
        message = Outgoing(
            reminder_id=row.id, kind=row.kind, target=row.target, lead=row.lead,
            deadline_key=deadline.key, title=deadline.title, due_at=deadline.due_at,
            facts=tuple(deadline.facts or ()), source=deadline.source,
            time_assumed=deadline.time_assumed, personal_deadline=deadline.kind == "personal",
            now=now, **extra)
        await self.pacer.wait(row.target)
        try:
            delivery = await self.sender(message)
        except Exception as exc:  # the sender is wiring: any surprise is a transient fault
            logger.exception("reminder %s: sender raised", row.id)
            delivery = Delivery(ok=False, error=f"{type(exc).__name__}: {exc}"[:200])
        if delivery.ok:
            await self._mark(row.id, status=SENT, ts=delivery.ts, sent_at=now)
            return outcome(SENT, ts=delivery.ts)
        if delivery.permanent:
            await self._mark(row.id, status=FAILED, error=delivery.error)
            return outcome(FAILED, error=delivery.error)
        if row.attempts >= MAX_ATTEMPTS:
            reason = f"gave up after {row.attempts} attempts: {delivery.error}"
            await self._mark(row.id, status=FAILED, error=reason)
            return outcome(FAILED, error=reason)
        await self._mark(row.id, status=PENDING, error=delivery.error)
        return Outcome(row.id, row.kind, row.target, row.deadline_key, row.lead, "requeued",
                       error=delivery.error, retry_after=delivery.retry_after)

    async def _mark(self, reminder_id: int, *, status: str, error: str = "", ts: str = "",
                    sent_at: datetime | None = None) -> None:
        """Record a send's result as soon as Slack answers (group commit).

        The first caller writes; results that arrive while its transaction is in flight are
        written together in the next one, so marks add no delay and one round-trip each
        at most: the post→mark window stays one database write wide.
        """
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._marks.append({"rid": reminder_id, "st": status, "err": error[:255],
                            "ts": ts or None, "sat": sent_at, "fut": future})
        if not self._flushing:
            self._flushing = True
            try:
                while self._marks:
                    batch, self._marks = self._marks, []
                    try:
                        await self._write_marks(batch)
                    except Exception as exc:
                        for item in batch:
                            if not item["fut"].done():
                                item["fut"].set_exception(exc)
                    else:
                        for item in batch:
                            if not item["fut"].done():
                                item["fut"].set_result(None)
            finally:
                self._flushing = False
        await future

    async def _write_marks(self, batch: list[dict[str, Any]]) -> None:
        table = Reminder.__table__
        stmt = (
            table.update()
            .where(table.c.id == bindparam("rid"), table.c.status == CLAIMED,
                   table.c.claimed_by == self.worker_id)
            .values(status=bindparam("st"), error=bindparam("err"),
                    slack_ts=bindparam("ts"), sent_at=bindparam("sat", type_=UTCDateTime()),
                    lease_until=None, claimed_by=None,
                    updated_at=bindparam("uat", type_=UTCDateTime()))
        )
        stamp = self.wall_clock()
        params = [{k: v for k, v in item.items() if k != "fut"} | {"uat": stamp}
                  for item in batch]
        async with self.db.session() as session:
            await session.execute(stmt, params)

    async def _finish(self, reminder_id: int, *, status: str, error: str = "", ts: str = "",
                      sent_at: datetime | None = None, due_at: datetime | None = None,
                      send_at: datetime | None = None, attempts_back: bool = False) -> bool:
        """Record the result of a claim this worker still holds; False if it lost it."""
        values: dict[str, Any] = {"status": status, "error": error[:255], "lease_until": None,
                                  "claimed_by": None, "updated_at": self.wall_clock()}
        if ts:
            values["slack_ts"] = ts
        if sent_at is not None:
            values["sent_at"] = sent_at
        if due_at is not None:
            values.update(due_at=due_at, send_at=send_at)
        if attempts_back:
            values["attempts"] = Reminder.attempts - 1
        async with self.db.session() as session:
            result = await session.execute(
                update(Reminder).where(Reminder.id == reminder_id, Reminder.status == CLAIMED,
                                       Reminder.claimed_by == self.worker_id).values(**values))
        return result.rowcount == 1

    async def aclose(self) -> None:
        """Close the sender's connections, if it keeps any."""
        close = getattr(self.sender, "aclose", None)
        if close is not None:
            await close()

    # ----------------------------------------------------------------- the loop
    async def run_forever(self, *, clock: Any, interval: float,
                          stop: asyncio.Event | None = None) -> None:
        """Run a pass every ``interval`` seconds until ``stop`` is set; errors are logged."""
        stop = stop or asyncio.Event()
        while not stop.is_set():
            try:
                report = await self.run_pass(now=clock.now(), stop=stop)
                if report.outcomes or report.expired or report.superseded:
                    logger.info("reminders: %s", report.summary())
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("reminder pass failed; retrying in %ss", interval)
            try:
                await asyncio.wait_for(stop.wait(), timeout=interval)
            except TimeoutError:
                pass


# --------------------------------------------------------------------------- status


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


async def reminder_status(db: Database, course: Course, *, now: datetime,
                          limit: int = 10) -> ReminderStatus:
    """Counts by status, the next pending, every failed one (with reasons), the latest sent."""
    async with db.session() as session:
        counts = {s: n for s, n in (await session.execute(
            select(Reminder.status, func.count()).where(Reminder.course_id == course.id)
            .group_by(Reminder.status))).all()}
        base = select(Reminder).where(Reminder.course_id == course.id)
        next_due = (await session.execute(
            base.where(Reminder.status.in_(LIVE)).order_by(Reminder.send_at).limit(limit)
        )).scalars().all()
        failed = (await session.execute(
            base.where(Reminder.status == FAILED).order_by(Reminder.send_at.desc()).limit(50)
        )).scalars().all()
        recent = (await session.execute(
            base.where(Reminder.status == SENT).order_by(Reminder.sent_at.desc()).limit(limit)
        )).scalars().all()
    return ReminderStatus(counts=counts, next_due=[_status_row(r) for r in next_due],
                          failed=[_status_row(r) for r in failed],
                          recent=[_status_row(r) for r in recent])


# --------------------------------------------------------------------------- preferences

_MUTE = re.compile(r"^(mute|unmute)\s+(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class PrefView:
    """A student's personal reminder settings and the DMs they will get next."""

    kind: str  # show | updated | error | help
    enabled: bool
    leads: tuple[str, ...]
    muted: tuple[str, ...]
    upcoming: tuple[tuple[str, str, datetime], ...] = ()  # title, lead, send_at
    message: str = ""
    default_leads: tuple[str, ...] = ()


def _find_deadline(words: str, deadlines: Sequence[Deadline]) -> Deadline | None:
    from bot.deadlines import _words

    query = " ".join(_words(words))
    for d in deadlines:
        if words.strip().lower() in {d.key, d.title.lower()}:
            return d
    hits = [d for d in deadlines if query and (query in d.title.lower() or query in d.key)]
    return hits[0] if len(hits) == 1 else None


def read_leads(text: str) -> list[str] | None:
    """Lead times typed as ``2d 3h`` or ``7d, 1d``: longest first, or None if unreadable
    (none, more than :data:`MAX_PERSONAL_LEADS`, or one longer than :data:`MAX_LEAD`)."""
    leads = text.lower().replace(",", " ").split()
    try:
        deltas = [parse_lead_time(x) for x in leads]
    except ValueError:
        return None
    if not deltas or len(set(leads)) > MAX_PERSONAL_LEADS or any(d > MAX_LEAD for d in deltas):
        return None
    return sorted(set(leads), key=parse_lead_time, reverse=True)


CHANNEL_LEADS_KEY = "channel_lead_times"
"""The course setting where staff's channel lead times (``/course reminders 2d 3h``) live."""


async def channel_leads_in(session: AsyncSession, course: Course) -> tuple[str, ...]:
    """The channel's lead times: the ones staff set, else the course file's."""
    stored = await settings_repo.get_setting(session=session, course_id=course.id,
                                             key=CHANNEL_LEADS_KEY)
    return tuple(stored) if stored else tuple(course.reminders.channel_lead_times)


@dataclass(frozen=True)
class LeadsChange:
    """``/course reminders <lead times>``: the channel's lead times before and after."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    from_file: bool
    """True when ``after`` are the course file's again (``/course reminders default``)."""
    plan: PlanReport


async def set_channel_leads(db: Database, course: Course, *, actor: str, text: str,
                            now: datetime, channel_id: str) -> LeadsChange | None:
    """Set the lead times of the channel's reminders (and the students' default), or go
    back to the course file's with ``default``; re-plans at once. None: unreadable."""
    wanted: list[str] | None
    if text.strip().lower() in {"default", "reset"}:
        wanted = None
    else:
        wanted = read_leads(text)
        if wanted is None:
            return None
    async with db.session() as session:
        before = await channel_leads_in(session, course)
        await settings_repo.set_setting(session=session, course_id=course.id, key=CHANNEL_LEADS_KEY,
                               value=wanted, updated_by=actor, at=now)
        after = await channel_leads_in(session, course)
        await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                             action="reminders.leads", target="channel",
                             old={"leads": list(before)}, new={"leads": list(after)}, at=now)
        report = await replan_in(session, course, now=now, channel_id=channel_id)
    return LeadsChange(before=before, after=after, from_file=wanted is None, plan=report)


async def reminder_prefs(
    db: Database, course: Course, *, user_id: str, text: str, now: datetime, tz: str = "",
) -> PrefView:
    """``/reminders [on | off | 2d 3h | mute <deadline> | unmute <deadline>]``, one transaction."""
    words = " ".join(text.split())
    lowered = words.lower()
    async with db.session() as session:
        defaults = await channel_leads_in(session, course)
        pref = (await session.execute(select(ReminderPref).where(
            ReminderPref.course_id == course.id, ReminderPref.user_id == user_id)
        )).scalars().first()
        deadlines = list((await session.execute(
            select(Deadline).where(Deadline.course_id == course.id, Deadline.status == "active",
                                   or_(Deadline.kind == "course", Deadline.user_id == user_id))
            .order_by(Deadline.due_at))).scalars())
        kind, message = "updated", ""
        changes: dict[str, Any] = {}
        if lowered in {"help", "?"}:
            kind = "help"
        elif lowered in {"", "show", "status", "settings"}:
            kind = "show"
        elif lowered in {"on", "off"}:
            changes["enabled"] = lowered == "on"
        elif (m := _MUTE.match(words)) is not None:
            found = _find_deadline(m.group(2), deadlines)
            if found is None:
                kind = "error"
                names = ", ".join(f"`{d.key}`" for d in deadlines if d.due_at > now)
                message = (f"I don't know a deadline called “{m.group(2)}”. "
                           f"Try one of: {names or 'none ahead'}.")
            else:
                muted = [k for k in (pref.muted if pref else []) if k != found.key]
                if m.group(1).lower() == "mute":
                    muted.append(found.key)
                changes["muted"] = muted
                message = (f"{'Muted' if m.group(1).lower() == 'mute' else 'Unmuted'} "
                           f"reminders for {found.title}.")
        else:
            ordered = read_leads(lowered)
            if ordered is None:
                kind = "error"
                message = (f"I couldn't read “{words}”. Try `/reminders on`, `/reminders off`, "
                           f"`/reminders 2d 3h` (up to {MAX_PERSONAL_LEADS} lead times, each at "
                           "most 4w; units m, h, d, w) or `/reminders mute proposal`.")
            else:
                changes.update(leads=ordered, enabled=True)
        if changes or (pref is not None and tz and pref.tz != tz and kind == "updated"):
            if pref is None:
                pref = ReminderPref(course_id=course.id, user_id=user_id, leads=[], muted=[])
                session.add(pref)
            for name, value in changes.items():
                setattr(pref, name, value)
            if tz:
                pref.tz = tz
            pref.updated_at = datetime.now(UTC)
            await session.flush()
            await replan_in(session, course, now=now, channel_id="", user_id=user_id)
        upcoming: list[tuple[str, str, datetime]] = []
        if pref is not None and pref.enabled:
            titles = {d.key: d.title for d in deadlines}
            rows = (await session.execute(
                select(Reminder).where(Reminder.course_id == course.id, Reminder.kind == PERSONAL,
                                       Reminder.target == user_id, Reminder.status == PENDING)
                .order_by(Reminder.send_at).limit(5))).scalars()
            upcoming = [(titles.get(r.deadline_key, r.deadline_key), r.lead, r.send_at)
                        for r in rows]
    return PrefView(
        kind=kind, enabled=bool(pref and pref.enabled),
        leads=tuple(pref.leads if pref and pref.leads else defaults),
        muted=tuple(pref.muted if pref else ()), upcoming=tuple(upcoming), message=message,
        default_leads=defaults)
