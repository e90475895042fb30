"""The office-hours queue: who may do what, and what each change tells whom.

Every service takes the :class:`~bot.actor.Actor` and plain values, runs in one unit
of work (the change, its audit rows and its outbox messages commit together) and
returns an :class:`Outcome` (a code and values) for the handler to render. Staff
verbs refuse students by themselves, with an audit row.

Example::

    outcome = await join(db, course, actor=Actor("U1"), topic="flows", now=now)
    outcome.code  # "joined" | "already" | "closed" | ...
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.actor import Actor
from bot.course import Course
from bot.office_hours import schedule
from bot.office_hours.stats import SessionFacts, StatsRow, summarize
from bot.outbox import HOME_REFRESH, Message
from storage import uow
from storage.db import Database
from storage.models import OhEntry, OhHours, OhSession, OhSlot
from storage.repos import audit as audit_repo
from storage.repos import office_hours as ohr
from storage.repos import outbox
from storage.repos import privacy as privacy_repo

DEFAULT_LENGTH = timedelta(minutes=60)
MAX_LENGTH = timedelta(hours=8)
MAX_TOPIC = 300
SYSTEM = "schedule"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a service did: ``code`` names it, ``values`` carry what to say."""

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def refused(self) -> bool:
        return self.code == "refused"


@dataclass(frozen=True, slots=True)
class QueueView:
    """The queue as one user may see it (counts only, never other students)."""

    is_open: bool
    hosts: tuple[str, ...]
    closes_at: datetime | None
    next_opens: datetime | None
    next_host: str
    waiting: int
    being_helped: int
    position: int | None = None
    estimate_minutes: float | None = None
    status: str = ""
    """The viewer's own entry status: waiting | called | held | ""."""
    topic: str = ""


@dataclass(frozen=True, slots=True)
class TickReport:
    opened: tuple[int, ...] = ()
    closed: tuple[int, ...] = ()


# ----------------------------------------------------------------------------- helpers

def link_note(course: Course) -> str:
    """What the course file says about the missing meeting link (or a plain statement)."""
    for oh in course.office_hours:
        if oh.link_note.strip():
            return oh.link_note.strip()
    return "No meeting link was given for this session."


async def _specs(tx: uow.Tx, course: Course) -> list[schedule.HoursSpec]:
    rows = await ohr.hours(session=tx.session, course_id=course.id)
    return schedule.hours_specs(course, [(r.id or 0, r.user_id, r.weekday, r.start, r.end, r.link)
                                         for r in rows])


async def _audit(tx: uow.Tx, course: Course, actor: str, action: str, target: str,
                 now: datetime, **new: Any) -> None:
    await audit_repo.add_audit(session=tx.session, course_id=course.id, actor=actor,
                         action=f"oh.{action}", target=target, new=new or None, at=now)


async def _refuse(tx: uow.Tx, course: Course, actor: Actor, verb: str, now: datetime) -> Outcome:
    await _audit(tx, course, actor.user_id, "refused", verb, now, role=str(actor.role))
    return Outcome("refused", {"verb": verb})


async def _staff_only(db: Database, course: Course, actor: Actor, verb: str,
                      now: datetime) -> Outcome | None:
    """The refusal (committed with its audit row) when ``actor`` is not staff."""
    if actor.is_staff:
        return None

    async def op(tx: uow.Tx) -> Outcome:
        return await _refuse(tx, course, actor, verb, now)
    return await uow.run(db, course_id=course.id, op=op)


def _session_link(course: Course, sess: OhSession | None) -> dict[str, str]:
    link = sess.link if sess is not None else ""
    return {"link": link, "link_note": "" if link else link_note(course)}


async def _position(tx: uow.Tx, course: Course, entry: OhEntry) -> int:
    waiting = await ohr.entries(session=tx.session, course_id=course.id, statuses=("waiting",))
    return next((i for i, e in enumerate(waiting, start=1) if e.id == entry.id), 0)


async def _notify_head(tx: uow.Tx, course: Course, sess: OhSession | None,
                       now: datetime) -> None:
    """Tell the student now at the head of the queue that they are next (once per place)."""
    if sess is None or sess.status != "open":
        return
    head = await ohr.first_waiting(session=tx.session, course_id=course.id, lock=True)
    if head is None:
        return
    tx.send(Message(kind="oh.next_up", to=head.user_id,
                    data={"session_id": sess.id, **_session_link(course, sess)},
                    key=f"oh.next_up:{head.id}:{int(head.queued_at.timestamp())}"),
            Message(kind=HOME_REFRESH, to=head.user_id))


