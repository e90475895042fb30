"""The reminder plan: which reminder goes out when, kept in step with the course.

The plan is one ``reminder`` row per deadline × kind × target × lead time (a unique key).
:func:`replan` makes the rows match the deadlines, preferences and course file, and is
idempotent: a sent reminder stays sent, pending ones move with their deadline, rows that
are no longer wanted are cancelled (never deleted).

Example::

    report = await replan(deps.db, deps.course, now=deps.clock.now(),
                          channel_id=deps.course_channel_id)
    report.summary()
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import deadline_keys
from bot.course import Course, parse_lead_time
from bot.course_settings import course_channel
from storage.db import Database
from storage.models import Deadline, ReminderPref
from storage.repos import privacy as privacy_repo
from storage.repos import reminders as plan_repo
from storage.repos import settings as settings_repo

CHANNEL, PERSONAL, TEAM_NUDGE = "channel", "personal", "team_nudge"
PENDING, CLAIMED, SENT, FAILED = "pending", "claimed", "sent", "failed"
SKIPPED, CANCELLED = "skipped", "cancelled"
LIVE = (PENDING, CLAIMED)
QUIET_START, QUIET_END = 22, 8  # personal DMs never land 10 pm – 8 am in the student's zone
QUIET_SEND = (21, 30)  # where a DM inside quiet hours moves to: 9:30 pm the evening before
TEAM_LOCK_KEY = deadline_keys.TEAM  # the deadline that locks teams
TEAM_NUDGE_LEADS = ("3d", "1d")
CHANNEL_LEADS_KEY = "channel_lead_times"
"""The course setting where staff's channel lead times (``/course reminders 2d 3h``) live."""


# --------------------------------------------------------------------------- time


def lead_send_at(due_at: datetime, lead: str, zone: ZoneInfo) -> datetime:
    """When a reminder ``lead`` before ``due_at`` goes out (aware UTC).

    Days and weeks keep the wall-clock time in ``zone`` across a DST change; hours and
    minutes are absolute.

    Example::

        >>> lead_send_at(datetime(2021, 11, 13, 5, 59, tzinfo=UTC), "7d", CHICAGO)
        datetime.datetime(2021, 11, 6, 4, 59, tzinfo=datetime.timezone.utc)
    """
    delta = parse_lead_time(lead)
    if lead.strip()[-1] in "dw":
        local = due_at.astimezone(zone)
        wall = local.replace(tzinfo=None) - delta
        return wall.replace(tzinfo=zone).astimezone(UTC)
    return (due_at - delta).astimezone(UTC)


def quiet_adjust(send_at: datetime, zone: ZoneInfo) -> datetime:
    """Move an instant inside 10 pm – 8 am in ``zone`` to 9:30 pm the evening before it."""
    local = send_at.astimezone(zone)
    if QUIET_END <= local.hour < QUIET_START:
        return send_at
    day = local.date() if local.hour >= QUIET_START else local.date() - timedelta(days=1)
    moved = datetime(day.year, day.month, day.day, *QUIET_SEND, tzinfo=zone)
    return moved.astimezone(UTC)


def _zone(name: str, fallback: ZoneInfo) -> ZoneInfo:
    try:
        return ZoneInfo(name) if name else fallback
    except (ZoneInfoNotFoundError, ValueError):
        return fallback


def lead_label(lead: str) -> str:
    """``7d`` → ``7 days``."""
    number, unit = int(lead[:-1]), lead[-1]
    word = {"m": "minute", "h": "hour", "d": "day", "w": "week"}[unit]
    return f"{number} {word}{'s' if number != 1 else ''}"


# --------------------------------------------------------------------------- settings


async def channel_leads_in(session: Any, course: Course) -> tuple[str, ...]:
    """The channel's lead times: the ones staff set, else the course file's."""
    stored = await settings_repo.get_setting(session=session, course_id=course.id,
                                             key=CHANNEL_LEADS_KEY)
    return tuple(stored) if stored else tuple(course.reminders.channel_lead_times)


