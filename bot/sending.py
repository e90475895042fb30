"""What the delivery engines share: the sender's answer, the send-rate limits, the pacer.

Both engines (:mod:`bot.reminders` for the reminder plan, :mod:`bot.outbox_engine` for
the outbox) are handed a sender by the wiring (``app.worker``); it answers a
:class:`Delivery`. Neither engine knows Slack.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Delivery:
    """What the sender reports: posted (with ``ts``), or an error, permanent or not.

    ``retry_after``: Slack asked us to wait that many seconds (a 429); such an answer
    is not a failure of the message.
    """

    ok: bool
    ts: str = ""
    error: str = ""
    permanent: bool = False
    retry_after: float | None = None


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

    def hold(self, channel: str, seconds: float) -> None:
        """Start nothing more in ``channel`` for ``seconds`` (Slack said Retry-After)."""
        self._channels[channel] = max(self._channels.get(channel, 0.0),
                                      self.clock() + seconds)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
