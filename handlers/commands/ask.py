"""``/ask <question>``: the syllabus's answer, shown only to the asker."""

from __future__ import annotations

from slack_bolt.async_app import AsyncAck, AsyncApp

from app.deps import Deps
from bot.answers import Asker, ask
from bot.answers.safety import log_sent
from handlers.render.answers import answer_reply

COMMAND = "/ask"


async def ask_command(ack: AsyncAck, command: dict, context: dict) -> None:
    deps: Deps = context["deps"]
    answer = await ask(deps.db, deps.course, text=command.get("text", ""), now=deps.clock.now(),
                       asker=Asker(user_id=command.get("user_id", ""), private=True))
    await ack(response_type="ephemeral", **answer_reply(answer, deps.course.tz).as_ack())
    if answer.sensitive:
        log_sent(answer, where="/ask")


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(ask_command)