# --------------------------------------------------------------------------- plan

PlanKey = tuple[str, str, str, str]  # deadline_key, kind, target, lead


@dataclass(frozen=True)
class PlanReport:
    created: int = 0
    moved: int = 0
    cancelled: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        return (f"plan: {self.created} created, {self.moved} moved, {self.cancelled} cancelled, "
                f"{self.unchanged} unchanged")


def desired_plan(
    course: Course,
    deadlines: Sequence[Deadline],
    prefs: Sequence[ReminderPref],
    *,
    channel_id: str,
    roster: Sequence[str] | None = None,
    channel_leads: Sequence[str] | None = None,
) -> dict[PlanKey, tuple[datetime, datetime]]:
    """Every reminder the course wants: key → (due_at, send_at).

    ``channel_leads``: the lead times staff set (default: the course file's), used by the
    channel's reminders and by students who have not chosen their own.

    ``roster`` (the course's students) adds the team nudges: a DM to each of them
    :data:`TEAM_NUDGE_LEADS` before the team lock; whether one still needs it is decided
    when it is due (a student who registered a team by then is skipped).
    """
    wanted: dict[PlanKey, tuple[datetime, datetime]] = {}
    zone = course.tz
    default_leads = list(channel_leads or course.reminders.channel_lead_times)
    active = [d for d in deadlines if d.status == "active"]
    lock = next((d for d in active if d.key == TEAM_LOCK_KEY and d.kind == "course"), None)
    if roster is not None and lock is not None:
        zones = {p.user_id: _zone(p.tz, zone) for p in prefs}
        for user in dict.fromkeys(roster):
            for lead in TEAM_NUDGE_LEADS:
                send_at = quiet_adjust(lead_send_at(lock.due_at, lead, zone),
                                       zones.get(user, zone))
                wanted[(lock.key, TEAM_NUDGE, user, lead)] = (lock.due_at, send_at)
    if channel_id:
        for d in active:
            if d.kind != "course":
                continue
            # a presented class's paper reviews get one evening notice, not the full series
            leads = (course.reminders.review_notice_lead_times if d.origin == "presentation"
                     else default_leads)
            for lead in leads:
                wanted[(d.key, CHANNEL, channel_id, lead)] = (
                    d.due_at, lead_send_at(d.due_at, lead, zone))
    not_theirs: dict[str, set[str]] = {}  # presenter → the reviews of their own class
    for d in active:
        if d.kind != "course" and d.user_id and (skip := deadline_keys.reviews_not_theirs(d.key)):
            not_theirs.setdefault(d.user_id, set()).add(skip)
    for pref in prefs:
        if not pref.enabled:
            continue
        user_zone = _zone(pref.tz, zone)
        leads = pref.leads or default_leads
        muted = set(pref.muted or ()) | not_theirs.get(pref.user_id, set())
        for d in active:
            if d.key in muted or (d.kind != "course" and d.user_id != pref.user_id):
                continue
            seen: set[datetime] = set()
            for lead in sorted(leads, key=parse_lead_time):  # shortest first
                send_at = quiet_adjust(lead_send_at(d.due_at, lead, zone), user_zone)
                if send_at in seen:  # two leads moved out of quiet hours to the same time
                    continue
                seen.add(send_at)
                wanted[(d.key, PERSONAL, pref.user_id, lead)] = (d.due_at, send_at)
    return wanted


