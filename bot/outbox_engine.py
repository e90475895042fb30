"""Delivering the outbox: every message a committed change caused reaches Slack once.

A pass (:meth:`OutboxEngine.run_pass`):

1. claims due rows with a lease (``storage.repos.outbox.claim``: ``FOR UPDATE SKIP
   LOCKED`` on PostgreSQL, one atomic ``UPDATE … RETURNING`` on SQLite);
2. hands each to the injected ``sender`` (``app.worker`` renders it and talks to Slack),
   paced per recipient (about one a second in one channel) under a global ceiling;
3. records the answer at once, in its own transaction, and only while the claim is
   still this worker's: ``sent`` with Slack's ``ts``; ``failed`` with Slack's reason for
   a permanent error (``channel_not_found``, ``invalid_blocks``, an unknown kind…);
   ``pending`` again for a transient one: a 429 waits exactly ``Retry-After`` and does
   not count as an attempt, 5xx and network faults back off exponentially, and after
   :data:`MAX_ATTEMPTS` attempts the message fails with the last reason.

Exactly once: only the lease holder sends. The one window that can repeat a message is
a crash between Slack's answer and the mark; the lease then lapses and another worker
sends it again.

Times here are wall-clock instants (``available_at`` is stamped when the change commits),
never the bot's course clock, which tests and demos freeze.

Example::

    engine = OutboxEngine(db, course, sender=send)
    report = await engine.run_pass()
    report.sent
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.course import Course
from bot.outbox import HOME_REFRESH
from bot.sending import Delivery, Pacer, Pacing, worker_name
from storage.db import Database
from storage.repos import outbox as repo

logger = logging.getLogger("course_bot.outbox")

PENDING, CLAIMED, SENT, FAILED = "pending", "claimed", "sent", "failed"
MAX_ATTEMPTS = 8
WallClock = Callable[[], datetime]


@dataclass(frozen=True)
class Envelope:
    """One claimed outbox message, as the sender sees it."""

    id: int
    kind: str
    to: str
    data: Mapping[str, Any]
    attempts: int
    course_id: str = ""
    """The course the message belongs to (an engine may serve several)."""


Sender = Callable[[Envelope], Awaitable[Delivery]]


@dataclass(frozen=True)
class Backoff:
    """How long a transient failure waits: ``base * 2**(attempts-1)``, at most ``cap``."""

    base: float = 2.0
    cap: float = 300.0

    def after(self, attempts: int) -> float:
        return min(self.cap, self.base * 2 ** max(0, attempts - 1))


@dataclass(frozen=True)
class Result:
    id: int
    kind: str
    to: str
    status: str  # sent | failed | requeued | lost
    ts: str = ""
    error: str = ""
    retry_at: datetime | None = None


@dataclass
class OutboxReport:
    results: list[Result] = field(default_factory=list)

    def of(self, status: str) -> list[Result]:
        return [r for r in self.results if r.status == status]

    @property
    def sent(self) -> list[Result]:
        return self.of(SENT)

    def summary(self) -> str:
        return (f"outbox: sent {len(self.of(SENT))}, failed {len(self.of(FAILED))}, "
                f"retry later {len(self.of('requeued'))}")


def pace_key(envelope: Envelope) -> str:
    """What one pacing queue is: a channel (or DM), or one user's Home tab."""
    return f"home:{envelope.to}" if envelope.kind == HOME_REFRESH else envelope.to


