"""``/course …``: the staff's console (deadlines, announcements, staff, audit, presentations).

Anyone who is not staff is refused, nothing changes, and the attempt is audited.
Changes to deadlines and classes are echoed first with Confirm / Cancel buttons
(text twins: ``/course confirm``, ``/course cancel``); handlers/actions.py takes the clicks.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot import presentations, staff
from bot.staff import Applied, Cancelled, Problem, Proposal
from handlers import blocks
from handlers.format import escape, slack_date

COMMAND = "/course"
CONFIRM_ACTION = "course_confirm"
CANCEL_ACTION = "course_cancel"
logger = logging.getLogger("course_bot.course")

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
• `/course reminders status` · `/course reminders 3d 1d 3h` (or `default`) · `/course audit`"""


def problem_reply(problem: Problem) -> blocks.Reply:
    text = escape(problem.message)
    if problem.candidates:
        text += "\nDid you mean: " + ", ".join(f"“{escape(c)}”" for c in problem.candidates)
        text += "? Quote the title, or use its id from `/course deadlines`."
    return blocks.text_reply(text)


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
                      style="primary"),
        ButtonElement(text="Cancel", action_id=CANCEL_ACTION, value=str(p.action_id)),
    ])
    body = [blocks.section(question), buttons, blocks.context(*notes)]
    return blocks.Reply(text=_plain(question), blocks=[b.to_dict() for b in body])


def _plain(text: str) -> str:
    return text.replace("*", "")


def announcement_text(a: Applied, deps: Deps) -> str:
    zone = deps.course.tz
    title = escape(a.title)
    if a.action == "deadline.move":
        assert a.old_due is not None and a.new_due is not None
        text = (f":calendar: *{title}* has moved: it was due {slack_date(a.old_due, zone)}, "
                f"it is now due *{slack_date(a.new_due, zone)}*.")
    elif a.action == "deadline.add":
        assert a.new_due is not None
        text = f":calendar: New deadline: *{title}*, due *{slack_date(a.new_due, zone)}*."
    elif a.action == "deadline.cancel":
        assert a.old_due is not None
        text = f":calendar: *{title}* (was due {slack_date(a.old_due, zone)}) is cancelled."
    else:
        assert a.class_date is not None
        day = a.class_date
        text = (f":no_entry_sign: There is no class on *{day:%A, %B} {day.day}*. Deadlines and "
                "presentations stay as they are unless the staff say otherwise.")
    return text + f" (from <@{a.actor}>; see `/deadlines`)"


async def finish(result: Applied | Cancelled | Problem, *, deps: Deps,
                 client: AsyncWebClient) -> blocks.Reply:
    """Announce a confirmed change in the course channel; the staff member's reply."""
    if isinstance(result, Problem):
        return problem_reply(result)
    if isinstance(result, Cancelled):
        return blocks.text_reply(f"Cancelled: nothing changed ({escape(result.title)}).")
    channel = await staff.announcement_channel(deps.db, deps.course,
                                               default=deps.course_channel_id)
    text = announcement_text(result, deps)
    lines = [f"Done: {escape(result.title)} "
             + {"deadline.move": "moved", "deadline.add": "added",
                "deadline.cancel": "cancelled", "class.cancel": "cancelled"}[result.action]
             + (f" (version {result.version})." if result.version else ".")]
    if channel:
        try:
            await client.chat_postMessage(channel=channel, text=text, unfurl_links=False)
            lines.append(f"Announced in <#{channel}>.")
        except SlackApiError as exc:  # the change stands; say the announcement did not go out
            logger.warning("announcement failed: %s", exc.response.get("error"))
            lines.append(f"The change is saved, but I could not post it in <#{channel}> "
                         f"({exc.response.get('error')}). Please announce it by hand.")
    else:
        lines.append("No course channel is set (`/course channel #name`), so nobody was told.")
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


async def assignment_reply(result: presentations.Assignment, *, deps: Deps,
                           client: AsyncWebClient) -> blocks.Reply:
    zone = deps.course.tz
    slot = result.slot
    day = slot.class_date
    who = ", ".join(f"<@{u}>" for u in slot.presenters)
    lines = [f"Assigned: *{escape(slot.paper_title)}* on {day:%a %b} {day.day}, presented by "
             f"{who}."]
    per_user: dict[str, list[str]] = {}
    for d in result.deadlines:
        per_user.setdefault(d.user_id, []).append(
            f"{escape(d.title)}: {slack_date(d.due_at, zone)}"
            + (" (time assumed: the syllabus gives none)" if d.time_assumed else ""))
    failed = []
    for uid, items in per_user.items():
        lines.append(f"<@{uid}>: " + "; ".join(items))
        dm = (f"You are presenting *{escape(slot.paper_title)}* in class on "
              f"{day:%A, %B} {day.day}. Your deadlines:\n• " + "\n• ".join(items)
              + "\nSee `/deadlines` any time.")
        try:
            await client.chat_postMessage(channel=uid, text=dm)
            from handlers.home import publish_home

            await publish_home(client, deps, uid)  # their Home tab shows the new slot
        except SlackApiError as exc:  # the assignment stands; say who was not told
            logger.warning("presenter DM failed: %s", exc.response.get("error"))
            failed.append(uid)
    if failed:
        lines.append("I could not message " + ", ".join(f"<@{u}>" for u in failed)
                     + "; please tell them.")
    return blocks.text_reply("\n".join(lines))


