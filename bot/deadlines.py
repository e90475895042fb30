"""Deadlines: upcoming, the whole term, a window in words, or those whose title matches.

Plain values in, plain values out; the handler renders the :class:`DeadlineListing`.

Example::

    listing = await deadline_listing(db, course, now=clock.now(), text="this week")
    [item.title for item in listing.items]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal

from rapidfuzz import fuzz

from bot import deadline_keys
from bot.course import Course
from bot.timewindows import Unreadable, Window, parse_window
from storage.db import Database
from storage.models import Deadline
from storage.repos import deadlines as deadline_repo

UPCOMING_LIMIT = 10
ListingKind = Literal["upcoming", "all", "window", "filter", "help", "unreadable"]
_STOPWORDS = {"the", "a", "an", "my", "our", "due", "deadline", "deadlines", "when", "is", "for",
              "of", "and", "what", "whats", "s"}


@dataclass(frozen=True)
class DeadlineItem:
    key: str
    title: str
    due_at: datetime
    time_assumed: bool
    facts: tuple[str, ...]
    source: str
    personal: bool
    past: bool
    version: int = 1
    origin: str = "course_file"  # course_file | staff | presentation
    date_assumed: bool = False  # carried over from an earlier term, not yet confirmed


@dataclass(frozen=True)
class RelativeNote:
    """A deadline that hangs on each student's presentation class (slides, reviews, blog)."""

    title: str
    description: str


@dataclass(frozen=True)
class DeadlineListing:
    kind: ListingKind
    now: datetime
    items: tuple[DeadlineItem, ...] = ()
    query: str = ""
    window: Window | None = None
    term_ended_at: datetime | None = None
    more: int = 0
    relative: tuple[RelativeNote, ...] = field(default=())


@dataclass(frozen=True)
class DeadlineRecord:
    """One active deadline as stored, with the words its title filter matches."""

    key: str
    title: str
    due_at: datetime
    time_assumed: bool
    facts: tuple[str, ...]
    source: str
    personal: bool
    user_id: str | None
    version: int
    vocabulary: frozenset[str]
    origin: str
    date_assumed: bool = False


@dataclass(frozen=True, eq=False)
class DeadlineSnapshot:
    """Every active deadline of one course as loaded at one moment (compared by identity).

    ``rows`` are in due order; ``personal`` maps a student to the keys of their own rows;
    ``not_theirs`` to the course-wide rows that are not for them: the paper reviews of a
    class they present in (the syllabus: reviews "excluding the 2 presentations").
    """

    course: Course
    rows: tuple[DeadlineRecord, ...]
    personal: dict[str, frozenset[str]]
    not_theirs: dict[str, frozenset[str]] = field(default_factory=dict)


def _record(row: Deadline, course: Course) -> DeadlineRecord:
    return DeadlineRecord(
        key=row.key, title=row.title, due_at=row.due_at, time_assumed=row.time_assumed,
        facts=tuple(row.facts or ()), source=row.source, personal=row.kind == "personal",
        user_id=row.user_id, version=row.version, vocabulary=frozenset(_vocabulary(course, row)),
        origin=row.origin, date_assumed=row.date_assumed,
    )


def _item(row: DeadlineRecord, now: datetime) -> DeadlineItem:
    return DeadlineItem(
        key=row.key, title=row.title, due_at=row.due_at, time_assumed=row.time_assumed,
        facts=row.facts, source=row.source, personal=row.personal,
        past=row.due_at < now, version=row.version, origin=row.origin,
        date_assumed=row.date_assumed,
    )


async def deadline_snapshot(db: Database, course: Course) -> DeadlineSnapshot:
    """The course's active deadlines, from memory until a deadline is written (see db.cache)."""

    async def load(session: Any) -> DeadlineSnapshot:  # opaque: handed to the repository
        rows = await deadline_repo.list_active_deadlines(session=session, course_id=course.id)
        records = tuple(_record(row, course) for row in rows)
        personal: dict[str, set[str]] = {}
        not_theirs: dict[str, set[str]] = {}
        for record in records:
            if record.personal and record.user_id:
                personal.setdefault(record.user_id, set()).add(record.key)
                skip = deadline_keys.reviews_not_theirs(record.key)
                if skip:
                    not_theirs.setdefault(record.user_id, set()).add(skip)
        return DeadlineSnapshot(course=course, rows=records,
                                personal={u: frozenset(k) for u, k in personal.items()},
                                not_theirs={u: frozenset(k) for u, k in not_theirs.items()})

    return await db.cache.get(_snapshot_key(course), tables=_SNAPSHOT_TABLES, load=load)


