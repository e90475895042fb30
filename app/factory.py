"""The app factory and the runtime that wires settings, store, clock, course and Slack.

Example::

    runtime = await Runtime.build(Settings())
    await runtime.start()          # migrate, seed the course
    runtime.web                    # the ASGI app (POST /slack/events, GET /healthz)
"""

from __future__ import annotations

import asyncio
import gc
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from starlette.applications import Starlette

from app.config import Settings
from app.deps import Deps
from bot.answers import warm_up
from bot.clock import Clock, SystemClock
from bot.course import Course, load_course
from bot.seeding import ensure_course_loaded
from storage.db import Database

logger = logging.getLogger("course_bot")


def create_client(settings: Settings) -> AsyncWebClient:
    """A Web API client for ``SLACK_API_URL`` that retries 429s, 5xx and dropped connections."""
    return AsyncWebClient(
        token=settings.slack_bot_token or None,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=2),
            AsyncServerErrorRetryHandler(max_retry_count=2),
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
        ],
    )


def create_app(*, deps: Deps, client: AsyncWebClient) -> AsyncApp:
    """Build the Bolt app: every listener registered, ``deps`` injected into each context.

    ``process_before_response`` is on: listeners finish before the HTTP response, so a
    slash command's reply travels in the ack body and no listener outlives its request.
    """
    import handlers
    from handlers import delivery

    app = AsyncApp(
        client=client,  # carries the bot token
        signing_secret=deps.settings.slack_signing_secret,
        process_before_response=True,
        logger=logging.getLogger("course_bot.bolt"),
    )

    app.middleware(InjectDeps(deps))
    delivery.register(app)  # drop Events API redeliveries (X-Slack-Retry-Num) before listeners
    handlers.register(app)
    return app


class InjectDeps(AsyncMiddleware):
    """Put ``deps`` into every request's context (a class: Bolt builds no kwargs for it)."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    async def async_process(self, *, req: Any, resp: Any, next: Any) -> Any:
        req.context["deps"] = self.deps
        return await next()


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
    freeze_after_start: bool = False
    """After :meth:`start`, move every object made so far out of the collector's sight
    (``gc.freeze``) and turn collection back on: ``serve`` starts with it off."""

    @property
    def settings(self) -> Settings:
        return self.deps.settings

    @property
    def db(self) -> Database:
        return self.deps.db

    @classmethod
    def build(
        cls,
        settings: Settings,
        *,
        clock: Clock | None = None,
        course: Course | None = None,
        db: Database | None = None,
    ) -> Runtime:
        from app.web import create_web_app

        course = course or load_course(settings.course_file or None)
        deps = Deps(settings=settings, db=db or Database(settings.database_url),
                    clock=clock or SystemClock(), course=course)
        client = create_client(settings)
        app = create_app(deps=deps, client=client)
        warm_up(course, now=deps.clock.now())  # the answer entries, built once
        runtime = cls(deps=deps, client=client, app=app, web=None)  # type: ignore[arg-type]
        runtime.web = create_web_app(runtime)
        runtime._unwatch = watch_outbox(runtime.db, runtime.outbox_wake)
        return runtime

    async def start(self) -> None:
        """Migrate the database and seed (or refresh) the course. Safe to call twice."""
        async with self.db.startup_lock():  # processes starting together take turns
            await self.db.migrate()
            report = await ensure_course_loaded(self.db, self.deps.course)
        if report is not None:
            logger.info("loaded %s", report.summary())
        if self.freeze_after_start:
            gc.freeze()  # modules, the course, the answer index: kept for the process's life
            gc.enable()

    async def close(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        await self.db.dispose()


def watch_outbox(db: Database, wake: asyncio.Event) -> Callable[[], None]:
    """Set ``wake`` after each commit of ``db`` that wrote outbox rows; returns the undo.

    It reads the tables a session wrote (``storage.cache.TrackedSession`` records them
    and the query cache clears the record after the commit, so this listener goes first).
    """
    from sqlalchemy import event

    from storage.cache import TrackedSession

    cache_ref, wake_ref = weakref.ref(db.cache), weakref.ref(wake)  # never keep a bot alive
    loop: list[asyncio.AbstractEventLoop] = []

    def after_commit(session: Any) -> None:
        cache, woken = cache_ref(), wake_ref()
        if cache is None or woken is None or session.info.get("query_cache") is not cache:
            return
        if "outbox" not in session.info.get("touched_tables", ()):
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:  # a commit outside the loop's thread
            if loop:
                loop[0].call_soon_threadsafe(woken.set)
            return
        loop[:] = [running]
        woken.set()

    event.listen(TrackedSession, "after_commit", after_commit, insert=True)
    return lambda: event.remove(TrackedSession, "after_commit", after_commit)
