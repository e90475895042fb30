"""``/reminders``: personal DM copies, lead times, mute, quiet hours, and the staff view."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import select

from app.offline.fake_slack import FakeSlack
from bot.clock import FrozenClock
from storage.models import Reminder, ReminderPref
from tests.conftest import CHICAGO, STAFF, STUDENT, chicago
from tests.reminders_support import _close_engines, make_engine  # noqa: F401
from tests.slack import SlackTestClient


async def personal_rows(bot: SlackTestClient, user: str = STUDENT) -> list[Reminder]:
    async with bot.runtime.db.session() as session:
        return list((await session.execute(
            select(Reminder).where(Reminder.kind == "personal", Reminder.target == user)
            .order_by(Reminder.send_at))).scalars())


async def test_show_when_nothing_is_set(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/reminders"))
    assert "Personal DM reminders: *off*" in text
    assert "7 days, 1 day, 3 hours (the course default)" in text


async def test_on_plans_dms_with_the_default_leads_and_shows_the_next(
        bot: SlackTestClient, clock: FrozenClock) -> None:
    text = bot.text(await bot.command("/reminders", "on"))
    assert "Personal DM reminders: *on*" in text and "Next DMs" in text
    rows = await personal_rows(bot)
    # Sep 13: team (Sep 17) 7d is past → skipped; the rest of the term is planned
    assert {(r.deadline_key, r.lead, r.status) for r in rows if r.deadline_key == "team"} == {
        ("team", "7d", "skipped"), ("team", "1d", "pending"), ("team", "3h", "pending")}
    assert len([r for r in rows if r.status == "pending"]) == 11
    # 1 day before 11:59 pm is inside quiet hours: it comes at 9:30 pm instead
    one_day = next(r for r in rows if r.deadline_key == "team" and r.lead == "1d")
    assert one_day.send_at == chicago(2021, 9, 16, 21, 30).astimezone(UTC)


async def test_quiet_hours_use_the_students_own_zone(bot: SlackTestClient,
                                                     slack: FakeSlack) -> None:
    slack.add_user(STUDENT, tz="Asia/Tokyo")
    await bot.command("/reminders", "3h")
    [team] = [r for r in await personal_rows(bot) if r.deadline_key == "team"]
    # 8:59 pm Chicago is 10:59 am in Tokyo: not quiet there, so it stays at 3 h before
    assert team.send_at == chicago(2021, 9, 17, 20, 59).astimezone(UTC)
    async with bot.runtime.db.session() as session:
        pref = (await session.execute(select(ReminderPref))).scalars().one()
    assert pref.tz == "Asia/Tokyo" and pref.leads == ["3h"] and pref.enabled


async def test_lead_times_off_mute_and_unmute(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/reminders", "2d 3h"))
    assert "on" in text and "2 days, 3 hours" in text
    assert {r.lead for r in await personal_rows(bot) if r.status == "pending"} == {"2d", "3h"}
    text = bot.text(await bot.command("/reminders", "mute proposal"))
    assert "Muted reminders for Project proposal" in text and "`proposal`" in text
    assert {r.status for r in await personal_rows(bot) if r.deadline_key == "proposal"} == {
        "cancelled"}
    await bot.command("/reminders", "unmute project proposal")
    assert {r.status for r in await personal_rows(bot) if r.deadline_key == "proposal"} == {
        "pending"}
    text = bot.text(await bot.command("/reminders", "off"))
    assert "Personal DM reminders: *off*" in text
    assert {r.status for r in await personal_rows(bot)} <= {"cancelled", "skipped"}


async def test_bad_input_gets_one_clear_sentence(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/reminders", "every <!channel> tuesday"))
    assert "couldn't read" in text
    assert "<!channel>" not in str((await bot.command("/reminders", "<!channel>")).json())
    assert "<!channel>" not in str((await bot.command("/reminders", "mute <!channel>")).json())
    assert "don't know a deadline" in bot.text(await bot.command("/reminders", "mute exam 9"))
    for too_far in ("9w", "5w", "2d 5w"):  # readable, but past the limit: say which limit
        text = bot.text(await bot.command("/reminders", too_far))
        assert "4-week limit" in text and "couldn't read" not in text, text
        assert "5w" in text or "9w" in text
    assert "up to 5" in bot.text(await bot.command("/reminders", "1m 2m 3m 4m 5m 6m"))
    assert await personal_rows(bot) == []


async def test_dms_go_out_once_to_each_student_who_asked(
        bot: SlackTestClient, slack: FakeSlack) -> None:
    await bot.command("/reminders", "1d")
    await bot.command("/reminders", "on", user_id="U0OTHER")
    runtime = bot.runtime
    engine = make_engine(runtime)
    slack.reset_calls()
    report = await engine.run_pass(now=chicago(2021, 9, 16, 22))
    targets = sorted(o.target for o in report.sent)
    assert targets == ["U0OTHER", STUDENT]  # the channel's own comes at 11:59 pm
    dm = next(c.params for c in slack.calls_to("chat.postMessage")
              if c.params["channel"] == STUDENT)
    assert "Reminder: *Project team* is due" in bot.text(dm) and "/reminders" in bot.text(dm)
    assert (await engine.run_pass(now=chicago(2021, 9, 16, 22))).sent == []


async def test_staff_see_failed_reminders_with_the_reason(bot: SlackTestClient,
                                                          slack: FakeSlack) -> None:
    await bot.command("/reminders", "on")
    runtime = bot.runtime
    engine = make_engine(runtime)
    slack.fail("chat.postMessage", error="cannot_dm_bot")
    await engine.run_pass(now=chicago(2021, 9, 16, 22))
    text = bot.text(await bot.command("/reminders", "status", user_id=STAFF))
    assert "Failed" in text and "cannot_dm_bot" in text and "failed 1" in text
    student = bot.text(await bot.command("/reminders", "status"))
    assert "cannot_dm_bot" not in student and "Personal DM reminders" in student
    assert CHICAGO.key == "America/Chicago"


async def test_staff_set_the_channel_lead_times_and_students_defaults_follow(
        bot: SlackTestClient) -> None:
    await bot.command("/reminders", "on")  # no lead times of their own: the course's
    other = "U0PICKY"
    await bot.command("/reminders", "2h", user_id=other)  # their own: left alone

    reply = bot.text(await bot.command("/course", "reminders 2d, 3h", user_id=STAFF))
    assert "now go out 2d · 3h before each deadline" in reply
    assert "they were 7d · 1d · 3h" in reply and "re-planned" in reply
    async with bot.runtime.db.session() as session:
        channel = (await session.execute(select(Reminder.lead).where(
            Reminder.kind == "channel", Reminder.deadline_key == "proposal",
            Reminder.status == "pending"))).scalars().all()
    assert sorted(channel) == ["2d", "3h"]
    mine = {r.lead for r in await personal_rows(bot) if r.status == "pending"}
    assert mine == {"2d", "3h"}
    assert {r.lead for r in await personal_rows(bot, other) if r.status == "pending"} == {"2h"}
    assert "2 days, 3 hours (the course default)" in bot.text(await bot.command("/reminders"))

    back = bot.text(await bot.command("/course", "reminders default", user_id=STAFF))
    assert "now go out 7d · 1d · 3h before each deadline (the course file's)" in back
    assert {r.lead for r in await personal_rows(bot) if r.status == "pending"} == {
        "7d", "1d", "3h"}
    audit = bot.text(await bot.command("/course", "audit", user_id=STAFF))
    assert "reminders.leads" in audit


async def test_staff_lead_times_that_do_not_read_change_nothing(bot: SlackTestClient) -> None:
    for bad in ("soon", "0d", "9w", "1d 2d 3d 4d 5d 6d", "<!channel> 2d"):
        response = await bot.command("/course", f"reminders {bad}", user_id=STAFF)
        assert "I couldn't read" in bot.text(response)
        assert "<!channel>" not in response.text  # shown, escaped, never a broadcast
    assert "now go out" not in bot.text(await bot.command("/course", "reminders status",
                                                          user_id=STAFF))
    refused = bot.text(await bot.command("/course", "reminders 1d", user_id=STUDENT))
    assert "Only the course staff" in refused
