"""The app factory and the runtime that wires settings, store, clock, course and Slack.

Example::

    runtime = await Runtime.build(Settings())
    await runtime.start()          # migrate, seed the course
    runtime.web                    # the ASGI app (POST /slack/events, GET /healthz)
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
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
        return runtime

    async def start(self) -> None:
        """Migrate the database and seed (or refresh) the course. Safe to call twice."""
        await self.db.migrate()
        report = await ensure_course_loaded(self.db, self.deps.course)
        if report is not None:
            logger.info("loaded %s", report.summary())
        if self.freeze_after_start:
            gc.freeze()  # modules, the course, the answer index: kept for the process's life
            gc.enable()

    async def close(self) -> None:
        from bot.answers import faq  # hook (helper "answers"): declined questions kept

        await faq.settle()  # after their replies are stored before the database closes
        await self.db.dispose()
