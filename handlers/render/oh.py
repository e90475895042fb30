"""How office hours (``/oh``) are said in Slack: the queue's DMs (outbox renderers), the
command's replies, and the App Home section.

Other students never see a student's name or topic here: students get counts only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, DividerBlock

from bot import office_hours as oh
from bot.actor import Actor
from bot.course import WEEKDAYS
from bot.office_hours.schedule import HoursSpec
from bot.office_hours.stats import StatsRow
from bot.timefmt import clock_text
from handlers import blocks
from handlers.blocks import Reply
from handlers.format import escape, slack_date
from handlers.render.registry import renders

if TYPE_CHECKING:
    from app.deps import Deps

REMIND_ACTION = "oh_remind"
HOLD_ACTION = "oh_hold"
ACTIONS: tuple[str, ...] = (REMIND_ACTION, HOLD_ACTION)


def who(host: str) -> str:
    """A Slack user id as a mention, a name from the course file as text."""
    return f"<@{host}>" if host[:1] in ("U", "W") and host.isalnum() else escape(host)


def _when(value: str | datetime | None, deps: Deps) -> str:
    if value is None:
        return ""
    instant = datetime.fromisoformat(value) if isinstance(value, str) else value
    return slack_date(instant, deps.course.tz)


def _link_line(data: Mapping[str, Any]) -> str:
    link = str(data.get("link") or "")
    if link:
        return f"Meeting link: {escape(link)}"
    return f"_{escape(str(data.get('link_note') or 'No meeting link was given.'))}_"


def _message(text: str, *extra: Block) -> dict[str, Any]:
    return {"text": text, "blocks": [blocks.section(text).to_dict(), *(b.to_dict() for b in extra)]}


def reply(text: str, *extra: Block) -> Reply:
    """One section (and optional blocks) as an ack."""
    return _reply(text, *extra)


def _reply(text: str, *extra: Block) -> Reply:
    return Reply(text=text, blocks=[blocks.section(text).to_dict(), *(b.to_dict() for b in extra)])


def _minutes(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{round(value)} min"


# ----------------------------------------------------------------------------- outbox DMs

@renders("oh.next_up")
def _next_up(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    return _message("*You're next* in office hours. Please get ready; you will get a message "
                    f"when it is your turn.\n{_link_line(data)}")


@renders("oh.your_turn")
def _your_turn(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    return _message(f"*It's your turn* in office hours: {who(str(data.get('by', '')))} is ready "
                    f"for you now.\n{_link_line(data)}")


def _hold_button() -> ActionsBlock:
    return ActionsBlock(block_id="oh_hold", elements=[ButtonElement(
        text="Keep my place for the next session", action_id=HOLD_ACTION, value="hold",
        style="primary")])


@renders("oh.closed")
def _closed(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    nxt = data.get("next_opens")
    when = f" They next open {_when(nxt, deps)}." if nxt else ""
    return _message(f"Office hours closed before your turn.{when} Keep your place in the queue "
                    "for the next session?", _hold_button())


@renders("oh.opening")
def _opening(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    return _message(f"Office hours with {who(str(data.get('host', '')))} open now "
                    f"({_when(data.get('opens'), deps)}). `/oh join [what you need help with]` "
                    "puts you in the queue.")


@renders("oh.reopened")
def _reopened(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    return _message(f"Office hours are open again and you kept your place: you are "
                    f"*#{data.get('position')}* in the queue.")


@renders("oh.skipped")
def _skipped(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    if data.get("removed"):
        return _message("You missed your turn in office hours again, so you were taken out of "
                        "the queue. `/oh join` puts you back at the end.")
    return _message("You missed your turn in office hours; you are back at the end of the "
                    "queue (once). `/oh leave` if you no longer need it.")


# ----------------------------------------------------------------------------- replies

def status_reply(view: oh.QueueView, deps: Deps) -> Reply:
    lines = []
    if view.is_open:
        hosts = ", ".join(who(h) for h in view.hosts)
        until = f" until {_when(view.closes_at, deps)}" if view.closes_at else ""
        lines.append(f"*Office hours are open*{until}, held by {hosts}.")
    else:
        lines.append("*Office hours are closed.*")
        if view.next_opens:
            lines.append(f"They next open {_when(view.next_opens, deps)} with "
                         f"{who(view.next_host)}.")
        else:
            lines.append("No more office hours are scheduled this term.")
    people = "person is" if view.waiting == 1 else "people are"
    lines.append(f"{view.waiting} {people} waiting"
                 + (f", {view.being_helped} being helped." if view.being_helped else "."))
    if view.status == "waiting" and view.position:
        estimate = (f" Estimated wait: about {_minutes(view.estimate_minutes)}."
                    if view.estimate_minutes is not None else
                    " No wait estimate yet (nobody has been helped to the end so far).")
        lines.append(f"You are *#{view.position}* in the queue.{estimate}")
    elif view.status == "called":
        lines.append("*It's your turn now*: check your DMs.")
    elif view.status == "held":
        lines.append("Your place is kept for the next session.")
    else:
        lines.append("`/oh join [what you need help with]` puts you in the queue.")
    return _reply("\n".join(lines))


def _remind_button(opens: str | None) -> ActionsBlock:
    return ActionsBlock(block_id="oh_remind", elements=[ButtonElement(
        text="Remind me when it opens", action_id=REMIND_ACTION, value=opens or "")])


_SIMPLE = {
    "not_in_queue": "You are not in the office-hours queue.",
    "left": "You left the office-hours queue.",
    "open_now": "Office hours are open now: `/oh join [what you need help with]`.",
    "no_next": "No more office hours are scheduled this term, so there is nothing to remind "
               "you of.",
    "nothing_to_hold": "There is no place to keep: no session closed on you while you waited.",
    "not_open": "Office hours are not open. `/oh open [60m] [link]` opens them.",
    "nobody_called": "You are not helping anyone right now; `/oh next` pulls the next student.",
    "bad_length": "Give the length as minutes or hours between 5m and 8h, e.g. `/oh open 60m`.",
}


def outcome_reply(outcome: oh.Outcome, deps: Deps) -> Reply:
    """The ack for one service outcome."""
    v = outcome.values
    code = outcome.code
    if code in _SIMPLE:
        return _reply(_SIMPLE[code])
    if code == "refused":
        return _reply(f"Only the course staff can use `/oh {escape(str(v.get('verb')))}`; "
                      "nothing was changed.")
    if code == "topic_too_long":
        return _reply(f"Please keep the topic under {v.get('max')} characters.")
    if code == "joined":
        est = v.get("estimate")
        tail = f" Estimated wait: about {_minutes(est)}." if est is not None else ""
        return _reply(f"You joined the office-hours queue: you are *#{v.get('position')}*.{tail}"
                      " You will get a DM when you are next and when it is your turn.")
    if code == "already":
        if v.get("status") == "waiting":
            return _reply(f"You are already in the queue, at *#{v.get('position')}*.")
        if v.get("status") == "held":
            return _reply("Your place is already kept for the next session.")
        return _reply("It's your turn already: check your DMs.")
    if code == "closed":
        nxt = v.get("next_opens")
        if not nxt:
            return _reply("Office hours are closed, and no more are scheduled this term.")
        return _reply(f"Office hours are closed. They next open {_when(nxt, deps)} with "
                      f"{who(str(v.get('next_host', '')))}.", _remind_button(nxt))
    if code == "reminder_set":
        again = "" if v.get("new") else " (you had asked already)"
        return _reply(f"I will DM you when office hours open, {_when(v.get('opens'), deps)}"
                      f"{again}.")
    if code == "held":
        return _reply("Your place is kept: when office hours open again you go back in the "
                      "queue ahead of newcomers.")
    if code == "restored":
        return _reply(f"Office hours are open: you are back in the queue at "
                      f"*#{v.get('position')}*.")
    if code in ("opened", "joined_session"):
        link = v.get("link")
        link_line = f"Link: {escape(str(link))}" if link else _link_line(v)
        verb = "Office hours are open" if code == "opened" else "You joined the open session"
        extra = f" {v.get('waiting')} waiting." if code == "opened" else ""
        return _reply(f"{verb} until {_when(v.get('closes_at'), deps)}.{extra} "
                      f"`/oh next` pulls the next student.\n{link_line}")
    if code == "closed_session":
        told = v.get("told", 0)
        if not told:
            return _reply("Office hours are closed. Nobody was waiting.")
        return _reply(f"Office hours are closed. {told} still waiting "
                      f"{'was' if told == 1 else 'were'} told and offered a place next time.")
    if code == "pulled":
        topic = escape(str(v.get("topic") or "")) or "_no topic given_"
        done = f"<@{v['finished']}> marked done. " if v.get("finished") else ""
        return _reply(f"{done}Next: <@{v.get('student')}>: {topic} (waited "
                      f"{_minutes(v.get('waited'))}). "
                      + ("They got a DM with the link. " if v.get("link") else
                         "They got a DM (no meeting link is set: `/oh open 60m <link>` "
                         "sets one). ")
                      + f"{v.get('remaining')} still waiting.\n`/oh done` when finished, "
                      "`/oh skip` if they do not show.")
    if code == "empty":
        done = f"<@{v['finished']}> marked done. " if v.get("finished") else ""
        return _reply(f"{done}Nobody is waiting.")
    if code == "finished":
        return _reply(f"<@{v.get('student')}> marked done. `/oh next` pulls the next student.")
    if code == "skipped":
        if v.get("removed"):
            return _reply(f"<@{v.get('student')}> did not show a second time and was taken out "
                          "of the queue.")
        return _reply(f"<@{v.get('student')}> did not show: back at the end of the queue "
                      f"(#{v.get('position')}), once. `/oh next` pulls the next student.")
    if code == "queue":
        return queue_reply(v)
    if code == "bad_hours":
        return _reply(escape(str(v.get("reason"))))
    if code == "hours_added":
        return _reply(f"Added office hours #{v.get('number')}: {_slot(v)} (yours). "
                      "They open and close by themselves; `/oh hours` lists them.")
    if code == "hours_removed":
        return _reply(f"Removed office hours #{v.get('number')}: {_slot(v)}.")
    if code == "bad_number":
        return _reply("Give the number `/oh hours` lists, e.g. `/oh hours remove 1`.")
    return _reply("Done.")  # every code above is handled; kept for forward compatibility


def _span(start: time | str | None, end: time | str | None) -> str:
    """``5:00 PM–6:00 PM`` from times or ``HH:MM`` strings, the 12-hour way the bot shows time."""
    def clock(value: time | str | None) -> str:
        if isinstance(value, str):
            try:
                return clock_text(time.fromisoformat(value))
            except ValueError:
                return value
        return clock_text(value) if value is not None else "?"
    return f"{clock(start)}–{clock(end)}"


def _slot(v: Mapping[str, Any]) -> str:
    return f"{WEEKDAYS[int(v.get('weekday', 0))]} {_span(v.get('start'), v.get('end'))}"


def queue_reply(v: Mapping[str, Any]) -> Reply:
    rows = v.get("entries") or []
    head = ("*Office hours are open* (" + ", ".join(who(h) for h in v.get("hosts") or []) + ")"
            if v.get("open") else "*Office hours are closed.*")
    if not rows:
        return _reply(f"{head}\nThe queue is empty.")
    lines = [head]
    n = 0
    for row in rows:
        topic = escape(str(row["topic"])) or "_no topic_"
        if row["status"] == "called":
            lines.append(f"• with <@{row['by']}>: <@{row['user']}>: {topic}")
        elif row["status"] == "held":
            lines.append(f"• kept for next session: <@{row['user']}>: {topic}")
        else:
            n += 1
            skipped = " (skipped once)" if row["skips"] else ""
            lines.append(f"{n}. <@{row['user']}>: {topic} · waiting "
                         f"{_minutes(row['waited'])}{skipped}")
    return _reply("\n".join(lines))


def stats_reply(per_session: Sequence[StatsRow], per_week: Sequence[StatsRow],
                deps: Deps) -> Reply:
    if not per_session:
        return _reply("No office-hours sessions yet.")

    def line(row: StatsRow, label: str) -> str:
        return (f"{label}: {row.helped} helped · median wait {_minutes(row.median_wait)} · "
                f"90th percentile {_minutes(row.p90_wait)} · {row.no_shows} no-shows")

    lines = ["*Per week*"]
    lines += [line(r, f"Week of {r.week_of:%b} {r.week_of.day}" if r.week_of else r.label)
              + f" · {r.sessions} session{'' if r.sessions == 1 else 's'}" for r in per_week]
    lines.append("*Per session*")
    lines += [line(r, f"{r.label} {_when(r.opened_at, deps)}") for r in per_session[-20:]]
    if len(per_session) > 20:
        lines.append(f"_(the last 20 of {len(per_session)} sessions)_")
    lines.append("_Wait: from joining (or the session opening) to being pulled; "
                 "90th percentile by nearest rank._")
    return _reply("\n".join(lines))


def hours_reply(specs: Sequence[HoursSpec], deps: Deps, *, staff: bool) -> Reply:
    course = deps.course
    lines = ["*Office hours*"]
    for item in course.office_hours:
        if item.has_hours and item.start and item.end:
            days = ", ".join(item.days)
            where = f" ({escape(item.location)})" if item.location else ""
            lines.append(f"• {escape(item.person)}: {days} {_span(item.start, item.end)}"
                         f"{where} · course file")
        else:
            lines.append(f"• {escape(item.person)}: _{escape(item.note)}_")
    added = [s for s in specs if s.number]
    for spec in added:
        link = f" · {escape(spec.link)}" if spec.link else ""
        lines.append(f"{spec.number}. {who(spec.host)}: {WEEKDAYS[spec.weekday]} "
                     f"{_span(spec.start, spec.end)}{link} · added in Slack")
    lines.append(f"_Times are {escape(course.timezone)}._")
    if staff:
        lines.append("`/oh hours add Wed 3-4pm [link]` · `/oh hours remove <n>`")
    return _reply("\n".join(lines))


HELP = ("*Office hours* · `/oh` where the queue stands · `/oh join [what you need help with]` · "
        "`/oh leave` · `/oh hours`")
STAFF_HELP = ("Staff: `/oh open [60m] [link]` · `/oh close` · `/oh next` · `/oh done` · "
              "`/oh skip` · `/oh list` · `/oh stats` · `/oh hours add Wed 3-4pm` · "
              "`/oh hours remove <n>`")


def help_reply(*, staff: bool) -> Reply:
    return _reply(HELP + ("\n" + STAFF_HELP if staff else ""))


# ----------------------------------------------------------------------------- App Home

async def home_blocks(deps: Deps, user_id: str) -> list[Block]:
    """The App Home section: the queue's state and the viewer's own place."""
    # what the section shows does not depend on the role: skip the staff look-up
    view = await oh.status(deps.db, deps.course, actor=Actor(user_id), now=deps.clock.now())
    text = status_reply(view, deps).text
    return [DividerBlock(), blocks.header("Office hours"), blocks.section(text)]
