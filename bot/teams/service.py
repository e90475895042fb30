"""Project teams: register, accept, decline, leave, rename, invite and uninvite; staff
edit, merge, dissolve, list, suggest and export.

Every service takes the :class:`~bot.actor.Actor` behind the request and decides by
itself what that actor may do: staff-only verbs refuse students, and every refusal is
written to the audit log (``team.refused``, target = the verb). Each change is one
transaction (:func:`storage.uow.run`) that also queues, in the outbox, every message the
change causes: DMs to invitees and teammates (``team.*`` kinds, rendered by
``handlers.render.team``), Home refreshes and the export's upload. The rules live here
*and* in the database (partial unique indexes): nobody is an accepted member of two
teams, and team names (their look-alike skeletons) are unique within a course. When two
requests race and the database refuses one, the operation runs again on fresh data.

Example::

    outcome = await register(db, course, actor=Actor("U1"), members=[Person("U2")],
                             name="Flow", now=clock.now())
    outcome.ok, outcome.code, outcome.values  # worded by handlers.render.team
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz

from bot import deadline_keys
from bot.actor import Actor
from bot.course import Course
from bot.outbox import FILE_UPLOAD, HOME_REFRESH, Message
from bot.teams import names
from bot.teams.values import (
    Code,
    Contact,
    ExportRow,
    MemberView,
    MyTeam,
    Outcome,
    Overview,
    Person,
    Refusal,
    Roster,
    Seeker,
    Suggestion,
    TeamView,
    status_values,
)
from storage import uow
from storage.db import Database
from storage.models import Team, TeamMember
from storage.repos import audit as audit_repo
from storage.repos import deadlines as deadlines_repo
from storage.repos import privacy as privacy_repo
from storage.repos import teams as tr

MIN_SIZE, MAX_SIZE = 2, 3
NAME_MAX = names.NAME_MAX
TITLE_MAX = 200
LOCK_KEY = deadline_keys.TEAM
EXPORT_HEADER = ("team", "status", "user_id", "display_name", "email", "joined_at")

logger = logging.getLogger("course_bot.teams")
Session = Any  # the unit of work's session: opaque here, handed to repository functions


# ----------------------------------------------------------------------------- values
def _clean_name(name: str) -> str:
    try:
        return names.clean_name(name)
    except names.BadName as exc:
        raise Refusal(Code(exc.code), {"max": NAME_MAX}, field="name") from None


def _view(team: Team, members: Sequence[TeamMember]) -> TeamView:
    assert team.id is not None
    return TeamView(
        id=team.id, name=team.name, status=team.status, project_title=team.project_title,
        created_by=team.created_by,
        members=tuple(MemberView(m.user_id, m.state, m.joined_at, m.invited_by or "")
                      for m in members if m.team_id == team.id and m.state in tr.LIVE_STATES),
    )


# ----------------------------------------------------------------------------- permissions
def _staff_only(actor: Actor, verb: str) -> None:
    if not actor.is_staff:
        raise Refusal(Code.STAFF_ONLY, {"verb": verb})


async def _audit_refusal(db: Database, course: Course, actor: Actor, verb: str,
                         refusal: Refusal, now: datetime) -> None:
    """Write the refusal to the audit log in a transaction of its own (the refused change
    was rolled back). A failure here is logged, never shown: the refusal still stands."""
    try:
        async with uow.unit_of_work(db, course_id=course.id) as tx:
            await audit_repo.add_audit(session=tx.session, course_id=course.id, actor=actor.user_id,
                                 action="team.refused", target=verb,
                                 new={"verb": verb, "code": str(refusal.code),
                                      "kind": refusal.kind, "role": str(actor.role),
                                      "values": _jsonable(refusal.values)},
                                 at=now)
    except Exception:  # pragma: no cover - the database is down: the refusal stands
        logger.exception("could not audit a refused /team %s by %s", verb, actor.user_id)


async def _outcome(db: Database, course: Course, actor: Actor, verb: str, now: datetime,
                   op: Callable[[uow.Tx], Awaitable[Outcome]]) -> Outcome:
    """Run ``op`` as one unit of work; a :class:`Refusal` becomes a refused Outcome and an
    audit row. An archived course's teams are frozen: every change is refused, staff's too."""

    async def unless_archived(tx: uow.Tx) -> Outcome:
        archived = await privacy_repo.archived_since(session=tx.session, course_id=course.id)
        if archived is not None:
            raise Refusal(Code.ARCHIVED, {"archived_at": archived})
        return await op(tx)

    try:
        return await uow.run(db, course_id=course.id, op=unless_archived)
    except Refusal as refusal:
        await _audit_refusal(db, course, actor, verb, refusal, now)
        return refusal.outcome()


def _jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    """A refusal's values for the audit row (datetimes as ISO text)."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def _check_people(people: Sequence[Person]) -> None:
    """Everyone named must be a real, active, human Slack user and not course staff."""
    for p in people:
        if not p.checked:
            raise Refusal(Code.NOT_CHECKED, {"user": p.user_id}, field="members")
        if not p.exists:
            raise Refusal(Code.NOT_FOUND_IN_SLACK, {"user": p.user_id}, field="members")
        if p.deleted:
            raise Refusal(Code.DEACTIVATED, {"user": p.user_id}, field="members")
        if p.is_bot:
            raise Refusal(Code.IS_BOT, {"user": p.user_id}, field="members")
    staff = [p.user_id for p in people if p.role == "staff"]
    if staff:
        raise Refusal(Code.STAFF_NOT_MEMBERS, {"users": staff}, field="members")


