"""The App Home tab: published on ``app_home_opened`` and again when what it shows changes.

Team status with Register / Leave (and Accept / Decline for invitations, handled by
handlers.commands.team), presentation slots, and reminder preferences with a toggle."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ConfirmObject,
    DividerBlock,
)
from slack_sdk.models.views import View
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot import teams
from bot.course import Course
from bot.home import HomeSummary, home_summary
from bot.reminders import PrefView, lead_label, reminder_prefs
from bot.teams import MyTeam
from bot.timefmt import relative_text
from handlers import blocks
from handlers.format import escape, slack_date
from handlers.render import oh as oh_render
from handlers.render import team as team_cmd
from handlers.render.team import team_line

BOT_EVENTS: tuple[str, ...] = ("app_home_opened",)
MAX_HOME_BLOCKS = 100
TEAM_REGISTER = "home_team_register"
TEAM_LEAVE = "home_team_leave"
REMINDERS_TOGGLE = "home_reminders_toggle"
logger = logging.getLogger("course_bot.home")


MAX_HOME_BLOCKS = 100
"""Slack's limit on the blocks of a Home tab."""


def home_view(summary: HomeSummary, course: Course, extra: Sequence[Block] = ()) -> View:
    """The Home tab as a slack_sdk ``View`` (``to_dict()`` checks Block Kit's limits)."""
    zone = course.tz
    body: list[Block] = [blocks.header(f"{course.code} · {course.title}"),
                         blocks.context(f"{escape(course.term)} · times in your own time zone")]
    body.append(blocks.header("Upcoming deadlines"))
    if summary.deadlines:
        for item in summary.deadlines:
            mark = "  _(yours)_" if item.personal else ""
            body.append(blocks.section(
                f"*{escape(item.title)}*{mark}\n{slack_date(item.due_at, zone)} · "
                f"{relative_text(item.due_at, summary.now)}"))
        if summary.more_deadlines:
            body.append(blocks.context(f"{summary.more_deadlines} more: `/deadlines all`"))
    else:
        body.append(blocks.section("Nothing is due any more this term. `/deadlines all` shows "
                                   "the whole term."))
    body.append(DividerBlock())
    body.append(blocks.header("Presentations"))
    if summary.my_slots:
        for slot in summary.my_slots:
            day = slot.class_date
            others = [u for u in slot.presenters if u != summary.user_id]
            body.append(blocks.section(
                f"You present *{escape(slot.paper_title)}* on {day:%a %b} {day.day}"
                + (" with " + ", ".join(f"<@{u}>" for u in others) if others else "") + "."))
    else:
        body.append(blocks.section("You have no presentation assigned yet."))
    if summary.upcoming_slots:
        lines = [f"{s.class_date:%a %b} {s.class_date.day} · {escape(s.paper_title)} · "
                 + ", ".join(f"<@{u}>" for u in s.presenters) for s in summary.upcoming_slots]
        body.append(blocks.context("Coming up: " + " | ".join(lines)))
    if summary.team is not None:
        body += _team_blocks(summary.team)
    if summary.reminder_prefs is not None:
        body += _reminder_blocks(summary.reminder_prefs)
    body += extra  # feature sections (office hours)
    body.append(DividerBlock())
    tips = "`/deadlines` · `/deadlines presentations` · `/deadlines calendar` (subscribe)"
    if summary.is_staff:
        tips += " · staff: `/course help`"
    body.append(blocks.context(tips))
    return View(type="home", blocks=body[:MAX_HOME_BLOCKS])


def _team_blocks(mine: MyTeam) -> list[Block]:
    out: list[Block] = [DividerBlock(), blocks.header("Your team")]
    if mine.team is not None:
        out.append(blocks.section(team_line(mine.team)))
        if not mine.locked:
            out.append(ActionsBlock(block_id="home_team", elements=[ButtonElement(
                text="Leave team", action_id=TEAM_LEAVE, value=str(mine.team.id),
                style="danger", confirm=ConfirmObject(
                    title="Leave your team?", text="Your teammates are told.",
                    confirm="Leave", deny="Stay"))]))
    else:
        out.append(blocks.section("You are not on a team yet (teams of 2 or 3)."))
    for inv in mine.invitations:
        out.append(blocks.section(f"Invitation: {team_line(inv)}"))
        out.append(ActionsBlock(block_id=f"home_invite_{inv.id}", elements=[
            ButtonElement(text="Accept", action_id=team_cmd.ACCEPT, value=str(inv.id),
                          style="primary"),
            ButtonElement(text="Decline", action_id=team_cmd.DECLINE, value=str(inv.id))]))
    if mine.team is None and not mine.locked:
        out.append(ActionsBlock(block_id="home_team_register", elements=[ButtonElement(
            text="Register a team", action_id=TEAM_REGISTER, value="register",
            style="primary")]))
    out.append(blocks.context(("Teams locked " if mine.locked else "Teams lock ")
                              + "at the *Project team* deadline."))
    return out


