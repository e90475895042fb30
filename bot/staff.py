"""Staff tools behind ``/course``: deadline changes with confirmation, announcements, staff,
the audit log, cancelled classes, and the reminders re-plan after a change.

Plain values in and out; handlers/commands/course.py parses nothing but the subcommand
and renders what these functions return.

Example::

    proposal = await propose_move(db, course, actor="U1", text='"Project proposal" Oct 8 5pm',
                                  now=clock.now())
    applied = await decide(db, course, actor="U1", confirm=True, now=clock.now())
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process

from bot.course import Course
from bot.timewindows import parse_date
from storage.db import Database
from storage.models import Deadline, DeadlineCreate
from storage.repos import audit as audit_repo
from storage.repos import deadlines as deadline_repo
from storage.repos import presentations as presentation_repo
from storage.repos import settings as settings_repo
from storage.repos import staff as staff_repo

logger = logging.getLogger("course_bot.staff")

PENDING_TTL = timedelta(hours=1)
END_OF_DAY = time(23, 59)
CHANNEL_KEY = "announcement_channel"
CANCELLED_CLASSES_KEY = "cancelled_classes"
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
_TIME_CUE = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d:\d\d|\bnoon\b|\bmidnight\b|\bh\b|"
                       r"\b(?:morning|evening|afternoon|tonight)\b", re.IGNORECASE)
_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>|(?<![\w<])@?([UW][A-Z0-9]{5,})\b")
_CHANNEL = re.compile(r"<#([CG][A-Z0-9]+)(?:\|([^>]*))?>|^#?([CG][A-Z0-9]{5,})$")


@dataclass(frozen=True)
class Problem:
    """Bad input or a refusal: one short sentence (user text inside is not yet escaped)."""

    message: str
    candidates: tuple[str, ...] = ()


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


@dataclass(frozen=True)
class Cancelled:
    action: str
    title: str


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


def user_ids(text: str) -> tuple[list[str], str]:
    """Slack user mentions (``<@U1|ada>`` or a bare ``U1…`` id) and the text without them."""
    found: list[str] = []
    for m in _USER.finditer(text):
        uid = m.group(1) or m.group(2)
        if uid not in found:
            found.append(uid)
    return found, " ".join(_USER.sub(" ", text).split())


def channel_id(text: str) -> tuple[str, str] | None:
    """``<#C1|name>`` (Slack's escaped channel) or a bare ``C…`` id → (id, name)."""
    match = _CHANNEL.search(text.strip())
    if not match:
        return None
    if match.group(1):
        return match.group(1), match.group(2) or match.group(1)
    return match.group(3), match.group(3)


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


async def course_deadlines(db: Database, course: Course, *,
                           include_cancelled: bool = False) -> list[DeadlineInfo]:
    """Every course-wide deadline with its id (``/course deadlines``)."""
    async with db.session() as session:
        rows = await deadline_repo.list_deadlines(session=session, course_id=course.id,
                                         include_cancelled=include_cancelled)
    return [DeadlineInfo.of(r) for r in rows]


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


async def propose_add(db: Database, course: Course, *, actor: str, text: str,
                      now: datetime) -> Proposal | Problem:
    """``deadline add "<title>" <when>``."""
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
    async with db.session() as session:
        rows = await deadline_repo.list_deadlines(session=session, course_id=course.id)
        if any(r.title.casefold() == title.casefold() for r in rows):
            return Problem(f"“{title}” already exists; use `/course deadline move`.")
        pending = await staff_repo.add_pending_action(
            session=session, course_id=course.id, actor=actor, action="deadline.add", at=now,
            payload={"title": title, "due_at": when.isoformat(), "time_assumed": assumed,
                     "read_as": rest})
        assert pending.id is not None
        return Proposal(action_id=pending.id, action="deadline.add", title=title, new_due=when,
                        time_assumed=assumed, read_as=rest)


async def propose_move(db: Database, course: Course, *, actor: str, text: str,
                       now: datetime) -> Proposal | Problem:
    """``deadline move "<title>" <when>`` (or an id instead of the title)."""
    title, rest = split_quoted(clean(text))
    if title is None:
        ref, _, rest = rest.partition(" ")
    else:
        ref = title
    async with db.session() as session:
        rows = await deadline_repo.list_deadlines(session=session, course_id=course.id)
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
        pending = await staff_repo.add_pending_action(
            session=session, course_id=course.id, actor=actor, action="deadline.move", at=now,
            payload={"deadline_id": found.id, "version": found.version,
                     "due_at": when.isoformat(), "time_assumed": assumed, "read_as": rest})
        assert pending.id is not None
        return Proposal(action_id=pending.id, action="deadline.move", title=found.title,
                        old_due=found.due_at, new_due=when, time_assumed=assumed, read_as=rest)


