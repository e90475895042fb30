"""Project teams: register, accept, decline, leave, rename; staff edit, merge and dissolve.

Plain values in, plain values out; the handlers render. Each change is one transaction.
The rules live here *and* in the database (partial unique indexes): nobody is an accepted
member of two teams, and team names are unique within a course. When two requests race
and the database refuses one, the operation is run again, so the loser gets the same
clear refusal it would have had a moment later.

Example::

    outcome = await register(db, course, actor="U1", members=["U2", "U3"], name="Flow",
                             now=clock.now())
    outcome.ok, outcome.message, outcome.notices
    await students_without_team(db, course.id, roster)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeVar

from rapidfuzz import fuzz
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.course import Course
from storage import team_repo as tr
from storage.db import Database
from storage.models import Team, TeamMember
from storage.repos import audit as audit_repo
from storage.repos import deadlines as deadline_repo

MIN_SIZE, MAX_SIZE = 2, 3
NAME_MAX = 80
TITLE_MAX = 200
ATTEMPTS = 4
LOCK_KEY = "team"
_RETRY_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock (PostgreSQL)

_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>|(?<![\w<])@([UW][A-Z0-9]{1,20})\b")
_TEAM_ID = re.compile(r"^#?(\d{1,9})$")

T = TypeVar("T")
logger = logging.getLogger("course_bot.teams")


# ----------------------------------------------------------------------------- values
@dataclass(frozen=True)
class MemberView:
    user_id: str
    state: str  # invited | accepted
    joined_at: datetime | None


@dataclass(frozen=True)
class TeamView:
    id: int
    name: str
    status: str  # pending | registered | dissolved
    project_title: str
    created_by: str
    members: tuple[MemberView, ...] = ()

    @property
    def accepted(self) -> list[str]:
        return [m.user_id for m in self.members if m.state == "accepted"]

    @property
    def invited(self) -> list[str]:
        return [m.user_id for m in self.members if m.state == "invited"]


@dataclass(frozen=True)
class Notice:
    """A direct message to send: ``invite`` carries Accept/Decline buttons for that team."""

    user_id: str
    text: str
    invite: TeamView | None = None


@dataclass(frozen=True)
class Outcome:
    """What one action did: ``message`` for the actor, ``notices`` for everyone else."""

    ok: bool
    message: str
    team: TeamView | None = None
    notices: tuple[Notice, ...] = ()
    locked_at: datetime | None = None  # set when refused because teams are locked
    field: Literal["members", "name", "title", ""] = ""  # the modal field a refusal is about


@dataclass(frozen=True)
class MyTeam:
    team: TeamView | None
    invitations: tuple[TeamView, ...]
    locked_at: datetime
    locked: bool


@dataclass(frozen=True)
class Overview:
    teams: tuple[TeamView, ...]
    without_team: tuple[str, ...]
    locked_at: datetime


@dataclass(frozen=True)
class ExportRow:
    team: str
    status: str
    user_id: str
    joined_at: datetime | None


@dataclass(frozen=True)
class Seeker:
    user_id: str
    interests: str
    since: datetime


@dataclass(frozen=True)
class Suggestion:
    user_ids: tuple[str, ...]
    reason: str


class Refusal(Exception):
    """A rule said no: the message is for the user (already safe for mrkdwn)."""

    def __init__(self, message: str, *, field: str = "", locked_at: datetime | None = None):
        super().__init__(message)
        self.message, self.field, self.locked_at = message, field, locked_at


# ----------------------------------------------------------------------------- parsing
def parse_mentions(text: str) -> tuple[list[str], str]:
    """User ids named in ``text`` (``<@U…|name>``, ``<@U…>`` or ``@U…``) and the rest.

    Example::

        >>> parse_mentions("<@U2|ada> @U3 Flow Matchers")
        (['U2', 'U3'], 'Flow Matchers')
    """
    ids: list[str] = []
    for match in _MENTION.finditer(text):
        user = match.group(1) or match.group(2)
        if user not in ids:
            ids.append(user)
    rest = " ".join(_MENTION.sub(" ", text).split())
    return ids, rest


def _safe(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _who(user_ids: Iterable[str]) -> str:
    ids = [f"<@{u}>" for u in user_ids]
    if len(ids) <= 1:
        return "".join(ids)
    return ", ".join(ids[:-1]) + " and " + ids[-1]


def _clean_name(name: str) -> str:
    name = " ".join(name.split()).strip(" \"'“”")
    if len(name) > NAME_MAX:
        raise Refusal(f"A team name can be at most {NAME_MAX} characters.", field="name")
    if name.startswith("#") or _TEAM_ID.match(name):
        raise Refusal("A team name cannot be a number or start with #.", field="name")
    return name


def _view(team: Team, members: Sequence[TeamMember]) -> TeamView:
    assert team.id is not None
    return TeamView(
        id=team.id, name=team.name, status=team.status, project_title=team.project_title,
        created_by=team.created_by,
        members=tuple(MemberView(m.user_id, m.state, m.joined_at) for m in members
                      if m.team_id == team.id and m.state in tr.LIVE_STATES),
    )


def _label(team: Team | TeamView) -> str:
    return f"*{_safe(team.name)}*"


# ----------------------------------------------------------------------------- the lock
async def lock_at(db: Database, course: Course) -> datetime:
    """When students can no longer change teams: the ``team`` deadline as stored (staff may
    move it), else the course file's."""
    async with db.session() as session:
        return await _lock_at(session, course)


