"""``/team``: register a project team (modal or text), answer invitations, see and manage teams.

Students: ``/team`` (your team, or the registration modal), ``/team register @a [@b] Name``,
``/team accept|decline [team]``, ``/team leave``, ``/team rename New``, ``/team invite @c``,
``/team looking [interests|off]``, ``/team board``. Staff also: ``/team list``,
``/team export``, ``/team suggest``, ``/team add|remove #n @s``, ``/team rename #n New``,
``/team merge #n #m``, ``/team dissolve #n``; a staff ``/team register`` registers directly.
"""

from __future__ import annotations

import csv
import io
import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    InputBlock,
    PlainTextInputElement,
    UserMultiSelectElement,
)
from slack_sdk.models.views import View
from slack_sdk.web.async_client import AsyncWebClient

from app.deps import Deps
from bot import teams
from handlers import blocks
from handlers.format import escape, slack_date
from handlers.plain import mrkdwn_to_text

COMMAND = "/team"
ACCEPT = "team_accept"
DECLINE = "team_decline"
MODAL = "team_register"

logger = logging.getLogger("course_bot.team")

_STUDENT_HELP = (
    "`/team` your team (or a form to register one)\n"
    "`/team register @teammate [@teammate] Team name | project title` teams of 2 or 3\n"
    "`/team accept [team]` · `/team decline [team]` answer an invitation\n"
    "`/team invite @someone` · `/team rename New name` · `/team title Project title` · "
    "`/team leave`\n"
    "`/team looking [interests]` join the board of students looking for teammates "
    "(`/team looking off` to leave it) · `/team board` see it"
)
_STAFF_HELP = (
    "*Staff:* `/team list` teams and students without one · `/team export` CSV · "
    "`/team suggest` pairings · `/team register @a @b Name` registers directly · "
    "`/team add #n @s` · `/team remove #n @s` · `/team rename #n New` · "
    "`/team title #n Project title` · "
    "`/team merge #n #m` (moves #m into #n) · `/team dissolve #n`"
)


def _slack_error(exc: SlackApiError) -> str:
    """Slack's error code, or the HTTP status when Slack answered with no JSON (a 5xx)."""
    data = getattr(exc.response, "data", None)
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return f"HTTP {getattr(exc.response, 'status_code', '?')}"


# ----------------------------------------------------------------------------- rendering
def _staff_contact(deps: Deps) -> str:
    return ", ".join(f"{p.name} ({p.email})" for p in deps.course.staff)


def locked_text(deps: Deps, locked_at: Any) -> str:
    return (f"Teams are locked: changes closed {slack_date(locked_at, deps.course.tz)} "
            f"(the syllabus's *Project team* deadline). For any change, ask the course staff: "
            f"{_staff_contact(deps)}.")


def outcome_text(deps: Deps, outcome: teams.Outcome) -> str:
    if outcome.locked_at is not None:
        return locked_text(deps, outcome.locked_at)
    return outcome.message


def team_line(team: teams.TeamView) -> str:
    parts = [f"*{escape(team.name)}* (#{team.id}) · {team.status}"]
    if team.project_title:
        parts[0] += f" · project: {escape(team.project_title)}"
    if team.accepted:
        parts.append("members: " + ", ".join(f"<@{u}>" for u in team.accepted))
    if team.invited:
        parts.append("waiting for: " + ", ".join(f"<@{u}>" for u in team.invited))
    return "\n".join(parts)


def invite_blocks(text: str, team: teams.TeamView) -> list[dict[str, Any]]:
    buttons = ActionsBlock(block_id=f"team_invite_{team.id}", elements=[
        ButtonElement(text="Accept", action_id=ACCEPT, value=str(team.id), style="primary"),
        ButtonElement(text="Decline", action_id=DECLINE, value=str(team.id), style="danger"),
    ])
    return [blocks.section(text).to_dict(), buttons.to_dict()]


