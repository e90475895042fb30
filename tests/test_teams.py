"""Teams: the rules in the service and the database, the /team command, buttons and modal."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from app.config import Settings
from app.deps import Deps
from app.offline import slack_requests as sr
from app.offline.shell import Exchange, Shell
from bot import teams
from bot.actor import Actor, Role
from bot.clock import FrozenClock
from bot.course import Course
from bot.outbox import FILE_UPLOAD, HOME_REFRESH
from bot.seeding import load_course_into
from bot.teams import Person
from handlers import parse
from handlers.plain import to_text
from handlers.render.registry import load_all, render
from handlers.render.team import say
from storage.db import Database
from storage.models import AuditLog, Deadline, OutboxMessage, Team, TeamMember
from storage.repos import outbox
from tests.conftest import CHANNEL, CHICAGO, STAFF, chicago
from tests.slack import SlackTestClient


def words(outcome: teams.Outcome) -> str:
    """The words the actor sees (handlers.render.team), for the text assertions."""
    return say(outcome.code, outcome.values)


SEP10 = chicago(2021, 9, 10, 12, 0)
SEP18 = chicago(2021, 9, 18, 9, 0)
STAFF_A = Actor(STAFF, Role.STAFF)


def A(user_id: str) -> Actor:
    return Actor(user_id)


def P(*user_ids: str, **kwargs: bool) -> list[Person]:
    return [Person(u, **kwargs) for u in user_ids]  # type: ignore[arg-type]


def known(bot: SlackTestClient, *user_ids: str) -> None:
    """Make ``user_ids`` real users of the Slack stand-in (users.info refuses strangers)."""
    for user_id in user_ids:
        if user_id not in bot.slack.users:
            bot.slack.add_user(user_id)


async def queued(db: Database, course: Course) -> list[OutboxMessage]:
    """The outbox rows not yet delivered, oldest first."""
    async with db.session() as session:
        return await outbox.pending(session=session, course_id=course.id)


async def dms(db: Database, course: Course, *, since: int = 0) -> list[tuple[str, str, str]]:
    """(kind, recipient, rendered text) of every queued message but Home refreshes."""
    load_all()
    deps = Deps(settings=Settings(_env_file=None),  # type: ignore[call-arg]
                db=db, clock=FrozenClock(SEP10), course=course)
    out = []
    for row in await queued(db, course):
        if row.kind in (HOME_REFRESH, FILE_UPLOAD) or (row.id or 0) <= since:
            continue
        said = render(row.kind, row.data, deps)
        out.append((row.kind, row.recipient, to_text(said, zone=course.tz).replace("*", "")))
    return out


async def last_id(db: Database, course: Course) -> int:
    rows = await queued(db, course)
    return max((r.id or 0 for r in rows), default=0)


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
    assert parse.mentions("<@U2|ada> <@W3> @U4 Flow  Matchers | VAEs") == (
        ["U2", "W3", "U4"], "Flow Matchers | VAEs")
    assert parse.mentions("email@U2x.com Name") == ([], "email@U2x.com Name")
    assert parse.mentions("@U2 @U2 x") == (["U2"], "x")


# ----------------------------------------------------------------------------- service
async def test_register_accept_registers_and_tells_everyone(loaded: Database,
                                                            course: Course) -> None:
    out = await teams.register(loaded, course, actor=A("U1"), members=P("U2", "U3"),
                               name="Flow Matchers", project_title="Neural ODEs", now=SEP10)
    assert out.ok and out.team is not None and out.team.status == "pending"
    told = await dms(loaded, course)
    assert [(k, to) for k, to, _ in told] == [("team.invited", "U2"), ("team.invited", "U3")]
    assert all("@U1 invited you to join project team Flow Matchers" in t for *_, t in told)
    assert all("[Accept]" in t and "[Decline]" in t for *_, t in told)
    mark = await last_id(loaded, course)
    first = await teams.answer(loaded, course, actor=A("U2"), accept=True, now=SEP10)
    assert first.ok and "Still waiting for <@U3>" in words(first)
    second = await teams.answer(loaded, course, actor=A("U3"), accept=True, now=SEP10)
    assert second.ok and second.team is not None and second.team.status == "registered"
    told = [(k, to, t) for k, to, t in await dms(loaded, course, since=mark)]
    assert [(k, to) for k, to, _ in told[:1]] == [("team.joined", "U1")]
    assert {to for k, to, _ in told if k == "team.complete"} == {"U1", "U2"}
    assert all("is registered" in t for k, _, t in told if k == "team.complete")
    again = await teams.answer(loaded, course, actor=A("U3"), accept=True, now=SEP10)
    assert again.ok and "You are on team *Flow Matchers* (registered)" in words(again)
    assert await teams.students_without_team(loaded, course.id, ["U1", "U4", "U2", "U5"]) == [
        "U4", "U5"]


async def test_sizes_conflicts_and_names_are_refused(loaded: Database, course: Course) -> None:
    await teams.register(loaded, course, actor=A("U1"), members=P("U2"), name="Alpha", now=SEP10)
    await teams.answer(loaded, course, actor=A("U2"), accept=True, now=SEP10)
    alone = await teams.register(loaded, course, actor=A("U4"), members=P(), name="x", now=SEP10)
    assert not alone.ok and "Name your teammates" in words(alone)
    self_only = await teams.register(loaded, course, actor=A("U4"), members=P("U4"), now=SEP10)
    assert not self_only.ok
    four = await teams.register(loaded, course, actor=A("U4"), members=P("U5", "U6", "U7"),
                                name="Big", now=SEP10)
    assert not four.ok and "would have 4" in words(four) and four.field == "members"
    taken = await teams.register(loaded, course, actor=A("U4"), members=P("U2", "U5"),
                                 name="Beta", now=SEP10)
    assert not taken.ok and "<@U2> is already on team *Alpha* (registered)" in words(taken)
    same = await teams.register(loaded, course, actor=A("U4"), members=P("U5"), name=" aLPha ",
                                now=SEP10)
    assert not same.ok and "already taken" in words(same) and same.field == "name"
    again = await teams.register(loaded, course, actor=A("U1"), members=P("U5"), name="Gamma",
                                 now=SEP10)
    assert not again.ok and "You are already on team *Alpha*" in words(again)
    staffer = await teams.register(loaded, course, actor=A("U4"),
                                   members=[Person(STAFF, role=Role.STAFF)], name="S", now=SEP10)
    assert not staffer.ok and "course staff" in words(staffer)
    injected = await teams.register(loaded, course, actor=A("U4"), members=P("U5"),
                                    name="<!channel> team", now=SEP10)
    assert injected.ok and "&lt;!channel&gt;" in words(injected)
    raw = [r for r in await queued(loaded, course) if r.kind == "team.invited"][-1]
    said = render(raw.kind, raw.data, Deps(settings=Settings(_env_file=None),  # type: ignore[call-arg]
                                           db=loaded, clock=FrozenClock(SEP10), course=course))
    assert "<!channel>" not in said["text"] + json.dumps(said["blocks"])
    teams_, members = await _team_rows(loaded)
    assert len(teams_) == 2 and len(members) == 4  # refusals wrote nothing


async def test_invitees_must_be_real_active_people(loaded: Database, course: Course) -> None:
    """Ids are checked before anything is stored: unknown, bot, deactivated, unchecked."""
    await teams.register(loaded, course, actor=A("U1"), members=P("U2"), name="Alpha", now=SEP10)
    await teams.answer(loaded, course, actor=A("U2"), accept=True, now=SEP10)
    before = await _team_rows(loaded)
    cases = [
        ([Person("UNOBODY99", exists=False)], "I found no Slack user with the id `UNOBODY99`"),
        ([Person("U0BOT", is_bot=True)], "<@U0BOT> is a bot, not a student"),
        ([Person("U0GONE", deleted=True)], "<@U0GONE>'s Slack account is deactivated"),
        ([Person("U0LATE", checked=False)], "I could not check <@U0LATE> with Slack"),
    ]
    for people, said in cases:
        invited = await teams.invite(loaded, course, actor=A("U1"), people=people, now=SEP10)
        assert not invited.ok and said in words(invited), words(invited)
        made = await teams.register(loaded, course, actor=A("U5"), members=people, name="New",
                                    now=SEP10)
        assert not made.ok and said in words(made) and made.field == "members"
        staff_add = await teams.invite(loaded, course, actor=STAFF_A, people=people,
                                       team_ref="#1", now=SEP10)
        assert not staff_add.ok and said in words(staff_add)
    after = await _team_rows(loaded)
    assert [(t.id, t.status) for t in after[0]] == [(t.id, t.status) for t in before[0]]
    assert [(m.user_id, m.state) for m in after[1]] == [(m.user_id, m.state) for m in before[1]]
    assert await dms(loaded, course, since=await last_id(loaded, course)) == []


async def test_a_third_invitation_keeps_a_registered_team_registered(
        loaded: Database, course: Course) -> None:
    await teams.register(loaded, course, actor=A("U1"), members=P("U2"), name="Alpha", now=SEP10)
    await teams.answer(loaded, course, actor=A("U2"), accept=True, now=SEP10)
    third = await teams.invite(loaded, course, actor=A("U2"), people=P("U3"), now=SEP10)
    assert third.ok and third.team is not None and third.team.status == "registered"
    assert "Still waiting for <@U3> to answer" in words(third)
    assert await teams.students_without_team(loaded, course.id, ["U1", "U2"],
                                             registered_only=True) == []
    # only the inviter (or staff) may withdraw it; the invitee is told
    other = await teams.uninvite(loaded, course, actor=A("U1"), user_ids=["U3"], now=SEP10)
    assert not other.ok and "invited by <@U2>" in words(other)
    mark = await last_id(loaded, course)
    withdrawn = await teams.uninvite(loaded, course, actor=A("U2"), user_ids=["U3"], now=SEP10)
    assert withdrawn.ok and withdrawn.team is not None
    assert withdrawn.team.status == "registered" and withdrawn.team.invited == []
    told = await dms(loaded, course, since=mark)
    assert ("team.uninvited", "U3") in [(k, to) for k, to, _ in told]
    assert any(to == "U3" and "@U2 withdrew your invitation to team Alpha" in t
               for _, to, t in told)
    assert not (await teams.answer(loaded, course, actor=A("U3"), accept=True, now=SEP10)).ok
    # staff withdraw any team's invitation by number
    await teams.invite(loaded, course, actor=A("U1"), people=P("U4"), now=SEP10)
    student = await teams.uninvite(loaded, course, actor=A("U1"), user_ids=["U4"],
                                   team_ref="#1", now=SEP10)
    assert not student.ok and student.code == "staff_only"
    staff = await teams.uninvite(loaded, course, actor=STAFF_A, user_ids=["U4"],
                                 team_ref="#1", now=SEP10)
    assert staff.ok
    assert any(to == "U4" and "Course staff (@U0STAFF) withdrew your invitation" in t
               for _, to, t in await dms(loaded, course))


async def test_names_are_normalised_and_look_alikes_are_taken(loaded: Database,
                                                              course: Course) -> None:
    made = await teams.register(loaded, course, actor=A("U1"), members=P("U2"),
                                name="  Flow\u200b Mat\u202echers ", now=SEP10)
    assert made.ok and made.team is not None and made.team.name == "Flow Matchers"
    for look_alike in ("FLOW MATCHERS", "Flоw Matchers",  # Cyrillic o
                       "Ｆｌｏｗ　Ｍａｔｃｈｅｒｓ", "Flow\u2060 Matchers",
                       "Flοw Matchers"):  # Greek omicron
        taken = await teams.register(loaded, course, actor=A("U3"), members=P("U4"),
                                     name=look_alike, now=SEP10)
        assert not taken.ok and "already taken" in words(taken), look_alike
    empty = await teams.register(loaded, course, actor=A("U3"), members=P("U4"),
                                 name="\u200b\u200d\u2066", now=SEP10)
    assert not empty.ok and "nothing visible" in words(empty) and empty.field == "name"
    renamed = await teams.rename(loaded, course, actor=A("U3"), new_name="x", now=SEP10)
    assert not renamed.ok  # U3 is on no team
    other = await teams.register(loaded, course, actor=A("U3"), members=P("U4"),
                                 name="Score", now=SEP10)
    assert other.ok
    clash = await teams.rename(loaded, course, actor=A("U1"), new_name="SCΟRE", now=SEP10)
    assert not clash.ok and "already taken" in words(clash)  # Greek capital omicron
    async with loaded.session() as session:
        keys = {t.name: t.name_key for t in (await session.execute(select(Team))).scalars()}
    assert keys["Flow Matchers"] == "flow matchers"
    assert teams.skeleton("Flоw Matchers") == keys["Flow Matchers"]


async def test_database_refuses_a_second_accepted_membership(loaded: Database,
                                                             course: Course) -> None:
    await teams.register(loaded, course, actor=A("U1"), members=P("U2"), name="A", now=SEP10)
    await teams.register(loaded, course, actor=A("U3"), members=P("U4"), name="B", now=SEP10)
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
    late = await teams.register(loaded, course, actor=A("U1"), members=P("U2"), name="L",
                                now=SEP18)
    assert not late.ok and late.locked_at is not None
    assert late.locked_at.astimezone(CHICAGO) == chicago(2021, 9, 17, 23, 59)
    staff = await teams.register(loaded, course, actor=STAFF_A, members=P("U1", "U2"), name="L",
                                 now=SEP18)
    assert staff.ok and staff.team is not None and staff.team.status == "registered"
    assert {to for k, to, _ in await dms(loaded, course)} == {"U1", "U2"}
    async with loaded.session() as session:  # staff move the team deadline a week later
        row = (await session.execute(select(Deadline).where(Deadline.key == "team"))).scalar_one()
        row.due_at = chicago(2021, 9, 24, 23, 59)
        row.origin = "staff"
    moved = await teams.register(loaded, course, actor=A("U3"), members=P("U4"), name="M",
                                 now=SEP18)
    assert moved.ok
    async with loaded.session() as session:
        audits = list((await session.execute(
            select(AuditLog).where(AuditLog.action.startswith("team.")))).scalars())  # type: ignore[union-attr]
    # the refused late registration is audited as refused; the staff one and the later one
    # as registrations
    assert [(a.actor, a.action) for a in audits] == [("U1", "team.refused"),
                                                     (STAFF, "team.register"),
                                                     ("U3", "team.register")]
    assert audits[0].target == "register" and audits[0].new is not None
    assert audits[0].new["code"] == "locked"
    assert audits[1].new is not None and audits[1].new["members"] == ["U1", "U2"]


async def test_decline_leave_and_pending_again(loaded: Database, course: Course) -> None:
    await teams.register(loaded, course, actor=A("U1"), members=P("U2", "U3"), name="T", now=SEP10)
    await teams.answer(loaded, course, actor=A("U2"), accept=True, now=SEP10)
    declined = await teams.answer(loaded, course, actor=A("U3"), accept=False, now=SEP10)
    assert declined.ok and declined.team is not None and declined.team.status == "registered"
    mark = await last_id(loaded, course)
    left = await teams.leave(loaded, course, actor=A("U2"), now=SEP10)
    assert left.ok and left.team is not None and left.team.status == "pending"
    told = await dms(loaded, course, since=mark)
    assert [(k, to) for k, to, _ in told] == [("team.left", "U1")] and "pending" in told[0][2]
    refreshed = {r.recipient for r in await queued(loaded, course)
                 if r.kind == HOME_REFRESH and (r.id or 0) > mark}
    assert refreshed == {"U1", "U2"}
    assert await teams.students_without_team(loaded, course.id, ["U1", "U2"],
                                             registered_only=True) == ["U1", "U2"]
    last = await teams.leave(loaded, course, actor=A("U1"), now=SEP10)
    assert last.ok and last.team is not None and last.team.status == "dissolved"
    again = await teams.register(loaded, course, actor=A("U2"), members=P("U3"), name="T",
                                 now=SEP10)
    assert again.ok  # the name of a dissolved team is free again
    locked = await teams.leave(loaded, course, actor=A("U2"), now=SEP18)
    assert not locked.ok and locked.locked_at is not None


async def test_students_own_team_changes_are_audited(loaded: Database, course: Course) -> None:
    await teams.register(loaded, course, actor=A("U1"), members=P("U2"), name="T", now=SEP10)
    await teams.answer(loaded, course, actor=A("U2"), accept=True, now=SEP10)
    await teams.invite(loaded, course, actor=A("U1"), people=P("U3"), now=SEP10)
    await teams.answer(loaded, course, actor=A("U3"), accept=False, now=SEP10)
    await teams.leave(loaded, course, actor=A("U2"), now=SEP10)
    await teams.answer(loaded, course, actor=A("U9"), accept=True, now=SEP10)  # nothing to answer
    async with loaded.session() as session:
        rows = list((await session.execute(select(AuditLog).where(
            AuditLog.action.startswith("team.")).order_by(col(AuditLog.id)))).scalars())
    assert [(r.actor, r.action) for r in rows] == [
        ("U1", "team.register"), ("U2", "team.accept"), ("U1", "team.invite"),
        ("U3", "team.decline"), ("U2", "team.leave"), ("U9", "team.refused")]
    assert rows[0].new is not None and rows[0].new["by_staff"] is False
    assert rows[1].new is not None and rows[1].new["status"] == "registered"
    assert rows[-2].new is not None and rows[-2].new["status"] == "pending"
    assert rows[-1].target == "accept"


async def test_accepting_one_invitation_closes_the_others(loaded: Database,
                                                          course: Course) -> None:
    await teams.register(loaded, course, actor=A("U1"), members=P("U3"), name="A", now=SEP10)
    await teams.register(loaded, course, actor=A("U2"), members=P("U3", "U4"), name="B",
                         now=SEP10)
    ambiguous = await teams.answer(loaded, course, actor=A("U3"), accept=True, now=SEP10)
    assert not ambiguous.ok and "*A*" in words(ambiguous) and "*B*" in words(ambiguous)
    mark = await last_id(loaded, course)
    out = await teams.answer(loaded, course, actor=A("U3"), accept=True, team_ref="b", now=SEP10)
    assert out.ok
    assert any(k == "team.closed_elsewhere" and to == "U1" and "invitation to A is closed" in t
               for k, to, t in await dms(loaded, course, since=mark))
    mine = await teams.my_team(loaded, course, user_id="U3", now=SEP10)
    assert mine.team is not None and mine.team.name == "B" and not mine.invitations


async def test_staff_edit_merge_dissolve_are_audited(loaded: Database, course: Course) -> None:
    a = await teams.register(loaded, course, actor=STAFF_A, members=P("U1", "U2"), name="A",
                             now=SEP10)
    b = await teams.register(loaded, course, actor=A("U3"), members=P("U4"), name="B", now=SEP10)
    assert a.team and b.team
    too_big = await teams.merge(loaded, course, actor=STAFF_A, into_ref=f"#{a.team.id}",
                                from_ref=f"#{b.team.id}", now=SEP18)
    assert too_big.ok  # U4 only invited: 2 + 1 accepted = 3
    merged = too_big.team
    assert merged is not None and sorted(merged.accepted) == ["U1", "U2", "U3"]
    renamed = await teams.rename(loaded, course, actor=STAFF_A, new_name="Alpha",
                                 team_ref=f"#{a.team.id}", now=SEP18)
    assert renamed.ok
    removed = await teams.remove(loaded, course, actor=STAFF_A, team_ref="alpha",
                                 user_ids=["U3"], now=SEP18)
    told = {(k, to): t for k, to, t in await dms(loaded, course)}
    assert "Course staff (@U0STAFF) took you off team Alpha" in told[("team.removed", "U3")]
    assert removed.ok and removed.team is not None and removed.team.accepted == ["U1", "U2"]
    added = await teams.invite(loaded, course, actor=STAFF_A, people=P("U4"),
                               team_ref="#1", now=SEP18)
    assert added.ok and added.team is not None and len(added.team.accepted) == 3
    mark = await last_id(loaded, course)
    gone = await teams.dissolve(loaded, course, actor=STAFF_A, team_ref="Alpha", now=SEP18)
    assert gone.ok and {to for k, to, _ in await dms(loaded, course, since=mark)
                        if k == "team.dissolved"} == {"U1", "U2", "U4"}
    missing = await teams.dissolve(loaded, course, actor=STAFF_A, team_ref="#99", now=SEP18)
    assert not missing.ok and "no team" in words(missing)
    async with loaded.session() as session:
        actions = [a.action for a in (await session.execute(
            select(AuditLog).where(AuditLog.actor == STAFF).order_by(col(AuditLog.id)))).scalars()]
    assert actions == ["team.register", "team.merge", "team.rename", "team.remove",
                       "team.add", "team.dissolve", "team.refused"]  # the missing #99
    assert await teams.students_without_team(loaded, course.id, ["U1", "U2", "U3", "U4"]) == [
        "U1", "U2", "U3", "U4"]


async def test_board_and_suggestions(loaded: Database, course: Course) -> None:
    await teams.set_looking(loaded, course, actor=A("U1"), interests="normalizing flows",
                            now=SEP10)
    await teams.set_looking(loaded, course, actor=A("U2"), interests="GANs", now=SEP10)
    await teams.set_looking(loaded, course, actor=A("U3"), interests="flows, normalizing",
                            now=SEP10)
    assert [s.user_id for s in await teams.board(loaded, course)] == ["U1", "U2", "U3"]
    async def roster() -> teams.Roster:
        return teams.Roster(members=("U1", "U2", "U3", "U4", "U5", STAFF),
                            excluded=frozenset({STAFF}))

    with pytest.raises(teams.Refusal) as refused:
        await teams.suggest(loaded, course, actor=A("U1"), roster=roster, now=SEP10)
    assert "for course staff" in say(refused.value.code, refused.value.values)
    suggestions = await teams.suggest(loaded, course, actor=STAFF_A, roster=roster, now=SEP10)
    groups = [set(s.user_ids) for s in suggestions]
    assert {"U1", "U3"} in groups
    assert sorted(u for g in groups for u in g) == ["U1", "U2", "U3", "U4", "U5"]
    assert all(2 <= len(g) <= 3 for g in groups)
    off = await teams.set_looking(loaded, course, actor=A("U2"), interests="off", now=SEP10)
    assert off.ok and [s.user_id for s in await teams.board(loaded, course)] == ["U1", "U3"]


# ----------------------------------------------------------------------------- through Slack
async def test_team_command_invites_with_buttons_and_button_accepts(
        bot: SlackTestClient, clock: FrozenClock, course: Course) -> None:
    clock.set(SEP10)
    known(bot, "U1", "U2", "U3")
    db = bot.runtime.db
    response = await bot.command("/team", "register <@U2|ada> <@U3|grace> Flow | VAEs",
                                 user_id="U1")
    assert "pending until @U2 and @U3 accept" in bot.text(response)
    assert bot.sent() == []  # nothing is sent before the ack: the DMs are in the outbox
    rows = [r for r in await queued(db, course) if r.kind == "team.invited"]
    assert [r.recipient for r in rows] == ["U2", "U3"]
    said = render(rows[0].kind, rows[0].data, bot.runtime.deps)
    actions = next(b for b in said["blocks"] if b["type"] == "actions")
    assert [e["action_id"] for e in actions["elements"]] == ["team_accept", "team_decline"]
    team_id = actions["elements"][0]["value"]
    for user in ("U2", "U2", "U3"):  # a double click on Accept changes nothing twice
        payload = sr.block_action_payload(user_id=user, action_id="team_accept", value=team_id,
                                          message_ts="5.000001")
        assert (await bot.interact(payload)).status_code == 200
    updates = [t.replace("*", "") for t in bot.sent_text("chat.update")]
    assert "You joined Flow" in updates[0] and "registered" in updates[-1]
    assert any(k == "team.complete" and "Team Flow is registered" in t
               for k, _, t in await dms(db, course))
    joined = [to for k, to, _ in await dms(db, course) if k == "team.joined"]
    assert joined == ["U1"]  # U2's double click joined once
    mine = await bot.command("/team", "", user_id="U2")
    assert "*Flow* (#1) · registered" in bot.text(mine)


async def test_invite_of_an_unknown_id_is_refused_and_stores_nothing(
        bot: SlackTestClient, clock: FrozenClock, course: Course) -> None:
    clock.set(SEP10)
    known(bot, "U1", "U2")
    await bot.command("/team", "register @U2 Alpha", user_id="U1")
    await bot.interact(sr.block_action_payload(user_id="U2", action_id="team_accept",
                                               value="1", message_ts="5.1"))
    db = bot.runtime.db
    before, mark = await _team_rows(db), await last_id(db, course)
    bot.slack.add_user("U0BOT", is_bot=True)
    bot.slack.add_user("U0GONE", deleted=True)
    for text, said in (("invite @UNOBODY99", "I found no Slack user with the id `UNOBODY99`"),
                       ("invite <@UNOBODY99>", "I found no Slack user with the id `UNOBODY99`"),
                       ("invite @U0BOT", "@U0BOT is a bot, not a student"),
                       ("invite @U0GONE", "Slack account is deactivated")):
        reply = bot.text(await bot.command("/team", text, user_id="U1"))
        assert said in reply, reply
    made = bot.text(await bot.command("/team", "register @UNOBODY99 Ghosts", user_id="U5"))
    assert "I found no Slack user with the id `UNOBODY99`" in made
    after = await _team_rows(db)
    assert [(t.id, t.status) for t in after[0]] == [(t.id, t.status) for t in before[0]]
    assert len(after[1]) == len(before[1])
    assert [r for r in await queued(db, course) if (r.id or 0) > mark] == []
    mine = bot.text(await bot.command("/team", "", user_id="U1"))
    assert "Alpha* (#1) · registered" in mine


async def test_register_acks_fast_while_slack_is_slow(bot: SlackTestClient, clock: FrozenClock,
                                                      course: Course) -> None:
    """A slow chat.postMessage cannot make a saved registration look failed."""
    import time

    clock.set(SEP10)
    known(bot, "U1", "U2", "U3")
    bot.slack.fail("chat.postMessage", delay=4.0, times=10)
    started = time.perf_counter()
    response = await bot.command("/team", "register @U2 @U3 Slow Lane", user_id="U1")
    took = time.perf_counter() - started
    assert response.status_code == 200 and took < 1.0, took
    assert "pending until @U2 and @U3 accept" in bot.text(response)
    assert bot.sent() == []
    invited = [(r.kind, r.recipient) for r in await queued(bot.runtime.db, course)
               if r.kind == "team.invited"]
    assert invited == [("team.invited", "U2"), ("team.invited", "U3")]  # once each
    again = bot.text(await bot.command("/team", "register @U2 @U3 Slow Lane", user_id="U1"))
    assert "You are already on team" in again
    assert len([r for r in await queued(bot.runtime.db, course)
                if r.kind == "team.invited"]) == 2


async def test_team_modal_opens_and_shows_errors_inline(bot: SlackTestClient,
                                                        clock: FrozenClock,
                                                        course: Course) -> None:
    clock.set(SEP10)
    known(bot, "U1", "U2", "U3", "U4", "U5", "U6")
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
    assert bot.sent() == []
    told = await dms(bot.runtime.db, course)
    assert ("team.confirm", "U1") in [(k, to) for k, to, _ in told]
    assert any(to == "U1" and "Solo Flyers" in t for _, to, t in told)
    assert ("team.invited", "U2") in [(k, to) for k, to, _ in told]
    taken = await bot.interact(sr.view_submission_payload(
        user_id="U5", callback_id="team_register", values=values(["U6"], "solo flyers")))
    assert "already taken" in json.loads(taken.content)["errors"]["name"]


async def test_staff_list_reads_paginated_channel_and_skips_staff_and_bots(
        bot: SlackTestClient, clock: FrozenClock) -> None:
    clock.set(SEP10)
    students = [f"U{n:03d}" for n in range(1, 251)]
    bot.slack.add_user("U0HELPER", name="helperbot", is_bot=True)
    bot.slack.members[CHANNEL] = [STAFF, "U0HELPER", *students]
    known(bot, "U001", "U002", "U003")
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
    bot.slack.reset_calls()
    refused = await bot.command("/team", "list", user_id="U001")
    assert "for course staff" in bot.text(refused)
    assert not bot.sent("conversations.members")  # refused before Slack is read


def _upload(rows: list[OutboxMessage]) -> OutboxMessage:
    [row] = [r for r in rows if r.kind == FILE_UPLOAD]
    return row


async def test_export_uploads_csv(bot: SlackTestClient, clock: FrozenClock,
                                  course: Course) -> None:
    clock.set(SEP10)
    bot.slack.add_user("U1", name="ada", email="ada@illinois.edu")
    bot.slack.add_user("U2", name="=cmd|' /C calc'!A0", email="bob@illinois.edu")
    await bot.command("/team", "register @U1 @U2 Pair, Inc.", user_id=STAFF)
    response = await bot.command("/team", "export", user_id=STAFF)
    assert "Exported 2 members of 1 team " in bot.text(response)
    assert not bot.sent("files.completeUploadExternal")  # the upload is in the outbox
    row = _upload(await queued(bot.runtime.db, course))
    assert row.recipient == STAFF and row.data["filename"] == "teams-cs598-fall2021.csv"
    rows = list(csv.reader(io.StringIO(row.data["content"])))
    assert rows[0] == ["team", "status", "user_id", "display_name", "email", "joined_at"]
    assert rows[1][:5] == ["Pair, Inc.", "registered", "U1", "ada", "ada@illinois.edu"]
    assert rows[1][5].startswith("2021-09-10T17:00:00")
    assert rows[2][3] == "'=cmd|' /C calc'!A0"
    refused = bot.text(await bot.command("/team", "export", user_id="U1"))
    assert "for course staff" in refused
    assert len([r for r in await queued(bot.runtime.db, course) if r.kind == FILE_UPLOAD]) == 1


async def test_student_help_and_unknown(bot: SlackTestClient) -> None:
    helped = bot.text(await bot.command("/team", "help"))
    assert "/team register" in helped and "/team export" not in helped
    assert "/team uninvite @someone" in helped
    assert "/team export" in bot.text(await bot.command("/team", "help", user_id=STAFF))
    assert "don't know" in bot.text(await bot.command("/team", "frobnicate <!channel>"))


async def test_shell_scenario_across_separate_runs(db: Database, course: Course) -> None:
    """The issue's "Done when", one shell per step on the same database. The shell delivers
    the outbox before it prints, so each step shows the DMs its change caused."""
    settings = Settings(_env_file=None, database_url=db.url)  # type: ignore[call-arg]

    async def run(user: str, when: str, *lines: str, staff: bool = False) -> list[Exchange]:
        from bot.clock import parse_instant
        now = parse_instant(when, zone=CHICAGO)
        async with Shell.open(settings, user_id=user, staff=staff, now=now) as shell:
            return [await shell.send(line) for line in lines]

    def text(exchange: Exchange) -> str:
        return exchange.text.replace("*", "")

    (reg,) = await run("U1", "2021-09-10", "/team register @U2 @U3 Team Name")
    assert "pending until @U2 and @U3 accept" in text(reg)
    told = [(m.get("channel"), to_text(m, zone=course.tz)) for m in reg.messages
            if m.get("via") == "chat.postMessage"]
    assert [to for to, _ in told] == ["U2", "U3"]
    assert all("@U1 invited you" in t.replace("*", "") for _, t in told)
    assert await queued(db, course) == []  # delivered, none left behind
    await run("U2", "2021-09-10", "/team accept")
    (acc,) = await run("U3", "2021-09-10", "/team accept")
    assert "The team is registered: @U1, @U2 and @U3" in text(acc)
    conflict, one, four = map(text, await run(
        "U4", "2021-09-10", "/team register @U2 @U5 Other", "/team register Lonely",
        "/team register @U5 @U6 @U7 Big"))
    assert "@U2 is already on team Team Name" in conflict
    assert "Name your teammates" in one and "would have 4" in four
    (late,) = map(text, await run("U8", "2021-09-18", "/team register @U9 Late"))
    assert "Teams are locked" in late and "Sep 17, 2021) at 11:59 PM CDT" in late
    staff_reg, listing, export = map(text, await run(
        "U0STAFF", "2021-09-18", "/team register @U8 @U9 Late", "/team list", "/team export",
        staff=True))
    assert "Registered team Late: @U8 and @U9" in staff_reg
    assert "Team Name (#1) · registered" in listing and "Late (#2) · registered" in listing
    assert "Without a team (1): @U4" in listing
    assert "Exported 5 members of 2 teams" in export
    async with db.session() as session:
        rows = (await session.execute(select(OutboxMessage).where(
            OutboxMessage.kind == FILE_UPLOAD))).scalars().all()
    assert [r.status for r in rows] == ["sent"]
    assert rows[0].data == {"content_cleared": True}  # e-mails are not kept once sent
    content = export  # what the upload carried, as the shell printed it
    assert "team,status,user_id,display_name,email,joined_at" in content
    assert "Late,registered,U8," in content and content.count("Team Name,registered,") == 3


async def test_staff_commands_through_slack(bot: SlackTestClient, clock: FrozenClock,
                                            course: Course) -> None:
    clock.set(SEP18)  # after the lock: staff still can, students cannot
    known(bot, "U1", "U2", "U3", "U4")
    db = bot.runtime.db
    reg = await bot.command("/team", "register <@U1|a> <@U2|b> =HYPERLINK(1) | GANs",
                            user_id=STAFF)
    assert "Registered team *=HYPERLINK(1)*" in bot.text(reg)
    assert sorted(to for _, to, _ in await dms(db, course)) == ["U1", "U2"]
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
    content = _upload(await queued(db, course)).data["content"]
    assert content.count("Denoisers,registered,") == 3
    assert bot.sent() == []  # every DM of this story is in the outbox


async def test_csv_cells_never_start_a_formula() -> None:
    cell = teams.csv_cell
    assert cell("=SUM(A1)") == "'=SUM(A1)" and cell("+1") == "'+1"
    assert cell("Flow") == "Flow" and cell("") == "" and cell("a=b") == "a=b"
    # the first *visible* character counts: spaces, zero-width and bidi marks hide nothing
    for hidden in (" =1+1", "\u200b=1+1", "\u202e@SUM(A1)", "\ufeff\u2066-2", "  \t+1",
                   "\r=1", "\t", "\u200d \u00a0@x", "＝1"):
        assert cell(hidden) == "'" + hidden, repr(hidden)
    assert cell("\u200bFlow") == "\u200bFlow"


async def test_late_student_gets_no_modal(bot: SlackTestClient, clock: FrozenClock) -> None:
    clock.set(SEP18)
    text = bot.text(await bot.command("/team", "", user_id="U7"))
    assert "You are not on a team" in text and "Teams locked" in text
    assert not bot.sent("views.open")
    accept = bot.text(await bot.command("/team", "accept", user_id="U7"))
    assert "no open invitation" in accept


async def test_invitation_buttons_in_the_ephemeral_team_view(bot: SlackTestClient,
                                                              clock: FrozenClock,
                                                              course: Course) -> None:
    clock.set(SEP10)
    known(bot, "U1", "U2")
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
    [(_kind, to, told)] = [m for m in await dms(bot.runtime.db, course)
                          if m[0] == "team.declined"]
    assert to == "U1" and "@U2 declined the invitation to Pair" in told and "pending" in told


def test_every_team_message_kind_has_a_renderer() -> None:
    """Each kind the team service queues is said by handlers.render.team."""
    import inspect
    import re

    from bot.teams import service
    from handlers.render.registry import kinds

    load_all()
    source = inspect.getsource(service)
    queued_kinds = set(re.findall(r'_tell\(tx, "(team\.[a-z_]+)"', source))
    queued_kinds |= set(re.findall(r'Message\(kind="(team\.[a-z_]+)"', source))
    assert len(queued_kinds) >= 15
    assert queued_kinds <= kinds(), queued_kinds - kinds()
