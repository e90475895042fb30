"""The course as data: models and loader for the course file (TOML).

The course file (``bot/courses/cs598-fall2021.toml`` by default) is the single source of
facts the bot may state. Anything not in the syllabus is marked there as an assumption
(``assumptions``, ``term_dates.assumed``, deadlines without a ``time``).

This module has no Slack dependencies. All models are frozen pydantic v2 models; use
:func:`load_course` to get a validated :class:`Course`.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import pathlib
import re
import tomllib
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

__all__ = [
    "DEFAULT_COURSE_FILE",
    "END_OF_DAY",
    "PRESENTATION_ANCHOR",
    "WEEKDAYS",
    "Assumption",
    "Contact",
    "Course",
    "CourseFileError",
    "Cutoff",
    "DateRange",
    "DatedDeadline",
    "GradeComponent",
    "Grading",
    "Meeting",
    "OfficeHours",
    "Person",
    "Policy",
    "RelativeDeadline",
    "ReminderDefaults",
    "Resource",
    "Schedule",
    "Section",
    "TermDates",
    "Topic",
    "check_course_file",
    "default_course_path",
    "feature_problems",
    "load_course",
    "parse_lead_time",
]

DEFAULT_COURSE_FILE = "cs598-fall2021.toml"
WEEKDAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
END_OF_DAY = dtime(23, 59)
"""Local due time used when a deadline has no time (an assumption, not a syllabus fact)."""
PRESENTATION_ANCHOR = "presentation_class"
"""Anchor of relative deadlines: the date of a presentation class (the student's own one for
slides/blog; the reviewed class for paper reviews)."""
ANCHORS = frozenset({PRESENTATION_ANCHOR})
WEIGHT_TOTAL = 100.0
WEIGHT_TOLERANCE = 1e-6
_LEAD_TIME_RE = re.compile(r"^(\d+)([mhdw])$")
_LEAD_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class CourseFileError(ValueError):
    """The course file cannot be read or is invalid (one-line message naming file and field)."""


# --------------------------------------------------------------------------- helpers


def _check_weekday(value: str) -> str:
    if value not in WEEKDAYS:
        raise ValueError(f"unknown weekday {value!r} (use one of {', '.join(WEEKDAYS)})")
    return value


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown timezone {value!r}") from exc
    return value


def _duplicates(values: list[str]) -> list[str]:
    seen: set[str] = set()
    dups: list[str] = []
    for v in values:
        if v in seen and v not in dups:
            dups.append(v)
        seen.add(v)
    return dups


def _require_unique(what: str, values: list[str]) -> None:
    dups = _duplicates(values)
    if dups:
        raise ValueError(f"duplicate {what} {', '.join(repr(d) for d in dups)}")


def parse_lead_time(value: str) -> timedelta:
    """Parse a lead time like ``"7d"``, ``"3h"``, ``"30m"`` or ``"1w"`` into a timedelta."""
    match = _LEAD_TIME_RE.match(value.strip())
    if not match or int(match.group(1)) <= 0:
        raise ValueError(
            f"invalid lead time {value!r} (use a positive number + m/h/d/w, e.g. '7d', '3h')"
        )
    return timedelta(**{_LEAD_UNITS[match.group(2)]: int(match.group(1))})


Weekday = Annotated[str, AfterValidator(_check_weekday)]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- models


class Section(_Model):
    """A syllabus section; ``title`` is what answers cite ("Syllabus › <title>")."""

    title: NonEmpty
    printed: bool = True
    """False when the syllabus prints no heading for this block (the title is ours)."""
    heading: str | None = None
    """The heading exactly as printed, when it differs from ``title``."""
    note: str = ""


class Assumption(_Model):
    """Something the bot relies on that the syllabus does not say."""

    key: Key
    text: NonEmpty


class Person(_Model):
    """A member of the course staff."""

    name: NonEmpty
    role: Literal["instructor", "ta"]
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    slack_user_id: str | None = None

    @field_validator("slack_user_id", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value


class Meeting(_Model):
    """Regular class meetings."""

    days: Annotated[list[Weekday], Field(min_length=1)]
    start: dtime
    end: dtime
    location: NonEmpty

    @model_validator(mode="after")
    def _check_times(self) -> Meeting:
        if self.start >= self.end:
            raise ValueError(f"meeting start {self.start} must be before end {self.end}")
        return self


class OfficeHours(_Model):
    """Office hours of one person; ``days == []`` means the syllabus gives none (see note)."""

    person: NonEmpty
    days: list[Weekday] = Field(default_factory=list)
    start: dtime | None = None
    end: dtime | None = None
    location: str | None = None
    note: str = ""
    # --- office-hours queue (/oh): the meeting link, or why there is none
    link: str = ""
    """The meeting link the syllabus gives ("" when it gives none; ``link_note`` says so)."""
    link_note: str = ""

    @field_validator("link")
    @classmethod
    def _check_link(cls, value: str) -> str:
        value = value.strip()
        if value and not re.match(r"^https?://\S+$", value):
            raise ValueError(f"office hours link must be an http(s) URL, got {value!r}")
        return value

    @model_validator(mode="after")
    def _check_link_stated(self) -> OfficeHours:
        if self.days and not self.link and not self.link_note.strip():
            raise ValueError(f"office hours of {self.person!r} have no link: add a link_note "
                             "saying the syllabus gives none")
        return self
    # --- end office-hours queue

    @property
    def has_hours(self) -> bool:
        """True if the syllabus gives actual office hours for this person."""
        return bool(self.days)

    @model_validator(mode="after")
    def _check_consistent(self) -> OfficeHours:
        if self.days:
            if self.start is None or self.end is None:
                raise ValueError(f"office hours of {self.person!r} need start and end")
            if self.start >= self.end:
                raise ValueError(f"office hours of {self.person!r}: start must be before end")
        else:
            if self.start is not None or self.end is not None:
                raise ValueError(f"office hours of {self.person!r}: times given but no days")
            if not self.note.strip():
                raise ValueError(
                    f"office hours of {self.person!r} have no days: add a note saying why"
                )
        return self


class Resource(_Model):
    """An online resource (e.g. Canvas)."""

    name: NonEmpty
    url: str | None = None
    note: str = ""


class Topic(_Model):
    """A schedule topic and the weeks it covers (weeks may overlap other topics)."""

    title: NonEmpty
    weeks: Annotated[list[Annotated[int, Field(ge=1)]], Field(min_length=1)]


class Schedule(_Model):
    """The (tentative) topic schedule."""

    note: str = ""
    source: str = "Schedule"
    topics: list[Topic]

    def topics_for_week(self, week: int) -> list[Topic]:
        """Topics scheduled in ``week`` (1-based), in syllabus order."""
        return [t for t in self.topics if week in t.weeks]


def _printed_weekday_matches(printed: str, day: date) -> None:
    head = printed.split(",", 1)[0].strip()[:3]
    if head in WEEKDAYS and WEEKDAYS[day.weekday()] != head:
        raise ValueError(
            f"printed {printed!r} says {head} but {day.isoformat()} is a {WEEKDAYS[day.weekday()]}"
        )


class DatedDeadline(_Model):
    """A deadline on a fixed date; no ``time`` means 11:59 pm course time (assumed)."""

    key: Key
    title: NonEmpty
    date: date
    time: dtime | None = None
    printed: str = ""
    """Syllabus wording of the date, e.g. "Fri, Sept 17" (weekday is checked)."""
    aliases: list[str] = Field(default_factory=list)
    facts: list[str] = Field(default_factory=list)
    source: NonEmpty
    component: str | None = None
    date_assumed: bool = False
    """True when this term's syllabus does not give the date (``course-bot new-term`` carried
    it over from an earlier term): shown as "to be confirmed" until staff review it."""
    date_note: str = ""
    """Where an assumed date comes from (required when ``date_assumed``)."""

    @property
    def time_assumed(self) -> bool:
        """True if the syllabus gives no time (the 11:59 pm default applies)."""
        return self.time is None

    @property
    def local_time(self) -> dtime:
        """Due time in course time (23:59 when the file gives none)."""
        return self.time if self.time is not None else END_OF_DAY

    @model_validator(mode="after")
    def _check_printed(self) -> DatedDeadline:
        _printed_weekday_matches(self.printed, self.date)
        return self

    @model_validator(mode="after")
    def _check_date_note(self) -> DatedDeadline:
        if self.date_assumed and not self.date_note.strip():
            raise ValueError(f"deadline {self.key!r}: date_assumed = true needs a date_note "
                             "saying where the date comes from")
        return self


class RelativeDeadline(_Model):
    """A deadline relative to an anchor date (a student's presentation class)."""

    key: Key
    title: NonEmpty
    anchor: NonEmpty
    offset_days: int
    time: dtime | None = None
    time_note: str = ""
    """How ``time`` was derived when the syllabus wording is not a clock time."""
    printed: str = ""
    description: NonEmpty
    aliases: list[str] = Field(default_factory=list)
    facts: list[str] = Field(default_factory=list)
    source: NonEmpty
    component: str | None = None

    @property
    def time_assumed(self) -> bool:
        """True if the syllabus gives no time (the 11:59 pm default applies)."""
        return self.time is None

    @property
    def local_time(self) -> dtime:
        """Due time in course time (23:59 when the file gives none)."""
        return self.time if self.time is not None else END_OF_DAY

    @field_validator("anchor")
    @classmethod
    def _check_anchor(cls, value: str) -> str:
        if value not in ANCHORS:
            raise ValueError(f"unknown anchor {value!r} (use {', '.join(sorted(ANCHORS))})")
        return value

    def due_date(self, anchor_date: date) -> date:
        """Local due date for a given anchor (presentation class) date."""
        return anchor_date + timedelta(days=self.offset_days)


class GradeComponent(_Model):
    """A graded component with its weight in percent."""

    key: Key
    title: NonEmpty
    group: NonEmpty
    weight: Annotated[float, Field(gt=0, le=100)]
    printed: str = ""
    facts: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)


