"""The reminder plan, its claims and marks, and students' reminder preferences.

Every function takes the caller's ``session`` (as a keyword) and never commits; the
domain (:mod:`bot.reminders`) decides what to plan, claim and record.

Example::

    async with db.session() as session:
        rows = await claim(session=session, course_id="cs598", worker_id="w1", now=now,
                           wall=now, lease_seconds=120, limit=50)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import CourseRow, Deadline, Reminder, ReminderPref
from storage.types import UTCDateTime

PENDING, CLAIMED, SENT, FAILED = "pending", "claimed", "sent", "failed"
SKIPPED, CANCELLED = "skipped", "cancelled"
LIVE = (PENDING, CLAIMED)
_CHUNK = 500

R = Reminder.__table__.c  # type: ignore[attr-defined]
D = Deadline.__table__.c  # type: ignore[attr-defined]
P = ReminderPref.__table__.c  # type: ignore[attr-defined]
C = CourseRow.__table__.c  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the plan


async def deadlines(*, session: AsyncSession, course_id: str) -> list[Deadline]:
    """Every deadline of the course (any status)."""
    return list((await session.execute(
        select(Deadline).where(D.course_id == course_id))).scalars())


async def deadlines_by_key(*, session: AsyncSession, course_id: str,
                           keys: Iterable[str]) -> dict[str, Deadline]:
    return {d.key: d for d in (await session.execute(
        select(Deadline).where(D.course_id == course_id, D.key.in_(list(keys))))).scalars()}


async def prefs(*, session: AsyncSession, course_id: str,
                user_id: str | None = None) -> list[ReminderPref]:
    """Students' preferences (only ``user_id``'s when given)."""
    query = select(ReminderPref).where(P.course_id == course_id)
    if user_id is not None:
        query = query.where(P.user_id == user_id)
    return list((await session.execute(query)).scalars())


async def plan_rows(*, session: AsyncSession, course_id: str, kinds: Sequence[str],
                    personal_of: str | None = None) -> list[Any]:
    """The plan's rows of ``kinds`` (or only ``personal_of``'s personal ones): id, key
    parts, status and times."""
    query = select(R.id, R.deadline_key, R.kind, R.target, R.lead, R.status, R.due_at,
                   R.send_at).where(R.course_id == course_id, R.kind.in_(list(kinds)))
    if personal_of is not None:
        query = query.where(R.kind == "personal", R.target == personal_of)
    return list((await session.execute(query)).all())


async def update_row(*, session: AsyncSession, row_id: int, expect_status: str,
                     values: dict[str, Any], at: datetime) -> int:
    """Change one plan row if it still has ``expect_status``; 1 if it did."""
    result = await session.execute(
        update(Reminder).where(R.id == row_id, R.status == expect_status)
        .values(**values, updated_at=at))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def cancel_pending(*, session: AsyncSession, ids: Sequence[int], error: str,
                         at: datetime) -> int:
    """Cancel those of ``ids`` that are still pending; how many were."""
    done = 0
    for start in range(0, len(ids), _CHUNK):
        result = await session.execute(
            update(Reminder).where(R.id.in_(list(ids[start:start + _CHUNK])),
                                   R.status == PENDING)
            .values(status=CANCELLED, error=error, updated_at=at))
        done += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return done


async def insert_plan(*, session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Add plan rows; a row whose plan key exists already is left alone."""
    insert = (postgresql.insert if session.get_bind().dialect.name == "postgresql"
              else sqlite.insert)
    for start in range(0, len(rows), _CHUNK):
        await session.execute(insert(Reminder).values(list(rows[start:start + _CHUNK]))
                              .on_conflict_do_nothing(index_elements=[
                                  "course_id", "deadline_key", "kind", "target", "lead"]))


async def inputs_fingerprint(*, session: AsyncSession, course_id: str) -> tuple[Any, ...]:
    """A cheap summary of the deadlines and preferences that changes whenever they do."""
    d = (await session.execute(select(func.count(D.id), func.max(D.updated_at),
                                      func.sum(D.version)).where(D.course_id == course_id))).one()
    p = (await session.execute(select(func.count(P.id), func.max(P.updated_at))
                               .where(P.course_id == course_id))).one()
    return tuple(d), tuple(p)


async def plans_to_make(*, session: AsyncSession,
                        course_ids: Sequence[str] | None = None) -> dict[str, int]:
    """The courses whose plan inputs changed since their plan was made (``plan_version``
    ahead of ``planned_version``; database triggers bump it): course id → plan_version.
    One query on a partial index, whatever the number of courses."""
    query = select(C.id, C.plan_version).where(C.plan_version != C.planned_version)
    if course_ids is not None:
        query = query.where(C.id.in_(list(course_ids)))
    return {str(cid): int(v) for cid, v in (await session.execute(query)).all()}


