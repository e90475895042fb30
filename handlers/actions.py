"""Buttons: a suggested topic pressed under an unsure answer → that topic's answer."""

from __future__ import annotations

import re

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.answers import Asker, answer_topic
from bot.deps import Deps
from handlers.answer_blocks import SUGGESTION_ACTION, answer_reply


async def suggestion_pressed(ack: AsyncAck, body: dict, action: dict, respond: AsyncRespond,
                             context: dict) -> None:
    await ack()
    deps: Deps = context["deps"]
    user = (body.get("user") or {}).get("id", "")
    channel = (body.get("channel") or {}).get("id", "")
    answer = await answer_topic(deps.db, deps.course, topic=str(action.get("value", "")),
                                now=deps.clock.now(), asker=Asker(user_id=user, private=True))
    reply = answer_reply(answer, deps.course.tz)
    # in a DM the whole conversation is private; in a channel only the presser sees it
    response_type = "in_channel" if channel.startswith("D") else "ephemeral"
    await respond(text=reply.text, blocks=reply.blocks, response_type=response_type,
                  replace_original=False)


def register(app: AsyncApp) -> None:
    app.action(re.compile(rf"^{SUGGESTION_ACTION}_\d+$"))(suggestion_pressed)