async def _lock_at(session: AsyncSession, course: Course) -> datetime:
    row = await deadline_repo.get_deadline(session=session, course_id=course.id, key=LOCK_KEY)
    if row is not None and row.status == "active":
        return row.due_at
    spec = course.deadline(LOCK_KEY)
    if spec is None:
        raise RuntimeError("the course file has no 'team' deadline")
    return course.due_at(spec)


async def _check_open(session: AsyncSession, course: Course, now: datetime,
                      staff: bool) -> None:
    if staff:
        return
    closed = await _lock_at(session, course)
    if now > closed:
        raise Refusal("Teams are locked.", locked_at=closed)


# ----------------------------------------------------------------------------- running
async def _run(db: Database, op: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run ``op`` in one transaction; when a unique index refuses it (another request got
    there first) or PostgreSQL breaks a deadlock, run it again on fresh data."""
    for attempt in range(ATTEMPTS):
        try:
            async with db.session() as session:
                await tr.begin_write(session=session)
                return await op(session)
        except DBAPIError as exc:
            retry = isinstance(exc, IntegrityError) or getattr(
                exc.orig, "sqlstate", None) in _RETRY_SQLSTATES
            if not retry or attempt == ATTEMPTS - 1:
                raise
            logger.info("team change lost a race (attempt %d): %s", attempt + 1,
                        str(exc.orig).splitlines()[0] if exc.orig else exc)
    raise AssertionError("unreachable")


async def _outcome(db: Database, op: Callable[[AsyncSession], Awaitable[Outcome]]) -> Outcome:
    try:
        return await _run(db, op)
    except Refusal as refusal:
        return Outcome(ok=False, message=refusal.message, locked_at=refusal.locked_at,
                       field=refusal.field)  # type: ignore[arg-type]


async def _load(session: AsyncSession, team: Team) -> list[TeamMember]:
    assert team.id is not None
    return await tr.members_of(session=session, team_ids=[team.id])


def _settle(team: Team, members: Sequence[TeamMember], now: datetime) -> str:
    """Set the team's status from its members; returns the new status."""
    accepted = [m for m in members if m.state == "accepted"]
    invited = [m for m in members if m.state == "invited"]
    if not accepted:
        status = "dissolved"
        for m in invited:
            m.state, m.ended_at = "removed", now
    elif len(accepted) >= MIN_SIZE and not invited:
        status = "registered"
    else:
        status = "pending"
    if status != team.status:
        team.status, team.updated_at = status, now
        if status == "registered":
            team.registered_at = now
    return status


async def _team_of(session: AsyncSession, course_id: str, user_id: str) -> Team | None:
    """The live team ``user_id`` is an accepted member of, if any."""
    rows = await tr.memberships_of(session=session, course_id=course_id, user_id=user_id,
                                   states=("accepted",))
    for row in rows:
        team = await tr.get_team(session=session, course_id=course_id, team_id=row.team_id)
        if team is not None and team.status != "dissolved":
            return team
    return None


async def _conflicts(session: AsyncSession, course_id: str,
                     user_ids: Sequence[str]) -> dict[str, Team]:
    found: dict[str, Team] = {}
    for row in await tr.accepted_members(session=session, course_id=course_id,
                                         user_ids=user_ids):
        team = await tr.get_team(session=session, course_id=course_id, team_id=row.team_id)
        if team is not None and team.status != "dissolved":
            found[row.user_id] = team
    return found


async def _resolve(session: AsyncSession, course_id: str, ref: str) -> Team:
    ref = ref.strip()
    match = _TEAM_ID.match(ref)
    team: Team | None
    if match:
        team = await tr.get_team(session=session, course_id=course_id, team_id=int(match[1]))
        if team is not None and team.status == "dissolved":
            team = None
    else:
        team = await tr.team_by_name(session=session, course_id=course_id, name=ref)
    if team is None:
        raise Refusal(f"I found no team “{_safe(ref)}”. `/team list` shows every team "
                      "with its number (#…).")
    return team


async def _default_name(session: AsyncSession, course_id: str) -> str:
    taken = await tr.teams_named_like(session=session, course_id=course_id, prefix="team ")
    n = await tr.count_live_teams(session=session, course_id=course_id) + 1
    while f"team {n}" in taken:
        n += 1
    return f"Team {n}"


async def _name_free(session: AsyncSession, course_id: str, name: str,
                     except_id: int | None = None) -> None:
    other = await tr.team_by_name(session=session, course_id=course_id, name=name)
    if other is not None and other.id != except_id:
        raise Refusal(f"The name {_label(other)} is already taken; please choose another.",
                      field="name")


async def _audit(session: AsyncSession, course: Course, actor: str, action: str, team: Team,
                 now: datetime, **new: object) -> None:
    await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                         action=f"team.{action}", target=f"team #{team.id} {team.name}",
                         new={"team_id": team.id, "name": team.name, **new}, at=now)


