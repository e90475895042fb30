"""One global middleware that drops Events API redeliveries before any listener runs."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt import BoltResponse
from slack_bolt.async_app import AsyncApp

from bot.delivery import PruneSchedule, first_delivery
from bot.deps import Deps

logger = logging.getLogger("course_bot.delivery")


def register(app: AsyncApp) -> None:
    """Every ``event_callback`` is handled once per ``event_id``; other requests pass through."""
    schedule = PruneSchedule()

    async def skip_redeliveries(body: dict[str, Any], context: dict[str, Any],
                                next: Callable[[], Awaitable[None]]) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id:
            deps: Deps = context["deps"]
            if not await first_delivery(deps.db, course_id=deps.course.id, event_id=event_id,
                                        prune_before=schedule.due()):
                logger.info("event %s already handled; redelivery ignored", event_id)
                return BoltResponse(status=200, body="")
        return await next()

    app.middleware(skip_redeliveries)
