"""The bot's sense of now: the system clock in production, frozen in the shell and tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        ...


class SystemClock:
    """The real time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock:
    """A clock that always says the same instant (it can be moved by tests).

    Example::

        clock = FrozenClock(parse_instant("2021-09-13", zone=ZoneInfo("America/Chicago")))
    """

    def __init__(self, instant: datetime) -> None:
        self.set(instant)

    def set(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._instant = instant.astimezone(UTC)

    def now(self) -> datetime:
        return self._instant


def parse_instant(text: str, *, zone: ZoneInfo) -> datetime:
    """Read an ISO-8601 date or date-time; a date or naive time is taken in ``zone``.

    Example::

        >>> parse_instant("2021-09-13", zone=ZoneInfo("America/Chicago")).isoformat()
        '2021-09-13T05:00:00+00:00'
    """
    text = text.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = datetime.combine(date.fromisoformat(text), time())
        except ValueError as exc:
            raise ValueError(f"not an ISO-8601 date or date-time: {text!r}") from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)
