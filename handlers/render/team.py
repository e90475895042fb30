"""Teams in Slack: the ``/team`` replies, the registration modal, and how each ``team.*``
outbox message is said (the invitation DM carries Accept/Decline buttons).

Example::

    load_all()
    render("team.invited", {"team": view.snapshot(), "by": "U1", "would_be": [...]}, deps)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
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


def outcome_text(deps: Deps, outcome: teams.Outcome | teams.Refusal) -> str:
    """What the actor is told about a team service's outcome (or a read's refusal)."""
    if outcome.locked_at is not None:
        return locked_text(deps, outcome.locked_at)
    return say(outcome.code, outcome.values)


# an Accept/Decline click that finds the invitation closed (withdrawn, team gone or locked)
CLOSED_INVITATION = frozenset({teams.Code.NO_INVITATION, teams.Code.TEAM_GONE,
                               teams.Code.LOCKED, teams.Code.ARCHIVED})


def closed_invitation_text(deps: Deps, outcome: teams.Outcome) -> str | None:
    """The text that replaces an invitation DM whose buttons no longer apply (else None)."""
    if outcome.ok or outcome.code not in CLOSED_INVITATION:
        return None
    team = outcome.values.get("team") if outcome.code == teams.Code.NO_INVITATION else ""
    head = f"This invitation{f' to {_name(team)}' if team else ''} is no longer open"
    if outcome.code == teams.Code.NO_INVITATION:
        return head + " (it was withdrawn, or the team changed). `/team` shows where you stand."
    return f"{head}. {outcome_text(deps, outcome)}"


# ----------------------------------------------------------------------------- outcomes
def _who(user_ids: Iterable[str]) -> str:
    """``<@a>``, ``<@a> and <@b>``, ``<@a>, <@b> and <@c>``."""
    ids = [f"<@{u}>" for u in user_ids]
    if len(ids) <= 1:
        return "".join(ids)
    return ", ".join(ids[:-1]) + " and " + ids[-1]


def _name(name: object) -> str:
    """A team name, bold and escaped: ``*Flow &lt;3*``."""
    return f"*{escape(str(name))}*"


def status_text(status: str, accepted: Sequence[str], invited: Sequence[str]) -> str:
    """Where a team stands: who is on it, who has yet to answer, what it still needs."""
    if status == "registered":
        line = f"The team is registered: {_who(accepted)}."
        if invited:
            line += f" Still waiting for {_who(invited)} to answer."
        return line
    if status == "dissolved":
        return "The team no longer has members and is dissolved."
    if invited:
        return f"Still waiting for {_who(invited)}."
    return (f"The team is pending: it needs at least {teams.MIN_SIZE} members "
            "(`/team invite @someone`).")


def status_line(view: teams.TeamView) -> str:
    return status_text(view.status, view.accepted, view.invited)


def _status(v: Mapping[str, Any]) -> str:
    return status_text(str(v.get("status", "")), list(v.get("accepted") or ()),
                       list(v.get("invited") or ()))


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _taken(v: Mapping[str, Any], *, status: bool) -> str:
    return "; ".join(f"<@{t['user']}> is already on team {_name(t['team'])}"
                     + (f" ({t['status']})" if status else "") for t in v["taken"])


def _joined(v: Mapping[str, Any]) -> str:
    if v["status"] == "registered":
        return f"You joined {_name(v['team'])}. The team is registered: {_who(v['accepted'])}."
    return f"You joined {_name(v['team'])}. {_status(v)}"


def _several(v: Mapping[str, Any]) -> str:
    labels = [f"#{t}" if isinstance(t, int) else _name(t) for t in v["choices"]]
    return (f"You have invitations from {', '.join(labels)}. Say which: "
            f"`/team {v['verb']} <team name>`.")


def _one(users: Sequence[str], one: str, more: str) -> str:
    return one if len(users) == 1 else more


Say = Callable[[Mapping[str, Any]], str]
C = teams.Code
SAY: dict[teams.Code, Say] = {
    C.STAFF_ONLY: lambda v: (f"`/team {v['verb']}` is for course staff. `/team help` shows "
                             "what you can do."),
    C.LOCKED: lambda v: "Teams are locked.",
    C.ARCHIVED: lambda v: ("This course is archived (its term has ended), so its teams are "
                           "frozen: nothing was changed. If the record is wrong, ask the "
                           "course staff."),
    C.NOT_CHECKED: lambda v: (f"I could not check <@{v['user']}> with Slack just now; nothing "
                              "was changed. Please try again in a minute."),
    C.NOT_FOUND_IN_SLACK: lambda v: (
        f"I found no Slack user with the id `{escape(str(v['user']))}`; nothing was changed. "
        "Mention your teammates with @ so Slack fills in their ids."),
    C.DEACTIVATED: lambda v: (f"<@{v['user']}>'s Slack account is deactivated; they cannot "
                              "join a team."),
    C.IS_BOT: lambda v: f"<@{v['user']}> is a bot, not a student.",
    C.STAFF_NOT_MEMBERS: lambda v: (
        f"{_who(v['users'])} {_one(v['users'], 'is', 'are')} course staff, not students; "
        "course staff cannot be team members."),
    C.NO_TEAMMATES: lambda v: (
        ("You are on the team you register, so name only your teammates"
         if v.get("self") else "Name your teammates")
        + ", e.g. `/team register @ada @grace Team name`."),
    C.BAD_SIZE: lambda v: (
        f"Teams have {v['min']} or {v['max']} members"
        f"{' including you' if v['including_you'] else ''}; this one would have {v['count']}."),
    C.MEMBERS_TAKEN: lambda v: _taken(v, status=True) + ". A student can be on only one team.",
    C.INVITEES_TAKEN: lambda v: _taken(v, status=False) + ".",
    C.NAME_BLANK: lambda v: "That team name has nothing visible in it; please type a name.",
    C.NAME_TOO_LONG: lambda v: f"A team name can be at most {v['max']} characters.",
    C.NAME_NUMBER: lambda v: "A team name cannot be a number or start with #.",
    C.NAME_TAKEN: lambda v: (
        f"The name {_name(v['team'])} is already taken"
        f"{' (the name you typed looks the same)' if v['look_alike'] else ''}; please choose "
        "another."),
    C.NAME_MISSING: lambda v: "Give the new name: `/team rename New name`.",
    C.TITLE_TOO_LONG: lambda v: f"A project title can be at most {v['max']} characters.",
    C.TEAM_NOT_FOUND: lambda v: (f"I found no team “{escape(str(v['ref']))}”. `/team list` "
                                 "shows every team with its number (#…)."),
    C.TEAM_GONE: lambda v: "That team no longer exists.",
    C.ALREADY_ON_TEAM: lambda v: (
        f"You are already on team {_name(v['team'])} ({v['status']}). `/team leave` first if "
        "you want to start another."),
    C.ALREADY_ON_TEAM_ACCEPT: lambda v: (f"You are already on team {_name(v['team'])}. "
                                         "`/team leave` it first, then accept."),
    C.ON_TEAM_USE_LEAVE: lambda v: (f"You are on team {_name(v['team'])}; to quit it, use "
                                    "`/team leave`."),
    C.NO_INVITATION: lambda v: ("You have no open invitation"
                                + (f" to {_name(v['team'])}" if v.get("team") else "") + "."),
    C.SEVERAL_INVITATIONS: _several,
    C.NOT_ON_TEAM: lambda v: ("You are not on a team."
                              + (f" Staff: `{v['usage']}`." if v.get("usage") else "")),
    C.NO_TEAM_YET: lambda v: (
        "You are not on a team yet: `/team register @teammate Name`." if not v.get("users") else
        f"You are not on a team yet, so there is no team to invite {_who(v['users'])} to. "
        "Start one instead: `/team register @teammate Team name` (that invites them)."),
    C.INVITED_YOURSELF: lambda v: (f"You are already on your team {_name(v['team'])}; name "
                                   "someone else to invite, e.g. `/team invite @grace`."),
    C.ADD_WHICH_TEAM: lambda v: "Say which team: `/team add #<number> @student`.",
    C.NOBODY_NAMED: lambda v: "Name who to add, e.g. `/team invite @grace`.",
    C.TOO_MANY: lambda v: (f"Teams have at most {v['max']} members; {_name(v['team'])} would "
                           f"have {v['count']}."),
    C.UNINVITE_NOBODY: lambda v: ("Name whose invitation to withdraw, e.g. "
                                  "`/team uninvite @grace`."),
    C.NO_OPEN_INVITATION: lambda v: (
        f"{_who(v['users'])} {_one(v['users'], 'has', 'have')} no open invitation to "
        f"{_name(v['team'])}."),
    C.INVITED_BY_OTHER: lambda v: (f"<@{v['user']}> was invited by <@{v['by']}>; only they "
                                   "(or course staff) can withdraw that invitation."),
    C.NOT_MEMBER: lambda v: f"{_who(v['users']) or 'Nobody named'} is not on {_name(v['team'])}.",
    C.MERGE_SAME: lambda v: "Name two different teams: `/team merge #1 #2` moves #2 into #1.",
    C.MERGE_TOO_BIG: lambda v: (
        f"Teams have at most {v['max']} members; merging {_name(v['from_team'])} into "
        f"{_name(v['team'])} would make {v['count']}."),
    C.ON_REGISTERED_TEAM: lambda v: f"You are on team {_name(v['team'])}, which is registered.",
    C.REGISTERED_BY_STAFF: lambda v: (f"Registered team {_name(v['team'])}: {_who(v['users'])}. "
                                      "I told each of them."),
    C.REGISTERED_PENDING: lambda v: (
        f"Team {_name(v['team'])} is pending until {_who(v['users'])} "
        f"{_one(v['users'], 'accepts', 'accept')}. I sent "
        f"{_one(v['users'], 'an invitation', 'invitations')}."),
    C.DECLINED: lambda v: f"You declined the invitation to {_name(v['team'])}.",
    C.ON_TEAM: lambda v: f"You are on team {_name(v['team'])} ({v['status']}).",
    C.ALREADY_ANSWERED: lambda v: "Already answered: see `/team`.",
    C.JOINED: _joined,
    C.LEFT: lambda v: f"You left {_name(v['team'])}. {_status(v)}",
    C.RENAMED: lambda v: f"Team {_name(v['old'])} is now {_name(v['team'])}.",
    C.TITLED: lambda v: (f"Project title of {_name(v['team'])}: "
                         + (f"“{escape(str(v['title']))}”" if v.get("title") else "cleared")
                         + "."),
    C.ALREADY_INVITED: lambda v: f"They are already on (or invited to) {_name(v['team'])}.",
    C.ADDED: lambda v: f"Added {_who(v['users'])} to {_name(v['team'])}. {_status(v)}",
    C.INVITED: lambda v: f"Invited {_who(v['users'])} to {_name(v['team'])}. {_status(v)}",
    C.UNINVITED: lambda v: (f"Withdrew the invitation of {_who(v['users'])} to "
                            f"{_name(v['team'])}. {_status(v)}"),
    C.REMOVED: lambda v: f"Removed {_who(v['users'])} from {_name(v['team'])}. {_status(v)}",
    C.DISSOLVED: lambda v: f"Dissolved {_name(v['team'])} ({_who(v['users']) or 'empty'}).",
    C.MERGED: lambda v: (f"Merged {_name(v['from_team'])} into {_name(v['team'])}. "
                         f"{_status(v)}"),
    C.EXPORTED: lambda v: (
        f"Exported {_plural(v['members'], 'member')} of {_plural(v['teams'], 'team')} as "
        f"`{v['filename']}` (sent to our direct messages)."),
    C.BOARD_OFF: lambda v: "You are off the board.",
    C.BOARD_NOT_ON: lambda v: "You were not on the board.",
    C.BOARD_ON: lambda v: (
        "You are on the board"
        + (f" (interests: {escape(str(v['interests']))})" if v.get("interests") else "")
        + ". `/team board` shows who else is looking; `/team looking off` takes you off."),
}
"""Every :class:`bot.teams.Code` → its words (a test checks none is missing)."""


def say(code: str, values: Mapping[str, Any]) -> str:
    """The mrkdwn text for one team outcome code and its values."""
    return SAY[teams.Code(code)](values)


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
            lines.append(status_line(mine.team))
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


REASONS = {
    "similar_interests": "similar interests",
    "both_on_board": "both on the board",
    "both_without_team": "both without a team",
    "alone": "no one else is without a team yet",
}


def suggestion_reason(s: teams.Suggestion) -> str:
    reason = (f"joins pending team {_name(s.team)}" if s.reason == "joins_pending"
              else REASONS.get(s.reason, s.reason))
    return reason + ("; with a third so nobody is left alone" if s.third else "")


def suggest_reply(suggestions: list[teams.Suggestion], warning: str) -> blocks.Reply:
    if not suggestions:
        text = "Everyone is on a team: nothing to suggest."
    else:
        lines = [" + ".join(f"<@{u}>" for u in s.user_ids) + f" ({suggestion_reason(s)})"
                 for s in suggestions]
        text = ("*Suggested teams* (proposals only; register one with "
                "`/team register @a @b Name`):\n" + "\n".join(lines))
    if warning:
        text += f"\n_{warning}_"
    return blocks.text_reply(text)


# ----------------------------------------------------------------------------- outbox
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
    f"{status_line(t)}" if d.get("by") else
    f"<@{d['who']}> joined {_label(t)}. {status_line(t)}"))
_simple("team.complete", lambda d, t: f"Team {_label(t)} is registered: {_who(t.accepted)}.")
_simple("team.declined", lambda d, t: (
    f"<@{d['who']}> declined the invitation to {_label(t)}. {status_line(t)}"))
_simple("team.withdrawn", lambda d, t: (
    f"Team {_label(t)} was withdrawn, so your invitation is closed."))
_simple("team.closed_elsewhere", lambda d, t: (
    f"<@{d['who']}> joined another team, so their invitation to {_label(t)} is closed. "
    f"{status_line(t)}"))
_simple("team.left", lambda d, t: f"<@{d['who']}> left team {_label(t)}. {status_line(t)}")
_simple("team.renamed", lambda d, t: (
    f"<@{d['by']}> renamed team *{escape(str(d.get('old_name', '')))}* to {_label(t)}."))
_simple("team.titled", lambda d, t: (
    f"<@{d['by']}> set the project title of {_label(t)}: "
    + (f"“{escape(t.project_title)}”." if t.project_title else "cleared.")))
_simple("team.removed", lambda d, t: (
    f"{_by(d, staff=bool(d.get('staff')))} took you off team {_label(t)}."))
_simple("team.member_removed", lambda d, t: (
    f"{_by(d, staff=bool(d.get('staff')))} took {_who(d.get('whom') or [])} off "
    f"{_label(t)}. {status_line(t)}"))
_simple("team.dissolved", lambda d, t: (
    f"{_by(d)} dissolved team {_label(t)}. `/team register` to form a new one."))
_simple("team.merged", lambda d, t: (
    f"{_by(d)} merged team *{escape(str(d.get('from_name', '')))}* into {_label(t)}: "
    f"{_who(t.accepted)}. {status_line(t)}"))
_simple("team.uninvited", lambda d, t: (
    f"{_by(d, staff=bool(d.get('staff')))} withdrew your invitation to team {_label(t)}."))
_simple("team.invitation_withdrawn", lambda d, t: (
    f"<@{d['by']}> withdrew the invitation of {_who(d.get('whom') or [])} to {_label(t)}. "
    f"{status_line(t)}"))
_simple("team.confirm", lambda d, t: (
    say(str(d["code"]), dict(d.get("values") or {})) if d.get("code")
    else str(d.get("text", ""))))  # "text": a confirmation queued before codes
