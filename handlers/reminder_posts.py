"""Moved to :mod:`handlers.render.reminders`; this name stays until every import moves."""

from handlers.render.reminders import (  # noqa: F401
    REGISTER_BUTTON,
    USAGE,
    delivery_status,
    prefs,
    reminder_post,
    staff_status,
    team_nudge,
)