async def propose_cancel(db: Database, course: Course, *, actor: str, text: str,
                         now: datetime) -> Proposal | Problem:
    """``deadline cancel "<title>"``."""
    title, rest = split_quoted(clean(text))
    async with db.session() as session:
        rows = await deadline_repo.list_deadlines(session=session, course_id=course.id)
        found = _find(rows, course, title if title is not None else rest)
        if isinstance(found, Problem):
            return found
        pending = await staff_repo.add_pending_action(
            session=session, course_id=course.id, actor=actor, action="deadline.cancel", at=now,
            payload={"deadline_id": found.id, "version": found.version})
        assert pending.id is not None
        return Proposal(action_id=pending.id, action="deadline.cancel", title=found.title,
                        old_due=found.due_at)


async def propose_cancel_class(db: Database, course: Course, *, actor: str, text: str,
                               now: datetime) -> Proposal | Problem:
    """``cancel-class <date>``: the channel is told; nothing else moves by itself."""
    day = parse_day(clean(text), now=now, zone=course.tz)
    if day is None:
        return Problem(f"I could not read “{clean(text) or '(nothing)'}” as a date, "
                       "e.g. `/course cancel-class Nov 23`.")
    if not course.is_class_date(day):
        return Problem(f"{day:%a %b} {day.day} is not a class day. "
                       + nearest_classes_text(course, day))
    async with db.session() as session:
        done = await settings_repo.get_setting(session=session, course_id=course.id,
                                      key=CANCELLED_CLASSES_KEY) or []
        if day.isoformat() in done:
            return Problem(f"The class of {day:%a %b} {day.day} is already cancelled.")
        pending = await staff_repo.add_pending_action(
            session=session, course_id=course.id, actor=actor, action="class.cancel", at=now,
            payload={"class_date": day.isoformat()})
        assert pending.id is not None
        presentations, tied = await _on_class_day(session, course, day)
        return Proposal(action_id=pending.id, action="class.cancel",
                        title=f"Class of {day:%a %b} {day.day}", class_date=day,
                        presentations=presentations, tied_deadlines=tied)


async def _on_class_day(session: Any, course: Course, day: date
                        ) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """What staff should know before cancelling the class of ``day``: its presentations,
    and the course deadlines due that day or tied to it (the papers' reviews deadline)."""
    from bot.presentations import reviews_key  # that module builds on this one

    papers: dict[str, list[str]] = {}
    for row in await presentation_repo.list_presentations(session=session, course_id=course.id):
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


def nearest_classes_text(course: Course, day: date) -> str:
    before, after = nearest_classes(course, day)
    near = [f"{d:%a %b} {d.day}" for d in (before, after) if d is not None]
    if not near:
        return "The course has no class meetings near then."
    return "The nearest classes are " + " and ".join(near) + "."


async def decide(db: Database, course: Course, *, actor: str, confirm: bool, now: datetime,
                 channel_id: str = "", action_id: int | None = None,
                 ) -> Applied | Cancelled | Problem:
    """Confirm or cancel ``actor``'s pending change (the latest, or ``action_id``).

    A confirmed deadline change re-plans the reminders (``channel_id``: the channel the
    reminder workers post to) once the change is committed.
    """
    async with db.session() as session:
        pending = await staff_repo.get_pending_action(session=session, course_id=course.id,
                                                actor=actor, action_id=action_id)
        if pending is None:
            return Problem("There is nothing waiting for your confirmation.")
        if pending.status != "pending":
            return Problem(f"That change was already {pending.status}.")
        if now - pending.created_at > PENDING_TTL:
            pending.status, pending.decided_at = "expired", now
            return Problem("That request has expired (after an hour); please issue it again.")
        payload = pending.payload
        pending.decided_at = now
        if not confirm:
            pending.status = "cancelled"
            title = payload.get("title") or ""
            if "deadline_id" in payload:
                row = await deadline_repo.get_deadline_by_id(session=session, course_id=course.id,
                                                    deadline_id=int(payload["deadline_id"]))
                title = row.title if row is not None else title
            return Cancelled(action=pending.action, title=title or payload.get("class_date", ""))
        pending.status = "confirmed"
        result = await _apply(session, course, actor=actor, action=pending.action,
                              payload=payload, now=now)
        if isinstance(result, Problem):
            pending.status = "stale"
            return result
    replanned = None
    if result.action.startswith("deadline."):
        replanned = await replan_reminders(db, course, now=now, channel_id=channel_id)
    return Applied(**{**result.__dict__, "replanned": replanned})


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

    row = await deadline_repo.get_deadline_by_id(session=session, course_id=course.id,
                                        deadline_id=int(payload["deadline_id"]))
    if row is None or row.status != "active" or row.version != payload.get("version"):
        return Problem("That deadline changed since you asked (someone else edited it); "
                       "check `/course deadlines` and issue the command again.")
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


