"""Events: direct messages to the bot and @mentions in channels."""

from __future__ import annotations

import re

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from handlers import blocks

# manifest names of the events we subscribe to
BOT_EVENTS: tuple[str, ...] = ("app_mention", "message.im")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")

HELP = (
    "Hi! I'm the course bot for {course}. Try:\n"
    "• `/deadlines`: what is due next (`/deadlines all`, `/deadlines this week`, "
    "`/deadlines project`)\n"
    "For anything else, ask the course staff: {staff}."
)


def help_reply(deps: Deps) -> blocks.Reply:
    staff = ", ".join(f"{p.name} ({p.email})" for p in deps.course.staff)
    return blocks.text_reply(HELP.format(course=f"{deps.course.code} {deps.course.title}",
                                         staff=staff))


async def direct_message(event: dict, client: AsyncWebClient, context: dict) -> None:
    if event.get("subtype") or event.get("bot_id"):
        return  # edits, joins, our own messages
    deps: Deps = context["deps"]
    reply = help_reply(deps)
    await client.chat_postMessage(channel=event["channel"], text=reply.text, blocks=reply.blocks)


async def app_mention(event: dict, client: AsyncWebClient, context: dict) -> None:
    deps: Deps = context["deps"]
    reply = help_reply(deps)
    await client.chat_postMessage(channel=event["channel"], text=reply.text, blocks=reply.blocks,
                                  thread_ts=event.get("thread_ts") or event.get("ts"))


def register(app: AsyncApp) -> None:
    app.event({"type": "message", "channel_type": "im"})(direct_message)
    app.event("app_mention")(app_mention)
    # other message events (channels the bot is in) need no answer
    app.event("message")(_ignore)


async def _ignore() -> None:
    return None
