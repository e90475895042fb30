"""/course: staff change deadlines with confirmation; everyone else is refused and audited."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from app.offline import slack_requests as sr
from storage.models import AuditLog, Deadline, PendingAction, Reminder
from storage.repos import deadlines as deadline_repo
from tests.conftest import CHANNEL, STAFF, STUDENT, chicago
from tests.outbox_queue import queued
from tests.slack import SlackTestClient, ack_json


async def _proposal(bot: SlackTestClient) -> Deadline:
    async with bot.runtime.db.session() as session:
        row = await deadline_repo.get_deadline(session=session,
                                               course_id=bot.runtime.deps.course.id,
                                      key="proposal")
    assert row is not None
    return row


async def test_move_asks_then_confirm_applies_announces_and_audits(bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    response = await bot.command("/course", 'deadline move "Project proposal" Oct 8 5pm',
                                 user_id=STAFF)
    text = bot.text(response)
    assert "Move *Project proposal* from Fri, Oct 1, 2021 at 11:59 PM CDT" in text
    assert "to Fri, Oct 8, 2021 at 5:00 PM CDT?" in text
    assert "[Confirm] [Cancel]" in text
    before = await _proposal(bot)
    assert before.due_at == datetime(2021, 10, 2, 4, 59, tzinfo=UTC) and before.version == 1
    assert bot.sent() == [] and await queued(bot) == []  # nothing announced yet

    confirmed = await bot.command("/course", "confirm", user_id=STAFF)
    assert "Done: Project proposal moved" in bot.text(confirmed)
    after = await _proposal(bot)
    assert after.due_at == chicago(2021, 10, 8, 17, 0) and after.version == 2
    assert after.origin == "staff"
    assert bot.sent() == []  # nothing is posted before the ack: the outbox delivers it
    [announcement] = await queued(bot)
    assert announcement["kind"] == "course.change" and announcement["channel"] == CHANNEL
    said = bot.text(announcement)
    assert "it was due Fri, Oct 1, 2021 at 11:59 PM CDT" in said
    assert "now due *Fri, Oct 8, 2021 at 5:00 PM CDT*" in said

    async with bot.runtime.db.session() as session:
        audit = (await session.execute(
            select(AuditLog).where(AuditLog.action == "deadline.move"))).scalars().one()
    assert audit.actor == STAFF and audit.target == "proposal"
    assert audit.old and audit.old["due_at"].startswith("2021-10-02T04:59")
    assert audit.new and audit.new["due_at"].startswith("2021-10-08T17:00") and audit.new[
        "version"] == 2

    assert "Reminders re-planned" in bot.text(confirmed)
    async with bot.runtime.db.session() as session:
        planned = (await session.execute(select(Reminder).where(
            Reminder.deadline_key == "proposal", Reminder.kind == "channel",
            Reminder.status == "pending"))).scalars().all()
    assert planned and all(r.due_at == after.due_at for r in planned)
    assert {r.send_at for r in planned} >= {chicago(2021, 10, 7, 17, 0)}  # 1 day before

    listing = bot.text(await bot.command("/deadlines", "proposal", user_id=STUDENT))
    assert "Fri, Oct 8, 2021 at 5:00 PM CDT" in listing
    # the new date is the staff's word, not the syllabus's
    assert "Set by the course staff" in listing and "11:59 PM course time is assumed" not in listing

    again = await bot.command("/course", "confirm", user_id=STAFF)
    assert "nothing waiting" in bot.text(again)


async def test_a_student_is_refused_nothing_moves_and_the_attempt_is_audited(
        bot: SlackTestClient) -> None:
    response = await bot.command("/course", 'deadline move "Project proposal" Oct 8 5pm',
                                 user_id=STUDENT)
    assert "Only the course staff" in bot.text(response)
    confirm = await bot.command("/course", "confirm", user_id=STUDENT)
    assert "Only the course staff" in bot.text(confirm)
    row = await _proposal(bot)
    assert row.version == 1 and row.due_at == datetime(2021, 10, 2, 4, 59, tzinfo=UTC)
    async with bot.runtime.db.session() as session:
        refused = (await session.execute(select(AuditLog).where(
            AuditLog.action == "course.refused"))).scalars().all()
        pending = (await session.execute(select(PendingAction))).scalars().all()
    assert [(a.actor, a.target) for a in refused] == [(STUDENT, "deadline.move"),
                                                      (STUDENT, "confirm")]
    assert refused[0].new == {"text": '"Project proposal" Oct 8 5pm'}
    assert pending == []
    assert bot.sent() == [] and await queued(bot) == []


async def test_the_buttons_confirm_and_cancel(bot: SlackTestClient) -> None:
    response = await bot.command("/course", "deadline move midterm Nov 12 5pm", user_id=STAFF)
    body = ack_json(response)
    buttons = next(b for b in body["blocks"] if b["type"] == "actions")["elements"]
    confirm = next(b for b in buttons if b["action_id"] == "course_confirm")
    # a student pressing the button (e.g. a forwarded message) changes nothing
    await bot.interact(sr.block_action_payload(
        user_id=STUDENT, action_id="course_confirm", value=confirm["value"],
        response_url=bot.slack.response_url("btn")))
    async with bot.runtime.db.session() as session:
        row = await deadline_repo.get_deadline(session=session, course_id="cs598-fall2021",
                                      key="midterm")
    assert row is not None and row.version == 1

    clicked = await bot.interact(sr.block_action_payload(
        user_id=STAFF, action_id="course_confirm", value=confirm["value"],
        response_url=bot.slack.response_url("btn")))
    assert clicked.status_code == 200
    async with bot.runtime.db.session() as session:
        row = await deadline_repo.get_deadline(session=session, course_id="cs598-fall2021",
                                      key="midterm")
    assert row is not None and row.version == 2
    assert row.due_at == chicago(2021, 11, 12, 17, 0)  # CST: after the clocks go back
    replaced = [c.params for c in bot.slack.calls_to("response_url")]
    assert any("Done: Mid-term report moved" in bot.text(p) for p in replaced)
    assert "Nov 12" in bot.text((await queued(bot, "course.change"))[0])

    response = await bot.command("/course", 'deadline cancel "Final report"', user_id=STAFF)
    value = next(b for b in ack_json(response)["blocks"] if b["type"] == "actions")[
        "elements"][1]["value"]
    await bot.interact(sr.block_action_payload(
        user_id=STAFF, action_id="course_cancel", value=value,
        response_url=bot.slack.response_url("btn")))
    async with bot.runtime.db.session() as session:
        final = await deadline_repo.get_deadline(session=session, course_id="cs598-fall2021",
                                                 key="final")
    assert final is not None and final.status == "active" and final.version == 1


async def test_add_and_cancel_a_deadline(bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    proposal = bot.text(await bot.command(
        "/course", 'deadline add "Project checkpoint" Nov 19', user_id=STAFF))
    assert "Add the deadline *Project checkpoint*, due Fri, Nov 19, 2021 at 11:59 PM CST?" in (
        proposal)
    assert "No time was given" in proposal
    await bot.command("/course", "confirm", user_id=STAFF)
    listing = bot.text(await bot.command("/course", "deadlines", user_id=STAFF))
    assert "Project checkpoint" in listing and "staff, v1" in listing

    await bot.command("/course", 'deadline cancel "Project checkpoint"', user_id=STAFF)
    await bot.command("/course", "confirm", user_id=STAFF)
    student = bot.text(await bot.command("/deadlines", "all", user_id=STUDENT))
    assert "Project checkpoint" not in student
    assert "is cancelled" in bot.text((await queued(bot, "course.change"))[-1])


async def test_unclear_input_gets_one_clear_sentence(bot: SlackTestClient) -> None:
    unknown = bot.text(await bot.command("/course", 'deadline move "Homework 9" Oct 8',
                                         user_id=STAFF))
    assert "could not tell which deadline" in unknown
    bad_date = bot.text(await bot.command("/course", 'deadline move "Final report" blorp',
                                          user_id=STAFF))
    assert "could not read “blorp”" in bad_date
    injected = bot.text(await bot.command("/course", 'deadline add "<!channel> hi" Oct 8',
                                          user_id=STAFF))
    assert "<!channel>" in injected  # shown to staff as text, never as a mention
    raw = ack_json(await bot.command("/course", 'deadline add "<!channel> hi" Oct 8',
                                     user_id=STAFF))
    assert "<!channel>" not in str(raw["blocks"])
    assert "nothing to change" in bot.text(await bot.command(
        "/course", "deadline move final Dec 8 11:59pm", user_id=STAFF))


async def test_a_stale_confirmation_is_refused(bot: SlackTestClient) -> None:
    await bot.command("/course", "deadline move final Dec 10 5pm", user_id=STAFF)
    # meanwhile the row changes (e.g. another staff member moved it)
    async with bot.runtime.db.session() as session:
        row = await deadline_repo.get_deadline(session=session, course_id="cs598-fall2021",
                                               key="final")
        assert row is not None
        row.version += 1
    result = bot.text(await bot.command("/course", "confirm", user_id=STAFF))
    assert "changed since you asked" in result
    assert bot.sent() == [] and await queued(bot) == []


async def test_announce_channel_staff_audit_and_cancel_class(bot: SlackTestClient) -> None:
    bot.slack.add_channel("C0OTHER", name="announcements")
    assert "Announcements now go to" in bot.text(await bot.command(
        "/course", "channel <#C0OTHER|announcements>", user_id=STAFF))
    await bot.command("/course", "announce Office hours move to 3pm <!channel>", user_id=STAFF)
    assert bot.sent() == []
    [message] = await queued(bot, "course.announcement")
    assert message["channel"] == "C0OTHER"
    assert "&lt;!channel&gt;" in message["text"]

    assert "is not staff" not in bot.text(await bot.command(
        "/course", "staff add <@U0TA|ta>", user_id=STAFF))
    assert "Recent changes" in bot.text(await bot.command("/course", "audit", user_id="U0TA"))
    refused = bot.text(await bot.command("/course", f"staff remove <@{STAFF}>", user_id="U0TA"))
    assert "cannot be removed" in refused
    await bot.command("/course", "staff remove <@U0TA>", user_id=STAFF)
    assert "Only the course staff" in bot.text(await bot.command("/course", "audit",
                                                                 user_id="U0TA"))

    not_class = bot.text(await bot.command("/course", "cancel-class Oct 6", user_id=STAFF))
    assert "Wed Oct 6 is not a class day" in not_class
    assert "Tue Oct 5 and Thu Oct 7" in not_class
    await bot.command("/course", "cancel-class Oct 7", user_id=STAFF)
    await bot.command("/course", "confirm", user_id=STAFF)
    assert "no class on *Thursday, October 7*" in bot.text(
        (await queued(bot, "course.change"))[-1])
    audit = bot.text(await bot.command("/course", "audit", user_id=STAFF))
    for action in ("class.cancel", "staff.add", "staff.remove", "announce", "channel.set"):
        assert action in audit


async def test_help_lists_the_subcommands(bot: SlackTestClient) -> None:
    text = bot.text(await bot.command("/course", "help", user_id=STAFF))
    for sub in ('deadline move "<title>" <when>', "present", "cancel-class <date>", "staff add",
                "audit"):
        assert sub in text
    raw = str(ack_json(await bot.command("/course", "help", user_id=STAFF))["blocks"])
    assert "<when>" not in raw and "&lt;when&gt;" in raw  # placeholders, not Slack links


async def test_a_second_pending_change_asks_before_replacing_the_first(
        bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    await bot.command("/course", 'deadline move "Project proposal" Oct 8 5pm', user_id=STAFF)
    second = await bot.command("/course", 'deadline add "Project checkpoint" Nov 19 5pm',
                               user_id=STAFF)
    said = bot.text(second)
    assert "Add the deadline *Project checkpoint*" in said and "[Confirm] [Cancel]" in said
    assert "A change is already waiting for your confirmation: move *Project proposal*" in said
    assert "Confirming this one replaces it" in said
    async with bot.runtime.db.session() as session:
        statuses = [(p.action, p.status) for p in (await session.execute(
            select(PendingAction).order_by(PendingAction.id))).scalars()]  # type: ignore[arg-type]
    assert statuses == [("deadline.move", "pending"), ("deadline.add", "pending")]

    # cancelling the new one keeps the first waiting, and says so
    cancelled = bot.text(await bot.command("/course", "cancel", user_id=STAFF))
    assert "Cancelled: nothing changed (Project checkpoint)" in cancelled
    assert "Still waiting for you: move *Project proposal*" in cancelled

    # a third proposal, confirmed with its button, replaces the first (named in the reply)
    third = ack_json(await bot.command("/course", 'deadline cancel "Final report"',
                                       user_id=STAFF))
    assert "move *Project proposal*" in bot.text(third)
    value = next(b for b in third["blocks"] if b["type"] == "actions")["elements"][0]["value"]
    await bot.interact(sr.block_action_payload(
        user_id=STAFF, action_id="course_confirm", value=value,
        response_url=bot.slack.response_url("btn")))
    [reply] = [c.params for c in bot.slack.calls_to("response_url")]
    assert "Done: Final report cancelled" in bot.text(reply)
    assert "replaces (drops) your earlier waiting change: move *Project proposal*" in bot.text(
        reply)
    proposal = await _proposal(bot)
    assert proposal.version == 1  # the replaced move was not applied
    async with bot.runtime.db.session() as session:
        statuses = [(p.action, p.status) for p in (await session.execute(
            select(PendingAction).order_by(PendingAction.id))).scalars()]  # type: ignore[arg-type]
    assert statuses == [("deadline.move", "superseded"), ("deadline.add", "cancelled"),
                        ("deadline.cancel", "confirmed")]
    assert "nothing waiting" in bot.text(await bot.command("/course", "confirm", user_id=STAFF))


async def test_a_move_earlier_or_into_the_past_is_shown_plainly_before_confirming(
        bot: SlackTestClient) -> None:
    """From a trial: "next friday" read as this week's Friday moved the proposal a week
    EARLIER, and a past date was proposed like any other. Both still wait for Confirm, now
    with the old and new date, a warning, a red Confirm and Slack's "are you sure" dialog;
    nothing changes until confirmed, and the channel is told the deadline moved earlier."""
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]  # Mon
    before = await _proposal(bot)

    body = ack_json(await bot.command("/course", 'deadline move "Project proposal" next friday',
                                      user_id=STAFF))
    text = bot.text(body)
    assert "from Fri, Oct 1, 2021 at 11:59 PM CDT to Fri, Sep 24, 2021 at 11:59 PM CDT?" in text
    assert "*earlier*, by 7 days" in text
    assert "“next friday” could be this week's or next week's" in text
    confirm = next(b for b in body["blocks"] if b["type"] == "actions")["elements"][0]
    assert confirm["style"] == "danger"
    check = bot.text({"blocks": [{"type": "section", "text": confirm["confirm"]["text"]}]})
    assert "Sep 24, 2021" in check and "It was due Fri, Oct 1, 2021" in check
    assert (await _proposal(bot)).due_at == before.due_at  # nothing applied

    past = bot.text(await bot.command("/course", 'deadline move "Project proposal" Sep 1',
                                      user_id=STAFF))
    assert "to Wed, Sep 1, 2021 at 11:59 PM CDT?" in past and "has already passed" in past
    added = bot.text(await bot.command("/course", 'deadline add "Checkpoint" Sep 2 5pm',
                                       user_id=STAFF))
    assert "has already passed" in added
    await bot.command("/course", "cancel", user_id=STAFF)
    await bot.command("/course", "cancel", user_id=STAFF)
    assert (await _proposal(bot)).due_at == before.due_at

    later = ack_json(await bot.command("/course", 'deadline move "Project proposal" Oct 8',
                                       user_id=STAFF))
    assert "earlier" not in bot.text(later) and "passed" not in bot.text(later)
    confirm = next(b for b in later["blocks"] if b["type"] == "actions")["elements"][0]
    assert confirm["style"] == "primary" and "confirm" not in confirm
    await bot.command("/course", "cancel", user_id=STAFF)

    # confirmed anyway: applied, and the channel hears it moved earlier
    await bot.command("/course", 'deadline move "Project proposal" Oct 1 9pm', user_id=STAFF)
    assert "Done: Project proposal moved" in bot.text(
        await bot.command("/course", "confirm", user_id=STAFF))
    assert (await _proposal(bot)).due_at == chicago(2021, 10, 1, 21, 0)
    [announcement] = await queued(bot, "course.change")
    assert "has moved *earlier*" in bot.text(announcement)
