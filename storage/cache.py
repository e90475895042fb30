"""Read-mostly data kept in memory until its tables are written (or a few seconds pass).

Every :class:`storage.db.Database` has a :class:`QueryCache` as ``db.cache``. A write
committed through ``db.session()`` (ORM objects, or ``insert``/``update``/``delete``
statements) bumps the version of each table it touched, so this process sees its own
edits at once. On PostgreSQL the same commit also sends ``NOTIFY course_bot_cache``
naming those tables (inside the transaction, so it is delivered only if it commits), and
each long-running process listens (:mod:`storage.listen`): another process's edit clears
the entries it affects at once, and the TTL is long (``LISTEN_TTL``). While the listener
is down (and always on SQLite, normally one process) the TTL is ``DEFAULT_TTL``: how long
an edit made by another process (a second web worker, ``course-bot load-course``) can go
unseen.

Example::

    rows = await db.cache.get(("deadlines", course.id), tables=("deadline",),
                              load=lambda session: deadline_repo.list_deadlines(...))
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Hashable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session


class SessionSource(Protocol):
    """What the cache needs of its database: a transactional session (``Database``)."""

    def session(self) -> AbstractAsyncContextManager[AsyncSession]: ...

T = TypeVar("T")
DEFAULT_TTL = 5.0  # seconds an edit made by another process may go unseen
LISTEN_TTL = 300.0  # the same while this process listens for other processes' edits
CHANNEL = "course_bot_cache"  # the PostgreSQL NOTIFY channel
UNCACHED_TABLES = frozenset({
    "outbox", "processed_event", "audit_log", "seen_user", "reminder", "oauth_state",
    "pending_action"})
"""Written by most requests and never cached: a write to these alone sends no NOTIFY
(``QueryCache.get`` refuses them, so nothing can come to depend on one)."""


class TrackedSession(Session):
    """The sync session behind every ``db.session()``: it reports the tables it wrote."""


def _tables_of(objects: Any) -> set[str]:
    return {obj.__table__.name for obj in objects if hasattr(obj, "__table__")}


def _touched(session: Session) -> set[str]:
    return session.info.setdefault("touched_tables", set())


@event.listens_for(TrackedSession, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    _touched(session).update(_tables_of(session.new) | _tables_of(session.dirty)
                             | _tables_of(session.deleted))


@event.listens_for(TrackedSession, "do_orm_execute")
def _on_execute(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None and getattr(table, "name", None):
            _touched(state.session).add(table.name)


@event.listens_for(TrackedSession, "before_commit")
def _before_commit(session: Session) -> None:
    """On PostgreSQL, tell the other processes which cached tables this commit wrote."""
    cache = session.info.get("query_cache")
    if cache is None or not cache.notify:
        return
    session.flush()  # the last changes' tables are known only once flushed
    tables = session.info.get("touched_tables", set()) - UNCACHED_TABLES
    if tables:
        session.execute(text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANNEL, "payload": cache.payload(tables)})


@event.listens_for(TrackedSession, "after_commit")
def _after_commit(session: Session) -> None:
    touched = session.info.pop("touched_tables", None)
    cache = session.info.get("query_cache")
    if touched and cache is not None:
        cache.bump(touched)


@event.listens_for(TrackedSession, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop("touched_tables", None)


@dataclass
class _Entry:
    value: Any
    versions: tuple[int, ...]
    loaded_at: float


class QueryCache:
    """Values loaded from the database, reused until a table they came from is written."""

    def __init__(self, db: SessionSource, *, ttl: float = DEFAULT_TTL,
                 listen_ttl: float = LISTEN_TTL, notify: bool = False) -> None:
        self.db = db
        self.short_ttl, self.listen_ttl = ttl, listen_ttl
        self.notify = notify
        """Send ``NOTIFY`` with each commit's tables (PostgreSQL)."""
        self.listening = False
        """True while this process receives the other processes' notifications."""
        self.origin = uuid.uuid4().hex[:12]  # this cache's own notifications are skipped
        self.versions: dict[str, int] = {}
        self.epoch = 0  # bumped when notifications may have been missed: everything is stale
        self._entries: dict[Hashable, _Entry] = {}
        self._loading: dict[Hashable, asyncio.Future[Any]] = {}

    @property
    def ttl(self) -> float:
        """How long an entry is trusted: long while listening, else short."""
        return self.listen_ttl if self.listening else self.short_ttl

    @ttl.setter
    def ttl(self, seconds: float) -> None:
        self.short_ttl = self.listen_ttl = seconds

    def set_listening(self, up: bool) -> None:
        """The listener connected (``True``: entries loaded before may have missed a
        notification, so all are dropped) or went down (back to the short TTL)."""
        if up:
            self.clear()
        self.listening = up

    def bump(self, tables: set[str]) -> None:
        """Record committed writes to ``tables`` (called after each commit)."""
        for name in tables:
            self.versions[name] = self.versions.get(name, 0) + 1

    def payload(self, tables: set[str]) -> str:
        return f"{self.origin}:{','.join(sorted(tables))}"

    def notified(self, payload: str) -> None:
        """A notification from any process: drop what the tables it names fed."""
        origin, _, names = payload.partition(":")
        if origin != self.origin and names:
            self.bump(set(names.split(",")))

    def clear(self) -> None:
        self.epoch += 1
        self._entries.clear()

    def _versions(self, tables: tuple[str, ...]) -> tuple[int, ...]:
        return (self.epoch, *(self.versions.get(t, 0) for t in tables))

    def _current(self, key: Hashable, tables: tuple[str, ...]) -> _Entry | None:
        entry = self._entries.get(key)
        if (entry is not None and entry.versions == self._versions(tables)
                and time.monotonic() < entry.loaded_at + self.ttl):
            return entry
        return None

    def peek(self, key: Hashable, *, tables: tuple[str, ...]) -> Any | None:
        """The cached value for ``key`` if it is still current, else None (never loads)."""
        entry = self._current(key, tables)
        return entry.value if entry is not None else None

    async def get(self, key: Hashable, *, tables: tuple[str, ...],
                  load: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """The cached value for ``key``, or ``load(session)`` when ``tables`` changed since.

        Concurrent misses share one load. The value must not be mutated by callers.
        """
        entry = self._current(key, tables)
        if entry is not None:
            return entry.value
        if not UNCACHED_TABLES.isdisjoint(tables):
            raise ValueError(f"{sorted(UNCACHED_TABLES & set(tables))} are never cached")
        versions = self._versions(tables)
        pending = self._loading.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._loading[key] = future
        started = time.monotonic()
        try:
            async with self.db.session() as session:
                value = await load(session)
        except asyncio.CancelledError:
            future.cancel()
            raise
        except Exception as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning when nobody waits
            raise
        finally:
            self._loading.pop(key, None)
        # versions read before loading: a write committed meanwhile makes this entry stale
        self._entries[key] = _Entry(value, versions, started)
        future.set_result(value)
        return value
