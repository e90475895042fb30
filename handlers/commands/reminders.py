"""``/reminders [on | off | 2d 3h | mute <deadline> | unmute <deadline> | status]``, and
the staff delivery status the lead hooks into ``/course outbox`` (:func:`outbox_command`)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot.actor import Actor
from bot.reminders import delivery_status, reminder_prefs
from handlers.blocks import Reply
from handlers.render import reminders as reminder_posts

COMMAND = "/reminders"
_READ_ONLY = {"", "show", "settings", "help", "?"}
_STAFF_STATUS = {"status", "failed"}


async def _user_tz(client: AsyncWebClient, user_id: str) -> str:
    """The student's own time zone from ``users.info`` ('' if Slack does not answer quickly)."""
    with contextlib.suppress(SlackApiError, SlackClientError, TimeoutError):
        info = await asyncio.wait_for(client.users_info(user=user_id), timeout=1.5)
        return str((info.get("user") or {}).get("tz") or "")
    return ""


async def reminders_command(ack: AsyncAck, command: dict, context: dict,
                            client: AsyncWebClient) -> None:
    deps: Deps = context["deps"]
    user_id = command["user_id"]
    text = " ".join(command.get("text", "").split())
    actor = await deps.actor(user_id)
    if text.lower() in _STAFF_STATUS and actor.is_staff:
        reply = await outbox_reply(deps, actor)
    else:  # a student's `/reminders status` shows their own settings
        tz = "" if text.lower() in _READ_ONLY | _STAFF_STATUS else await _user_tz(client, user_id)
        view = await reminder_prefs(deps.db, deps.course, user_id=user_id, text=text,
                                    now=deps.clock.now(), tz=tz)
        reply = reminder_posts.prefs(view, deps.course)
    await ack(response_type="ephemeral", **reply.as_ack())


async def outbox_reply(deps: Deps, actor: Actor) -> Reply:
    """Every delivery at a glance (staff; a student is refused by the service)."""
    status = await delivery_status(deps.db, deps.course, actor=actor, now=deps.clock.now())
    return reminder_posts.delivery_status(status, deps.course)


async def outbox_command(ack: AsyncAck, deps: Deps, actor: Actor, rest: str = "",
                         **_: Any) -> None:
    """``/course outbox``: acknowledge with the delivery status (``rest`` is not used)."""
    reply = await outbox_reply(deps, actor)
    await ack(response_type="ephemeral", **reply.as_ack())


async def open_team_modal(ack: AsyncAck, body: dict, client: AsyncWebClient) -> None:
    """The "Register a team" button of a team nudge opens the team registration form."""
    from handlers.render.team import register_modal

    await ack()
    await client.views_open(trigger_id=body["trigger_id"], view=register_modal(staff=False))


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(reminders_command)
    app.action(reminder_posts.REGISTER_BUTTON)(open_team_modal)
