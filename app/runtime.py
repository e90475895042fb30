"""One running bot: what ``serve``, ``socket``, ``shell``, the worker and the tests start.

Built by :func:`app.factory.build_runtime`; the web app (``app.web``) and the delivery
worker (``app.worker``) take it, and it imports neither.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient
from starlette.applications import Starlette

from app.config import Settings
from app.deps import Deps
from app.tokens import StaticTokens, TokenSource
from bot.seeding import KeptLoaded, ensure_course_loaded
from storage.db import Database

logger = logging.getLogger("course_bot")


@dataclass
class Runtime:
    """One running bot: what ``serve``, ``socket``, ``shell`` and the tests start."""

    deps: Deps
    client: AsyncWebClient
    app: AsyncApp
    web: Starlette
    run_reminders: bool = False
    """Run the reminder loop inside the web app's lifespan (``serve``, unless --no-reminders)."""
    outbox_wake: asyncio.Event = field(default_factory=asyncio.Event)
    """Set when a transaction of this process committed outbox messages: the delivery
    loop (``app.worker.run_worker``) sends them at once instead of at its next poll."""
    _unwatch: Callable[[], None] | None = field(default=None, repr=False)
    tokens: TokenSource = field(default_factory=lambda: StaticTokens(""))
    """Bot tokens per workspace (``app.tokens``): the one ``SLACK_BOT_TOKEN``, or the
    installations when OAuth is configured."""
    courses: Any = None
    """The :class:`app.courses.CourseRegistry`: every course and workspace copy served."""
    freeze_after_start: bool = False
    """After :meth:`start`, move every object made so far out of the collector's sight
    (``gc.freeze``) and turn collection back on: ``serve`` starts with it off."""

    @property
    def settings(self) -> Settings:
        return self.deps.settings

    @property
    def db(self) -> Database:
        return self.deps.db

    async def start(self) -> None:
        """Migrate the database and seed (or refresh) the course, and hear the other
        processes' edits (``Database.listen``). Safe to call twice."""
        await self.db.listen()
        async with self.db.startup_lock():  # processes starting together take turns
            await self.db.migrate()
            reports = [await ensure_course_loaded(self.db, self.deps.course)]
            if self.courses is not None:
                for extra in list(self.courses.files.values()):
                    if extra.id != self.deps.course.id:
                        reports.append(await ensure_course_loaded(self.db, extra))
                await self.courses.refresh()
        for report in reports:
            if isinstance(report, KeptLoaded):  # a later load-course is never undone
                logger.warning("%s", report.line())
            elif report is not None:
                logger.info("loaded %s", report.summary())
        if self.freeze_after_start:
            gc.freeze()  # modules, the course, the answer index: kept for the process's life
            gc.enable()

    async def close(self) -> None:
        from bot.answers import faq

        await faq.settle()  # declined questions are kept just after their reply: let them land
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        await self.db.dispose()
