"""``/oh``: office hours. Students: ``/oh``, ``join [topic]``, ``leave``, ``hours``.
Staff: ``open [60m] [link]``, ``close``, ``next``, ``done``, ``skip``, ``list``, ``stats``,
``hours add Wed 3-4pm [link]``, ``hours remove <n>``. Buttons: "Remind me when it opens",
"Keep my place for the next session".

The handler parses, resolves the actor once and calls one service; the services decide
who may do what (``bot.office_hours``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from app.deps import Deps
from bot import office_hours as oh
from bot.actor import Actor
from bot.office_hours.schedule import parse_duration
from handlers.blocks import Reply
from handlers.format import escape
from handlers.render import oh as render

COMMAND = "/oh"
Verb = Callable[[Deps, Actor, str], Awaitable[Reply]]


async def _status(deps: Deps, actor: Actor, rest: str) -> Reply:
    view = await oh.status(deps.db, deps.course, actor=actor, now=deps.clock.now())
    return render.status_reply(view, deps)


async def _join(deps: Deps, actor: Actor, rest: str) -> Reply:
    outcome = await oh.join(deps.db, deps.course, actor=actor, topic=rest, now=deps.clock.now())
    return render.outcome_reply(outcome, deps)


async def _leave(deps: Deps, actor: Actor, rest: str) -> Reply:
    return render.outcome_reply(
        await oh.leave(deps.db, deps.course, actor=actor, now=deps.clock.now()), deps)


async def _open(deps: Deps, actor: Actor, rest: str) -> Reply:
    length, link = None, ""
    for word in rest.split():
        if (d := parse_duration(word)) is not None and length is None:
            length = d
        elif word.strip("<>").split("|")[0].startswith(("https://", "http://")) and not link:
            link = word.strip("<>").split("|")[0]
        else:
            return Reply(text=f"I did not understand `{escape(word[:40])}`: "
                              "`/oh open [60m] [https://link]`.")
    outcome = await oh.open_hours(deps.db, deps.course, actor=actor, now=deps.clock.now(),
                                  length=length, link=link)
    return render.outcome_reply(outcome, deps)


async def _close(deps: Deps, actor: Actor, rest: str) -> Reply:
    return render.outcome_reply(
        await oh.close_hours(deps.db, deps.course, actor=actor, now=deps.clock.now()), deps)


async def _next(deps: Deps, actor: Actor, rest: str) -> Reply:
    return render.outcome_reply(
        await oh.next_student(deps.db, deps.course, actor=actor, now=deps.clock.now()), deps)


async def _done(deps: Deps, actor: Actor, rest: str) -> Reply:
    return render.outcome_reply(
        await oh.done(deps.db, deps.course, actor=actor, now=deps.clock.now()), deps)


async def _skip(deps: Deps, actor: Actor, rest: str) -> Reply:
    return render.outcome_reply(
        await oh.skip(deps.db, deps.course, actor=actor, now=deps.clock.now()), deps)


async def _list(deps: Deps, actor: Actor, rest: str) -> Reply:
    return render.outcome_reply(
        await oh.listing(deps.db, deps.course, actor=actor, now=deps.clock.now()), deps)


async def _stats(deps: Deps, actor: Actor, rest: str) -> Reply:
    result = await oh.stats(deps.db, deps.course, actor=actor, now=deps.clock.now())
    if isinstance(result, oh.Outcome):
        return render.outcome_reply(result, deps)
    return render.stats_reply(*result, deps)


async def _hours(deps: Deps, actor: Actor, rest: str) -> Reply:
    sub, _, arg = rest.partition(" ")
    now = deps.clock.now()
    if sub.lower() == "add":
        return render.outcome_reply(await oh.hours_add(deps.db, deps.course, actor=actor,
                                                       text=arg, now=now), deps)
    if sub.lower() in ("remove", "rm", "delete"):
        return render.outcome_reply(await oh.hours_remove(deps.db, deps.course, actor=actor,
                                                          number=arg, now=now), deps)
    if sub:
        return Reply(text="`/oh hours`, `/oh hours add Wed 3-4pm [link]` or "
                          "`/oh hours remove <n>`.")
    specs = await oh.hours_list(deps.db, deps.course)
    return render.hours_reply(specs, deps, staff=actor.is_staff)


async def _help(deps: Deps, actor: Actor, rest: str) -> Reply:
    return render.help_reply(staff=actor.is_staff)


# every verb the dispatcher knows: canonical name → handler; then aliases → canonical name
VERBS: dict[str, Verb] = {
    "": _status, "join": _join, "leave": _leave, "open": _open, "close": _close,
    "next": _next, "done": _done, "skip": _skip, "list": _list, "stats": _stats,
    "hours": _hours, "help": _help,
}
ALIASES: dict[str, str] = {
    "status": "", "queue": "", "q": "", "enter": "join", "quit": "leave", "exit": "leave",
    "start": "open", "end": "close", "stop": "close", "pull": "next", "finish": "done",
    "noshow": "skip", "no-show": "skip", "ls": "list", "?": "help",
}


def verb_for(word: str) -> Verb | None:
    word = word.lower()
    return VERBS.get(ALIASES.get(word, word))


async def oh_command(ack: AsyncAck, command: dict, context: dict) -> None:
    deps: Deps = context["deps"]
    text = " ".join(str(command.get("text", "")).split())
    word, _, rest = text.partition(" ")
    actor = await deps.actor(command["user_id"])
    verb = verb_for(word)
    if verb is None:
        reply = Reply(text=f"I don't know `/oh {escape(word[:30])}`.")
        reply = Reply(text=reply.text + "\n" + render.help_reply(staff=actor.is_staff).text)
    else:
        reply = await verb(deps, actor, rest)
    if not reply.blocks:
        reply = render.reply(reply.text)
    await ack(response_type="ephemeral", **reply.as_ack())


async def remind_button(ack: AsyncAck, body: dict, respond: AsyncRespond,
                        context: dict) -> None:
    await ack()
    deps: Deps = context["deps"]
    actor = await deps.actor(body["user"]["id"])
    reply = render.outcome_reply(
        await oh.remind(deps.db, deps.course, actor=actor, now=deps.clock.now()), deps)
    await respond(text=reply.text, blocks=reply.blocks, replace_original=False,
                  response_type="ephemeral")


async def hold_button(ack: AsyncAck, body: dict, respond: AsyncRespond, context: dict) -> None:
    await ack()
    deps: Deps = context["deps"]
    actor = await deps.actor(body["user"]["id"])
    reply = render.outcome_reply(
        await oh.hold(deps.db, deps.course, actor=actor, now=deps.clock.now()), deps)
    await respond(text=reply.text, blocks=reply.blocks, replace_original=False,
                  response_type="ephemeral")


BUTTONS: dict[str, Callable[..., Awaitable[None]]] = {
    render.REMIND_ACTION: remind_button, render.HOLD_ACTION: hold_button}


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(oh_command)
    for action_id, listener in BUTTONS.items():
        app.action(action_id)(listener)
