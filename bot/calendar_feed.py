"""iCalendar feeds: the course's deadlines and classes, and each student's own on top.

Built with the ``icalendar`` library. UIDs are stable (derived from the deadline key or the
class date) and SEQUENCE is the deadline's version, so a moved deadline moves in Google,
Apple and Outlook calendars instead of appearing twice; a cancelled one is sent with
``STATUS:CANCELLED``. Times carry the course TZID (with its VTIMEZONE).

Example::

    body = await course_feed(db, course)                 # bytes of text/calendar
    body = await user_feed(db, course, token="…")        # None for an unknown/revoked token
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime

from icalendar import Calendar, Event

from bot.course import WEEKDAYS, Course
from bot.course_settings import cancelled_class_dates
from bot.presentations import schedule
from storage.db import Database
from storage.models import Deadline
from storage.repos import audit as audit_repo
from storage.repos import calendar as calendar_repo
from storage.repos import deadlines as deadline_repo
from storage.repos import settings as settings_repo

DOMAIN = "course-bot"


@dataclass(frozen=True)
class CalendarLinks:
    course_url: str
    personal_url: str
    base_configured: bool
    reset: bool


def course_path(course: Course) -> str:
    return f"/calendar/{course.id}.ics"


def personal_path(token: str) -> str:
    return f"/calendar/u/{token}.ics"


def deadline_uid(course: Course, key: str) -> str:
    return f"deadline-{key}@{course.id}.{DOMAIN}"


def _calendar(course: Course, name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//{DOMAIN}//{course.id}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", course.timezone)
    return cal


def _deadline_event(course: Course, row: Deadline) -> Event:
    zone = course.tz
    event = Event()
    event.add("uid", deadline_uid(course, row.key))
    event.add("sequence", row.version)
    event.add("summary", f"Due: {row.title}")
    start = row.due_at.astimezone(zone)
    event.add("dtstart", start)
    event.add("dtend", start)
    event.add("dtstamp", row.updated_at)
    event.add("last-modified", row.updated_at)
    event.add("transp", "TRANSPARENT")
    notes = list(row.facts or [])
    if row.date_assumed and row.origin == "course_file":
        notes.append("Date carried over from an earlier term; not yet confirmed by the staff.")
    if row.time_assumed:
        notes.append("The syllabus gives no time; 11:59 PM course time is assumed.")
    if row.source:
        notes.append(f"Source: {course.code} syllabus › {row.source}"
                     if row.origin != "staff" else "Set by the course staff.")
    if notes:
        event.add("description", "\n".join(notes))
    event.add("categories", ["personal" if row.kind == "personal" else "deadline"])
    event.add("status", "CANCELLED" if row.status == "cancelled" else "CONFIRMED")
    return event


def _class_events(course: Course, cancelled: set[str], *, stamp: datetime) -> list[Event]:
    zone = course.tz
    out: list[Event] = []
    for day in course.class_dates():
        weekday = WEEKDAYS[day.weekday()]
        for n, meeting in enumerate(m for m in course.meetings if weekday in m.days):
            event = Event()
            event.add("uid", f"class-{day.isoformat()}-{n}@{course.id}.{DOMAIN}")
            is_cancelled = day.isoformat() in cancelled
            event.add("sequence", 1 if is_cancelled else 0)
            event.add("summary", f"{course.code} class" + (" (cancelled)" if is_cancelled
                                                             else ""))
            event.add("dtstart", datetime.combine(day, meeting.start, tzinfo=zone))
            event.add("dtend", datetime.combine(day, meeting.end, tzinfo=zone))
            event.add("dtstamp", stamp)
            event.add("location", meeting.location)
            event.add("status", "CANCELLED" if is_cancelled else "CONFIRMED")
            out.append(event)
    return out


def _presentation_event(course: Course, *, user_id: str, day: date, paper: str,
                        stamp: datetime) -> Event:
    zone = course.tz
    weekday = WEEKDAYS[day.weekday()]
    meeting = next((m for m in course.meetings if weekday in m.days), course.meetings[0])
    event = Event()
    event.add("uid", f"presentation-{user_id}-{day.isoformat()}@{course.id}.{DOMAIN}")
    event.add("sequence", 0)
    event.add("summary", f"You present: {paper}")
    event.add("dtstart", datetime.combine(day, meeting.start, tzinfo=zone))
    event.add("dtend", datetime.combine(day, meeting.end, tzinfo=zone))
    event.add("dtstamp", stamp)
    event.add("location", meeting.location)
    return event


async def _build(db: Database, course: Course, *, user_id: str | None) -> bytes:
    async with db.session() as session:
        rows = await deadline_repo.list_deadlines(session=session, course_id=course.id,
                                                  user_id=user_id,
                                         include_cancelled=True)
        cancelled = {d.isoformat() for d in await cancelled_class_dates(session, course)}
        loaded = await settings_repo.get_course(session=session, course_id=course.id)
    stamp = loaded.loaded_at if loaded is not None else datetime(2000, 1, 1).astimezone()
    name = f"{course.code} {course.term}" + (" (mine)" if user_id else "")
    cal = _calendar(course, name)
    for row in rows:
        cal.add_component(_deadline_event(course, row))
    for event in _class_events(course, cancelled, stamp=stamp):
        cal.add_component(event)
    if user_id is not None:
        for slot in await schedule(db, course, user_id=user_id):
            cal.add_component(_presentation_event(course, user_id=user_id, day=slot.class_date,
                                                  paper=slot.paper_title, stamp=stamp))
    cal.add_missing_timezones()
    return cal.to_ical()


async def course_feed(db: Database, course: Course) -> bytes:
    """Every course deadline (cancelled ones marked so) and every class meeting."""
    return await _build(db, course, user_id=None)


async def user_feed(db: Database, course: Course, *, token: str) -> bytes | None:
    """The course feed plus the token owner's own deadlines and presentations."""
    async with db.session() as session:
        owner = await calendar_repo.calendar_token_owner(session=session, token=token)
    if owner is None or owner.course_id != course.id:
        return None
    return await _build(db, course, user_id=owner.user_id)


async def calendar_links(db: Database, course: Course, *, user_id: str, base_url: str,
                         now: datetime, reset: bool = False) -> CalendarLinks:
    """Both feed URLs for ``user_id``; ``reset`` revokes the old personal token first."""
    async with db.session() as session:
        if reset:
            await calendar_repo.revoke_calendar_tokens(session=session, course_id=course.id,
                                              user_id=user_id, at=now)
        token = await calendar_repo.active_calendar_token(session=session, course_id=course.id,
                                                 user_id=user_id)
        if token is None:
            token = await calendar_repo.add_calendar_token(session=session, course_id=course.id,
                                                  user_id=user_id,
                                                  token=secrets.token_urlsafe(24), at=now)
        if reset:
            await audit_repo.add_audit(session=session, course_id=course.id, actor=user_id,
                                 action="calendar.reset", target=user_id, at=now)
        value = token.token
    base = base_url.rstrip("/")
    return CalendarLinks(course_url=base + course_path(course),
                         personal_url=base + personal_path(value),
                         base_configured=bool(base), reset=reset)


