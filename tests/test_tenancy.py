"""Several courses in one deployment: channels bound to courses (``/course setup``), a
student in two courses asked once which one, a worker pass posting each workspace's
messages with that workspace's token, and ``load-course --workspace``.

Everything goes through the signed HTTP endpoint and the Slack stand-in, on SQLite and
PostgreSQL (``TEST_DATABASE_URL``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from app.config import Settings
from app.courses import copy_id
from app.factory import build_runtime
from app.offline import slack_requests as sr
from app.offline.fake_slack import FakeSlack
from app.runtime import Runtime
from app.worker import AllReminders, build_outbox_engine
from bot.clock import FrozenClock
from bot.course import Course, default_course_path, load_course
from storage.db import Database
from storage.models import AuditLog, ChannelCourse, CourseChoice, CourseRow, Deadline
from tests.conftest import CHANNEL, STAFF, STUDENT, chicago
from tests.slack import SlackTestClient, ack_json

ROOT = Path(__file__).resolve().parents[1]
OTHER_CHANNEL = "C0OTHER"
OTHER_ID = "cs500-spring2022"


def second_course_file(tmp: Path) -> Path:
    """The shipped course file as another course: its own id, title and proposal date."""
    text = default_course_path().read_text(encoding="utf-8")
    text = text.replace('id = "cs598-fall2021"', f'id = "{OTHER_ID}"', 1)
    text = text.replace('title = "Deep Generative and Dynamical Models"',
                        'title = "Machine Learning Systems"', 1)
    text = text.replace('date = 2021-10-01\nprinted = "Fri, October 1"',
                        'date = 2021-10-15\nprinted = "Fri, October 15"', 1)
    path = tmp / "second.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def other_course(tmp_path: Path) -> Course:
    course = load_course(second_course_file(tmp_path))
    assert course.id == OTHER_ID
    return course


class TeamTokens:
    """A TokenSource: each workspace its own bot token."""

    def __init__(self, tokens: dict[str | None, str]) -> None:
        self.tokens = tokens

    async def bot_token(self, team_id: str | None) -> str | None:
        return self.tokens.get(team_id)


async def _bot(runtime: Runtime, slack: FakeSlack) -> AsyncIterator[SlackTestClient]:
    await runtime.start()
    transport = httpx.ASGITransport(app=runtime.web)
    async with httpx.AsyncClient(transport=transport, base_url="http://bot") as http:
        yield SlackTestClient(runtime, slack, http)


@pytest.fixture
async def two(settings: Settings, clock: FrozenClock, course: Course, other_course: Course,
              db: Database, slack: FakeSlack) -> AsyncIterator[SlackTestClient]:
    """Single-workspace mode with two course files served."""
    slack.add_channel(OTHER_CHANNEL, name="cs500", members=[STUDENT, STAFF])
    runtime = build_runtime(settings, clock=clock, course=course, db=db, files=[other_course])
    async for bot in _bot(runtime, slack):
        yield bot


async def command(bot: SlackTestClient, text: str, *, command: str = "/course",
                  user_id: str = STAFF, channel_id: str | None = None,
                  team: str = sr.TEAM_ID) -> httpx.Response:
    body = sr.command_body(command=command, text=text, user_id=user_id, channel_id=channel_id,
                           response_url=bot.slack.response_url("cmd"))
    return await bot.post(body.replace(f"team_id={sr.TEAM_ID}", f"team_id={team}"))


async def bind_both(bot: SlackTestClient) -> None:
    first = await command(bot, "setup cs598-fall2021", channel_id=CHANNEL)
    assert "now answers for *Deep Generative" in ack_json(first)["text"]
    second = await command(bot, f"setup {OTHER_ID}", channel_id=OTHER_CHANNEL)
    assert "now answers for *Machine Learning Systems*" in ack_json(second)["text"]


async def test_single_course_is_unchanged(bot: SlackTestClient) -> None:
    """One course file served: every request still goes to cs598-fall2021, no question."""
    response = await bot.command("/deadlines", "all", user_id=STUDENT)
    assert "Project proposal" in bot.text(response)
    assert bot.runtime.courses.all()[0].course.id == "cs598-fall2021"
    assert len(bot.runtime.courses.all()) == 1


async def test_two_channels_answer_for_their_own_course(two: SlackTestClient) -> None:
    await bind_both(two)
    mine = two.text(await command(two, "all", command="/deadlines", user_id=STUDENT,
                                  channel_id=CHANNEL))
    other = two.text(await command(two, "all", command="/deadlines", user_id=STUDENT,
                                   channel_id=OTHER_CHANNEL))
    assert "Oct 1" in mine and "Oct 15" not in mine
    assert "Oct 15" in other and "Oct 1," not in other
    ask_mine = two.text(await command(two, "when is the project proposal due?", command="/ask",
                                      user_id=STUDENT, channel_id=CHANNEL))
    ask_other = two.text(await command(two, "when is the project proposal due?",
                                       command="/ask", user_id=STUDENT,
                                       channel_id=OTHER_CHANNEL))
    assert "Oct 1" in ask_mine and "Oct 15" not in ask_mine
    assert "Oct 15" in ask_other
    async with two.runtime.db.session() as session:
        bound = (await session.execute(select(ChannelCourse))).scalars().all()
        keys = {(b.channel_id, b.course_id) for b in bound}
        other_deadlines = (await session.execute(select(Deadline).where(
            Deadline.course_id == OTHER_ID))).scalars().all()
        audit = (await session.execute(select(AuditLog).where(
            AuditLog.action == "course.setup"))).scalars().all()
    assert keys == {(CHANNEL, "cs598-fall2021"), (OTHER_CHANNEL, OTHER_ID)}
    assert other_deadlines and len(audit) == 2


async def test_a_student_cannot_bind_a_channel(two: SlackTestClient) -> None:
    response = await command(two, f"setup {OTHER_ID}", user_id=STUDENT,
                             channel_id=OTHER_CHANNEL)
    assert "Only the course staff" in two.text(response)
    async with two.runtime.db.session() as session:
        assert (await session.execute(select(ChannelCourse))).scalars().all() == []
        refused = (await session.execute(select(AuditLog).where(
            AuditLog.action == "course.refused"))).scalars().all()
    assert [r.target for r in refused] == ["setup"]


async def test_setup_names_an_unknown_course_clearly(two: SlackTestClient) -> None:
    text = two.text(await command(two, "setup cs999", channel_id=CHANNEL))
    assert "I don't know the course" in text and OTHER_ID in text


async def test_a_student_in_two_courses_is_asked_once(two: SlackTestClient) -> None:
    await bind_both(two)
    for channel in (CHANNEL, OTHER_CHANNEL):  # the student has used both courses
        await command(two, "", command="/team", user_id=STUDENT, channel_id=channel)
    two.slack.reset_calls()
    await two.dm("when is the project proposal due?", user_id=STUDENT)
    [asked] = two.sent()
    buttons = next(b for b in asked["blocks"] if b["type"] == "actions")["elements"]
    assert [b["value"] for b in buttons] == ["cs598-fall2021", OTHER_ID]
    clicked = await two.interact(sr.block_action_payload(
        user_id=STUDENT, action_id=buttons[1]["action_id"], value=buttons[1]["value"],
        response_url=two.slack.response_url("btn")))
    assert clicked.status_code == 200
    [said] = [c.params for c in two.slack.calls_to("response_url")]
    assert OTHER_ID in said["text"]
    two.slack.reset_calls()
    await two.dm("when is the project proposal due?", user_id=STUDENT)
    [answer] = two.sent_text()
    assert "Oct 15" in answer  # no second question: the choice is remembered
    used = await command(two, "use cs598-fall2021", user_id=STUDENT)
    assert "cs598-fall2021" in two.text(used)
    two.slack.reset_calls()
    await two.dm("when is the project proposal due?", user_id=STUDENT)
    [answer] = two.sent_text()
    assert "Oct 1" in answer and "Oct 15" not in answer
    async with two.runtime.db.session() as session:
        [choice] = (await session.execute(select(CourseChoice))).scalars().all()
    assert choice.course_id == "cs598-fall2021"


async def test_use_an_unknown_course_lists_the_courses(two: SlackTestClient) -> None:
    text = two.text(await command(two, "use nope", user_id=STUDENT))
    assert "I don't know the course" in text and OTHER_ID in text


async def test_home_shows_every_course_of_the_student(two: SlackTestClient) -> None:
    await bind_both(two)
    for channel in (CHANNEL, OTHER_CHANNEL):
        await command(two, "", command="/team", user_id=STUDENT, channel_id=channel)
    two.slack.reset_calls()
    await two.event({"type": "app_home_opened", "user": STUDENT, "tab": "home",
                     "channel": "D0HOME"})
    [published] = two.sent("views.publish")
    headers = [b["text"]["text"] for b in published["view"]["blocks"] if b["type"] == "header"]
    assert any("Deep Generative" in h for h in headers)
    assert any("Machine Learning Systems" in h for h in headers)


# ------------------------------------------------------------------ two workspaces
T_ONE, T_TWO = "T0ONE", "T0TWO"
ADMIN = "U0ADMIN"


@pytest.fixture
async def workspaces(settings: Settings, clock: FrozenClock, course: Course,
                     db: Database, slack: FakeSlack) -> AsyncIterator[SlackTestClient]:
    """Per-workspace mode: each workspace its own copy of the course, its own token."""
    slack.add_channel("C0ONE", name="one", members=[STUDENT, STAFF])
    slack.add_channel("C0TWO", name="two", members=[STUDENT, STAFF])
    tokens = TeamTokens({None: "xoxb-test-token", T_ONE: "xoxb-one", T_TWO: "xoxb-two"})
    settings = settings.model_copy(update={"admin_user_ids": frozenset({ADMIN})})
    runtime = build_runtime(settings, clock=clock, course=course, db=db, per_workspace=True,
                            tokens=tokens)

    async def installer_of(team_id: str) -> str | None:
        return STAFF  # STAFF installed the app in both workspaces

    runtime.courses.installer_of = installer_of
    async for bot in _bot(runtime, slack):
        yield bot


async def test_each_workspace_gets_its_own_copy_and_token(workspaces: SlackTestClient
                                                          ) -> None:
    bot = workspaces
    for team, channel in ((T_ONE, "C0ONE"), (T_TWO, "C0TWO")):
        reply = await command(bot, "setup cs598-fall2021", channel_id=channel, team=team)
        assert copy_id("cs598-fall2021", team) in bot.text(reply)
        said = await command(bot, f"announce Hello from {team}", channel_id=channel, team=team)
        assert said.status_code == 200
    async with bot.runtime.db.session() as session:
        rows = (await session.execute(select(CourseRow))).scalars().all()
    assert {(r.id, r.team_id) for r in rows} >= {
        ("cs598-fall2021~T0ONE", T_ONE), ("cs598-fall2021~T0TWO", T_TWO)}
    # a second setup in the same workspace reuses its copy
    again = await command(bot, "setup cs598-fall2021", channel_id="C0ONE", team=T_ONE)
    assert "were loaded from its file" not in bot.text(again)
    confirmed = [ack_json(await command(bot, "confirm", channel_id=ch, team=t))
                 for t, ch in ((T_ONE, "C0ONE"), (T_TWO, "C0TWO"))]
    assert all("text" in c for c in confirmed)
    bot.slack.reset_calls()
    engine = build_outbox_engine(bot.runtime)
    try:
        await engine.drain(within=5)
    finally:
        await engine.aclose()
    posts = bot.slack.calls_to("chat.postMessage")
    by_token = {(c.params.get("channel"), c.token) for c in posts}
    assert ("C0ONE", "xoxb-one") in by_token and ("C0TWO", "xoxb-two") in by_token
    assert not any(c.params.get("channel") == "C0ONE" and c.token != "xoxb-one" for c in posts)
    assert not any(c.params.get("channel") == "C0TWO" and c.token != "xoxb-two" for c in posts)
    # the reminder pass serves every course, each with its workspace's token
    reminders = AllReminders(bot.runtime)
    try:
        engines = await reminders.engines_now()
    finally:
        await reminders.aclose()
    tokens = {e.course.id: e.sender.token for e in engines}  # type: ignore[attr-defined]
    assert tokens["cs598-fall2021~T0ONE"] == "xoxb-one"
    assert tokens["cs598-fall2021~T0TWO"] == "xoxb-two"


async def test_a_restart_serves_the_copies_again(workspaces: SlackTestClient, settings: Settings,
                                                 clock: FrozenClock, course: Course,
                                                 db: Database) -> None:
    await command(workspaces, "setup cs598-fall2021", channel_id="C0ONE", team=T_ONE)
    again = build_runtime(settings, clock=clock, course=course, db=db, per_workspace=True)
    await again.start()
    deps = again.courses.deps("cs598-fall2021~T0ONE")
    assert deps is not None and deps.course_channel_id == "C0ONE"
    assert again.courses.team_of("cs598-fall2021~T0ONE") == T_ONE


# ------------------------------------------------------------------ load-course --workspace
def run(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})


@pytest.mark.slow
def test_load_course_for_a_workspace_is_idempotent(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    first = run("load-course", "--workspace", "T0ONE", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    assert "cs598-fall2021~T0ONE" in first.stdout and "4 created" in first.stdout
    second = run("load-course", "--workspace", "T0ONE", cwd=tmp_path, env=env)
    assert second.returncode == 0 and "(nothing changed)" in second.stdout
    bad = run("load-course", "--workspace", "not a team", cwd=tmp_path, env=env)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


async def test_each_course_has_its_own_calendar_feed(two: SlackTestClient) -> None:
    mine = await two.http.get("/calendar/cs598-fall2021.ics")
    other = await two.http.get(f"/calendar/{OTHER_ID}.ics")
    assert mine.status_code == 200 and other.status_code == 200
    assert mine.text != other.text
    assert "20211015" in other.text and "20211015" not in mine.text
    assert (await two.http.get("/calendar/cs999.ics")).status_code == 404


async def test_one_reminder_pass_posts_each_workspace_with_its_token(
        workspaces: SlackTestClient) -> None:
    bot = workspaces
    for team, channel in ((T_ONE, "C0ONE"), (T_TWO, "C0TWO")):
        await command(bot, "setup cs598-fall2021", channel_id=channel, team=team)
    reminders = AllReminders(bot.runtime)
    try:
        planned = await reminders.run_pass(now=chicago(2021, 8, 20))  # plans, nothing due
        assert not any(r.outcomes for r in planned)
        bot.slack.reset_calls()
        reports = await reminders.run_pass(now=chicago(2021, 9, 10, 23, 59))  # 7d before team
        again = await reminders.run_pass(now=chicago(2021, 9, 10, 23, 59))
    finally:
        await reminders.aclose()
    posts = [(c.params.get("channel"), c.token) for c in bot.slack.calls_to("chat.postMessage")]
    assert ("C0ONE", "xoxb-one") in posts and ("C0TWO", "xoxb-two") in posts
    assert all(token == {"C0ONE": "xoxb-one", "C0TWO": "xoxb-two"}.get(ch, token)
               for ch, token in posts)
    assert len(posts) == sum(len(r.sent) for r in reports)
    assert not any(r.outcomes for r in again)  # each due reminder once


async def test_a_workspace_with_no_course_yet_is_told_so(workspaces: SlackTestClient) -> None:
    bot = workspaces
    text = bot.text(await command(bot, "all", command="/deadlines", user_id=STUDENT,
                                  channel_id="C0ONE", team=T_ONE))
    assert "no course set up yet" in text and "/course setup" in text
    async with bot.runtime.db.session() as session:
        assert (await session.execute(select(ChannelCourse))).scalars().all() == []


async def test_a_second_course_never_posts_into_the_first_ones_channel(
        two: SlackTestClient) -> None:
    other = two.runtime.courses.deps(OTHER_ID)
    assert other.course_channel_id == ""  # not bound yet: no channel of its own
    await bind_both(two)
    assert two.runtime.courses.deps(OTHER_ID).course_channel_id == OTHER_CHANNEL
    assert two.runtime.courses.deps("cs598-fall2021").course_channel_id == CHANNEL


async def test_the_installer_and_admins_may_set_up_a_channel(workspaces: SlackTestClient
                                                             ) -> None:
    bot = workspaces
    installer, admin = "U0INSTALLER", ADMIN

    async def installer_of(team_id: str) -> str | None:
        return installer if team_id == T_ONE else None

    bot.runtime.courses.installer_of = installer_of
    refused = await command(bot, "setup cs598-fall2021", user_id=installer,
                            channel_id="C0TWO", team=T_TWO)  # not the installer there
    assert "Only the course staff" in bot.text(refused)
    done = await command(bot, "setup cs598-fall2021", user_id=installer, channel_id="C0ONE",
                         team=T_ONE)
    assert "now answers for" in bot.text(done)
    by_admin = await command(bot, "setup cs598-fall2021", user_id=admin, channel_id="C0TWO",
                             team=T_TWO)
    assert "now answers for" in bot.text(by_admin)
    async with bot.runtime.db.session() as session:
        bound = (await session.execute(select(ChannelCourse))).scalars().all()
    assert {(b.team_id, b.channel_id, b.bound_by) for b in bound} == {
        (T_ONE, "C0ONE", installer), (T_TWO, "C0TWO", admin)}


async def test_a_redelivered_dm_is_not_asked_twice(two: SlackTestClient) -> None:
    await bind_both(two)
    for channel in (CHANNEL, OTHER_CHANNEL):
        await command(two, "", command="/team", user_id=STUDENT, channel_id=channel)
    two.slack.reset_calls()
    event = sr.message_event(user_id=STUDENT, text="when is the proposal due?")
    await two.event(event, event_id="Ev0SAME")
    await two.event(event, event_id="Ev0SAME", retry_num=1)
    assert len(two.sent()) == 1


NEXT_ID = "cs598-fall2022"


@pytest.fixture
async def terms(settings: Settings, clock: FrozenClock, course: Course, db: Database,
                slack: FakeSlack, tmp_path: Path) -> AsyncIterator[SlackTestClient]:
    """Single-workspace mode serving two terms of the same course (same title)."""
    text = default_course_path().read_text(encoding="utf-8")
    text = text.replace('id = "cs598-fall2021"', f'id = "{NEXT_ID}"', 1)
    text = text.replace('term = "Fall 2021"', 'term = "Fall 2022"', 1)
    path = tmp_path / "next.toml"
    path.write_text(text, encoding="utf-8")
    slack.add_channel(OTHER_CHANNEL, name="cs598-next", members=[STUDENT, STAFF])
    runtime = build_runtime(settings, clock=clock, course=course, db=db,
                            files=[load_course(path)])
    async for bot in _bot(runtime, slack):
        yield bot


async def test_two_terms_of_one_course_are_told_apart_by_term(terms: SlackTestClient) -> None:
    await command(terms, "setup cs598-fall2021", channel_id=CHANNEL)
    await command(terms, f"setup {NEXT_ID}", channel_id=OTHER_CHANNEL)
    for channel in (CHANNEL, OTHER_CHANNEL):  # the student has used both terms
        await command(terms, "", command="/team", user_id=STUDENT, channel_id=channel)
    terms.slack.reset_calls()
    await terms.dm("when is the project proposal due?", user_id=STUDENT)
    [asked] = terms.sent()
    buttons = next(b for b in asked["blocks"] if b["type"] == "actions")["elements"]
    labels = [b["text"]["text"] for b in buttons]
    assert labels == ["Deep Generative and Dynamical Models (Fall 2021)",
                      "Deep Generative and Dynamical Models (Fall 2022)"]
    listed = terms.text(await command(terms, "use nope", user_id=STUDENT))
    assert "`cs598-fall2021` Deep Generative and Dynamical Models (Fall 2021)" in listed
    assert f"`{NEXT_ID}` Deep Generative and Dynamical Models (Fall 2022)" in listed


def test_labels_add_the_id_when_title_and_term_are_the_same(course: Course) -> None:
    from handlers.render.course import course_labels

    twin = course.model_copy(update={"id": "cs598-fall2021~T2"})
    labels = [label for _cid, label in course_labels([course, twin])]
    assert len(set(labels)) == 2 and "cs598-fall2021~T2" in labels[1]
    assert all(len(label) <= 75 for label in labels)


async def test_an_archived_course_is_not_offered_to_a_new_student(terms: SlackTestClient
                                                                  ) -> None:
    from datetime import UTC, datetime

    async with terms.runtime.db.session() as session:
        old = await session.get(CourseRow, "cs598-fall2021")
        assert old is not None
        old.archived_at = datetime(2022, 1, 10, tzinfo=UTC)
        session.add(old)
        await session.commit()
    await terms.runtime.courses.refresh()
    newcomer = "U0NEWCOMER"
    terms.slack.reset_calls()
    await terms.dm("when is the project proposal due?", user_id=newcomer)
    sent = terms.sent()
    assert not any(b["type"] == "actions" for m in sent for b in m.get("blocks", []))
    assert "several courses" not in " ".join(terms.sent_text())
    listed = terms.text(await command(terms, "use nope", user_id=newcomer))
    assert NEXT_ID in listed and "`cs598-fall2021`" not in listed


async def test_a_student_is_told_what_course_help_offers_them(two: SlackTestClient) -> None:
    await bind_both(two)
    said = two.text(await command(two, "help", user_id=STUDENT, channel_id=CHANNEL))
    assert "/course use <course-id>" in said and OTHER_ID in said
    assert "Only the course staff can use `/course`" not in said
    bare = two.text(await command(two, "", user_id=STUDENT, channel_id=OTHER_CHANNEL))
    assert "/course use" in bare


async def test_staff_user_ids_are_not_staff_of_a_workspace_copy(workspaces: SlackTestClient
                                                                 ) -> None:
    """STAFF_USER_IDS name the single-workspace course's staff; a workspace's copy has its
    own: the installer who runs its first /course setup, who can then add the others."""
    bot = workspaces
    someone = "U0OTHERSTAFF"

    async def installer_of(team_id: str) -> str | None:
        return "U0INSTALLER" if team_id == T_ONE else None

    bot.runtime.courses.installer_of = installer_of
    refused = await command(bot, "setup cs598-fall2021", user_id=STAFF, channel_id="C0ONE",
                            team=T_ONE)  # in STAFF_USER_IDS, but not this workspace's staff
    assert "Only the course staff" in bot.text(refused)
    done = bot.text(await command(bot, "setup cs598-fall2021", user_id="U0INSTALLER",
                                  channel_id="C0ONE", team=T_ONE))
    assert "You are its first staff member" in done
    added = await command(bot, f"staff add <@{someone}>", user_id="U0INSTALLER",
                          channel_id="C0ONE", team=T_ONE)
    assert someone in bot.text(added) and "Only the course staff" not in bot.text(added)
    copy = copy_id("cs598-fall2021", T_ONE)
    deps = bot.runtime.courses.deps(copy)
    assert deps is not None
    assert await deps.is_staff("U0INSTALLER") and await deps.is_staff(someone)
    assert not await deps.is_staff(STAFF)
    assert await bot.runtime.courses.default_deps.is_staff(STAFF)  # the default course: yes
    async with bot.runtime.db.session() as session:
        audit = (await session.execute(select(AuditLog).where(
            AuditLog.course_id == copy, AuditLog.action == "staff.add"))).scalars().all()
    assert [(a.actor, a.target) for a in audit] == [("U0INSTALLER", "U0INSTALLER"),
                                                     ("U0INSTALLER", someone)]