# ----------------------------------------------------------------------------- register
async def register(
    db: Database, course: Course, *, actor: str, members: Sequence[str], name: str = "",
    project_title: str = "", now: datetime, staff: bool = False,
    staff_ids: Iterable[str] = (),
) -> Outcome:
    """Register a team. A student is its first member and invites ``members`` (1–2 others);
    staff name 2–3 students, who are registered directly."""
    staff_set = set(staff_ids)

    async def op(session: AsyncSession) -> Outcome:
        await _check_open(session, course, now, staff)
        people = [u for u in dict.fromkeys(members) if u != actor or staff]
        everyone = people if staff else [actor, *people]
        if not people:
            raise Refusal("Name your teammates, e.g. `/team register @ada @grace Team name`.",
                          field="members")
        if any(u in staff_set for u in people):
            who = _who(u for u in people if u in staff_set)
            raise Refusal(f"{who} {'is' if len(people) == 1 else 'are'} course staff, "
                          "not students.", field="members")
        if not MIN_SIZE <= len(everyone) <= MAX_SIZE:
            extra = "" if staff else " including you"
            raise Refusal(f"Teams have {MIN_SIZE} or {MAX_SIZE} members{extra}; this one "
                          f"would have {len(everyone)}.", field="members")
        title = " ".join(project_title.split())
        if len(title) > TITLE_MAX:
            raise Refusal(f"A project title can be at most {TITLE_MAX} characters.",
                          field="title")
        clean = _clean_name(name) or await _default_name(session, course.id)
        if not staff:
            mine = await _team_of(session, course.id, actor)
            if mine is not None:
                raise Refusal(f"You are already on team {_label(mine)} ({mine.status}). "
                              "`/team leave` first if you want to start another.")
        taken = await _conflicts(session, course.id, people)
        if taken:
            parts = [f"<@{u}> is already on team {_label(t)} ({t.status})"
                     for u, t in taken.items()]
            raise Refusal("; ".join(parts) + ". A student can be on only one team.",
                          field="members")
        await _name_free(session, course.id, clean)
        team = Team(course_id=course.id, name=clean, name_key=tr.name_key(clean),
                    project_title=title, status="pending", created_by=actor,
                    created_at=now, updated_at=now)
        session.add(team)
        await session.flush()
        assert team.id is not None
        rows = [TeamMember(course_id=course.id, team_id=team.id, user_id=u,
                           state="accepted" if staff or u == actor else "invited",
                           invited_by=actor, invited_at=now,
                           joined_at=now if staff or u == actor else None)
                for u in (sorted(everyone) if staff else everyone)]
        session.add_all(rows)
        await session.flush()
        _settle(team, rows, now)
        await tr.note_seen(session=session, course_id=course.id,
                           user_ids=everyone, at=now)
        view = _view(team, rows)
        await _audit(session, course, actor, "register", team, now, members=everyone,
                     project_title=title, by_staff=staff)
        if staff:
            text = (f"Course staff (<@{actor}>) registered you on team {_label(team)}: "
                    f"{_who(everyone)}.")
            return Outcome(ok=True, team=view,
                           message=f"Registered team {_label(team)}: {_who(everyone)}. "
                                   "I told each of them.",
                           notices=tuple(Notice(u, text) for u in everyone))
        invite = (f"<@{actor}> invited you to join project team {_label(team)}"
                  f"{' (project: ' + _safe(title) + ')' if title else ''}; its members "
                  f"would be {_who(everyone)}. Accept or decline below, or type "
                  f"`/team accept` / `/team decline`.")
        return Outcome(ok=True, team=view,
                       message=f"Team {_label(team)} is pending until {_who(people)} "
                               f"{'accepts' if len(people) == 1 else 'accept'}. I sent "
                               f"{'an invitation' if len(people) == 1 else 'invitations'}.",
                       notices=tuple(Notice(u, invite, invite=view) for u in people))

    return await _outcome(db, op)