async def plan_versions(*, session: AsyncSession, course_ids: Sequence[str]) -> dict[str, int]:
    """``plan_version`` of each of ``course_ids`` (a worker's first pass plans them all)."""
    if not course_ids:
        return {}
    found = await session.execute(select(C.id, C.plan_version)
                                  .where(C.id.in_(list(course_ids))))
    return {str(cid): int(v) for cid, v in found.all()}


async def mark_planned(*, session: AsyncSession, course_id: str, version: int) -> None:
    """The plan of ``course_id`` was made from its inputs at ``version`` (read before the
    re-plan read them: a change since keeps the course marked for the next pass)."""
    await session.execute(update(CourseRow).where(C.id == course_id,
                                                  C.planned_version < version)
                          .values(planned_version=version))


# --------------------------------------------------------------------------- sending


async def catch_up(*, session: AsyncSession, course_id: str, now: datetime,
                   at: datetime) -> tuple[int, int]:
    """After downtime: a due pending row whose deadline passed is skipped (failed if it was
    tried); a due row with a later due sibling (same deadline, kind, target) is skipped.
    Returns (past their deadline, superseded)."""
    due = and_(R.course_id == course_id, R.status == PENDING, R.send_at <= now)
    never = await session.execute(
        update(Reminder).where(due, R.due_at <= now, R.attempts == 0)
        .values(status=SKIPPED, error="the deadline passed before it went out", updated_at=at))
    tried = await session.execute(
        update(Reminder).where(due, R.due_at <= now, R.attempts > 0)
        .values(status=FAILED, updated_at=at,
                error=func.substr("not delivered before the deadline: " + R.error, 1, 255)))
    # only the latest due lead per deadline × kind × target: look up the siblings of the
    # due rows alone (by the plan's unique key), never scan the whole plan
    due_rows = (await session.execute(
        select(R.id, R.deadline_key, R.kind, R.target, R.send_at).where(due))).all()
    groups = list({(r.deadline_key, r.kind, r.target) for r in due_rows})
    latest: dict[tuple[str, str, str], datetime] = {}
    for start in range(0, len(groups), _CHUNK):
        key = tuple_(R.deadline_key, R.kind, R.target)
        found = await session.execute(
            select(R.deadline_key, R.kind, R.target, func.max(R.send_at))
            .where(R.course_id == course_id, key.in_(groups[start:start + _CHUNK]),
                   R.send_at <= now, R.status != CANCELLED)
            .group_by(R.deadline_key, R.kind, R.target))
        latest.update({(k, kind, t): when for k, kind, t, when in found.all()})
    stale = [r.id for r in due_rows
             if r.send_at < latest.get((r.deadline_key, r.kind, r.target), r.send_at)]
    superseded = 0
    for start in range(0, len(stale), _CHUNK):
        result = await session.execute(
            update(Reminder).where(R.id.in_(stale[start:start + _CHUNK]), R.status == PENDING)
            .values(status=SKIPPED, error="superseded by a later lead time", updated_at=at))
        superseded += int(result.rowcount or 0)  # type: ignore[attr-defined]
    expired = int(never.rowcount or 0) + int(tried.rowcount or 0)  # type: ignore[attr-defined]
    return expired, superseded


async def due_courses(*, session: AsyncSession, course_ids: Sequence[str], now: datetime,
                      wall: datetime) -> set[str]:
    """Which of ``course_ids`` have reminders due at ``now`` (pending, or claimed with a
    lapsed lease): one query, whatever the number of courses."""
    if not course_ids:
        return set()
    found = await session.execute(
        select(R.course_id).where(R.course_id.in_(list(course_ids)), R.status.in_(LIVE),
                                  R.send_at <= now,
                                  or_(R.status == PENDING, R.lease_until < wall))
        .distinct())
    return set(found.scalars())