async def replan_reminders(db: Database, course: Course, *, now: datetime,
                           channel_id: str) -> str:
    """Make the reminder plan follow a change (``bot.reminders.replan``); its summary."""
    from bot.reminders import replan

    report = await replan(db, course, now=now, channel_id=channel_id)
    return report.summary()


# ---------------------------------------------------------------- other staff actions


async def record_refusal(db: Database, course: Course, *, actor: str, text: str,
                         now: datetime) -> None:
    """Audit an attempt to use ``/course`` by someone who is not staff."""
    async with db.session() as session:
        await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                             action="course.refused", target="/course",
                             new={"text": text[:500]}, at=now)


async def announcement_channel(db: Database, course: Course, *, default: str) -> str:
    """The channel set with ``/course channel``, else ``COURSE_CHANNEL_ID``."""
    async with db.session() as session:
        value = await settings_repo.get_setting(session=session, course_id=course.id,
                                                key=CHANNEL_KEY)
    return str(value) if value else default


async def set_channel(db: Database, course: Course, *, actor: str, text: str,
                      now: datetime) -> tuple[str, str] | Problem:
    found = channel_id(text)
    if found is None:
        return Problem("Name the channel as Slack offers it, e.g. `/course channel #cs598` "
                       "(pick it from the list as you type).")
    async with db.session() as session:
        old = await settings_repo.get_setting(session=session, course_id=course.id, key=CHANNEL_KEY)
        await settings_repo.set_setting(session=session, course_id=course.id, key=CHANNEL_KEY,
                               value=found[0], updated_by=actor, at=now)
        await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                             action="channel.set", target=found[0],
                             old={"channel": old} if old else None,
                             new={"channel": found[0]}, at=now)
    return found


async def record_announcement(db: Database, course: Course, *, actor: str, text: str,
                              channel: str, now: datetime) -> None:
    async with db.session() as session:
        await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                             action="announce", target=channel, new={"text": text[:2000]},
                             at=now)


async def change_staff(
    db: Database, course: Course, *, actor: str, add: bool, text: str,
    configured: frozenset[str], now: datetime,
) -> tuple[list[str], list[str]] | Problem:
    """``staff add|remove @u …``: returns (changed ids, unchanged ids)."""
    ids, _rest = user_ids(text)
    if not ids:
        return Problem(f"Mention who to {'add' if add else 'remove'}, e.g. "
                       f"`/course staff {'add' if add else 'remove'} @ada`.")
    if not add:
        fixed = [u for u in ids if u in configured]
        if fixed:
            return Problem("Staff from STAFF_USER_IDS or the course file cannot be removed "
                           "from chat: " + ", ".join(f"<@{u}>" for u in fixed) + ".")
        if actor in ids:
            return Problem("You cannot remove yourself; ask another staff member.")
    changed, unchanged = [], []
    async with db.session() as session:
        for uid in ids:
            if add:
                ok = await staff_repo.add_staff_member(session=session, course_id=course.id,
                                                 user_id=uid, added_by=actor, at=now)
            else:
                ok = await staff_repo.remove_staff_member(session=session, course_id=course.id,
                                                    user_id=uid)
            (changed if ok else unchanged).append(uid)
            if ok:
                await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                                     action="staff.add" if add else "staff.remove", target=uid,
                                     new={"user_id": uid} if add else None,
                                     old=None if add else {"user_id": uid}, at=now)
    return changed, unchanged


async def staff_list(db: Database, course: Course, *, configured: frozenset[str]) -> StaffList:
    async with db.session() as session:
        rows = await staff_repo.list_staff_members(session=session, course_id=course.id)
    file_ids = tuple(p.slack_user_id for p in course.staff if p.slack_user_id)
    return StaffList(configured=tuple(sorted(configured)), added=tuple(r.user_id for r in rows),
                     course_file=file_ids)


async def audit_entries(db: Database, course: Course, *, limit: int = 15) -> list[AuditEntry]:
    async with db.session() as session:
        rows = await audit_repo.recent_audit(session=session, course_id=course.id, limit=limit)
    return [AuditEntry(at=r.at, actor=r.actor, action=r.action, target=r.target, old=r.old,
                       new=r.new) for r in rows]


async def cancelled_classes(db: Database, course: Course) -> list[date]:
    async with db.session() as session:
        value = await settings_repo.get_setting(session=session, course_id=course.id,
                                       key=CANCELLED_CLASSES_KEY) or []
    return [date.fromisoformat(v) for v in value]