# ----------------------------------------------------------------------------- answer
async def answer(db: Database, course: Course, *, actor: str, accept: bool, now: datetime,
                 team_ref: str = "", team_id: int | None = None) -> Outcome:
    """Accept or decline an invitation (a button carries ``team_id``; text may name one)."""

    async def op(session: AsyncSession) -> Outcome:
        invites = await tr.memberships_of(session=session, course_id=course.id, user_id=actor,
                                          states=("invited",))
        target: Team | None = None
        if team_id is not None:
            target = await tr.get_team(session=session, course_id=course.id, team_id=team_id)
        elif team_ref.strip():
            target = await _resolve(session, course.id, team_ref)
        mine = await _team_of(session, course.id, actor)
        if target is not None:
            invites = [i for i in invites if i.team_id == target.id]
        if not invites:
            if mine is not None and (target is None or mine.id == target.id):
                if accept:  # a double click or a retried request: same answer, no change
                    return Outcome(ok=True, message=f"You are on team {_label(mine)} "
                                                    f"({mine.status}).")
                return Outcome(ok=False, message=f"You are on team {_label(mine)}; to quit "
                                                 "it, use `/team leave`.")
            which = f" to {_label(target)}" if target is not None else ""
            return Outcome(ok=False, message=f"You have no open invitation{which}.")
        if len(invites) > 1:
            names = []
            for i in invites:
                t = await tr.get_team(session=session, course_id=course.id, team_id=i.team_id)
                names.append(_label(t) if t else f"#{i.team_id}")
            verb = "accept" if accept else "decline"
            raise Refusal(f"You have invitations from {', '.join(names)}. Say which: "
                          f"`/team {verb} <team name>`.")
        if accept:
            await _check_open(session, course, now, False)
            if mine is not None:
                raise Refusal(f"You are already on team {_label(mine)}. `/team leave` it "
                              "first, then accept.")
        chosen = invites[0]
        others = await tr.memberships_of(session=session, course_id=course.id, user_id=actor,
                                         states=("invited",)) if accept else []
        ids = {chosen.team_id} | {o.team_id for o in others}
        teams = await tr.lock_teams(session=session, course_id=course.id, team_ids=ids)
        team = teams.get(chosen.team_id)
        if team is None or team.status == "dissolved":
            return Outcome(ok=False, message="That team no longer exists.")
        members = await _load(session, team)
        row = next((m for m in members if m.user_id == actor and m.state == "invited"), None)
        if row is None:  # the other click won the race
            return Outcome(ok=True, message="Already answered: see `/team`.")
        notices: list[Notice] = []
        await tr.note_seen(session=session, course_id=course.id, user_ids=[actor], at=now)
        if not accept:
            row.state, row.ended_at = "declined", now
            status = _settle(team, members, now)
            view = _view(team, members)
            for u in view.accepted:
                notices.append(Notice(u, f"<@{actor}> declined the invitation to "
                                         f"{_label(team)}. {status_line(view)}"))
            for u in (view.invited if status == "dissolved" else []):
                notices.append(Notice(u, f"Team {_label(team)} was withdrawn."))
            await _audit(session, course, actor, "decline", team, now, status=status)
            return Outcome(ok=True, team=view, notices=tuple(notices),
                           message=f"You declined the invitation to {_label(team)}.")
        row.state, row.joined_at = "accepted", now
        await session.flush()  # the unique index speaks here if another accept won
        for other in others:
            if other.team_id == team.id:
                continue
            other.state, other.ended_at = "declined", now
            o_team = teams.get(other.team_id)
            if o_team is not None and o_team.status != "dissolved":
                o_members = await _load(session, o_team)
                _settle(o_team, o_members, now)
                o_view = _view(o_team, o_members)
                for u in o_view.accepted:
                    notices.append(Notice(u, f"<@{actor}> joined another team, so their "
                                             f"invitation to {_label(o_team)} is closed. "
                                             f"{status_line(o_view)}"))
        status = _settle(team, members, now)
        await tr.remove_seeker(session=session, course_id=course.id, user_id=actor)
        view = _view(team, members)
        for u in view.accepted:
            if u == actor:
                continue
            if status == "registered":
                notices.append(Notice(u, f"Team {_label(team)} is registered: "
                                         f"{_who(view.accepted)}."))
            else:
                notices.append(Notice(u, f"<@{actor}> joined {_label(team)}. "
                                         f"{status_line(view)}"))
        await _audit(session, course, actor, "accept", team, now, status=status)
        if status == "registered":
            message = f"You joined {_label(team)}. The team is registered: {_who(view.accepted)}."
        else:
            message = f"You joined {_label(team)}. {status_line(view)}"
        return Outcome(ok=True, team=view, notices=tuple(notices), message=message)

    return await _outcome(db, op)


def status_line(view: TeamView) -> str:
    if view.status == "registered":
        return f"The team is registered: {_who(view.accepted)}."
    if view.status == "dissolved":
        return "The team no longer has members and is dissolved."
    if view.invited:
        return f"Still waiting for {_who(view.invited)}."
    return (f"The team is pending: it needs at least {MIN_SIZE} members "
            "(`/team invite @someone`).")