class Cutoff(_Model):
    """Letter grade for percentages in ``[min, max)``; ``max=None`` means no upper bound."""

    letter: NonEmpty
    min: Annotated[float, Field(ge=0)]
    max: float | None = None
    printed: str = ""
    """The syllabus wording for this letter."""
    note: str = ""

    def contains(self, percent: float) -> bool:
        """True if ``percent`` falls in this cutoff's range."""
        return self.min <= percent and (self.max is None or percent < self.max)

    @model_validator(mode="after")
    def _check_range(self) -> Cutoff:
        if self.max is not None and self.max <= self.min:
            raise ValueError(f"cutoff {self.letter!r}: max {self.max} must be above min {self.min}")
        return self


class Grading(_Model):
    """Grade components (weights sum to 100), letter cutoffs and grading notes."""

    source: str = "Coursework and Grading"
    cutoffs_source: str = "Coursework and Grading"
    components: list[GradeComponent]
    cutoffs: list[Cutoff]
    notes: list[str] = Field(default_factory=list)

    @field_validator("components")
    @classmethod
    def _check_components(cls, value: list[GradeComponent]) -> list[GradeComponent]:
        _require_unique("component key", [c.key for c in value])
        total = math.fsum(c.weight for c in value)
        if abs(total - WEIGHT_TOTAL) > WEIGHT_TOLERANCE:
            raise ValueError(f"weights sum to {total:g}, expected {WEIGHT_TOTAL:g}")
        return value

    @field_validator("cutoffs")
    @classmethod
    def _check_cutoffs(cls, value: list[Cutoff]) -> list[Cutoff]:
        if not value:
            raise ValueError("at least one cutoff is required")
        _require_unique("cutoff letter", [c.letter for c in value])
        ordered = sorted(value, key=lambda c: c.min)
        if ordered[0].min != 0:
            raise ValueError(f"lowest cutoff {ordered[0].letter!r} must start at 0")
        for low, high in itertools.pairwise(ordered):
            if low.max is None:
                raise ValueError(
                    f"cutoff {low.letter!r} has no max but {high.letter!r} starts above it"
                )
            if low.max > high.min:
                raise ValueError(
                    f"cutoffs {low.letter!r} and {high.letter!r} overlap "
                    f"({low.letter} < {low.max:g}, {high.letter} >= {high.min:g})"
                )
            if low.max < high.min:
                raise ValueError(
                    f"gap between cutoffs {low.letter!r} and {high.letter!r} "
                    f"({low.max:g} to {high.min:g})"
                )
        if ordered[-1].max is not None:
            raise ValueError(f"highest cutoff {ordered[-1].letter!r} must have no max")
        return value

    def component(self, key: str) -> GradeComponent | None:
        """The component with this key, if any."""
        return next((c for c in self.components if c.key == key), None)

    @property
    def groups(self) -> list[str]:
        """Component groups in file order, without repeats."""
        return list(dict.fromkeys(c.group for c in self.components))


