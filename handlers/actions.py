"""Buttons: a suggested topic pressed under an unsure answer → that topic's answer; Confirm /
Cancel of a staff change echoed by ``/course``."""

from __future__ import annotations

import re

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot import staff
from bot.answers import Asker, answer_topic
from handlers import blocks
from handlers.answer_blocks import SUGGESTION_ACTION, answer_reply
from handlers.commands.course import CANCEL_ACTION, CONFIRM_ACTION, finish


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
    # (and a sensitive topic is only ever shown to the presser)
    response_type = "in_channel" if channel.startswith("D") and not answer.sensitive \
        else "ephemeral"
    await respond(text=reply.text, blocks=reply.blocks, response_type=response_type,
                  replace_original=False)


async def decide_action(ack: AsyncAck, body: dict, action: dict, respond: AsyncRespond,
                        client: AsyncWebClient, context: dict) -> None:
    """Apply or drop the pending change named by the button, then replace the question."""
    await ack()
    deps: Deps = context["deps"]
    user = body.get("user", {}).get("id", "")
    if not await deps.is_staff(user):
        await staff.record_refusal(deps.db, deps.course, actor=user,
                                   text=f"button {action.get('action_id')}", now=deps.clock.now())
        await respond(text="Only the course staff can confirm changes; nothing was changed.",
                      replace_original=False, response_type="ephemeral")
        return
    try:
        action_id = int(action.get("value") or "")
    except ValueError:
        await respond(text="That button is out of date; nothing was changed.",
                      replace_original=True)
        return
    result = await staff.decide(deps.db, deps.course, actor=user,
                                confirm=action.get("action_id") == CONFIRM_ACTION,
                                now=deps.clock.now(), action_id=action_id,
                                channel_id=deps.course_channel_id)
    reply: blocks.Reply = await finish(result, deps=deps, client=client)
    await respond(text=reply.text, blocks=reply.blocks, replace_original=True)


def register(app: AsyncApp) -> None:
    app.action(re.compile(rf"^{SUGGESTION_ACTION}_\d+$"))(suggestion_pressed)
    app.action(CONFIRM_ACTION)(decide_action)
    app.action(CANCEL_ACTION)(decide_action)