# ----------------------------------------------------------------------------- leave
async def leave(db: Database, course: Course, *, actor: str, now: datetime) -> Outcome:
    """Leave your team before the lock; a team left with one member goes back to pending."""

    async def op(session: AsyncSession) -> Outcome:
        await _check_open(session, course, now, False)
        mine = await _team_of(session, course.id, actor)
        if mine is None:
            return Outcome(ok=False, message="You are not on a team.")
        assert mine.id is not None
        team = (await tr.lock_teams(session=session, course_id=course.id,
                                    team_ids=[mine.id]))[mine.id]
        members = await _load(session, team)
        row = next((m for m in members if m.user_id == actor and m.state == "accepted"), None)
        if row is None:
            return Outcome(ok=False, message="You are not on a team.")
        before = _view(team, members)
        row.state, row.ended_at = "left", now
        _settle(team, members, now)
        view = _view(team, members)
        notices = [Notice(u, f"<@{actor}> left team {_label(team)}. {status_line(view)}")
                   for u in view.accepted]
        notices += [Notice(u, f"Team {_label(team)} was withdrawn, so your invitation is "
                              "closed.") for u in before.invited if view.status == "dissolved"]
        await _audit(session, course, actor, "leave", team, now, status=view.status)
        return Outcome(ok=True, team=view, notices=tuple(notices),
                       message=f"You left {_label(team)}. {status_line(view)}")

    return await _outcome(db, op)


# ----------------------------------------------------------------------------- rename
async def _own_or_named(session: AsyncSession, course: Course, *, actor: str, staff: bool,
                        team_ref: str, usage: str) -> Team:
    """Staff name a team with ``team_ref``; anyone else acts on their own team."""
    if staff and team_ref:
        return await _resolve(session, course.id, team_ref)
    found = await _team_of(session, course.id, actor)
    if found is None:
        raise Refusal("You are not on a team." + (f" Staff: `{usage}`." if staff else ""))
    return found


async def rename(db: Database, course: Course, *, actor: str, new_name: str, now: datetime,
                 staff: bool = False, team_ref: str = "") -> Outcome:
    """Rename your team (students, before the lock) or any team (staff, with ``team_ref``)."""

    async def op(session: AsyncSession) -> Outcome:
        await _check_open(session, course, now, staff)
        team = await _own_or_named(session, course, actor=actor, staff=staff,
                                   team_ref=team_ref, usage="/team rename #<number> New name")
        clean = _clean_name(new_name)
        if not clean:
            raise Refusal("Give the new name: `/team rename New name`.", field="name")
        await _name_free(session, course.id, clean, except_id=team.id)
        old = team.name
        team.name, team.name_key, team.updated_at = clean, tr.name_key(clean), now
        members = await _load(session, team)
        view = _view(team, members)
        if staff:
            await _audit(session, course, actor, "rename", team, now, old_name=old)
        notices = [Notice(u, f"<@{actor}> renamed team *{_safe(old)}* to {_label(team)}.")
                   for u in view.accepted if u != actor]
        return Outcome(ok=True, team=view, notices=tuple(notices),
                       message=f"Team *{_safe(old)}* is now {_label(team)}.")

    return await _outcome(db, op)


async def set_title(db: Database, course: Course, *, actor: str, title: str, now: datetime,
                    staff: bool = False, team_ref: str = "") -> Outcome:
    """Set (or, with an empty title, clear) the project title of your team, or of any team
    for staff."""

    async def op(session: AsyncSession) -> Outcome:
        await _check_open(session, course, now, staff)
        team = await _own_or_named(session, course, actor=actor, staff=staff,
                                   team_ref=team_ref, usage="/team title #<number> Project title")
        clean = " ".join(title.split())
        if len(clean) > TITLE_MAX:
            raise Refusal(f"A project title can be at most {TITLE_MAX} characters.",
                          field="title")
        old = team.project_title
        team.project_title, team.updated_at = clean, now
        if staff:
            await _audit(session, course, actor, "title", team, now, old_title=old,
                         project_title=clean)
        view = _view(team, await _load(session, team))
        said = f"“{_safe(clean)}”" if clean else "cleared"
        notices = [Notice(u, f"<@{actor}> set the project title of {_label(team)}: {said}.")
                   for u in view.accepted if u != actor]
        return Outcome(ok=True, team=view, notices=tuple(notices),
                       message=f"Project title of {_label(team)}: {said}.")

    return await _outcome(db, op)


