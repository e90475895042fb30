"""``/course questions`` · ``/course answer <id> <text>`` · ``/course faq [edit|retire] …``.

The staff side of the declined-questions loop (:mod:`bot.answers.faq`). Each verb parses,
calls one service with the request's :class:`~bot.actor.Actor` (the service refuses
students by itself) and replies ephemerally in the ack. The lead wires :data:`VERBS` into
``/course``'s dispatcher.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot.actor import Actor
from bot.answers import faq
from handlers.blocks import Reply
from handlers.render import answers as render

Verb = Callable[[AsyncAck, Deps, Actor, str, AsyncWebClient], Awaitable[None]]


async def _send(ack: AsyncAck, reply: Reply) -> None:
    await ack(response_type="ephemeral", **reply.as_ack())


async def questions(ack: AsyncAck, deps: Deps, actor: Actor, rest: str,
                    client: AsyncWebClient) -> None:
    found = await faq.open_questions(deps.db, deps.course, actor=actor, now=deps.clock.now())
    if isinstance(found, faq.Problem):
        return await _send(ack, render.problem_reply(found))
    await _send(ack, render.questions_reply(found, deps.course.tz))


async def answer(ack: AsyncAck, deps: Deps, actor: Actor, rest: str,
                 client: AsyncWebClient) -> None:
    done = await faq.answer_question(deps.db, deps.course, actor=actor, text=rest,
                                     now=deps.clock.now())
    if isinstance(done, faq.Problem):
        return await _send(ack, render.problem_reply(done))
    await _send(ack, render.answered_reply(done))


async def faq_verb(ack: AsyncAck, deps: Deps, actor: Actor, rest: str,
                   client: AsyncWebClient) -> None:
    sub, _, args = rest.strip().partition(" ")
    now = deps.clock.now()
    result: Any
    if sub.lower() == "edit":
        result = await faq.edit_faq(deps.db, deps.course, actor=actor, text=args, now=now)
    elif sub.lower() == "retire":
        result = await faq.retire_faq(deps.db, deps.course, actor=actor, text=args, now=now)
    elif sub:
        result = faq.Problem("usage", "Use `/course faq`, `/course faq edit <id> <text>` or "
                                      "`/course faq retire <id>`.")
    else:
        entries = await faq.faq_entries(deps.db, deps.course, actor=actor, now=now)
        if isinstance(entries, faq.Problem):
            return await _send(ack, render.problem_reply(entries))
        return await _send(ack, render.faq_reply(entries, deps.course.tz))
    if isinstance(result, faq.Problem):
        return await _send(ack, render.problem_reply(result))
    await _send(ack, render.faq_changed_reply(result))


VERBS: dict[str, Verb] = {"questions": questions, "answer": answer, "faq": faq_verb}
"""``/course <verb> <rest>`` → handler, for ``/course``'s dispatcher."""
