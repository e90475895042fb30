"""How reminders and deliveries are said: the reminders the worker posts (channel pings,
personal DMs, team nudges), ``/reminders`` settings, and staff's delivery status."""

from __future__ import annotations

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement

from bot.course import Course
from bot.reminders import (
    CHANNEL,
    TEAM_NUDGE,
    DeliveryStatus,
    OutboxRow,
    Outgoing,
    PrefView,
    Refused,
    ReminderStatus,
    StatusRow,
    lead_label,
)
from bot.timefmt import relative_text
from handlers.blocks import Reply, _dicts, context, header, section, text_reply
from handlers.format import escape, slack_date

REGISTER_BUTTON = "reminder_team_register"


def team_nudge(message: Outgoing, course: Course) -> Reply:
    """A DM before the team lock to a student with no registered team (with buttons)."""
    from handlers.render.team import ACCEPT, DECLINE, status_text

    when = slack_date(message.due_at, course.tz)
    left = relative_text(message.due_at, message.now)
    lines = [f":busts_in_silhouette: Teams lock {when} ({left}), and you are not on a "
             "registered team yet."]
    if message.team:
        status = status_text(*message.team_status) if message.team_status else ""
        lines.append(f"Your team *{escape(message.team)}* is not registered yet. {status}")
    elements: list[ButtonElement] = []
    for team_id, name in message.invitations[:4]:
        lines.append(f"You are invited to *{escape(name)}*: accept or decline.")
        elements += [ButtonElement(text=f"Accept {name}"[:75], action_id=ACCEPT,
                                   value=str(team_id), style="primary"),
                     ButtonElement(text=f"Decline {name}"[:75], action_id=DECLINE,
                                   value=str(team_id))]
    if not message.team and not message.invitations:
        lines.append("Register with `/team register @teammate Team name` (teams of 2 or 3), "
                     "or use the button.")
        elements.append(ButtonElement(text="Register a team", action_id=REGISTER_BUTTON,
                                      value="register", style="primary"))
    blocks: list[Block] = [section("\n".join(lines))]
    if elements:
        blocks.append(ActionsBlock(block_id="reminder_team_nudge", elements=elements[:25]))
    blocks.append(context("`/team` shows your team · `/team looking` finds teammates"))
    return Reply(text=f"Teams lock {left}: you are not on a registered team yet",
                 blocks=_dicts(blocks))


def reminder_post(message: Outgoing, course: Course) -> Reply:
    """What is due, when (``<!date^…>``, with how long is left now), and what to hand in."""
    if message.kind == TEAM_NUDGE:
        return team_nudge(message, course)
    title = escape(message.title)
    when = slack_date(message.due_at, course.tz)
    left = relative_text(message.due_at, message.now)
    if message.kind == CHANNEL:
        lead = f":alarm_clock: *{title}* is due {when} ({left})."
    else:
        lead = f":alarm_clock: Reminder: *{title}* is due {when} ({left})."
    lines = [lead]
    if message.facts:
        lines.append("What to hand in: " + escape("; ".join(message.facts)))
    if message.time_assumed:
        lines.append("_The syllabus gives no time; 11:59 PM course time is assumed._")
    if message.teamless is not None:
        lines.append(f"{message.teamless} student{'s' if message.teamless != 1 else ''} "
                     f"{'have' if message.teamless != 1 else 'has'} no registered team yet: "
                     "`/team` to register one.")
    notes = [f"Source: {escape(course.code)} syllabus › {escape(message.source or 'Key Dates')}"]
    if message.kind == CHANNEL:
        notes.append("`/reminders on` sends you a personal copy · `/deadlines` lists them all")
    else:
        notes.append("`/reminders` to change or stop these · `/reminders mute "
                     f"{escape(message.deadline_key)}` for this deadline only")
    blocks: list[Block] = [section("\n".join(lines)), context(*notes)]
    text = f"{message.title} is due {left}"
    return Reply(text=text, blocks=_dicts(blocks))


USAGE = ("`/reminders on` · `/reminders off` · `/reminders 2d 3h` (your lead times: m, h, d, w) · "
         "`/reminders mute proposal` · `/reminders unmute proposal`")


def prefs(view: PrefView, course: Course) -> Reply:
    """Render a student's ``/reminders`` settings (or a one-sentence error)."""
    if view.kind == "error":
        return text_reply(escape(view.message))
    if view.kind == "help":
        return Reply(text="How to use /reminders", blocks=_dicts([
            header("/reminders"),
            section("The course channel gets a reminder before every deadline. "
                    "Turn on personal DM copies, pick when they come, or mute one deadline:\n"
                    + USAGE.replace(" · ", "\n"))]))
    leads = ", ".join(lead_label(x) for x in view.leads)
    state = "*on*" if view.enabled else "*off*"
    lines = [f"Personal DM reminders: {state}"]
    if view.message:
        lines.insert(0, escape(view.message))
    lines.append(f"Lead times: {leads}"
                 + (" (the course default)" if view.leads == view.default_leads else ""))
    if view.muted:
        lines.append("Muted: " + ", ".join(f"`{escape(k)}`" for k in view.muted))
    blocks: list[Block] = [header("Your reminders"), section("\n".join(lines))]
    if view.enabled and view.upcoming:
        nxt = "\n".join(f"• {escape(title)} ({lead_label(lead)} before): "
                        f"{slack_date(at, course.tz)}" for title, lead, at in view.upcoming)
        blocks.append(section("*Next DMs*\n" + nxt))
    elif view.enabled:
        blocks.append(section("No DMs are planned: no deadline ahead is far enough away."))
    blocks.append(context(USAGE, "DMs never arrive between 10 pm and 8 am in your time zone: "
                          "they come earlier that evening."))
    return Reply(text=f"Personal DM reminders are {'on' if view.enabled else 'off'} ({leads})",
                 blocks=_dicts(blocks))