class OutboxEngine:
    """Claims due outbox messages and sends them; one per process."""

    def __init__(self, db: Database, course: Course, *, sender: Sender,
                 pacing: Pacing | None = None, worker_id: str | None = None,
                 wall_clock: WallClock | None = None, backoff: Backoff | None = None,
                 max_attempts: int = MAX_ATTEMPTS,
                 course_ids: Callable[[], Sequence[str]] | None = None,
                 after_id: int = 0) -> None:
        self.db, self.course, self.sender = db, course, sender
        self.after_id = after_id
        """Deliver only rows with a higher id (the offline shell: its own messages, never
        what other people's requests queued in a shared database)."""
        self.course_ids = course_ids
        """Every course this engine delivers for (default: ``course`` alone); due rows of
        all of them are claimed in one query, each envelope naming its course."""
        self.pacing = pacing or Pacing()
        self.worker_id = worker_id or worker_name()
        self.wall_clock = wall_clock or (lambda: datetime.now(UTC))
        self.backoff = backoff or Backoff()
        self.max_attempts = max_attempts
        self.pacer = Pacer(rate=self.pacing.rate_per_second,
                           channel_rate=self.pacing.channel_rate_per_second)

    async def run_pass(self, *, stop: asyncio.Event | None = None) -> OutboxReport:
        """Send everything due now; a batch that made no progress (Slack down) ends it."""
        report = OutboxReport()
        while stop is None or not stop.is_set():
            rows = await self._claim()
            if not rows:
                break
            results = await self._deliver_all(rows)
            report.results.extend(results)
            if all(r.status == "requeued" for r in results):
                break
        return report

    async def drain(self, *, within: float = 30.0) -> OutboxReport:
        """Passes until nothing is due or waiting for a retry (the offline shell, tests).

        Retries wait their turn (Retry-After, backoff) up to ``within`` seconds in all.
        """
        report = OutboxReport()
        deadline = asyncio.get_running_loop().time() + within
        while True:
            report.results.extend((await self.run_pass()).results)
            due = await self.next_due()
            if due is None:
                return report
            wait = (due - self.wall_clock()).total_seconds()
            left = deadline - asyncio.get_running_loop().time()
            if wait > left:
                return report
            await asyncio.sleep(max(0.0, wait))

    async def next_due(self) -> datetime | None:
        async with self.db.session() as session:
            return await repo.next_due(session=session, course_id=self._courses(),
                                       after_id=self.after_id)

    def _courses(self) -> str | Sequence[str]:
        if self.course_ids is None:
            return self.course.id
        ids = list(self.course_ids())
        return ids[0] if len(ids) == 1 else ids

    async def _claim(self) -> list[Envelope]:
        async with self.db.session() as session:
            rows = await repo.claim(session=session, course_id=self._courses(),
                                    worker_id=self.worker_id, now=self.wall_clock(),
                                    lease_seconds=self.pacing.lease_seconds,
                                    limit=self.pacing.batch_size, after_id=self.after_id)
        return [Envelope(id=int(r.id or 0), kind=r.kind, to=r.recipient, data=dict(r.data),
                         attempts=r.attempts, course_id=r.course_id) for r in rows]

    async def _deliver_all(self, rows: list[Envelope]) -> list[Result]:
        gate = asyncio.Semaphore(self.pacing.max_in_flight)

        async def one(envelope: Envelope) -> Result:
            async with gate:
                return await self._deliver(envelope)

        return list(await asyncio.gather(*(one(e) for e in rows)))

    async def _deliver(self, envelope: Envelope) -> Result:
        key = pace_key(envelope)
        await self.pacer.wait(key)
        try:
            delivery = await self.sender(envelope)
        except Exception as exc:  # the sender is wiring: any surprise is a transient fault
            logger.exception("outbox %s (%s): sender raised", envelope.id, envelope.kind)
            delivery = Delivery(ok=False, error=f"{type(exc).__name__}: {exc}"[:200])

        def result(status: str, **kw: Any) -> Result:
            return Result(envelope.id, envelope.kind, envelope.to, status, **kw)

        now = self.wall_clock()
        if delivery.ok:
            kept = await self._finish(envelope, status=SENT, slack_ts=delivery.ts, sent_at=now)
            return result(SENT if kept else "lost", ts=delivery.ts)
        if delivery.permanent:
            kept = await self._finish(envelope, status=FAILED, error=delivery.error)
            return result(FAILED if kept else "lost", error=delivery.error)
        if delivery.retry_after is not None:  # Slack's rate limit: not the message's fault
            self.pacer.hold(key, delivery.retry_after)
            at = now + timedelta(seconds=delivery.retry_after)
            kept = await self._finish(envelope, status=PENDING, error=delivery.error,
                                      available_at=at, attempts_back=True)
            return result("requeued" if kept else "lost", error=delivery.error, retry_at=at)
        if envelope.attempts >= self.max_attempts:
            reason = f"gave up after {envelope.attempts} attempts: {delivery.error}"
            kept = await self._finish(envelope, status=FAILED, error=reason)
            return result(FAILED if kept else "lost", error=reason)
        at = now + timedelta(seconds=self.backoff.after(envelope.attempts))
        kept = await self._finish(envelope, status=PENDING, error=delivery.error,
                                  available_at=at)
        return result("requeued" if kept else "lost", error=delivery.error, retry_at=at)

    async def _finish(self, envelope: Envelope, **values: Any) -> bool:
        """Record a send's result while the claim is still ours (else log: it was lost)."""
        async with self.db.session() as session:
            kept = await repo.finish(session=session, message_id=envelope.id,
                                     worker_id=self.worker_id, **values)
        if not kept:
            logger.warning("outbox %s: the claim lapsed before its result (%s) was recorded",
                           envelope.id, values.get("status"))
        return kept

    async def run_forever(self, *, interval: float, stop: asyncio.Event,
                          wake: asyncio.Event | None = None) -> None:
        """Passes until ``stop`` is set: after each, sleep until the next message falls due
        (a Retry-After, a backoff), ``interval`` at most, or until ``wake`` is set (a
        commit queued messages). Errors are logged, never end the loop."""
        wake = wake or asyncio.Event()
        while not stop.is_set():
            wake.clear()
            timeout = interval
            try:
                report = await self.run_pass(stop=stop)
                if report.results:
                    logger.info("%s", report.summary())
                due = await self.next_due()
                if due is not None:
                    timeout = min(interval, (due - self.wall_clock()).total_seconds())
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("outbox pass failed; retrying in %ss", interval)
            timeout = max(0.05, timeout)  # a row another worker is claiming: never spin
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(wake.wait())]
            try:
                await asyncio.wait(waiters, timeout=timeout,
                                   return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    waiter.cancel()

    async def aclose(self) -> None:
        """Close the sender's connections, if it keeps any."""
        close = getattr(self.sender, "aclose", None)
        if close is not None:
            await close()
