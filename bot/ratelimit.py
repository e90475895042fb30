"""Per-user rate limits for actions that message other people (an in-process token bucket).

Each key (a user and the action they take) has a bucket of ``burst`` tokens that refills
at one token per ``every`` seconds. An action spends one token; with none left it is
refused, and :meth:`RateLimiter.take` says how many seconds until the next token.

Example::

    limiter = RateLimiter(burst=5, every=60.0)
    wait = limiter.take(("U1", "/team", "register"))
    if wait:
        ...  # refuse: "try again in {wait:.0f} s"

One process keeps its own buckets: behind several web processes a user gets ``burst``
per process, which still bounds a flood.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimiter:
    """Token buckets keyed by anything hashable; ``clock`` returns seconds (monotonic)."""

    def __init__(self, *, burst: int, every: float, max_keys: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if burst < 1 or every <= 0:
            raise ValueError("burst must be >= 1 and every > 0")
        self.burst, self.every, self.max_keys, self.clock = burst, every, max_keys, clock
        self._buckets: dict[Hashable, _Bucket] = {}

    def _refilled(self, bucket: _Bucket, now: float) -> float:
        return min(float(self.burst), bucket.tokens + (now - bucket.at) / self.every)

    def take(self, key: Hashable) -> float:
        """Spend a token for ``key``: 0.0 when allowed, else the seconds until one is free."""
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                self._forget_full(now)
            bucket = self._buckets[key] = _Bucket(float(self.burst), now)
        tokens = self._refilled(bucket, now)
        if tokens >= 1.0:
            bucket.tokens, bucket.at = tokens - 1.0, now
            return 0.0
        bucket.tokens, bucket.at = tokens, now
        return (1.0 - tokens) * self.every

    def _forget_full(self, now: float) -> None:
        """Drop buckets that have refilled completely (they hold no information)."""
        full = [k for k, b in self._buckets.items() if self._refilled(b, now) >= self.burst]
        for key in full:
            del self._buckets[key]
        if len(self._buckets) >= self.max_keys:  # still full: drop the oldest half
            oldest = sorted(self._buckets, key=lambda k: self._buckets[k].at)
            for key in oldest[: len(oldest) // 2]:
                del self._buckets[key]