class Contact(_Model):
    """A contact named in a policy's text (every detail must appear in that text)."""

    name: NonEmpty
    phone: str | None = None
    address: str | None = None
    email: str | None = None
    url: str | None = None

    @model_validator(mode="after")
    def _check_any(self) -> Contact:
        if not any(self.details()):
            raise ValueError(f"contact {self.name!r} needs a phone, address, email or url")
        return self

    def details(self) -> list[str]:
        """The non-empty phone/address/email/url values."""
        return [v for v in (self.phone, self.address, self.email, self.url) if v]


class Policy(_Model):
    """A syllabus policy section; ``text`` is verbatim syllabus wording."""

    key: Key
    title: NonEmpty
    text: NonEmpty
    sensitive: bool
    """Answer privately and with care (mental health, misconduct, disability, religion)."""
    contacts: list[Contact] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    source: NonEmpty
    note: str = ""

    @model_validator(mode="after")
    def _check_contacts_in_text(self) -> Policy:
        for contact in self.contacts:
            for detail in contact.details():
                if detail not in self.text:
                    raise ValueError(
                        f"policy {self.key!r}: contact detail {detail!r} is not in the policy text"
                    )
        return self


class DateRange(_Model):
    """An inclusive range of dates (e.g. a break without classes)."""

    start: date
    end: date
    label: NonEmpty
    assumed: bool = True
    note: str = ""

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @model_validator(mode="after")
    def _check_order(self) -> DateRange:
        if self.end < self.start:
            raise ValueError(f"{self.label!r}: end {self.end} is before start {self.start}")
        return self


