"""Events: direct messages to the bot and @mentions in channels, answered from the syllabus."""

from __future__ import annotations

import re

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot.answers import Asker, answerer_for, ask
from bot.answers.safety import log_sent
from bot.answers.support import private_only
from handlers import blocks
from handlers.render.answers import answer_reply

# manifest names of the events we subscribe to
BOT_EVENTS: tuple[str, ...] = ("app_mention", "message.im")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def help_reply(deps: Deps) -> blocks.Reply:
    """What the bot can do (also the answer to "hi" and "help")."""
    return answer_reply(answerer_for(deps.course).help(), deps.course.tz)


async def direct_message(event: dict, client: AsyncWebClient, context: dict) -> None:
    if event.get("subtype") or event.get("bot_id"):
        return  # edits, joins, our own messages
    deps: Deps = context["deps"]
    answer = await ask(deps.db, deps.course, text=_MENTION.sub(" ", event.get("text") or ""),
                       now=deps.clock.now(),
                       asker=Asker(user_id=event.get("user", ""), private=True))
    reply = answer_reply(answer, deps.course.tz)
    # a DM is private already: the reply is the DM itself, never a thread or a channel post
    await client.chat_postMessage(channel=event["channel"], text=reply.text, blocks=reply.blocks)
    if answer.sensitive:
        log_sent(answer, where="dm")


async def app_mention(event: dict, client: AsyncWebClient, context: dict) -> None:
    if event.get("bot_id"):
        return
    deps: Deps = context["deps"]
    user = event.get("user", "")
    answer = await ask(deps.db, deps.course, text=_MENTION.sub(" ", event.get("text") or ""),
                       now=deps.clock.now(), asker=Asker(user_id=user, private=False))
    reply = answer_reply(answer, deps.course.tz)
    thread = event.get("thread_ts") or event.get("ts")
    if private_only(answer):
        # distress, misconduct, disability, religion, privacy, and every decline or unsure
        # answer (the message may be a cry for help the detector missed): only the asker
        # sees it, ephemeral in the channel itself (not in the thread others may read).
        # Only a confident course answer goes to the thread.
        await client.chat_postEphemeral(channel=event["channel"], user=user, text=reply.text,
                                        blocks=reply.blocks)
        if answer.sensitive:
            log_sent(answer, where="mention")
        return
    await client.chat_postMessage(channel=event["channel"], text=reply.text, blocks=reply.blocks,
                                  thread_ts=thread)


def register(app: AsyncApp) -> None:
    app.event({"type": "message", "channel_type": "im"})(direct_message)
    app.event("app_mention")(app_mention)
    # other message events (channels the bot is in) need no answer
    app.event("message")(_ignore)


async def _ignore() -> None:
    return None
