"""A new term from an old course file: every date moved by whole weeks, each marked assumed.

``course-bot new-term cs598-fall2021 --id cs598-fall2022 --start 2022-08-23`` calls
:func:`new_term`. The shift is the whole number of weeks from the old term's first class to
the new one, so every deadline keeps its weekday and its time, and the class calendar keeps
its shape. Nothing in the result is a fact of the new term's syllabus: each shifted deadline
gets ``date_assumed = true`` with a ``date_note``, the term calendar and its no-class ranges
stay ``assumed = true`` with a note saying where they come from, the old syllabus's printed
date wording (``printed``) is cleared, and an ``[[assumptions]]`` entry ``new_term`` tells
staff what to review. The file is edited in place with tomlkit, so its comments and layout
survive.

Example::

    result = new_term(source_text, new_id="cs598-fall2022", start=date(2022, 8, 23))
    result.weeks        # 52
    result.text         # the new course file
"""

from __future__ import annotations

import pathlib
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, Table

from bot.course import WEEKDAYS, default_course_path

__all__ = ["NewTerm", "NewTermError", "ShiftedDate", "find_course_file", "new_term",
           "season_of", "shift_text_dates", "whole_weeks"]

ASSUMPTION_KEY = "new_term"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")
# "Tue Aug 24 2021", "Nov 20–28 2021", "Sept 17, 2021": a date written out in prose
_PROSE_DATE = re.compile(
    r"\b(?:(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?P<day>\d{1,2})(?:\s*[–-]\s*(?P<end>\d{1,2}))?,?\s+(?P<year>\d{4})\b")


class NewTermError(ValueError):
    """The new term cannot be made (one line, said by the CLI)."""


@dataclass(frozen=True)
class ShiftedDate:
    """One date the new file moved: where it is (``deadlines[2].date``), before, after."""

    where: str
    old: date
    new: date


@dataclass(frozen=True)
class NewTerm:
    """The new course file and what changed."""

    text: str
    old_id: str
    new_id: str
    term: str
    weeks: int
    first_class: date
    shifted: tuple[ShiftedDate, ...]
    deadlines: tuple[tuple[str, str, date], ...]
    """``(key, title, new date)`` of every dated deadline, in file order."""


def season_of(first_class: date) -> str:
    """The term's name from its first class: Jan–May Spring, Jun–Jul Summer, Aug–Dec Fall."""
    month = first_class.month
    season = "Spring" if month <= 5 else "Summer" if month <= 7 else "Fall"
    return f"{season} {first_class.year}"


def whole_weeks(old_first: date, start: date) -> int:
    """The whole number of weeks nearest to ``start - old_first`` (ties go later)."""
    days = (start - old_first).days
    return (days + 3) // 7 if days >= 0 else -((-days + 3) // 7)


def _shift_prose_date(match: re.Match[str], delta: timedelta) -> str:
    month = _MONTHS.index(match["mon"].lower()) + 1
    year = int(match["year"])
    try:
        first = date(year, month, int(match["day"])) + delta
        last = date(year, month, int(match["end"])) + delta if match["end"] else None
    except ValueError:  # not a real date: leave the words alone
        return match.group(0)
    text = f"{_MONTH_NAMES[first.month - 1]} {first.day}"
    if match["wd"]:
        text = f"{WEEKDAYS[first.weekday()]} {text}"
    if last is not None:
        text += (f"–{last.day}" if last.month == first.month
                 else f" – {_MONTH_NAMES[last.month - 1]} {last.day}")
    return f"{text} {(last or first).year}"


def shift_text_dates(text: str, delta: timedelta, *, old_year: int, new_year: int) -> str:
    """Prose with its written-out dates moved by ``delta`` (weekdays recomputed), then any
    remaining mention of ``old_year`` as ``new_year`` ("Fall 2021" → "Fall 2022")."""
    text = _PROSE_DATE.sub(lambda m: _shift_prose_date(m, delta), text)
    if old_year != new_year:
        text = re.sub(rf"(?<![\d-]){old_year}(?![\d-])", str(new_year), text)
    return text


def find_course_file(ref: str, *, search: list[pathlib.Path] | None = None) -> pathlib.Path:
    """A course file by path, or by the ``id`` inside one of the shipped course files."""
    path = pathlib.Path(ref)
    if path.suffix == ".toml" or path.exists():
        if not path.is_file():
            raise NewTermError(f"{ref}: no such course file")
        return path
    folders = search or [default_course_path().parent]
    for folder in folders:
        for candidate in sorted(folder.glob("*.toml")):
            try:
                found = tomllib.loads(candidate.read_text("utf-8")).get("id")
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if found == ref:
                return candidate
    known = sorted({str(tomllib.loads(c.read_text("utf-8")).get("id", c.stem))
                    for f in folders for c in f.glob("*.toml")})
    raise NewTermError(f"no course {ref!r}: give a course file's path, or one of the shipped "
                       f"ids ({', '.join(known) or 'none'})")


def _walk(node: Any, where: str, visit: Any) -> None:
    """Call ``visit(container, key, where)`` for every scalar in the document."""
    if isinstance(node, AoT):
        for i, table in enumerate(node):
            _walk(table, f"{where}[{i}]", visit)
    elif isinstance(node, (Table, dict)):
        for key in list(node.keys()):
            _walk_value(node, key, f"{where}.{key}" if where else str(key), visit)
    elif isinstance(node, (Array, list)):
        for i in range(len(node)):
            _walk_value(node, i, f"{where}[{i}]", visit)


