"""Slack's text conventions: escaping and the ``<!date^…>`` token."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.timefmt import local_text

DATE_FORMAT = "{date_short_pretty} at {time}"


def escape(text: str) -> str:
    """Escape user text for mrkdwn so ``<!channel>`` or ``<@U1>`` can never be injected."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_date(instant: datetime, zone: ZoneInfo, *, fmt: str = DATE_FORMAT) -> str:
    """A ``<!date^…>`` token: each reader sees local time; the fallback is course time.

    Example::

        >>> slack_date(datetime(2021, 9, 18, 4, 59, tzinfo=UTC), ZoneInfo("America/Chicago"))
        '<!date^1631941140^{date_short_pretty} at {time}|Fri, Sep 17, 2021 at 11:59 PM CDT>'
    """
    return f"<!date^{int(instant.timestamp())}^{fmt}|{local_text(instant, zone)}>"
