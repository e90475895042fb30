"""Wiring: the reminder sender that posts through the Slack Web API, and the worker runner.

The domain (:mod:`bot.reminders`) never sees Slack; this module turns an
:class:`~bot.reminders.Outgoing` into ``chat.postMessage`` and Slack's answer into a
:class:`~bot.reminders.Delivery`.

* 429: slack_sdk's ``AsyncRateLimitErrorRetryHandler`` waits ``Retry-After`` and retries;
  if Slack still says 429 the row is requeued and a later round posts it.
* 5xx, timeouts, dropped connections: retried with backoff by slack_sdk, then requeued.
* ``channel_not_found``, ``not_in_channel``, ``account_inactive``, ``cannot_dm_bot`` and
  every other Slack error that a retry cannot fix: failed, with the reason.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from aiohttp import ClientError
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.course import Course
from bot.reminders import Delivery, Outgoing, Pacing, ReminderEngine, Sender

if TYPE_CHECKING:
    from bot.app import Runtime

logger = logging.getLogger("course_bot.reminders")

PERMANENT_ERRORS = frozenset({
    "channel_not_found", "not_in_channel", "account_inactive", "cannot_dm_bot", "is_archived",
    "user_not_found", "user_disabled", "restricted_action", "invalid_auth", "not_authed",
    "token_revoked", "missing_scope", "msg_too_long", "invalid_blocks", "no_text",
})
TRANSIENT_ERRORS = frozenset({
    "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout",
})


def slack_sender(client: AsyncWebClient, course: Course) -> Sender:
    """A sender posting with ``client`` (its retry handlers wait out 429s and 5xx)."""
    from handlers.reminder_posts import reminder_post

    async def send(message: Outgoing) -> Delivery:
        reply = reminder_post(message, course)
        try:
            response = await client.chat_postMessage(
                channel=message.target, text=reply.text, blocks=reply.blocks,
                unfurl_links=False, unfurl_media=False)
        except SlackApiError as exc:
            status = exc.response.status_code
            error = str(exc.response.get("error") or f"HTTP {status}")
            if status == 429 or status >= 500 or error in TRANSIENT_ERRORS:
                retry = exc.response.headers.get("Retry-After") or exc.response.headers.get(
                    "retry-after")
                return Delivery(ok=False, error=error,
                                retry_after=float(retry[0] if isinstance(retry, list) else retry)
                                if retry else None)
            return Delivery(ok=False, error=error, permanent=True)
        except (TimeoutError, ClientError, SlackClientError) as exc:
            return Delivery(ok=False, error=f"{type(exc).__name__}: {exc}"[:200])
        return Delivery(ok=True, ts=str(response.get("ts", "")))

    return send


def build_engine(runtime: Runtime, *, worker_id: str | None = None) -> ReminderEngine:
    """The reminder engine of a running bot: its store, course, Slack client and settings."""
    settings = runtime.settings
    return ReminderEngine(runtime.db, runtime.deps.course,
                          sender=slack_sender(runtime.client, runtime.deps.course),
                          channel_id=settings.course_channel_id,
                          pacing=Pacing.from_settings(settings), worker_id=worker_id)


async def run_worker(runtime: Runtime, stop: asyncio.Event) -> None:
    """The reminder loop of ``course-bot worker`` and ``serve`` (until ``stop`` is set)."""
    engine = build_engine(runtime)
    logger.info("reminder worker %s: a pass every %ss", engine.worker_id,
                runtime.settings.reminder_interval_seconds)
    await engine.run_forever(clock=runtime.deps.clock,
                             interval=runtime.settings.reminder_interval_seconds, stop=stop)
