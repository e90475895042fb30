"""The ASGI app: ``POST /slack/events`` (commands, events, interactivity), ``GET /healthz``,
and the calendar feeds ``GET /calendar/<course>.ics`` and ``GET /calendar/u/<token>.ics``."""

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
    from app.factory import Runtime

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

    async def course_calendar(request: Request) -> Response:
        from bot.calendar_feed import course_feed

        course = runtime.deps.course
        if request.path_params["name"] != f"{course.id}.ics":
            return Response("no such calendar\n", status_code=404, media_type="text/plain")
        return _ics(await course_feed(runtime.db, course))

    async def personal_calendar(request: Request) -> Response:
        from bot.calendar_feed import user_feed

        name = request.path_params["name"]
        body = None
        if name.endswith(".ics") and 10 <= len(name) <= 80:
            body = await user_feed(runtime.db, runtime.deps.course, token=name[:-4])
        if body is None:
            return Response("no such calendar (the link may have been reset)\n",
                            status_code=404, media_type="text/plain")
        return _ics(body)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await runtime.start()
        stop, reminders = asyncio.Event(), None
        if runtime.run_reminders:
            from app.worker import run_worker

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
            Route("/calendar/u/{name}", personal_calendar, methods=["GET"]),
            Route("/calendar/{name}", course_calendar, methods=["GET"]),
        ],
        lifespan=lifespan,
    )


def _ics(body: bytes) -> Response:
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Cache-Control": "private, max-age=300"})
