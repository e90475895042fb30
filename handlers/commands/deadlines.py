"""``/deadlines [all | <window> | <title words> | help]``: an ephemeral list of deadlines."""

from __future__ import annotations

from collections import OrderedDict

from slack_bolt.async_app import AsyncAck, AsyncApp

from app.deps import Deps
from bot import presentations
from bot.course import Course
from bot.deadlines import DeadlineListing, deadline_listing
from handlers import blocks

COMMAND = "/deadlines"


class _Rendered:
    """Replies already rendered, by listing identity: a class asks the same thing in a minute.

    The service hands out one shared listing per question per minute; holding it here keeps
    its id from being reused. Least recently used replies go first.
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._replies: OrderedDict[tuple[int, int], tuple[object, blocks.Reply]] = OrderedDict()

    def reply(self, listing: DeadlineListing, course: Course) -> blocks.Reply:
        key = (id(listing), id(course))
        hit = self._replies.get(key)
        if hit is not None:
            self._replies.move_to_end(key)
            return hit[1]
        reply = blocks.deadline_listing(listing, course)
        self._replies[key] = ((listing, course), reply)
        if len(self._replies) > self.size:
            self._replies.popitem(last=False)
        return reply


_rendered = _Rendered()


async def deadlines_command(ack: AsyncAck, command: dict, context: dict) -> None:
    deps: Deps = context["deps"]
    text = " ".join((command.get("text") or "").split())
    user_id = command.get("user_id")
    if text.lower() in {"presentations", "presentation", "presenters"}:
        from handlers.render.presentations import schedule_reply

        slots = await presentations.schedule(deps.db, deps.course)
        await ack(response_type="ephemeral", **schedule_reply(slots, deps).as_ack())
        return
    if text.lower().split(" ")[0] in {"calendar", "ical", "ics"}:
        from handlers.calendar import calendar_command

        await ack(response_type="ephemeral", **(await calendar_command(
            deps, user_id=user_id or "", reset=text.lower().endswith("reset"))).as_ack())
        return
    listing = await deadline_listing(
        deps.db, deps.course, now=deps.clock.now(), text=command.get("text", ""),
        user_id=user_id,
    )
    await ack(response_type="ephemeral", **_rendered.reply(listing, deps.course).as_ack())


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(deadlines_command)
