"""Several courses in one workspace: binding a channel to a course, and each user's choice.

``setup`` binds a channel to a course (making the workspace's copy of the course file the
first time: its deadlines are seeded from the file). Allowed to the workspace's installer,
to ``ADMIN_USER_IDS`` (the caller passes both as plain values; the rule is decided here) and
to staff of that course (``actor``'s role in it); anyone else is refused and audited, nothing
changed. The installer or admin who makes a copy becomes its first staff member. ``use``
remembers the course a user's DMs and unbound channels go to: their own data.

Example::

    result = await setup(db, copy, actor=actor, admins=frozenset({"U0ADMIN"}),
                         installer="U0INSTALLER", team_id="T1", channel_id="C1", now=now)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.actor import Actor
from bot.course import Course
from bot.seeding import load_course_into
from bot.staff import Problem, refuse_in
from storage import uow
from storage.db import Database
from storage.repos import audit as audit_repo
from storage.repos import settings as settings_repo
from storage.repos import staff as staff_repo
from storage.repos import tenancy as repo

COPY_SEPARATOR = "~"
"""A workspace's copy of a course file has the id ``<file id>~<team id>`` (app/courses.py)."""

SETUP_REFUSAL = ("Only the course staff, the workspace's installer or a bot admin can set "
                 "up a channel; nothing was changed.")


def configured_staff(course: Course, staff_user_ids: frozenset[str]) -> frozenset[str]:
    """Staff of ``course`` that chat cannot remove: ``STAFF_USER_IDS`` and the Slack ids in
    the course file. ``STAFF_USER_IDS`` name the staff of the single-workspace course(s)
    only: a workspace's own copy (per-workspace/OAuth mode) has just the staff its workspace
    added (``staff_member`` rows, the first one by its first ``/course setup``), so a setting
    never makes anyone staff of every course in every workspace.

    Example::

        configured_staff(course, frozenset({"U1"}))  # {"U1"} unless course is a copy
    """
    from_file = frozenset(p.slack_user_id for p in course.staff if p.slack_user_id)
    if COPY_SEPARATOR in course.id:
        return from_file
    return frozenset(staff_user_ids) | from_file


@dataclass(frozen=True)
class Bound:
    """``channel_id`` now answers for ``course_id`` (``before``: its previous course)."""

    course_id: str
    channel_id: str
    before: str | None
    created: bool
    """The course (copy) was stored just now, its deadlines seeded from the file."""
    first_staff: bool = False
    """The caller (installer or admin, not staff) became the course's first staff member
    (it had none added from chat), so someone can run ``/course staff add``."""


@dataclass(frozen=True)
class Chosen:
    course_id: str
    before: str | None


async def setup(db: Database, course: Course, *, actor: Actor, admins: frozenset[str],
                installer: str | None, team_id: str, channel_id: str,
                now: datetime) -> Bound | Problem:
    """Bind ``channel_id`` of workspace ``team_id`` (``""``: single-workspace) to ``course``.

    Allowed to the course's staff, to ``admins`` (``ADMIN_USER_IDS``) and to the user who
    installed the app in the workspace (``installer``); anyone else is refused, audited."""
    admin = actor.user_id in admins or (installer is not None and installer == actor.user_id)
    if not (actor.is_staff or admin):
        async with db.session() as session:
            stored = await settings_repo.get_course(session=session, course_id=course.id)
        audit_course = course.id if stored is not None else None
        if audit_course is None:  # a copy not made yet: nothing to file the refusal under
            return Problem(SETUP_REFUSAL, code="refused")

        async def refused(tx: uow.Tx) -> Problem:
            await refuse_in(tx.session, course, actor=actor, verb="setup", now=now,
                            detail=channel_id)
            return Problem(SETUP_REFUSAL, code="refused")

        return await uow.run(db, course_id=course.id, op=refused)
    if not channel_id or channel_id.startswith("D"):
        return Problem("Run `/course setup <course-id>` in the course's channel, not in a DM.")
    async with db.session() as session:
        created = await settings_repo.get_course(session=session, course_id=course.id) is None
    if created:
        await load_course_into(db, course, actor=actor.user_id, team_id=team_id or None)

    async def op(tx: uow.Tx) -> Bound:
        before = await repo.bind_channel(session=tx.session, team_id=team_id,
                                         channel_id=channel_id, course_id=course.id,
                                         by=actor.user_id, at=now)
        await audit_repo.add_audit(session=tx.session, course_id=course.id,
                                   actor=actor.user_id, action="course.setup",
                                   target=channel_id, old={"course": before} if before else None,
                                   new={"course": course.id, "team": team_id}, at=now)
        first = False
        if not actor.is_staff and not await staff_repo.list_staff_members(
                session=tx.session, course_id=course.id):  # the installer or an admin
            first = await staff_repo.add_staff_member(
                session=tx.session, course_id=course.id, user_id=actor.user_id,
                added_by=actor.user_id, at=now)
            if first:
                await audit_repo.add_audit(
                    session=tx.session, course_id=course.id, actor=actor.user_id,
                    action="staff.add", target=actor.user_id,
                    new={"user_id": actor.user_id, "why": "first /course setup"}, at=now)
        return Bound(course.id, channel_id, before, created, first)

    return await uow.run(db, course_id=course.id, op=op)


async def use(db: Database, course: Course, *, actor: Actor, team_id: str,
              now: datetime) -> Chosen:
    """Remember that ``actor``'s DMs and unbound channels go to ``course`` (their own data)."""

    async def op(tx: uow.Tx) -> Chosen:
        before = await repo.choose_course(session=tx.session, team_id=team_id,
                                          user_id=actor.user_id, course_id=course.id, at=now)
        return Chosen(course.id, before)

    return await uow.run(db, course_id=course.id, op=op)
