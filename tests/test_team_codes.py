"""Every code a team service can return has words in handlers.render.team, and the
service itself says nothing in mrkdwn (the house rule: bot/ returns data, handlers render)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import teams
from bot.teams import Code, names
from handlers.render.team import SAY, say, status_text

SAMPLE = {
    "verb": "rename #n", "user": "U1", "users": ["U1", "U2"], "by": "U3",
    "min": 2, "max": 3, "count": 4, "including_you": True,
    "taken": [{"user": "U2", "team": "A<b>", "status": "registered"}],
    "team": "A<b>", "from_team": "B&C", "old": "Old<x>", "look_alike": True, "ref": "<!here>",
    "status": "pending", "accepted": ["U1"], "invited": ["U2"], "choices": ["A<b>", 7],
    "usage": "/team uninvite #<number> @student", "title": "T<i>", "members": 3,
    "teams": 2, "filename": "teams.csv", "interests": "GANs <!channel>",
    "locked_at": datetime(2021, 9, 20, tzinfo=UTC),
}
ROOT = Path(__file__).resolve().parents[1]


def test_every_code_has_words() -> None:
    assert set(SAY) == set(Code), set(Code) ^ set(SAY)


@pytest.mark.parametrize("code", list(Code))
def test_each_code_renders_escaped(code: Code) -> None:
    text = say(code, SAMPLE)
    assert text and text == say(str(code), SAMPLE)
    for raw in ("<b>", "<x>", "<i>", "<!here>", "<!channel>", "B&C"):
        assert raw not in text, (code, text)


def test_bad_names_are_codes() -> None:
    for bad in ("\u200b", "x" * (names.NAME_MAX + 1), "#3"):
        with pytest.raises(names.BadName) as exc:
            names.clean_name(bad)
        assert Code(exc.value.code) in SAY


def test_lists_are_joined_like_sentences() -> None:
    v = {**SAMPLE, "team": "Flow", "users": ["U1", "U2", "U3"]}
    assert say(Code.INVITED, v).startswith("Invited <@U1>, <@U2> and <@U3> to *Flow*. ")
    assert say(Code.REGISTERED_PENDING, {"team": "Flow", "users": ["U2"]}) == (
        "Team *Flow* is pending until <@U2> accepts. I sent an invitation.")
    assert status_text("registered", ["U1", "U2"], []) == "The team is registered: <@U1> and <@U2>."


def test_the_service_says_no_mrkdwn() -> None:
    for path in (ROOT / "bot" / "teams").glob("*.py"):
        source = path.read_text()
        assert not re.search(r"<@|&lt;|\*\{", source), path


def test_refusal_carries_code_and_values() -> None:
    refusal = teams.Refusal(Code.TOO_MANY, {"team": "A", "max": 3, "count": 4})
    outcome = refusal.outcome()
    assert (outcome.ok, outcome.code, outcome.kind) == (False, "too_many", "rule")
    assert say(outcome.code, outcome.values) == "Teams have at most 3 members; *A* would have 4."
    locked = teams.Refusal(Code.LOCKED, locked_at=SAMPLE["locked_at"])  # type: ignore[arg-type]
    assert locked.kind == "locked" and locked.outcome().locked_at is not None