async def claim(*, session: AsyncSession, course_id: str, worker_id: str, now: datetime,
                wall: datetime, lease_seconds: float, limit: int) -> list[Any]:
    """Lease up to ``limit`` rows due at ``now`` (pending, or claimed with a lapsed lease
    on the ``wall`` clock) to ``worker_id``, attempts + 1; by send time."""
    candidates = (
        select(R.id)
        .where(R.course_id == course_id, R.status.in_(LIVE), R.send_at <= now,
               or_(R.status == PENDING, R.lease_until < wall))
        .order_by(R.send_at, R.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    stmt = (
        update(Reminder).where(R.id.in_(candidates.scalar_subquery()))
        .values(status=CLAIMED, claimed_by=worker_id,
                lease_until=wall + timedelta(seconds=lease_seconds),
                attempts=R.attempts + 1, updated_at=wall)
        .returning(R.id, R.deadline_key, R.kind, R.target, R.lead, R.due_at, R.send_at,
                   R.attempts, R.error)
    )
    rows = list((await session.execute(stmt)).all())
    rows.sort(key=lambda r: (r.send_at, r.id))
    return rows


async def write_marks(*, session: AsyncSession, worker_id: str,
                      marks: Sequence[dict[str, Any]], at: datetime) -> None:
    """Record several sends' results at once (each: ``rid``, ``st``, ``err``, ``ts``,
    ``sat``), for rows ``worker_id`` still holds."""
    table = Reminder.__table__  # type: ignore[attr-defined]
    stmt = (
        table.update()
        .where(table.c.id == bindparam("rid"), table.c.status == CLAIMED,
               table.c.claimed_by == worker_id)
        .values(status=bindparam("st"), error=bindparam("err"),
                slack_ts=bindparam("ts"), sent_at=bindparam("sat", type_=UTCDateTime()),
                lease_until=None, claimed_by=None,
                updated_at=bindparam("uat", type_=UTCDateTime()))
    )
    await session.execute(stmt, [dict(m) | {"uat": at} for m in marks])


async def finish(*, session: AsyncSession, reminder_id: int, worker_id: str, status: str,
                 error: str, at: datetime, ts: str = "", sent_at: datetime | None = None,
                 due_at: datetime | None = None, send_at: datetime | None = None,
                 attempts_back: bool = False) -> bool:
    """Record the result of a claim ``worker_id`` still holds; False if it lost it."""
    values: dict[str, Any] = {"status": status, "error": error[:255], "lease_until": None,
                              "claimed_by": None, "updated_at": at}
    if ts:
        values["slack_ts"] = ts
    if sent_at is not None:
        values["sent_at"] = sent_at
    if due_at is not None:
        values.update(due_at=due_at, send_at=send_at)
    if attempts_back:
        values["attempts"] = R.attempts - 1
    result = await session.execute(
        update(Reminder).where(R.id == reminder_id, R.status == CLAIMED,
                               R.claimed_by == worker_id).values(**values))
    return int(result.rowcount or 0) == 1  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- status


async def status_counts(*, session: AsyncSession, course_id: str) -> dict[str, int]:
    return {str(s): int(n) for s, n in (await session.execute(
        select(R.status, func.count()).where(R.course_id == course_id)
        .group_by(R.status))).all()}


async def rows_with_status(*, session: AsyncSession, course_id: str, statuses: Sequence[str],
                           order: str, limit: int) -> list[Reminder]:
    """Rows with one of ``statuses``: ``order`` is ``next`` (soonest send first),
    ``latest_planned`` (latest send first) or ``latest_sent``."""
    ordering = {"next": R.send_at, "latest_planned": R.send_at.desc(),
                "latest_sent": R.sent_at.desc()}[order]
    return list((await session.execute(
        select(Reminder).where(R.course_id == course_id, R.status.in_(list(statuses)))
        .order_by(ordering).limit(limit))).scalars())


# --------------------------------------------------------------------------- preferences


async def get_pref(*, session: AsyncSession, course_id: str,
                   user_id: str) -> ReminderPref | None:
    return (await session.execute(select(ReminderPref).where(
        P.course_id == course_id, P.user_id == user_id))).scalars().first()


async def save_pref(*, session: AsyncSession, pref: ReminderPref) -> None:
    """Add (or keep) ``pref`` in the transaction and write it now."""
    session.add(pref)
    await session.flush()


async def active_deadlines_for(*, session: AsyncSession, course_id: str,
                               user_id: str) -> list[Deadline]:
    """Active course deadlines and ``user_id``'s personal ones, soonest first."""
    return list((await session.execute(
        select(Deadline).where(D.course_id == course_id, D.status == "active",
                               or_(D.kind == "course", D.user_id == user_id))
        .order_by(D.due_at))).scalars())


async def pending_personal(*, session: AsyncSession, course_id: str, user_id: str,
                           limit: int) -> list[Reminder]:
    """``user_id``'s next pending DMs, soonest first."""
    return list((await session.execute(
        select(Reminder).where(R.course_id == course_id, R.kind == "personal",
                               R.target == user_id, R.status == PENDING)
        .order_by(R.send_at).limit(limit))).scalars())