def my_team_reply(deps: Deps, mine: teams.MyTeam) -> blocks.Reply:
    """``/team``: your team and its status, and each open invitation with its buttons."""
    body: list[dict[str, Any]] = []
    lines: list[str] = []
    if mine.team is not None:
        lines.append("Your team: " + team_line(mine.team))
        if mine.team.status == "pending":
            lines.append(teams.status_line(mine.team))
        body.append(blocks.section("\n\n".join(lines)).to_dict())
    for inv in mine.invitations:
        text = (f"Invitation: {team_line(inv)}\n`/team accept {escape(inv.name)}` or "
                f"`/team decline {escape(inv.name)}`")
        lines.append(text)
        body += invite_blocks(text, inv)
    if not lines:
        lines.append("You are not on a team. `/team register @teammate Team name` "
                     "(teams of 2 or 3), or `/team looking` to find teammates.")
        body.append(blocks.section(lines[-1]).to_dict())
    when = slack_date(mine.locked_at, deps.course.tz)
    lock = (f"Teams lock {when}." if not mine.locked else
            f"Teams locked {when}; for changes ask the course staff: {_staff_contact(deps)}.")
    body.append(blocks.context(lock).to_dict())
    return blocks.Reply(text=mrkdwn_plain(lines[0]), blocks=body[:blocks.MAX_BLOCKS])


def register_modal(*, staff: bool, private_metadata: str = "") -> dict[str, Any]:
    hint = ("2 or 3 students; they are registered directly" if staff
            else "1 or 2 people: teams have 2 or 3 members including you")
    view = View(
        type="modal", callback_id=MODAL, title="Register a team", submit="Register",
        close="Cancel", private_metadata=private_metadata,
        blocks=[
            InputBlock(block_id="members", label="Students" if staff else "Teammates",
                       hint=hint, element=UserMultiSelectElement(
                           action_id="members", placeholder="Choose people",
                           max_selected_items=3 if staff else 2)),
            InputBlock(block_id="name", label="Team name", element=PlainTextInputElement(
                action_id="name", max_length=teams.NAME_MAX, placeholder="e.g. Flow Matchers")),
            InputBlock(block_id="title", label="Project title", optional=True,
                       element=PlainTextInputElement(action_id="title",
                                                     max_length=teams.TITLE_MAX)),
        ],
    )
    return view.to_dict()


# ----------------------------------------------------------------------------- Slack I/O
async def send_notices(client: AsyncWebClient, notices: tuple[teams.Notice, ...]) -> list[str]:
    """DM each notice (invitations get Accept/Decline). Returns whom we could not reach."""
    missed: list[str] = []
    for notice in notices:
        kwargs: dict[str, Any] = {"channel": notice.user_id, "text": mrkdwn_plain(notice.text)}
        kwargs["blocks"] = (invite_blocks(notice.text, notice.invite) if notice.invite
                            else [blocks.section(notice.text).to_dict()])
        try:
            await client.chat_postMessage(**kwargs)
        except SlackApiError as exc:  # the change is saved; say who was not told
            logger.warning("could not DM %s: %s", notice.user_id, _slack_error(exc))
            missed.append(notice.user_id)
    return missed


def mrkdwn_plain(text: str) -> str:
    return text.replace("*", "")


async def channel_roster(client: AsyncWebClient, channel: str,
                         people: dict[str, dict]) -> tuple[list[str], str]:
    """Members of the course channel (every page), minus bots and deactivated accounts;
    and a warning when the channel cannot be read."""
    if not channel:
        return [], ("No course channel is configured (COURSE_CHANNEL_ID), so only students "
                    "the bot has met are listed.")
    members: list[str] = []
    cursor: str | None = None
    try:
        while True:
            page = await client.conversations_members(channel=channel, cursor=cursor, limit=200)
            members += list(page.get("members") or [])
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                break
    except SlackApiError as exc:
        return [], (f"I could not read the course channel's members "
                    f"({_slack_error(exc)}); only students the bot has met are listed.")
    return [u for u in members if not _is_bot(people.get(u, {}))], ""


def _is_bot(user: dict) -> bool:
    return bool(user.get("is_bot") or user.get("deleted") or user.get("id") == "USLACKBOT")


async def workspace_people(client: AsyncWebClient) -> dict[str, dict]:
    """Every workspace user by id, from ``users.list`` (200 a page): one or a few calls,
    where ``users.info`` would take one per student."""
    people: dict[str, dict] = {}
    cursor: str | None = None
    try:
        while True:
            page = await client.users_list(cursor=cursor, limit=200)
            for user in page.get("members") or []:
                people[str(user.get("id"))] = dict(user)
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                break
    except SlackApiError as exc:  # names and emails are a nicety; the roster still works
        logger.warning("users.list failed: %s", _slack_error(exc))
    return people


