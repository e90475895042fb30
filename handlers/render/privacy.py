"""``/privacy``: what the bot holds about you, the export's reply, the delete confirmation."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, ConfirmObject

from bot import privacy
from bot.course import Course
from handlers.blocks import Reply, _dicts, context, header, section, text_reply
from handlers.format import escape, slack_date

DELETE_ACTION = "privacy_delete_confirm"
HELP = ("`/privacy` what the bot holds about you in this course · `/privacy export` the same "
        "as a JSON file in your DMs · `/privacy delete` remove what is not needed for grading "
        "(asks first)")

_PART_WORDS = {
    "reminder_prefs": "your reminder settings (and the DMs planned from them)",
    "looking_for_team": "your entry on the looking-for-team board",
    "invitations": "your open team invitations (declined; their teams are told)",
    "calendar_token": "your personal calendar link (it stops working)",
    "open_questions": "the questions you asked that staff have not answered yet",
    "office_hours_waiting": "your place in the office-hours queue",
    "roster": "your roster row (when the bot first saw you, used for team reminders)",
    "delivered_messages": "the text of the DMs the bot delivered to you (the record that one "
                          "was sent stays, empty)",
    "course_choice": "your choice of this course for your DMs (`/course use`)",
}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _anonymised(data: privacy.MyData, retention_days: int, zone: ZoneInfo) -> str:
    """When what is kept is anonymised: a date once the course is archived."""
    if data.archived_at is not None:
        when = data.archived_at + timedelta(days=retention_days)
        return (f"These are anonymised on {slack_date(when, zone)} ({retention_days} days "
                "after the course was archived).")
    return f"These are anonymised {retention_days} days after the course is archived."


def _when(value: object, zone: ZoneInfo) -> str:
    from datetime import datetime

    return slack_date(value, zone) if isinstance(value, datetime) else str(value)


def _lines(data: privacy.MyData, zone: ZoneInfo) -> list[str]:
    out: list[str] = []
    team = data.team
    if team is not None:
        out.append(f"*Team*: {escape(team.team)} ({team.team_status}), member since "
                   f"{_when(team.since, zone)}")
    for inv in data.invitations:
        out.append(f"*Invitation*: to {escape(inv.team)} from <@{inv.invited_by}>"
                   if inv.invited_by else f"*Invitation*: to {escape(inv.team)}")
    past = [m for m in data.memberships if m.state not in ("accepted", "invited")]
    if past:
        out.append("*Earlier team records*: " + "; ".join(
            f"{escape(m.team)} ({m.state})" for m in past))
    if data.looking is not None:
        out.append("*Looking for a team*: on the board"
                   + (f", interests “{escape(data.looking)}”" if data.looking else ""))
    if data.reminders is not None:
        r = data.reminders
        out.append(f"*Reminder settings*: DMs {'on' if r['enabled'] else 'off'}"
                   + (f", lead times {' '.join(r['leads'])}" if r["leads"] else "")
                   + (f", muted {', '.join(r['muted'])}" if r["muted"] else "")
                   + (f", time zone {escape(r['time_zone'])}" if r["time_zone"] else "")
                   + f"; {data.pending_reminders} DMs planned")
    if data.calendar_token:
        out.append(f"*Calendar link*: a personal feed link exists (made "
                   f"{_when(data.calendar_since, zone)}); `/deadlines calendar reset` revokes it")
    if data.office_hours:
        waiting = [e for e in data.office_hours if e["status"] in ("waiting", "held", "called")]
        out.append(f"*Office hours*: {len(data.office_hours)} queue entries"
                   + (f", one active ({waiting[0]['status']})" if waiting else ""))
    if data.questions:
        open_ = sum(1 for q in data.questions if q["status"] == "open")
        out.append(f"*Questions kept for staff*: {len(data.questions)} ({open_} open)")
    for p in data.presentations:
        out.append(f"*Presentation*: {p['class_date']:%a %b %-d}, “{escape(str(p['paper']))}”")
    if data.personal_deadlines:
        out.append(f"*Your own deadlines*: {len(data.personal_deadlines)} (slides, blog posts)")
    if data.audit_rows or data.refused_rows:
        out.append("*Audit log*: " + " · ".join(
            part for part in (
                _plural(data.audit_rows, "change") + " you made" if data.audit_rows else "",
                _plural(data.refused_rows, "refused attempt") + " (staff commands)"
                if data.refused_rows else "") if part))
    if data.seen_at is not None:
        out.append(f"*Roster*: first seen {_when(data.seen_at, zone)} (for team reminders)")
    if data.delivered_with_content:
        out.append(f"*Messages*: the text of {_plural(data.delivered_with_content, 'DM')} "
                   "the bot delivered to you")
    if data.course_choice:
        out.append("*Course choice*: your DMs go to this course (`/course use`)")
    return out


def shown(data: privacy.MyData, course: Course, *, retention_days: int = 365) -> Reply:
    """``/privacy``: every part the bot holds in this course, then how to export or delete,
    and how to see another course."""
    lines = _lines(data, course.tz)
    body = "\n".join(f"• {line}" for line in lines) if lines else (
        "Nothing: the bot holds no data about you in this course.")
    archived = ""
    if data.archived_at is not None:
        archived = (f" · this course was archived on {slack_date(data.archived_at, course.tz)}: "
                    + _anonymised(data, retention_days, course.tz).replace("These are",
                                                                          "its data is"))
    blocks: list[Block] = [
        header(f"Your data · {course.code} {course.term}"),
        section(f"This covers *{escape(course.code)} {escape(course.term)}* only. Your Slack "
                f"user id <@{data.user_id}> is stored with:\n{body}"),
        context("`/privacy export` sends it all to you as JSON · `/privacy delete` removes "
                "what staff do not need for grading · another course: `/course use "
                "&lt;course-id&gt;`, then `/privacy` again · PRIVACY.md lists everything the "
                "bot stores and for how long" + archived),
    ]
    return Reply(text=f"Your data in {course.code}", blocks=_dicts(blocks))


def _kept(kept: list[tuple[str, str]]) -> str:
    return "*Kept*, because staff need them for grading:\n" + "\n".join(
        f"• {why[:1].upper()}{why[1:]}." for _, why in kept)


def outcome(result: privacy.Outcome, course: Course, *,
            retention_days: int = 365) -> Reply:
    values = result.values
    if result.code is privacy.Code.EXPORTED:
        return text_reply(f"I sent your data to our direct messages as "
                          f"`{escape(str(values['filename']))}`.")
    parts: dict[str, int] = dict(values.get("parts") or {})
    kept = _kept(list(values.get("kept") or []))
    when = _anonymised(result.data, retention_days, course.tz)
    name = f"{escape(course.code)} {escape(course.term)}"
    if result.code is privacy.Code.CONFIRM:
        if not parts:
            return text_reply(f"You have nothing in {name} that `/privacy delete` would "
                              f"remove.\n" + kept + "\n" + when)
        listing = "\n".join(f"• {_PART_WORDS.get(k, k)}" for k in parts)
        blocks: list[Block] = [
            section(f"*Delete your data in {name}?* This removes:\n{listing}"),
            section(kept + "\n" + when),
            ActionsBlock(block_id="privacy_delete", elements=[ButtonElement(
                text="Delete my data", action_id=DELETE_ACTION, value="confirm", style="danger",
                confirm=ConfirmObject(title="Delete your data?", text="This cannot be undone.",
                                      confirm="Delete", deny="Keep it"))]),
            context("Or type `/privacy delete confirm`."),
        ]
        return Reply(text="Delete your data? Type `/privacy delete confirm`.",
                     blocks=_dicts(blocks))
    if result.code is privacy.Code.NOTHING:
        return text_reply(f"There was nothing to delete in {name}.\n" + kept)
    listing = "\n".join(f"• {_PART_WORDS.get(k, k)}" for k in parts)
    return text_reply(f"Deleted from {name}:\n{listing}\n{kept}\n{when}")


def not_yours() -> Reply:
    """``/privacy export|delete @someone``: nothing done; only the caller's own data."""
    return text_reply("`/privacy` works only on your own data: nobody can export or delete "
                      "someone else's. Nothing was done. Type `/privacy export` or "
                      "`/privacy delete` without a name for your own.")


def help_reply() -> Reply:
    return text_reply(HELP.replace(" · ", "\n"))
