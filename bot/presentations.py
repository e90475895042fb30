"""Paper presentations: who presents what in which class, and each presenter's own deadlines.

From an assignment the presenter's deadlines are derived from the course file's relative
deadlines (``slides``: noon that class day; ``blog``: 7 days after) and stored as personal
:class:`storage.models.Deadline` rows (``kind='personal'``, ``origin='presentation'``), so
``/deadlines``, the calendar feed and the reminders see them like any other deadline.

Only staff assign (``actor`` is checked here; a refusal is audited). The presenters are
told by DM and their Home tabs refreshed through the outbox, in the change's transaction;
the reminders are re-planned after it commits.

Example::

    result = await assign(db, course, actor=Actor("U0STAFF", Role.STAFF), user_ids=["U1"],
                          text='Oct 7 "Neural ODEs"', now=clock.now())
    [d.title for d in result.deadlines]    # ['Presentation slides: Neural ODEs', 'Blog post: …']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot import deadline_keys
from bot.actor import Actor
from bot.course import Course
from bot.course_settings import CANCELLED_CLASSES_KEY, REVIEWS, reviews_key
from bot.outbox import HOME_REFRESH, Message
from bot.reminders import replan
from bot.staff import (
    Problem,
    clean,
    nearest_classes_text,
    not_a_class_day_text,
    parse_day,
    refuse_in,
)
from storage import uow
from storage.db import Database
from storage.models import DeadlineCreate
from storage.repos import audit as audit_repo
from storage.repos import deadlines as deadline_repo
from storage.repos import presentations as presentation_repo
from storage.repos import settings as settings_repo

ASSIGNED = "presentation.assigned"
"""Outbox kind: a presenter's DM (data: paper, class_date, deadlines)."""
UNASSIGNED = "presentation.unassigned"
"""Outbox kind: a former presenter's DM (data: paper, class_date, owed)."""

# the relative deadlines a presenter owes (reviews are owed by everyone else)
PRESENTER_DEADLINES = deadline_keys.PRESENTER_DEADLINES
MAX_PRESENTERS = 3


@dataclass(frozen=True)
class PersonalDeadline:
    user_id: str
    key: str
    title: str
    due_at: datetime
    time_assumed: bool


@dataclass(frozen=True)
class Slot:
    """One paper presented in one class, by one to three students."""

    class_date: date
    paper_title: str
    presenters: tuple[str, ...]


@dataclass(frozen=True)
class Assignment:
    slot: Slot
    deadlines: tuple[PersonalDeadline, ...]


@dataclass(frozen=True)
class Unassignment:
    """Presenters taken off one class: what they were presenting, and what was cancelled."""

    class_date: date
    removed: tuple[Slot, ...]
    cancelled: tuple[str, ...]
    """Keys of the deadlines this cancelled: the presenters' own, and the class's reviews
    deadline when no paper is left that day."""
    papers_left: tuple[str, ...]


def personal_key(rel_key: str, user_id: str, class_date: date) -> str:
    return f"{rel_key}:{user_id}:{class_date.isoformat()}"


def reviews_deadline(course: Course, class_date: date,
                     paper_titles: list[str]) -> DeadlineCreate | None:
    """The course-wide deadline for reviewing one presented class's papers.

    Its time comes from the course file's ``reviews`` rule (end of day before the class);
    its channel notice goes out the evening before (``review_notice_lead_times``).
    """
    rel = course.relative_deadline(REVIEWS)
    if rel is None or not paper_titles:
        return None
    day = f"{class_date:%a %b} {class_date.day}"
    return DeadlineCreate(
        course_id=course.id, key=reviews_key(class_date),
        title=f"{rel.title} for the {day} class"[:255], kind="course",
        due_at=course.relative_due_at(rel, class_date), time_assumed=rel.time_assumed,
        origin="presentation", source=rel.source,
        facts=[*rel.facts, "Papers: " + "; ".join(paper_titles)])


def _parse(text: str) -> tuple[str | None, str]:
    """``Oct 7 "Paper title"`` → (title, the rest)."""
    text = clean(text)
    match = re.search(r'"([^"]+)"', text)
    title = match.group(1).strip() if match else None
    if match:
        text = text[: match.start()] + " " + text[match.end():]
    return title, " ".join(text.split())


