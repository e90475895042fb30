"""One global middleware that drops Events API redeliveries before any listener runs.

It is an :class:`AsyncMiddleware` subclass rather than a decorated function: Bolt builds
a listener's keyword arguments (about thirty of them) for every function middleware on
every request, which a slash command has no use for here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt import BoltResponse
from slack_bolt.async_app import AsyncApp
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest

from app.deps import Deps
from bot.delivery import PruneSchedule, first_delivery

logger = logging.getLogger("course_bot.delivery")


class SkipRedeliveries(AsyncMiddleware):
    """Every ``event_callback`` is handled once per ``event_id``; other requests pass through."""

    def __init__(self) -> None:
        self.schedule = PruneSchedule()

    async def async_process(self, *, req: AsyncBoltRequest, resp: BoltResponse,
                            next: Callable[[], Awaitable[BoltResponse]]) -> BoltResponse | None:
        body: dict[str, Any] = req.body
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id:
            deps: Deps = req.context["deps"]
            if not await first_delivery(deps.db, course_id=deps.course.id, event_id=event_id,
                                        prune_before=self.schedule.due()):
                logger.info("event %s already handled; redelivery ignored", event_id)
                return BoltResponse(status=200, body="")
        return await next()


def register(app: AsyncApp) -> None:
    """Install :class:`SkipRedeliveries` (after the deps are in the context)."""
    app.middleware(SkipRedeliveries())