# ----------------------------------------------------------------------------- messages
def _tell(tx: uow.Tx, kind: str, to: Iterable[str], view: TeamView, *, key: str = "",
          **data: Any) -> None:
    for user in dict.fromkeys(to):
        tx.send(Message(kind=kind, to=user, data={"team": view.snapshot(), **data},
                        key=f"{key}:{user}" if key else ""))


def _refresh(tx: uow.Tx, *groups: Iterable[str]) -> None:
    """Re-publish the App Home of everyone whose team (or invitation) changed."""
    seen: set[str] = set()
    for group in groups:
        for user in group:
            if user and user not in seen:
                seen.add(user)
                tx.send(Message(kind=HOME_REFRESH, to=user))


# ----------------------------------------------------------------------------- the lock
async def lock_at(db: Database, course: Course) -> datetime:
    """When students can no longer change teams: the ``team`` deadline as stored (staff may
    move it), else the course file's."""
    async with db.session() as session:
        return await _lock_at(session, course)


async def _lock_at(session: Session, course: Course) -> datetime:
    row = await deadlines_repo.get_deadline(session=session, course_id=course.id, key=LOCK_KEY)
    if row is not None and row.status == "active":
        return row.due_at
    spec = course.deadline(LOCK_KEY)
    if spec is None:
        raise RuntimeError("the course file has no 'team' deadline")
    return course.due_at(spec)


async def _check_open(session: Session, course: Course, now: datetime, actor: Actor) -> None:
    if actor.is_staff:
        return
    closed = await _lock_at(session, course)
    if now > closed:
        raise Refusal(Code.LOCKED, {"locked_at": closed}, locked_at=closed)


# ----------------------------------------------------------------------------- reading rows
async def _load(session: Session, team: Team) -> list[TeamMember]:
    assert team.id is not None
    return await tr.members_of(session=session, team_ids=[team.id])


def _settle(team: Team, members: Sequence[TeamMember], now: datetime) -> str:
    """Set the team's status from its members; returns the new status.

    A team is registered once it has at least ``MIN_SIZE`` accepted members and nobody
    left to answer; a registered team stays registered while a further invitation is
    open (the invitee only joins when they accept)."""
    accepted = [m for m in members if m.state == "accepted"]
    invited = [m for m in members if m.state == "invited"]
    if not accepted:
        status = "dissolved"
        for m in invited:
            m.state, m.ended_at = "removed", now
    elif len(accepted) >= MIN_SIZE and (not invited or team.status == "registered"):
        status = "registered"
    else:
        status = "pending"
    if status != team.status:
        team.status, team.updated_at = status, now
        if status == "registered":
            team.registered_at = now
    return status


async def _team_of(session: Session, course_id: str, user_id: str) -> Team | None:
    """The live team ``user_id`` is an accepted member of, if any."""
    rows = await tr.memberships_of(session=session, course_id=course_id, user_id=user_id,
                                   states=("accepted",))
    for row in rows:
        team = await tr.get_team(session=session, course_id=course_id, team_id=row.team_id)
        if team is not None and team.status != "dissolved":
            return team
    return None


async def _conflicts(session: Session, course_id: str,
                     user_ids: Sequence[str]) -> dict[str, Team]:
    found: dict[str, Team] = {}
    for row in await tr.accepted_members(session=session, course_id=course_id,
                                         user_ids=user_ids):
        team = await tr.get_team(session=session, course_id=course_id, team_id=row.team_id)
        if team is not None and team.status != "dissolved":
            found[row.user_id] = team
    return found


def _taken(taken: Mapping[str, Team]) -> list[dict[str, str]]:
    return [{"user": u, "team": t.name, "status": t.status} for u, t in taken.items()]


async def _resolve(session: Session, course_id: str, ref: str) -> Team:
    ref = ref.strip()
    number = names.team_number(ref)
    team: Team | None
    if number is not None:
        team = await tr.get_team(session=session, course_id=course_id, team_id=number)
        if team is not None and team.status == "dissolved":
            team = None
    else:
        team = await tr.team_by_key(session=session, course_id=course_id,
                                    key=names.skeleton(ref))
    if team is None:
        raise Refusal(Code.TEAM_NOT_FOUND, {"ref": ref})
    return team


async def _locked(session: Session, course_id: str, team: Team) -> Team:
    assert team.id is not None
    return (await tr.lock_teams(session=session, course_id=course_id,
                                team_ids=[team.id]))[team.id]


async def _default_name(session: Session, course_id: str) -> str:
    taken = await tr.teams_named_like(session=session, course_id=course_id, prefix="team ")
    n = await tr.count_live_teams(session=session, course_id=course_id) + 1
    while f"team {n}" in taken:
        n += 1
    return f"Team {n}"


async def _name_free(session: Session, course_id: str, name: str,
                     except_id: int | None = None) -> None:
    other = await tr.team_by_key(session=session, course_id=course_id,
                                 key=names.skeleton(name))
    if other is not None and other.id != except_id:
        same = names.visible_form(other.name) == name
        raise Refusal(Code.NAME_TAKEN, {"team": other.name, "look_alike": not same},
                      field="name")


async def _audit(session: Session, course: Course, actor: Actor, action: str, team: Team,
                 now: datetime, **new: object) -> None:
    await audit_repo.add_audit(session=session, course_id=course.id, actor=actor.user_id,
                         action=f"team.{action}", target=f"team #{team.id} {team.name}",
                         new={"team_id": team.id, "name": team.name, **new}, at=now)