USAGE = ('Usage: `/course present @a [@b] <class date> "<paper title>"`, e.g. '
         '`/course present @ada @alan Oct 7 "Neural Ordinary Differential Equations"`.')


async def assign(db: Database, course: Course, *, actor: Actor, user_ids: Sequence[str],
                 text: str, now: datetime, default_channel: str = "") -> Assignment | Problem:
    """Assign presenters (``user_ids``) to a class (``text``: the class date and the quoted
    paper title); derive and store each one's slides and blog deadlines, tell them."""
    async def op(tx: uow.Tx) -> Assignment | Problem:
        session = tx.session
        if not actor.is_staff:
            return await refuse_in(session, course, actor=actor, verb="present", now=now,
                                   detail=text)
        ids = list(dict.fromkeys(user_ids))
        title, rest = _parse(text)
        if not ids or not title or not rest:
            return Problem(USAGE)
        if len(ids) > MAX_PRESENTERS:
            return Problem(f"At most {MAX_PRESENTERS} presenters per paper.")
        if len(title) > 400:
            return Problem("That paper title is too long (400 characters at most).")
        day = parse_day(rest, now=now, zone=course.tz)
        if day is None:
            return Problem(f"I could not read “{rest}” as a class date. {USAGE}")
        if not course.is_class_date(day):
            return Problem(not_a_class_day_text(course, day))
        rels = [r for key in PRESENTER_DEADLINES
                if (r := course.relative_deadline(key)) is not None]
        derived: list[PersonalDeadline] = []
        cancelled = await settings_repo.get_setting(session=session, course_id=course.id,
                                                    key=CANCELLED_CLASSES_KEY) or []
        if day.isoformat() in cancelled:
            return Problem(f"The class of {day:%a %b} {day.day} is cancelled. "
                           + nearest_classes_text(course, day))
        for uid in ids:
            await presentation_repo.upsert_presentation(
                session=session, course_id=course.id, user_id=uid, class_date=day,
                paper_title=title, assigned_by=actor.user_id, at=now)
            for rel in rels:
                key = personal_key(rel.key, uid, day)
                due = course.relative_due_at(rel, day)
                row = await deadline_repo.upsert_personal_deadline(session=session, at=now,
                    deadline=DeadlineCreate(
                        course_id=course.id, key=key, title=f"{rel.title}: {title}"[:255],
                        kind="personal", user_id=uid, due_at=due,
                        time_assumed=rel.time_assumed, origin="presentation",
                        facts=[*rel.facts, f"Paper: {title}"], source=rel.source))
                derived.append(PersonalDeadline(user_id=uid, key=key, title=row.title,
                                                due_at=due, time_assumed=rel.time_assumed))
        slots = await _slots(session, course, day=day)
        reviews = reviews_deadline(course, day, [s.paper_title for s in slots])
        if reviews is not None:
            await deadline_repo.upsert_personal_deadline(session=session, deadline=reviews,
                                                         at=now)
        audit = await audit_repo.add_audit(
            session=session, course_id=course.id, actor=actor.user_id,
            action="presentation.assign", target=day.isoformat(), at=now,
            new={"presenters": ids, "paper": title, "deadlines": [d.key for d in derived]})
        for uid in ids:
            tx.send(Message(kind=ASSIGNED, to=uid, key=f"{ASSIGNED}:{audit.id}:{uid}",
                            data={"paper": title, "class_date": day.isoformat(),
                                  "deadlines": [{"title": d.title, "due_at": d.due_at.isoformat(),
                                                 "time_assumed": d.time_assumed}
                                                for d in derived if d.user_id == uid]}),
                    Message(kind=HOME_REFRESH, to=uid))
        slot = next((s for s in slots if s.paper_title == title),
                    Slot(class_date=day, paper_title=title, presenters=tuple(ids)))
        return Assignment(slot=slot, deadlines=tuple(derived))

    result = await uow.run(db, course_id=course.id, op=op)
    if isinstance(result, Assignment):  # the presenters' new deadlines get their reminders
        await replan(db, course, now=now, channel_id=default_channel)
    return result


UNPRESENT_USAGE = ("Usage: `/course unpresent @a [@b] <class date>`, e.g. "
                   "`/course unpresent @ada Oct 7`. To move a presentation, unpresent it, then "
                   "`/course present` it on the new date.")