async def _estimate(tx: uow.Tx, course: Course, ahead: int, hosts: int) -> float | None:
    """Minutes until a student with ``ahead`` turns before them is pulled, from the median
    length of the last turns helped (None before anyone was helped)."""
    helped = await ohr.recent_helped(session=tx.session, course_id=course.id)
    lengths = [(e.ended_at - e.called_at).total_seconds() / 60 for e in helped
               if e.ended_at and e.called_at]
    if not lengths:
        return None
    return ahead * statistics.median(lengths) / max(1, hosts)


# ----------------------------------------------------------------------------- students

async def status(db: Database, course: Course, *, actor: Actor, now: datetime) -> QueueView:
    """Open or not, who holds them, when next, how many wait; the viewer's own place."""
    async with db.session() as session:
        tx = uow.Tx(session, course.id)
        return await _view(tx, course, actor, now)


async def _view(tx: uow.Tx, course: Course, actor: Actor, now: datetime) -> QueueView:
    sess = await ohr.open_session(session=tx.session, course_id=course.id)
    active = await ohr.entries(session=tx.session, course_id=course.id,
                               statuses=("waiting", "called"))
    waiting = [e for e in active if e.status == "waiting"]
    helped_now = sum(1 for e in active if e.status == "called")
    nxt = None if sess else schedule.next_window(course, await _specs(tx, course), now)
    mine = await ohr.active_entry(session=tx.session, course_id=course.id, user_id=actor.user_id)
    position = estimate = None
    if mine is not None and mine.status == "waiting":
        position = next(i for i, e in enumerate(waiting, start=1) if e.id == mine.id)
        if sess is not None:
            estimate = await _estimate(tx, course, position - 1 + min(helped_now, 1),
                                       len(sess.hosts))
    return QueueView(
        is_open=sess is not None, hosts=tuple(sess.hosts) if sess else (),
        closes_at=sess.closes_at if sess else None,
        next_opens=nxt.opens if nxt else None, next_host=nxt.spec.host if nxt else "",
        waiting=len(waiting), being_helped=helped_now, position=position,
        estimate_minutes=estimate, status=mine.status if mine else "",
        topic=mine.topic if mine else "")


async def join(db: Database, course: Course, *, actor: Actor, topic: str,
               now: datetime) -> Outcome:
    """Put the student in the queue (once); a closed queue says when it next opens."""
    topic = " ".join(topic.split())
    if len(topic) > MAX_TOPIC:
        return Outcome("topic_too_long", {"max": MAX_TOPIC})

    async def op(tx: uow.Tx) -> Outcome:
        mine = await ohr.active_entry(session=tx.session, course_id=course.id,
                                      user_id=actor.user_id)
        if mine is not None:
            view = await _view(tx, course, actor, now)
            return Outcome("already", {"status": mine.status, "position": view.position})
        sess = await ohr.open_session(session=tx.session, course_id=course.id)
        if sess is None:
            nxt = schedule.next_window(course, await _specs(tx, course), now)
            return Outcome("closed", {"next_opens": nxt.opens.isoformat() if nxt else None,
                                      "next_host": nxt.spec.host if nxt else ""})
        entry = OhEntry(course_id=course.id, session_id=sess.id, user_id=actor.user_id,
                        topic=topic, status="waiting", joined_at=now, waiting_since=now,
                        queued_at=now)
        await ohr.add(session=tx.session, row=entry)
        await _audit(tx, course, actor.user_id, "join", str(entry.id), now, topic=bool(topic))
        tx.send(Message(kind=HOME_REFRESH, to=actor.user_id))
        view = await _view(tx, course, actor, now)
        return Outcome("joined", {"position": view.position, "waiting": view.waiting,
                                  "estimate": view.estimate_minutes})
    return await uow.run(db, course_id=course.id, op=op)


