"""Plain-text time formatting in the course zone (no Slack here)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo


def local_text(instant: datetime, zone: ZoneInfo, *, with_year: bool = True) -> str:
    """``Fri, Sep 17, 2021 at 11:59 PM CDT`` in ``zone``."""
    local = instant.astimezone(zone)
    day = f"{local:%a, %b} {local.day}" + (f", {local.year}" if with_year else "")
    return f"{day} at {clock_text(local)} {local.tzname()}"


def clock_text(local: datetime | time) -> str:
    """``11:59 PM`` / ``2:00 PM``: a 12-hour time without a leading zero."""
    hour = local.hour % 12 or 12
    return f"{hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


def day_text(local: datetime) -> str:
    """``Fri, Sep 17``."""
    return f"{local:%a, %b} {local.day}"


def relative_text(instant: datetime, now: datetime) -> str:
    """``in 3 days``, ``in 5 hours``, ``2 days ago``: the rough distance from ``now``.

    Example::

        >>> relative_text(now + timedelta(days=3, hours=2), now)
        'in 3 days'
    """
    delta = instant - now
    future = delta >= timedelta(0)
    seconds = abs(delta.total_seconds())
    if seconds < 60:
        return "now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = int(seconds // size)
            label = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {label}" if future else f"{label} ago"
    return "now"  # pragma: no cover
