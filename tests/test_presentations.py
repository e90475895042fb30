"""/course present: presenters get slides (noon that class day) and a blog post (7 days later)."""

from __future__ import annotations

from sqlmodel import select

from app.offline import slack_requests as sr
from bot.outbox import HOME_REFRESH
from storage.models import Deadline, Presentation
from tests.conftest import STAFF, STUDENT, chicago
from tests.outbox_queue import queued
from tests.reminders_support import _close_engines, make_engine  # noqa: F401
from tests.slack import SlackTestClient

ALAN = "U0ALAN"


async def test_assigning_a_thursday_class_gives_the_presenter_slides_and_a_blog_post(
        bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    reply = bot.text(await bot.command(
        "/course", f'present <@{STUDENT}|stu> <@{ALAN}|alan> Oct 7 “Neural ODEs”',
        user_id=STAFF))
    assert "Assigned: *Neural ODEs* on Thu Oct 7" in reply
    assert "Presentation slides: Neural ODEs: Thu, Oct 7, 2021 at 12:00 PM CDT" in reply
    assert "Blog post: Neural ODEs: Thu, Oct 14, 2021 at 11:59 PM CDT" in reply

    mine = bot.text(await bot.command("/deadlines", "", user_id=STUDENT))
    assert "*Presentation slides: Neural ODEs*  _(yours)_" in mine
    assert "Thu, Oct 7, 2021 at 12:00 PM CDT" in mine
    assert "*Blog post: Neural ODEs*  _(yours)_" in mine and "Thu, Oct 14, 2021" in mine
    other = bot.text(await bot.command("/deadlines", "all", user_id="U0OTHER"))
    # personal deadlines are the presenter's only (others see the class's reviews, below)
    assert "Presentation slides: Neural ODEs" not in other and "Blog post: Neural" not in other

    # each presenter is told in a DM and their Home refreshed: queued in the outbox with
    # the assignment (nothing is posted before the ack)
    assert bot.sent() == [] and bot.sent("views.publish") == []
    dms = {p["channel"]: bot.text(p) for p in await queued(bot, "presentation.assigned")}
    assert set(dms) == {STUDENT, ALAN}
    assert "You are presenting *Neural ODEs*" in dms[ALAN]
    assert "Presentation slides: Neural ODEs: Thu, Oct 7, 2021 at 12:00 PM CDT" in dms[ALAN]
    assert {p["channel"] for p in await queued(bot, HOME_REFRESH)} == {STUDENT, ALAN}
    await bot.event({"type": "app_home_opened", "user": ALAN, "tab": "home",
                     "channel": sr.dm_channel(ALAN)})
    [home] = bot.sent("views.publish")
    assert "You present *Neural ODEs*" in bot.text(home)

    async with bot.runtime.db.session() as session:
        rows = (await session.execute(select(Deadline).where(
            Deadline.kind == "personal"))).scalars().all()
    assert {(r.user_id, r.key.split(":")[0], r.origin) for r in rows} == {
        (u, k, "presentation") for u in (STUDENT, ALAN) for k in ("slides", "blog")}

    # re-assigning the same class is idempotent (no duplicates), and updates the title
    await bot.command("/course", f'present <@{STUDENT}> Oct 7 "Neural ODEs (2018)"',
                      user_id=STAFF)
    async with bot.runtime.db.session() as session:
        rows = (await session.execute(select(Deadline).where(
            Deadline.user_id == STUDENT))).scalars().all()
        pres = (await session.execute(select(Presentation).where(
            Presentation.user_id == STUDENT))).scalars().all()
    assert len(rows) == 2 and all(r.version == 2 for r in rows)
    assert len(pres) == 1 and pres[0].paper_title == "Neural ODEs (2018)"
    retold = [bot.text(m) for m in await queued(bot, "presentation.assigned")
              if m["channel"] == STUDENT]
    assert len(retold) == 2 and "*Neural ODEs (2018)*" in retold[-1]  # told of the change too

    schedule = bot.text(await bot.command("/deadlines", "presentations", user_id="U0OTHER"))
    assert "Thu Oct 7" in schedule and "Neural ODEs (2018)" in schedule
    staff_view = bot.text(await bot.command("/course", "presentations", user_id=STAFF))
    assert "Neural ODEs" in staff_view


async def test_a_date_that_is_not_a_class_is_refused_with_the_nearest_classes(
        bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    reply = bot.text(await bot.command(
        "/course", f'present <@{STUDENT}> Oct 8 "Glow"', user_id=STAFF))
    assert "Fri Oct 8, 2021 is not a class day" in reply
    assert "Thu Oct 7 and Tue Oct 12" in reply
    thanksgiving = bot.text(await bot.command(
        "/course", f'present <@{STUDENT}> Nov 23 "Glow"', user_id=STAFF))
    assert "not a class day" in thanksgiving and "Thu Nov 18 and Tue Nov 30" in thanksgiving
    usage = bot.text(await bot.command("/course", "present Oct 7", user_id=STAFF))
    assert "Usage" in usage
    assert "Only the course staff" in bot.text(await bot.command(
        "/course", f'present <@{STUDENT}> Oct 7 "Glow"', user_id=STUDENT))
    async with bot.runtime.db.session() as session:
        assert (await session.execute(select(Presentation))).scalars().all() == []


async def test_a_presenter_with_reminders_on_gets_them_for_slides_and_blog(
        bot: SlackTestClient) -> None:
    from storage.models import Reminder

    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    await bot.command("/reminders", "1d", user_id=STUDENT)
    await bot.command("/course", f'present <@{STUDENT}> Oct 7 "Neural ODEs"', user_id=STAFF)
    async with bot.runtime.db.session() as session:
        rows = (await session.execute(select(Reminder).where(
            Reminder.kind == "personal", Reminder.target == STUDENT,
            Reminder.status == "pending"))).scalars().all()
    keys = {r.deadline_key for r in rows}
    assert f"slides:{STUDENT}:2021-10-07" in keys and f"blog:{STUDENT}:2021-10-07" in keys
    status = bot.text(await bot.command("/course", "reminders status", user_id=STAFF))
    assert status.strip() and "not installed" not in status

    # taken off the class: those reminders are cancelled, never sent
    await bot.command("/course", f"unpresent <@{STUDENT}> Oct 7", user_id=STAFF)
    async with bot.runtime.db.session() as session:
        pending = (await session.execute(select(Reminder.deadline_key).where(
            Reminder.target == STUDENT, Reminder.status == "pending"))).scalars().all()
    assert not any(key.endswith(":2021-10-07") for key in pending)


async def test_a_presented_class_gets_a_reviews_deadline_and_one_evening_notice(
        bot: SlackTestClient) -> None:
    """Reviews are due end of day before the class; the channel is told that evening."""
    from storage.models import Reminder

    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    await bot.command("/course", f'present <@{STUDENT}> Oct 7 "Neural ODEs"', user_id=STAFF)
    await bot.command("/course", f'present <@{ALAN}> Oct 7 "FFJORD"', user_id=STAFF)

    listing = bot.text(await bot.command("/deadlines", "reviews", user_id="U0OTHER"))
    assert "Paper reviews for the Thu Oct 7 class" in listing
    assert "Wed, Oct 6, 2021 at 11:59 PM CDT" in listing
    assert "Papers: FFJORD; Neural ODEs" in listing
    # the syllabus: reviews "excluding the 2 presentations": not the presenters' own class
    mine = bot.text(await bot.command("/deadlines", "all", user_id=STUDENT))
    assert "Presentation slides" in mine and "Paper reviews for the Thu Oct 7 class" not in mine

    async with bot.runtime.db.session() as session:
        planned = (await session.execute(select(Reminder).where(
            Reminder.deadline_key == "reviews:2021-10-07",
            Reminder.kind == "channel"))).scalars().all()
    # one notice, the evening before the class (3 h before the end-of-day deadline)
    assert [(r.lead, r.send_at) for r in planned] == [("3h", chicago(2021, 10, 6, 20, 59))]

    engine = make_engine(bot.runtime)
    bot.slack.reset_calls()
    await engine.run_pass(now=chicago(2021, 10, 6, 20, 58))
    assert bot.sent() == []
    await engine.run_pass(now=chicago(2021, 10, 6, 21, 0))
    (notice,) = [bot.text(p) for p in bot.sent()]
    assert "Paper reviews for the Thu Oct 7 class" in notice and "FFJORD; Neural ODEs" in notice


async def test_cancelling_a_presented_class_names_what_is_on_that_day(
        bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    await bot.command("/course", f'present <@{STUDENT}|stu> <@{ALAN}|alan> Oct 7 "Neural ODEs"',
                      user_id=STAFF)
    asked = bot.text(await bot.command("/course", "cancel-class Oct 7", user_id=STAFF))
    assert "no class on *Thu Oct 7*" in asked
    assert f"Presented that day: “Neural ODEs” (@{STUDENT}, @{ALAN})" in asked
    assert "Still due: *Paper reviews for the Thu Oct 7 class*" in asked
    plain = bot.text(await bot.command("/course", "cancel-class Oct 5", user_id=STAFF))
    assert "Presented that day" not in plain and "Still due" not in plain


async def test_unpresent_takes_a_presenter_off_and_cancels_what_they_owed(
        bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    await bot.command("/course", f'present <@{STUDENT}|stu> Oct 7 "Neural ODEs"', user_id=STAFF)
    await bot.command("/course", f'present <@{ALAN}|alan> Oct 7 "FFJORD"', user_id=STAFF)
    before = len(await queued(bot, "presentation.unassigned"))
    assert before == 0

    reply = bot.text(await bot.command("/course", f"unpresent <@{STUDENT}|stu> Oct 7",
                                       user_id=STAFF))
    assert f"Removed: @{STUDENT} no longer presents *Neural ODEs* on Thu Oct 7" in reply
    assert "Still presented on Thu Oct 7: “FFJORD”" in reply
    told = [bot.text(p) for p in await queued(bot, "presentation.unassigned")]
    assert [p["channel"] for p in await queued(bot, "presentation.unassigned")] == [STUDENT]
    assert told and "no longer presenting *Neural ODEs*" in told[0]
    assert "your own deadlines for it are cancelled" in told[0]
    assert bot.sent() == []

    mine = bot.text(await bot.command("/deadlines", "all", user_id=STUDENT))
    assert "Neural ODEs" not in mine  # their slides, blog post and the reviews' paper list
    assert "Presentation slides: FFJORD" in bot.text(
        await bot.command("/deadlines", "all", user_id=ALAN))
    async with bot.runtime.db.session() as session:
        reviews = (await session.execute(select(Deadline).where(
            Deadline.key == "reviews:2021-10-07"))).scalars().one()
        pres = (await session.execute(select(Presentation))).scalars().all()
    assert reviews.status == "active" and "Papers: FFJORD" in reviews.facts
    assert [p.user_id for p in pres] == [ALAN]

    # the last paper of the day: the class's reviews deadline goes too
    last = bot.text(await bot.command("/course", f"unpresent <@{ALAN}> Oct 7", user_id=STAFF))
    assert "its reviews deadline is cancelled" in last
    assert "Paper reviews for the Thu Oct 7 class" not in bot.text(
        await bot.command("/deadlines", "all", user_id="U0OTHER"))
    audit = bot.text(await bot.command("/course", "audit", user_id=STAFF))
    assert "presentation.unassign" in audit

    # moved: present again on another day, and everything comes back there
    again = bot.text(await bot.command("/course", f'present <@{STUDENT}> Oct 12 "Neural ODEs"',
                                       user_id=STAFF))
    assert "Assigned: *Neural ODEs* on Tue Oct 12" in again


async def test_unpresent_explains_what_it_needs(bot: SlackTestClient) -> None:
    usage = bot.text(await bot.command("/course", "unpresent Oct 7", user_id=STAFF))
    assert "Usage: `/course unpresent @a [@b] <class date>`" in usage
    nobody = bot.text(await bot.command("/course", f"unpresent <@{STUDENT}> Oct 7",
                                        user_id=STAFF))
    assert "None of them presents on Thu Oct 7" in nobody
    refused = bot.text(await bot.command("/course", f"unpresent <@{STUDENT}> Oct 7",
                                         user_id=STUDENT))
    assert "Only the course staff" in refused
