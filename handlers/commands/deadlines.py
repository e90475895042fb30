"""``/deadlines [all | <window> | <title words> | help]``: an ephemeral list of deadlines."""

from __future__ import annotations

from slack_bolt.async_app import AsyncAck, AsyncApp

from bot.deadlines import deadline_listing
from bot.deps import Deps
from handlers import blocks

COMMAND = "/deadlines"


async def deadlines_command(ack: AsyncAck, command: dict, context: dict) -> None:
    deps: Deps = context["deps"]
    listing = await deadline_listing(
        deps.db, deps.course, now=deps.clock.now(), text=command.get("text", ""),
        user_id=command.get("user_id"),
    )
    await ack(response_type="ephemeral", **blocks.deadline_listing(listing, deps.course).as_ack())


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(deadlines_command)
