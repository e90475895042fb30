"""``/grade 87 | B+ | reviews 27/30 presentations 18/20 [need A]``: grade what-if, ephemeral."""

from __future__ import annotations

from slack_bolt.async_app import AsyncAck, AsyncApp

from app.deps import Deps
from bot.answers import answerer_for
from bot.answers.safety import detect, log_sent, reply
from bot.grades import what_if
from handlers.render.answers import answer_reply

COMMAND = "/grade"


async def grade_command(ack: AsyncAck, command: dict, context: dict) -> None:
    deps: Deps = context["deps"]
    text = command.get("text", "")
    concern = detect(text, deps.course)  # "/grade i'm failing and want to die": safety first
    if concern is not None:
        answer = reply(concern, deps.course)
        await ack(response_type="ephemeral", **answer_reply(answer, deps.course.tz).as_ack())
        log_sent(answer, where="/grade")
        return
    answer = answerer_for(deps.course).grade_answer(what_if(text, deps.course))
    await ack(response_type="ephemeral", **answer_reply(answer, deps.course.tz).as_ack())


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(grade_command)
