"""Alembic environment: run with the connection ``Database.migrate`` hands in.

Run outside the app (``alembic -c alembic.ini upgrade head``, ``alembic revision
--autogenerate``) it opens its own async engine from ``DATABASE_URL`` when that is set
(as the app does), else from ``sqlalchemy.url`` in ``alembic.ini``; on PostgreSQL it
holds the same start-up lock as the app while it migrates.
"""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables)
from storage.db import STARTUP_LOCK_KEY, normalize_url

config = context.config
target_metadata = SQLModel.metadata


def _url() -> str:
    from_env = os.environ.get("DATABASE_URL", "").strip()
    return normalize_url(from_env) if from_env else str(config.get_main_option("sqlalchemy.url"))


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_async_engine(_url(), hide_parameters=True)
    async with engine.connect() as lock:
        postgres = engine.dialect.name == "postgresql"
        if postgres:
            await lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": STARTUP_LOCK_KEY})
            await lock.commit()
        try:
            async with engine.begin() as conn:
                await conn.run_sync(_configure)
        finally:
            if postgres:
                await lock.execute(text("SELECT pg_advisory_unlock(:key)"),
                                   {"key": STARTUP_LOCK_KEY})
                await lock.commit()
    await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
elif (connection := config.attributes.get("connection")) is not None:
    _configure(connection)
else:
    asyncio.run(_run_async())
