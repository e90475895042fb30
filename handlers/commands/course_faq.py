"""``/course questions`` · ``/course answer <id> <text>`` · ``/course faq [edit|retire] …``.

The staff side of the declined-questions loop (:mod:`bot.answers.faq`). Each verb parses,
calls one service with the request's :class:`~bot.actor.Actor` (the service refuses
students by itself) and returns the reply; ``/course``'s dispatcher acks it (ephemeral).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from app.deps import Deps
from bot.actor import Actor
from bot.answers import faq
from handlers.blocks import Reply
from handlers.render import answers as render

Verb = Callable[[str, Actor, Deps], Awaitable[Reply]]


async def questions(rest: str, actor: Actor, deps: Deps) -> Reply:
    found = await faq.open_questions(deps.db, deps.course, actor=actor, now=deps.clock.now())
    if isinstance(found, faq.Problem):
        return render.problem_reply(found)
    return render.questions_reply(found, deps.course.tz)


async def answer(rest: str, actor: Actor, deps: Deps) -> Reply:
    done = await faq.answer_question(deps.db, deps.course, actor=actor, text=rest,
                                     now=deps.clock.now())
    if isinstance(done, faq.Problem):
        return render.problem_reply(done)
    return render.answered_reply(done)


async def faq_verb(rest: str, actor: Actor, deps: Deps) -> Reply:
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
            return render.problem_reply(entries)
        return render.faq_reply(entries, deps.course.tz)
    if isinstance(result, faq.Problem):
        return render.problem_reply(result)
    return render.faq_changed_reply(result)


VERBS: dict[str, Verb] = {"questions": questions, "answer": answer, "faq": faq_verb}
"""``/course <verb> <rest>`` → handler, merged into ``/course``'s dispatcher."""
