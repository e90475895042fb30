"""``/privacy [export | delete [confirm] | help]``: a student's own data, ephemeral.

Every verb acts on the caller's own data only (``bot.privacy`` takes no other user)."""

from __future__ import annotations

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from app.deps import Deps
from bot import privacy
from handlers import parse
from handlers.render import privacy as render

COMMAND = "/privacy"
DELETE_ACTION = render.DELETE_ACTION


async def privacy_command(ack: AsyncAck, command: dict, context: dict) -> None:
    deps: Deps = context["deps"]
    actor = await deps.actor(command["user_id"])
    raw = command.get("text", "")
    named, rest = parse.mentions(raw)
    words = rest.lower().split()
    verb = words[0] if words else ""
    days = deps.settings.retention_days
    if any(u != actor.user_id for u in named):  # someone else named: nothing done
        reply = render.not_yours()
    elif verb in ("", "show", "status", "me", "data"):
        reply = render.shown(await privacy.my_data(deps.db, deps.course, actor=actor),
                             deps.course, retention_days=days)
    elif verb == "export":
        reply = render.outcome(await privacy.export(deps.db, deps.course, actor=actor,
                                                    now=deps.clock.now()), deps.course,
                               retention_days=days)
    elif verb in ("delete", "erase", "forget"):
        confirmed = words[1:] == ["confirm"]
        reply = render.outcome(await privacy.delete(deps.db, deps.course, actor=actor,
                                                    now=deps.clock.now(), confirmed=confirmed),
                               deps.course, retention_days=days)
    else:
        reply = render.help_reply()
    await ack(response_type="ephemeral", **reply.as_ack())


async def delete_pressed(ack: AsyncAck, body: dict, respond: AsyncRespond,
                         context: dict) -> None:
    """The confirmation's **Delete my data** button: deletes the presser's own data."""
    await ack()
    deps: Deps = context["deps"]
    actor = await deps.actor((body.get("user") or {}).get("id", ""))
    result = await privacy.delete(deps.db, deps.course, actor=actor, now=deps.clock.now(),
                                  confirmed=True)
    reply = render.outcome(result, deps.course, retention_days=deps.settings.retention_days)
    await respond(text=reply.text, blocks=reply.blocks, replace_original=True,
                  response_type="ephemeral")


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(privacy_command)
    app.action(DELETE_ACTION)(delete_pressed)
