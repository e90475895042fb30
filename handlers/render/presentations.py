"""How presentations are said: the schedule, the staff's replies to ``/course present`` and
``unpresent``, and the presenters' DMs (outbox kinds ``presentation.assigned`` and
``presentation.unassigned``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from slack_sdk.models.blocks import Block

from app.deps import Deps
from bot import presentations
from handlers import blocks
from handlers.format import escape, slack_date
from handlers.render.registry import renders


def schedule_reply(slots: list[presentations.Slot], deps: Deps, *,
                   title: str = "Presentation schedule") -> blocks.Reply:
    lines = [f"*{d:%a %b} {d.day}* · {escape(s.paper_title)} · "
             + ", ".join(f"<@{u}>" for u in s.presenters)
             for s in slots for d in [s.class_date]]
    body: list[Block] = [blocks.header(title)]
    body += [blocks.section("\n".join(lines[i:i + 15])) for i in range(0, len(lines), 15)][:45]
    if not lines:
        body.append(blocks.section("No presentations have been assigned yet."))
    return blocks.Reply(text=title, blocks=[b.to_dict() for b in body])


def _deadline_item(title: str, due_at: datetime, time_assumed: bool, deps: Deps) -> str:
    return (f"{escape(title)}: {slack_date(due_at, deps.course.tz)}"
            + (" (time assumed: the syllabus gives none)" if time_assumed else ""))


def assignment_reply(result: presentations.Assignment, deps: Deps) -> blocks.Reply:
    """The staff member's reply; the presenters are told by DM (the outbox)."""
    slot = result.slot
    day = slot.class_date
    who = ", ".join(f"<@{u}>" for u in slot.presenters)
    lines = [f"Assigned: *{escape(slot.paper_title)}* on {day:%a %b} {day.day}, presented by "
             f"{who}."]
    per_user: dict[str, list[str]] = {}
    for d in result.deadlines:
        per_user.setdefault(d.user_id, []).append(
            _deadline_item(d.title, d.due_at, d.time_assumed, deps))
    for uid, items in per_user.items():
        lines.append(f"<@{uid}>: " + "; ".join(items))
    lines.append("Each presenter is told by DM.")
    return blocks.text_reply("\n".join(lines))


@renders(presentations.ASSIGNED)
def _assigned(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    day = date.fromisoformat(str(data["class_date"]))
    items = [_deadline_item(str(d["title"]), datetime.fromisoformat(d["due_at"]),
                            bool(d.get("time_assumed")), deps)
             for d in data.get("deadlines") or []]
    text = (f"You are presenting *{escape(str(data['paper']))}* in class on "
            f"{day:%A, %B} {day.day}.")
    if items:
        text += " Your deadlines:\n• " + "\n• ".join(items)
    return {"text": text + "\nSee `/deadlines` any time."}


@renders(presentations.UNASSIGNED)
def _unassigned(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    day = date.fromisoformat(str(data["class_date"]))
    gone = "; your own deadlines for it are cancelled" if data.get("owed") else ""
    return {"text": f"You are no longer presenting *{escape(str(data['paper']))}* on "
                    f"{day:%A, %B} {day.day}{gone}. See `/deadlines`."}


def unassignment_reply(result: presentations.Unassignment, deps: Deps) -> blocks.Reply:
    """Tell staff what was removed and cancelled (the presenters are told by DM)."""
    day = result.class_date
    when = f"{day:%a %b} {day.day}"
    reviews = f"{presentations.REVIEWS}:"
    # say "cancelled" only of what was (the course file may define no presenter deadlines)
    owed = any(not key.startswith(reviews) for key in result.cancelled)
    gone = "; their own deadlines for it are cancelled" if owed else ""
    lines = []
    for slot in result.removed:
        who = ", ".join(f"<@{u}>" for u in slot.presenters)
        verb = "presents" if len(slot.presenters) == 1 else "present"
        lines.append(f"Removed: {who} no longer {verb} *{escape(slot.paper_title)}* on "
                     f"{when}{gone}.")
    if result.papers_left:
        lines.append(f"Still presented on {when}: "
                     + "; ".join(f"“{escape(t)}”" for t in result.papers_left) + ".")
    elif any(key.startswith(reviews) for key in result.cancelled):
        lines.append(f"No paper is left on {when}, so its reviews deadline is cancelled.")
    lines.append("Each presenter is told by DM.")
    return blocks.text_reply("\n".join(lines))
