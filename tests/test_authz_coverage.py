"""Every way in is in an authorization table, or is declared to touch only the asker's own
data. The registrations are read from the real ``handlers.register`` (a recording Bolt app),
so a new command, button or modal that nobody put in a table fails here.

The tables themselves: ``tests/test_authz_teams.py`` (/team verbs, team buttons, the Home
team buttons, the registration modal), ``tests/test_authz_course.py`` (/course verbs, the
confirm/cancel buttons, the "Answer" button of /course questions and its modal),
``tests/test_authz_oh.py`` (/oh verbs and buttons).
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncApp

import handlers
from handlers.commands import ask, deadlines, grade, privacy, reminders
from handlers.home import REMINDERS_TOGGLE
from handlers.render.answers import SUGGESTION_ACTION
from handlers.render.course import CHOOSE_ACTION
from tests import test_authz_course, test_authz_oh, test_authz_teams

# Slash commands with no table: why each can only read, or change the asker's own data.
OWN_DATA_COMMANDS = {
    deadlines.COMMAND: "reads deadlines; `calendar reset` revokes the asker's own feed link",
    ask.COMMAND: "answers a question; a declined one is kept for staff, changing nothing else",
    grade.COMMAND: "computes from the numbers given; stores nothing",
    reminders.COMMAND: "the asker's own reminder settings; staff `status` is refused by the "
                       "service for students (tests/test_outbox.py)",
    privacy.COMMAND: "the asker's own data only: bot.privacy takes no other user, so staff "
                     "cannot read, export or delete a student's data through it "
                     "(tests/test_privacy.py)",
}
# Buttons with no table, likewise.
OWN_DATA_ACTIONS = {
    REMINDERS_TOGGLE: "the clicker's own reminder DMs on/off (Home tab)",
    f"^{SUGGESTION_ACTION}_\\d+$": "shows the clicker an answer; changes nothing",
    privacy.DELETE_ACTION: "deletes the clicker's own data (never anyone else's)",
    f"^{CHOOSE_ACTION}_\\d+$": "the clicker's own course choice for their DMs "
                                "(tests/test_tenancy.py)",
}


class Recording(AsyncApp):
    """A Bolt app that remembers what each listener was registered for."""

    def __init__(self) -> None:
        super().__init__(signing_secret="secret", token="xoxb-test")
        self.seen: dict[str, set[str]] = {"command": set(), "action": set(), "view": set(),
                                          "shortcut": set(), "options": set()}

    def _note(self, kind: str, constraints: Any) -> None:
        if isinstance(constraints, re.Pattern):
            constraints = constraints.pattern
        elif isinstance(constraints, dict):
            constraints = constraints.get("action_id") or constraints.get("callback_id")
        self.seen[kind].add(str(constraints))

    def command(self, command: Any, *args: Any, **kwargs: Any) -> Any:
        self._note("command", command)
        return super().command(command, *args, **kwargs)

    def action(self, constraints: Any, *args: Any, **kwargs: Any) -> Any:
        self._note("action", constraints)
        return super().action(constraints, *args, **kwargs)

    def view(self, constraints: Any, *args: Any, **kwargs: Any) -> Any:
        self._note("view", constraints)
        return super().view(constraints, *args, **kwargs)

    def shortcut(self, constraints: Any, *args: Any, **kwargs: Any) -> Any:
        self._note("shortcut", constraints)
        return super().shortcut(constraints, *args, **kwargs)

    def options(self, constraints: Any, *args: Any, **kwargs: Any) -> Any:
        self._note("options", constraints)
        return super().options(constraints, *args, **kwargs)


def _registered() -> dict[str, set[str]]:
    app = Recording()
    handlers.register(app)
    return app.seen


def test_every_slash_command_has_a_table_or_a_reason() -> None:
    tabled = {"/team", "/course", "/oh"}
    assert _registered()["command"] == tabled | set(OWN_DATA_COMMANDS)
    assert set(handlers.SLASH_COMMANDS) == tabled | set(OWN_DATA_COMMANDS)


def test_every_button_and_modal_has_a_table_or_a_reason() -> None:
    seen = _registered()
    tabled_actions = (set(test_authz_teams.ACTIONS) | set(test_authz_course.BUTTONS)
                      | set(test_authz_course.QUESTION_BUTTONS)
                      | set(test_authz_oh.render.ACTIONS))
    assert seen["action"] == tabled_actions | set(OWN_DATA_ACTIONS)
    assert seen["view"] == set(test_authz_teams.VIEWS) | set(test_authz_course.VIEWS)
    assert seen["shortcut"] == set() and seen["options"] == set()
