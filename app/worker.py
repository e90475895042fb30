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

from aiohttp import ClientError, ClientSession, ClientTimeout
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.course import Course
from bot.reminders import Delivery, Outgoing, Pacing, ReminderEngine, Roster

if TYPE_CHECKING:
    from app.factory import Runtime

logger = logging.getLogger("course_bot.reminders")

PERMANENT_ERRORS = frozenset({
    "channel_not_found", "not_in_channel", "account_inactive", "cannot_dm_bot", "is_archived",
    "user_not_found", "user_disabled", "restricted_action", "invalid_auth", "not_authed",
    "token_revoked", "missing_scope", "msg_too_long", "invalid_blocks", "no_text",
})
TRANSIENT_ERRORS = frozenset({
    "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout",
})


class SlackSender:
    """Posts reminders with ``client``'s settings over one kept-alive HTTP session.

    slack_sdk's retry handlers (those of ``client``) wait out 429s and retry 5xx first.
    """

    def __init__(self, client: AsyncWebClient, course: Course) -> None:
        self.template, self.course = client, course
        self._client: AsyncWebClient | None = None
        self._session: ClientSession | None = None

    def _web(self) -> AsyncWebClient:
        if self._client is None:
            t = self.template
            self._session = ClientSession(timeout=ClientTimeout(total=t.timeout))
            self._client = AsyncWebClient(token=t.token, base_url=t.base_url, timeout=t.timeout,
                                          retry_handlers=t.retry_handlers, session=self._session)
        return self._client

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session, self._client = None, None

    async def __call__(self, message: Outgoing) -> Delivery:
        from handlers.reminder_posts import reminder_post

        reply = reminder_post(message, self.course)
        try:
            response = await self._web().chat_postMessage(
                channel=message.target, text=reply.text, blocks=reply.blocks,
                unfurl_links=False, unfurl_media=False)
        except SlackApiError as exc:
            status = exc.response.status_code
            data = exc.response.data if isinstance(exc.response.data, dict) else {}
            error = str(data.get("error") or f"HTTP {status}")
            if status == 429 or status >= 500 or error in TRANSIENT_ERRORS:
                retry = exc.response.headers.get("Retry-After") or exc.response.headers.get(
                    "retry-after")
                if isinstance(retry, list):
                    retry = retry[0] if retry else None
                return Delivery(ok=False, error=error,
                                retry_after=float(retry) if retry else None)
            return Delivery(ok=False, error=error, permanent=True)
        except (TimeoutError, ClientError, SlackClientError) as exc:
            return Delivery(ok=False, error=f"{type(exc).__name__}: {exc}"[:200])
        return Delivery(ok=True, ts=str(response.get("ts", "")))


def slack_sender(client: AsyncWebClient, course: Course) -> SlackSender:
    """A sender posting with ``client``'s token, URL and retry handlers."""
    return SlackSender(client, course)


def course_roster(runtime: Runtime) -> Roster:
    """The students, for team nudges: the course channel's members plus everyone the bot
    has met, minus staff, bots and deactivated accounts. Raises when the channel cannot be
    read, so a Slack hiccup never shrinks the roster (the engine keeps the last one)."""

    async def roster() -> list[str]:
        from handlers.commands.team import channel_roster, workspace_people
        from storage import team_repo

        deps = runtime.deps
        people = await workspace_people(runtime.client)
        members, warning = await channel_roster(runtime.client, deps.course_channel_id, people)
        if warning and deps.course_channel_id:
            raise RuntimeError(warning)
        async with runtime.db.session() as session:
            seen = await team_repo.seen_users(session=session, course_id=deps.course.id)
        staff = set(deps.configured_staff_ids())
        bots = {u for u, info in people.items() if info.get("is_bot") or info.get("deleted")}
        return [u for u in dict.fromkeys([*members, *seen]) if u not in staff | bots]

    return roster


def build_engine(runtime: Runtime, *, worker_id: str | None = None) -> ReminderEngine:
    """The reminder engine of a running bot: its store, course, Slack client and settings."""
    settings = runtime.settings
    return ReminderEngine(runtime.db, runtime.deps.course,
                          sender=slack_sender(runtime.client, runtime.deps.course),
                          channel_id=settings.course_channel_id,
                          pacing=Pacing.from_settings(settings), worker_id=worker_id,
                          roster=course_roster(runtime))


async def run_worker(runtime: Runtime, stop: asyncio.Event) -> None:
    """The reminder loop of ``course-bot worker`` and ``serve`` (until ``stop`` is set)."""
    engine = build_engine(runtime)
    logger.info("reminder worker %s: a pass every %ss", engine.worker_id,
                runtime.settings.reminder_interval_seconds)
    try:
        await engine.run_forever(clock=runtime.deps.clock,
                                 interval=runtime.settings.reminder_interval_seconds, stop=stop)
    finally:
        await engine.aclose()
