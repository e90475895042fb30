"""Office-hours statistics: per session and per week, students helped, median and
90th-percentile wait, no-shows.

Wait = from when a student started waiting in the session to when staff pulled them.
The 90th percentile is the nearest-rank one (the smallest wait at or above 90% of the
waits). A no-show is one ``/oh skip``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class SessionFacts:
    session_id: int
    opened_at: datetime
    waits: tuple[timedelta, ...]
    helped: int
    no_shows: int


@dataclass(frozen=True, slots=True)
class StatsRow:
    """One line of ``/oh stats``; waits in minutes (None when nobody was pulled)."""

    label: str
    sessions: int
    helped: int
    median_wait: float | None
    p90_wait: float | None
    no_shows: int
    opened_at: datetime | None = None
    week_of: date | None = None


def nearest_rank(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def _row(label: str, items: Sequence[SessionFacts], **extra: object) -> StatsRow:
    waits = [w.total_seconds() / 60 for s in items for w in s.waits]
    return StatsRow(label=label, sessions=len(items), helped=sum(s.helped for s in items),
                    median_wait=statistics.median(waits) if waits else None,
                    p90_wait=nearest_rank(waits, 90) if waits else None,
                    no_shows=sum(s.no_shows for s in items), **extra)  # type: ignore[arg-type]


def summarize(sessions: Iterable[SessionFacts], zone: ZoneInfo
              ) -> tuple[list[StatsRow], list[StatsRow]]:
    """(per session, per week) rows; weeks start Monday in the course zone."""
    items = sorted(sessions, key=lambda s: s.opened_at)
    per_session = [_row(f"#{s.session_id}", [s], opened_at=s.opened_at) for s in items]
    weeks: dict[date, list[SessionFacts]] = {}
    for s in items:
        day = s.opened_at.astimezone(zone).date()
        weeks.setdefault(day - timedelta(days=day.weekday()), []).append(s)
    per_week = [_row(f"week of {monday.isoformat()}", group, week_of=monday)
                for monday, group in sorted(weeks.items())]
    return per_session, per_week
