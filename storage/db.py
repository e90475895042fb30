"""The async engine, sessions and migrations, all from one ``DATABASE_URL``.

Example::

    db = Database("sqlite:///course-bot.db")
    await db.migrate()
    async with db.session() as session:
        ...
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.cache import QueryCache, TrackedSession
from storage.listen import CacheListener

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
STARTUP_LOCK_KEY = 0x636F7572  # "cour": pg_advisory_lock key shared by every course-bot process


def normalize_url(url: str) -> str:
    """Map the URLs hosting platforms hand out to the async drivers we use.

    Example::

        >>> normalize_url("postgres://u:p@host/db")
        'postgresql+asyncpg://u:p@host/db'
        >>> normalize_url("sqlite:///bot.db")
        'sqlite+aiosqlite:///bot.db'
    """
    url = url.strip()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValueError(f"not a database URL: {url!r} (e.g. sqlite:///course-bot.db or "
                         "postgresql://user@host/db)") from None
    backend = parsed.get_backend_name()
    if backend not in ("postgresql", "sqlite"):
        raise ValueError(f"not a database URL: {url!r} (course-bot uses sqlite:///… or "
                         "postgresql://…)")
    if backend == "postgresql" and parsed.drivername != "postgresql+asyncpg":
        parsed = parsed.set(drivername="postgresql+asyncpg")
    elif backend == "sqlite" and parsed.drivername != "sqlite+aiosqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    return parsed.render_as_string(hide_password=False)


class Database:
    """One engine and session factory for the whole process.

    SQLite runs in WAL mode with a busy timeout (one writer at a time); PostgreSQL
    uses asyncpg with a small pool suited to one web process.
    """

    def __init__(self, url: str, *, echo: bool = False, pool_size: int = 5) -> None:
        self.url = normalize_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        # hide_parameters: a logged statement or error never carries the values (calendar
        # tokens, e-mail addresses, message text)
        kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": True, "hide_parameters": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs.update(pool_size=pool_size, max_overflow=pool_size * 2, pool_timeout=10)
            kwargs["connect_args"] = {"timeout": 5, "command_timeout": 30}
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.cache = QueryCache(self, notify=not self.is_sqlite)
        self.listener: CacheListener | None = None
        self.sessionmaker = async_sessionmaker(
            self.engine, expire_on_commit=False, sync_session_class=TrackedSession,
            info={"query_cache": self.cache},  # commits tell the cache which tables changed
        )
        self._migrated = False
        self._lock_depth = 0

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session whose transaction commits on success and rolls back on error."""
        async with self.sessionmaker() as session, session.begin():
            yield session

    async def ping(self) -> bool:
        """True when the database answers ``SELECT 1``."""
        try:
            async with self.engine.connect() as conn:
                await asyncio.wait_for(conn.execute(text("SELECT 1")), timeout=3)
            return True
        except Exception:
            return False

    @asynccontextmanager
    async def startup_lock(self) -> AsyncIterator[None]:
        """Hold the database-wide start-up lock (PostgreSQL ``pg_advisory_lock``) for the
        block: processes starting together on a fresh database migrate and seed one after
        another. Re-entrant within one process; a no-op on SQLite (its writes are serial)."""
        if self.is_sqlite or self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        async with self.engine.connect() as conn:
            await conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": STARTUP_LOCK_KEY})
            await conn.commit()
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
                await conn.execute(text("SELECT pg_advisory_unlock(:key)"),
                                   {"key": STARTUP_LOCK_KEY})
                await conn.commit()

    async def migrate(self, revision: str = "head") -> None:
        """Apply the Alembic migrations up to ``revision`` (idempotent, under
        :meth:`startup_lock`).

        A database already at the head is recognised without importing Alembic, which
        keeps a restart of the web process fast.
        """
        if revision == "head" and await self._at_head():
            self._migrated = True
            return
        async with self.startup_lock():
            if revision == "head" and await self._at_head():  # another process just did it
                self._migrated = True
                return
            from alembic import command

            config = alembic_config(self.url)
            async with self.engine.begin() as conn:
                def run(sync_conn: Any) -> None:
                    config.attributes["connection"] = sync_conn
                    command.upgrade(config, revision)

                await conn.run_sync(run)
        self._migrated = True

    async def _at_head(self) -> bool:
        heads = head_revisions()
        if not heads:
            return False
        try:
            async with self.engine.connect() as conn:
                rows = await conn.execute(text("SELECT version_num FROM alembic_version"))
                return {row[0] for row in rows} == heads
        except Exception:  # no alembic_version table yet: a new database
            return False

    async def listen(self) -> None:
        """Hear the other processes' commits (PostgreSQL ``LISTEN``, see
        :mod:`storage.listen`) so the query cache can keep entries long; a no-op on SQLite
        and when already listening. Stopped by :meth:`dispose`."""
        if self.is_sqlite or self.listener is not None:
            return
        self.listener = CacheListener(self.url, self.cache)
        await self.listener.start()

    async def dispose(self) -> None:
        if self.listener is not None:
            await self.listener.stop()
            self.listener = None
        await self.engine.dispose()


_REVISION = re.compile(r"^revision(?:\s*:[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:[^=]*)?=(.*)$", re.MULTILINE)


def head_revisions() -> frozenset[str]:
    """The head revision ids, read from the migration files without importing Alembic.

    Empty when a file does not read as expected (then ``migrate`` simply runs Alembic).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return frozenset()
        revisions.add(revision.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return frozenset(revisions - parents)


def alembic_config(url: str) -> Any:
    """An Alembic ``Config`` pointing at our migrations, with no ini file needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