def staff_ids(deps: Deps) -> set[str]:
    return set(deps.configured_staff_ids())


# ----------------------------------------------------------------------------- the command
async def team_command(ack: AsyncAck, command: dict, client: AsyncWebClient,
                       context: dict) -> None:
    deps: Deps = context["deps"]
    user = command["user_id"]
    text = " ".join(str(command.get("text", "")).split())
    verb, _, rest = text.partition(" ")
    verb = verb.lower()
    staff = await deps.is_staff(user)
    now = deps.clock.now()
    course, db = deps.course, deps.db
    bot_id = context.get("bot_user_id") or ""
    if not staff:
        await teams.note_seen(db, course, user_ids=[user], now=now)

    async def done(outcome: teams.Outcome) -> None:
        message = outcome_text(deps, outcome)
        missed = await send_notices(client, outcome.notices) if outcome.ok else []
        if missed:
            message += f"\n_I could not message {', '.join(f'<@{u}>' for u in missed)}._"
        await ack(response_type="ephemeral", **blocks.text_reply(message).as_ack())

    def staff_only(what: str) -> bool:
        return verb == what and not staff

    if verb in {"", "status", "show", "me"}:
        mine = await teams.my_team(db, course, user_id=user, now=now)
        if verb == "" and mine.team is None and not mine.invitations and (
                staff or not mine.locked) and command.get("trigger_id"):
            await ack()
            await client.views_open(trigger_id=command["trigger_id"],
                                    view=register_modal(staff=staff))
            return
        await ack(response_type="ephemeral", **my_team_reply(deps, mine).as_ack())
        return
    if verb in {"help", "?"}:
        body = _STUDENT_HELP + ("\n\n" + _STAFF_HELP if staff else "")
        await ack(response_type="ephemeral", **blocks.Reply(
            text="How to use /team", blocks=[blocks.header("/team").to_dict(),
                                             blocks.section(body).to_dict()]).as_ack())
        return
    if any(staff_only(v) for v in ("list", "export", "suggest", "add", "remove", "merge",
                                   "dissolve")):
        await ack(response_type="ephemeral", **blocks.text_reply(
            f"`/team {verb}` is for course staff. `/team help` shows what you can do.").as_ack())
        return

    if verb in {"register", "new", "create", "form"}:
        mentioned, words = teams.parse_mentions(rest)
        name, _, title = words.partition("|")
        await done(await teams.register(db, course, actor=user, members=mentioned,
                                        name=name.strip(), project_title=title.strip(),
                                        now=now, staff=staff, staff_ids=staff_ids(deps)))
    elif verb in {"accept", "join", "decline", "reject"}:
        await done(await teams.answer(db, course, actor=user, accept=verb in {"accept", "join"},
                                      team_ref=rest, now=now))
    elif verb in {"leave", "quit"}:
        await done(await teams.leave(db, course, actor=user, now=now))
    elif verb == "rename":
        ref, new = "", rest
        if staff and rest.startswith("#"):
            ref, _, new = rest.partition(" ")
        await done(await teams.rename(db, course, actor=user, new_name=new, now=now,
                                      staff=staff, team_ref=ref))
    elif verb in {"title", "project"}:
        ref, new = "", rest
        if staff and rest.startswith("#"):
            ref, _, new = rest.partition(" ")
        await done(await teams.set_title(db, course, actor=user, title=new, now=now,
                                         staff=staff, team_ref=ref))
    elif verb in {"invite", "add"}:
        mentioned, ref = teams.parse_mentions(rest)
        await done(await teams.invite(db, course, actor=user, user_ids=mentioned, now=now,
                                      staff=staff, team_ref=ref, staff_ids=staff_ids(deps)))
    elif verb in {"remove", "kick"}:
        mentioned, ref = teams.parse_mentions(rest)
        await done(await teams.remove(db, course, actor=user, team_ref=ref, user_ids=mentioned,
                                      now=now))
    elif verb == "dissolve":
        await done(await teams.dissolve(db, course, actor=user, team_ref=rest, now=now))
    elif verb == "merge":
        into, sep, source = rest.partition(" into ")
        if sep:
            into, source = source, into
        else:
            into, _, source = rest.partition(" ")
        await done(await teams.merge(db, course, actor=user, into_ref=into, from_ref=source,
                                     now=now))
    elif verb == "looking":
        await done(await teams.set_looking(db, course, actor=user, interests=rest, now=now))
    elif verb == "board":
        await ack(response_type="ephemeral",
                  **board_reply(await teams.board(db, course), deps).as_ack())
    elif verb in {"list", "suggest"}:
        people = await workspace_people(client)
        roster, warning = await channel_roster(client, deps.course_channel_id, people)
        exclude = staff_ids(deps) | {bot_id} | {u for u, p in people.items() if _is_bot(p)}
        if verb == "list":
            view = await teams.overview(db, course, roster=roster, exclude=exclude)
            reply = list_reply(view, deps, warning)
        else:
            reply = suggest_reply(await teams.suggest(db, course, roster=roster,
                                                      exclude=exclude), warning)
        await ack(response_type="ephemeral", **reply.as_ack())
    elif verb == "export":
        await ack(response_type="ephemeral",
                  **(await export(client, deps, user)).as_ack())
    else:
        await ack(response_type="ephemeral", **blocks.text_reply(
            f"I don't know `/team {escape(verb)}`. `/team help` lists what I can do.").as_ack())


