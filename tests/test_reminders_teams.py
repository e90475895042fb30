"""Team nudges: students with no registered team get a DM 3 days and 1 day before the lock."""

from __future__ import annotations

from app.offline import slack_requests as sr
from app.offline.fake_slack import FakeSlack
from app.runtime import Runtime
from app.worker import course_roster
from bot import teams
from bot.actor import Actor, Role
from bot.reminders import ReminderEngine
from handlers.render.reminders import REGISTER_BUTTON
from handlers.render.team import say
from tests.conftest import CHANNEL, STAFF, STUDENT, chicago
from tests.reminders_support import _close_engines, make_engine  # noqa: F401
from tests.slack import SlackTestClient


def said(outcome: teams.Outcome) -> str:
    """The words the actor sees (handlers.render.team), for the text assertions."""
    return say(outcome.code, outcome.values)


CLASS = ["U1", "U2", "U3", "U4", "U5"]


def nudge_engine(runtime: Runtime, slack: FakeSlack) -> ReminderEngine:
    slack.add_channel(CHANNEL, name="cs598", members=[STUDENT, STAFF, *CLASS])
    return make_engine(runtime, roster=course_roster(runtime))


async def form_teams(runtime: Runtime) -> None:
    deps = runtime.deps
    now = chicago(2021, 9, 2)
    pending = await teams.register(deps.db, deps.course, actor=Actor("U1"),
                                   members=[teams.Person("U2")],
                                   name="Flow", now=now)
    registered = await teams.register(deps.db, deps.course, actor=Actor(STAFF, Role.STAFF),
                                      members=[teams.Person("U3"), teams.Person("U4")],
                                      name="Score", now=now)
    assert pending.ok and registered.ok, (said(pending), said(registered))


def dms(slack: FakeSlack) -> dict[str, dict]:
    return {c.params["channel"]: c.params for c in slack.calls_to("chat.postMessage")
            if c.params["channel"] != CHANNEL}


async def test_students_without_a_registered_team_are_nudged_before_the_lock(
        bot: SlackTestClient, runtime: Runtime, slack: FakeSlack) -> None:
    engine = nudge_engine(runtime, slack)
    await engine.run_pass(now=chicago(2021, 9, 1))
    await form_teams(runtime)
    report = await engine.run_pass(now=chicago(2021, 9, 10, 23, 59))  # the channel's 7 days
    [post] = [c.params for c in slack.calls_to("chat.postMessage")]
    assert "4 students have no registered team yet" in bot.text(post)  # U1, U2, U5, student
    slack.reset_calls()

    report = await engine.run_pass(now=chicago(2021, 9, 14, 21, 31))  # 3 days, before 10 pm
    sent = dms(slack)
    assert sorted(sent) == sorted([STUDENT, "U1", "U2", "U5"])  # not U3/U4, not staff
    assert {o.target for o in report.of("skipped")} == {"U3", "U4"}
    alone = bot.text(sent["U5"])
    assert "Teams lock" in alone and "not on a registered team" in alone
    assert "Fri, Sep 17, 2021 at 11:59 PM CDT" in alone
    assert REGISTER_BUTTON in str(sent["U5"]["blocks"])
    assert "Your team *Flow* is not registered yet" in bot.text(sent["U1"])
    invited = sent["U2"]
    assert "You are invited to *Flow*" in bot.text(invited)
    assert "team_accept" in str(invited["blocks"]) and "team_decline" in str(invited["blocks"])
    assert (await engine.run_pass(now=chicago(2021, 9, 14, 21, 31))).sent == []

    await teams.answer(runtime.db, runtime.deps.course, actor=Actor("U2"), accept=True,
                       now=chicago(2021, 9, 15), team_id=None)
    slack.reset_calls()
    await engine.run_pass(now=chicago(2021, 9, 16, 21, 31))  # 1 day: Flow registered by now
    assert sorted(dms(slack)) == sorted([STUDENT, "U5"])
    slack.reset_calls()
    assert (await engine.run_pass(now=chicago(2021, 9, 18))).sent == []  # locked: no more


async def test_the_register_button_opens_the_team_form(bot: SlackTestClient,
                                                       slack: FakeSlack) -> None:
    response = await bot.interact(sr.block_action_payload(user_id="U5", action_id=REGISTER_BUTTON,
                                                           value="register"))
    assert response.status_code == 200
    [opened] = bot.sent("views.open")
    assert opened["view"]["callback_id"] == "team_register"
