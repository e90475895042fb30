"""Read a time window ("this week", "next 10 days", "in October", "before Nov 1") in words.

Dates inside a phrase are read by dateparser (English only: unrestricted language
detection costs over a second on text it cannot read), relative to the bot's clock
and in the course zone.

Example::

    >>> w = parse_window("next 10 days", now=now, zone=ZoneInfo("America/Chicago"))
    >>> w.label
    'the next 10 days'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple": 2, "few": 3}


@dataclass(frozen=True)
class Window:
    """A span of time; ``None`` on a side means open-ended."""

    start: datetime | None
    end: datetime | None
    label: str

    def contains(self, instant: datetime) -> bool:
        return (self.start is None or instant >= self.start) and (
            self.end is None or instant < self.end
        )


class Unreadable(ValueError):
    """The text is not a time window we can read."""


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_MONTH_WORD = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_MONTH_DAY = (
    re.compile(rf"\b{_MONTH_WORD}\s+{_DAY}\b{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH_WORD}\b{_YEAR}", re.IGNORECASE),
    re.compile(r"(?<![\d/])(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>\d{4}))?(?![\d/])"),
)
_TERM_SLACK = timedelta(days=45)  # a yearless date this near the term belongs to it


def _month_day(text: str) -> tuple[int, int, int | None] | None:
    """``(month, day, year or None)`` of the first calendar date written in ``text``."""
    for pattern in _MONTH_DAY:
        for match in pattern.finditer(text):
            month_text = match.group("month").lower()
            month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
            if month is None or not 1 <= month <= 12:
                continue
            year = match.group("year")
            return month, int(match.group("day")), int(year) if year else None
    return None


def date_problem(text: str) -> str | None:
    """Why ``text`` names a date that does not exist ("October has 31 days"), else None."""
    found = _month_day(text)
    if found is None:
        return None
    month, day, year = found
    if day < 1:
        return "Days of the month start at 1."
    last = calendar.monthrange(year if year is not None else 2024, month)[1]  # 2024: leap
    if day > last:
        if month == 2 and day == 29 and year is not None:
            return f"February {year} has 28 days."
        return f"{_MONTH_NAMES[month - 1]} has {last} days."
    return None


def _in_term(text: str, when: datetime, *, now: datetime, zone: ZoneInfo,
             term: tuple[date, date] | None) -> datetime:
    """A date written without a year, placed in the year that puts it in the course term
    (or, with no term, nearest to ``now``) instead of dateparser's next occurrence."""
    found = _month_day(text)
    if found is None or found[2] is not None:
        return when
    local = when.astimezone(zone)
    today = now.astimezone(zone).date()
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(local.date().replace(year=year))
        except ValueError:  # Feb 29 in a common year
            continue
    if not candidates:
        return when
    if term is not None:
        inside = [d for d in candidates if term[0] - _TERM_SLACK <= d <= term[1] + _TERM_SLACK]
        candidates = inside or candidates
    best = min(candidates, key=lambda d: abs((d - today).days))
    return datetime.combine(best, local.time().replace(tzinfo=None), tzinfo=zone)


def parse_date(
    text: str, *, now: datetime, zone: ZoneInfo, prefer: str = "future",
    term: tuple[date, date] | None = None,
) -> datetime | None:
    """One date or date-time in words, as an aware instant in ``zone`` (None if unreadable).

    A date that does not exist ("Oct 32", "Feb 30") is unreadable, never a date in another
    year (:func:`date_problem` says why). A date without a year lands in the course ``term``
    (first class, last day) when given, else in the year nearest to ``now``.
    """
    text = text.strip()
    if not text or len(text) > 80 or date_problem(text) is not None:
        return None
    import dateparser  # imported on first use: a quarter second off every start

    base = now.astimezone(zone).replace(tzinfo=None)
    when = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "TIMEZONE": str(zone),
            "RETURN_AS_TIMEZONE_AWARE": True,
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    if when is None:
        return None
    return _in_term(text, when, now=now, zone=zone, term=term)


def warm_up() -> None:
    """Import dateparser and load its English data now, instead of in the first request.

    Blocking; the web app runs it in a thread just after start-up.
    """
    parse_date("Nov 1", now=datetime.now(UTC), zone=ZoneInfo("America/Chicago"))


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def _day_window(day: date, zone: ZoneInfo, label: str) -> Window:
    return Window(_midnight(day, zone), _midnight(day + timedelta(days=1), zone), label)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _month_window(month: int, year: int | None, *, now: datetime, zone: ZoneInfo) -> Window:
    today = now.astimezone(zone).date()
    if year is None:
        year = today.year
        # the month in the academic year around now: a month well behind us is next year's
        if month < today.month - 6:
            year += 1
        elif month > today.month + 6:
            year -= 1
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return Window(_midnight(start, zone), _midnight(end, zone), f"in {start:%B %Y}")


