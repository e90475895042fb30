"""Calendar feeds: parsed back by icalendar, stable UIDs, SEQUENCE rises when a deadline moves."""

from __future__ import annotations

import re

from icalendar import Calendar

from storage.repos import deadlines as deadline_repo
from tests.conftest import STAFF, STUDENT, chicago
from tests.slack import SlackTestClient


def _events(body: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(body)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


async def _feed(bot: SlackTestClient, path: str) -> bytes:
    response = await bot.http.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    return response.content


async def test_the_course_feed_has_every_deadline_and_a_move_keeps_the_uid(
        bot: SlackTestClient) -> None:
    course = bot.runtime.deps.course
    body = await _feed(bot, f"/calendar/{course.id}.ics")
    events = _events(body)
    async with bot.runtime.db.session() as session:
        rows = await deadline_repo.list_deadlines(session=session, course_id=course.id)
    assert len(rows) == 4
    for row in rows:
        event = events[f"deadline-{row.key}@{course.id}.course-bot"]
        assert event["summary"] == f"Due: {row.title}"  # type: ignore[index]
        assert event.decoded("dtstart") == row.due_at  # type: ignore[attr-defined]
        assert event["dtstart"].params["TZID"] == "America/Chicago"  # type: ignore[index]
        assert int(event["sequence"]) == 1  # type: ignore[index]
    classes = [u for u in events if u.startswith("class-")]
    assert len(classes) == len(course.class_dates())
    assert b"BEGIN:VTIMEZONE" in body and b"TZID:America/Chicago" in body

    await bot.command("/course", 'deadline move "Project proposal" Oct 8 5pm', user_id=STAFF)
    await bot.command("/course", "confirm", user_id=STAFF)
    moved = _events(await _feed(bot, f"/calendar/{course.id}.ics"))
    event = moved[f"deadline-proposal@{course.id}.course-bot"]
    assert int(event["sequence"]) == 2  # type: ignore[index]
    assert event.decoded("dtstart") == chicago(2021, 10, 8, 17, 0)  # type: ignore[attr-defined]
    assert set(moved) == set(events)  # same UIDs: the event moves, nothing is duplicated

    await bot.command("/course", 'deadline cancel "Project proposal"', user_id=STAFF)
    await bot.command("/course", "confirm", user_id=STAFF)
    gone = _events(await _feed(bot, f"/calendar/{course.id}.ics"))
    event = gone[f"deadline-proposal@{course.id}.course-bot"]
    assert str(event["status"]) == "CANCELLED" and int(event["sequence"]) == 3  # type: ignore[index]


async def test_the_personal_feed_has_the_students_own_deadlines_and_reset_revokes_it(
        bot: SlackTestClient) -> None:
    bot.runtime.deps.clock.set(chicago(2021, 9, 20, 9, 0))  # type: ignore[attr-defined]
    await bot.command("/course", f'present <@{STUDENT}> Oct 7 "Neural ODEs"', user_id=STAFF)
    reply = bot.text(await bot.command("/deadlines", "calendar", user_id=STUDENT))
    course = bot.runtime.deps.course
    assert f"/calendar/{course.id}.ics" in reply
    [path] = re.findall(r"/calendar/u/[\w-]+\.ics", reply)
    assert "PUBLIC_BASE_URL" in reply  # not configured in the tests
    events = _events(await _feed(bot, path))
    assert f"deadline-slides:{STUDENT}:2021-10-07@{course.id}.course-bot" in events
    assert f"deadline-blog:{STUDENT}:2021-10-07@{course.id}.course-bot" in events
    assert f"presentation-{STUDENT}-2021-10-07@{course.id}.course-bot" in events
    assert f"deadline-reviews:2021-10-07@{course.id}.course-bot" in events  # everyone's
    assert len([u for u in events if u.startswith("deadline-")]) == 7
    course_events = _events(await _feed(bot, f"/calendar/{course.id}.ics"))
    assert not any("slides" in u for u in course_events)  # private ones stay private

    again = bot.text(await bot.command("/deadlines", "calendar", user_id=STUDENT))
    assert path in again  # the same link until reset
    reset = bot.text(await bot.command("/deadlines", "calendar reset", user_id=STUDENT))
    [new_path] = re.findall(r"/calendar/u/[\w-]+\.ics", reset)
    assert new_path != path
    assert (await bot.http.get(path)).status_code == 404
    assert (await bot.http.get(new_path)).status_code == 200
    assert (await bot.http.get("/calendar/other-course.ics")).status_code == 404
    assert (await bot.http.get("/calendar/u/guess.ics")).status_code == 404


async def test_links_use_the_public_base_url(bot: SlackTestClient) -> None:
    runtime = bot.runtime
    settings = runtime.deps.settings.model_copy(
        update={"public_base_url": "https://bot.example.edu/"})
    object.__setattr__(runtime.deps, "settings", settings)
    reply = bot.text(await bot.command("/deadlines", "calendar", user_id=STUDENT))
    assert "https://bot.example.edu/calendar/cs598-fall2021.ics" in reply
    assert "https://bot.example.edu/calendar/u/" in reply and "PUBLIC_BASE_URL" not in reply
