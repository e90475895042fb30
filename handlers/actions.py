"""Buttons: a suggested topic pressed under an unsure answer → that topic's answer; Confirm /
Cancel of a staff change echoed by ``/course`` (``bot.staff.decide`` decides who may)."""

from __future__ import annotations

import re

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from app.deps import Deps
from bot import staff
from bot.answers import Asker, answer_topic
from handlers import parse
from handlers.render.answers import SUGGESTION_ACTION, answer_reply
from handlers.render.course import CANCEL_ACTION, CONFIRM_ACTION, decision_reply


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
                        context: dict) -> None:
    """Apply or drop the pending change named by the button, then replace the question
    (a refusal is said to the presser alone and leaves the question in place)."""
    await ack()
    deps: Deps = context["deps"]
    actor = await deps.actor(body.get("user", {}).get("id", ""))
    value = str(action.get("value") or "")
    action_id = parse.item_id(value) or 0  # 0 names no change: "out of date"
    result = await staff.decide(deps.db, deps.course, actor=actor,
                                confirm=action.get("action_id") == CONFIRM_ACTION,
                                now=deps.clock.now(), action_id=action_id,
                                default_channel=deps.course_channel_id)
    reply = decision_reply(result)
    if isinstance(result, staff.Problem) and result.refused:
        await respond(text=reply.text, replace_original=False, response_type="ephemeral")
        return
    await respond(text=reply.text, blocks=reply.blocks, replace_original=True)


def register(app: AsyncApp) -> None:
    app.action(re.compile(rf"^{SUGGESTION_ACTION}_\d+$"))(suggestion_pressed)
    app.action(CONFIRM_ACTION)(decide_action)
    app.action(CANCEL_ACTION)(decide_action)