# ----------------------------------------------------------------------------- invite / add
async def invite(db: Database, course: Course, *, actor: str, user_ids: Sequence[str],
                 now: datetime, staff: bool = False, team_ref: str = "",
                 staff_ids: Iterable[str] = ()) -> Outcome:
    """A member invites more teammates (up to 3 in all); staff add students directly."""
    staff_set = set(staff_ids)

    async def op(session: AsyncSession) -> Outcome:
        await _check_open(session, course, now, staff)
        if staff:
            if not team_ref:
                raise Refusal("Say which team: `/team add #<number> @student`.")
            found: Team | None = await _resolve(session, course.id, team_ref)
        else:
            found = await _team_of(session, course.id, actor)
            if found is None:
                raise Refusal("You are not on a team yet: `/team register @teammate Name`.")
        assert found is not None and found.id is not None
        team = (await tr.lock_teams(session=session, course_id=course.id,
                                    team_ids=[found.id]))[found.id]
        people = [u for u in dict.fromkeys(user_ids) if u != actor or staff]
        if not people:
            raise Refusal("Name who to add, e.g. `/team invite @grace`.")
        if any(u in staff_set for u in people):
            raise Refusal("Course staff cannot be team members.")
        members = await _load(session, team)
        current = {m.user_id for m in members}
        people = [u for u in people if u not in current]
        if not people:
            return Outcome(ok=True, message="They are already on (or invited to) "
                                            f"{_label(team)}.", team=_view(team, members))
        if len(current) + len(people) > MAX_SIZE:
            raise Refusal(f"Teams have at most {MAX_SIZE} members; {_label(team)} would "
                          f"have {len(current) + len(people)}.")
        taken = await _conflicts(session, course.id, people)
        if taken:
            parts = [f"<@{u}> is already on team {_label(t)}" for u, t in taken.items()]
            raise Refusal("; ".join(parts) + ".")
        rows = [TeamMember(course_id=course.id, team_id=team.id, user_id=u,
                           state="accepted" if staff else "invited", invited_by=actor,
                           invited_at=now, joined_at=now if staff else None) for u in people]
        session.add_all(rows)
        await session.flush()
        members = [*members, *rows]
        _settle(team, members, now)
        await tr.note_seen(session=session, course_id=course.id, user_ids=people, at=now)
        view = _view(team, members)
        if staff:
            await _audit(session, course, actor, "add", team, now, added=people)
            notices = [Notice(u, f"Course staff (<@{actor}>) added you to team "
                                 f"{_label(team)}: {_who(view.accepted)}.") for u in people]
            return Outcome(ok=True, team=view, notices=tuple(notices),
                           message=f"Added {_who(people)} to {_label(team)}. "
                                   f"{status_line(view)}")
        await _audit(session, course, actor, "invite", team, now, invited=people)
        text = (f"<@{actor}> invited you to join project team {_label(team)} with "
                f"{_who(view.accepted)}. Accept or decline below, or type `/team accept` / "
                "`/team decline`.")
        return Outcome(ok=True, team=view,
                       notices=tuple(Notice(u, text, invite=view) for u in people),
                       message=f"Invited {_who(people)} to {_label(team)}. "
                               f"{status_line(view)}")

    return await _outcome(db, op)


# ----------------------------------------------------------------------------- staff
async def remove(db: Database, course: Course, *, actor: str, team_ref: str,
                 user_ids: Sequence[str], now: datetime) -> Outcome:
    """Staff take students off a team (their invitations too)."""

    async def op(session: AsyncSession) -> Outcome:
        found = await _resolve(session, course.id, team_ref)
        assert found.id is not None
        team = (await tr.lock_teams(session=session, course_id=course.id,
                                    team_ids=[found.id]))[found.id]
        members = await _load(session, team)
        gone = [m for m in members if m.user_id in set(user_ids)]
        if not gone:
            raise Refusal(f"{_who(user_ids) or 'Nobody named'} is not on {_label(team)}.")
        for m in gone:
            m.state, m.ended_at = "removed", now
        _settle(team, members, now)
        view = _view(team, members)
        await _audit(session, course, actor, "remove", team, now,
                     removed=[m.user_id for m in gone], status=view.status)
        notices = [Notice(m.user_id, f"Course staff (<@{actor}>) took you off team "
                                     f"{_label(team)}.") for m in gone]
        notices += [Notice(u, f"Course staff (<@{actor}>) took {_who(m.user_id for m in gone)}"
                              f" off {_label(team)}. {status_line(view)}")
                    for u in view.accepted]
        return Outcome(ok=True, team=view, notices=tuple(notices),
                       message=f"Removed {_who(m.user_id for m in gone)} from {_label(team)}. "
                               f"{status_line(view)}")

    return await _outcome(db, op)


async def dissolve(db: Database, course: Course, *, actor: str, team_ref: str,
                   now: datetime) -> Outcome:
    """Staff dissolve a team: every member and invitation ends; the record stays."""

    async def op(session: AsyncSession) -> Outcome:
        found = await _resolve(session, course.id, team_ref)
        assert found.id is not None
        team = (await tr.lock_teams(session=session, course_id=course.id,
                                    team_ids=[found.id]))[found.id]
        members = await _load(session, team)
        before = _view(team, members)
        for m in members:
            m.state, m.ended_at = "removed", now
        team.status, team.updated_at = "dissolved", now
        await _audit(session, course, actor, "dissolve", team, now,
                     members=before.accepted, invited=before.invited)
        notices = [Notice(u, f"Course staff (<@{actor}>) dissolved team {_label(team)}. "
                             "`/team register` to form a new one.") for u in before.accepted]
        return Outcome(ok=True, team=before, notices=tuple(notices),
                       message=f"Dissolved {_label(team)} ({_who(before.accepted) or 'empty'}).")

    return await _outcome(db, op)