class TermDates(_Model):
    """Term calendar (not in the syllabus: ``assumed`` should be true, see ``note``)."""

    first_class: date
    last_day: date
    no_class: list[DateRange] = Field(default_factory=list)
    assumed: bool
    note: str = ""

    def is_no_class(self, day: date) -> bool:
        """True if ``day`` falls in a no-class range."""
        return any(day in r for r in self.no_class)

    @model_validator(mode="after")
    def _check_order(self) -> TermDates:
        if self.last_day < self.first_class:
            raise ValueError(f"last_day {self.last_day} is before first_class {self.first_class}")
        return self


class ReminderDefaults(_Model):
    """Deployment defaults for reminders (not syllabus facts)."""

    channel_lead_times: list[str] = Field(default_factory=lambda: ["7d", "1d", "3h"])
    # the channel notice for each presented class's paper reviews (due end of day before)
    review_notice_lead_times: list[str] = Field(default_factory=lambda: ["3h"])

    @field_validator("channel_lead_times", "review_notice_lead_times")
    @classmethod
    def _check_lead_times(cls, value: list[str]) -> list[str]:
        for item in value:
            parse_lead_time(item)
        _require_unique("lead time", value)
        return value

    @property
    def lead_timedeltas(self) -> list[timedelta]:
        """The channel lead times as timedeltas, in file order."""
        return [parse_lead_time(v) for v in self.channel_lead_times]



