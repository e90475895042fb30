"""The App Home tab: published on app_home_opened, valid Block Kit (slack_sdk's models)."""

from __future__ import annotations

from slack_sdk.models.views import View

from app.offline import slack_requests as sr
from tests.conftest import STAFF, STUDENT, chicago
from tests.slack import SlackTestClient


def _home_opened(user_id: str) -> dict[str, object]:
    return {"type": "app_home_opened", "user": user_id, "channel": sr.dm_channel(user_id),
            "tab": "home", "event_ts": "1.000001"}


async def test_opening_home_publishes_a_valid_view_with_deadlines_and_presentation(
        bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    await bot.command("/course", f'present <@{STUDENT}> <@U0ALAN> Oct 7 "Neural ODEs"',
                      user_id=STAFF)
    bot.slack.reset_calls()
    response = await bot.event(_home_opened(STUDENT))
    assert response.status_code == 200
    [call] = bot.sent("views.publish")
    assert call["user_id"] == STUDENT
    view = call["view"]
    View(**view).validate_json()  # slack_sdk checks types, sizes and the 100-block limit
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    text = bot.text(call)
    assert text.startswith("[home tab]")
    assert "Project proposal" in text and "*Presentation slides: Neural ODEs*  _(yours)_" in text
    assert "You present *Neural ODEs* on Thu Oct 7 with @U0ALAN." in text
    assert "staff: `/course help`" not in text


async def test_a_home_view_with_team_presentation_and_preferences_validates(
        bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 14, 9, 0))  # type: ignore[attr-defined]
    bot.slack.add_user("U0ALAN", name="alan")  # invitees must be real Slack users
    await bot.command("/team", "register <@U0ALAN|alan> Flow Matchers", user_id=STUDENT)
    await bot.command("/team", "accept Flow Matchers", user_id="U0ALAN")
    await bot.command("/course", f'present <@{STUDENT}> Oct 7 "Neural ODEs"', user_id=STAFF)
    await bot.command("/reminders", "2d 3h", user_id=STUDENT)
    bot.slack.reset_calls()
    await bot.event(_home_opened(STUDENT))
    [call] = bot.sent("views.publish")
    View(**call["view"]).validate_json()  # slack_sdk: types, sizes, <= 100 blocks
    text = bot.text(call)
    assert "*Flow Matchers*" in text and "registered" in text and "@U0ALAN" in text
    assert "[Leave team]" in text and "[Register a team]" not in text
    assert "You present *Neural ODEs* on Thu Oct 7." in text
    assert "Personal DM reminders: *on* · lead times: 2 days, 3 hours" in text
    assert "[Turn DM reminders off]" in text

    # the toggle works from the Home tab and the tab is re-published
    toggle = next(e for b in call["view"]["blocks"] if b["type"] == "actions"
                  for e in b["elements"] if e["action_id"] == "home_reminders_toggle")
    bot.slack.reset_calls()
    await bot.interact(sr.block_action_payload(user_id=STUDENT,
                                               action_id="home_reminders_toggle",
                                               value=toggle["value"]))
    [again] = bot.sent("views.publish")
    assert "Personal DM reminders: *off*" in bot.text(again)

    # leaving from the Home tab
    bot.slack.reset_calls()
    await bot.interact(sr.block_action_payload(user_id=STUDENT, action_id="home_team_leave",
                                               value="1"))
    [after] = bot.sent("views.publish")
    assert "[Register a team]" in bot.text(after)
    assert any("You left" in t for t in bot.sent_text())


async def test_staff_see_the_console_hint_and_register_opens_the_team_modal(
        bot: SlackTestClient) -> None:
    await bot.event(_home_opened(STAFF))
    [call] = bot.sent("views.publish")
    assert "staff: `/course help`" in bot.text(call)
    await bot.interact(sr.block_action_payload(user_id=STUDENT, action_id="home_team_register",
                                               value="register", trigger_id="t1"))
    [opened] = bot.sent("views.open")
    assert opened["view"]["callback_id"] == "team_register"


async def test_other_tabs_publish_nothing(bot: SlackTestClient) -> None:
    await bot.event({**_home_opened(STUDENT), "tab": "messages"})
    assert bot.sent("views.publish") == []
