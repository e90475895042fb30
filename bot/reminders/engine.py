"""Sending the reminder plan: catch-up rules, leased claims, paced sends, marks at once.

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
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.course import Course
from bot.reminders.schedule import (
    CANCELLED,
    CHANNEL,
    FAILED,
    PENDING,
    SENT,
    SKIPPED,
    TEAM_LOCK_KEY,
    TEAM_NUDGE,
    PlanReport,
    lead_send_at,
    plan_fingerprint,
    replan,
)
from bot.sending import Delivery, Pacer, Pacing, worker_name
from storage.db import Database
from storage.models import Deadline
from storage.repos import reminders as plan_repo

logger = logging.getLogger("course_bot.reminders")

MAX_ATTEMPTS = 8
ROSTER_TTL = 600.0  # seconds a fetched roster is reused
WallClock = Callable[[], datetime]
Roster = Callable[[], Awaitable[Sequence[str]]]

__all__ = [
    "Delivery",
    "Outcome",
    "Outgoing",
    "Pacer",
    "Pacing",
    "PassReport",
    "ReminderEngine",
    "Roster",
    "Sender",
    "WallClock",
    "worker_name",
]


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
    team_status: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None
    """Team nudge: where that team stands: (status, accepted ids, invited ids)."""
    invitations: tuple[tuple[int, str], ...] = ()
    """Team nudge: (team id, name) of invitations the student has not answered."""


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
    course_id: str = ""
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
        self._memo: tuple[Any, ...] | None = None  # what the last plan_marked planned from
        self._lock: tuple[datetime | None] | None = None  # the team lock, as of that plan
        self._marks: list[dict[str, Any]] = []
        self._flushing = False

    # ----------------------------------------------------------------- one pass
    async def run_pass(self, *, now: datetime, plan: bool = True,
                       stop: asyncio.Event | None = None) -> PassReport:
        """Re-plan if needed, apply the catch-up rules, then send everything due at ``now``.

        ``stop`` (set on shutdown) ends the pass after the batch in flight.
        """
        report = PassReport(now=now, course_id=self.course.id)
        if plan:
            report.plan = await self.plan(now)
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

    async def plan(self, now: datetime) -> PlanReport | None:
        """Re-plan when the plan's inputs changed since the last pass; the plan report,
        or None when nothing changed (a pass over many courses plans each, then claims
        only where something is due)."""
        roster = await self._students(now)
        fingerprint = (await plan_fingerprint(self.db, self.course,
                                              channel_id=self.channel_id), roster)
        if fingerprint == self._fingerprint:
            return None
        planned = await replan(self.db, self.course, now=now, channel_id=self.channel_id,
                               roster=roster)
        self._fingerprint = fingerprint
        return planned

    @property
    def planned(self) -> bool:
        """Whether :meth:`plan_marked` made (or checked) this course's plan in this process."""
        return self._memo is not None

    async def plan_marked(self, now: datetime, version: int | None) -> PlanReport | None:
        """Re-plan in a pass over many courses: when ``version`` is given (the course's
        ``plan_version``: its inputs changed, or this process never planned it), or when
        the roster or the course file in memory changed; None when nothing did.

        Nothing here reads the database unless a re-plan is due: the team lock is kept
        from the last re-plan (a moved ``team`` deadline bumps ``plan_version``)."""
        if version is None and self._memo is None:
            raise ValueError("a course's first plan needs its plan_version")
        if version is not None or self._lock is None:
            self._lock = await self._lock_of()
        roster = await self._students(now, lock=self._lock)
        memo = (self.course.content_hash, self.channel_id, roster)
        if version is None and memo == self._memo:
            return None
        planned = await replan(self.db, self.course, now=now, channel_id=self.channel_id,
                               roster=roster)
        if version is not None:
            async with self.db.session() as session:
                await plan_repo.mark_planned(session=session, course_id=self.course.id,
                                             version=version)
        self._memo = memo
        return planned

    async def _lock_of(self) -> tuple[datetime | None]:
        from bot import teams

        try:
            return (await teams.lock_at(self.db, self.course),)
        except RuntimeError:  # a course file with no team deadline: no team nudges
            return (None,)

    async def _students(self, now: datetime, *,
                        lock: tuple[datetime | None] | None = None) -> tuple[str, ...] | None:
        """The roster (cached for :data:`ROSTER_TTL`); None when unknown or teams are locked."""
        if self.roster is None:
            return None
        if lock is None:
            lock = await self._lock_of()
        if lock[0] is None or now >= lock[0]:
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
        async with self.db.session() as session:
            return await plan_repo.catch_up(session=session, course_id=self.course.id,
                                            now=now, at=self.wall_clock())

    async def _claim(self, now: datetime) -> list[Any]:
        async with self.db.session() as session:
            return await plan_repo.claim(session=session, course_id=self.course.id,
                                         worker_id=self.worker_id, now=now,
                                         wall=self.wall_clock(),
                                         lease_seconds=self.pacing.lease_seconds,
                                         limit=self.pacing.batch_size)

    async def _deliver_all(self, rows: list[Any], now: datetime) -> list[Outcome]:
        keys = {r.deadline_key for r in rows}
        async with self.db.session() as session:
            deadlines = await plan_repo.deadlines_by_key(session=session,
                                                         course_id=self.course.id, keys=keys)
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
                extra["team_status"] = (mine.team.status, tuple(mine.team.accepted),
                                        tuple(mine.team.invited))
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
        marks = [{k: v for k, v in item.items() if k != "fut"} for item in batch]
        async with self.db.session() as session:
            await plan_repo.write_marks(session=session, worker_id=self.worker_id, marks=marks,
                                        at=self.wall_clock())

    async def _finish(self, reminder_id: int, *, status: str, error: str = "", ts: str = "",
                      sent_at: datetime | None = None, due_at: datetime | None = None,
                      send_at: datetime | None = None, attempts_back: bool = False) -> bool:
        """Record the result of a claim this worker still holds; False if it lost it."""
        async with self.db.session() as session:
            return await plan_repo.finish(session=session, reminder_id=reminder_id,
                                          worker_id=self.worker_id, status=status, error=error,
                                          ts=ts, sent_at=sent_at, at=self.wall_clock(),
                                          due_at=due_at, send_at=send_at,
                                          attempts_back=attempts_back)

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
