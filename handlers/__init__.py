"""Slack listeners. ``register(app)`` wires every one of them."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from handlers import actions, errors, events, home
from handlers.commands import ask, course, deadlines, grade, reminders, team

# every slash command and event type the app answers; tests keep manifest.json in step
SLASH_COMMANDS: tuple[str, ...] = (deadlines.COMMAND, team.COMMAND, reminders.COMMAND,
                                   ask.COMMAND, grade.COMMAND, course.COMMAND)
BOT_EVENTS: tuple[str, ...] = (*events.BOT_EVENTS, *home.BOT_EVENTS)


def register(app: AsyncApp) -> None:
    """Attach every listener and the error handler to ``app``."""
    errors.register(app)
    deadlines.register(app)
    team.register(app)
    reminders.register(app)
    events.register(app)
    ask.register(app)
    grade.register(app)
    actions.register(app)
    course.register(app)
    home.register(app)