# ----------------------------------------------------------------- crisis lines (answers)
class CrisisLine(_Model):
    """An emergency or crisis line added by the course staff (NOT a syllabus fact).

    Shown first in every safety reply about danger to someone's life or body; ``added_by``
    must say who added it, and replies mark it as added by staff, not the syllabus.
    """

    name: NonEmpty
    contact: NonEmpty
    """How to reach it, as shown (e.g. "call or text 988")."""
    when: NonEmpty
    """When to use it, in a few words."""
    added_by: Literal["staff"]
    note: str = ""


class Course(_Model):
    """A whole course, loaded from a course file with :func:`load_course`."""

    id: NonEmpty
    code: NonEmpty
    title: NonEmpty
    term: NonEmpty
    timezone: Annotated[str, AfterValidator(_check_timezone)]
    description: NonEmpty
    textbook: str
    sections: list[Section] = Field(default_factory=list)
    assumptions: list[Assumption] = Field(default_factory=list)
    staff: list[Person]
    meetings: Annotated[list[Meeting], Field(min_length=1)]
    office_hours: list[OfficeHours] = Field(default_factory=list)
    resources: list[Resource] = Field(default_factory=list)
    schedule: Schedule
    deadlines: list[DatedDeadline] = Field(default_factory=list)
    relative_deadlines: list[RelativeDeadline] = Field(default_factory=list)
    grading: Grading
    policies: list[Policy] = Field(default_factory=list)
    crisis_lines: list[CrisisLine] = Field(default_factory=list)
    term_dates: TermDates
    reminders: ReminderDefaults = Field(default_factory=ReminderDefaults)
    content_hash: str
    """sha256 (hex) of the course file bytes; set by :func:`load_course`."""
    source_path: str
    """Path of the course file; set by :func:`load_course`."""

    # ----------------------------------------------------------------- validation

    @model_validator(mode="after")
    def _check_cross_references(self) -> Course:
        _require_unique("sections: title", [s.title for s in self.sections])
        _require_unique("assumptions: key", [a.key for a in self.assumptions])
        _require_unique("staff: name", [p.name for p in self.staff])
        _require_unique(
            "deadlines/relative_deadlines: key",
            [d.key for d in self.deadlines] + [r.key for r in self.relative_deadlines],
        )
        _require_unique("policies: key", [p.key for p in self.policies])
        _require_unique("office_hours: person", [o.person for o in self.office_hours])

        names = {p.name for p in self.staff}
        for oh in self.office_hours:
            if oh.person not in names:
                raise ValueError(f"office_hours: {oh.person!r} is not in staff")

        component_keys = {c.key for c in self.grading.components}
        items: list[DatedDeadline | RelativeDeadline] = [*self.deadlines, *self.relative_deadlines]
        for item in items:
            if item.component is not None and item.component not in component_keys:
                raise ValueError(
                    f"deadlines: {item.key!r} refers to unknown grading component "
                    f"{item.component!r}"
                )

        if self.sections:
            titles = {s.title for s in self.sections}
            cited: list[tuple[str, str]] = [
                ("schedule", self.schedule.source),
                ("grading", self.grading.source),
                ("grading cutoffs", self.grading.cutoffs_source),
            ]
            cited += [(f"deadline {d.key!r}", d.source) for d in self.deadlines]
            cited += [(f"deadline {r.key!r}", r.source) for r in self.relative_deadlines]
            cited += [(f"policy {p.key!r}", p.source) for p in self.policies]
            for where, source in cited:
                if source not in titles:
                    raise ValueError(f"{where} cites unknown section {source!r} (see sections)")

        meeting_days = {d for m in self.meetings for d in m.days}
        first = WEEKDAYS[self.term_dates.first_class.weekday()]
        if first not in meeting_days:
            raise ValueError(
                f"term_dates.first_class {self.term_dates.first_class} is a {first}, "
                f"not a meeting day ({', '.join(sorted(meeting_days, key=WEEKDAYS.index))})"
            )
        return self

    # ----------------------------------------------------------------- time

    @property
    def tz(self) -> ZoneInfo:
        """The course timezone."""
        return ZoneInfo(self.timezone)

    def local_to_utc(self, day: date, at: dtime) -> datetime:
        """Convert a course-local date and time to an aware UTC datetime."""
        return datetime.combine(day, at, tzinfo=self.tz).astimezone(UTC)

    def due_at(self, deadline: DatedDeadline) -> datetime:
        """Aware UTC instant of a dated deadline (local date + time, or 23:59, in ``tz``)."""
        return self.local_to_utc(deadline.date, deadline.local_time)

    def relative_due_at(self, rel: RelativeDeadline, class_date: date) -> datetime:
        """Aware UTC instant of a relative deadline for a given presentation class date."""
        return self.local_to_utc(rel.due_date(class_date), rel.local_time)

    def today(self, now: datetime | None = None) -> date:
        """The current date in course time (``now`` must be aware if given)."""
        return (now or datetime.now(UTC)).astimezone(self.tz).date()

    # ----------------------------------------------------------------- calendar

    def class_dates(self) -> list[date]:
        """Every meeting date from the first class to the last day, minus no-class days."""
        meeting_days = {WEEKDAYS.index(d) for m in self.meetings for d in m.days}
        td = self.term_dates
        out: list[date] = []
        day = td.first_class
        while day <= td.last_day:
            if day.weekday() in meeting_days and not td.is_no_class(day):
                out.append(day)
            day += timedelta(days=1)
        return out

    def is_class_date(self, day: date) -> bool:
        """True if ``day`` is a class meeting date."""
        return day in self.class_dates()

    def _teaching_weeks(self) -> list[date]:
        """Mondays of weeks that contain at least one class, in order."""
        mondays = {d - timedelta(days=d.weekday()) for d in self.class_dates()}
        return sorted(mondays)

    def week_of(self, day: date) -> int | None:
        """1-based teaching-week number of ``day`` (weeks start Monday).

        Weeks without classes (e.g. a break) are not counted and give ``None``, as do days
        before the first week or after ``term_dates.last_day``. Week numbering is an
        assumption (see ``term_dates``), not a syllabus fact.
        """
        if day > self.term_dates.last_day:
            return None
        monday = day - timedelta(days=day.weekday())
        weeks = self._teaching_weeks()
        return weeks.index(monday) + 1 if monday in weeks else None

    def class_dates_in_week(self, week: int) -> list[date]:
        """Class dates of teaching week ``week`` (1-based); empty if out of range."""
        weeks = self._teaching_weeks()
        if not 1 <= week <= len(weeks):
            return []
        monday = weeks[week - 1]
        return [d for d in self.class_dates() if monday <= d < monday + timedelta(days=7)]

    # ----------------------------------------------------------------- lookups

    def letter_for(self, percent: float) -> Cutoff:
        """The cutoff containing ``percent`` (>= 0; above 100 gives the top letter)."""
        if math.isnan(percent) or percent < 0:
            raise ValueError(f"percent must be a number >= 0, got {percent!r}")
        for cutoff in self.grading.cutoffs:
            if cutoff.contains(percent):
                return cutoff
        raise ValueError(f"no cutoff contains {percent!r}")  # unreachable after validation

    def deadline(self, key: str) -> DatedDeadline | None:
        """The dated deadline with this key, if any."""
        return next((d for d in self.deadlines if d.key == key), None)

    def relative_deadline(self, key: str) -> RelativeDeadline | None:
        """The relative deadline with this key, if any."""
        return next((r for r in self.relative_deadlines if r.key == key), None)

    def component(self, key: str) -> GradeComponent | None:
        """The grading component with this key, if any."""
        return self.grading.component(key)

    def policy(self, key: str) -> Policy | None:
        """The policy with this key, if any."""
        return next((p for p in self.policies if p.key == key), None)

    def person(self, name: str) -> Person | None:
        """The staff member with this name, if any."""
        return next((p for p in self.staff if p.name == name), None)

    def section(self, title: str) -> Section | None:
        """The syllabus section with this title, if any."""
        return next((s for s in self.sections if s.title == title), None)

    def cite(self, source: str) -> str:
        """Citation text for a section title, e.g. ``"Syllabus › Key Dates"``."""
        return f"Syllabus › {source}"


