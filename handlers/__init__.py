"""Slack listeners. ``register(app)`` wires every one of them."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from handlers import actions, errors, events, home, installs, ratelimit
from handlers.commands import ask, course, deadlines, grade, oh, privacy, reminders, team

# every slash command and event type the app answers; tests keep manifest.json in step
SLASH_COMMANDS: tuple[str, ...] = (deadlines.COMMAND, team.COMMAND, reminders.COMMAND,
                                   ask.COMMAND, grade.COMMAND, course.COMMAND,
                                   oh.COMMAND, privacy.COMMAND)
BOT_EVENTS: tuple[str, ...] = (*events.BOT_EVENTS, *home.BOT_EVENTS, *installs.BOT_EVENTS)


def register(app: AsyncApp) -> None:
    """Attach every listener and the error handler to ``app``.

    Bolt tries listeners in the order they were added, and trying one costs about as much
    as a small answer, so the busiest come first: the students' questions, then the
    rest of the commands, then events and buttons.
    """
    errors.register(app)
    app.middleware(ratelimit.RateLimit())  # messaging verbs, per user (one place)
    deadlines.register(app)
    ask.register(app)
    grade.register(app)
    team.register(app)
    reminders.register(app)
    course.register(app)
    oh.register(app)
    privacy.register(app)
    events.register(app)
    actions.register(app)
    home.register(app)
    installs.register(app)
