"""The offline shell: the real bot with no Slack workspace (Errbot's text backend, Hubot's shell).

Each input line becomes a signed Slack request (a slash command, or a direct message
for free text) that goes through the same ASGI app, Bolt dispatch and listeners as
production; the bot's Web API calls land in an in-process :class:`FakeSlack`, and what
it sent is printed as plain text.

Example::

    async with Shell.open(settings, user_id="U1", now=instant) as shell:
        exchange = await shell.send("/deadlines all")
        print(exchange.text)
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sys
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

import httpx

from app.config import Settings
from app.factory import build_runtime
from app.offline import slack_requests as sr
from app.offline.fake_slack import FakeSlack
from app.runtime import Runtime
from bot.clock import FrozenClock, SystemClock
from bot.course import load_course
from bot.sending import Pacing
from handlers.plain import to_text
from storage.repos import outbox as outbox_repo

DEFAULT_STUDENT = "U0STUDENT"
DEFAULT_STAFF = "U0STAFF"
DEFAULT_CHANNEL = "C0COURSE"
SHELL_PACING = Pacing(rate_per_second=1000, channel_rate_per_second=1000, lease_seconds=60,
                      max_in_flight=1)
_MESSAGE_METHODS = {
    "chat.postMessage", "chat.postEphemeral", "chat.update", "response_url", "views.open",
    "views.publish", "views.update", "views.push", "files.completeUploadExternal",
}


@dataclass
class Exchange:
    """One input and everything the bot sent in answer."""

    input: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""
    status: int = 200

    def as_json(self) -> str:
        return json.dumps({"input": self.input, "text": self.text, "messages": self.messages},
                          ensure_ascii=False)


class Shell:
    """Talk to one running bot as one user."""

    def __init__(self, runtime: Runtime, slack: FakeSlack, http: httpx.AsyncClient,
                 *, user_id: str, channel: str | None = None, after_id: int = 0) -> None:
        from app.worker import build_outbox_engine

        self.runtime, self.slack, self.http, self.user_id = runtime, slack, http, user_id
        self.channel = channel
        """Where inputs are typed: None, a DM with the bot; a channel id, that channel
        (commands from it, free text as an @mention of the bot)."""
        # one message at a time, unpaced: the stand-in takes them in the order queued;
        # only the outbox rows made after ``after_id`` (this run's), never other people's
        # messages waiting in a shared database
        self.outbox = build_outbox_engine(runtime, pacing=SHELL_PACING, after_id=after_id)

    @classmethod
    @asynccontextmanager
    async def open(cls, settings: Settings, *, user_id: str = DEFAULT_STUDENT,
                   staff: bool = False, now: datetime | None = None,
                   channel: str | None = None) -> AsyncIterator[Shell]:
        """Start the stand-in Slack and the bot (migrated and seeded), yield a shell
        (typing in ``channel`` when given, else in a DM with the bot)."""
        slack = await FakeSlack().start()
        slack.strict_users = False  # in the shell, any id typed is a person
        try:
            channel_id = channel
            channel = settings.course_channel_id or DEFAULT_CHANNEL
            slack.add_channel(channel, name="course", members=[user_id])
            if channel_id is not None and channel_id != channel:
                slack.add_channel(channel_id, name=channel_id.lower(), members=[user_id])
            staff_ids = set(settings.staff_user_ids) | ({user_id} if staff else set())
            settings = settings.model_copy(update={
                "slack_api_url": slack.api_url, "slack_bot_token": "xoxb-shell-offline",
                "slack_signing_secret": secrets.token_hex(16), "course_channel_id": channel,
                "staff_user_ids": frozenset(staff_ids),
                # one workspace, always: the shell's stand-in has no install to go through
                "slack_client_id": "", "slack_client_secret": "",
            })
            course = load_course(settings.course_file or None)
            clock = FrozenClock(now) if now is not None else SystemClock()
            runtime = build_runtime(settings, clock=clock, course=course)
            await runtime.start()
            async with runtime.db.session() as session:
                after_id = await outbox_repo.last_id(session=session)
            transport = httpx.ASGITransport(app=runtime.web)
            async with httpx.AsyncClient(transport=transport, base_url="http://shell") as http:
                shell = cls(runtime, slack, http, user_id=user_id, channel=channel_id,
                            after_id=after_id)
                try:
                    yield shell
                finally:
                    await shell.outbox.aclose()
            await runtime.close()
        finally:
            await slack.stop()

    async def send(self, line: str) -> Exchange:
        """Send one input (``/command args`` or free text) and collect the bot's answer."""
        line = line.strip()
        mark = len(self.slack.calls)
        if line.startswith("/"):
            command, _, text = line.partition(" ")
            body = sr.command_body(command=command, text=text.strip(), user_id=self.user_id,
                                   channel_id=self.channel,
                                   response_url=self.slack.response_url("cmd"))
            headers = sr.signed_headers(self.runtime.settings.slack_signing_secret, body)
        else:
            event = (sr.mention_event(user_id=self.user_id, text=line, channel=self.channel)
                     if self.channel else sr.message_event(user_id=self.user_id, text=line))
            body = sr.event_body(event)
            headers = sr.signed_headers(self.runtime.settings.slack_signing_secret, body,
                                        content_type="application/json")
        response = await self.http.post("/slack/events", content=body, headers=headers)
        exchange = Exchange(input=line, status=response.status_code)
        if response.content and response.headers.get("content-type", "").startswith(
                "application/json"):
            ack = response.json()
            if ack.get("text") or ack.get("blocks"):
                exchange.messages.append({"via": "ack", **ack})
        await self.deliver()
        for call in self.slack.calls[mark:]:
            if call.method in _MESSAGE_METHODS:
                message = {"via": call.method, **call.params}
                if call.method == "files.completeUploadExternal":
                    message["content"] = self._uploaded(call.params)
                exchange.messages.append(message)
        exchange.text = self.render(exchange.messages)
        if response.status_code >= 400 and not exchange.text:
            exchange.text = f"(the bot answered HTTP {response.status_code})"
        return exchange

    async def deliver(self) -> None:
        """Send what the input queued in the outbox (DMs, Home refreshes, uploads), as
        the worker would, until nothing is due."""
        await self.outbox.drain(within=10.0)

    def _uploaded(self, params: dict[str, Any]) -> str:
        files = params.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        return "".join(self.slack.uploads.get(f["id"], b"").decode("utf-8", "replace")
                       for f in files or [])

    def _other_recipient(self, message: dict[str, Any]) -> str:
        """The user a direct message went to, when it is someone other than the shell user."""
        if message.get("via") != "chat.postMessage":
            return ""
        channel = str(message.get("channel", ""))
        if channel.startswith(("U", "W")):
            user = channel
        elif channel.startswith("D"):
            user = "U" + channel[1:]
        else:
            return ""
        return "" if user in (self.user_id, "U" + self.user_id[1:]) else user

    def render(self, messages: Iterable[dict[str, Any]]) -> str:
        course = self.runtime.deps.course
        today = self.runtime.deps.clock.now().astimezone(course.tz).date()
        parts = []
        for message in messages:
            text = to_text(message, zone=course.tz, today=today)
            if message.get("content"):
                text = (text + "\n" if text else "") + message["content"].rstrip("\n")
            recipient = self._other_recipient(message)
            if text and recipient:
                text = f"(DM to @{recipient}) {text}"
            if text:
                parts.append(text)
        return "\n\n".join(parts)


async def run_shell(settings: Settings, *, inputs: Iterable[str] | None, user_id: str,
                    staff: bool, now: datetime | None, as_json: bool,
                    out: TextIO = sys.stdout, interactive: bool = False,
                    channel: str | None = None) -> int:
    """Run the shell over ``inputs`` (or a prompt loop when ``interactive``)."""
    async with Shell.open(settings, user_id=user_id, staff=staff, now=now,
                          channel=channel) as shell:
        if interactive:
            course = shell.runtime.deps.course
            print(f"course-bot shell · {course.code} {course.title} · you are {user_id}"
                  f"{' (staff)' if staff else ''}{f' in {channel}' if channel else ''}"
                  f" · type /deadlines, or Ctrl-D to quit", file=out)
            while True:
                try:
                    line = await asyncio.to_thread(input, "> ")
                except EOFError:
                    print(file=out)
                    return 0
                if line.strip():
                    print((await shell.send(line)).text, file=out)
        for line in inputs or []:
            if not line.strip():
                continue
            exchange = await shell.send(line)
            if as_json:
                print(exchange.as_json(), file=out, flush=True)
            else:
                print(f"> {line.strip()}\n{exchange.text}\n", file=out, flush=True)
    return 0