async def merge(db: Database, course: Course, *, actor: str, into_ref: str, from_ref: str,
                now: datetime) -> Outcome:
    """Staff move every member of one team into another (at most 3 in all)."""

    async def op(session: AsyncSession) -> Outcome:
        keep = await _resolve(session, course.id, into_ref)
        gone = await _resolve(session, course.id, from_ref)
        if keep.id == gone.id:
            raise Refusal("Name two different teams: `/team merge #1 #2` moves #2 into #1.")
        assert keep.id is not None and gone.id is not None
        teams = await tr.lock_teams(session=session, course_id=course.id,
                                    team_ids=[keep.id, gone.id])
        keep, gone = teams[keep.id], teams[gone.id]
        keep_members, gone_members = await _load(session, keep), await _load(session, gone)
        moving = [m for m in gone_members if m.state == "accepted"]
        total = len(keep_members) + len(moving)
        if total > MAX_SIZE:
            raise Refusal(f"Teams have at most {MAX_SIZE} members; merging {_label(gone)} into "
                          f"{_label(keep)} would make {total}.")
        for m in gone_members:
            m.state, m.ended_at = "removed", now
        gone.status, gone.updated_at = "dissolved", now
        await session.flush()
        rows = [TeamMember(course_id=course.id, team_id=keep.id, user_id=m.user_id,
                           state="accepted", invited_by=actor, invited_at=now, joined_at=now)
                for m in moving]
        session.add_all(rows)
        await session.flush()
        members = [*keep_members, *rows]
        _settle(keep, members, now)
        view = _view(keep, members)
        await _audit(session, course, actor, "merge", keep, now, merged_from=gone.id,
                     merged_name=gone.name, moved=[m.user_id for m in moving])
        notices = [Notice(u, f"Course staff (<@{actor}>) merged team *{_safe(gone.name)}* into "
                             f"{_label(keep)}: {_who(view.accepted)}. {status_line(view)}")
                   for u in view.accepted]
        return Outcome(ok=True, team=view, notices=tuple(notices),
                       message=f"Merged *{_safe(gone.name)}* into {_label(keep)}. "
                               f"{status_line(view)}")

    return await _outcome(db, op)


# ----------------------------------------------------------------------------- reading
async def note_seen(db: Database, course: Course, *, user_ids: Iterable[str],
                    now: datetime) -> None:
    """Remember students the bot has met, so ``/team list`` knows them even when the
    course channel's member list does not (idempotent)."""
    async with db.session() as session:
        await tr.note_seen(session=session, course_id=course.id, user_ids=user_ids, at=now)


async def my_team(db: Database, course: Course, *, user_id: str, now: datetime) -> MyTeam:
    """The user's team (if any), their open invitations, and the lock."""
    async with db.session() as session:
        closed = await _lock_at(session, course)
        team = await _team_of(session, course.id, user_id)
        invites = await tr.memberships_of(session=session, course_id=course.id,
                                          user_id=user_id, states=("invited",))
        ids = [i.team_id for i in invites] + ([team.id] if team and team.id else [])
        members = await tr.members_of(session=session, team_ids=ids)
        views = []
        for i in invites:
            t = await tr.get_team(session=session, course_id=course.id, team_id=i.team_id)
            if t is not None and t.status != "dissolved":
                views.append(_view(t, members))
        return MyTeam(team=_view(team, members) if team else None, invitations=tuple(views),
                      locked_at=closed, locked=now > closed)


async def students_without_team(db: Database, course_id: str, roster: Iterable[str], *,
                                registered_only: bool = False) -> list[str]:
    """The students of ``roster`` (in its order) who are on no team.

    By default a student on a *pending* team counts as having one; with
    ``registered_only=True`` only registered teams count (for "register your team" nudges).

    Example::

        await students_without_team(db, "cs598-fall2021", ["U1", "U2", "U3"])  # ['U3']
    """
    wanted = list(dict.fromkeys(roster))
    async with db.session() as session:
        rows = await tr.accepted_members(session=session, course_id=course_id)
        teams = {t.id: t for t in await tr.live_teams(session=session, course_id=course_id)}
    placed = {r.user_id for r in rows if r.team_id in teams
              and (not registered_only or teams[r.team_id].status == "registered")}
    return [u for u in wanted if u not in placed]


async def overview(db: Database, course: Course, *, roster: Iterable[str],
                   exclude: Iterable[str] = ()) -> Overview:
    """Every live team, and the students with none: ``roster`` plus everyone the bot has
    met, minus ``exclude`` (staff, bots)."""
    excluded = set(exclude)
    async with db.session() as session:
        closed = await _lock_at(session, course)
        teams = await tr.live_teams(session=session, course_id=course.id)
        members = await tr.members_of(session=session,
                                      team_ids=[t.id for t in teams if t.id is not None])
        seen = await tr.seen_users(session=session, course_id=course.id)
    views = tuple(_view(t, members) for t in teams)
    placed = {m.user_id for m in members if m.state == "accepted"}
    students = [u for u in dict.fromkeys([*roster, *seen]) if u not in excluded]
    return Overview(teams=views, without_team=tuple(u for u in students if u not in placed),
                    locked_at=closed)


