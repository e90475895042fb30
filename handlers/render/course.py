"""How ``/course`` speaks: its replies, and the channel messages its changes queue.

Everything the staff tools return is data (``bot.staff``); this module writes the
mrkdwn, names users with ``<@…>`` and dates with ``<!date^…>``. The outbox kinds
``course.announcement`` and ``course.change`` are rendered here for the delivery worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, ConfirmObject

from app.deps import Deps
from bot import staff
from bot.course import Course
from bot.staff import Applied, Cancelled, Problem, Proposal, StaffChange, StaffList, Waiting
from bot.timefmt import local_text
from handlers import blocks
from handlers.format import escape, slack_date
from handlers.render.registry import renders

CONFIRM_ACTION = "course_confirm"
CANCEL_ACTION = "course_cancel"
_ACTIONS = {"deadline.move": "move", "deadline.add": "add", "deadline.cancel": "cancel",
            "class.cancel": "cancel"}
_DONE = {"deadline.move": "moved", "deadline.add": "added", "deadline.cancel": "cancelled",
         "class.cancel": "cancelled"}

USAGE = """*Deadlines* (each change is echoed first; confirm with the button or `/course confirm`)
• `/course deadlines`: course deadlines with their ids
• `/course deadline add "<title>" <when>`: e.g. `Nov 19 5pm`, `next Friday`, `in 2 weeks`
• `/course deadline move "<title>" <when>` (or the id instead of the title)
• `/course deadline cancel "<title>"`
• `/course confirm` · `/course cancel`: decide the change waiting for you
*Class*
• `/course cancel-class <date>`: tells the channel; nothing else moves by itself
• `/course present @a [@b] <class date> "<paper title>"`: presenters, with their slides and \
blog deadlines
• `/course unpresent @a [@b] <class date>`: take presenters off a class (to move them, \
unpresent, then present again)
• `/course presentations`: the presentation schedule
*Channel and staff*
• `/course announce <text>` · `/course channel #name`
• `/course staff` · `/course staff add @u` · `/course staff remove @u`
• `/course reminders status` · `/course reminders 3d 1d 3h` (or `default`) · `/course audit`
• `/course outbox` every message the bot has queued, sent or failed to send (with Slack's reason)
*Several courses*
• `/course setup <course-id>` in a channel: it answers for that course (staff, the installer, \
admins) · `/course use <course-id>`: where your DMs go (anyone)
*Questions the bot could not answer*
• `/course questions` (each with an *Answer* button) · `/course answer <id> <text>` (the \
student gets it by DM; it becomes an FAQ entry) · `/course faq` · `/course faq edit <id> <text>` \
· `/course faq retire <id>` · `/course dismiss <id>` (spam or a duplicate: closed, no FAQ entry)"""


def student_help_reply(refused: Problem, known: Sequence[tuple[str, str]]) -> blocks.Reply:
    """``/course`` for someone who is not staff: what they CAN do with it."""
    listed = ", ".join(f"`{escape(cid)}` {escape(label)}" for cid, label in known)
    return blocks.text_reply(
        escape("Only the course staff can use the other `/course` commands. You can use "
               "`/course use <course-id>` to choose which course your DMs with me go to")
        + (f" (courses here: {listed})." if listed else ".")
        + " `/ask`, `/deadlines` and `/privacy` are for everyone.")


def help_reply() -> blocks.Reply:
    return blocks.Reply(text="How to use /course", blocks=[
        blocks.header("/course (staff)").to_dict(), blocks.section(escape(USAGE)).to_dict()])


def mentions(users: Sequence[str]) -> str:
    return ", ".join(f"<@{u}>" for u in users)


def problem_reply(problem: Problem) -> blocks.Reply:
    text = escape(problem.message)
    if problem.users:
        text += " " + mentions(problem.users) + "."
    if problem.candidates:
        text += "\nDid you mean: " + ", ".join(f"“{escape(c)}”" for c in problem.candidates)
        text += "? Quote the title, or use its id from `/course deadlines`."
    if problem.refused:
        text += " Try `/deadlines` for the dates."
    return blocks.text_reply(text)


def _waiting_text(items: Sequence[Waiting], *, lead: str) -> str:
    named = "; ".join(f"{_ACTIONS.get(w.action, w.action)} *{escape(w.title)}*" for w in items)
    return f"{lead}: {named}."


def proposal_reply(p: Proposal, deps: Deps) -> blocks.Reply:
    zone = deps.course.tz
    title = escape(p.title)
    if p.action == "deadline.move":
        assert p.old_due is not None and p.new_due is not None
        question = (f"Move *{title}* from {slack_date(p.old_due, zone)} "
                    f"to {slack_date(p.new_due, zone)}?")
    elif p.action == "deadline.add":
        assert p.new_due is not None
        question = f"Add the deadline *{title}*, due {slack_date(p.new_due, zone)}?"
    elif p.action == "deadline.cancel":
        assert p.old_due is not None
        question = f"Cancel *{title}* (due {slack_date(p.old_due, zone)})?"
    else:
        question = (f"Tell the channel there is no class on *{title.removeprefix('Class of ')}*? "
                    "Nothing else moves by itself: deadlines and presentations stay as they are.")
        for paper, presenters in p.presentations:
            who = ", ".join(f"<@{u}>" for u in presenters)
            question += (f"\n• Presented that day: “{escape(paper)}” ({who}); move it with "
                         "`/course unpresent` and `/course present`.")
        for tied in p.tied_deadlines:
            question += f"\n• Still due: *{escape(tied)}* (`/course deadline move` or `cancel`)."
    question += "".join(f"\n:warning: {w}" for w in _warnings(p, deps))
    if p.replaces:
        question += ("\n:warning: " + _waiting_text(p.replaces, lead="A change is already waiting "
                                                     "for your confirmation")
                     + " Confirming this one replaces it; cancelling this one keeps it waiting.")
    notes = []
    if p.read_as:
        notes.append(f"I read “{escape(p.read_as)}” in course time ({deps.course.timezone}).")
    if p.time_assumed:
        notes.append("No time was given, so 11:59 PM course time is used.")
    if p.action.startswith("deadline."):
        notes.append("On confirm the channel is told (old → new) and reminders follow.")
    notes.append("Or type `/course confirm` / `/course cancel`.")
    buttons = ActionsBlock(block_id=f"pending-{p.action_id}", elements=[
        ButtonElement(text="Confirm", action_id=CONFIRM_ACTION, value=str(p.action_id),
                      style="danger" if p.risky else "primary",
                      confirm=_second_check(p, deps) if p.risky else None),
        ButtonElement(text="Cancel", action_id=CANCEL_ACTION, value=str(p.action_id)),
    ])
    body = [blocks.section(question), buttons, blocks.context(*notes)]
    return blocks.Reply(text=_plain(question), blocks=[b.to_dict() for b in body])




def span_text(span: timedelta) -> str:
    """``3 days 4 hours``, ``2 hours 59 minutes``, ``1 minute``: how much earlier."""
    days, hours, minutes = span.days, span.seconds // 3600, span.seconds % 3600 // 60
    units = ((days, "day"), (hours, "hour"), (0 if days else minutes, "minute"))
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in units if n]
    return " ".join(parts) or "1 minute"


def _warnings(p: Proposal, deps: Deps) -> list[str]:
    """What staff must see before confirming a change that costs students time."""
    zone = deps.course.tz
    found = []
    if p.in_past and p.new_due is not None:
        found.append(f"*{slack_date(p.new_due, zone)}* has already passed: nobody could meet "
                     "that deadline. Check the date and the year before you confirm.")
    elif p.earlier_by is not None:
        found.append(f"This moves *{escape(p.title)}* *earlier*, by {span_text(p.earlier_by)}: "
                     "students get less time than they planned for. Check the date before "
                     "you confirm.")
    if p.relative_weekday and p.new_due is not None:
        found.append(f"“{escape(p.read_as)}” could be this week's or next week's; I read it as "
                     f"{slack_date(p.new_due, zone)}. To be sure, give the date "
                     "(e.g. `Oct 1 5pm`).")
    return found


def _second_check(p: Proposal, deps: Deps) -> ConfirmObject:
    """Slack's "are you sure" dialog on Confirm, with the old and the new date."""
    zone = deps.course.tz
    new = local_text(p.new_due, zone) if p.new_due is not None else ""
    if p.in_past:
        title, text = "Set a date that has passed?", f"{p.title}: due {new}, already passed."
    else:
        title, text = "Move it earlier?", f"{p.title}: due {new}"
    if p.old_due is not None:
        text += f" It was due {local_text(p.old_due, zone)}."
    return ConfirmObject(title=title, text=text[:300], confirm="Yes, confirm", deny="Go back")


def _plain(text: str) -> str:
    return text.replace("*", "")


def change_text(data: Mapping[str, Any], deps: Deps) -> str:
    """The channel's announcement of a confirmed change (``course.change`` data)."""
    zone = deps.course.tz
    title = escape(str(data.get("title", "")))
    action = data.get("action")
    old = datetime.fromisoformat(data["old_due"]) if data.get("old_due") else None
    new = datetime.fromisoformat(data["new_due"]) if data.get("new_due") else None
    if action == "deadline.move" and old and new and new < old:
        text = (f":warning: *{title}* has moved *earlier*: it was due {slack_date(old, zone)}, "
                f"it is now due *{slack_date(new, zone)}*.")
    elif action == "deadline.move" and old and new:
        text = (f":calendar: *{title}* has moved: it was due {slack_date(old, zone)}, "
                f"it is now due *{slack_date(new, zone)}*.")
    elif action == "deadline.add" and new:
        text = f":calendar: New deadline: *{title}*, due *{slack_date(new, zone)}*."
    elif action == "deadline.cancel" and old:
        text = f":calendar: *{title}* (was due {slack_date(old, zone)}) is cancelled."
    else:
        day = date.fromisoformat(str(data.get("class_date")))
        text = (f":no_entry_sign: There is no class on *{day:%A, %B} {day.day}*. Deadlines and "
                "presentations stay as they are unless the staff say otherwise.")
    return text + f" (from <@{data.get('actor')}>; see `/deadlines`)"


@renders(staff.CHANGE_ANNOUNCED)
def _change(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    text = change_text(data, deps)
    return {"text": text, "unfurl_links": False}


@renders(staff.ANNOUNCEMENT)
def _announcement(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    return {"text": f":mega: {escape(str(data.get('text', '')))}\n_from <@{data.get('by')}>_",
            "unfurl_links": False}


def decision_reply(result: Applied | Cancelled | Problem) -> blocks.Reply:
    """The staff member's reply to a confirmation or a cancellation."""
    if isinstance(result, Problem):
        return problem_reply(result)
    if isinstance(result, Cancelled):
        text = f"Cancelled: nothing changed ({escape(result.title)})."
        if result.still_waiting:
            text += "\n" + _waiting_text(result.still_waiting, lead="Still waiting for you")
            text += " `/course confirm` applies the latest."
        return blocks.text_reply(text)
    lines = [f"Done: {escape(result.title)} {_DONE[result.action]}"
             + (f" (version {result.version})." if result.version else ".")]
    if result.channel:
        lines.append(f"Announced in <#{result.channel}>.")
    else:
        lines.append("No course channel is set (`/course channel #name`), so nobody was told.")
    if result.replaced:
        lines.append(_waiting_text(result.replaced,
                                   lead="It replaces (drops) your earlier waiting change"))
    if result.still_waiting:
        lines.append(_waiting_text(result.still_waiting, lead="Still waiting for you"))
    if result.replanned is not None:
        lines.append(f"Reminders re-planned ({escape(result.replanned)}).")
    return blocks.Reply(text=lines[0], blocks=[blocks.section("\n".join(lines)).to_dict()])


def deadlines_reply(items: list[staff.DeadlineInfo], deps: Deps) -> blocks.Reply:
    zone = deps.course.tz
    lines = [f"`{d.id}` *{escape(d.title)}*: {slack_date(d.due_at, zone)}"
             + (f" · {d.origin}, v{d.version}" if d.origin != "course_file" else "")
             + (" · _time assumed_" if d.time_assumed else "") for d in items]
    body: list[Block] = [blocks.header("Course deadlines (with ids)")]
    body += [blocks.section("\n".join(lines[i:i + 20])) for i in range(0, len(lines), 20)]
    if not lines:
        body.append(blocks.section("No active course deadlines."))
    body.append(blocks.context(escape('Move one: `/course deadline move <id or "title"> <when>`')))
    return blocks.Reply(text="Course deadlines", blocks=[b.to_dict() for b in body])


def _when(value: dict[str, Any] | None, deps: Deps) -> str:
    if not value:
        return ""
    if "due_at" in value:
        from datetime import datetime

        return slack_date(datetime.fromisoformat(value["due_at"]), deps.course.tz)
    shown = ", ".join(f"{k}={v}" for k, v in value.items() if k != "content_hash")
    return escape(shown if len(shown) <= 120 else shown[:119] + "…")


def audit_reply(entries: list[staff.AuditEntry], deps: Deps) -> blocks.Reply:
    zone = deps.course.tz
    lines = []
    for e in entries:
        line = f"{slack_date(e.at, zone)} · <@{e.actor}> · `{e.action}` {escape(e.target)}"
        old, new = _when(e.old, deps), _when(e.new, deps)
        if old or new:
            line += f": {old or '—'} → {new or '—'}" if old else f": {new}"
        lines.append(line if e.actor not in {"system", "cli"} else line.replace(
            f"<@{e.actor}>", e.actor))
    body: list[Block] = [blocks.header("Recent changes")]
    body += [blocks.section("\n".join(lines[i:i + 10])) for i in range(0, len(lines), 10)]
    if not lines:
        body.append(blocks.section("Nothing recorded yet."))
    return blocks.Reply(text="Recent changes", blocks=[b.to_dict() for b in body])


def staff_change_reply(result: StaffChange) -> blocks.Reply:
    done = "added to" if result.added else "removed from"
    lines = []
    if result.changed:
        lines.append(mentions(result.changed) + f" {done} the staff.")
    if result.unchanged:
        lines.append(mentions(result.unchanged) + " already "
                     + ("staff." if result.added else "not in the chat-added staff."))
    return blocks.text_reply(" ".join(lines))


def staff_list_reply(listing: StaffList, deps: Deps) -> blocks.Reply:
    names = ", ".join(f"{escape(p.name)} ({p.role})" for p in deps.course.staff)
    lines = [f"Course file: {names}",
             "Settings (STAFF_USER_IDS): " + (mentions(listing.configured) or "none"),
             "Added from chat: " + (mentions(listing.added) or "none")]
    return blocks.text_reply("\n".join(lines))


# ------------------------------------------------------------ several courses (/course setup|use)
CHOOSE_ACTION = "course_choose"
"""The buttons asking a user in several courses which one they mean (``course_choose_<i>``)."""


def setup_reply(bound: Any, title: str) -> blocks.Reply:
    text = f"<#{bound.channel_id}> now answers for *{escape(title)}* (`{escape(bound.course_id)}`)."
    if bound.before and bound.before != bound.course_id:
        text += f" It answered for `{escape(bound.before)}` before."
    if bound.created:
        text += " The course's deadlines were loaded from its file."
    if getattr(bound, "first_staff", False):
        text += (" You are its first staff member; add the others with "
                 "`/course staff add @someone`.")
    return blocks.text_reply(text)


def use_reply(course_id: str, title: str) -> blocks.Reply:
    return blocks.text_reply(
        f"Your DMs with me now go to *{escape(title)}* (`{escape(course_id)}`). "
        "`/course use <course-id>` changes it.")


def unknown_course_reply(name: str, known: Sequence[tuple[str, str]]) -> blocks.Reply:
    """``known``: ``(id, label)`` of the courses one can name (see :func:`course_labels`)."""
    listed = ", ".join(f"`{escape(cid)}` {escape(title)}" for cid, title in known)
    head = f"I don't know the course `{escape(name)}`." if name else "Name the course."
    return blocks.text_reply(f"{head} Courses here: {listed or 'none'}.")


def course_labels(courses: Sequence[Course], *, width: int = 75) -> list[tuple[str, str]]:
    """``(id, label)`` of each course: its title and term, plus its id where two would
    still read the same (no two labels are ever identical); at most ``width`` characters."""

    def fit(title: str, tail: str) -> str:
        room = width - len(tail)
        return (title if len(title) <= room else title[:max(room - 1, 1)] + "…") + tail

    first = [fit(c.title, f" ({c.term})") for c in courses]
    return [(c.id, fit(c.title, f" ({c.term} · {c.id})") if first.count(label) > 1 else label)
            for c, label in zip(courses, first, strict=True)]


def choose_reply(courses: Sequence[tuple[str, str]]) -> blocks.Reply:
    """Which course? One button per course (``(id, label)``, see :func:`course_labels`);
    the click is remembered."""
    text = "You are in several courses. Which one is this about? I will remember your choice."
    buttons = [ButtonElement(text=title[:75], action_id=f"{CHOOSE_ACTION}_{i}", value=cid)
               for i, (cid, title) in enumerate(courses[:25])]
    body: list[Block] = [blocks.section(escape(text))]
    body.append(ActionsBlock(block_id="course_choose", elements=buttons))  # type: ignore[arg-type]
    return blocks.Reply(text=text, blocks=[b.to_dict() for b in body])