# --------------------------------------------------------------------------- loading


def default_course_path() -> pathlib.Path:
    """Path of the course file shipped with the package."""
    return pathlib.Path(__file__).resolve().parent / "courses" / DEFAULT_COURSE_FILE


def _describe_loc(loc: tuple[int | str, ...], data: Any) -> str:
    """Render a pydantic error location, naming list items by their key when possible."""
    parts: list[str] = []
    node: Any = data
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            if isinstance(node, list) and 0 <= item < len(node):
                node = node[item]
                if isinstance(node, dict):
                    name = next(
                        (
                            node[k]
                            for k in ("key", "letter", "name", "person", "title")
                            if k in node
                        ),
                        None,
                    )
                    if isinstance(name, str):
                        label += f" ({name})"
            else:
                node = None
            parts.append(label)
        else:
            node = node.get(item) if isinstance(node, dict) else None
            parts.append(("." if parts else "") + str(item))
    return "".join(parts)


def _format_validation_error(path: str, exc: ValidationError, data: Any) -> str:
    errors = exc.errors(include_url=False)
    first = errors[0]
    msg = str(first["msg"]).removeprefix("Value error, ")
    where = _describe_loc(tuple(first["loc"]), data)
    text = f"{path}: invalid field {where}: {msg}" if where else f"{path}: invalid course: {msg}"
    if len(errors) > 1:
        text += (f" (and {len(errors) - 1} more error{'s' if len(errors) > 2 else ''}: "
                 "`course-bot check-course FILE` lists them all)")
    return text.replace("\n", " ")


