"""Staff tools behind ``/course``: deadline changes with confirmation, announcements, staff,
the audit log and cancelled classes.

Every service takes the :class:`~bot.actor.Actor` behind the request and refuses anyone
who is not staff by itself: nothing changes, the attempt is audited (``course.refused``,
target = the verb) and a :class:`Problem` with ``code == REFUSED`` comes back. Plain values
in (user and channel ids already parsed by the handler), data out (no Slack markup);
``handlers/render/course.py`` writes the text. What a change tells people (the channel's
announcement, Home refreshes) is queued in the change's own transaction (the outbox).

Example::

    proposal = await propose_move(db, course, actor=Actor("U1", Role.STAFF),
                                  text='"Project proposal" Oct 8 5pm', now=clock.now())
    applied = await decide(db, course, actor=Actor("U1", Role.STAFF), confirm=True,
                           now=clock.now(), default_channel="C0COURSE")
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process

from bot.actor import Actor
from bot.course import WEEKDAYS, Course
from bot.course_settings import CANCELLED_CLASSES_KEY, CHANNEL_KEY, course_channel, reviews_key
from bot.outbox import HOME_REFRESH, Message
from bot.reminders import replan
from bot.timewindows import parse_date
from storage import uow
from storage.db import Database
from storage.models import Deadline, DeadlineCreate, PendingAction
from storage.repos import audit as audit_repo
from storage.repos import deadlines as deadline_repo
from storage.repos import presentations as presentation_repo
from storage.repos import settings as settings_repo
from storage.repos import staff as staff_repo

logger = logging.getLogger("course_bot.staff")

PENDING_TTL = timedelta(hours=1)
END_OF_DAY = time(23, 59)
REFUSED = "refused"
INVALID = "invalid"
REFUSAL = "Only the course staff can use `/course`; nothing was changed."
ANNOUNCEMENT = "course.announcement"
"""Outbox kind: a staff announcement in the course channel (data: text, by)."""
CHANGE_ANNOUNCED = "course.change"
"""Outbox kind: a confirmed deadline or class change told to the course channel."""
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
_RELATIVE_WEEKDAY = re.compile(r"\b(?:next|this|coming)\s+(?:mon|tue|wed|thu|fri|sat|sun)",
                               re.IGNORECASE)
""""next Friday" (this week's or the next?): said back with the date it was read as."""
_TIME_CUE = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d:\d\d|\bnoon\b|\bmidnight\b|\bh\b|"
                       r"\b(?:morning|evening|afternoon|tonight)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    """Bad input or a refusal: one short sentence (user text inside is not yet escaped).

    ``users``: the user ids it is about (the handler names them); ``code``: ``REFUSED``
    when the actor may not do this, else ``INVALID``.
    """

    message: str
    candidates: tuple[str, ...] = ()
    users: tuple[str, ...] = ()
    code: str = INVALID

    @property
    def refused(self) -> bool:
        return self.code == REFUSED


@dataclass(frozen=True)
class DeadlineInfo:
    id: int
    key: str
    title: str
    due_at: datetime
    kind: str
    origin: str
    status: str
    version: int
    time_assumed: bool
    user_id: str | None = None

    @classmethod
    def of(cls, row: Deadline) -> DeadlineInfo:
        assert row.id is not None
        return cls(id=row.id, key=row.key, title=row.title, due_at=row.due_at, kind=row.kind,
                   origin=row.origin, status=row.status, version=row.version,
                   time_assumed=row.time_assumed, user_id=row.user_id)


@dataclass(frozen=True)
class Waiting:
    """A change still waiting for its author's decision."""

    action_id: int
    action: str
    title: str


@dataclass(frozen=True)
class Proposal:
    """A change echoed back for confirmation (stored as a pending action)."""

    action_id: int
    action: str  # deadline.add | deadline.move | deadline.cancel | class.cancel
    title: str
    old_due: datetime | None = None
    new_due: datetime | None = None
    time_assumed: bool = False
    class_date: date | None = None
    read_as: str = ""
    presentations: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """``class.cancel``: the papers presented that day, each with its presenters' ids."""
    tied_deadlines: tuple[str, ...] = ()
    """``class.cancel``: the titles of the course deadlines due that day or tied to it."""
    replaces: tuple[Waiting, ...] = ()
    """The author's earlier changes still waiting: confirming this one replaces them."""
    in_past: bool = False
    """The new due time has already passed: nobody could meet it (a wrong date or year?)."""
    earlier_by: timedelta | None = None
    """``deadline.move``: how much earlier than before it would be due (None: not earlier)."""
    relative_weekday: bool = False
    """``read_as`` names a weekday relatively ("next Friday"): which week is ambiguous."""

    @property
    def risky(self) -> bool:
        """Students could lose time: the confirmation must show it plainly."""
        return self.in_past or self.earlier_by is not None


@dataclass(frozen=True)
class Applied:
    """A confirmed change: what the channel is told and what the audit log keeps."""

    action: str
    title: str
    actor: str
    old_due: datetime | None = None
    new_due: datetime | None = None
    class_date: date | None = None
    key: str = ""
    version: int = 0
    replanned: str | None = None  # the reminders re-plan's summary (deadline changes only)
    channel: str = ""
    """Where the change is announced (queued in the outbox); empty: no channel is set."""
    replaced: tuple[Waiting, ...] = ()
    """Earlier pending changes this confirmation replaced."""
    still_waiting: tuple[Waiting, ...] = ()


@dataclass(frozen=True)
class Cancelled:
    action: str
    title: str
    still_waiting: tuple[Waiting, ...] = ()
    """The author's other changes that still wait for a decision."""


@dataclass(frozen=True)
class Announced:
    channel: str


@dataclass(frozen=True)
class StaffChange:
    added: bool
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    target: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None


@dataclass(frozen=True)
class StaffList:
    configured: tuple[str, ...]
    added: tuple[str, ...]
    course_file: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------- permissions


async def refuse_in(session: Any, course: Course, *, actor: Actor, verb: str, now: datetime,
                    detail: str = "") -> Problem:
    """Audit a refused attempt in the caller's transaction; the refusal to return."""
    await audit_repo.add_audit(session=session, course_id=course.id, actor=actor.user_id,
                               action="course.refused", target=verb,
                               new={"text": detail[:500]} if detail else None, at=now)
    return Problem(REFUSAL, code=REFUSED)


async def refuse(db: Database, course: Course, *, actor: Actor, verb: str, now: datetime,
                 detail: str = "") -> Problem | None:
    """None when ``actor`` may use the staff tools; else audit the attempt (``verb``, and
    ``detail``: what was asked) and return the refusal."""
    if actor.is_staff:
        return None

    async def op(tx: uow.Tx) -> Problem:
        return await refuse_in(tx.session, course, actor=actor, verb=verb, now=now, detail=detail)

    return await uow.run(db, course_id=course.id, op=op)


# ---------------------------------------------------------------- parsing helpers


def clean(text: str) -> str:
    """Undo Slack's escaping (``&amp;`` …), straighten quotes, squeeze spaces."""
    return " ".join(html.unescape(text).translate(_QUOTES).split())


def split_quoted(text: str) -> tuple[str | None, str]:
    """``"A title" rest`` → (``A title``, ``rest``); no quotes → (None, text)."""
    match = re.match(r'\s*"([^"]+)"\s*(.*)$', text) or re.match(r"\s*'([^']+)'\s*(.*)$", text)
    if match:
        return match.group(1).strip(), match.group(2).strip()
    return None, text.strip()


def parse_when(text: str, *, now: datetime, zone: ZoneInfo) -> tuple[datetime, bool] | None:
    """A due time in plain words, in the course zone; no time given → 11:59 PM (assumed)."""
    text = re.sub(r"^(?:to|on|at|for|by|until)\s+", "", text.strip(), flags=re.IGNORECASE)
    when = parse_date(text, now=now, zone=zone)
    if when is None:
        return None
    if _TIME_CUE.search(text):
        return when.astimezone(zone), False
    local = datetime.combine(when.astimezone(zone).date(), END_OF_DAY, tzinfo=zone)
    return local, True


def parse_day(text: str, *, now: datetime, zone: ZoneInfo) -> date | None:
    text = re.sub(r"^(?:on|for)\s+", "", text.strip(), flags=re.IGNORECASE)
    when = parse_date(text, now=now, zone=zone)
    return None if when is None else when.astimezone(zone).date()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "deadline"


# ---------------------------------------------------------------- deadlines


def _find(rows: list[Deadline], course: Course, ref: str) -> Deadline | Problem:
    """The one active course deadline ``ref`` names: an id, key, title, alias or near title."""
    ref = ref.strip()
    if not ref:
        return Problem("Which deadline? Give its title in quotes or its id (see "
                       "`/course deadlines`).")
    if re.fullmatch(r"#?\d+", ref):
        wanted = int(ref.lstrip("#"))
        for row in rows:
            if row.id == wanted:
                return row
        return Problem(f"There is no active course deadline with id {wanted} "
                       "(see `/course deadlines`).")
    folded = ref.casefold()
    exact = [r for r in rows if folded in {r.title.casefold(), r.key.casefold()}]
    if len(exact) == 1:
        return exact[0]
    aliased = [r for r in rows if (spec := course.deadline(r.key)) is not None
               and folded in {a.casefold() for a in spec.aliases}]
    if len(aliased) == 1:
        return aliased[0]
    titles = {r.id: r.title for r in rows}
    scored = process.extract(ref, titles, scorer=fuzz.WRatio, limit=3, score_cutoff=80)
    if len(scored) == 1 or (len(scored) > 1 and scored[0][1] - scored[1][1] >= 10):
        best = scored[0][2]
        return next(r for r in rows if r.id == best)
    names = tuple(titles[s[2]] for s in scored) or tuple(r.title for r in rows)
    return Problem(f"I could not tell which deadline “{ref}” means.", candidates=names)


# ---------------------------------------------------------------- deadlines


async def course_deadlines(db: Database, course: Course, *, actor: Actor, now: datetime,
                           include_cancelled: bool = False) -> list[DeadlineInfo] | Problem:
    """Every course-wide deadline with its id (``/course deadlines``)."""
    refused = await refuse(db, course, actor=actor, verb="deadlines", now=now)
    if refused is not None:
        return refused
    async with db.session() as session:
        rows = await deadline_repo.list_deadlines(session=session, course_id=course.id,
                                                  include_cancelled=include_cancelled)
    return [DeadlineInfo.of(r) for r in rows]


async def _waiting(session: Any, course: Course, row: PendingAction) -> Waiting:
    payload = row.payload
    title = str(payload.get("title") or "")
    if "deadline_id" in payload:
        found = await deadline_repo.get_deadline_by_id(session=session, course_id=course.id,
                                                       deadline_id=int(payload["deadline_id"]))
        title = found.title if found is not None else title
    if "class_date" in payload:
        day = date.fromisoformat(payload["class_date"])
        title = f"Class of {day:%a %b} {day.day}"
    assert row.id is not None
    return Waiting(action_id=row.id, action=row.action, title=title)


async def _still_pending(session: Any, course: Course, *, actor: str, now: datetime,
                         exclude: int | None = None) -> tuple[Waiting, ...]:
    """The actor's changes that still wait (not expired), oldest first."""
    rows = await staff_repo.list_pending_actions(session=session, course_id=course.id,
                                                 actor=actor)
    return tuple([await _waiting(session, course, r) for r in rows
                  if r.id != exclude and now - r.created_at <= PENDING_TTL])


async def _propose(session: Any, course: Course, *, actor: Actor, action: str,
                   payload: dict[str, Any], now: datetime) -> tuple[int, tuple[Waiting, ...]]:
    """Store a proposed change; its id and the earlier ones it would replace."""
    earlier = await _still_pending(session, course, actor=actor.user_id, now=now)
    pending = await staff_repo.add_pending_action(
        session=session, course_id=course.id, actor=actor.user_id, action=action, at=now,
        payload=payload)
    assert pending.id is not None
    return pending.id, earlier


async def propose_add(db: Database, course: Course, *, actor: Actor, text: str,
                      now: datetime) -> Proposal | Problem:
    """``deadline add "<title>" <when>``."""
    async def op(tx: uow.Tx) -> Proposal | Problem:
        if not actor.is_staff:
            return await refuse_in(tx.session, course, actor=actor, verb="deadline.add",
                                   now=now, detail=text)
        title, rest = split_quoted(clean(text))
        if not title:
            return Problem('Usage: `/course deadline add "<title>" <when>`, e.g. '
                           '`/course deadline add "Project checkpoint" Nov 19 5pm`.')
        if len(title) > 200:
            return Problem("That title is too long (200 characters at most).")
        parsed = parse_when(rest, now=now, zone=course.tz)
        if parsed is None:
            return Problem(f"I could not read “{rest or '(nothing)'}” as a date and time. "
                           "Try `Nov 12 5pm`, `next Friday` or `in 2 weeks`.")
        when, assumed = parsed
        rows = await deadline_repo.list_deadlines(session=tx.session, course_id=course.id)
        if any(r.title.casefold() == title.casefold() for r in rows):
            return Problem(f"“{title}” already exists; use `/course deadline move`.")
        action_id, earlier = await _propose(
            tx.session, course, actor=actor, action="deadline.add", now=now,
            payload={"title": title, "due_at": when.isoformat(), "time_assumed": assumed,
                     "read_as": rest})
        return Proposal(action_id=action_id, action="deadline.add", title=title, new_due=when,
                        time_assumed=assumed, read_as=rest, replaces=earlier,
                        in_past=when <= now,
                        relative_weekday=bool(_RELATIVE_WEEKDAY.search(rest)))

    return await uow.run(db, course_id=course.id, op=op)


async def propose_move(db: Database, course: Course, *, actor: Actor, text: str,
                       now: datetime) -> Proposal | Problem:
    """``deadline move "<title>" <when>`` (or an id instead of the title)."""
    async def op(tx: uow.Tx) -> Proposal | Problem:
        if not actor.is_staff:
            return await refuse_in(tx.session, course, actor=actor, verb="deadline.move",
                                   now=now, detail=text)
        title, rest = split_quoted(clean(text))
        if title is None:
            ref, _, rest = rest.partition(" ")
        else:
            ref = title
        rows = await deadline_repo.list_deadlines(session=tx.session, course_id=course.id)
        found = _find(rows, course, ref)
        if isinstance(found, Problem):
            return found
        parsed = parse_when(rest, now=now, zone=course.tz)
        if parsed is None:
            return Problem(f"I could not read “{rest or '(nothing)'}” as a date and time for "
                           f"{found.title}. Try `Nov 12 5pm`, `next Friday` or `in 2 weeks`.")
        when, assumed = parsed
        if when == found.due_at:
            return Problem(f"{found.title} is already due then; nothing to change.")
        action_id, earlier = await _propose(
            tx.session, course, actor=actor, action="deadline.move", now=now,
            payload={"deadline_id": found.id, "version": found.version,
                     "due_at": when.isoformat(), "time_assumed": assumed, "read_as": rest})
        return Proposal(action_id=action_id, action="deadline.move", title=found.title,
                        old_due=found.due_at, new_due=when, time_assumed=assumed, read_as=rest,
                        replaces=earlier, in_past=when <= now,
                        earlier_by=found.due_at - when if when < found.due_at else None,
                        relative_weekday=bool(_RELATIVE_WEEKDAY.search(rest)))

    return await uow.run(db, course_id=course.id, op=op)


async def propose_cancel(db: Database, course: Course, *, actor: Actor, text: str,
                         now: datetime) -> Proposal | Problem:
    """``deadline cancel "<title>"``."""
    async def op(tx: uow.Tx) -> Proposal | Problem:
        if not actor.is_staff:
            return await refuse_in(tx.session, course, actor=actor, verb="deadline.cancel",
                                   now=now, detail=text)
        title, rest = split_quoted(clean(text))
        rows = await deadline_repo.list_deadlines(session=tx.session, course_id=course.id)
        found = _find(rows, course, title if title is not None else rest)
        if isinstance(found, Problem):
            return found
        action_id, earlier = await _propose(
            tx.session, course, actor=actor, action="deadline.cancel", now=now,
            payload={"deadline_id": found.id, "version": found.version})
        return Proposal(action_id=action_id, action="deadline.cancel", title=found.title,
                        old_due=found.due_at, replaces=earlier)

    return await uow.run(db, course_id=course.id, op=op)


async def propose_cancel_class(db: Database, course: Course, *, actor: Actor, text: str,
                               now: datetime) -> Proposal | Problem:
    """``cancel-class <date>``: the channel is told; nothing else moves by itself."""
    async def op(tx: uow.Tx) -> Proposal | Problem:
        if not actor.is_staff:
            return await refuse_in(tx.session, course, actor=actor, verb="class.cancel",
                                   now=now, detail=text)
        day = parse_day(clean(text), now=now, zone=course.tz)
        if day is None:
            return Problem(f"I could not read “{clean(text) or '(nothing)'}” as a date, "
                           "e.g. `/course cancel-class Nov 23`.")
        if not course.is_class_date(day):
            return Problem(not_a_class_day_text(course, day, year=False))
        done = await settings_repo.get_setting(session=tx.session, course_id=course.id,
                                               key=CANCELLED_CLASSES_KEY) or []
        if day.isoformat() in done:
            return Problem(f"The class of {day:%a %b} {day.day} is already cancelled.")
        action_id, earlier = await _propose(
            tx.session, course, actor=actor, action="class.cancel", now=now,
            payload={"class_date": day.isoformat()})
        presentations, tied = await _on_class_day(tx.session, course, day)
        return Proposal(action_id=action_id, action="class.cancel",
                        title=f"Class of {day:%a %b} {day.day}", class_date=day,
                        presentations=presentations, tied_deadlines=tied, replaces=earlier)

    return await uow.run(db, course_id=course.id, op=op)


async def _on_class_day(session: Any, course: Course, day: date
                        ) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """What staff should know before cancelling the class of ``day``: its presentations,
    and the course deadlines due that day or tied to it (the papers' reviews deadline)."""
    papers: dict[str, list[str]] = {}
    for row in await presentation_repo.list_presentations(session=session,
                                                          course_id=course.id):
        if row.class_date == day:
            papers.setdefault(row.paper_title, []).append(row.user_id)
    tied = [d.title for d in await deadline_repo.list_active_deadlines(session=session,
                                                                       course_id=course.id)
            if d.kind == "course" and (d.key == reviews_key(day)
                                       or d.due_at.astimezone(course.tz).date() == day)]
    return tuple((t, tuple(u)) for t, u in papers.items()), tuple(tied)


def nearest_classes(course: Course, day: date) -> tuple[date | None, date | None]:
    """The class meetings just before and just after ``day``."""
    dates = course.class_dates()
    before = max((d for d in dates if d < day), default=None)
    after = min((d for d in dates if d > day), default=None)
    return before, after


def not_a_class_day_text(course: Course, day: date, *, year: bool = True) -> str:
    """Why ``day`` has no class (a no-class range of the course file, the weekday, the term's
    first or last day), then the nearest classes."""
    shown = f"{day:%a %b} {day.day}" + (f", {day.year}" if year else "")
    td = course.term_dates
    days = [d for d in WEEKDAYS if any(d in m.days for m in course.meetings)]
    breaks = [r for r in td.no_class if day in r]
    if breaks:
        why = f"it is in the {breaks[0].label}"
    elif day < td.first_class:
        why = f"it is before the first class ({td.first_class:%a %b} {td.first_class.day})"
    elif day > td.last_day:
        why = f"it is after the last day of instruction ({td.last_day:%a %b} {td.last_day.day})"
    else:
        why = f"classes meet {', '.join(days)}"
    why = f"{shown} is not a class day: {why}."
    return f"{why} {nearest_classes_text(course, day)}"


def nearest_classes_text(course: Course, day: date) -> str:
    before, after = nearest_classes(course, day)
    near = [f"{d:%a %b} {d.day}" for d in (before, after) if d is not None]
    if not near:
        return "The course has no class meetings near then."
    return "The nearest classes are " + " and ".join(near) + "."


async def decide(db: Database, course: Course, *, actor: Actor, confirm: bool, now: datetime,
                 default_channel: str = "", action_id: int | None = None,
                 ) -> Applied | Cancelled | Problem:
    """Confirm or cancel ``actor``'s pending change (the latest, or ``action_id``).

    Confirming replaces the author's older pending changes (they are marked superseded
    and named in the result); the channel's announcement is queued with the change.
    A confirmed deadline change then re-plans the reminders (``default_channel``:
    ``COURSE_CHANNEL_ID``, for when no channel was set from chat).
    """
    verb = "confirm" if confirm else "cancel"

    async def op(tx: uow.Tx) -> Applied | Cancelled | Problem:
        session = tx.session
        if not actor.is_staff:
            return await refuse_in(session, course, actor=actor, verb=verb, now=now,
                                   detail=str(action_id or ""))
        pending = await staff_repo.get_pending_action(session=session, course_id=course.id,
                                                      actor=actor.user_id, action_id=action_id)
        if pending is None and action_id is not None:
            return Problem("That button is out of date (it names no change of yours); "
                           "nothing was changed.")
        if pending is None:
            return Problem("There is nothing waiting for your confirmation.")
        if pending.status != "pending":
            return Problem(f"That change was already {pending.status}.")
        if now - pending.created_at > PENDING_TTL:
            pending.status, pending.decided_at = "expired", now
            return Problem("That request has expired (after an hour); please issue it again.")
        payload = pending.payload
        pending.decided_at = now
        assert pending.id is not None
        if not confirm:
            pending.status = "cancelled"
            described = await _waiting(session, course, pending)
            return Cancelled(action=pending.action, title=described.title,
                             still_waiting=await _still_pending(
                                 session, course, actor=actor.user_id, now=now,
                                 exclude=pending.id))
        pending.status = "confirmed"
        result = await _apply(session, course, actor=actor.user_id, action=pending.action,
                              payload=payload, now=now)
        if isinstance(result, Problem):
            pending.status = "stale"
            return result
        replaced = [await _waiting(session, course, r) for r in
                    await staff_repo.supersede_pending_actions(
                        session=session, course_id=course.id, actor=actor.user_id,
                        before_id=pending.id, at=now)
                    if now - r.created_at <= PENDING_TTL]  # expired ones go unmentioned
        channel = await course_channel(session, course, default=default_channel)
        if channel:
            tx.send(Message(kind=CHANGE_ANNOUNCED, to=channel, data=_change_data(result),
                            key=f"{CHANGE_ANNOUNCED}:{pending.id}"))
        return Applied(**{**result.__dict__, "channel": channel, "replaced": tuple(replaced),
                          "still_waiting": await _still_pending(
                              session, course, actor=actor.user_id, now=now,
                              exclude=pending.id)})

    result = await uow.run(db, course_id=course.id, op=op)
    if isinstance(result, Applied) and result.action.startswith("deadline."):
        report = await replan(db, course, now=now, channel_id=default_channel)
        result = Applied(**{**result.__dict__, "replanned": report.summary()})
    return result


def _change_data(a: Applied) -> dict[str, Any]:
    """The announcement's data: JSON values only."""
    return {"action": a.action, "title": a.title, "actor": a.actor,
            "old_due": a.old_due.isoformat() if a.old_due else None,
            "new_due": a.new_due.isoformat() if a.new_due else None,
            "class_date": a.class_date.isoformat() if a.class_date else None}


async def _apply(session: Any, course: Course, *, actor: str, action: str,
                 payload: dict[str, Any], now: datetime) -> Applied | Problem:
    if action == "class.cancel":
        day = date.fromisoformat(payload["class_date"])
        done = list(await settings_repo.get_setting(session=session, course_id=course.id,
                                           key=CANCELLED_CLASSES_KEY) or [])
        done.append(day.isoformat())
        await settings_repo.set_setting(session=session, course_id=course.id,
                                        key=CANCELLED_CLASSES_KEY,
                               value=sorted(set(done)), updated_by=actor, at=now)
        await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                             action="class.cancel", target=day.isoformat(),
                             new={"class_date": day.isoformat()}, at=now)
        return Applied(action=action, title=f"Class of {day:%a %b} {day.day}", actor=actor,
                       class_date=day)
    if action == "deadline.add":
        title = payload["title"]
        due = datetime.fromisoformat(payload["due_at"])
        key, n = f"staff-{_slug(title)}", 1
        while await deadline_repo.get_deadline(session=session, course_id=course.id, key=key):
            n += 1
            key = f"staff-{_slug(title)}-{n}"
        row = Deadline.model_validate(DeadlineCreate(
            course_id=course.id, key=key, title=title, kind="course", due_at=due,
            time_assumed=bool(payload.get("time_assumed")), origin="staff",
            facts=[], source="Staff announcement"))
        row.created_at = row.updated_at = now
        session.add(row)
        await session.flush()
        await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                             action=action, target=key,
                             new={"title": title, "due_at": due.isoformat(), "version": 1},
                             at=now)
        return Applied(action=action, title=title, actor=actor, new_due=due, key=key, version=1)

    found = await deadline_repo.get_deadline_by_id(session=session, course_id=course.id,
                                                   deadline_id=int(payload["deadline_id"]))
    if found is None or found.status != "active" or found.version != payload.get("version"):
        return Problem("That deadline changed since you asked (someone else edited it); "
                       "check `/course deadlines` and issue the command again.")
    row = found
    old = {"title": row.title, "due_at": row.due_at.isoformat(), "version": row.version,
           "status": row.status}
    old_due = row.due_at
    if action == "deadline.move":
        row.due_at = datetime.fromisoformat(payload["due_at"])
        row.time_assumed = bool(payload.get("time_assumed"))
    elif action == "deadline.cancel":
        row.status = "cancelled"
    else:  # pragma: no cover - only the actions above are ever stored
        return Problem(f"Unknown action {action}.")
    row.version += 1
    row.origin = "staff"
    row.updated_at = now
    await session.flush()
    new = {"title": row.title, "due_at": row.due_at.isoformat(), "version": row.version,
           "status": row.status}
    await audit_repo.add_audit(session=session, course_id=course.id, actor=actor, action=action,
                         target=row.key, old=old, new=new, at=now)
    return Applied(action=action, title=row.title, actor=actor, old_due=old_due,
                   new_due=row.due_at if action == "deadline.move" else None, key=row.key,
                   version=row.version)



