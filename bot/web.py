"""The ASGI app: ``POST /slack/events`` (commands, events, interactivity) and ``GET /healthz``."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import timewindows
from handlers.errors import TOO_SLOW

if TYPE_CHECKING:
    from bot.app import Runtime

logger = logging.getLogger("course_bot.web")
COMMAND_BUDGET = 2.5  # seconds a slash command may take; Slack gives up at 3
_SLASH_COMMAND = re.compile(rb"(?:^|&)command=%2F")


def create_web_app(runtime: Runtime) -> Starlette:
    """Routes for Slack and for the host's health check; startup migrates and seeds."""
    handler = AsyncSlackRequestHandler(runtime.app)

    async def slack_events(request: Request) -> Response:
        if not _SLASH_COMMAND.search(await request.body()):
            return await handler.handle(request)
        # Slack shows its own error after 3 s: stop in time and say so plainly instead
        try:
            async with asyncio.timeout(COMMAND_BUDGET):
                return await handler.handle(request)
        except TimeoutError:
            logger.warning("a slash command was stopped after %.1f s", COMMAND_BUDGET)
            return JSONResponse({"response_type": "ephemeral", "text": TOO_SLOW})

    async def healthz(_request: Request) -> Response:
        ok = await runtime.db.ping()
        body = {"status": "ok" if ok else "unavailable", "database": "ok" if ok else "down",
                "course": runtime.deps.course.id}
        return JSONResponse(body, status_code=200 if ok else 503)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await runtime.start()
        stop, reminders = asyncio.Event(), None
        if runtime.run_reminders:
            from bot.reminder_slack import run_worker

            reminders = asyncio.create_task(run_worker(runtime, stop), name="reminders")
        # load dateparser's data off the request path, once the first requests are answered
        warm_up = asyncio.create_task(_warm_up(delay=1.0))
        yield
        warm_up.cancel()
        if reminders is not None:
            stop.set()
            try:
                await asyncio.wait_for(reminders, timeout=10)
            except TimeoutError:
                pass
        await runtime.close()

    async def _warm_up(*, delay: float) -> None:
        await asyncio.sleep(delay)
        try:
            await asyncio.to_thread(timewindows.warm_up)
        except Exception:  # only an optimisation: the first window read then pays instead
            logging.getLogger("course_bot").warning("dateparser warm-up failed", exc_info=True)

    return Starlette(
        routes=[
            Route("/slack/events", slack_events, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
