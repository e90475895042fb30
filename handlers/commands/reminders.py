"""``/reminders [on | off | 2d 3h | mute <deadline> | unmute <deadline> | status]``."""

from __future__ import annotations

import asyncio
import contextlib

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot.reminders import reminder_prefs, reminder_status
from handlers import reminder_posts

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
    if text.lower() in _STAFF_STATUS and await deps.is_staff(user_id):
        status = await reminder_status(deps.db, deps.course, now=deps.clock.now())
        reply = reminder_posts.staff_status(status, deps.course)
    else:
        tz = "" if text.lower() in _READ_ONLY | _STAFF_STATUS else await _user_tz(client, user_id)
        view = await reminder_prefs(deps.db, deps.course, user_id=user_id, text=text,
                                    now=deps.clock.now(), tz=tz)
        reply = reminder_posts.prefs(view, deps.course)
    await ack(response_type="ephemeral", **reply.as_ack())


async def open_team_modal(ack: AsyncAck, body: dict, client: AsyncWebClient) -> None:
    """The "Register a team" button of a team nudge opens the team registration form."""
    from handlers.render.team import register_modal

    await ack()
    await client.views_open(trigger_id=body["trigger_id"], view=register_modal(staff=False))


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(reminders_command)
    app.action(reminder_posts.REGISTER_BUTTON)(open_team_modal)
