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
from typing import Literal

from rapidfuzz import fuzz

from bot.course import Course
from bot.timewindows import Unreadable, Window, parse_window
from storage import repo
from storage.db import Database
from storage.models import Deadline

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


def _item(row: Deadline, now: datetime) -> DeadlineItem:
    return DeadlineItem(
        key=row.key, title=row.title, due_at=row.due_at, time_assumed=row.time_assumed,
        facts=tuple(row.facts or ()), source=row.source, personal=row.kind == "personal",
        past=row.due_at < now, version=row.version,
    )


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS]


def _vocabulary(course: Course, row: Deadline) -> set[str]:
    words = set(_words(row.title)) | set(_words(row.key))
    spec = course.deadline(row.key)
    if spec is not None:
        for alias in spec.aliases:
            words |= set(_words(alias))
    return words


def _matches(query: list[str], vocabulary: set[str]) -> bool:
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
    """What ``/deadlines <text>`` shows: see the module docstring for the forms of ``text``."""
    query = " ".join(text.split())
    lowered = query.lower()
    if lowered in {"help", "?", "-h", "--help"}:
        return DeadlineListing(kind="help", now=now, query=query)

    async with db.session() as session:
        rows = await repo.list_deadlines(session=session, course_id=course.id, user_id=user_id)
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
                   if _matches(words, _vocabulary(course, row))]
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
