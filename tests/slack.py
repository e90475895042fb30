"""Test helpers: send signed Slack requests through the real HTTP endpoint of a running bot.

The Slack Web API stand-in itself is :class:`app.offline.fake_slack.FakeSlack` (the offline
shell ships with it); the request builders are in :mod:`app.offline.slack_requests`.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from app.offline import slack_requests as sr
from app.offline.fake_slack import FakeSlack
from app.runtime import Runtime
from handlers.plain import to_text


class SlackTestClient:
    """Signs requests like Slack and posts them to ``/slack/events`` of ``runtime.web``.

    Example::

        response = await bot.command("/deadlines", "all", user_id="U1")
        assert "Final report" in bot.text(response)
    """

    def __init__(self, runtime: Runtime, slack: FakeSlack, http: httpx.AsyncClient) -> None:
        self.runtime, self.slack, self.http = runtime, slack, http

    @property
    def secret(self) -> str:
        return self.runtime.settings.slack_signing_secret

    async def post(self, body: str, *, content_type: str = "application/x-www-form-urlencoded",
                   headers: dict[str, str] | None = None, timestamp: int | None = None,
                   secret: str | None = None) -> httpx.Response:
        signed = sr.signed_headers(secret or self.secret, body, timestamp=timestamp,
                                   content_type=content_type)
        return await self.http.post("/slack/events", content=body,
                                    headers={**signed, **(headers or {})})

    async def command(self, command: str, text: str = "", *, user_id: str = "U0STUDENT",
                      channel_id: str | None = None, **kwargs: Any) -> httpx.Response:
        body = sr.command_body(command=command, text=text, user_id=user_id,
                               channel_id=channel_id,
                               response_url=self.slack.response_url("cmd"))
        return await self.post(body, **kwargs)

    async def event(self, event: dict[str, Any], *, event_id: str | None = None,
                    retry_num: int | None = None) -> httpx.Response:
        headers = {}
        if retry_num is not None:
            headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"}
        return await self.post(sr.event_body(event, event_id=event_id),
                               content_type="application/json", headers=headers)

    async def dm(self, text: str, *, user_id: str = "U0STUDENT") -> httpx.Response:
        return await self.event(sr.message_event(user_id=user_id, text=text))

    async def interact(self, payload: dict[str, Any]) -> httpx.Response:
        return await self.post(sr.interaction_body(payload))

    def text(self, response_or_message: httpx.Response | dict[str, Any]) -> str:
        """Plain text of an ack body or a recorded message, as a reader in course time sees it."""
        message = response_or_message
        if isinstance(message, httpx.Response):
            message = message.json() if message.content else {}
        course = self.runtime.deps.course
        today = self.runtime.deps.clock.now().astimezone(course.tz).date()
        return to_text(message, zone=course.tz, today=today)

    def sent(self, method: str = "chat.postMessage") -> list[dict[str, Any]]:
        return [c.params for c in self.slack.calls_to(method)]

    def sent_text(self, method: str = "chat.postMessage") -> list[str]:
        return [self.text(p) for p in self.sent(method)]


def ack_json(response: httpx.Response) -> dict[str, Any]:
    return json.loads(response.content) if response.content else {}