def current_snapshot(db: Database, course: Course) -> DeadlineSnapshot | None:
    """The snapshot :func:`deadline_snapshot` would return, if it is in memory and current."""
    return db.cache.peek(_snapshot_key(course), tables=_SNAPSHOT_TABLES)


_SNAPSHOT_TABLES = ("deadline",)


def _snapshot_key(course: Course) -> tuple[str, str, int]:
    return ("deadlines", course.id, id(course))


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS]


def _vocabulary(course: Course, row: Deadline) -> set[str]:
    words = set(_words(row.title)) | set(_words(row.key))
    spec = course.deadline(row.key)
    if spec is not None:
        for alias in spec.aliases:
            words |= set(_words(alias))
    return words


def _matches(query: list[str], vocabulary: set[str] | frozenset[str]) -> bool:
    for token in query:
        for word in vocabulary:
            if word == token or (len(token) >= 3 and word.startswith(token)):
                return True
            if len(token) >= 5 and fuzz.ratio(token, word) >= 85:
                return True
    return False


def relative_notes(course: Course) -> tuple[RelativeNote, ...]:
    return tuple(RelativeNote(r.title, r.description) for r in course.relative_deadlines)


async def deadline_listing(
    db: Database, course: Course, *, now: datetime, text: str = "", user_id: str | None = None
) -> DeadlineListing:
    """What ``/deadlines <text>`` shows: see the module docstring for the forms of ``text``.

    Deadlines fall on whole minutes, so ``now`` is taken to the minute, and the same
    question in the same minute gets the same (shared, immutable) listing.
    """
    query = " ".join(text.split())
    if query.lower() in {"help", "?", "-h", "--help"}:
        return DeadlineListing(kind="help", now=now, query=query)
    snapshot = await deadline_snapshot(db, course)
    if user_id not in snapshot.personal:
        user_id = None  # no deadlines of their own: the same listing as everyone's
    return _listing(snapshot, now.replace(second=0, microsecond=0), query, user_id)


@lru_cache(maxsize=1024)
def _listing(snapshot: DeadlineSnapshot, now: datetime, query: str,
             user_id: str | None) -> DeadlineListing:
    course = snapshot.course
    mine = snapshot.personal.get(user_id, frozenset()) if user_id else frozenset()
    skip = snapshot.not_theirs.get(user_id, frozenset()) if user_id else frozenset()
    rows = [r for r in snapshot.rows if (not r.personal or r.key in mine) and r.key not in skip]
    lowered = query.lower()
    items = [_item(row, now) for row in rows]
    notes = relative_notes(course)

    if lowered in {"", "upcoming", "next", "soon"}:
        upcoming = [i for i in items if not i.past]
        if not upcoming and items:
            return DeadlineListing(kind="upcoming", now=now, term_ended_at=items[-1].due_at,
                                   relative=notes)
        return DeadlineListing(kind="upcoming", now=now, items=tuple(upcoming[:UPCOMING_LIMIT]),
                               more=max(0, len(upcoming) - UPCOMING_LIMIT), relative=notes)
    if lowered in {"all", "term", "whole term", "everything", "semester", "all term"}:
        return DeadlineListing(kind="all", now=now, items=tuple(items), relative=notes)

    words = _words(lowered)
    if words:
        matched = [i for i, row in zip(items, rows, strict=True)
                   if _matches(words, row.vocabulary)]
        if matched:
            return DeadlineListing(kind="filter", now=now, items=tuple(matched), query=query)

    try:
        window = parse_window(query, now=now, zone=course.tz)
    except Unreadable:
        return DeadlineListing(kind="unreadable", now=now, query=query)
    inside = tuple(i for i in items if window.contains(i.due_at))
    ended = items[-1].due_at if items and all(i.past for i in items) else None
    return DeadlineListing(kind="window", now=now, items=inside, query=query, window=window,
                           term_ended_at=ended)