def _stamp(now: datetime) -> str:
    return now.isoformat(timespec="microseconds")


# ----------------------------------------------------------------------------- register
async def register(db: Database, course: Course, *, actor: Actor, members: Sequence[Person],
                   name: str = "", project_title: str = "", now: datetime,
                   confirm: bool = False) -> Outcome:
    """Register a team. A student is its first member and invites ``members`` (1–2 others);
    staff name 2–3 students, who are registered directly. With ``confirm`` (the modal,
    whose ack cannot carry text) the actor is also sent the outcome as a DM."""
    staff = actor.is_staff

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        await _check_open(session, course, now, actor)
        chosen = list({p.user_id: p for p in members if p.user_id != actor.user_id
                       or staff}.values())
        people = [p.user_id for p in chosen]
        everyone = people if staff else [actor.user_id, *people]
        if not people:
            raise Refusal(Code.NO_TEAMMATES, {"self": any(p.user_id == actor.user_id
                                                           for p in members)},
                          field="members")
        _check_people(chosen)
        if not MIN_SIZE <= len(everyone) <= MAX_SIZE:
            raise Refusal(Code.BAD_SIZE, {"count": len(everyone), "min": MIN_SIZE,
                                          "max": MAX_SIZE, "including_you": not staff},
                          field="members")
        title = " ".join(names.visible_form(project_title).split())
        if len(title) > TITLE_MAX:
            raise Refusal(Code.TITLE_TOO_LONG, {"max": TITLE_MAX}, field="title")
        clean = _clean_name(name) or await _default_name(session, course.id)
        if not staff:
            mine = await _team_of(session, course.id, actor.user_id)
            if mine is not None:
                raise Refusal(Code.ALREADY_ON_TEAM, {"team": mine.name, "status": mine.status})
        taken = await _conflicts(session, course.id, people)
        if taken:
            raise Refusal(Code.MEMBERS_TAKEN, {"taken": _taken(taken)}, field="members")
        await _name_free(session, course.id, clean)
        team = Team(course_id=course.id, name=clean, name_key=names.skeleton(clean),
                    project_title=title, status="pending", created_by=actor.user_id,
                    created_at=now, updated_at=now)
        session.add(team)
        await session.flush()
        assert team.id is not None
        rows = [TeamMember(course_id=course.id, team_id=team.id, user_id=u,
                           state="accepted" if staff or u == actor.user_id else "invited",
                           invited_by=actor.user_id, invited_at=now,
                           joined_at=now if staff or u == actor.user_id else None)
                for u in (sorted(everyone) if staff else everyone)]
        session.add_all(rows)
        await session.flush()
        _settle(team, rows, now)
        await tr.note_seen(session=session, course_id=course.id, user_ids=everyone, at=now)
        view = _view(team, rows)
        await _audit(session, course, actor, "register", team, now, members=everyone,
                     project_title=title, by_staff=staff)
        key = f"team.register:{team.id}"
        if staff:
            code, values = Code.REGISTERED_BY_STAFF, {"team": team.name, "users": everyone}
            _tell(tx, "team.registered_by_staff", everyone, view, key=key, by=actor.user_id)
        else:
            code, values = Code.REGISTERED_PENDING, {"team": team.name, "users": people}
            _tell(tx, "team.invited", people, view, key=key, by=actor.user_id,
                  would_be=everyone)
        if confirm:
            tx.send(Message(kind="team.confirm", to=actor.user_id,
                            data={"team": view.snapshot(), "code": str(code),
                                  "values": values},
                            key=f"{key}:confirm"))
        _refresh(tx, [actor.user_id], everyone)
        return Outcome(ok=True, code=code, values=values, team=view)

    return await _outcome(db, course, actor, "register", now, op)


