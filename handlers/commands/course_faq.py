"""``/course questions`` · ``/course answer <id> <text>`` · ``/course faq [edit|retire] …``
· ``/course dismiss <id>``,
and the "Answer" button and modal of ``/course questions``.

The staff side of the declined-questions loop (:mod:`bot.answers.faq`). Each verb parses,
calls one service with the request's :class:`~bot.actor.Actor` (the service refuses
students by itself) and returns the reply; ``/course``'s dispatcher acks it (ephemeral).
The button opens a modal with the question (after the same service has checked the
presser is staff); its submission calls the service ``/course answer`` calls, and a
problem (empty, too long, answered meanwhile, not staff) is the field's error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot.actor import Actor
from bot.answers import faq
from handlers import parse
from handlers.blocks import Reply
from handlers.render import answers as render
from handlers.render.answers import ANSWER_ACTION, ANSWER_BLOCK, ANSWER_MODAL

Verb = Callable[[str, Actor, Deps], Awaitable[Reply]]


async def questions(rest: str, actor: Actor, deps: Deps) -> Reply:
    found = await faq.open_questions(deps.db, deps.course, actor=actor, now=deps.clock.now())
    if isinstance(found, faq.Problem):
        return render.problem_reply(found, deps.course.tz)
    return render.questions_reply(found, deps.course.tz)


async def answer(rest: str, actor: Actor, deps: Deps) -> Reply:
    done = await faq.answer_question(deps.db, deps.course, actor=actor, text=rest,
                                     now=deps.clock.now())
    if isinstance(done, faq.Problem):
        return render.problem_reply(done, deps.course.tz)
    return render.answered_reply(done)


async def faq_verb(rest: str, actor: Actor, deps: Deps) -> Reply:
    entries = await faq.faq_entries(deps.db, deps.course, actor=actor, now=deps.clock.now())
    if isinstance(entries, faq.Problem):
        return render.problem_reply(entries, deps.course.tz)
    if rest.strip():
        return render.problem_reply(faq.Problem(
            "usage", "Use `/course faq`, `/course faq edit <id> <new answer>` or "
                     "`/course faq retire <id>`."))
    return render.faq_reply(entries, deps.course.tz)


async def faq_edit(rest: str, actor: Actor, deps: Deps) -> Reply:
    result = await faq.edit_faq(deps.db, deps.course, actor=actor, text=rest,
                                now=deps.clock.now())
    if isinstance(result, faq.Problem):
        return render.problem_reply(result, deps.course.tz)
    return render.faq_changed_reply(result)


async def faq_retire(rest: str, actor: Actor, deps: Deps) -> Reply:
    result = await faq.retire_faq(deps.db, deps.course, actor=actor, text=rest,
                                  now=deps.clock.now())
    if isinstance(result, faq.Problem):
        return render.problem_reply(result, deps.course.tz)
    return render.faq_changed_reply(result)


async def dismiss(rest: str, actor: Actor, deps: Deps) -> Reply:
    result = await faq.dismiss_question(deps.db, deps.course, actor=actor, text=rest,
                                        now=deps.clock.now())
    if isinstance(result, faq.Problem):
        return render.problem_reply(result, deps.course.tz)
    return render.dismissed_reply(result)


VERBS: dict[str, Verb] = {"questions": questions, "answer": answer, "faq": faq_verb,
                          "faq edit": faq_edit, "faq retire": faq_retire, "dismiss": dismiss}
"""``/course <verb> <rest>`` → handler, merged into ``/course``'s dispatcher."""


# ----------------------------------------------------------------------------- button, modal
async def answer_button(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient,
                        respond: AsyncRespond, context: dict) -> None:
    """"Answer" under an open question: the modal, for staff; a refusal said to the presser."""
    await ack()
    deps: Deps = context["deps"]
    user = (body.get("user") or {}).get("id", "")
    value = str(action.get("value") or "")
    found = await faq.question_to_answer(deps.db, deps.course, actor=await deps.actor(user),
                                         question_id=parse.item_id(value) or 0,
                                         now=deps.clock.now())
    if isinstance(found, faq.Problem):
        reply = render.problem_reply(found, deps.course.tz)
        if body.get("response_url"):
            await respond(text=reply.text, blocks=reply.blocks, response_type="ephemeral",
                          replace_original=False)
        else:
            await client.chat_postMessage(channel=user, text=reply.text, blocks=reply.blocks)
        return
    await client.views_open(trigger_id=str(body.get("trigger_id") or ""),
                            view=render.answer_modal(found, deps.course.tz))


async def answer_submission(ack: AsyncAck, body: dict, view: dict, context: dict) -> None:
    """The modal's "Send answer": stored, DMed and kept as FAQ, or the field's error."""
    deps: Deps = context["deps"]
    user = (body.get("user") or {}).get("id", "")
    values = (view.get("state") or {}).get("values") or {}
    text = str((values.get(ANSWER_BLOCK, {}).get(ANSWER_BLOCK) or {}).get("value") or "")
    metadata = str(view.get("private_metadata") or "")
    done = await faq.answer_one(deps.db, deps.course, actor=await deps.actor(user),
                                question_id=parse.item_id(metadata) or 0,
                                answer=text, now=deps.clock.now())
    if isinstance(done, faq.Problem):
        await ack(response_action="errors",
                  errors={ANSWER_BLOCK: render.answer_modal_error(done, actor_id=user)})
        return
    await ack(response_action="update", view=render.answered_view(done))


def register(app: AsyncApp) -> None:
    app.action(ANSWER_ACTION)(answer_button)
    app.view(ANSWER_MODAL)(answer_submission)
