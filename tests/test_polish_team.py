"""Team refusals say what to do instead: inviting with no team, inviting yourself."""

from __future__ import annotations

from typing import Any

from app.offline.fake_slack import FakeSlack
from tests.conftest import STUDENT, chicago
from tests.slack import SlackTestClient


async def test_invite_without_a_team_says_register_first(bot: SlackTestClient,
                                                          runtime: Any) -> None:
    runtime.deps.clock.set(chicago(2021, 9, 10, 10, 0))
    reply = bot.text(await bot.command("/team", "invite <@U0BOB>", user_id=STUDENT))
    assert "not on a team yet" in reply
    assert "/team register" in reply and "U0BOB" in reply, reply


async def test_inviting_yourself_says_you_are_on_your_team(bot: SlackTestClient, runtime: Any,
                                                           slack: FakeSlack) -> None:
    for user in ("U0S002", "U0S003"):
        slack.add_user(user)
    runtime.deps.clock.set(chicago(2021, 9, 10, 10, 0))
    made = bot.text(await bot.command("/team", "register <@U0S002> Flows", user_id=STUDENT))
    assert "Flows" in made, made
    reply = bot.text(await bot.command("/team", "invite <@U0STUDENT>", user_id=STUDENT))
    assert "already on your team" in reply and "Flows" in reply, reply
    alone = bot.text(await bot.command("/team", "register <@U0S003> Solo", user_id="U0S003"))
    assert "You are on the team you register" in alone, alone