def required_deadlines() -> dict[tuple[str, str], str]:
    """The deadline keys the features rely on, with what breaks without them.

    ``(table, key)``: ``table`` is ``deadlines`` or ``relative_deadlines``. The keys come
    from the features' own constants, so a renamed key is caught here too.
    """
    from bot.deadline_keys import PRESENTER_DEADLINES, REVIEWS
    from bot.deadline_keys import TEAM as LOCK_KEY

    needs = {("deadlines", LOCK_KEY): "/team needs it: team registration closes at it"}
    for key in PRESENTER_DEADLINES:
        needs[("relative_deadlines", key)] = (
            "presentations need it: presenters' reminders and calendars are built from it")
    needs[("relative_deadlines", REVIEWS)] = (
        "presentations need it: each presented class's review deadline is built from it")
    return needs


def feature_problems(course: Course) -> list[tuple[str, str]]:
    """``(location, message)`` for each deadline a feature needs that the course lacks."""
    problems = []
    for (table, key), why in required_deadlines().items():
        found = course.deadline(key) if table == "deadlines" else course.relative_deadline(key)
        if found is None:
            problems.append((table, f"{table} has no {key!r} deadline: {why}"))
    return problems


def toml_line(raw: str, loc: tuple[int | str, ...] | str) -> int | None:
    """The line (1-based) of a field in TOML text, found by walking its location
    (``("deadlines", 2, "date")``); the nearest enclosing line when the field is missing."""
    if isinstance(loc, str):
        loc = tuple(int(p) if p.isdigit() else p
                    for p in re.split(r"[.\[\]]+", loc) if p and not p.startswith("("))
    lines = raw.splitlines()
    start, end, line = 0, len(lines), None
    prefix: list[str] = []
    index = 0
    while index < len(loc):
        part = loc[index]
        if not isinstance(part, str):
            index += 1
            continue
        name = ".".join([*prefix, part])
        following = loc[index + 1] if index + 1 < len(loc) else None
        header_array = re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]")
        header_table = re.compile(rf"^\s*\[\s*{re.escape(name)}\s*\]")
        assign = re.compile(rf"^\s*\"?{re.escape(part)}\"?\s*=")
        heads = [n for n in range(start, end) if header_array.match(lines[n])]
        if heads and not isinstance(following, int):
            return heads[0] + 1
        if isinstance(following, int):
            if heads:
                pick = heads[min(following, len(heads) - 1)]
                line, start = pick + 1, pick + 1
                nxt = next((n for n in range(start, len(lines))
                            if re.match(r"^\s*\[", lines[n])), len(lines))
                end = nxt
                prefix = [*prefix, part]
                index += 2
                continue
        table = next((n for n in range(start, end) if header_table.match(lines[n])), None)
        if table is not None:
            line, start = table + 1, table + 1
            end = next((n for n in range(start, len(lines))
                        if re.match(r"^\s*\[", lines[n])), len(lines))
            prefix = [*prefix, part]
            index += 1
            continue
        found = next((n for n in range(start, end) if assign.match(lines[n])), None)
        if found is not None:
            return found + 1
        return line
    return line