async def unassignment_reply(result: presentations.Unassignment, *, deps: Deps,
                             client: AsyncWebClient) -> blocks.Reply:
    """Tell staff what was removed and cancelled; tell each presenter by DM."""
    day = result.class_date
    when = f"{day:%a %b} {day.day}"
    # say "cancelled" only of what was (the course file may define no presenter deadlines)
    owed = any(not key.startswith(f"{presentations.REVIEWS}:") for key in result.cancelled)
    gone = "; their own deadlines for it are cancelled" if owed else ""
    lines, failed = [], []
    for slot in result.removed:
        who = ", ".join(f"<@{u}>" for u in slot.presenters)
        lines.append(f"Removed: {who} no longer present *{escape(slot.paper_title)}* on "
                     f"{when}{gone}.")
        for uid in slot.presenters:
            try:
                await client.chat_postMessage(
                    channel=uid, text=f"You are no longer presenting *{escape(slot.paper_title)}*"
                    f" on {day:%A, %B} {day.day}{gone.replace('their own', 'your')}. "
                    "See `/deadlines`.")
                from handlers.home import publish_home

                await publish_home(client, deps, uid)
            except SlackApiError as exc:  # the change stands; say who was not told
                logger.warning("presenter DM failed: %s", exc.response.get("error"))
                failed.append(uid)
    if result.papers_left:
        lines.append(f"Still presented on {when}: "
                     + "; ".join(f"“{escape(t)}”" for t in result.papers_left) + ".")
    elif any(key.startswith(f"{presentations.REVIEWS}:") for key in result.cancelled):
        lines.append(f"No paper is left on {when}, so its reviews deadline is cancelled.")
    if failed:
        lines.append("I could not message " + ", ".join(f"<@{u}>" for u in failed)
                     + "; please tell them.")
    return blocks.text_reply("\n".join(lines))


async def course_command(ack: AsyncAck, command: dict, context: dict,
                         client: AsyncWebClient) -> None:
    deps: Deps = context["deps"]
    user = command.get("user_id", "")
    text = " ".join((command.get("text") or "").split())
    now = deps.clock.now()
    from handlers.commands.course_faq import VERBS  # TEMPORARY hook (helper "answers"):
    verb, _, rest = text.partition(" ")  # the lead wires course_faq.VERBS at merge
    if verb.lower() in VERBS:  # (the services refuse students themselves, with audit)
        return await VERBS[verb.lower()](ack, deps, await deps.actor(user), rest, client)
    if not await deps.is_staff(user):
        await staff.record_refusal(deps.db, deps.course, actor=user, text=text, now=now)
        await ack(response_type="ephemeral", **blocks.text_reply(
            "Only the course staff can use `/course`; nothing was changed. "
            "Try `/deadlines` for the dates.").as_ack())
        return
    reply = await dispatch(text, user=user, deps=deps, client=client)
    await ack(response_type="ephemeral", **reply.as_ack())


async def dispatch(text: str, *, user: str, deps: Deps, client: AsyncWebClient) -> blocks.Reply:
    """Run one staff subcommand (the caller has checked that ``user`` is staff)."""
    now = deps.clock.now()
    db, course = deps.db, deps.course
    head, _, rest = text.partition(" ")
    head = head.lower()
    if head in {"", "help", "?"}:
        return blocks.Reply(text="How to use /course", blocks=[
            blocks.header("/course (staff)").to_dict(), blocks.section(escape(USAGE)).to_dict()])
    if head == "deadline":
        verb, _, args = rest.partition(" ")
        propose = {"add": staff.propose_add, "move": staff.propose_move,
                   "cancel": staff.propose_cancel}.get(verb.lower())
        if propose is None:
            return blocks.text_reply(escape(
                'Use `/course deadline add|move|cancel "<title>" <when>`.'))
        result = await propose(db, course, actor=user, text=args, now=now)
        return problem_reply(result) if isinstance(result, Problem) else proposal_reply(result,
                                                                                      deps)
    if head == "deadlines":
        return deadlines_reply(await staff.course_deadlines(db, course), deps)
    if head in {"confirm", "cancel"}:
        result = await staff.decide(db, course, actor=user, confirm=head == "confirm", now=now,
                                    channel_id=deps.course_channel_id)
        return await finish(result, deps=deps, client=client)
    if head == "cancel-class":
        proposal = await staff.propose_cancel_class(db, course, actor=user, text=rest, now=now)
        if isinstance(proposal, Problem):
            return problem_reply(proposal)
        return proposal_reply(proposal, deps)
    if head == "announce":
        return await _announce(rest, user=user, deps=deps, client=client)
    if head == "channel":
        found = await staff.set_channel(db, course, actor=user, text=rest, now=now)
        if isinstance(found, Problem):
            return problem_reply(found)
        return blocks.text_reply(f"Announcements now go to <#{found[0]}>.")
    if head == "staff":
        return await _staff(rest, user=user, deps=deps)
    if head == "audit":
        return audit_reply(await staff.audit_entries(db, course), deps)
    if head == "present":
        assigned = await presentations.assign(db, course, actor=user, text=rest, now=now)
        if isinstance(assigned, Problem):
            return problem_reply(assigned)
        # presenters' new deadlines get their reminders (for those who turned them on)
        await staff.replan_reminders(db, course, now=now, channel_id=deps.course_channel_id)
        return await assignment_reply(assigned, deps=deps, client=client)
    if head == "unpresent":
        removed = await presentations.unassign(db, course, actor=user, text=rest, now=now)
        if isinstance(removed, Problem):
            return problem_reply(removed)
        await staff.replan_reminders(db, course, now=now, channel_id=deps.course_channel_id)
        return await unassignment_reply(removed, deps=deps, client=client)
    if head == "presentations":
        return schedule_reply(await presentations.schedule(db, course), deps)
    if head == "reminders":
        return await _reminders(rest, user=user, deps=deps)
    return blocks.text_reply(f"I don't know `/course {escape(head)}`. "
                             "`/course help` lists what I can do.")


