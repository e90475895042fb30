"""/privacy (show, export, delete), `course-bot archive` and anonymising after RETENTION_DAYS,
PRIVACY.md's inventory, on SQLite and PostgreSQL through the real HTTP endpoint."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import SQLModel, select

import storage.models
from app.config import Settings
from app.offline import slack_requests as sr
from app.offline.shell import Shell
from bot import privacy
from bot.actor import Actor, Role
from bot.answers import faq
from bot.clock import parse_instant
from bot.course import Course
from bot.outbox import FILE_UPLOAD
from bot.reminders import replan
from bot.teams import Code
from bot.teams import service as teams
from bot.teams.values import Person
from storage.db import Database
from storage.models import (
    AuditLog,
    OhEntry,
    OutboxMessage,
    Question,
    Reminder,
    TeamMember,
)
from storage.repos import privacy as privacy_repo
from tests.conftest import CHICAGO, STAFF, STUDENT, chicago
from tests.slack import SlackTestClient, ack_json

ROOT = Path(__file__).resolve().parents[1]


def known(bot: SlackTestClient, *user_ids: str) -> None:
    for user_id in user_ids:
        if user_id not in bot.slack.users:
            bot.slack.add_user(user_id)


async def _rows(bot: SlackTestClient, user_id: str = STUDENT) -> privacy_repo.UserRows:
    async with bot.runtime.db.session() as session:
        return await privacy_repo.user_rows(session=session, course_id=bot.runtime.deps.course.id,
                                            user_id=user_id)


async def _uploads(bot: SlackTestClient) -> list[OutboxMessage]:
    async with bot.runtime.db.session() as session:
        result = await session.execute(select(OutboxMessage).where(
            OutboxMessage.kind == FILE_UPLOAD))
        return list(result.scalars())


async def _hold_everything(bot: SlackTestClient) -> str:
    """The student gets one of each kind of data; returns their calendar feed path."""
    known(bot, STUDENT, "U1")
    assert (await bot.command("/team", f"register <@{STUDENT}> Flow | Flows", user_id="U1")
            ).status_code == 200
    await bot.command("/reminders", "2d 3h")
    await bot.command("/team", "looking normalizing flows")
    calendar = bot.text(await bot.command("/deadlines", "calendar"))
    [path] = re.findall(r"/calendar/u/[\w-]+\.ics", calendar)
    await bot.command("/oh", "open 60m", user_id=STAFF)
    await bot.command("/oh", "join help with my flow model")
    await bot.command("/ask", "can we use pytorch for the project?")
    await faq.settle()  # declined questions are stored just after the answer
    return path


async def test_privacy_shows_what_is_held(bot: SlackTestClient) -> None:
    empty = bot.text(await bot.command("/privacy"))
    assert "holds no data about you" in empty
    await _hold_everything(bot)
    shown = bot.text(await bot.command("/privacy"))
    for part in ("Invitation", "Flow", "Looking for a team", "normalizing flows",
                 "Reminder settings", "2d 3h", "Calendar link", "Office hours",
                 "Questions kept for staff", "1 open", "/privacy export", "/privacy delete"):
        assert part in shown, (part, shown)
    assert ack_json(await bot.command("/privacy"))["response_type"] == "ephemeral"


async def test_export_is_a_json_file_in_the_dm_and_only_ones_own(bot: SlackTestClient) -> None:
    await _hold_everything(bot)
    reply = bot.text(await bot.command("/privacy", "export"))
    assert "direct messages" in reply and "my-data-cs598-fall2021.json" in reply
    # staff naming a student are told it is only their own data, and nothing is done
    for verb in ("export", "delete", "delete confirm"):
        named = bot.text(await bot.command("/privacy", f"{verb} <@{STUDENT}>", user_id=STAFF))
        assert "only on your own data" in named and "Nothing was done" in named
    assert len(await _uploads(bot)) == 1
    await bot.command("/privacy", "export", user_id=STAFF)
    mine, staffs = await _uploads(bot)
    assert mine.recipient == STUDENT and staffs.recipient == STAFF
    data = json.loads(mine.data["content"])
    assert data["user_id"] == STUDENT and data["course_id"] == "cs598-fall2021"
    assert data["looking"] == "normalizing flows"
    assert data["reminders"]["leads"] == ["2d", "3h"]
    assert data["calendar_token"] is True
    assert [m["state"] for m in data["memberships"]] == ["invited"]
    assert data["questions"][0]["text"] == "can we use pytorch for the project?"
    assert {k["what"] for k in data["kept_for_grading"]} == {"team", "presentations", "audit"}
    async with bot.runtime.db.session() as session:
        tokens = (await session.execute(select(storage.models.CalendarToken))).scalars().all()
    assert tokens and all(t.token not in mine.data["content"] for t in tokens)
    other = json.loads(staffs.data["content"])
    assert other["user_id"] == STAFF and other["memberships"] == [] and other["looking"] is None


async def test_delete_asks_first_then_removes_and_keeps_what_grading_needs(
        bot: SlackTestClient) -> None:
    path = await _hold_everything(bot)
    asked = await bot.command("/privacy", "delete")
    body = ack_json(asked)
    assert "privacy_delete_confirm" in json.dumps(body["blocks"])
    assert "your reminder settings" in bot.text(asked)
    assert (await _rows(bot)).pref is not None  # nothing happened yet
    changes = (await _rows(bot)).audit_rows

    done = bot.text(await bot.command("/privacy", "delete confirm"))
    assert "Deleted" in done and "grade" in done and "anonymised" in done
    rows = await _rows(bot)
    assert rows.audit_rows == changes  # the delete and its declines are not "changes you made"
    assert rows.pref is None and rows.seeker is None and rows.calendar_tokens == []
    assert [q for q in rows.questions if q.status == "open"] == []
    assert all(e.status not in ("waiting", "held") and e.topic == "" for e in rows.oh_entries)
    assert [m.state for m, _ in rows.memberships] == ["declined"]
    assert (await bot.http.get(path)).status_code == 404
    async with bot.runtime.db.session() as session:
        pending = (await session.execute(select(Reminder).where(
            Reminder.target == STUDENT, Reminder.status == "pending"))).scalars().all()
        audit = (await session.execute(select(AuditLog).where(
            AuditLog.action == "privacy.delete"))).scalars().one()
        told = (await session.execute(select(OutboxMessage).where(
            OutboxMessage.kind == "team.declined"))).scalars().all()
    assert pending == []
    assert "pytorch" not in json.dumps(audit.new) and "flows" not in json.dumps(audit.new)
    assert [m.recipient for m in told] == ["U1"]  # the inviter is told, as on Decline
    again = bot.text(await bot.command("/privacy", "delete confirm"))
    assert "nothing to delete" in again
    await bot.command("/ask", "can we use pytorch for the project?")  # asked again: kept again
    await faq.settle()
    assert [q.status for q in (await _rows(bot)).questions] == ["open"]


async def test_delete_keeps_a_registered_team_and_the_button_works(
        bot: SlackTestClient, course: Course) -> None:
    known(bot, STUDENT, "U1")
    await bot.command("/team", f"register <@{STUDENT}> Flow", user_id="U1")
    await bot.command("/team", "accept")
    await bot.command("/reminders", "on")
    await bot.interact(sr.block_action_payload(
        user_id=STUDENT, action_id="privacy_delete_confirm", value="confirm",
        response_url=bot.slack.response_url("btn")))
    said = bot.text(bot.sent("response_url")[-1])
    assert "Deleted" in said and "registered team membership" in said
    rows = await _rows(bot)
    assert rows.pref is None
    assert [(m.state, t.status if t else "") for m, t in rows.memberships] == [
        ("accepted", "registered")]


async def test_archive_stops_reminders_freezes_teams_and_anonymises_later(
        bot: SlackTestClient, course: Course) -> None:
    db = bot.runtime.db
    known(bot, STUDENT, "U1", "U2", "U3")
    await bot.command("/team", f"register <@{STUDENT}> Flow | Flows", user_id="U1")
    await bot.command("/team", "accept")
    await bot.command("/reminders", "on")
    presented = bot.text(await bot.command("/course", 'present <@U1> Oct 7 "Attention"',
                                           user_id=STAFF))
    assert "Attention" in presented
    await bot.command("/team", "looking GANs", user_id="U2")
    await bot.command("/ask", "can we use pytorch for the project?", user_id="U2")
    await faq.settle()
    now = bot.runtime.deps.clock.now()
    await replan(db, course, now=now, channel_id="C0COURSE")
    async with db.session() as session:
        before = (await session.execute(select(Reminder).where(
            Reminder.status == "pending"))).scalars().all()
    assert before

    end = chicago(2021, 12, 20, 9, 0)
    report = await privacy.archive_course(db, course.id, now=end, actor="cli",
                                          retention_days=365)
    assert report.ok and report.cancelled_reminders == len(before)
    assert report.anonymise_after == end + timedelta(days=365)
    again = await privacy.archive_course(db, course.id, now=end + timedelta(days=1),
                                         actor="cli", retention_days=365)
    assert again.already and again.archived_at == end
    plan = await replan(db, course, now=end, channel_id="C0COURSE")
    assert plan.created == 0
    async with db.session() as session:
        assert (await session.execute(select(Reminder).where(
            Reminder.status == "pending"))).scalars().all() == []

    # teams are frozen, for staff too, with a clear code
    left = await teams.leave(db, course, actor=Actor(STUDENT), now=end)
    assert not left.ok and left.code is Code.ARCHIVED
    staff_add = await teams.register(db, course, actor=Actor(STAFF, Role.STAFF),
                                     members=[Person("U2"), Person("U3")], name="Late",
                                     now=end)
    assert staff_add.code is Code.ARCHIVED
    said = bot.text(await bot.command("/team", "leave"))
    assert "archived" in said and "frozen" in said

    # nothing before the retention period; everything once it has passed
    assert await privacy.anonymise_due(db, now=end + timedelta(days=364),
                                       retention_days=365) == []
    [done] = await privacy.anonymise_due(db, now=end + timedelta(days=366), retention_days=365)
    assert done.course_id == course.id and done.counts["people"] >= 4
    assert await privacy.anonymise_due(db, now=end + timedelta(days=400),
                                       retention_days=365) == []  # once
    async with db.session() as session:
        members = (await session.execute(select(TeamMember))).scalars().all()
        audits = (await session.execute(select(AuditLog))).scalars().all()
        questions = (await session.execute(select(Question))).scalars().all()
        outbox = (await session.execute(select(OutboxMessage))).scalars().all()
        seekers = (await session.execute(select(storage.models.TeamSeeker))).scalars().all()
        prefs = (await session.execute(select(storage.models.ReminderPref))).scalars().all()
        entries = (await session.execute(select(OhEntry))).scalars().all()
        deadlines = (await session.execute(select(storage.models.Deadline))).scalars().all()
        talks = (await session.execute(select(storage.models.Presentation))).scalars().all()
    people = {STUDENT, "U1", "U2", "U3", STAFF}
    assert len(talks) == 1 and talks[0].user_id.startswith("anon-")
    assert talks[0].paper_title == "Attention"  # a course record, not personal data
    personal = [d for d in deadlines if d.user_id]
    assert len(personal) == 2 and all(d.user_id == talks[0].user_id for d in personal)
    assert not any(p in d.key for d in deadlines for p in people)
    dump = json.dumps([[m.user_id, m.invited_by] for m in members]
                      + [[a.actor, a.target, a.old, a.new] for a in audits]
                      + [[q.user_id, q.text] for q in questions]
                      + [[o.recipient, o.data] for o in outbox], default=str)
    assert not any(p in dump for p in people), dump
    assert "pytorch" not in dump and seekers == [] and prefs == [] and entries == []
    # the same person has the same pseudonym everywhere
    accepted = {m.user_id for m in members if m.state == "accepted"}
    assert len(accepted) == 2 and all(u.startswith("anon-") for u in accepted)
    assert accepted <= {a.actor for a in audits}
    assert all(q.text == "" for q in questions)


def test_privacy_md_names_every_table() -> None:
    text = (ROOT / "PRIVACY.md").read_text("utf-8")
    missing = [t for t in SQLModel.metadata.tables if f"`{t}`" not in text]
    assert missing == [], f"PRIVACY.md does not name: {missing}"


def test_readme_justifies_every_scope() -> None:
    manifest = json.loads((ROOT / "manifest.json").read_text())
    readme = (ROOT / "README.md").read_text("utf-8")
    for scope in manifest["oauth_config"]["scopes"]["bot"]:
        assert re.search(rf"^\| `{re.escape(scope)}` \|", readme, re.M), scope


async def test_privacy_in_the_shell(db: Database) -> None:
    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]
    now = parse_instant("2021-09-13T10:00", zone=CHICAGO)
    async with Shell.open(settings, now=now, user_id="U0ADA") as shell:
        await shell.send("/reminders 2d")
        await shell.send("/team looking diffusion models")
        shown = await shell.send("/privacy")
        assert "Reminder settings" in shown.text and "diffusion models" in shown.text
        exported = await shell.send("/privacy export")
        upload = [m for m in exported.messages if m["via"] == "files.completeUploadExternal"]
        assert len(upload) == 1
        data = json.loads(upload[0]["content"])
        assert data["user_id"] == "U0ADA" and data["looking"] == "diffusion models"
        async with db.session() as session:
            [row] = (await session.execute(select(OutboxMessage).where(
                OutboxMessage.kind == FILE_UPLOAD))).scalars().all()
        assert row.status == "sent" and row.data == {"content_cleared": True}
        asked = await shell.send("/privacy delete")
        assert "/privacy delete confirm" in asked.text
        deleted = await shell.send("/privacy delete confirm")
        assert "Deleted" in deleted.text and "grade" in deleted.text
        after = await shell.send("/privacy")
        assert "holds no data about you" in after.text or "Reminder settings" not in after.text
        assert "diffusion models" not in after.text


@pytest.mark.slow
async def test_archive_from_the_cli_at_given_instants(db: Database, course: Course,
                                                      tmp_path: Path) -> None:
    """`course-bot archive` and `--anonymise-due` as a cron would run them (``--now``)."""
    from bot.seeding import load_course_into

    await load_course_into(db, course)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT),
                                   "DATABASE_URL": db.url, "RETENTION_DAYS": "365"})

    first = cli("archive", "cs598-fall2021", "--now", "2021-12-20T09:00")
    assert first.returncode == 0, first.stderr
    assert "archived at 2021-12-20T15:00:00+00:00" in first.stdout
    assert "anonymised after 2022-12-20" in first.stdout
    early = cli("archive", "--anonymise-due", "--now", "2022-12-19T09:00")
    assert early.returncode == 0 and early.stdout == ""
    due = cli("archive", "--anonymise-due", "--now", "2022-12-21T09:00")
    assert due.returncode == 0 and "personal data anonymised" in due.stdout
    unknown = cli("archive", "nope-course")
    assert unknown.returncode == 2 and "no such course" in unknown.stdout
    async with db.session() as session:
        row = await session.get(storage.models.CourseRow, course.id)
    assert row is not None and row.archived_at is not None and row.anonymised_at is not None


async def test_staff_delete_through_privacy_is_their_own_only(bot: SlackTestClient) -> None:
    """/privacy names nobody else: staff typing a student's id still act on themselves."""
    await bot.command("/reminders", "on")
    await bot.command("/reminders", "on", user_id=STAFF)
    said = bot.text(await bot.command("/privacy", f"delete confirm <@{STUDENT}>",
                                      user_id=STAFF))
    assert "Deleted" not in said  # not "delete confirm": asked to confirm, nothing removed
    await bot.command("/privacy", "delete confirm", user_id=STAFF)
    assert (await _rows(bot, STAFF)).pref is None
    assert (await _rows(bot, STUDENT)).pref is not None


