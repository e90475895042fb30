"""Many students registering, accepting, double-clicking and leaving at the same moment.

Every request runs concurrently, each in its own transaction and connection. On
PostgreSQL (``TEST_DATABASE_URL``) the rows are locked with ``FOR UPDATE`` and the partial
unique indexes refuse the losers; on SQLite changes take the write lock first and take
turns. Either way the invariants below must hold afterwards.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from sqlmodel import select

from bot import teams
from bot.actor import Actor, Role
from bot.course import Course
from bot.seeding import load_course_into
from bot.teams import Person
from handlers.render.team import say
from storage.db import Database
from storage.models import Team, TeamMember
from tests.conftest import chicago


def said(outcome: teams.Outcome) -> str:
    """The words the actor sees (handlers.render.team), for the text assertions."""
    return say(outcome.code, outcome.values)


NOW = chicago(2021, 9, 15, 10, 0)
REGISTRATIONS = 80
STUDENTS = [f"U{n:03d}" for n in range(1, 31)]
HOT = ["U001", "U002", "U003"]  # named in many registrations at once
NAMES = [f"Team {c}" for c in "ABCDEFGHIJKLMNOPQRST"]
STAFF_A = Actor("U0STAFF", Role.STAFF)


def A(user_id: str) -> Actor:
    return Actor(user_id)


def P(*user_ids: str) -> list[Person]:
    return [Person(u) for u in user_ids]


async def _no_roster() -> teams.Roster:
    return teams.Roster()


async def _all(calls: list[Callable[[], Awaitable[Any]]]) -> list[Any]:
    return await asyncio.gather(*(c() for c in calls))


async def _check_invariants(db: Database) -> tuple[list[Team], list[TeamMember]]:
    async with db.session() as session:
        all_teams = list((await session.execute(select(Team))).scalars())
        members = list((await session.execute(select(TeamMember))).scalars())
    live = {t.id: t for t in all_teams if t.status != "dissolved"}
    accepted = [m for m in members if m.state == "accepted"]
    # nobody is an accepted member of two teams, and only of live teams
    assert max(Counter(m.user_id for m in accepted).values(), default=0) <= 1
    assert all(m.team_id in live for m in accepted)
    # nobody is invited to a team twice, nor invited to a team they are on
    open_ = [(m.team_id, m.user_id) for m in members if m.state in ("invited", "accepted")]
    assert len(open_) == len(set(open_))
    # live team names are unique
    assert len({t.name_key for t in live.values()}) == len(live)
    for team in all_teams:
        mine = [m for m in members if m.team_id == team.id]
        acc = [m for m in mine if m.state == "accepted"]
        inv = [m for m in mine if m.state == "invited"]
        if team.status == "dissolved":
            assert not acc and not inv, team
            continue
        assert acc, f"live team {team.name} without an accepted member"
        assert len(acc) + len(inv) <= teams.MAX_SIZE
        # registered once complete; a registered team stays so while a further invitee
        # has not answered (inviting a third member does not unregister a team)
        if len(acc) < teams.MIN_SIZE:
            assert team.status == "pending", (team.name, team.status, len(acc), len(inv))
        elif not inv:
            assert team.status == "registered", (team.name, team.status, len(acc), len(inv))
    return all_teams, members


async def test_concurrent_conflicting_registrations_keep_the_roster_consistent(
        db: Database, course: Course) -> None:
    await load_course_into(db, course)
    rng = random.Random(598)
    requests = []
    for i in range(REGISTRATIONS):
        actor = rng.choice(STUDENTS)
        pool = [s for s in STUDENTS if s != actor]
        mates = rng.sample(pool, rng.choice([1, 2]))
        if i % 2 == 0:  # half of them name a student everyone wants
            hot = rng.choice([h for h in HOT if h != actor])
            mates = [hot, *[m for m in mates if m != hot]][:2]
        requests.append((actor, mates, rng.choice(NAMES)))

    outcomes: list[teams.Outcome] = await _all([
        partial(teams.register, db, course, actor=A(a), members=P(*m), name=n, now=NOW)
        for a, m, n in requests])
    made = [o for o in outcomes if o.ok]
    refused = [o for o in outcomes if not o.ok]
    assert made and refused, "the race should both succeed and refuse"
    assert all(said(o) for o in refused)
    assert all(("already" in said(o)) for o in refused), {said(o) for o in refused}
    all_teams, members = await _check_invariants(db)
    assert len(all_teams) == len(made)  # a refused registration wrote nothing
    creators = [o.team.created_by for o in made if o.team]
    assert len(creators) == len(set(creators))  # nobody started two teams

    # every invitation answered at once: accepted twice (a double click), or declined
    invites = [(m.user_id, m.team_id) for m in members if m.state == "invited"]
    calls: list[tuple[tuple[str, int], Callable[[], Awaitable[Any]]]] = []
    for user, team_id in invites:
        accept = rng.random() < 0.8
        for _ in range(2 if accept else 1):
            calls.append(((user, team_id), partial(teams.answer, db, course, actor=A(user),
                                                   accept=accept, team_id=team_id, now=NOW)))
    leavers = rng.sample(STUDENTS, 6)
    calls += [((u, 0), partial(teams.leave, db, course, actor=A(u), now=NOW)) for u in leavers]
    rng.shuffle(calls)
    answers = await _all([fn for _, fn in calls])
    assert all(isinstance(a, teams.Outcome) and said(a) for a in answers)
    # a double click joins once: one "You joined" per invitation, never two
    joined = Counter(key for (key, _), a in zip(calls, answers, strict=True)
                     if said(a).startswith("You joined"))
    assert joined and max(joined.values()) == 1
    all_teams, members = await _check_invariants(db)
    registered = [t for t in all_teams if t.status == "registered"]
    assert registered, "some teams should have registered"
    # what each student is told matches the roster
    roster = STUDENTS
    without = set(await teams.students_without_team(db, course.id, roster))
    on_team = {m.user_id for m in members if m.state == "accepted"}
    assert without == set(roster) - on_team


async def test_random_sequences_of_every_action_keep_the_invariants(
        db: Database, course: Course) -> None:
    """300 random actions by students and staff (one at a time), invariants after each."""
    await load_course_into(db, course)
    rng = random.Random(17)
    people = STUDENTS[:12]
    seen_ok: Counter[str] = Counter()
    for _step in range(300):
        actor = rng.choice(people)
        others = rng.sample([p for p in people if p != actor], rng.choice([1, 2, 3]))
        live = (await teams.overview(db, course, actor=STAFF_A, roster=_no_roster,
                                     now=NOW)).teams
        ref = f"#{rng.choice(live).id}" if live and rng.random() < 0.8 else "#99"
        kind = rng.choice(["register", "register", "accept", "accept", "decline", "leave",
                           "invite", "rename", "staff_register", "merge", "dissolve",
                           "remove", "add"])
        if kind == "register":
            out = await teams.register(db, course, actor=A(actor), members=P(*others[:2]),
                                       name=rng.choice(NAMES), now=NOW)
        elif kind in ("accept", "decline"):
            out = await teams.answer(db, course, actor=A(actor), accept=kind == "accept",
                                     now=NOW)
        elif kind == "leave":
            out = await teams.leave(db, course, actor=A(actor), now=NOW)
        elif kind == "invite":
            out = await teams.invite(db, course, actor=A(actor), people=P(*others[:1]), now=NOW)
        elif kind == "rename":
            out = await teams.rename(db, course, actor=A(actor), new_name=rng.choice(NAMES),
                                     now=NOW)
        elif kind == "staff_register":
            out = await teams.register(db, course, actor=STAFF_A, members=P(*others),
                                       name=rng.choice(NAMES), now=NOW)
        elif kind == "merge":
            small = [t for t in live if len(t.members) == 1]
            source = f"#{rng.choice(small).id}" if small else ref
            out = await teams.merge(db, course, actor=STAFF_A, into_ref=ref, from_ref=source,
                                    now=NOW)
        elif kind == "dissolve":
            out = await teams.dissolve(db, course, actor=STAFF_A, team_ref=ref, now=NOW)
        elif kind == "remove":
            mine = await teams.my_team(db, course, user_id=others[0], now=NOW)
            where = f"#{mine.team.id}" if mine.team else ref
            out = await teams.remove(db, course, actor=STAFF_A, team_ref=where,
                                     user_ids=others[:1], now=NOW)
        else:
            out = await teams.invite(db, course, actor=STAFF_A, people=P(*others[:1]), now=NOW,
                                     team_ref=ref)
        assert said(out)
        seen_ok[kind] += out.ok
        await _check_invariants(db)
    # every kind of action went through at least once
    assert all(seen_ok[k] > 0 for k in ("register", "accept", "leave", "staff_register",
                                        "merge", "dissolve", "remove", "add")), seen_ok