async def _announce(text: str, *, user: str, deps: Deps,
                    client: AsyncWebClient) -> blocks.Reply:
    body = staff.clean(text)
    if not body:
        return blocks.text_reply(escape("Usage: `/course announce <text>`."))
    channel = await staff.announcement_channel(deps.db, deps.course,
                                               default=deps.course_channel_id)
    if not channel:
        return blocks.text_reply("No course channel is set: `/course channel #name` first.")
    message = f":mega: {escape(body)}\n_from <@{user}>_"
    await client.chat_postMessage(channel=channel, text=message, unfurl_links=False)
    await staff.record_announcement(deps.db, deps.course, actor=user, text=body,
                                    channel=channel, now=deps.clock.now())
    return blocks.text_reply(f"Announced in <#{channel}>.")


async def _staff(text: str, *, user: str, deps: Deps) -> blocks.Reply:
    verb, _, args = text.partition(" ")
    configured = frozenset(deps.settings.staff_user_ids) | frozenset(
        p.slack_user_id for p in deps.course.staff if p.slack_user_id)
    if verb.lower() in {"add", "remove"}:
        result = await staff.change_staff(deps.db, deps.course, actor=user,
                                          add=verb.lower() == "add", text=args,
                                          configured=configured, now=deps.clock.now())
        if isinstance(result, Problem):
            return blocks.text_reply(result.message)  # names are <@U…> tokens, not user text
        changed, unchanged = result
        done = "added to" if verb.lower() == "add" else "removed from"
        lines = []
        if changed:
            lines.append(", ".join(f"<@{u}>" for u in changed) + f" {done} the staff.")
        if unchanged:
            lines.append(", ".join(f"<@{u}>" for u in unchanged) + " already "
                         + ("staff." if verb.lower() == "add" else "not in the chat-added staff."))
        return blocks.text_reply(" ".join(lines))
    listing = await staff.staff_list(deps.db, deps.course, configured=configured)
    names = ", ".join(f"{escape(p.name)} ({p.role})" for p in deps.course.staff)
    lines = [f"Course file: {names}",
             "Settings (STAFF_USER_IDS): "
             + (", ".join(f"<@{u}>" for u in listing.configured) or "none"),
             "Added from chat: " + (", ".join(f"<@{u}>" for u in listing.added) or "none")]
    return blocks.text_reply("\n".join(lines))


async def _reminders(text: str, *, user: str, deps: Deps) -> blocks.Reply:
    from bot.reminders import reminder_status, set_channel_leads
    from handlers import reminder_posts

    if text.lower().strip() in {"", "status", "failed"}:
        status = await reminder_status(deps.db, deps.course, now=deps.clock.now())
        return reminder_posts.staff_status(status, deps.course)
    change = await set_channel_leads(deps.db, deps.course, actor=user, text=text,
                                     now=deps.clock.now(), channel_id=deps.course_channel_id)
    if change is None:
        return blocks.text_reply(escape(
            f"I couldn't read “{text}” as lead times. Try `/course reminders 3d 1d 3h` (up "
            "to 5, each at most 4w; units m, h, d, w), `/course reminders default` for the "
            "course file's, or `/course reminders status`."))
    after = " · ".join(change.after)
    source = " (the course file's)" if change.from_file else ""
    return blocks.text_reply(
        f"Channel reminders now go out {after} before each deadline{source}; they were "
        f"{' · '.join(change.before)}. Students who have not chosen their own lead times get "
        f"theirs at the same times. Reminders re-planned ({escape(change.plan.summary())}).")


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(course_command)
