"""When office hours open and close: the course file's hours and those staff added from
chat, as instants computed in the course time zone (so 5 pm stays 5 pm across the DST
change on Nov 7, 2021).

Office hours run on the term's days (``term_dates``: first class to last day), except
its no-class ranges.

Example::

    specs = hours_specs(course, added=[])
    window = current_window(course, specs, now)      # open now?
    upcoming = next_window(course, specs, now)       # when next?
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime

from bot.course import WEEKDAYS, Course

HORIZON_DAYS = 120
MAX_SLOT_MINUTES = 8 * 60


@dataclass(frozen=True, slots=True)
class HoursSpec:
    """One weekly office-hours slot: who, which weekday, local start and end, link."""

    key: str
    """Stable prefix of the slot keys (``file:<person>`` or ``chat:<id>``)."""
    weekday: int
    start: dtime
    end: dtime
    host: str
    """A Slack user id when known, else the person's name from the course file."""
    link: str = ""
    number: int = 0
    """The number ``/oh hours`` lists a chat-added slot under (0 for the course file's)."""


@dataclass(frozen=True, slots=True)
class Window:
    """One dated occurrence of a :class:`HoursSpec`."""

    spec: HoursSpec
    day: date
    opens: datetime
    closes: datetime

    @property
    def slot_key(self) -> str:
        return f"{self.spec.key}:{self.day.isoformat()}"


def hours_specs(course: Course, added: Iterable[tuple[int, str, int, str, str, str]]
                ) -> list[HoursSpec]:
    """The course file's office hours, then ``added`` rows
    ``(id, user_id, weekday, "HH:MM", "HH:MM", link)`` numbered 1, 2, … in order."""
    specs: list[HoursSpec] = []
    for oh in course.office_hours:
        if not oh.has_hours or oh.start is None or oh.end is None:
            continue
        person = course.person(oh.person)
        host = (person.slack_user_id if person and person.slack_user_id else oh.person)
        for day in oh.days:
            specs.append(HoursSpec(key=f"file:{oh.person}:{day}", weekday=WEEKDAYS.index(day),
                                   start=oh.start, end=oh.end, host=host, link=oh.link))
    for number, (row_id, user_id, weekday, start, end, link) in enumerate(added, start=1):
        specs.append(HoursSpec(key=f"chat:{row_id}", weekday=weekday,
                               start=dtime.fromisoformat(start), end=dtime.fromisoformat(end),
                               host=user_id, link=link, number=number))
    return specs


def _term_day(course: Course, day: date) -> bool:
    td = course.term_dates
    return td.first_class <= day <= td.last_day and not td.is_no_class(day)


def windows(course: Course, specs: Sequence[HoursSpec], start: datetime,
            end: datetime) -> Iterator[Window]:
    """Windows that overlap ``[start, end)``, in order of opening."""
    zone = course.tz
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date()
    while day <= last:
        found = []
        if _term_day(course, day):
            for spec in specs:
                if spec.weekday != day.weekday():
                    continue
                opens = datetime.combine(day, spec.start, tzinfo=zone).astimezone(UTC)
                closes = datetime.combine(day, spec.end, tzinfo=zone).astimezone(UTC)
                if closes > start and opens < end:
                    found.append(Window(spec, day, opens, closes))
        yield from sorted(found, key=lambda w: (w.opens, w.spec.key))
        day += timedelta(days=1)


def current_windows(course: Course, specs: Sequence[HoursSpec], now: datetime) -> list[Window]:
    """Windows open at ``now``."""
    return [w for w in windows(course, specs, now, now + timedelta(seconds=1))
            if w.opens <= now < w.closes]


def next_window(course: Course, specs: Sequence[HoursSpec], now: datetime) -> Window | None:
    """The first window opening after ``now`` (within the term), or None."""
    for w in windows(course, specs, now, now + timedelta(days=HORIZON_DAYS)):
        if w.opens > now:
            return w
    return None


# ----------------------------------------------------------------------------- parsing
_DAY = r"(?P<day>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_T = r"(?P<{p}h>\d{{1,2}})(?::(?P<{p}m>\d{{2}}))?\s*(?P<{p}ap>am|pm|a\.m\.|p\.m\.)?"
_RANGE = re.compile(rf"^{_DAY}\s+{_T.format(p='s')}\s*(?:-|–|to)\s*{_T.format(p='e')}"
                    r"(?:\s+(?P<link>\S+))?$", re.IGNORECASE)
_DURATION = re.compile(r"^(?:(?P<h>\d{1,2})\s*h(?:ours?|rs?)?)?\s*"
                       r"(?:(?P<m>\d{1,3})\s*m(?:in(?:utes?|s)?)?)?$", re.IGNORECASE)


class HoursError(ValueError):
    """Text that is not a weekly slot (the message says what is wrong)."""


def _clock(hour: str, minute: str | None, meridiem: str | None) -> tuple[int, int]:
    h, m = int(hour), int(minute or 0)
    if m > 59:
        raise HoursError("minutes go from 00 to 59")
    if meridiem:
        if not 1 <= h <= 12:
            raise HoursError("with am/pm the hour goes from 1 to 12")
        h = h % 12 + (12 if meridiem.lower().startswith("p") else 0)
    elif h > 23:
        raise HoursError("the hour goes from 0 to 23")
    return h, m


def parse_hours(text: str) -> tuple[int, dtime, dtime, str]:
    """``"Wed 3-4pm [link]"`` → (weekday 0=Mon, start, end, link).

    Example::

        >>> parse_hours("Wed 3-4pm")
        (2, datetime.time(15, 0), datetime.time(16, 0), '')
    """
    match = _RANGE.match(" ".join(text.split()))
    if not match:
        raise HoursError("Say a weekday and a time range, e.g. `Wed 3-4pm` or `Fri 10:30-11:30am`.")
    g = match.groupdict()
    s_ap, e_ap = g["sap"], g["eap"]
    if e_ap and not s_ap:
        # "3-4pm": the start shares the end's am/pm, unless that would put it after the end
        s_ap = e_ap
        sh, sm = _clock(g["sh"], g["sm"], s_ap)
        eh, em = _clock(g["eh"], g["em"], e_ap)
        if (sh, sm) >= (eh, em) and e_ap.lower().startswith("p"):
            s_ap = "am"
    sh, sm = _clock(g["sh"], g["sm"], s_ap)
    eh, em = _clock(g["eh"], g["em"], e_ap)
    start, end = dtime(sh, sm), dtime(eh, em)
    if start >= end:
        raise HoursError("The start must be before the end (on the same day).")
    if (eh * 60 + em) - (sh * 60 + sm) > MAX_SLOT_MINUTES:
        raise HoursError("That is more than 8 hours; say am or pm for both times, "
                         "e.g. `Wed 3pm-4pm`.")
    link = g["link"] or ""
    if link:
        link = link.strip("<>").split("|")[0]
        if not re.match(r"^https?://\S+$", link):
            raise HoursError("The link must start with https://.")
    return WEEKDAYS.index(g["day"][:3].title()), start, end, link


def parse_duration(text: str) -> timedelta | None:
    """``"60m"``, ``"1h"``, ``"1h30m"`` → timedelta; None if ``text`` is not a duration."""
    match = _DURATION.match(text.strip())
    if not match or not (match.group("h") or match.group("m")):
        return None
    return timedelta(hours=int(match.group("h") or 0), minutes=int(match.group("m") or 0))