def check_course_file(path: str | os.PathLike[str]) -> list[str]:
    """Every problem of a course file, one line each: ``FILE:LINE: message``.

    Empty when the file loads and every feature finds the deadlines it needs.
    """
    file = pathlib.Path(path)
    shown = str(file)
    try:
        raw = file.read_bytes().decode("utf-8")
    except OSError as exc:
        return [f"{shown}: cannot read course file: {exc.strerror or exc}"]
    except UnicodeDecodeError as exc:
        return [f"{shown}: course file is not valid UTF-8: {exc.reason}"]
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        return [f"{shown}:{match.group(1) if match else 1}: invalid TOML: {exc}"]
    out: list[str] = []
    for reserved in ("content_hash", "source_path"):
        if reserved in data:
            out.append(f"{shown}:{toml_line(raw, (reserved,)) or 1}: {reserved} is set by the "
                       "loader, remove it from the file")
            data.pop(reserved)
    try:
        course = Course.model_validate({**data, "content_hash": "", "source_path": shown})
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            where = _describe_loc(loc, data)
            msg = str(error["msg"]).removeprefix("Value error, ")
            line = toml_line(raw, loc) or 1
            out.append(f"{shown}:{line}: {where + ': ' if where else ''}{msg}".replace("\n", " "))
        return out
    for table, msg in feature_problems(course):
        out.append(f"{shown}:{toml_line(raw, (table,)) or 1}: {msg}")
    return out


def load_course(path: str | os.PathLike[str] | None = None) -> Course:
    """Load and validate a course file (``None`` = the shipped default).

    Raises :class:`CourseFileError` with a one-line message naming the file and the field,
    also when a deadline a feature needs is missing (:func:`feature_problems`).
    """
    file = pathlib.Path(path) if path is not None else default_course_path()
    shown = str(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise CourseFileError(f"{shown}: cannot read course file: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CourseFileError(f"{shown}: course file is not valid UTF-8: {exc.reason}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CourseFileError(f"{shown}: invalid TOML: {exc}") from exc

    for reserved in ("content_hash", "source_path"):
        if reserved in data:
            raise CourseFileError(
                f"{shown}: invalid field {reserved}: set by the loader, remove it from the file"
            )
    data = {**data, "content_hash": hashlib.sha256(raw).hexdigest(), "source_path": shown}
    try:
        course = Course.model_validate(data)
    except ValidationError as exc:
        raise CourseFileError(_format_validation_error(shown, exc, data)) from exc
    problems = feature_problems(course)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CourseFileError(f"{shown}: {problems[0][1]}{more}")
    return course