# ----------------------------------------------------------------------------- answer
async def answer(db: Database, course: Course, *, actor: Actor, accept: bool, now: datetime,
                 team_ref: str = "", team_id: int | None = None) -> Outcome:
    """Accept or decline an invitation (a button carries ``team_id``; text may name one)."""
    me = actor.user_id

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        invites = await tr.memberships_of(session=session, course_id=course.id, user_id=me,
                                          states=("invited",))
        target: Team | None = None
        if team_id is not None:
            target = await tr.get_team(session=session, course_id=course.id, team_id=team_id)
        elif team_ref.strip():
            target = await _resolve(session, course.id, team_ref)
        mine = await _team_of(session, course.id, me)
        if target is not None:
            invites = [i for i in invites if i.team_id == target.id]
        if not invites:
            if not accept and target is not None and any(
                    m.team_id == target.id for m in await tr.memberships_of(
                        session=session, course_id=course.id, user_id=me,
                        states=("declined",))):  # a double click on Decline: same answer
                return Outcome(ok=True, code=Code.DECLINED, values={"team": target.name})
            if mine is not None and (target is None or mine.id == target.id):
                if accept:  # a double click or a retried request: same answer, no change
                    return Outcome(ok=True, code=Code.ON_TEAM,
                                   values={"team": mine.name, "status": mine.status})
                raise Refusal(Code.ON_TEAM_USE_LEAVE, {"team": mine.name})
            raise Refusal(Code.NO_INVITATION,
                          {"team": target.name if target is not None else ""})
        if len(invites) > 1:
            labels: list[str | int] = []
            for i in invites:
                t = await tr.get_team(session=session, course_id=course.id, team_id=i.team_id)
                labels.append(t.name if t else i.team_id)
            raise Refusal(Code.SEVERAL_INVITATIONS,
                          {"choices": labels, "verb": "accept" if accept else "decline"})
        if accept:
            await _check_open(session, course, now, actor)
            if mine is not None:
                raise Refusal(Code.ALREADY_ON_TEAM_ACCEPT, {"team": mine.name})
        chosen = invites[0]
        others = await tr.memberships_of(session=session, course_id=course.id, user_id=me,
                                         states=("invited",)) if accept else []
        ids = {chosen.team_id} | {o.team_id for o in others}
        locked = await tr.lock_teams(session=session, course_id=course.id, team_ids=ids)
        team = locked.get(chosen.team_id)
        if team is None or team.status == "dissolved":
            raise Refusal(Code.TEAM_GONE)
        members = await _load(session, team)
        row = next((m for m in members if m.user_id == me and m.state == "invited"), None)
        if row is None:  # the other click won the race
            return Outcome(ok=True, code=Code.ALREADY_ANSWERED)
        await tr.note_seen(session=session, course_id=course.id, user_ids=[me], at=now)
        before = _view(team, members)
        if not accept:
            row.state, row.ended_at = "declined", now
            status = _settle(team, members, now)
            view = _view(team, members)
            _tell(tx, "team.declined", view.accepted, view, who=me)
            if status == "dissolved":
                _tell(tx, "team.withdrawn", before.invited, view, who=me)
            _refresh(tx, [me], before.accepted, before.invited)
            await _audit(session, course, actor, "decline", team, now, status=status)
            return Outcome(ok=True, code=Code.DECLINED, values={"team": team.name}, team=view)
        row.state, row.joined_at = "accepted", now
        await session.flush()  # the unique index speaks here if another accept won
        for other in others:
            if other.team_id == team.id:
                continue
            other.state, other.ended_at = "declined", now
            o_team = locked.get(other.team_id)
            if o_team is not None and o_team.status != "dissolved":
                o_members = await _load(session, o_team)
                _settle(o_team, o_members, now)
                o_view = _view(o_team, o_members)
                _tell(tx, "team.closed_elsewhere", o_view.accepted, o_view, who=me)
                _refresh(tx, o_view.accepted)
        status = _settle(team, members, now)
        await tr.remove_seeker(session=session, course_id=course.id, user_id=me)
        view = _view(team, members)
        others_on_team = [u for u in view.accepted if u != me]
        if status == "registered" and before.status != "registered":
            _tell(tx, "team.complete", others_on_team, view)
        else:
            _tell(tx, "team.joined", others_on_team, view, who=me)
        _refresh(tx, [me], view.accepted, view.invited)
        await _audit(session, course, actor, "accept", team, now, status=status)
        return Outcome(ok=True, code=Code.JOINED, team=view,
                       values={"team": team.name, **status_values(view)})

    return await _outcome(db, course, actor, "accept" if accept else "decline", now, op)


async def decline_all_in(tx: uow.Tx, course: Course, *, user_id: str, now: datetime) -> int:
    """Decline every open invitation of ``user_id`` inside the caller's unit of work (for
    ``/privacy delete``): each team settles and its members are told, as on Decline."""
    session = tx.session
    invites = await tr.memberships_of(session=session, course_id=course.id, user_id=user_id,
                                      states=("invited",))
    if not invites:
        return 0
    locked = await tr.lock_teams(session=session, course_id=course.id,
                                 team_ids={i.team_id for i in invites})
    declined = 0
    for team in locked.values():
        members = await _load(session, team)
        row = next((m for m in members if m.user_id == user_id and m.state == "invited"), None)
        if row is None or team.status == "dissolved":
            continue
        before = _view(team, members)
        row.state, row.ended_at = "declined", now
        status = _settle(team, members, now)
        view = _view(team, members)
        _tell(tx, "team.declined", view.accepted, view, who=user_id)
        if status == "dissolved":
            _tell(tx, "team.withdrawn", [u for u in before.invited if u != user_id], view,
                  who=user_id)
        _refresh(tx, [user_id], before.accepted, before.invited)
        await _audit(session, course, Actor(user_id), "decline", team, now, status=status)
        declined += 1
    return declined