async def test_privacy_wording_counts_and_names_what_delete_clears(bot: SlackTestClient,
                                                                    course: Course) -> None:
    """One change is "1 change"; the rows /privacy delete itself writes are not the
    student's changes; the roster row, the delivered DMs' text and the course choice are
    shown and named by the delete; the prompt names the course with its term; after
    archive, the date the kept data is anonymised."""
    known(bot, STUDENT, "U1")
    await bot.command("/deadlines", "calendar")
    await bot.command("/deadlines", "calendar reset")  # one audited change of the student's
    await bot.command("/course", "use cs598-fall2021")  # their course choice
    shown = bot.text(await bot.command("/privacy"))
    assert "*Audit log*: 1 change you made" in shown and "1 changes" not in shown
    assert "Course choice" in shown
    assert f"{course.code} {course.term}* only" in shown and "/course use" in shown
    async with bot.runtime.db.session() as session:  # a DM delivered earlier, its text kept
        session.add(OutboxMessage(course_id=course.id, kind="reminder.dm", recipient=STUDENT,
                                  data={"text": "Proposal due Friday"}, status="sent",
                                  key="delivered-1"))
        session.add(storage.models.SeenUser(course_id=course.id, user_id=STUDENT,
                                            first_seen_at=bot.runtime.deps.clock.now()))
        await session.commit()
    assert "Roster" in bot.text(await bot.command("/privacy"))
    asked = bot.text(await bot.command("/privacy", "delete"))
    assert f"Delete your data in {course.code} {course.term}?" in asked
    for part in ("your roster row", "the text of the DMs", "your choice of this course"):
        assert part in asked, (part, asked)
    assert "anonymised 365 days after the course is archived" in asked
    done = bot.text(await bot.command("/privacy", "delete confirm"))
    assert "your choice of this course" in done and "your roster row" in done
    after = bot.text(await bot.command("/privacy"))
    assert "1 change you made" in after  # the delete's own rows are not counted
    assert "Course choice" not in after and "Messages" not in after
    again = bot.text(await bot.command("/privacy", "delete confirm"))
    assert "nothing to delete" in again

    end = chicago(2021, 12, 20, 9, 0)
    await privacy.archive_course(bot.runtime.db, course.id, now=end, actor="cli",
                                 retention_days=365)
    gone = bot.text(await bot.command("/privacy", "delete"))
    assert "when the course is archived" not in gone
    assert "365 days after the course was archived" in gone and "2022" in gone