async def export_rows(db: Database, course: Course) -> list[ExportRow]:
    """One row per accepted member of every live team, by team then join time."""
    async with db.session() as session:
        teams = await tr.live_teams(session=session, course_id=course.id)
        members = await tr.members_of(session=session,
                                      team_ids=[t.id for t in teams if t.id is not None],
                                      states=("accepted",))
    by_team: dict[int, list[TeamMember]] = {}
    for m in members:
        by_team.setdefault(m.team_id, []).append(m)
    rows = []
    for t in sorted(teams, key=lambda t: t.name_key):
        for m in by_team.get(t.id or 0, []):
            rows.append(ExportRow(team=t.name, status=t.status, user_id=m.user_id,
                                  joined_at=m.joined_at))
    return rows


# ----------------------------------------------------------------------------- board
async def set_looking(db: Database, course: Course, *, actor: str, interests: str,
                      now: datetime) -> Outcome:
    """Put the student on the board (or take them off with ``off``)."""
    interests = " ".join(interests.split())[:300]

    async def op(session: AsyncSession) -> Outcome:
        await tr.note_seen(session=session, course_id=course.id, user_ids=[actor], at=now)
        if interests.lower() in {"off", "stop", "done", "no", "remove"}:
            removed = await tr.remove_seeker(session=session, course_id=course.id,
                                             user_id=actor)
            return Outcome(ok=True, message="You are off the board." if removed
                           else "You were not on the board.")
        mine = await _team_of(session, course.id, actor)
        if mine is not None and mine.status == "registered":
            raise Refusal(f"You are on team {_label(mine)}, which is registered.")
        await tr.set_seeker(session=session, course_id=course.id, user_id=actor,
                            interests=interests, at=now)
        return Outcome(ok=True, message="You are on the board" + (
            f" (interests: {_safe(interests)})" if interests else "") +
            ". `/team board` shows who else is looking; `/team looking off` takes you off.")

    return await _outcome(db, op)


async def board(db: Database, course: Course) -> list[Seeker]:
    """Who is looking for teammates (students already on a team are left out)."""
    async with db.session() as session:
        rows = await tr.seekers(session=session, course_id=course.id)
        placed = {m.user_id for m in await tr.accepted_members(session=session,
                                                               course_id=course.id)}
    return [Seeker(r.user_id, r.interests, r.since) for r in rows if r.user_id not in placed]


async def suggest(db: Database, course: Course, *, roster: Iterable[str],
                  exclude: Iterable[str] = ()) -> list[Suggestion]:
    """Pairings for everyone still alone: similar interests first; an odd one out makes a
    three. Only proposals: nobody is registered by this."""
    view = await overview(db, course, roster=roster, exclude=exclude)
    seekers = {s.user_id: s.interests for s in await board(db, course)}
    invited = {u for t in view.teams for u in t.invited}
    alone = [u for u in view.without_team if u not in invited]  # invitees have an answer to give
    pending_small = [t for t in view.teams if t.status == "pending"
                     and len(t.accepted) + len(t.invited) < MIN_SIZE]
    alone_set = set(alone)
    # students on the board first (their interests guide the pairing), then the rest
    order = [u for u in seekers if u in alone_set] + [u for u in alone if u not in seekers]
    suggestions: list[Suggestion] = []
    for team in pending_small:
        if not order:
            break
        mate = order.pop(0)
        suggestions.append(Suggestion((*team.accepted, mate),
                                      f"joins pending team {_label(team)}"))
    while len(order) >= 2:
        first = order.pop(0)
        best, best_score = 0, -1.0
        for i, other in enumerate(order):
            score = fuzz.token_set_ratio(seekers.get(first, ""), seekers.get(other, "")) \
                if seekers.get(first) and seekers.get(other) else 0.0
            if score > best_score:
                best, best_score = i, score
        mate = order.pop(best)
        reason = ("similar interests" if best_score >= 50
                  else "both on the board" if first in seekers and mate in seekers
                  else "both without a team")
        suggestions.append(Suggestion((first, mate), reason))
    if order:
        last = order.pop()
        pairs = [i for i, s in enumerate(suggestions) if len(s.user_ids) < MAX_SIZE]
        if pairs:
            i = pairs[-1]
            reason = suggestions[i].reason + "; with a third so nobody is left alone"
            suggestions[i] = Suggestion((*suggestions[i].user_ids, last), reason)
        else:
            suggestions.append(Suggestion((last,), "no one else is without a team yet"))
    return suggestions
