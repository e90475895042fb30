"""Slack deliveries: each Events API event has one effect, however often Slack sends it.

Slack redelivers an event (with ``X-Slack-Retry-Num``) when our answer was slow or
failed; the ``event_id`` stays the same. The first delivery is recorded in the database,
so every process of the bot agrees on which one was first.

Example::

    if await first_delivery(db, course_id=course.id, event_id=body["event_id"]):
        ...  # handle it
"""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.db import Database
from storage.repos import events as event_repo
from storage.types import utcnow

# Slack gives up retrying after three attempts within minutes; a day is ample.
KEEP = timedelta(days=1)


async def first_delivery(db: Database, *, course_id: str, event_id: str,
                         prune_before: datetime | None = None) -> bool:
    """True the first time ``event_id`` arrives; False for every redelivery.

    With ``prune_before``, records of deliveries older than that are forgotten in the
    same transaction.
    """
    async with db.session() as session:
        first = await event_repo.claim_event(session=session, course_id=course_id,
                                             event_id=event_id)
        if prune_before is not None:
            await event_repo.prune_processed_events(session=session, before=prune_before)
    return first


async def forget_delivery(db: Database, *, course_id: str, event_id: str) -> bool:
    """Forget that ``event_id`` arrived, so Slack's next delivery of it is handled afresh.

    For a delivery whose answer could not be sent; True when there was a record to forget.
    """
    async with db.session() as session:
        return await event_repo.release_event(session=session, course_id=course_id,
                                              event_id=event_id)


class PruneSchedule:
    """Says when to forget old deliveries: at most once per ``every`` (one per process)."""

    def __init__(self, *, every: timedelta = timedelta(hours=1), keep: timedelta = KEEP) -> None:
        self.every, self.keep = every, keep
        self._next: datetime | None = None

    def due(self, now: datetime | None = None) -> datetime | None:
        """The cut-off to prune before, when a prune is due now; otherwise None."""
        now = now or utcnow()
        if self._next is not None and now < self._next:
            return None
        self._next = now + self.every
        return now - self.keep
