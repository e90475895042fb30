"""Teams: the rules in the service and the database, the /team command, buttons and modal."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.config import Settings
from app.offline import slack_requests as sr
from app.offline.shell import Shell
from bot import teams
from bot.clock import FrozenClock
from bot.course import Course
from bot.seeding import load_course_into
from storage.db import Database
from storage.models import AuditLog, Deadline, Team, TeamMember
from tests.conftest import CHANNEL, CHICAGO, STAFF, chicago
from tests.slack import SlackTestClient

SEP10 = chicago(2021, 9, 10, 12, 0)
SEP18 = chicago(2021, 9, 18, 9, 0)


@pytest.fixture
async def loaded(db: Database, course: Course) -> Database:
    await load_course_into(db, course)
    return db


async def _team_rows(db: Database) -> tuple[list[Team], list[TeamMember]]:
    async with db.session() as session:
        t = list((await session.execute(select(Team))).scalars())
        m = list((await session.execute(select(TeamMember))).scalars())
    return t, m


# ----------------------------------------------------------------------------- parsing
def test_parse_mentions_reads_escaped_and_plain_forms() -> None:
    assert teams.parse_mentions("<@U2|ada> <@W3> @U4 Flow  Matchers | VAEs") == (
        ["U2", "W3", "U4"], "Flow Matchers | VAEs")
    assert teams.parse_mentions("email@U2x.com Name") == ([], "email@U2x.com Name")
    assert teams.parse_mentions("@U2 @U2 x") == (["U2"], "x")


# ----------------------------------------------------------------------------- service
async def test_register_accept_registers_and_tells_everyone(loaded: Database,
                                                            course: Course) -> None:
    out = await teams.register(loaded, course, actor="U1", members=["U2", "U3"],
                               name="Flow Matchers", project_title="Neural ODEs", now=SEP10)
    assert out.ok and out.team is not None and out.team.status == "pending"
    assert [n.user_id for n in out.notices] == ["U2", "U3"]
    assert all(n.invite is not None for n in out.notices)
    first = await teams.answer(loaded, course, actor="U2", accept=True, now=SEP10)
    assert first.ok and "Still waiting for <@U3>" in first.message
    second = await teams.answer(loaded, course, actor="U3", accept=True, now=SEP10)
    assert second.ok and second.team is not None and second.team.status == "registered"
    assert {n.user_id for n in second.notices} == {"U1", "U2"}
    assert all("registered" in n.text for n in second.notices)
    again = await teams.answer(loaded, course, actor="U3", accept=True, now=SEP10)
    assert again.ok and "You are on team *Flow Matchers* (registered)" in again.message
    assert await teams.students_without_team(loaded, course.id, ["U1", "U4", "U2", "U5"]) == [
        "U4", "U5"]


async def test_sizes_conflicts_and_names_are_refused(loaded: Database, course: Course) -> None:
    await teams.register(loaded, course, actor="U1", members=["U2"], name="Alpha", now=SEP10)
    await teams.answer(loaded, course, actor="U2", accept=True, now=SEP10)
    alone = await teams.register(loaded, course, actor="U4", members=[], name="x", now=SEP10)
    assert not alone.ok and "Name your teammates" in alone.message
    self_only = await teams.register(loaded, course, actor="U4", members=["U4"], now=SEP10)
    assert not self_only.ok
    four = await teams.register(loaded, course, actor="U4", members=["U5", "U6", "U7"],
                                name="Big", now=SEP10)
    assert not four.ok and "would have 4" in four.message and four.field == "members"
    taken = await teams.register(loaded, course, actor="U4", members=["U2", "U5"],
                                 name="Beta", now=SEP10)
    assert not taken.ok and "<@U2> is already on team *Alpha* (registered)" in taken.message
    same = await teams.register(loaded, course, actor="U4", members=["U5"], name=" aLPha ",
                                now=SEP10)
    assert not same.ok and "already taken" in same.message and same.field == "name"
    again = await teams.register(loaded, course, actor="U1", members=["U5"], name="Gamma",
                                 now=SEP10)
    assert not again.ok and "You are already on team *Alpha*" in again.message
    staffer = await teams.register(loaded, course, actor="U4", members=[STAFF], name="S",
                                   now=SEP10, staff_ids={STAFF})
    assert not staffer.ok and "course staff" in staffer.message
    injected = await teams.register(loaded, course, actor="U4", members=["U5"],
                                    name="<!channel> team", now=SEP10)
    assert injected.ok and "&lt;!channel&gt;" in injected.message
    assert "<!channel>" not in injected.notices[0].text
    teams_, members = await _team_rows(loaded)
    assert len(teams_) == 2 and len(members) == 4  # refusals wrote nothing


async def test_database_refuses_a_second_accepted_membership(loaded: Database,
                                                             course: Course) -> None:
    await teams.register(loaded, course, actor="U1", members=["U2"], name="A", now=SEP10)
    await teams.register(loaded, course, actor="U3", members=["U4"], name="B", now=SEP10)
    _, members = await _team_rows(loaded)
    b = next(m for m in members if m.user_id == "U3")
    with pytest.raises(IntegrityError):
        async with loaded.session() as session:  # bypass the service: the index says no
            session.add(TeamMember(course_id=course.id, team_id=1 if b.team_id == 2 else 2,
                                   user_id="U3", state="accepted"))
    with pytest.raises(IntegrityError):
        async with loaded.session() as session:
            session.add(Team(course_id=course.id, name="a", name_key="a", created_by="U9"))


async def test_lock_reads_the_stored_deadline_and_spares_staff(loaded: Database,
                                                               course: Course) -> None:
    late = await teams.register(loaded, course, actor="U1", members=["U2"], name="L",
                                now=SEP18)
    assert not late.ok and late.locked_at is not None
    assert late.locked_at.astimezone(CHICAGO) == chicago(2021, 9, 17, 23, 59)
    staff = await teams.register(loaded, course, actor=STAFF, members=["U1", "U2"], name="L",
                                 now=SEP18, staff=True)
    assert staff.ok and staff.team is not None and staff.team.status == "registered"
    assert {n.user_id for n in staff.notices} == {"U1", "U2"}
    async with loaded.session() as session:  # staff move the team deadline a week later
        row = (await session.execute(select(Deadline).where(Deadline.key == "team"))).scalar_one()
        row.due_at = chicago(2021, 9, 24, 23, 59)
        row.origin = "staff"
    moved = await teams.register(loaded, course, actor="U3", members=["U4"], name="M",
                                 now=SEP18)
    assert moved.ok
    async with loaded.session() as session:
        audits = list((await session.execute(
            select(AuditLog).where(AuditLog.action.startswith("team.")))).scalars())  # type: ignore[union-attr]
    # the refused late registration left no trace; the staff one and the later one did
    assert [(a.actor, a.action) for a in audits] == [(STAFF, "team.register"),
                                                     ("U3", "team.register")]
    assert audits[0].new is not None and audits[0].new["members"] == ["U1", "U2"]


async def test_decline_leave_and_pending_again(loaded: Database, course: Course) -> None:
    await teams.register(loaded, course, actor="U1", members=["U2", "U3"], name="T", now=SEP10)
    await teams.answer(loaded, course, actor="U2", accept=True, now=SEP10)
    declined = await teams.answer(loaded, course, actor="U3", accept=False, now=SEP10)
    assert declined.ok and declined.team is not None and declined.team.status == "registered"
    left = await teams.leave(loaded, course, actor="U2", now=SEP10)
    assert left.ok and left.team is not None and left.team.status == "pending"
    assert [n.user_id for n in left.notices] == ["U1"] and "pending" in left.notices[0].text
    assert await teams.students_without_team(loaded, course.id, ["U1", "U2"],
                                             registered_only=True) == ["U1", "U2"]
    last = await teams.leave(loaded, course, actor="U1", now=SEP10)
    assert last.ok and last.team is not None and last.team.status == "dissolved"
    again = await teams.register(loaded, course, actor="U2", members=["U3"], name="T",
                                 now=SEP10)
    assert again.ok  # the name of a dissolved team is free again
    locked = await teams.leave(loaded, course, actor="U2", now=SEP18)
    assert not locked.ok and locked.locked_at is not None


async def test_students_own_team_changes_are_audited(loaded: Database, course: Course) -> None:
    await teams.register(loaded, course, actor="U1", members=["U2"], name="T", now=SEP10)
    await teams.answer(loaded, course, actor="U2", accept=True, now=SEP10)
    await teams.invite(loaded, course, actor="U1", user_ids=["U3"], now=SEP10)
    await teams.answer(loaded, course, actor="U3", accept=False, now=SEP10)
    await teams.leave(loaded, course, actor="U2", now=SEP10)
    await teams.answer(loaded, course, actor="U9", accept=True, now=SEP10)  # nothing to answer
    async with loaded.session() as session:
        rows = list((await session.execute(select(AuditLog).where(
            AuditLog.action.startswith("team.")).order_by(AuditLog.id))).scalars())
    assert [(r.actor, r.action) for r in rows] == [
        ("U1", "team.register"), ("U2", "team.accept"), ("U1", "team.invite"),
        ("U3", "team.decline"), ("U2", "team.leave")]
    assert rows[0].new is not None and rows[0].new["by_staff"] is False
    assert rows[1].new is not None and rows[1].new["status"] == "registered"
    assert rows[-1].new is not None and rows[-1].new["status"] == "pending"


async def test_accepting_one_invitation_closes_the_others(loaded: Database,
                                                          course: Course) -> None:
    await teams.register(loaded, course, actor="U1", members=["U3"], name="A", now=SEP10)
    await teams.register(loaded, course, actor="U2", members=["U3", "U4"], name="B",
                         now=SEP10)
    ambiguous = await teams.answer(loaded, course, actor="U3", accept=True, now=SEP10)
    assert not ambiguous.ok and "*A*" in ambiguous.message and "*B*" in ambiguous.message
    out = await teams.answer(loaded, course, actor="U3", accept=True, team_ref="b", now=SEP10)
    assert out.ok
    assert any(n.user_id == "U1" and "invitation to *A* is closed" in n.text
               for n in out.notices)
    mine = await teams.my_team(loaded, course, user_id="U3", now=SEP10)
    assert mine.team is not None and mine.team.name == "B" and not mine.invitations


async def test_staff_edit_merge_dissolve_are_audited(loaded: Database, course: Course) -> None:
    a = await teams.register(loaded, course, actor=STAFF, members=["U1", "U2"], name="A",
                             now=SEP10, staff=True)
    b = await teams.register(loaded, course, actor="U3", members=["U4"], name="B", now=SEP10)
    assert a.team and b.team
    too_big = await teams.merge(loaded, course, actor=STAFF, into_ref=f"#{a.team.id}",
                                from_ref=f"#{b.team.id}", now=SEP18)
    assert too_big.ok  # U4 only invited: 2 + 1 accepted = 3
    merged = too_big.team
    assert merged is not None and sorted(merged.accepted) == ["U1", "U2", "U3"]
    renamed = await teams.rename(loaded, course, actor=STAFF, new_name="Alpha", staff=True,
                                 team_ref=f"#{a.team.id}", now=SEP18)
    assert renamed.ok
    removed = await teams.remove(loaded, course, actor=STAFF, team_ref="alpha",
                                 user_ids=["U3"], now=SEP18)
    assert removed.ok and removed.team is not None and removed.team.accepted == ["U1", "U2"]
    added = await teams.invite(loaded, course, actor=STAFF, user_ids=["U4"], staff=True,
                               team_ref="#1", now=SEP18)
    assert added.ok and added.team is not None and len(added.team.accepted) == 3
    gone = await teams.dissolve(loaded, course, actor=STAFF, team_ref="Alpha", now=SEP18)
    assert gone.ok and {n.user_id for n in gone.notices} == {"U1", "U2", "U4"}
    missing = await teams.dissolve(loaded, course, actor=STAFF, team_ref="#99", now=SEP18)
    assert not missing.ok and "no team" in missing.message
    async with loaded.session() as session:
        actions = [a.action for a in (await session.execute(
            select(AuditLog).where(AuditLog.actor == STAFF).order_by(AuditLog.id))).scalars()]
    assert actions == ["team.register", "team.merge", "team.rename", "team.remove",
                       "team.add", "team.dissolve"]
    assert await teams.students_without_team(loaded, course.id, ["U1", "U2", "U3", "U4"]) == [
        "U1", "U2", "U3", "U4"]


async def test_board_and_suggestions(loaded: Database, course: Course) -> None:
    await teams.set_looking(loaded, course, actor="U1", interests="normalizing flows",
                            now=SEP10)
    await teams.set_looking(loaded, course, actor="U2", interests="GANs", now=SEP10)
    await teams.set_looking(loaded, course, actor="U3", interests="flows, normalizing",
                            now=SEP10)
    assert [s.user_id for s in await teams.board(loaded, course)] == ["U1", "U2", "U3"]
    suggestions = await teams.suggest(loaded, course, roster=["U1", "U2", "U3", "U4", "U5"],
                                      exclude={STAFF})
    groups = [set(s.user_ids) for s in suggestions]
    assert {"U1", "U3"} in groups
    assert sorted(u for g in groups for u in g) == ["U1", "U2", "U3", "U4", "U5"]
    assert all(2 <= len(g) <= 3 for g in groups)
    off = await teams.set_looking(loaded, course, actor="U2", interests="off", now=SEP10)
    assert off.ok and [s.user_id for s in await teams.board(loaded, course)] == ["U1", "U3"]


# ----------------------------------------------------------------------------- through Slack
async def test_team_command_invites_with_buttons_and_button_accepts(
        bot: SlackTestClient, clock: FrozenClock) -> None:
    clock.set(SEP10)
    response = await bot.command("/team", "register <@U2|ada> <@U3|grace> Flow | VAEs",
                                 user_id="U1")
    assert "pending until @U2 and @U3 accept" in bot.text(response)
    dms = bot.sent()
    assert [d["channel"] for d in dms] == ["U2", "U3"]
    actions = next(b for b in dms[0]["blocks"] if b["type"] == "actions")
    assert [e["action_id"] for e in actions["elements"]] == ["team_accept", "team_decline"]
    team_id = actions["elements"][0]["value"]
    for user in ("U2", "U2", "U3"):  # a double click on Accept changes nothing twice
        payload = sr.block_action_payload(user_id=user, action_id="team_accept", value=team_id,
                                          message_ts="5.000001")
        assert (await bot.interact(payload)).status_code == 200
    updates = [t.replace("*", "") for t in bot.sent_text("chat.update")]
    assert "You joined Flow" in updates[0] and "registered" in updates[-1]
    assert any("Team *Flow* is registered" in t for t in bot.sent_text())
    mine = await bot.command("/team", "", user_id="U2")
    assert "*Flow* (#1) · registered" in bot.text(mine)


async def test_team_modal_opens_and_shows_errors_inline(bot: SlackTestClient,
                                                        clock: FrozenClock) -> None:
    clock.set(SEP10)
    await bot.command("/team", "", user_id="U1")
    view = bot.sent("views.open")[0]["view"]
    assert view["callback_id"] == "team_register"
    kinds = [b["element"]["type"] for b in view["blocks"]]
    assert kinds == ["multi_users_select", "plain_text_input", "plain_text_input"]

    def values(users: list[str], name: str) -> dict:
        return {"members": {"members": {"type": "multi_users_select", "selected_users": users}},
                "name": {"name": {"type": "plain_text_input", "value": name}},
                "title": {"title": {"type": "plain_text_input", "value": None}}}

    bad = await bot.interact(sr.view_submission_payload(
        user_id="U1", callback_id="team_register", values=values(["U2", "U3", "U4"], "X")))
    body = json.loads(bad.content)
    assert body["response_action"] == "errors" and "would have 4" in body["errors"]["members"]
    good = await bot.interact(sr.view_submission_payload(
        user_id="U1", callback_id="team_register", values=values(["U2"], "Solo Flyers")))
    assert good.status_code == 200 and not good.content
    assert any("Solo Flyers" in t for t in bot.sent_text())
    taken = await bot.interact(sr.view_submission_payload(
        user_id="U5", callback_id="team_register", values=values(["U6"], "solo flyers")))
    assert "already taken" in json.loads(taken.content)["errors"]["name"]


async def test_staff_list_reads_paginated_channel_and_skips_staff_and_bots(
        bot: SlackTestClient, clock: FrozenClock) -> None:
    clock.set(SEP10)
    students = [f"U{n:03d}" for n in range(1, 251)]
    bot.slack.add_user("U0HELPER", name="helperbot", is_bot=True)
    bot.slack.members[CHANNEL] = [STAFF, "U0HELPER", *students]
    await bot.command("/team", "register @U001 @U002 Pair", user_id="U003")
    response = await bot.command("/team", "list", user_id=STAFF)
    text = bot.text(response).replace("*", "")
    assert "Pair (#1) · pending" in text and "0 registered, 1 pending" in text
    assert "Without a team (249)" in text  # U001 and U002 are only invited so far
    assert "@U003" in text.split("Without a team")[0]
    without = text.split("Without a team")[1]
    assert "@U250" in without and "@U004" in without and "U0HELPER" not in without
    assert "@U001 (invited)" in without
    assert STAFF not in without and "@U003" not in without
    assert len(bot.sent("conversations.members")) == 2  # 200 per page
    refused = await bot.command("/team", "list", user_id="U001")
    assert "for course staff" in bot.text(refused)


async def test_export_uploads_csv(bot: SlackTestClient, clock: FrozenClock) -> None:
    clock.set(SEP10)
    bot.slack.add_user("U1", name="ada", email="ada@illinois.edu")
    await bot.command("/team", "register @U1 @U2 Pair, Inc.", user_id=STAFF)
    response = await bot.command("/team", "export", user_id=STAFF)
    assert "Exported 2 members of 1 team " in bot.text(response)
    done = bot.sent("files.completeUploadExternal")[0]
    files = json.loads(done["files"]) if isinstance(done["files"], str) else done["files"]
    content = bot.slack.uploads[files[0]["id"]].decode()
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == ["team", "status", "user_id", "display_name", "email", "joined_at"]
    assert rows[1][:5] == ["Pair, Inc.", "registered", "U1", "ada", "ada@illinois.edu"]
    assert rows[1][5].startswith("2021-09-10T17:00:00")


async def test_student_help_and_unknown(bot: SlackTestClient) -> None:
    helped = bot.text(await bot.command("/team", "help"))
    assert "/team register" in helped and "/team export" not in helped
    assert "/team export" in bot.text(await bot.command("/team", "help", user_id=STAFF))
    assert "don't know" in bot.text(await bot.command("/team", "frobnicate <!channel>"))


async def test_shell_scenario_across_separate_runs(db: Database) -> None:
    """The issue's "Done when", one shell per step on the same database."""
    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]

    async def run(user: str, when: str, *lines: str, staff: bool = False) -> list[str]:
        from bot.clock import parse_instant
        now = parse_instant(when, zone=CHICAGO)
        async with Shell.open(settings, user_id=user, staff=staff, now=now) as shell:
            return [(await shell.send(line)).text.replace("*", "") for line in lines]

    (reg,) = await run("U1", "2021-09-10", "/team register @U2 @U3 Team Name")
    assert "pending until @U2 and @U3 accept" in reg
    assert "(DM to @U2) @U1 invited you" in reg and "(DM to @U3) @U1 invited you" in reg
    await run("U2", "2021-09-10", "/team accept")
    (acc,) = await run("U3", "2021-09-10", "/team accept")
    assert "The team is registered: @U1, @U2 and @U3" in acc
    conflict, one, four = await run("U4", "2021-09-10", "/team register @U2 @U5 Other",
                                    "/team register Lonely", "/team register @U5 @U6 @U7 Big")
    assert "@U2 is already on team Team Name" in conflict
    assert "Name your teammates" in one and "would have 4" in four
    (late,) = await run("U8", "2021-09-18", "/team register @U9 Late")
    assert "Teams are locked" in late and "Sep 17, 2021) at 11:59 PM CDT" in late
    staff_reg, listing, export = await run(
        "U0STAFF", "2021-09-18", "/team register @U8 @U9 Late", "/team list", "/team export",
        staff=True)
    assert "Registered team Late: @U8 and @U9" in staff_reg
    assert "Team Name (#1) · registered" in listing and "Late (#2) · registered" in listing
    assert "Without a team (1): @U4" in listing
    assert "team,status,user_id,display_name,email,joined_at" in export
    assert "Late,registered,U8," in export and export.count("Team Name,registered,") == 3