async def unassign(db: Database, course: Course, *, actor: Actor, user_ids: Sequence[str],
                   text: str, now: datetime, default_channel: str = "") -> Unassignment | Problem:
    """Take presenters off a class (``text``: its date): their slides and blog deadlines are
    cancelled, and the class's reviews deadline names only the papers left (or is
    cancelled with the last). Each presenter is told."""
    async def op(tx: uow.Tx) -> Unassignment | Problem:
        session = tx.session
        if not actor.is_staff:
            return await refuse_in(session, course, actor=actor, verb="unpresent", now=now,
                                   detail=text)
        ids = list(dict.fromkeys(user_ids))
        _title, rest = _parse(text)
        if not ids or not rest:
            return Problem(UNPRESENT_USAGE)
        day = parse_day(rest, now=now, zone=course.tz)
        if day is None:
            return Problem(f"I could not read “{rest}” as a class date. {UNPRESENT_USAGE}")
        rows = await presentation_repo.delete_presentations(
            session=session, course_id=course.id, class_date=day, user_ids=ids)
        if not rows:
            return Problem(f"None of them presents on {day:%a %b} {day.day}. "
                           "`/course presentations` shows the schedule.")
        cancelled: list[str] = []
        for row in rows:
            for rel in PRESENTER_DEADLINES:
                key = personal_key(rel, row.user_id, day)
                if await deadline_repo.cancel_deadline(session=session, course_id=course.id,
                                                       key=key, at=now):
                    cancelled.append(key)
        left = await _slots(session, course, day=day)
        reviews = reviews_deadline(course, day, [s.paper_title for s in left])
        if reviews is not None:
            await deadline_repo.upsert_personal_deadline(session=session, deadline=reviews,
                                                         at=now)
        elif await deadline_repo.cancel_deadline(session=session, course_id=course.id,
                                                 key=reviews_key(day), at=now):
            cancelled.append(reviews_key(day))
        removed: dict[str, list[str]] = {}
        for row in rows:
            removed.setdefault(row.paper_title, []).append(row.user_id)
        audit = await audit_repo.add_audit(
            session=session, course_id=course.id, actor=actor.user_id,
            action="presentation.unassign", target=day.isoformat(), at=now,
            old={"presenters": [r.user_id for r in rows], "papers": sorted(removed)},
            new={"cancelled": cancelled})
        for row in rows:
            owed = any(k == personal_key(rel, row.user_id, day)
                       for k in cancelled for rel in PRESENTER_DEADLINES)
            tx.send(Message(kind=UNASSIGNED, to=row.user_id,
                            key=f"{UNASSIGNED}:{audit.id}:{row.user_id}",
                            data={"paper": row.paper_title, "class_date": day.isoformat(),
                                  "owed": owed}),
                    Message(kind=HOME_REFRESH, to=row.user_id))
        return Unassignment(
            class_date=day, cancelled=tuple(cancelled),
            removed=tuple(Slot(class_date=day, paper_title=t, presenters=tuple(u))
                          for t, u in removed.items()),
            papers_left=tuple(s.paper_title for s in left))

    result = await uow.run(db, course_id=course.id, op=op)
    if isinstance(result, Unassignment):
        await replan(db, course, now=now, channel_id=default_channel)
    return result


async def _slots(session: object, course: Course, *, day: date | None = None,
                 user_id: str | None = None) -> list[Slot]:
    rows = await presentation_repo.list_presentations(session=session,  # type: ignore[arg-type]
                                         course_id=course.id)
    grouped: dict[tuple[date, str], list[str]] = {}
    for row in rows:
        if day is None or row.class_date == day:
            grouped.setdefault((row.class_date, row.paper_title), []).append(row.user_id)
    slots = [Slot(class_date=d, paper_title=t, presenters=tuple(u))
             for (d, t), u in grouped.items()]
    if user_id is not None:
        slots = [s for s in slots if user_id in s.presenters]
    return sorted(slots, key=lambda s: (s.class_date, s.paper_title))


async def schedule(db: Database, course: Course, *, user_id: str | None = None) -> list[Slot]:
    """Every assigned presentation by class date (only ``user_id``'s when given)."""
    async with db.session() as session:
        return await _slots(session, course, user_id=user_id)