async def replan_in(
    session: Any,
    course: Course,
    *,
    now: datetime,
    channel_id: str = "",
    user_id: str | None = None,
    roster: Sequence[str] | None = None,
) -> PlanReport:
    """:func:`replan` inside the caller's transaction (``user_id``: only that user's DMs)."""
    if user_id is None:
        channel_id = await course_channel(session, course, default=channel_id)
    else:
        channel_id = ""
    deadlines = await plan_repo.deadlines(session=session, course_id=course.id)
    kinds = (CHANNEL, PERSONAL) if roster is None else (CHANNEL, PERSONAL, TEAM_NUDGE)
    prefs = await plan_repo.prefs(session=session, course_id=course.id, user_id=user_id)
    rows = await plan_repo.plan_rows(session=session, course_id=course.id, kinds=kinds,
                                     personal_of=user_id)
    wanted = desired_plan(course, deadlines, prefs, channel_id=channel_id,
                          roster=roster if user_id is None else None,
                          channel_leads=await channel_leads_in(session, course))
    if await privacy_repo.archived_since(session=session, course_id=course.id) is not None:
        wanted = {}  # an archived course sends no more reminders: every pending one is cancelled
    existing = {(r.deadline_key, r.kind, r.target, r.lead): r for r in rows}
    created = moved = unchanged = 0
    stamp = datetime.now(UTC)
    new_rows = []
    for key, (due_at, send_at) in wanted.items():
        row = existing.get(key)
        if row is None:
            status = PENDING if send_at >= now else SKIPPED
            new_rows.append({
                "course_id": course.id, "deadline_key": key[0], "kind": key[1],
                "target": key[2], "lead": key[3], "due_at": due_at, "send_at": send_at,
                "status": status, "attempts": 0,
                "error": "" if status == PENDING else "its time had passed when it was planned",
                "created_at": stamp, "updated_at": stamp})
            created += 1
            continue
        same = row.due_at == due_at and row.send_at == send_at
        if row.status == PENDING and not same:
            values: dict[str, Any] = {"due_at": due_at, "send_at": send_at}
        elif row.status == CANCELLED or (row.status == SKIPPED and not same):
            status = PENDING if send_at >= now else SKIPPED
            values = {"due_at": due_at, "send_at": send_at, "status": status,
                      "error": "" if status == PENDING else "its time had passed when planned"}
        else:
            unchanged += 1
            continue
        moved += await plan_repo.update_row(session=session, row_id=row.id,
                                            expect_status=row.status, values=values, at=stamp)
    gone = [r.id for key, r in existing.items() if key not in wanted and r.status == PENDING]
    cancelled = await plan_repo.cancel_pending(session=session, ids=gone,
                                               error="no longer planned", at=stamp)
    await plan_repo.insert_plan(session=session, rows=new_rows)
    return PlanReport(created=created, moved=moved, cancelled=cancelled, unchanged=unchanged)


async def replan(db: Database, course: Course, *, now: datetime, channel_id: str = "",
                 user_id: str | None = None, roster: Sequence[str] | None = None) -> PlanReport:
    """Make the reminder plan match the deadlines, preferences and course file (idempotent).

    The one entry point for re-planning: call it whenever a deadline, team, preference or
    course file changes; workers also re-plan on their own when they notice a change.
    The channel is resolved here (:func:`course_channel`): the one staff set with
    ``/course channel``, else ``channel_id`` (the configured ``COURSE_CHANNEL_ID``);
    neither: no channel reminders. ``roster``: the students, for the team nudges (None:
    leave the team nudges as they are).

    Example::

        await replan(deps.db, deps.course, now=deps.clock.now(),
                     channel_id=deps.course_channel_id)
    """
    async with db.session() as session:
        return await replan_in(session, course, now=now, channel_id=channel_id,
                               user_id=user_id, roster=roster)


async def plan_fingerprint(db: Database, course: Course, *, channel_id: str) -> tuple[Any, ...]:
    """A cheap summary that changes whenever the plan's inputs change."""
    async with db.session() as session:
        inputs = await plan_repo.inputs_fingerprint(session=session, course_id=course.id)
        channel = await course_channel(session, course, default=channel_id)
        leads = await channel_leads_in(session, course)
    return (course.content_hash, channel, leads, *inputs)