async def test_staff_commands_through_slack(bot: SlackTestClient, clock: FrozenClock) -> None:
    clock.set(SEP18)  # after the lock: staff still can, students cannot
    reg = await bot.command("/team", "register <@U1|a> <@U2|b> =HYPERLINK(1) | GANs",
                            user_id=STAFF)
    assert "Registered team *=HYPERLINK(1)*" in bot.text(reg)
    assert sorted(d["channel"] for d in bot.sent()) == ["U1", "U2"]
    title = await bot.command("/team", "title #1 Diffusion models", user_id=STAFF)
    assert "Diffusion models" in bot.text(title)
    student = await bot.command("/team", "title Something else", user_id="U1")
    assert "Teams are locked" in bot.text(student) and "adadu2@illinois.edu" in bot.text(student)
    renamed = await bot.command("/team", "rename #1 Denoisers", user_id=STAFF)
    assert "is now *Denoisers*" in bot.text(renamed)
    assert "for course staff" in bot.text(await bot.command("/team", "dissolve #1",
                                                            user_id="U1"))
    await bot.command("/team", "register @U3 @U4 Second", user_id=STAFF)
    merged = await bot.command("/team", "merge #1 #2", user_id=STAFF)
    assert "at most 3 members" in bot.text(merged)
    removed = await bot.command("/team", "remove #2 @U4", user_id=STAFF)
    assert "The team is pending" in bot.text(removed)
    merged = await bot.command("/team", "merge #2 into #1", user_id=STAFF)
    assert "Merged *Second* into *Denoisers*" in bot.text(merged)
    listing = bot.text(await bot.command("/team", "list", user_id=STAFF))
    assert "Denoisers* (#1) · registered · project: Diffusion models" in listing
    assert "Second" not in listing
    mine = bot.text(await bot.command("/team", "", user_id="U3"))
    assert "Denoisers" in mine and "Teams locked" in mine
    assert not bot.sent("views.open")
    await bot.command("/team", "export", user_id=STAFF)
    done = bot.sent("files.completeUploadExternal")[0]
    files = json.loads(done["files"]) if isinstance(done["files"], str) else done["files"]
    content = bot.slack.uploads[files[0]["id"]].decode()
    assert content.count("Denoisers,registered,") == 3