# ----------------------------------------------------------------------------- leave
async def leave(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    """Leave your team before the lock; a team left with one member goes back to pending."""
    me = actor.user_id

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        await _check_open(session, course, now, Actor(me))  # staff are students here
        mine = await _team_of(session, course.id, me)
        if mine is None:
            raise Refusal(Code.NOT_ON_TEAM, {"usage": ""})
        team = await _locked(session, course.id, mine)
        members = await _load(session, team)
        row = next((m for m in members if m.user_id == me and m.state == "accepted"), None)
        if row is None:
            raise Refusal(Code.NOT_ON_TEAM, {"usage": ""})
        before = _view(team, members)
        row.state, row.ended_at = "left", now
        _settle(team, members, now)
        view = _view(team, members)
        _tell(tx, "team.left", view.accepted, view, who=me)
        if view.status == "dissolved":
            _tell(tx, "team.withdrawn", before.invited, view, who=me)
        _refresh(tx, [me], before.accepted, before.invited)
        await _audit(session, course, actor, "leave", team, now, status=view.status)
        return Outcome(ok=True, code=Code.LEFT, team=view,
                       values={"team": team.name, **status_values(view)})

    return await _outcome(db, course, actor, "leave", now, op)


# ----------------------------------------------------------------------------- rename/title
async def _own_or_named(session: Session, course: Course, *, actor: Actor, team_ref: str,
                        verb: str, usage: str) -> Team:
    """Staff name a team with ``team_ref``; anyone else acts on their own team (a student
    naming another team is refused as a staff-only use of the verb)."""
    if team_ref:
        _staff_only(actor, f"{verb} #n")
        return await _resolve(session, course.id, team_ref)
    found = await _team_of(session, course.id, actor.user_id)
    if found is None:
        raise Refusal(Code.NOT_ON_TEAM, {"usage": usage if actor.is_staff else ""})
    return found


async def rename(db: Database, course: Course, *, actor: Actor, new_name: str, now: datetime,
                 team_ref: str = "") -> Outcome:
    """Rename your team (students, before the lock) or any team (staff, with ``team_ref``)."""

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        await _check_open(session, course, now, actor)
        team = await _own_or_named(session, course, actor=actor, team_ref=team_ref,
                                   verb="rename", usage="/team rename #<number> New name")
        clean = _clean_name(new_name)
        if not clean:
            raise Refusal(Code.NAME_MISSING, field="name")
        await _name_free(session, course.id, clean, except_id=team.id)
        team = await _locked(session, course.id, team)
        old = team.name
        team.name, team.name_key, team.updated_at = clean, names.skeleton(clean), now
        view = _view(team, await _load(session, team))
        await _audit(session, course, actor, "rename", team, now, old_name=old,
                     by_staff=actor.is_staff)
        _tell(tx, "team.renamed", [u for u in view.accepted if u != actor.user_id], view,
              by=actor.user_id, old_name=old)
        _refresh(tx, view.accepted, view.invited)
        return Outcome(ok=True, code=Code.RENAMED, values={"old": old, "team": team.name},
                       team=view)

    return await _outcome(db, course, actor, "rename", now, op)


async def set_title(db: Database, course: Course, *, actor: Actor, title: str, now: datetime,
                    team_ref: str = "") -> Outcome:
    """Set (or, with an empty title, clear) the project title of your team, or of any team
    for staff."""

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        await _check_open(session, course, now, actor)
        team = await _own_or_named(session, course, actor=actor, team_ref=team_ref,
                                   verb="title", usage="/team title #<number> Project title")
        clean = " ".join(names.visible_form(title).split())
        if len(clean) > TITLE_MAX:
            raise Refusal(Code.TITLE_TOO_LONG, {"max": TITLE_MAX}, field="title")
        team = await _locked(session, course.id, team)
        old = team.project_title
        team.project_title, team.updated_at = clean, now
        await _audit(session, course, actor, "title", team, now, old_title=old,
                     project_title=clean, by_staff=actor.is_staff)
        view = _view(team, await _load(session, team))
        _tell(tx, "team.titled", [u for u in view.accepted if u != actor.user_id], view,
              by=actor.user_id)
        _refresh(tx, view.accepted)
        return Outcome(ok=True, code=Code.TITLED, values={"team": team.name, "title": clean},
                       team=view)

    return await _outcome(db, course, actor, "title", now, op)


# ----------------------------------------------------------------------------- invite / add
async def invite(db: Database, course: Course, *, actor: Actor, people: Sequence[Person],
                 now: datetime, team_ref: str = "", verb: str = "invite") -> Outcome:
    """A member invites more teammates (up to 3 in all); staff add students to a team named
    by ``team_ref`` directly. The team's status does not change until an invitee accepts."""
    staff = actor.is_staff

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        if team_ref or verb == "add":
            _staff_only(actor, f"{verb} #n" if team_ref else verb)
        await _check_open(session, course, now, actor)
        if staff:
            if not team_ref:
                raise Refusal(Code.ADD_WHICH_TEAM)
            found: Team | None = await _resolve(session, course.id, team_ref)
        else:
            found = await _team_of(session, course.id, actor.user_id)
            if found is None:
                raise Refusal(Code.NO_TEAM_YET, {"users": list(dict.fromkeys(
                    p.user_id for p in people if p.user_id != actor.user_id))})
        assert found is not None
        team = await _locked(session, course.id, found)
        assert team.id is not None
        chosen = list({p.user_id: p for p in people
                       if p.user_id != actor.user_id or staff}.values())
        if not chosen:
            if any(p.user_id == actor.user_id for p in people):
                raise Refusal(Code.INVITED_YOURSELF, {"team": team.name})
            raise Refusal(Code.NOBODY_NAMED)
        _check_people(chosen)
        members = await _load(session, team)
        current = {m.user_id for m in members}
        new = [p.user_id for p in chosen if p.user_id not in current]
        if not new:
            return Outcome(ok=True, code=Code.ALREADY_INVITED, values={"team": team.name},
                           team=_view(team, members))
        if len(current) + len(new) > MAX_SIZE:
            raise Refusal(Code.TOO_MANY, {"team": team.name, "max": MAX_SIZE,
                                          "count": len(current) + len(new)})
        taken = await _conflicts(session, course.id, new)
        if taken:
            raise Refusal(Code.INVITEES_TAKEN, {"taken": _taken(taken)})
        rows = [TeamMember(course_id=course.id, team_id=team.id, user_id=u,
                           state="accepted" if staff else "invited", invited_by=actor.user_id,
                           invited_at=now, joined_at=now if staff else None) for u in new]
        session.add_all(rows)
        await session.flush()
        members = [*members, *rows]
        _settle(team, members, now)
        await tr.note_seen(session=session, course_id=course.id, user_ids=new, at=now)
        view = _view(team, members)
        _refresh(tx, view.accepted, view.invited)
        if staff:
            await _audit(session, course, actor, "add", team, now, added=new)
            _tell(tx, "team.added", new, view, by=actor.user_id)
            _tell(tx, "team.joined", [u for u in view.accepted if u not in new], view,
                  who=new[0], whom=new, by=actor.user_id)
            return Outcome(ok=True, code=Code.ADDED, team=view,
                           values={"users": new, "team": team.name, **status_values(view)})
        await _audit(session, course, actor, "invite", team, now, invited=new)
        _tell(tx, "team.invited", new, view, key=f"team.invite:{team.id}:{rows[0].id}",
              by=actor.user_id, would_be=[*view.accepted, *view.invited])
        return Outcome(ok=True, code=Code.INVITED, team=view,
                       values={"users": new, "team": team.name, **status_values(view)})

    return await _outcome(db, course, actor, verb, now, op)


async def uninvite(db: Database, course: Course, *, actor: Actor, user_ids: Sequence[str],
                   now: datetime, team_ref: str = "") -> Outcome:
    """Withdraw open invitations: a member those they sent (on their own team), staff any
    (``team_ref`` names the team). The invitees are told."""

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        if team_ref:
            _staff_only(actor, "uninvite #n")
        await _check_open(session, course, now, actor)
        if team_ref:
            found: Team | None = await _resolve(session, course.id, team_ref)
        else:
            found = await _team_of(session, course.id, actor.user_id)
            if found is None:
                raise Refusal(Code.NOT_ON_TEAM, {
                    "usage": "/team uninvite #<number> @student" if actor.is_staff else ""})
        assert found is not None
        if not user_ids:
            raise Refusal(Code.UNINVITE_NOBODY)
        team = await _locked(session, course.id, found)
        members = await _load(session, team)
        wanted = set(user_ids)
        open_ = [m for m in members if m.state == "invited" and m.user_id in wanted]
        if not open_:
            raise Refusal(Code.NO_OPEN_INVITATION, {"users": list(user_ids), "team": team.name})
        if not team_ref:
            others = [m for m in open_ if m.invited_by != actor.user_id]
            if others:
                m = others[0]
                raise Refusal(Code.INVITED_BY_OTHER, {"user": m.user_id, "by": m.invited_by})
        before = _view(team, members)
        for m in open_:
            m.state, m.ended_at = "removed", now
        _settle(team, members, now)
        view = _view(team, members)
        gone = [m.user_id for m in open_]
        await _audit(session, course, actor, "uninvite", team, now, withdrawn=gone,
                     status=view.status)
        _tell(tx, "team.uninvited", gone, view, by=actor.user_id, staff=bool(team_ref))
        _tell(tx, "team.invitation_withdrawn", [u for u in view.accepted
                                                if u != actor.user_id], view,
              by=actor.user_id, whom=gone)
        _refresh(tx, gone, before.accepted)
        return Outcome(ok=True, code=Code.UNINVITED, team=view,
                       values={"users": gone, "team": team.name, **status_values(view)})

    return await _outcome(db, course, actor, "uninvite", now, op)


# ----------------------------------------------------------------------------- staff
async def remove(db: Database, course: Course, *, actor: Actor, team_ref: str,
                 user_ids: Sequence[str], now: datetime, verb: str = "remove") -> Outcome:
    """Staff take students off a team (their invitations too)."""

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        _staff_only(actor, verb)
        found = await _resolve(session, course.id, team_ref)
        team = await _locked(session, course.id, found)
        members = await _load(session, team)
        gone = [m for m in members if m.user_id in set(user_ids)]
        if not gone:
            raise Refusal(Code.NOT_MEMBER, {"users": list(user_ids), "team": team.name})
        for m in gone:
            m.state, m.ended_at = "removed", now
        _settle(team, members, now)
        view = _view(team, members)
        removed = [m.user_id for m in gone]
        await _audit(session, course, actor, "remove", team, now, removed=removed,
                     status=view.status)
        _tell(tx, "team.removed", removed, view, by=actor.user_id, staff=actor.is_staff)
        _tell(tx, "team.member_removed", view.accepted, view, by=actor.user_id,
              staff=actor.is_staff, whom=removed)
        _refresh(tx, removed, view.accepted, view.invited)
        return Outcome(ok=True, code=Code.REMOVED, team=view,
                       values={"users": removed, "team": team.name, **status_values(view)})

    return await _outcome(db, course, actor, verb, now, op)


async def dissolve(db: Database, course: Course, *, actor: Actor, team_ref: str,
                   now: datetime) -> Outcome:
    """Staff dissolve a team: every member and invitation ends; the record stays."""

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        _staff_only(actor, "dissolve")
        found = await _resolve(session, course.id, team_ref)
        team = await _locked(session, course.id, found)
        members = await _load(session, team)
        before = _view(team, members)
        for m in members:
            m.state, m.ended_at = "removed", now
        team.status, team.updated_at = "dissolved", now
        await _audit(session, course, actor, "dissolve", team, now,
                     members=before.accepted, invited=before.invited)
        _tell(tx, "team.dissolved", before.accepted, before, by=actor.user_id)
        _tell(tx, "team.withdrawn", before.invited, before, who=actor.user_id)
        _refresh(tx, before.accepted, before.invited)
        return Outcome(ok=True, code=Code.DISSOLVED, team=before,
                       values={"team": team.name, "users": before.accepted})

    return await _outcome(db, course, actor, "dissolve", now, op)


async def merge(db: Database, course: Course, *, actor: Actor, into_ref: str, from_ref: str,
                now: datetime) -> Outcome:
    """Staff move every member of one team into another (at most 3 in all)."""

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        _staff_only(actor, "merge")
        keep = await _resolve(session, course.id, into_ref)
        gone = await _resolve(session, course.id, from_ref)
        if keep.id == gone.id:
            raise Refusal(Code.MERGE_SAME)
        assert keep.id is not None and gone.id is not None
        locked = await tr.lock_teams(session=session, course_id=course.id,
                                     team_ids=[keep.id, gone.id])
        keep, gone = locked[keep.id], locked[gone.id]
        assert keep.id is not None
        keep_members, gone_members = await _load(session, keep), await _load(session, gone)
        gone_before = _view(gone, gone_members)
        moving = [m for m in gone_members if m.state == "accepted"]
        total = len(keep_members) + len(moving)
        if total > MAX_SIZE:
            raise Refusal(Code.MERGE_TOO_BIG, {"from_team": gone.name, "team": keep.name,
                                               "max": MAX_SIZE, "count": total})
        for m in gone_members:
            m.state, m.ended_at = "removed", now
        gone.status, gone.updated_at = "dissolved", now
        await session.flush()
        rows = [TeamMember(course_id=course.id, team_id=keep.id, user_id=m.user_id,
                           state="accepted", invited_by=actor.user_id, invited_at=now,
                           joined_at=now) for m in moving]
        session.add_all(rows)
        await session.flush()
        members = [*keep_members, *rows]
        _settle(keep, members, now)
        view = _view(keep, members)
        await _audit(session, course, actor, "merge", keep, now, merged_from=gone.id,
                     merged_name=gone.name, moved=[m.user_id for m in moving])
        _tell(tx, "team.merged", view.accepted, view, by=actor.user_id, from_name=gone.name)
        _tell(tx, "team.withdrawn", gone_before.invited, gone_before, who=actor.user_id)
        _refresh(tx, view.accepted, view.invited, gone_before.invited)
        return Outcome(ok=True, code=Code.MERGED, team=view,
                       values={"from_team": gone.name, "team": keep.name, **status_values(view)})

    return await _outcome(db, course, actor, "merge", now, op)


# ----------------------------------------------------------------------------- reading
async def note_seen(db: Database, course: Course, *, user_ids: Iterable[str],
                    now: datetime) -> None:
    """Remember students the bot has met, so ``/team list`` knows them even when the
    course channel's member list does not (idempotent)."""
    async with db.session() as session:
        await tr.note_seen(session=session, course_id=course.id, user_ids=user_ids, at=now)


async def my_team(db: Database, course: Course, *, user_id: str, now: datetime) -> MyTeam:
    """The user's own team (if any), their open invitations, and the lock."""
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
        live = {t.id: t for t in await tr.live_teams(session=session, course_id=course_id)}
    placed = {r.user_id for r in rows if r.team_id in live
              and (not registered_only or live[r.team_id].status == "registered")}
    return [u for u in wanted if u not in placed]


RosterSource = Callable[[], Awaitable[Roster]]


async def _staff_read(db: Database, course: Course, actor: Actor, verb: str,
                      now: datetime) -> None:
    """Staff-only reads: a student is refused (and audited) before anything is read."""
    try:
        _staff_only(actor, verb)
    except Refusal as refusal:
        await _audit_refusal(db, course, actor, verb, refusal, now)
        raise


async def overview(db: Database, course: Course, *, actor: Actor, roster: RosterSource,
                   now: datetime) -> Overview:
    """Every live team, and the students with none: the roster plus everyone the bot has
    met, minus the roster's excluded (staff, bots). Staff only: raises :class:`Refusal`."""
    await _staff_read(db, course, actor, "list", now)
    return await _overview(db, course, await roster())


async def _overview(db: Database, course: Course, people: Roster) -> Overview:
    excluded = set(people.excluded)
    async with db.session() as session:
        closed = await _lock_at(session, course)
        live = await tr.live_teams(session=session, course_id=course.id)
        members = await tr.members_of(session=session,
                                      team_ids=[t.id for t in live if t.id is not None])
        seen = await tr.seen_users(session=session, course_id=course.id)
    views = tuple(_view(t, members) for t in live)
    placed = {m.user_id for m in members if m.state == "accepted"}
    students = [u for u in dict.fromkeys([*people.members, *seen]) if u not in excluded]
    return Overview(teams=views, without_team=tuple(u for u in students if u not in placed),
                    locked_at=closed, warning=people.warning)


def _rows(live: Sequence[Team], members: Sequence[TeamMember]) -> list[ExportRow]:
    by_team: dict[int, list[TeamMember]] = {}
    for m in members:
        by_team.setdefault(m.team_id, []).append(m)
    rows = []
    for t in sorted(live, key=lambda t: t.name_key):
        for m in by_team.get(t.id or 0, []):
            rows.append(ExportRow(team=t.name, status=t.status, user_id=m.user_id,
                                  joined_at=m.joined_at))
    return rows


async def export_rows(db: Database, course: Course) -> list[ExportRow]:
    """One row per accepted member of every live team, by team then join time."""
    async with db.session() as session:
        live = await tr.live_teams(session=session, course_id=course.id)
        members = await tr.members_of(session=session,
                                      team_ids=[t.id for t in live if t.id is not None],
                                      states=("accepted",))
    return _rows(live, members)


def export_csv(rows: Sequence[ExportRow], contacts: Mapping[str, Contact]) -> str:
    """The teams as CSV; every cell of student or Slack text is guarded against formula
    injection (:func:`bot.teams.names.csv_cell`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_HEADER)
    for r in rows:
        who = contacts.get(r.user_id, Contact())
        writer.writerow([names.csv_cell(r.team), r.status, r.user_id,
                         names.csv_cell(who.display_name), names.csv_cell(who.email),
                         r.joined_at.isoformat() if r.joined_at else ""])
    return out.getvalue()


async def export(db: Database, course: Course, *, actor: Actor,
                 contacts: Callable[[Sequence[str]], Awaitable[Mapping[str, Contact]]],
                 now: datetime) -> Outcome:
    """Staff: the teams as a CSV file, uploaded to the staff member's DM (via the outbox)
    with the export audited. ``contacts`` looks up names and emails for the user ids."""
    try:
        _staff_only(actor, "export")
    except Refusal as refusal:
        await _audit_refusal(db, course, actor, "export", refusal, now)
        return refusal.outcome()
    rows = await export_rows(db, course)
    looked_up = await contacts(list(dict.fromkeys(r.user_id for r in rows)))
    content = export_csv(rows, looked_up)
    filename = f"teams-{course.id}.csv"
    n_teams = len({r.team for r in rows})

    async def op(tx: uow.Tx) -> Outcome:
        await audit_repo.add_audit(session=tx.session, course_id=course.id, actor=actor.user_id,
                             action="team.export", target=filename,
                             new={"rows": len(rows), "teams": n_teams}, at=now)
        tx.send(Message(kind=FILE_UPLOAD, to=actor.user_id, data={
            "filename": filename, "content": content,
            "title": f"Teams · {course.code} {course.term}",
            "comment": f"{_n(len(rows), 'member')} of {_n(n_teams, 'team')}"},
            key=f"team.export:{actor.user_id}:{_stamp(now)}"))
        return Outcome(ok=True, code=Code.EXPORTED,
                       values={"members": len(rows), "teams": n_teams, "filename": filename})

    return await uow.run(db, course_id=course.id, op=op)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# ----------------------------------------------------------------------------- board
async def set_looking(db: Database, course: Course, *, actor: Actor, interests: str,
                      now: datetime) -> Outcome:
    """Put the student on the board (or take them off with ``off``)."""
    interests = " ".join(names.visible_form(interests).split())[:300]
    me = actor.user_id

    async def op(tx: uow.Tx) -> Outcome:
        session = tx.session
        await tr.note_seen(session=session, course_id=course.id, user_ids=[me], at=now)
        if interests.lower() in {"off", "stop", "done", "no", "remove"}:
            removed = await tr.remove_seeker(session=session, course_id=course.id, user_id=me)
            return Outcome(ok=True, code=Code.BOARD_OFF if removed else Code.BOARD_NOT_ON)
        mine = await _team_of(session, course.id, me)
        if mine is not None and mine.status == "registered":
            raise Refusal(Code.ON_REGISTERED_TEAM, {"team": mine.name})
        await tr.set_seeker(session=session, course_id=course.id, user_id=me,
                            interests=interests, at=now)
        return Outcome(ok=True, code=Code.BOARD_ON, values={"interests": interests})

    return await _outcome(db, course, actor, "looking", now, op)


async def board(db: Database, course: Course) -> list[Seeker]:
    """Who is looking for teammates (students already on a team are left out)."""
    async with db.session() as session:
        rows = await tr.seekers(session=session, course_id=course.id)
        placed = {m.user_id for m in await tr.accepted_members(session=session,
                                                               course_id=course.id)}
    return [Seeker(r.user_id, r.interests, r.since) for r in rows if r.user_id not in placed]


async def suggest(db: Database, course: Course, *, actor: Actor, roster: RosterSource,
                  now: datetime) -> list[Suggestion]:
    """Pairings for everyone still alone: similar interests first; an odd one out makes a
    three. Only proposals: nobody is registered by this. Staff only."""
    await _staff_read(db, course, actor, "suggest", now)
    view = await _overview(db, course, await roster())
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
        suggestions.append(Suggestion((*team.accepted, mate), "joins_pending", team=team.name))
    while len(order) >= 2:
        first = order.pop(0)
        best, best_score = 0, -1.0
        for i, other in enumerate(order):
            score = fuzz.token_set_ratio(seekers.get(first, ""), seekers.get(other, "")) \
                if seekers.get(first) and seekers.get(other) else 0.0
            if score > best_score:
                best, best_score = i, score
        mate = order.pop(best)
        reason = ("similar_interests" if best_score >= 50
                  else "both_on_board" if first in seekers and mate in seekers
                  else "both_without_team")
        suggestions.append(Suggestion((first, mate), reason))
    if order:
        last = order.pop()
        pairs = [i for i, s in enumerate(suggestions) if len(s.user_ids) < MAX_SIZE]
        if pairs:
            i = pairs[-1]
            s = suggestions[i]
            suggestions[i] = Suggestion((*s.user_ids, last), s.reason, team=s.team, third=True)
        else:
            suggestions.append(Suggestion((last,), "alone"))
    return suggestions
