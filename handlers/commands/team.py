"""``/team``: register a project team (modal or text), answer invitations, see and manage teams.

This module only translates: it parses the command, resolves the actor once, looks the
named people up in Slack (:mod:`handlers.slack_people`), calls one service of
:mod:`bot.teams` and replies in the ack with the committed outcome. Who may do what is
decided by the services; the messages a change causes are in the outbox, committed with
it, and rendered by :mod:`handlers.render.team`.

Every verb and alias is a key of :data:`VERBS` (the authorization table test walks it).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot import teams
from bot.actor import Actor
from handlers import blocks, parse, slack_people
from handlers.format import escape
from handlers.plain import mrkdwn_to_text
from handlers.render.team import (
    ACCEPT,
    DECLINE,
    MODAL,
    board_reply,
    closed_invitation_text,
    help_reply,
    list_reply,
    mrkdwn_plain,
    my_team_reply,
    outcome_text,
    register_modal,
    suggest_reply,
)

COMMAND = "/team"
ACTION_IDS: tuple[str, ...] = (ACCEPT, DECLINE)
VIEW_CALLBACK_IDS: tuple[str, ...] = (MODAL,)

logger = logging.getLogger("course_bot.team")


@dataclass(frozen=True)
class Request:
    """One ``/team`` command, parsed: the verb as typed, the rest of the text."""

    deps: Deps
    client: AsyncWebClient
    actor: Actor
    verb: str
    rest: str
    now: datetime
    trigger_id: str
    bot_user_id: str

    async def people(self, user_ids: list[str]) -> list[teams.Person]:
        return await slack_people.lookup_people(self.client, self.deps, user_ids)


@dataclass(frozen=True)
class OpenModal:
    """The reply is a modal: ack empty, then ``views.open`` (the command's own answer)."""

    view: dict[str, Any]


Result = blocks.Reply | OpenModal
Handler = Callable[[Request], Awaitable[Result]]


def _reply(deps: Deps, outcome: teams.Outcome) -> blocks.Reply:
    return blocks.text_reply(outcome_text(deps, outcome))


def _ref_and_text(rest: str) -> tuple[str, str]:
    """``#3 New name`` → (``#3``, ``New name``); anything else → ("", rest)."""
    if rest.startswith("#"):
        ref, _, text = rest.partition(" ")
        return ref, text
    return "", rest


# ----------------------------------------------------------------------------- verbs
async def _show(req: Request) -> Result:
    deps = req.deps
    mine = await teams.my_team(deps.db, deps.course, user_id=req.actor.user_id, now=req.now)
    if req.verb == "" and mine.team is None and not mine.invitations and (
            req.actor.is_staff or not mine.locked) and req.trigger_id:
        return OpenModal(register_modal(staff=req.actor.is_staff))
    return my_team_reply(deps, mine)


async def _help(req: Request) -> Result:
    return help_reply(req.actor.is_staff)


async def _register(req: Request) -> Result:
    mentioned, words = parse.mentions(req.rest)
    name, _, title = words.partition("|")
    people = await req.people(mentioned)
    return _reply(req.deps, await teams.register(
        req.deps.db, req.deps.course, actor=req.actor, members=people, name=name.strip(),
        project_title=title.strip(), now=req.now))


async def _answer(req: Request) -> Result:
    return _reply(req.deps, await teams.answer(
        req.deps.db, req.deps.course, actor=req.actor, accept=req.verb in {"accept", "join"},
        team_ref=req.rest, now=req.now))


async def _leave(req: Request) -> Result:
    return _reply(req.deps, await teams.leave(req.deps.db, req.deps.course, actor=req.actor,
                                              now=req.now))


async def _rename(req: Request) -> Result:
    ref, new = _ref_and_text(req.rest)
    return _reply(req.deps, await teams.rename(req.deps.db, req.deps.course, actor=req.actor,
                                               new_name=new, team_ref=ref, now=req.now))


async def _title(req: Request) -> Result:
    ref, new = _ref_and_text(req.rest)
    return _reply(req.deps, await teams.set_title(req.deps.db, req.deps.course,
                                                  actor=req.actor, title=new, team_ref=ref,
                                                  now=req.now))


async def _invite(req: Request) -> Result:
    mentioned, ref = parse.mentions(req.rest)
    people = await req.people(mentioned)
    return _reply(req.deps, await teams.invite(
        req.deps.db, req.deps.course, actor=req.actor, people=people, team_ref=ref,
        now=req.now, verb="add" if req.verb == "add" else "invite"))


async def _uninvite(req: Request) -> Result:
    mentioned, ref = parse.mentions(req.rest)
    return _reply(req.deps, await teams.uninvite(
        req.deps.db, req.deps.course, actor=req.actor, user_ids=mentioned, team_ref=ref,
        now=req.now))


async def _remove(req: Request) -> Result:
    mentioned, ref = parse.mentions(req.rest)
    return _reply(req.deps, await teams.remove(
        req.deps.db, req.deps.course, actor=req.actor, team_ref=ref, user_ids=mentioned,
        now=req.now, verb=req.verb))


async def _dissolve(req: Request) -> Result:
    return _reply(req.deps, await teams.dissolve(req.deps.db, req.deps.course, actor=req.actor,
                                                 team_ref=req.rest, now=req.now))


async def _merge(req: Request) -> Result:
    into, sep, source = req.rest.partition(" into ")
    if sep:
        into, source = source, into
    else:
        into, _, source = req.rest.partition(" ")
    return _reply(req.deps, await teams.merge(req.deps.db, req.deps.course, actor=req.actor,
                                              into_ref=into, from_ref=source, now=req.now))


async def _looking(req: Request) -> Result:
    return _reply(req.deps, await teams.set_looking(req.deps.db, req.deps.course,
                                                    actor=req.actor, interests=req.rest,
                                                    now=req.now))


async def _board(req: Request) -> Result:
    return board_reply(await teams.board(req.deps.db, req.deps.course))


def _roster(req: Request) -> Callable[[], Awaitable[teams.Roster]]:
    async def read() -> teams.Roster:
        return await slack_people.course_roster(req.client, req.deps, req.bot_user_id)
    return read


async def _list(req: Request) -> Result:
    try:
        view = await teams.overview(req.deps.db, req.deps.course, actor=req.actor,
                                    roster=_roster(req), now=req.now)
    except teams.Refusal as refusal:
        return blocks.text_reply(outcome_text(req.deps, refusal))
    return list_reply(view, req.deps)


async def _suggest(req: Request) -> Result:
    roster = _roster(req)
    warning = ""

    async def read() -> teams.Roster:
        nonlocal warning
        got = await roster()
        warning = got.warning
        return got

    try:
        found = await teams.suggest(req.deps.db, req.deps.course, actor=req.actor,
                                    roster=read, now=req.now)
    except teams.Refusal as refusal:
        return blocks.text_reply(outcome_text(req.deps, refusal))
    return suggest_reply(found, warning)


async def _export(req: Request) -> Result:
    async def contacts(user_ids: Sequence[str]) -> dict[str, teams.Contact]:
        return await slack_people.contacts(req.client, user_ids)

    return _reply(req.deps, await teams.export(req.deps.db, req.deps.course, actor=req.actor,
                                               contacts=contacts, now=req.now))


VERBS: dict[str, Handler] = {
    "": _show, "status": _show, "show": _show, "me": _show,
    "help": _help, "?": _help,
    "register": _register, "new": _register, "create": _register, "form": _register,
    "accept": _answer, "join": _answer, "decline": _answer, "reject": _answer,
    "leave": _leave, "quit": _leave,
    "rename": _rename,
    "title": _title, "project": _title,
    "invite": _invite, "add": _invite,
    "uninvite": _uninvite, "withdraw": _uninvite,
    "remove": _remove, "kick": _remove,
    "dissolve": _dissolve,
    "merge": _merge,
    "looking": _looking,
    "board": _board,
    "list": _list,
    "suggest": _suggest,
    "export": _export,
}
"""Every ``/team`` verb and alias → its handler. Permissions are the services' business."""


# ----------------------------------------------------------------------------- the command
async def team_command(ack: AsyncAck, command: dict, client: AsyncWebClient,
                       context: dict) -> None:
    deps: Deps = context["deps"]
    user = command["user_id"]
    text = " ".join(str(command.get("text", "")).split())
    verb, _, rest = text.partition(" ")
    verb = verb.lower()
    actor = await deps.actor(user)
    now = deps.clock.now()
    handler = VERBS.get(verb)
    if handler is None:
        await ack(response_type="ephemeral", **blocks.text_reply(
            f"I don't know `/team {escape(verb)}`. `/team help` lists what I can do.").as_ack())
        return
    if not actor.is_staff:
        await teams.note_seen(deps.db, deps.course, user_ids=[user], now=now)
    request = Request(deps=deps, client=client, actor=actor, verb=verb, rest=rest, now=now,
                      trigger_id=str(command.get("trigger_id") or ""),
                      bot_user_id=str(context.get("bot_user_id") or ""))
    result = await handler(request)
    if isinstance(result, OpenModal):
        await ack()
        await client.views_open(trigger_id=request.trigger_id, view=result.view)
        return
    await ack(response_type="ephemeral", **result.as_ack())


# ----------------------------------------------------------------------------- buttons, modal
async def invite_button(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient,
                        respond: AsyncRespond, context: dict) -> None:
    await ack()
    deps: Deps = context["deps"]
    user = body["user"]["id"]
    team_id = parse.item_id(str(action.get("value") or ""))
    if team_id is None:
        return
    outcome = await teams.answer(deps.db, deps.course, actor=await deps.actor(user),
                                 accept=action["action_id"] == ACCEPT, team_id=team_id,
                                 now=deps.clock.now())
    # the answer to the click itself (the teammates' messages are in the outbox)
    message = outcome_text(deps, outcome)
    closed = closed_invitation_text(deps, outcome)
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts")
    if container.get("is_ephemeral") and body.get("response_url"):
        await respond(replace_original=True, text=mrkdwn_plain(message),
                      blocks=[blocks.section(message).to_dict()])
    elif channel and ts and (outcome.ok or closed is not None):
        # the invitation DM itself loses its buttons: answered, or no longer open
        message = message if closed is None else closed
        await client.chat_update(channel=channel, ts=ts, text=mrkdwn_plain(message),
                                 blocks=[blocks.section(message).to_dict()])
    else:
        await client.chat_postMessage(channel=user, text=mrkdwn_plain(message),
                                      blocks=[blocks.section(message).to_dict()])


async def register_submission(ack: AsyncAck, body: dict, view: dict, client: AsyncWebClient,
                              context: dict) -> None:
    deps: Deps = context["deps"]
    user = body["user"]["id"]
    values = (view.get("state") or {}).get("values") or {}
    chosen = list((values.get("members", {}).get("members") or {}).get("selected_users") or [])
    name = (values.get("name", {}).get("name") or {}).get("value") or ""
    title = (values.get("title", {}).get("title") or {}).get("value") or ""
    people = await slack_people.lookup_people(client, deps, chosen)
    outcome = await teams.register(deps.db, deps.course, actor=await deps.actor(user),
                                   members=people, name=name, project_title=title,
                                   now=deps.clock.now(), confirm=True)
    if not outcome.ok:
        text = mrkdwn_to_text(outcome_text(deps, outcome), zone=deps.course.tz)
        block = outcome.field or ("members" if outcome.locked_at is None else "name")
        await ack(response_action="errors", errors={block: mrkdwn_plain(text)[:150]})
        return
    await ack()  # the confirmation DM is in the outbox with the invitations


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(team_command)
    for action_id in ACTION_IDS:
        app.action(action_id)(invite_button)
    for callback_id in VIEW_CALLBACK_IDS:
        app.view(callback_id)(register_submission)
