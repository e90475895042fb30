"""Office hours in Slack (``/oh``): a durable queue, sessions opened by staff or by the
course file's schedule, and statistics. See :mod:`.queue` (services), :mod:`.schedule`
(weekly hours in the course zone) and :mod:`.stats`.

The worker calls :func:`tick` every minute to open and close scheduled sessions.
"""

from bot.office_hours.queue import (
    Outcome,
    QueueView,
    TickReport,
    close_hours,
    done,
    hold,
    hours_add,
    hours_list,
    hours_remove,
    join,
    leave,
    listing,
    next_student,
    open_hours,
    remind,
    skip,
    stats,
    status,
    tick,
)

__all__ = ["Outcome", "QueueView", "TickReport", "close_hours", "done", "hold", "hours_add",
           "hours_list", "hours_remove", "join", "leave", "listing", "next_student",
           "open_hours", "remind", "skip", "stats", "status", "tick"]