async def leave(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    async def op(tx: uow.Tx) -> Outcome:
        mine = await ohr.active_entry(session=tx.session, course_id=course.id,
                                      user_id=actor.user_id)
        if mine is None:
            return Outcome("not_in_queue")
        was_head = mine.status == "waiting" and await _position(tx, course, mine) == 1
        old = mine.status
        mine.status, mine.ended_at = "left", now
        await ohr.flush(session=tx.session)
        await _audit(tx, course, actor.user_id, "leave", str(mine.id), now, was=old)
        tx.send(Message(kind=HOME_REFRESH, to=actor.user_id))
        if was_head:
            await _notify_head(tx, course, await ohr.open_session(
                session=tx.session, course_id=course.id), now)
        return Outcome("left")
    return await uow.run(db, course_id=course.id, op=op)


async def remind(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    """The "Remind me when it opens" button: a DM queued for the next opening."""
    async def op(tx: uow.Tx) -> Outcome:
        if await ohr.open_session(session=tx.session, course_id=course.id) is not None:
            return Outcome("open_now")
        nxt = schedule.next_window(course, await _specs(tx, course), now)
        if nxt is None:
            return Outcome("no_next")
        key = f"oh.opening:{actor.user_id}:{int(nxt.opens.timestamp())}"
        added = await outbox.enqueue(
            session=tx.session, course_id=course.id, available_at=nxt.opens,
            messages=[Message(kind="oh.opening", to=actor.user_id,
                              data={"opens": nxt.opens.isoformat(),
                                    "closes": nxt.closes.isoformat(), "host": nxt.spec.host},
                              key=key)])
        if added:
            await _audit(tx, course, actor.user_id, "remind", key, now)
        return Outcome("reminder_set", {"opens": nxt.opens.isoformat(), "new": bool(added)})
    return await uow.run(db, course_id=course.id, op=op)


async def hold(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    """The "Keep my place" button after a session closed on the student: their place is
    held for the next session (or restored at once if one is open)."""
    async def op(tx: uow.Tx) -> Outcome:
        if await ohr.active_entry(session=tx.session, course_id=course.id,
                                  user_id=actor.user_id) is not None:
            return Outcome("already", {})
        last = await ohr.last_closed_entry(session=tx.session, course_id=course.id,
                                           user_id=actor.user_id)
        if last is None:
            return Outcome("nothing_to_hold")
        sess = await ohr.open_session(session=tx.session, course_id=course.id)
        last.ended_at = None
        if sess is not None:
            last.status, last.session_id, last.waiting_since = "waiting", sess.id, now
        else:
            last.status = "held"
        await ohr.flush(session=tx.session)
        await _audit(tx, course, actor.user_id, "hold", str(last.id), now, status=last.status)
        tx.send(Message(kind=HOME_REFRESH, to=actor.user_id))
        position = await _position(tx, course, last) if sess is not None else None
        return Outcome("held" if sess is None else "restored", {"position": position})
    return await uow.run(db, course_id=course.id, op=op)


# ----------------------------------------------------------------------------- staff

async def _start_session(tx: uow.Tx, course: Course, *, host: str, link: str, origin: str,
                         closes_at: datetime, now: datetime) -> OhSession:
    sess = OhSession(course_id=course.id, status="open", hosts=[host], link=link,
                     origin=origin, opened_by=host if origin == "staff" else SYSTEM,
                     opened_at=now, closes_at=closes_at)
    await ohr.add(session=tx.session, row=sess)
    held = await ohr.entries(session=tx.session, course_id=course.id, statuses=("held",))
    for entry in held:
        entry.status, entry.session_id, entry.waiting_since = "waiting", sess.id, now
    await ohr.flush(session=tx.session)
    for entry in held:
        position = await _position(tx, course, entry)
        tx.send(Message(kind="oh.reopened", to=entry.user_id,
                        data={"session_id": sess.id, "position": position},
                        key=f"oh.reopened:{entry.id}:{sess.id}"),
                Message(kind=HOME_REFRESH, to=entry.user_id))
    await _notify_head(tx, course, sess, now)
    return sess


async def _close_session(tx: uow.Tx, course: Course, sess: OhSession, *, by: str,
                         now: datetime) -> int:
    """Close ``sess``: those still waiting are told and offered a place next time."""
    waiting = await ohr.entries(session=tx.session, course_id=course.id,
                                statuses=("waiting", "called"))
    nxt = schedule.next_window(course, await _specs(tx, course), now)
    told = 0
    for entry in waiting:
        if entry.status == "called":
            entry.status, entry.ended_at = "done", now
            continue
        entry.status, entry.ended_at = "closed", now
        told += 1
        tx.send(Message(kind="oh.closed", to=entry.user_id,
                        data={"session_id": sess.id,
                              "next_opens": nxt.opens.isoformat() if nxt else None},
                        key=f"oh.closed:{entry.id}:{sess.id}"),
                Message(kind=HOME_REFRESH, to=entry.user_id))
    sess.status, sess.closed_at, sess.closed_by = "closed", now, by
    await ohr.flush(session=tx.session)
    await _audit(tx, course, by, "close", str(sess.id), now, told=told)
    return told


async def open_hours(db: Database, course: Course, *, actor: Actor, now: datetime,
                     length: timedelta | None = None, link: str = "") -> Outcome:
    """``/oh open [60m] [link]``: open a session (or join the open one as a host)."""
    if (refusal := await _staff_only(db, course, actor, "open", now)) is not None:
        return refusal
    if length is not None and not timedelta(minutes=5) <= length <= MAX_LENGTH:
        return Outcome("bad_length", {"max_hours": MAX_LENGTH.total_seconds() / 3600})

    async def op(tx: uow.Tx) -> Outcome:
        sess = await ohr.open_session(session=tx.session, course_id=course.id)
        if sess is not None:
            if actor.user_id not in sess.hosts:
                sess.hosts = [*sess.hosts, actor.user_id]
            if length is not None:
                sess.closes_at = now + length
            if link:
                sess.link = link
            await ohr.flush(session=tx.session)
            await _audit(tx, course, actor.user_id, "cohost", str(sess.id), now)
            return Outcome("joined_session", {"closes_at": _iso(sess.closes_at),
                                              "hosts": list(sess.hosts), "link": sess.link})
        specs = await _specs(tx, course)
        current = schedule.current_windows(course, specs, now)
        closes = now + length if length is not None else (
            max(w.closes for w in current) if current else now + DEFAULT_LENGTH)
        own = next((s.link for s in specs if s.host == actor.user_id and s.link), "")
        sess = await _start_session(tx, course, host=actor.user_id, link=link or own,
                                    origin="staff", closes_at=closes, now=now)
        await _audit(tx, course, actor.user_id, "open", str(sess.id), now,
                     closes_at=closes.isoformat(), link=sess.link)
        waiting = await ohr.entries(session=tx.session, course_id=course.id,
                                    statuses=("waiting",))
        return Outcome("opened", {"closes_at": closes.isoformat(), "link": sess.link,
                                  "waiting": len(waiting), **_session_link(course, sess)})
    return await uow.run(db, course_id=course.id, op=op)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


async def close_hours(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    if (refusal := await _staff_only(db, course, actor, "close", now)) is not None:
        return refusal

    async def op(tx: uow.Tx) -> Outcome:
        sess = await ohr.open_session(session=tx.session, course_id=course.id)
        if sess is None:
            return Outcome("not_open")
        told = await _close_session(tx, course, sess, by=actor.user_id, now=now)
        return Outcome("closed_session", {"told": told})
    return await uow.run(db, course_id=course.id, op=op)


async def next_student(db: Database, course: Course, *, actor: Actor,
                       now: datetime) -> Outcome:
    """``/oh next``: finish the caller's current student and pull the head of the queue.
    Concurrent callers never get the same student (row lock or SQLite's write lock)."""
    if (refusal := await _staff_only(db, course, actor, "next", now)) is not None:
        return refusal

    async def op(tx: uow.Tx) -> Outcome:
        sess = await ohr.open_session(session=tx.session, course_id=course.id)
        if sess is None:
            return Outcome("not_open")
        current = await ohr.called_by(session=tx.session, course_id=course.id,
                                      staff=actor.user_id)
        if current is not None:
            current.status, current.ended_at = "done", now
        head = await ohr.first_waiting(session=tx.session, course_id=course.id, lock=True)
        if head is None:
            await ohr.flush(session=tx.session)
            return Outcome("empty", {"finished": current.user_id if current else None})
        head.status, head.called_at, head.called_by = "called", now, actor.user_id
        await ohr.flush(session=tx.session)
        tx.send(Message(kind="oh.your_turn", to=head.user_id,
                        data={"by": actor.user_id, "session_id": sess.id,
                              **_session_link(course, sess)},
                        key=f"oh.your_turn:{head.id}:{int(now.timestamp())}"),
                Message(kind=HOME_REFRESH, to=head.user_id))
        await _notify_head(tx, course, sess, now)
        await _audit(tx, course, actor.user_id, "next", str(head.id), now, student=head.user_id)
        remaining = await ohr.entries(session=tx.session, course_id=course.id,
                                      statuses=("waiting",))
        return Outcome("pulled", {"student": head.user_id, "topic": head.topic,
                                  "entry_id": head.id,
                                  "waited": (now - head.waiting_since).total_seconds() / 60,
                                  "remaining": len(remaining),
                                  "finished": current.user_id if current else None,
                                  **_session_link(course, sess)})
    return await uow.run(db, course_id=course.id, op=op)


async def done(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    if (refusal := await _staff_only(db, course, actor, "done", now)) is not None:
        return refusal

    async def op(tx: uow.Tx) -> Outcome:
        current = await ohr.called_by(session=tx.session, course_id=course.id,
                                      staff=actor.user_id)
        if current is None:
            return Outcome("nobody_called")
        current.status, current.ended_at = "done", now
        await ohr.flush(session=tx.session)
        await _audit(tx, course, actor.user_id, "done", str(current.id), now,
                     student=current.user_id)
        tx.send(Message(kind=HOME_REFRESH, to=current.user_id))
        return Outcome("finished", {"student": current.user_id})
    return await uow.run(db, course_id=course.id, op=op)


async def skip(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    """``/oh skip``: the pulled student did not show: back of the queue once, then out."""
    if (refusal := await _staff_only(db, course, actor, "skip", now)) is not None:
        return refusal

    async def op(tx: uow.Tx) -> Outcome:
        current = await ohr.called_by(session=tx.session, course_id=course.id,
                                      staff=actor.user_id)
        if current is None:
            return Outcome("nobody_called")
        current.skips += 1
        out = current.skips > 1
        if out:
            current.status, current.ended_at = "no_show", now
        else:
            current.status, current.queued_at = "waiting", now
            current.called_at, current.called_by = None, ""
        await ohr.flush(session=tx.session)
        await _audit(tx, course, actor.user_id, "skip", str(current.id), now,
                     student=current.user_id, removed=out)
        tx.send(Message(kind="oh.skipped", to=current.user_id, data={"removed": out},
                        key=f"oh.skipped:{current.id}:{current.skips}"),
                Message(kind=HOME_REFRESH, to=current.user_id))
        position = None if out else await _position(tx, course, current)
        return Outcome("skipped", {"student": current.user_id, "removed": out,
                                   "position": position})
    return await uow.run(db, course_id=course.id, op=op)


async def listing(db: Database, course: Course, *, actor: Actor, now: datetime) -> Outcome:
    """``/oh list`` (staff): the queue with topics and wait times."""
    if (refusal := await _staff_only(db, course, actor, "list", now)) is not None:
        return refusal
    async with db.session() as session:
        rows = await ohr.entries(session=session, course_id=course.id,
                                 statuses=("called", "waiting", "held"))
        sess = await ohr.open_session(session=session, course_id=course.id)
    return Outcome("queue", {
        "open": sess is not None, "hosts": list(sess.hosts) if sess else [],
        "entries": [{"user": e.user_id, "topic": e.topic, "status": e.status,
                     "by": e.called_by, "skips": e.skips,
                     "waited": (now - e.waiting_since).total_seconds() / 60} for e in rows]})


async def stats(db: Database, course: Course, *, actor: Actor,
                now: datetime) -> Outcome | tuple[list[StatsRow], list[StatsRow]]:
    """``/oh stats`` (staff): per session and per week (see :mod:`.stats`)."""
    if (refusal := await _staff_only(db, course, actor, "stats", now)) is not None:
        return refusal
    async with db.session() as session:
        sessions = await ohr.all_sessions(session=session, course_id=course.id)
        rows = await ohr.session_entries(session=session, course_id=course.id)
    facts = []
    for s in sessions:
        mine = [e for e in rows if e.session_id == s.id]
        facts.append(SessionFacts(
            session_id=s.id or 0, opened_at=s.opened_at,
            waits=tuple(e.called_at - e.waiting_since for e in mine if e.called_at),
            helped=sum(1 for e in mine if e.status == "done" and e.called_at),
            no_shows=sum(e.skips for e in mine)))
    return summarize(facts, course.tz)


# ----------------------------------------------------------------------------- hours

async def hours_list(db: Database, course: Course) -> list[schedule.HoursSpec]:
    async with db.session() as session:
        return await _specs(uow.Tx(session, course.id), course)


async def hours_add(db: Database, course: Course, *, actor: Actor, text: str,
                    now: datetime) -> Outcome:
    """``/oh hours add Wed 3-4pm [link]`` (staff): weekly hours hosted by the caller."""
    if (refusal := await _staff_only(db, course, actor, "hours add", now)) is not None:
        return refusal
    try:
        weekday, start, end, link = schedule.parse_hours(text)
    except schedule.HoursError as exc:
        return Outcome("bad_hours", {"reason": str(exc)})

    async def op(tx: uow.Tx) -> Outcome:
        row = OhHours(course_id=course.id, user_id=actor.user_id, weekday=weekday,
                      start=start.strftime("%H:%M"), end=end.strftime("%H:%M"), link=link,
                      created_at=now)
        await ohr.add(session=tx.session, row=row)
        await _audit(tx, course, actor.user_id, "hours_add", str(row.id), now,
                     weekday=weekday, start=row.start, end=row.end, link=link)
        number = len(await ohr.hours(session=tx.session, course_id=course.id))
        return Outcome("hours_added", {"number": number, "weekday": weekday,
                                       "start": row.start, "end": row.end, "link": link})
    return await uow.run(db, course_id=course.id, op=op)


async def hours_remove(db: Database, course: Course, *, actor: Actor, number: str,
                       now: datetime) -> Outcome:
    if (refusal := await _staff_only(db, course, actor, "hours remove", now)) is not None:
        return refusal
    if not number.strip().lstrip("#").isdigit():
        return Outcome("bad_number", {"given": number})
    n = int(number.strip().lstrip("#"))

    async def op(tx: uow.Tx) -> Outcome:
        rows = await ohr.hours(session=tx.session, course_id=course.id)
        if not 1 <= n <= len(rows):
            return Outcome("bad_number", {"given": number, "count": len(rows)})
        row = rows[n - 1]
        row.removed_at = now
        await ohr.flush(session=tx.session)
        await _audit(tx, course, actor.user_id, "hours_remove", str(row.id), now,
                     weekday=row.weekday, start=row.start, end=row.end)
        return Outcome("hours_removed", {"number": n, "weekday": row.weekday,
                                         "start": row.start, "end": row.end})
    return await uow.run(db, course_id=course.id, op=op)


# ----------------------------------------------------------------------------- schedule

async def tick(db: Database, course: Course, *, now: datetime) -> TickReport:
    """Open the sessions the schedule says are on now and close those past their end.

    Idempotent: each scheduled window acts once (``oh_slot``), so a session staff
    closed early is not reopened, and a worker that was down does not open a window
    that has already ended. A window that begins while a session is open extends it
    (nobody waiting loses their place). Call it every minute or so (the worker loop)."""
    async def op(tx: uow.Tx) -> TickReport:
        if await privacy_repo.archived_since(session=tx.session, course_id=course.id):
            return TickReport()  # an archived course's office hours are over
        opened: list[int] = []
        for window in schedule.current_windows(course, await _specs(tx, course), now):
            if await ohr.slot_taken(session=tx.session, course_id=course.id,
                                    slot_key=window.slot_key):
                continue
            sess = await ohr.open_session(session=tx.session, course_id=course.id)
            if sess is not None:  # already open (staff, or another slot): extend and co-host
                if window.spec.host not in sess.hosts:
                    sess.hosts = [*sess.hosts, window.spec.host]
                if sess.closes_at is None or sess.closes_at < window.closes:
                    sess.closes_at = window.closes
                sess.link = sess.link or window.spec.link
                await ohr.flush(session=tx.session)
            else:
                sess = await _start_session(tx, course, host=window.spec.host,
                                            link=window.spec.link, origin="schedule",
                                            closes_at=window.closes, now=now)
                await _audit(tx, course, SYSTEM, "open", str(sess.id), now,
                             slot=window.slot_key, closes_at=window.closes.isoformat())
                opened.append(sess.id or 0)
            await ohr.add(session=tx.session, row=OhSlot(course_id=course.id,
                                                         slot_key=window.slot_key,
                                                         session_id=sess.id, at=now))
        # then close what is past its end (a window that just began extended its session)
        closed: list[int] = []
        for due in await ohr.sessions_due_to_close(session=tx.session, course_id=course.id,
                                                   now=now):
            await _close_session(tx, course, due, by=SYSTEM, now=now)
            closed.append(due.id or 0)
        return TickReport(opened=tuple(opened), closed=tuple(closed))
    return await uow.run(db, course_id=course.id, op=op)
