"""Students' reminder preferences (``/reminders``) and staff's channel lead times.

Example::

    view = await reminder_prefs(db, course, user_id="U1", text="2d 3h", now=now)
    view.leads   # ("2d", "3h")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.course import Course, parse_lead_time
from bot.reminders.schedule import (
    CHANNEL_LEADS_KEY,
    PlanReport,
    channel_leads_in,
    replan_in,
)
from storage.db import Database
from storage.models import Deadline, ReminderPref
from storage.repos import audit as audit_repo
from storage.repos import reminders as plan_repo
from storage.repos import settings as settings_repo

MAX_PERSONAL_LEADS = 5
MAX_LEAD = timedelta(weeks=4)


_MUTE = re.compile(r"^(mute|unmute)\s+(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class PrefView:
    """A student's personal reminder settings and the DMs they will get next."""

    kind: str  # show | updated | error | help
    enabled: bool
    leads: tuple[str, ...]
    muted: tuple[str, ...]
    upcoming: tuple[tuple[str, str, datetime], ...] = ()  # title, lead, send_at
    message: str = ""
    default_leads: tuple[str, ...] = ()


def _find_deadline(words: str, deadlines: Sequence[Deadline]) -> Deadline | None:
    from bot.deadlines import _words

    query = " ".join(_words(words))
    for d in deadlines:
        if words.strip().lower() in {d.key, d.title.lower()}:
            return d
    hits = [d for d in deadlines if query and (query in d.title.lower() or query in d.key)]
    return hits[0] if len(hits) == 1 else None


def read_leads(text: str) -> list[str] | None:
    """Lead times typed as ``2d 3h`` or ``7d, 1d``: longest first, or None if unreadable
    (none, more than :data:`MAX_PERSONAL_LEADS`, or one longer than :data:`MAX_LEAD`)."""
    leads = text.lower().replace(",", " ").split()
    try:
        deltas = [parse_lead_time(x) for x in leads]
    except ValueError:
        return None
    if not deltas or len(set(leads)) > MAX_PERSONAL_LEADS or any(d > MAX_LEAD for d in deltas):
        return None
    return sorted(set(leads), key=parse_lead_time, reverse=True)


def leads_problem(text: str) -> str:
    """Why :func:`read_leads` refused ``text``, in one sentence."""
    leads = text.lower().replace(",", " ").split()
    try:
        deltas = [parse_lead_time(x) for x in leads]
    except ValueError:
        deltas = []
    too_long = [x for x, d in zip(leads, deltas, strict=False) if d > MAX_LEAD]
    if deltas and too_long:
        return (f"{', '.join(too_long)} is more than the 4-week limit: a reminder comes at "
                "most 4 weeks (4w) before its deadline. Try `/reminders 2w 1d`.")
    if deltas and len(set(leads)) > MAX_PERSONAL_LEADS:
        return (f"That is {len(set(leads))} lead times; you can have up to "
                f"{MAX_PERSONAL_LEADS}. Try `/reminders 1w 1d 3h`.")
    return (f"I couldn't read “{text}”. Try `/reminders on`, `/reminders off`, "
            f"`/reminders 2d 3h` (up to {MAX_PERSONAL_LEADS} lead times, each at "
            "most 4w; units m, h, d, w) or `/reminders mute proposal`.")


@dataclass(frozen=True)
class LeadsChange:
    """``/course reminders <lead times>``: the channel's lead times before and after."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    from_file: bool
    """True when ``after`` are the course file's again (``/course reminders default``)."""
    plan: PlanReport


async def set_channel_leads(db: Database, course: Course, *, actor: str, text: str,
                            now: datetime, channel_id: str) -> LeadsChange | None:
    """Set the lead times of the channel's reminders (and the students' default), or go
    back to the course file's with ``default``; re-plans at once. None: unreadable."""
    wanted: list[str] | None
    if text.strip().lower() in {"default", "reset"}:
        wanted = None
    else:
        wanted = read_leads(text)
        if wanted is None:
            return None
    async with db.session() as session:
        before = await channel_leads_in(session, course)
        await settings_repo.set_setting(session=session, course_id=course.id, key=CHANNEL_LEADS_KEY,
                               value=wanted, updated_by=actor, at=now)
        after = await channel_leads_in(session, course)
        await audit_repo.add_audit(session=session, course_id=course.id, actor=actor,
                             action="reminders.leads", target="channel",
                             old={"leads": list(before)}, new={"leads": list(after)}, at=now)
        report = await replan_in(session, course, now=now, channel_id=channel_id)
    return LeadsChange(before=before, after=after, from_file=wanted is None, plan=report)


async def reminder_prefs(
    db: Database, course: Course, *, user_id: str, text: str, now: datetime, tz: str = "",
) -> PrefView:
    """``/reminders [on | off | 2d 3h | mute <deadline> | unmute <deadline>]``, one transaction."""
    words = " ".join(text.split())
    lowered = words.lower()
    async with db.session() as session:
        defaults = await channel_leads_in(session, course)
        pref = await plan_repo.get_pref(session=session, course_id=course.id, user_id=user_id)
        deadlines = await plan_repo.active_deadlines_for(session=session, course_id=course.id,
                                                         user_id=user_id)
        kind, message = "updated", ""
        changes: dict[str, Any] = {}
        if lowered in {"help", "?"}:
            kind = "help"
        elif lowered in {"", "show", "status", "settings"}:
            kind = "show"
        elif lowered in {"on", "off"}:
            changes["enabled"] = lowered == "on"
        elif (m := _MUTE.match(words)) is not None:
            found = _find_deadline(m.group(2), deadlines)
            if found is None:
                kind = "error"
                names = ", ".join(f"`{d.key}`" for d in deadlines if d.due_at > now)
                message = (f"I don't know a deadline called “{m.group(2)}”. "
                           f"Try one of: {names or 'none ahead'}.")
            else:
                muted = [k for k in (pref.muted if pref else []) if k != found.key]
                if m.group(1).lower() == "mute":
                    muted.append(found.key)
                changes["muted"] = muted
                message = (f"{'Muted' if m.group(1).lower() == 'mute' else 'Unmuted'} "
                           f"reminders for {found.title}.")
        else:
            ordered = read_leads(lowered)
            if ordered is None:
                kind = "error"
                message = leads_problem(words)
            else:
                changes.update(leads=ordered, enabled=True)
        if changes or (pref is not None and tz and pref.tz != tz and kind == "updated"):
            if pref is None:
                pref = ReminderPref(course_id=course.id, user_id=user_id, leads=[], muted=[])
            for name, value in changes.items():
                setattr(pref, name, value)
            if tz:
                pref.tz = tz
            pref.updated_at = datetime.now(UTC)
            await plan_repo.save_pref(session=session, pref=pref)
            await replan_in(session, course, now=now, channel_id="", user_id=user_id)
        upcoming: list[tuple[str, str, datetime]] = []
        if pref is not None and pref.enabled:
            titles = {d.key: d.title for d in deadlines}
            rows = await plan_repo.pending_personal(session=session, course_id=course.id,
                                                    user_id=user_id, limit=5)
            upcoming = [(titles.get(r.deadline_key, r.deadline_key), r.lead, r.send_at)
                        for r in rows]
    return PrefView(
        kind=kind, enabled=bool(pref and pref.enabled),
        leads=tuple(pref.leads if pref and pref.leads else defaults),
        muted=tuple(pref.muted if pref else ()), upcoming=tuple(upcoming), message=message,
        default_leads=defaults)