async def test_csv_cells_never_start_a_formula() -> None:
    from handlers.commands.team import _cell
    assert _cell("=SUM(A1)") == "'=SUM(A1)" and _cell("+1") == "'+1"
    assert _cell("Flow") == "Flow" and _cell("") == ""


async def test_late_student_gets_no_modal(bot: SlackTestClient, clock: FrozenClock) -> None:
    clock.set(SEP18)
    text = bot.text(await bot.command("/team", "", user_id="U7"))
    assert "You are not on a team" in text and "Teams locked" in text
    assert not bot.sent("views.open")
    accept = bot.text(await bot.command("/team", "accept", user_id="U7"))
    assert "no open invitation" in accept


async def test_invitation_buttons_in_the_ephemeral_team_view(bot: SlackTestClient,
                                                              clock: FrozenClock) -> None:
    clock.set(SEP10)
    await bot.command("/team", "register @U2 Pair", user_id="U1")
    shown = await bot.command("/team", "", user_id="U2")
    body = json.loads(shown.content)
    actions = [b for b in body["blocks"] if b["type"] == "actions"]
    assert [e["action_id"] for e in actions[0]["elements"]] == ["team_accept", "team_decline"]
    assert "Invitation: *Pair* (#1) · pending" in bot.text(shown)
    assert not bot.sent("views.open")  # an invitee sees the invitation, not the form
    payload = sr.block_action_payload(user_id="U2", action_id="team_decline",
                                      value=actions[0]["elements"][1]["value"],
                                      response_url=bot.slack.response_url("eph"))
    payload["container"]["is_ephemeral"] = True
    await bot.interact(payload)
    replaced = bot.sent("response_url")[-1]
    assert replaced["replace_original"] in (True, "true")
    assert "You declined the invitation to *Pair*" in bot.text(replaced)
    told = bot.sent_text()[-1]
    assert "@U2 declined the invitation to *Pair*" in told and "pending" in told
