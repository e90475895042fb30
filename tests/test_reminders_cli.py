"""``course-bot remind --now``, ``reminders status``, and the loop inside ``serve``."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app import cli
from app.offline.fake_slack import FakeSlack
from app.runtime import Runtime
from storage.db import Database
from tests.conftest import CHANNEL


@pytest.fixture
def env(db: Database, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"DATABASE_URL": db.url, "SLACK_API_URL": slack.api_url,
                        "SLACK_BOT_TOKEN": "xoxb-cli", "COURSE_CHANNEL_ID": CHANNEL,
                        "REMINDER_CHANNEL_RATE_PER_SECOND": "100", "LOG_LEVEL": "WARNING",
                        "STAFF_USER_IDS": "U0STAFF", "COURSE_FILE": ""}.items():
        monkeypatch.setenv(name, value)


async def remind(now: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    code = await asyncio.to_thread(cli.main, ["remind", "--now", now])
    out = capsys.readouterr().out
    assert code == 0, out
    return [" ".join(line.split()[2:5]) for line in out.splitlines() if line.startswith("sent ")]


async def test_remind_at_successive_instants_posts_each_once_and_prints_it(
        env: None, slack: FakeSlack, capsys: pytest.CaptureFixture[str]) -> None:
    assert await remind("2021-08-20", capsys) == []
    assert await remind("2021-09-10T23:58", capsys) == []
    assert await remind("2021-09-10T23:59", capsys) == [f"#{CHANNEL} team 7d"]
    assert await remind("2021-09-10T23:59", capsys) == []  # the same instant again: nothing
    assert await remind("2021-09-12T12:00", capsys) == []
    # down for five days: only the latest lead of the team deadline still ahead (and the
    # student of the channel, who has no team, gets the 1-day team nudge, not the 3-day one)
    assert sorted(await remind("2021-09-17T21:00", capsys)) == [
        f"#{CHANNEL} team 3h", "@U0STUDENT team 1d"]
    assert len(slack.calls_to("chat.postMessage")) == 3

    code = await asyncio.to_thread(cli.main, ["reminders", "status"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == ("pending 9 · claimed 0 · sent 3 · failed 0 · skipped 2 · "
                                   "cancelled 0")
    assert "proposal 7d" in out and "ts=" in out


async def test_remind_rejects_a_bad_instant(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    code = await asyncio.to_thread(cli.main, ["remind", "--now", "next tuesday-ish"])
    assert code == 2 and "--now" in capsys.readouterr().err


async def test_serve_runs_the_reminder_loop_unless_told_not_to(
        runtime: Runtime, slack: FakeSlack, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from bot.reminders import replan

    await replan(runtime.db, runtime.deps.course, now=datetime(2021, 9, 1, tzinfo=UTC),
                 channel_id=CHANNEL)
    clock.set(datetime(2021, 9, 11, 5, 30, tzinfo=UTC))  # after the team 7-day reminder
    runtime.settings.reminder_interval_seconds = 0.05
    runtime.run_reminders = False
    async with runtime.web.router.lifespan_context(runtime.web):
        await asyncio.sleep(0.3)
    assert slack.calls_to("chat.postMessage") == []
    runtime.run_reminders = True
    async with runtime.web.router.lifespan_context(runtime.web):
        async with asyncio.timeout(10):
            while not slack.calls_to("chat.postMessage"):  # noqa: ASYNC110
                await asyncio.sleep(0.02)
    [post] = slack.calls_to("chat.postMessage")
    assert post.params["channel"] == CHANNEL and "Project team" in post.params["text"]


def test_worker_takes_now_like_serve() -> None:
    from app.cli import build_parser

    parser = build_parser()
    for name in ("worker", "serve"):
        args = parser.parse_args([name, "--now", "2021-09-13T09:00"])
        assert args.command == name and args.now == "2021-09-13T09:00"
    assert parser.parse_args(["worker"]).now is None


async def test_remind_and_status_cover_every_stored_course(
        env: None, db: Database, slack: FakeSlack, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from bot.course import load_course
    from bot.seeding import ensure_course_loaded
    from storage.models import ReminderPref
    from tests.test_tenancy import OTHER_ID, second_course_file

    await ensure_course_loaded(db, load_course(second_course_file(tmp_path)))
    async with db.session() as session:  # a student of the second course wants DMs
        session.add(ReminderPref(course_id=OTHER_ID, user_id="U0STUDENT", enabled=True))
    assert await remind("2021-08-20", capsys) == []
    assert sorted(await remind("2021-09-10T23:59", capsys)) == [
        f"#{CHANNEL} team 7d", "@U0STUDENT team 7d"]
    assert await remind("2021-09-10T23:59", capsys) == []

    code = await asyncio.to_thread(cli.main, ["reminders", "status"])
    out = capsys.readouterr().out
    assert code == 0
    assert "== cs598-fall2021" in out and f"== {OTHER_ID}" in out
    mine = out.split(f"== {OTHER_ID}")[1]
    assert "personal   U0STUDENT    team 7d" in mine and "ts=" in mine
    code = await asyncio.to_thread(cli.main, ["reminders", "status", "--course", OTHER_ID])
    out = capsys.readouterr().out
    assert code == 0 and "==" not in out and out.startswith("pending ")
    code = await asyncio.to_thread(cli.main, ["reminders", "status", "--course", "cs1"])
    assert code == 2 and "no course 'cs1'" in capsys.readouterr().err