def list_reply(view: teams.Overview, deps: Deps, warning: str) -> blocks.Reply:
    registered = [t for t in view.teams if t.status == "registered"]
    pending = [t for t in view.teams if t.status == "pending"]
    parts: list[Any] = [blocks.header(f"Teams · {deps.course.code} {deps.course.term}")]
    summary = (f"{len(registered)} registered, {len(pending)} pending, "
               f"{len(view.without_team)} without a team · teams lock "
               f"{slack_date(view.locked_at, deps.course.tz)}")
    parts.append(blocks.section(summary))
    lines = [team_line(t) for t in view.teams] or ["No teams yet."]
    chunk: list[str] = []
    for line in lines:  # sections of at most ~2900 characters
        if sum(len(c) + 2 for c in chunk) + len(line) > 2900:
            parts.append(blocks.section("\n\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        parts.append(blocks.section("\n\n".join(chunk)))
    invited = {u for t in view.teams for u in t.invited}
    alone = [f"<@{u}>" + (" (invited)" if u in invited else "") for u in view.without_team]
    heading = f"*Without a team ({len(view.without_team)}):* "
    chunk = []
    for name in alone or ["none"]:  # sections of at most ~2900 characters
        if sum(len(c) + 2 for c in chunk) + len(heading) + len(name) > 2900:
            parts.append(blocks.section(heading + ", ".join(chunk)))
            chunk, heading = [], ""
        chunk.append(name)
    parts.append(blocks.section(heading + ", ".join(chunk)))
    if warning:
        parts.append(blocks.context(warning))
    text = f"Teams: {summary}"
    return blocks.Reply(text=text, blocks=[b.to_dict() for b in parts[:blocks.MAX_BLOCKS]])


def board_reply(seekers: list[teams.Seeker], deps: Deps) -> blocks.Reply:
    if not seekers:
        return blocks.text_reply("Nobody is on the board. `/team looking [your interests]` "
                                 "puts you on it.")
    lines = [f"<@{s.user_id}>" + (f": {escape(s.interests)}" if s.interests else "")
             for s in seekers]
    return blocks.text_reply(f"*Looking for teammates ({len(seekers)}):*\n" + "\n".join(lines))


def suggest_reply(suggestions: list[teams.Suggestion], warning: str) -> blocks.Reply:
    if not suggestions:
        text = "Everyone is on a team: nothing to suggest."
    else:
        lines = [" + ".join(f"<@{u}>" for u in s.user_ids) + f" ({s.reason})"
                 for s in suggestions]
        text = ("*Suggested teams* (proposals only; register one with "
                "`/team register @a @b Name`):\n" + "\n".join(lines))
    if warning:
        text += f"\n_{warning}_"
    return blocks.text_reply(text)


EXPORT_HEADER = ("team", "status", "user_id", "display_name", "email", "joined_at")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _cell(value: str) -> str:
    """Keep a spreadsheet from reading student text as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


async def export(client: AsyncWebClient, deps: Deps, user: str) -> blocks.Reply:
    """Build the CSV and upload it to the staff member's DM with the bot."""
    rows = await teams.export_rows(deps.db, deps.course)
    people = await workspace_people(client)
    for user_id in dict.fromkeys(r.user_id for r in rows if r.user_id not in people):
        try:  # someone users.list did not return (a guest, or a page that failed)
            people[user_id] = dict((await client.users_info(user=user_id)).get("user") or {})
        except SlackApiError:
            people[user_id] = {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_HEADER)
    for r in rows:
        info = people.get(r.user_id, {})
        profile = info.get("profile") or {}
        name = profile.get("display_name") or profile.get("real_name") or info.get("name", "")
        writer.writerow([_cell(r.team), r.status, r.user_id, _cell(name),
                         _cell(profile.get("email", "")),
                         r.joined_at.isoformat() if r.joined_at else ""])
    opened = await client.conversations_open(users=user)
    channel = opened["channel"]["id"]
    filename = f"teams-{deps.course.id}.csv"
    await client.files_upload_v2(channel=channel, content=out.getvalue(), filename=filename,
                                 title=f"Teams · {deps.course.code} {deps.course.term}")
    teams_n = len({r.team for r in rows})
    return blocks.text_reply(f"Exported {_n(len(rows), 'member')} of {_n(teams_n, 'team')} as "
                             f"`{filename}` (sent to our direct messages).")


# ----------------------------------------------------------------------------- buttons, modal
async def invite_button(ack: AsyncAck, body: dict, action: dict, client: AsyncWebClient,
                        respond: AsyncRespond, context: dict) -> None:
    await ack()
    deps: Deps = context["deps"]
    user = body["user"]["id"]
    try:
        team_id = int(action.get("value", ""))
    except ValueError:
        return
    outcome = await teams.answer(deps.db, deps.course, actor=user,
                                 accept=action["action_id"] == ACCEPT, team_id=team_id,
                                 now=deps.clock.now())
    message = outcome_text(deps, outcome)
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts")
    if container.get("is_ephemeral") and body.get("response_url"):
        await respond(replace_original=True, text=mrkdwn_plain(message),
                      blocks=[blocks.section(message).to_dict()])
    elif outcome.ok and channel and ts:
        await client.chat_update(channel=channel, ts=ts, text=mrkdwn_plain(message),
                                 blocks=[blocks.section(message).to_dict()])
    else:
        await client.chat_postMessage(channel=user, text=mrkdwn_plain(message),
                                      blocks=[blocks.section(message).to_dict()])
    await send_notices(client, outcome.notices)


async def register_submission(ack: AsyncAck, body: dict, view: dict, client: AsyncWebClient,
                              context: dict) -> None:
    deps: Deps = context["deps"]
    user = body["user"]["id"]
    values = (view.get("state") or {}).get("values") or {}
    chosen = list((values.get("members", {}).get("members") or {}).get("selected_users") or [])
    name = (values.get("name", {}).get("name") or {}).get("value") or ""
    title = (values.get("title", {}).get("title") or {}).get("value") or ""
    staff = await deps.is_staff(user)
    outcome = await teams.register(deps.db, deps.course, actor=user, members=chosen, name=name,
                                   project_title=title, now=deps.clock.now(), staff=staff,
                                   staff_ids=staff_ids(deps))
    if not outcome.ok:
        text = mrkdwn_to_text(outcome_text(deps, outcome), zone=deps.course.tz)
        block = outcome.field or ("members" if outcome.locked_at is None else "name")
        await ack(response_action="errors", errors={block: mrkdwn_plain(text)[:150]})
        return
    await ack()
    await client.chat_postMessage(channel=user, text=mrkdwn_plain(outcome.message),
                                  blocks=[blocks.section(outcome.message).to_dict()])
    await send_notices(client, outcome.notices)


def register(app: AsyncApp) -> None:
    app.command(COMMAND)(team_command)
    app.action(ACCEPT)(invite_button)
    app.action(DECLINE)(invite_button)
    app.view(MODAL)(register_submission)