# ---------------------------------------------------------------- other staff actions


async def announce(db: Database, course: Course, *, actor: Actor, text: str, now: datetime,
                   default_channel: str = "") -> Announced | Problem:
    """``announce <text>``: queue the announcement for the course channel, audited."""
    async def op(tx: uow.Tx) -> Announced | Problem:
        if not actor.is_staff:
            return await refuse_in(tx.session, course, actor=actor, verb="announce", now=now,
                                   detail=text)
        body = clean(text)
        if not body:
            return Problem("Usage: `/course announce <text>`.")
        if len(body) > 3000:
            return Problem("That announcement is too long (3,000 characters at most).")
        channel = await course_channel(tx.session, course, default=default_channel)
        if not channel:
            return Problem("No course channel is set: `/course channel #name` first.")
        row = await audit_repo.add_audit(session=tx.session, course_id=course.id,
                                         actor=actor.user_id, action="announce", target=channel,
                                         new={"text": body}, at=now)
        tx.send(Message(kind=ANNOUNCEMENT, to=channel, key=f"{ANNOUNCEMENT}:{row.id}",
                        data={"text": body, "by": actor.user_id}))
        return Announced(channel=channel)

    return await uow.run(db, course_id=course.id, op=op)


async def set_channel(db: Database, course: Course, *, actor: Actor, channel_id: str | None,
                      now: datetime) -> str | Problem:
    """``channel #name``: announcements and channel reminders go to ``channel_id``."""
    async def op(tx: uow.Tx) -> str | Problem:
        if not actor.is_staff:
            return await refuse_in(tx.session, course, actor=actor, verb="channel", now=now,
                                   detail=channel_id or "")
        if not channel_id:
            return Problem("Name the channel as Slack offers it, e.g. `/course channel #cs598` "
                           "(pick it from the list as you type).")
        old = await settings_repo.get_setting(session=tx.session, course_id=course.id,
                                              key=CHANNEL_KEY)
        await settings_repo.set_setting(session=tx.session, course_id=course.id,
                                        key=CHANNEL_KEY, value=channel_id,
                                        updated_by=actor.user_id, at=now)
        await audit_repo.add_audit(session=tx.session, course_id=course.id,
                                   actor=actor.user_id, action="channel.set", target=channel_id,
                                   old={"channel": old} if old else None,
                                   new={"channel": channel_id}, at=now)
        return channel_id

    return await uow.run(db, course_id=course.id, op=op)