def _day_start(instant: datetime, zone: ZoneInfo) -> datetime:
    return _midnight(instant.astimezone(zone).date(), zone)


def parse_window(text: str, *, now: datetime, zone: ZoneInfo) -> Window:
    """Read ``text`` as a window relative to ``now``; raise :class:`Unreadable` if we cannot."""
    problem = date_problem(text)
    if problem is not None:
        raise Unreadable(problem)
    phrase = " ".join(re.sub(r"[^\w/:\- ]", " ", text.lower()).split())
    phrase = re.sub(r"^(?:due |deadlines? |what s due |whats due )", "", phrase).strip()
    if not phrase:
        raise Unreadable(text)
    today = now.astimezone(zone).date()

    if phrase in {"today", "tonight"}:
        return _day_window(today, zone, "today")
    if phrase == "tomorrow":
        return _day_window(today + timedelta(days=1), zone, "tomorrow")
    if phrase in {"this week", "the week", "week"}:
        monday = today - timedelta(days=today.weekday())
        return Window(now, _midnight(monday + timedelta(days=7), zone), "this week")
    if phrase == "next week":
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return Window(_midnight(monday, zone), _midnight(monday + timedelta(days=7), zone),
                      "next week")
    if phrase in {"week after next", "the week after next"}:
        monday = today - timedelta(days=today.weekday()) + timedelta(days=14)
        first, stop = _midnight(monday, zone), _midnight(monday + timedelta(days=7), zone)
        return Window(first, stop, f"the week after next ({_short(first, zone)} – "
                                   f"{_short(stop - timedelta(days=1), zone)})")
    if phrase in {"this month", "the month", "month"}:
        window = _month_window(today.month, today.year, now=now, zone=zone)
        return Window(now, window.end, "this month")
    if phrase == "next month":
        month, year = (1, today.year + 1) if today.month == 12 else (today.month + 1, today.year)
        window = _month_window(month, year, now=now, zone=zone)
        return Window(window.start, window.end, "next month")

    match = re.fullmatch(r"(?:in )?(?:the )?(?:next|coming) (\w+)? ?(days?|weeks?)", phrase)
    if match:
        count = _count(match.group(1)) if match.group(1) else 1
        if count is None or count > 3650:
            raise Unreadable(text)
        days = count * _UNITS[match.group(2)]
        unit = match.group(2) if count != 1 else match.group(2).rstrip("s")
        label = f"the next {count} {unit}" if count != 1 else f"the next {unit}"
        # whole calendar days in the course zone, so the window ends at a local midnight
        return Window(now, _midnight(today + timedelta(days=days + 1), zone), label)

    match = re.fullmatch(r"(?:in |during |for )?(?:the month of )?([a-z]+)(?: (\d{4}))?", phrase)
    if match and match.group(1) in _MONTHS:
        given = int(match.group(2)) if match.group(2) else None
        return _month_window(_MONTHS[match.group(1)], given, now=now, zone=zone)

    match = re.fullmatch(r"(?:between|from) (.+?) (?:and|to|until|till|through|-) (.+)", phrase)
    if match:
        start = parse_date(match.group(1), now=now, zone=zone)
        end = parse_date(match.group(2), now=now, zone=zone)
        if start is None or end is None:
            raise Unreadable(text)
        start, end = _day_start(start, zone), _day_start(end, zone) + timedelta(days=1)
        if end <= start:
            raise Unreadable(text)
        last = end - timedelta(days=1)
        return Window(start, end, f"{_short(start, zone)} – {_short(last, zone)}")

    match = re.fullmatch(r"(before|by|until|till|through|thru|after|from|since) (.+)", phrase)
    if match:
        when = parse_date(match.group(2), now=now, zone=zone)
        if when is None:
            raise Unreadable(text)
        day = _day_start(when, zone)
        word = match.group(1)
        if word == "before":
            return Window(now, day, f"before {_short(day, zone)}")
        if word in {"by", "until", "till", "through", "thru"}:
            return Window(now, day + timedelta(days=1), f"by the end of {_short(day, zone)}")
        if word == "after":
            return Window(day + timedelta(days=1), None, f"after {_short(day, zone)}")
        return Window(day, None, f"from {_short(day, zone)} on")

    when = parse_date(phrase, now=now, zone=zone)
    if when is None:
        raise Unreadable(text)
    day = _day_start(when, zone)
    return _day_window(when.astimezone(zone).date(), zone, f"on {_short(day, zone)}")


def _short(instant: datetime, zone: ZoneInfo) -> str:
    local = instant.astimezone(zone)
    return f"{local:%a %b} {local.day}, {local.year}"
