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


async def test_a_closed_invitation_says_so_and_loses_its_buttons(bot: SlackTestClient,
                                                                 runtime: Any,
                                                                 slack: FakeSlack) -> None:
    from app.offline import slack_requests as sr

    runtime.deps.clock.set(chicago(2021, 9, 10, 10, 0))
    slack.add_user("U0S002")
    await bot.command("/team", "register <@U0S002> Flows", user_id=STUDENT)
    withdrawn = bot.text(await bot.command("/team", "uninvite <@U0S002>", user_id=STUDENT))
    assert "U0S002" in withdrawn, withdrawn
    await bot.interact(sr.block_action_payload(user_id="U0S002", action_id="team_accept",
                                               value="1", message_ts="7.000001"))
    updates = bot.sent("chat.update")
    assert updates, bot.sent_text()
    assert updates[-1]["ts"] == "7.000001"
    assert "no longer open" in bot.text(updates[-1])
    assert not any(b.get("type") == "actions" for b in updates[-1].get("blocks") or [])