async def change_staff(
    db: Database, course: Course, *, actor: Actor, add: bool, user_ids: Sequence[str],
    configured: frozenset[str], now: datetime,
) -> StaffChange | Problem:
    """``staff add|remove @u …``. ``configured``: staff from settings and the course file,
    who cannot be removed from chat. The changed users' Home tabs are refreshed."""
    verb = "staff.add" if add else "staff.remove"

    async def op(tx: uow.Tx) -> StaffChange | Problem:
        if not actor.is_staff:
            return await refuse_in(tx.session, course, actor=actor, verb=verb, now=now,
                                   detail=" ".join(user_ids))
        ids = list(dict.fromkeys(user_ids))
        if not ids:
            return Problem(f"Mention who to {'add' if add else 'remove'}, e.g. "
                           f"`/course staff {'add' if add else 'remove'} @ada`.")
        if not add:
            fixed = tuple(u for u in ids if u in configured)
            if fixed:
                return Problem("Staff from STAFF_USER_IDS or the course file cannot be removed "
                               "from chat:", users=fixed)
            if actor.user_id in ids:
                return Problem("You cannot remove yourself; ask another staff member.")
        changed: list[str] = []
        unchanged: list[str] = []
        for uid in ids:
            if add:
                ok = await staff_repo.add_staff_member(session=tx.session, course_id=course.id,
                                                       user_id=uid, added_by=actor.user_id,
                                                       at=now)
            else:
                ok = await staff_repo.remove_staff_member(session=tx.session,
                                                          course_id=course.id, user_id=uid)
            (changed if ok else unchanged).append(uid)
            if ok:
                await audit_repo.add_audit(session=tx.session, course_id=course.id,
                                           actor=actor.user_id, action=verb, target=uid,
                                           new={"user_id": uid} if add else None,
                                           old=None if add else {"user_id": uid}, at=now)
                tx.send(Message(kind=HOME_REFRESH, to=uid))
        return StaffChange(added=add, changed=tuple(changed), unchanged=tuple(unchanged))

    return await uow.run(db, course_id=course.id, op=op)


async def staff_list(db: Database, course: Course, *, actor: Actor, configured: frozenset[str],
                     now: datetime) -> StaffList | Problem:
    refused = await refuse(db, course, actor=actor, verb="staff", now=now)
    if refused is not None:
        return refused
    async with db.session() as session:
        rows = await staff_repo.list_staff_members(session=session, course_id=course.id)
    file_ids = tuple(p.slack_user_id for p in course.staff if p.slack_user_id)
    return StaffList(configured=tuple(sorted(configured)), added=tuple(r.user_id for r in rows),
                     course_file=file_ids)


async def audit_entries(db: Database, course: Course, *, actor: Actor, now: datetime,
                        limit: int = 15) -> list[AuditEntry] | Problem:
    refused = await refuse(db, course, actor=actor, verb="audit", now=now)
    if refused is not None:
        return refused
    async with db.session() as session:
        rows = await audit_repo.recent_audit(session=session, course_id=course.id, limit=limit)
    return [AuditEntry(at=r.at, actor=r.actor, action=r.action, target=r.target, old=r.old,
                       new=r.new) for r in rows]
