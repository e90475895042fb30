"""Other processes' edits, as they commit: one PostgreSQL ``LISTEN`` connection per process.

Every commit through ``Database.session()`` on PostgreSQL sends ``NOTIFY course_bot_cache``
with the cached tables it wrote (``storage.cache``); this keeps one connection (asyncpg,
outside the pool) listening and hands each notification to the query cache, which drops
the entries those tables fed. While it is connected the cache trusts its entries for
``LISTEN_TTL``; when the connection drops (database restart, network) the cache is back
on the short TTL at once and this reconnects every ``retry`` seconds; on reconnecting the
cache starts afresh (notifications sent meanwhile were missed).

Example::

    listener = CacheListener(db.url, db.cache)
    await listener.start()       # returns once connected (or after the first failure)
    ...
    await listener.stop()
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from sqlalchemy.engine import make_url

from storage.cache import CHANNEL, QueryCache

logger = logging.getLogger("course_bot.storage")


def asyncpg_dsn(url: str) -> str:
    """``postgresql+asyncpg://…`` as asyncpg's own DSN."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class CacheListener:
    """Feeds ``cache`` the notifications of every process, and tells it when it is deaf."""

    def __init__(self, url: str, cache: QueryCache, *, retry: float = 2.0,
                 ping_every: float = 30.0) -> None:
        self.dsn, self.cache = asyncpg_dsn(url), cache
        self.retry, self.ping_every = retry, ping_every
        self.up, self.down = asyncio.Event(), asyncio.Event()
        """Set while connected / while not (tests and ``start`` wait on them)."""
        self.down.set()
        self.connection: Any = None
        self._task: asyncio.Task[None] | None = None
        self._first = asyncio.Event()

    async def start(self) -> None:
        """Start listening; returns once connected, or once the first attempt failed."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="cache-listener")
        await self._first.wait()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _on_notify(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self.cache.notified(payload)

    async def _run(self) -> None:
        import asyncpg

        while True:
            lost = asyncio.Event()
            connection = None
            try:
                connection = await asyncpg.connect(self.dsn, timeout=5)
                connection.add_termination_listener(lambda _c, lost=lost: lost.set())
                await connection.add_listener(CHANNEL, self._on_notify)
                self.connection = connection
                self.cache.set_listening(True)  # from here on every edit arrives
                self.down.clear()
                self.up.set()
                self._first.set()
                while not lost.is_set():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(lost.wait(), self.ping_every)
                    if not lost.is_set():  # a silent network drop shows as a failed ping
                        await connection.fetchval("SELECT 1", timeout=5)
                logger.warning("cache listener: connection lost; short cache TTL until back")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                logger.warning("cache listener: %s; short cache TTL until back",
                               type(exc).__name__)
            finally:
                self.cache.set_listening(False)
                self.connection = None
                self.up.clear()
                self.down.set()
                self._first.set()
                if connection is not None and not connection.is_closed():
                    connection.terminate()
            await asyncio.sleep(self.retry)