def staff_status(status: ReminderStatus, course: Course) -> Reply:
    """Staff view: counts, what failed and why (never silently dropped), what is next."""
    counts = " · ".join(f"{k} {status.counts.get(k, 0)}" for k in
                        ("pending", "claimed", "sent", "failed", "skipped", "cancelled"))
    blocks: list[Block] = [header("Reminders"), section(counts)]

    def line(r: StatusRow) -> str:
        where = f"<#{r.target}>" if r.kind == CHANNEL else f"<@{r.target}>"
        return (f"• {escape(r.deadline_key)} {lead_label(r.lead)} before → {where} · "
                f"{slack_date(r.send_at, course.tz)}")

    if status.failed:
        blocks.append(section("*Failed* (fix the cause; they are not retried)\n" + "\n".join(
            f"{line(r)} · `{escape(r.error)}`" for r in status.failed[:20])))
    if status.next_due:
        blocks.append(section("*Next*\n" + "\n".join(line(r) for r in status.next_due)))
    return Reply(text=f"Reminders: {counts}", blocks=_dicts(blocks))


def delivery_status(status: DeliveryStatus | Refused, course: Course) -> Reply:
    """Staff's one view of every delivery: reminders and outbox messages by status (and
    the outbox by kind), what goes out next, the latest failures with Slack's reason."""
    if isinstance(status, Refused):
        return text_reply(escape(status.reason))
    zone = course.tz
    reminder = status.reminders
    r_counts = " · ".join(f"{k} {reminder.counts.get(k, 0)}" for k in
                          ("pending", "claimed", "sent", "failed", "skipped", "cancelled"))
    o_counts = " · ".join(f"{k} {status.outbox_total(k)}" for k in
                          ("pending", "claimed", "sent", "failed"))
    by_kind: dict[str, list[str]] = {}
    for state, kinds in sorted(status.outbox_counts.items()):
        for kind, n in sorted(kinds.items()):
            by_kind.setdefault(kind, []).append(f"{state} {n}")
    lines = [f"*Reminders*: {r_counts}", f"*Messages*: {o_counts}"]
    lines += [f"• `{escape(kind)}`: {', '.join(parts)}" for kind, parts in by_kind.items()]
    reminder_at, message_at = status.next_reminder, status.next_message
    lines.append("Next reminder: " + (slack_date(reminder_at, zone) if reminder_at
                                      else "none planned"))
    if message_at is None:
        lines.append("Next message: none waiting")
    elif message_at <= status.wall:
        lines.append(f"Next message: due now (queued since {slack_date(message_at, zone)})")
    else:
        lines.append(f"Next message: {slack_date(message_at, zone)} (a retry)")
    blocks: list[Block] = [header("Deliveries"), section("\n".join(lines))]

    def message_line(m: OutboxRow) -> str:
        where = f"<#{m.to}>" if m.to.startswith(("C", "G")) else f"<@{m.to}>"
        return (f"• `{escape(m.kind)}` → {where} · {slack_date(m.created_at, zone)} · "
                f"{m.attempts} attempt{'s' if m.attempts != 1 else ''}")

    def reminder_line(r: StatusRow) -> str:
        where = f"<#{r.target}>" if r.kind == CHANNEL else f"<@{r.target}>"
        return (f"• reminder {escape(r.deadline_key)} {lead_label(r.lead)} before → {where} · "
                f"{slack_date(r.send_at, zone)}")

    failures = [f"{message_line(m)} · `{escape(m.error)}`" for m in status.outbox_failed]
    failures += [f"{reminder_line(r)} · `{escape(r.error)}`" for r in reminder.failed[:10]]
    if failures:
        blocks.append(section("*Failed* (the latest; not retried; Slack's reason)\n"
                              + "\n".join(failures[:20])))
    waiting = [message_line(m) + (f" · retrying: `{escape(m.error)}`" if m.error else "")
               for m in status.outbox_next[:5]]
    waiting += [reminder_line(r) for r in reminder.next_due[:5]]
    if waiting:
        blocks.append(section("*Next*\n" + "\n".join(waiting)))
    text = f"Deliveries: reminders {r_counts}; messages {o_counts}"
    return Reply(text=text, blocks=_dicts(blocks))
