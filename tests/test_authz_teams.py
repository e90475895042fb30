"""Who may do what with teams: every ``/team`` verb and alias, every team button and the
registration modal, run by an outsider (on no team), a member of team A, a member of
another team B, and staff, through the real signed HTTP endpoint.

The verbs come from the dispatcher's own table (``handlers.commands.team.VERBS``), the
buttons and the modal from its ``ACTION_IDS`` / ``VIEW_CALLBACK_IDS`` (plus the Home and
reminder buttons that open the modal or leave a team): a new alias without a row here
fails :func:`test_the_table_covers_every_verb_button_and_modal`.

Expectations: ``C`` the teams tables changed (an allowed change); ``S`` nothing changed
and nothing was refused (a read, or a repeat that changes nothing); ``R`` refused: the
teams tables are exactly as before AND a ``team.refused`` audit row names the actor.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import col, select

from app.offline import slack_requests as sr
from bot import teams
from bot.actor import Actor
from bot.outbox import FILE_UPLOAD
from bot.teams import Person
from handlers.commands import team as team_cmd
from handlers.home import TEAM_LEAVE, TEAM_REGISTER
from handlers.render.reminders import REGISTER_BUTTON
from handlers.render.team import say
from storage.db import Database
from storage.models import AuditLog, Team, TeamMember, TeamSeeker
from storage.repos import outbox
from tests.conftest import STAFF, chicago
from tests.slack import SlackTestClient


def said(outcome: teams.Outcome) -> str:
    """The words the actor sees (handlers.render.team), for the text assertions."""
    return say(outcome.code, outcome.values)


NOW = chicago(2021, 9, 10, 12, 0)
OUT, A1, A2, B1, B2, INV, C1, C2, NEW1, NEW2 = (
    "U0OUT", "U0A1", "U0A2", "U0B1", "U0B2", "U0INV", "U0C1", "U0C2", "U0NEW1", "U0NEW2")
ROLES = {"outsider": OUT, "member": A1, "other": B1, "staff": STAFF}
C, S, R = "changed", "same", "refused"


def by(outsider: str, member: str, other: str, staff: str) -> dict[str, str]:
    return {"outsider": outsider, "member": member, "other": other, "staff": staff}


ALL_S = by(S, S, S, S)
STAFF_ONLY = by(R, R, R, C)
STAFF_READ = by(R, R, R, S)

# alias → [(text, expectation per role)]. Teams: #1 Alpha (A1, A2: registered), #2 Beta
# (B1, B2 registered; INV invited by B1: full), #3 Gamma (C1 alone: pending).
COMMANDS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "": [("", ALL_S)], "status": [("", ALL_S)], "show": [("", ALL_S)], "me": [("", ALL_S)],
    "help": [("", ALL_S)], "?": [("", ALL_S)],
    **{alias: [(f"<@{NEW1}> <@{NEW2}> Zed", by(C, R, R, C))]
       for alias in ("register", "new", "create", "form")},
    **{alias: [("", by(R, S, S, R)), ("Beta", by(R, R, S, R))] for alias in ("accept", "join")},
    **{alias: [("", by(R, R, R, R)), ("Beta", by(R, R, R, R))]
       for alias in ("decline", "reject")},
    **{alias: [("", by(R, C, C, R))] for alias in ("leave", "quit")},
    "rename": [("#1 Renamed", STAFF_ONLY), ("Renamed", by(R, C, C, R)),
               ("#2 Renamed", STAFF_ONLY)],
    **{alias: [("#1 New title", STAFF_ONLY), ("New title", by(R, C, C, R))]
       for alias in ("title", "project")},
    "invite": [(f"<@{NEW1}>", by(R, C, R, R)), (f"#1 <@{NEW1}>", STAFF_ONLY),
               (f"#3 <@{NEW1}>", STAFF_ONLY)],
    "add": [(f"#1 <@{NEW1}>", STAFF_ONLY), (f"<@{NEW1}>", by(R, R, R, R))],
    **{alias: [(f"<@{INV}>", by(R, R, C, R)), (f"#2 <@{INV}>", STAFF_ONLY)]
       for alias in ("uninvite", "withdraw")},
    **{alias: [(f"#1 <@{A2}>", STAFF_ONLY), (f"#2 <@{B2}>", STAFF_ONLY)]
       for alias in ("remove", "kick")},
    "dissolve": [("#1", STAFF_ONLY), ("#2", STAFF_ONLY)],
    "merge": [("#1 #3", STAFF_ONLY), ("#3 into #1", STAFF_ONLY)],
    "looking": [("normalizing flows", by(C, R, R, C))],
    "board": [("", ALL_S)],
    "list": [("", STAFF_READ)],
    "suggest": [("", STAFF_READ)],
    "export": [("", STAFF_READ)],
}

# action_id → [(value, expectation per role)]; the Accept/Decline buttons of Beta's
# invitation (to INV) pressed by people who were not invited
ACTIONS: dict[str, list[tuple[str, dict[str, str]]]] = {
    team_cmd.ACTION_IDS[0]: [("2", by(R, R, S, R)), ("1", by(R, S, R, R))],
    team_cmd.ACTION_IDS[1]: [("2", by(R, R, R, R)), ("1", by(R, R, R, R))],
    TEAM_LEAVE: [("", by(R, C, C, R))],
    TEAM_REGISTER: [("", ALL_S)],
    REGISTER_BUTTON: [("", ALL_S)],
}
VIEWS: dict[str, list[tuple[list[str], dict[str, str]]]] = {
    team_cmd.VIEW_CALLBACK_IDS[0]: [([NEW1, NEW2], by(C, R, R, C)), ([A2], by(R, R, R, R))],
}


def test_the_table_covers_every_verb_button_and_modal() -> None:
    assert set(COMMANDS) == set(team_cmd.VERBS)
    assert set(team_cmd.ACTION_IDS) | {TEAM_LEAVE, TEAM_REGISTER, REGISTER_BUTTON} == set(ACTIONS)
    assert set(team_cmd.VIEW_CALLBACK_IDS) == set(VIEWS)
    for rows in (*COMMANDS.values(), *ACTIONS.values(), *VIEWS.values()):
        for _, expected in rows:
            assert set(expected) == set(ROLES)


def _cases() -> list[Any]:
    cases = []
    for alias, rows in COMMANDS.items():
        for text, expected in rows:
            for role, outcome in expected.items():
                cases.append(pytest.param("command", alias, text, role, outcome,
                                          id=f"/team {alias or '(none)'} {text} as {role}"))
    for action_id, action_rows in ACTIONS.items():
        for value, expected in action_rows:
            for role, outcome in expected.items():
                cases.append(pytest.param("action", action_id, value, role, outcome,
                                          id=f"button {action_id}={value} as {role}"))
    for callback_id, view_rows in VIEWS.items():
        for users, expected in view_rows:
            for role, outcome in expected.items():
                cases.append(pytest.param("view", callback_id, users, role, outcome,
                                          id=f"modal {callback_id} {users} as {role}"))
    return cases


async def _state(db: Database) -> tuple[Any, ...]:
    """What the teams tables hold (ids, names, statuses, memberships, the board)."""
    async with db.session() as session:
        team_rows = sorted((t.id, t.name, t.name_key, t.status, t.project_title)
                           for t in (await session.execute(select(Team))).scalars())
        member_rows = sorted((m.id, m.team_id, m.user_id, m.state)
                             for m in (await session.execute(select(TeamMember))).scalars())
        seekers = sorted((s.user_id, s.interests)
                         for s in (await session.execute(select(TeamSeeker))).scalars())
    return tuple(team_rows), tuple(member_rows), tuple(seekers)


async def _refusals(db: Database, user: str) -> list[AuditLog]:
    async with db.session() as session:
        return list((await session.execute(
            select(AuditLog).where(AuditLog.action == "team.refused", AuditLog.actor == user)
            .order_by(col(AuditLog.id)))).scalars())


async def _setup(bot: SlackTestClient) -> Database:
    for user in (OUT, A1, A2, B1, B2, INV, C1, C2, NEW1, NEW2):
        bot.slack.add_user(user)
    bot.runtime.deps.clock.set(NOW)  # type: ignore[attr-defined]
    db, course = bot.runtime.db, bot.runtime.deps.course

    async def ok(outcome: teams.Outcome) -> None:
        assert outcome.ok, said(outcome)

    await ok(await teams.register(db, course, actor=Actor(A1), members=[Person(A2)],
                                  name="Alpha", now=NOW))
    await ok(await teams.answer(db, course, actor=Actor(A2), accept=True, now=NOW))
    await ok(await teams.register(db, course, actor=Actor(B1), members=[Person(B2)],
                                  name="Beta", now=NOW))
    await ok(await teams.answer(db, course, actor=Actor(B2), accept=True, now=NOW))
    await ok(await teams.invite(db, course, actor=Actor(B1), people=[Person(INV)], now=NOW))
    await ok(await teams.register(db, course, actor=Actor(C1), members=[Person(C2)],
                                  name="Gamma", now=NOW))
    await ok(await teams.answer(db, course, actor=Actor(C2), accept=False, now=NOW))
    return db


@pytest.mark.parametrize(("kind", "name", "arg", "role", "expected"), _cases())
async def test_who_may_do_what(bot: SlackTestClient, kind: str, name: str, arg: Any, role: str,
                               expected: str) -> None:
    db = await _setup(bot)
    user = ROLES[role]
    before, refused_before = await _state(db), len(await _refusals(db, user))
    if kind == "command":
        response = await bot.command("/team", f"{name} {arg}".strip(), user_id=user)
    elif kind == "action":
        response = await bot.interact(sr.block_action_payload(
            user_id=user, action_id=name, value=arg, message_ts="7.000001"))
    else:
        values = {"members": {"members": {"type": "multi_users_select", "selected_users": arg}},
                  "name": {"name": {"type": "plain_text_input", "value": "Modal Team"}},
                  "title": {"title": {"type": "plain_text_input", "value": None}}}
        response = await bot.interact(sr.view_submission_payload(
            user_id=user, callback_id=name, values=values))
    assert response.status_code == 200
    after, refusals = await _state(db), await _refusals(db, user)
    said = bot.text(response) if response.content else ""
    if expected == R:
        assert after == before, f"refused, yet the teams changed: {said}"
        assert len(refusals) == refused_before + 1, f"no audit row for the refusal: {said}"
    elif expected == S:
        assert after == before, said
        assert len(refusals) == refused_before, f"refused: {refusals[-1].new}"
    else:
        assert after != before, f"nothing changed: {said}"
        assert len(refusals) == refused_before, f"refused: {refusals[-1].new}"
    if kind == "command" and name == "export" and expected == S:
        async with db.session() as session:
            rows = await outbox.pending(session=session, course_id=bot.runtime.deps.course.id)
        assert [r.recipient for r in rows if r.kind == FILE_UPLOAD] == [user]


async def test_removal_dm_names_who_removed_and_only_staff_remove(bot: SlackTestClient) -> None:
    """The study's bug: a student could kick anyone, and the DM called them course staff."""
    db = await _setup(bot)
    course = bot.runtime.deps.course
    kicked = bot.text(await bot.command("/team", f"kick #2 <@{B2}>", user_id=A1))
    assert "is for course staff" in kicked
    async with db.session() as session:
        assert not [r for r in await outbox.pending(session=session, course_id=course.id)
                    if r.kind == "team.removed"]
    await bot.command("/team", f"kick #2 <@{B2}>", user_id=STAFF)
    async with db.session() as session:
        [row] = [r for r in await outbox.pending(session=session, course_id=course.id)
                 if r.kind == "team.removed"]
    from handlers.render.registry import load_all, render
    load_all()
    said = bot.text(render(row.kind, row.data, bot.runtime.deps))
    assert row.recipient == B2 and f"Course staff (@{STAFF}) took you off team" in said