def _walk_value(container: Any, key: Any, where: str, visit: Any) -> None:
    value = container[key]
    if isinstance(value, (AoT, Table, Array, list, dict)):
        _walk(value, where, visit)
    else:
        visit(container, key, where)


def new_term(source: str, *, new_id: str, start: date, term: str | None = None,
             today: date | None = None) -> NewTerm:
    """The course file ``source`` (TOML text) moved to a term whose first class is the
    meeting day nearest ``start`` by whole weeks, with id ``new_id``.

    Raises :class:`NewTermError` when the id is not usable or the file has no term dates.
    """
    if not _ID.match(new_id):
        raise NewTermError(f"--id {new_id!r}: use lower-case letters, digits, '-' or '_' "
                           "(at most 64), e.g. cs598-fall2022")
    doc = tomlkit.parse(source)
    old_id = str(doc.get("id", ""))
    if new_id == old_id:
        raise NewTermError(f"--id {new_id!r} is the old course's id: choose a new one")
    term_dates = doc.get("term_dates")
    if not isinstance(term_dates, Table) or not isinstance(term_dates.get("first_class"), date):
        raise NewTermError("the course file has no term_dates.first_class to shift from")
    old_first: date = term_dates["first_class"]
    weeks = whole_weeks(old_first, start)
    if weeks == 0:
        raise NewTermError(f"--start {start.isoformat()} is in the old term's first week "
                           f"(first class {old_first.isoformat()}): nothing to shift")
    delta = timedelta(weeks=weeks)
    new_first = old_first + delta
    old_year, new_year = old_first.year, new_first.year
    old_term = str(doc.get("term", ""))
    if term is None:
        term = season_of(new_first)
    if not term.strip():
        raise NewTermError("--term must not be empty")

    shifted: list[ShiftedDate] = []

    def move(container: Any, key: Any, where: str) -> None:
        value = container[key]
        if isinstance(value, datetime):
            container[key] = value + delta
        elif isinstance(value, date):
            container[key] = value + delta
        else:
            return
        shifted.append(ShiftedDate(where, value, container[key]))

    _walk(doc, "", move)

    review = (f"Carried over from {old_id} by `course-bot new-term`: moved {weeks} weeks "
              f"({old_first.isoformat()} → {new_first.isoformat()}, same weekday and time); "
              f"not from the {term} syllabus. Check it, then drop date_assumed.")
    stamp = (today or date.today()).isoformat()
    deadlines = doc.get("deadlines")
    listed: list[tuple[str, str, date]] = []
    if isinstance(deadlines, AoT):
        for table in deadlines:
            if "printed" in table:
                table["printed"] = ""  # the old syllabus's wording of the old date
            table["date_assumed"] = True
            table["date_note"] = review
            listed.append((str(table["key"]), str(table["title"]), table["date"]))

    term_dates["assumed"] = True
    note = str(term_dates.get("note", ""))  # kept: it says where the old calendar came from
    term_dates["note"] = (f"{note} " if note else "") + (
        f"Moved {weeks} weeks from {old_id} ({old_first.isoformat()} → "
        f"{new_first.isoformat()}) by course-bot new-term; check the {term} campus calendar.")
    ranges = term_dates.get("no_class")
    if isinstance(ranges, AoT):
        for table in ranges:
            table["assumed"] = True
            table["label"] = shift_text_dates(str(table["label"]), delta,
                                              old_year=old_year, new_year=new_year)
            table["note"] = (str(table.get("note", "")) + " Moved "
                             f"{weeks} weeks from {old_id}; check the new campus calendar."
                             ).strip()

    assumptions = doc.get("assumptions")
    if not isinstance(assumptions, AoT):
        assumptions = tomlkit.aot()
        doc["assumptions"] = assumptions
    for table in assumptions:
        table["text"] = shift_text_dates(str(table["text"]), delta, old_year=old_year,
                                         new_year=new_year)
    entry = tomlkit.table()
    entry["key"] = ASSUMPTION_KEY
    entry["text"] = (f"Every date in this file was carried over from {old_id} "
                     f"({old_term}) by moving it {weeks} weeks, so weekdays and times are kept; "
                     f"none comes from the {term} syllabus. Each deadline says so "
                     "(date_assumed) until the course staff confirm it.")
    if any(str(t.get("key")) == ASSUMPTION_KEY for t in assumptions):
        raise NewTermError(
            f"the course file is itself a carried-over term (it has an [[assumptions]] entry "
            f"with key = {ASSUMPTION_KEY!r}): review its dates against the syllabus, then "
            f"remove that [[assumptions]] entry (and each deadline's date_assumed) to mark it "
            "reviewed, and make the new term from it")
    assumptions.append(entry)

    doc["id"] = new_id
    doc["term"] = term
    header = (f"# Made by `course-bot new-term {old_id} --id {new_id} --start "
              f"{start.isoformat()}` on {stamp}.\n"
              f"# Every date below was moved {weeks} weeks ({old_first.isoformat()} → "
              f"{new_first.isoformat()}) and is an ASSUMPTION to review against the\n"
              f"# {term} syllabus: deadlines carry date_assumed = true and a date_note; the "
              "comments below still describe the old term.\n")
    return NewTerm(text=header + tomlkit.dumps(doc), old_id=old_id, new_id=new_id, term=term,
                   weeks=weeks, first_class=new_first, shifted=tuple(shifted),
                   deadlines=tuple(listed))
