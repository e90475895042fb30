"""Teams in Slack: the ``/team`` replies, the registration modal, and how each ``team.*``
outbox message is said (the invitation DM carries Accept/Decline buttons).

Example::

    load_all()
    render("team.invited", {"team": view.snapshot(), "by": "U1", "would_be": [...]}, deps)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    InputBlock,
    PlainTextInputElement,
    UserMultiSelectElement,
)
from slack_sdk.models.views import View

from bot import teams
from handlers import blocks
from handlers.format import escape, slack_date
from handlers.render.registry import renders

if TYPE_CHECKING:
    from app.deps import Deps

ACCEPT = "team_accept"
DECLINE = "team_decline"
MODAL = "team_register"

STUDENT_HELP = (
    "`/team` your team (or a form to register one)\n"
    "`/team register @teammate [@teammate] Team name | project title` teams of 2 or 3\n"
    "`/team accept [team]` · `/team decline [team]` answer an invitation\n"
    "`/team invite @someone` · `/team uninvite @someone` (an invitation you sent) · "
    "`/team rename New name` · `/team title Project title` · `/team leave`\n"
    "`/team looking [interests]` join the board of students looking for teammates "
    "(`/team looking off` to leave it) · `/team board` see it"
)
STAFF_HELP = (
    "*Staff:* `/team list` teams and students without one · `/team export` CSV · "
    "`/team suggest` pairings · `/team register @a @b Name` registers directly · "
    "`/team add #n @s` · `/team remove #n @s` · `/team uninvite #n @s` · "
    "`/team rename #n New` · `/team title #n Project title` · "
    "`/team merge #n #m` (moves #m into #n) · `/team dissolve #n`"
)


def mrkdwn_plain(text: str) -> str:
    return text.replace("*", "")


def _staff_contact(deps: Deps) -> str:
    return ", ".join(f"{p.name} ({p.email})" for p in deps.course.staff)


def locked_text(deps: Deps, locked_at: datetime) -> str:
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


def invite_blocks(text: str, team_id: int) -> list[dict[str, Any]]:
    buttons = ActionsBlock(block_id=f"team_invite_{team_id}", elements=[
        ButtonElement(text="Accept", action_id=ACCEPT, value=str(team_id), style="primary"),
        ButtonElement(text="Decline", action_id=DECLINE, value=str(team_id), style="danger"),
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
        body += invite_blocks(text, inv.id)
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


def help_reply(staff: bool) -> blocks.Reply:
    body = STUDENT_HELP + ("\n\n" + STAFF_HELP if staff else "")
    return blocks.Reply(text="How to use /team", blocks=[blocks.header("/team").to_dict(),
                                                         blocks.section(body).to_dict()])


def list_reply(view: teams.Overview, deps: Deps) -> blocks.Reply:
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
    if view.warning:
        parts.append(blocks.context(view.warning))
    text = f"Teams: {summary}"
    return blocks.Reply(text=text, blocks=[b.to_dict() for b in parts[:blocks.MAX_BLOCKS]])


def board_reply(seekers: list[teams.Seeker]) -> blocks.Reply:
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


# ----------------------------------------------------------------------------- outbox
def _who(user_ids: Iterable[str]) -> str:
    ids = [f"<@{u}>" for u in user_ids]
    if len(ids) <= 1:
        return "".join(ids)
    return ", ".join(ids[:-1]) + " and " + ids[-1]


def _team(data: Mapping[str, Any]) -> teams.TeamView:
    return teams.TeamView.from_snapshot(dict(data.get("team") or {}))


def _label(team: teams.TeamView) -> str:
    return f"*{escape(team.name)}*"


def _by(data: Mapping[str, Any], *, staff: bool = True) -> str:
    """``Course staff (<@U>)`` for a staff action, else ``<@U>``."""
    return f"Course staff (<@{data['by']}>)" if staff else f"<@{data['by']}>"


def _message(text: str) -> dict[str, Any]:
    return {"text": mrkdwn_plain(text), "blocks": [blocks.section(text).to_dict()]}


def _simple(kind: str, say: Callable[[Mapping[str, Any], teams.TeamView], str]) -> None:
    def render(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
        return _message(say(data, _team(data)))

    renders(kind)(render)


@renders("team.invited")
def _invited(data: Mapping[str, Any], deps: Deps) -> dict[str, Any]:
    team = _team(data)
    project = f" (project: {escape(team.project_title)})" if team.project_title else ""
    text = (f"<@{data['by']}> invited you to join project team {_label(team)}{project}; its "
            f"members would be {_who(data.get('would_be') or team.accepted)}. Accept or "
            "decline below, or type `/team accept` / `/team decline`.")
    return {"text": mrkdwn_plain(text), "blocks": invite_blocks(text, team.id)}


_simple("team.registered_by_staff", lambda d, t: (
    f"{_by(d)} registered you on team {_label(t)}: {_who(t.accepted)}."))
_simple("team.added", lambda d, t: (
    f"{_by(d)} added you to team {_label(t)}: {_who(t.accepted)}."))
_simple("team.joined", lambda d, t: (
    f"{_by(d)} added {_who(d.get('whom') or [d['who']])} to {_label(t)}. "
    f"{teams.status_line(t)}" if d.get("by") else
    f"<@{d['who']}> joined {_label(t)}. {teams.status_line(t)}"))
_simple("team.complete", lambda d, t: f"Team {_label(t)} is registered: {_who(t.accepted)}.")
_simple("team.declined", lambda d, t: (
    f"<@{d['who']}> declined the invitation to {_label(t)}. {teams.status_line(t)}"))
_simple("team.withdrawn", lambda d, t: (
    f"Team {_label(t)} was withdrawn, so your invitation is closed."))
_simple("team.closed_elsewhere", lambda d, t: (
    f"<@{d['who']}> joined another team, so their invitation to {_label(t)} is closed. "
    f"{teams.status_line(t)}"))
_simple("team.left", lambda d, t: f"<@{d['who']}> left team {_label(t)}. {teams.status_line(t)}")
_simple("team.renamed", lambda d, t: (
    f"<@{d['by']}> renamed team *{escape(str(d.get('old_name', '')))}* to {_label(t)}."))
_simple("team.titled", lambda d, t: (
    f"<@{d['by']}> set the project title of {_label(t)}: "
    + (f"“{escape(t.project_title)}”." if t.project_title else "cleared.")))
_simple("team.removed", lambda d, t: (
    f"{_by(d, staff=bool(d.get('staff')))} took you off team {_label(t)}."))
_simple("team.member_removed", lambda d, t: (
    f"{_by(d, staff=bool(d.get('staff')))} took {_who(d.get('whom') or [])} off "
    f"{_label(t)}. {teams.status_line(t)}"))
_simple("team.dissolved", lambda d, t: (
    f"{_by(d)} dissolved team {_label(t)}. `/team register` to form a new one."))
_simple("team.merged", lambda d, t: (
    f"{_by(d)} merged team *{escape(str(d.get('from_name', '')))}* into {_label(t)}: "
    f"{_who(t.accepted)}. {teams.status_line(t)}"))
_simple("team.uninvited", lambda d, t: (
    f"{_by(d, staff=bool(d.get('staff')))} withdrew your invitation to team {_label(t)}."))
_simple("team.invitation_withdrawn", lambda d, t: (
    f"<@{d['by']}> withdrew the invitation of {_who(d.get('whom') or [])} to {_label(t)}. "
    f"{teams.status_line(t)}"))
_simple("team.confirm", lambda d, t: str(d.get("text", "")))