def _reminder_blocks(prefs: PrefView) -> list[Block]:
    leads = ", ".join(lead_label(x) for x in prefs.leads)
    lines = [f"Personal DM reminders: *{'on' if prefs.enabled else 'off'}* · lead times: {leads}"]
    if prefs.muted:
        lines.append("Muted: " + ", ".join(f"`{escape(k)}`" for k in prefs.muted))
    toggle = ButtonElement(
        text="Turn DM reminders off" if prefs.enabled else "Turn DM reminders on",
        action_id=REMINDERS_TOGGLE, value="off" if prefs.enabled else "on",
        style=None if prefs.enabled else "primary")
    return [DividerBlock(), blocks.header("Reminders"), blocks.section("\n".join(lines)),
            ActionsBlock(block_id="home_reminders", elements=[toggle]),
            blocks.context(escape(
                "`/reminders 2d 3h` sets lead times · `/reminders mute <deadline>`"))]


async def other_courses_blocks(deps: Deps, user_id: str) -> list[Block]:
    """The user's other courses in this workspace (several courses served): each one's
    next deadlines, under its name; nothing with one course."""
    if deps.courses is None:
        return []
    mine = await deps.courses.courses_of(deps.courses.team_of(deps.course.id), user_id)
    body: list[Block] = []
    for other in mine:
        if other.course.id == deps.course.id:
            continue
        summary = await home_summary(other.db, other.course, user_id=user_id,
                                     now=other.clock.now(), is_staff=await other.is_staff(user_id))
        body += [DividerBlock(), blocks.header(f"{other.course.code} · {other.course.title}")]
        for item in summary.deadlines[:3]:
            body.append(blocks.section(
                f"*{escape(item.title)}*\n{slack_date(item.due_at, other.course.tz)} · "
                f"{relative_text(item.due_at, summary.now)}"))
        if not summary.deadlines:
            body.append(blocks.section("Nothing is due any more this term."))
        body.append(blocks.context(escape(f"`/course use {other.course.id}` to ask about it "
                                          "in DMs")))
    return body


async def publish_home(client: AsyncWebClient, deps: Deps, user_id: str) -> None:
    """Build and publish ``user_id``'s Home tab (every course of theirs in this workspace)."""
    summary = await home_summary(deps.db, deps.course, user_id=user_id, now=deps.clock.now(),
                                 is_staff=await deps.is_staff(user_id))
    view = home_view(summary, deps.course, await oh_render.home_blocks(deps, user_id))
    others = await other_courses_blocks(deps, user_id)
    if others:
        room = MAX_HOME_BLOCKS - len(view.blocks or [])
        view.blocks = [*(view.blocks or []), *others[:max(0, room)]]
    await client.views_publish(user_id=user_id, view=view.to_dict())


async def app_home_opened(event: dict, client: AsyncWebClient, context: dict) -> None:
    if event.get("tab", "home") != "home":
        return
    deps: Deps = context["deps"]
    await publish_home(client, deps, event["user"])


async def team_register_button(ack: AsyncAck, body: dict, client: AsyncWebClient,
                               context: dict) -> None:
    """Open /team's registration modal (its submission is handled by handlers.commands.team)."""
    await ack()
    deps: Deps = context["deps"]
    user = body["user"]["id"]
    await client.views_open(trigger_id=body["trigger_id"],
                            view=team_cmd.register_modal(staff=await deps.is_staff(user)))


async def team_leave_button(ack: AsyncAck, body: dict, client: AsyncWebClient,
                            context: dict) -> None:
    await ack()
    deps: Deps = context["deps"]
    user = body["user"]["id"]
    outcome = await teams.leave(deps.db, deps.course, actor=await deps.actor(user),
                                now=deps.clock.now())  # teammates are told via the outbox
    message = team_cmd.outcome_text(deps, outcome)
    await client.chat_postMessage(channel=user, text=team_cmd.mrkdwn_plain(message),
                                  blocks=[blocks.section(message).to_dict()])
    await publish_home(client, deps, user)


async def reminders_toggle_button(ack: AsyncAck, body: dict, action: dict,
                                  client: AsyncWebClient, context: dict) -> None:
    await ack()
    deps: Deps = context["deps"]
    user = body["user"]["id"]
    value = "on" if action.get("value") == "on" else "off"
    await reminder_prefs(deps.db, deps.course, user_id=user, text=value, now=deps.clock.now())
    await publish_home(client, deps, user)


def register(app: AsyncApp) -> None:
    app.event("app_home_opened")(app_home_opened)
    app.action(TEAM_REGISTER)(team_register_button)
    app.action(TEAM_LEAVE)(team_leave_button)
    app.action(REMINDERS_TOGGLE)(reminders_toggle_button)
